#!/usr/bin/env bash
# A private PostgreSQL cluster for the team-store tests, loopback only, thrown away after.
#
#   scripts/postgres-test-cluster.sh start DIR   installs PostgreSQL (Debian's packages) if
#       missing, runs initdb in DIR (a new temporary folder owned by the postgres user when
#       run as root), starts the server on 127.0.0.1 and a free port, creates the database
#       `plandash_test`, and prints `PLANDASH_TEST_PG=postgres://…` (also written to DIR/url).
#   scripts/postgres-test-cluster.sh stop DIR    stops that server and deletes DIR.
#   scripts/postgres-test-cluster.sh kill DIR    kill -9 of its postmaster (a crash; DIR stays).
#   scripts/postgres-test-cluster.sh restart DIR starts it again on the same port after a crash
#       (crash recovery; retried while the killed server's processes are going away).
#
# The superuser is `plandash_admin`, with a password (in the URL), so tests connect over TCP
# as clients do. Run as root (as CI does) the server runs as the postgres user.
set -euo pipefail

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

install_postgres() {
  pg_bin >/dev/null && return 0
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "postgres-test-cluster: installing PostgreSQL from Debian's packages" >&2
  $sudo_cmd apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y postgresql postgresql-client >&2
  pg_bin >/dev/null
}

# Runs a command as the postgres user when we are root, else as ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the server of DIR on PORT (loopback only, durable commits).
launch() {
  local dir=$1 port=$2
  # The server lives on after this script: it must not keep a caller's descriptors open
  # (a test's pipe would then never reach its end), so only 0, 1 and 2 are passed on.
  local fd
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
  done
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=on -c max_connections=200" \
    start >&2
}

start() {
  local dir=$1
  install_postgres
  local bin
  bin=$(pg_bin)
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  local password
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U plandash_admin --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  local port
  port=$(free_port)
  launch "$dir" "$port" || { echo "postgres-test-cluster: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U plandash_admin -d postgres \
    -c "CREATE DATABASE plandash_test" >&2
  local url="postgres://plandash_admin:$password@127.0.0.1:$port/plandash_test?sslmode=disable"
  printf '%s\n' "$url" >"$dir/url"
  printf '%s\n' "$port" >"$dir/port"
  echo "PLANDASH_TEST_PG=$url"
}

stop() {
  local dir=$1
  [ -d "$dir/data" ] || return 0
  local bin
  bin=$(pg_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

kill_server() {
  local dir=$1
  kill -9 "$(head -1 "$dir/data/postmaster.pid")"
}

restart() {
  local dir=$1 attempt
  for attempt in $(seq 1 40); do
    launch "$dir" "$(cat "$dir/port")" && return 0
    sleep 0.5
  done
  echo "postgres-test-cluster: the server did not start again:" >&2
  cat "$dir/server.log" >&2
  exit 1
}

case "${1:-}" in
  start) start "${2:?start DIR}" ;;
  stop) stop "${2:?stop DIR}" ;;
  kill) kill_server "${2:?kill DIR}" ;;
  restart) restart "${2:?restart DIR}" ;;
  *) echo "usage: $0 start DIR | stop DIR | kill DIR | restart DIR" >&2; exit 2 ;;
esac
