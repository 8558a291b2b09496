#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: installs Debian's postgresql when missing,
# starts a fresh cluster in a temporary folder on a free port of 127.0.0.1 (trust
# authentication, reachable from this machine only), and writes its URL to STATE/url.
#   scripts/start-postgres.sh STATE     then    scripts/stop-postgres.sh STATE
set -euo pipefail
state=${1:?usage: start-postgres.sh STATE_DIR}

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(find_bin)" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "start-postgres: PostgreSQL is not installed; run as root or apt-get install postgresql" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(find_bin)

"$(dirname "$0")/stop-postgres.sh" "$state" 2>/dev/null || true
mkdir -p "$state"
cluster=$(mktemp -d /tmp/zopa-pg.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$cluster"
    as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 \
    --no-locale >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }

echo "$cluster" >"$state/cluster"
echo "$bin" >"$state/bin"
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres" >"$state/url"
echo "PostgreSQL for the tests: $(cat "$state/url")"
