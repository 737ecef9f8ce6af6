#!/usr/bin/env bash
# Side by side: plandash against Taskwarrior on equal data (issue 15). Installs Taskwarrior
# from Debian's packages if missing, generates plans of 10,000 and 180,000 measures and the
# same measures as tasks, alternates runs of both tools and prints medians and ratios.
#
#   scripts/bench-taskwarrior.sh [--sizes 10000,180000] [--runs 9] [--keep DIR]
#
# The plandash benchmarked is the README's binary (release, statically linked); build it
# first: swift build -c release --static-swift-stdlib --product plandash
# (PLANDASH_BIN=path chooses another binary.)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v task >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get install -y taskwarrior
fi
bin=${PLANDASH_BIN:-.build/release/plandash}
if [ ! -x "$bin" ]; then
  echo "bench-taskwarrior: $bin is missing; build it first:" >&2
  echo "  swift build -c release --static-swift-stdlib --product plandash" >&2
  exit 1
fi
exec python3 scripts/bench-taskwarrior.py --plandash "$bin" "$@"
