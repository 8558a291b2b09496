#!/usr/bin/env bash
# Stop the test server started by scripts/start-postgres.sh STATE and delete its cluster.
set -euo pipefail
state=${1:?usage: stop-postgres.sh STATE_DIR}
[ -f "$state/cluster" ] || exit 0
cluster=$(cat "$state/cluster")
bin=$(cat "$state/bin")
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
if [ -d "$cluster/data" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
fi
case "$cluster" in /tmp/zopa-pg.*) rm -rf "$cluster" ;; esac
rm -rf "$state"
