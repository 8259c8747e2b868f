#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's initdb and pg_ctl, as the
# unprivileged `postgres` user when run as root, on 127.0.0.1 only, trust auth.
#   scripts/pg-throwaway.sh start DIR PORT   prints the DATABASE_URL of its `postgres` database
#   scripts/pg-throwaway.sh stop DIR         stops it and removes DIR
#   scripts/pg-throwaway.sh halt DIR         stops it, keeping its data (an outage)
#   scripts/pg-throwaway.sh resume DIR PORT  starts a halted one again
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$1" in
  start)
    dir=$2 port=$3
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    echo "postgres://postgres:postgres@127.0.0.1:$port/postgres"
    ;;
  halt)
    as_owner "$bin/pg_ctl" -D "$2/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    as_owner "$bin/pg_ctl" -D "$2/data" -l "$2/server.log" -w -o \
      "-p $3 -k $2 -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    ;;
  stop)
    dir=$2
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR | halt DIR | resume DIR PORT" >&2
    exit 2
    ;;
esac
