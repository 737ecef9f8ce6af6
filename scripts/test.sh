#!/usr/bin/env bash
# Runs the whole test suite: installs system packages if missing (with those only the
# tests need: LibreOffice and poppler, to open the Word and Excel reports), builds (the
# end-to-end tests drive the built binary), then runs every test (Swift Testing). When a
# test fails, its issue lines are repeated at the very end, where a CI log's tail shows them.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
swift build
log=$(mktemp)
# A private PostgreSQL cluster for the team-store tests (installed from Debian's packages
# if missing), on loopback and a free port, stopped and deleted however the tests end.
# A cluster that cannot start fails the run here, loudly: the team-store tests are part of
# the suite (under CI they fail rather than skip without a server).
pg_dir=$(mktemp -d)
trap './scripts/postgres-test-cluster.sh stop "$pg_dir" || true; rm -f "$log"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if ! pg_line=$(./scripts/postgres-test-cluster.sh start "$pg_dir" | grep '^PLANDASH_TEST_PG='); then
  echo "scripts/test.sh: the PostgreSQL test cluster did not start (its log: above); stopping" >&2
  exit 1
fi
export "$pg_line"
if swift test 2>&1 | tee "$log"; then
  exit 0
else
  status=$?
  echo
  echo "==== swift test failed (exit $status); the issues it recorded: ===="
  grep -E '✘' "$log" | cut -c1-600 | tail -60 || true
  exit "$status"
fi
