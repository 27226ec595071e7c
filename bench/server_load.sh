#!/bin/sh
# Server benchmark (not a test): wrk on loopback against search and document views over the
# sample database, then 8 concurrent writers changing statuses for 30 s (server_writers.py).
# usage: bench/server_load.sh [WORKDIR]   (needs wrk: apt-get install wrk)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/rightstrack"
WORK=${1:-$ROOT/bench/out/server}
rm -rf "$WORK" && mkdir -p "$WORK"
DB="$WORK/bench.db"
"$BIN" --db "$DB" ingest -q "$ROOT/data/samples"
RIGHTSTRACK_PASSWORD=bench-password "$BIN" --db "$DB" user add bench --role editor >/dev/null
TOKEN=$("$BIN" --db "$DB" user token bench --label bench)
PORT=18990
RIGHTSTRACK_ADMIN_PASSWORD=bench-admin-password "$BIN" --db "$DB" serve --port $PORT >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
for path in "api/search?q=%E5%84%BF%E7%AB%A5&limit=10" "api/search?q=human%20rights%20defenders" \
            "api/documents/3" "api/documents/4"; do
  echo "== GET /$path (2 threads, 16 connections, 10 s)"
  wrk -t2 -c16 -d10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/$path" |
    grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors"
done
python3 "$ROOT/bench/server_writers.py" "http://127.0.0.1:$PORT" "$TOKEN" "$DB" 30 8 "$BIN"
