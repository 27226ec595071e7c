#!/bin/sh
# The web app in Debian's chromium (web/tests/browser.mjs) against a real server on a free
# loopback port over the samples and a hostile document. Screenshots: WORKDIR/screenshots.
# usage: browser_test.sh RIGHTSTRACK_BINARY SOURCE_DIR WORKDIR
set -eu
BIN=$1 SRC=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK"
if [ ! -f "$SRC/web/dist/index.html" ] || [ ! -d "$SRC/web/node_modules/playwright-core" ]; then
  echo "web app not built: run scripts/test (npm install && npm run build in web/)" >&2
  exit 1
fi
DB="$WORK/web.db"
wait_for_server() {
  python3 - "$PORT" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/health", timeout=1)
        sys.exit(0)
    except Exception:
        time.sleep(0.1)
sys.exit("the server did not start")
PY
}
"$BIN" --db "$DB" ingest -q "$SRC/data/samples" "$SRC/tests/data/web/evil.txt"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RIGHTSTRACK_ADMIN_PASSWORD=browser-test-password "$BIN" --db "$DB" serve --port "$PORT" --web "$SRC/web/dist" \
  >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
wait_for_server
cd "$SRC/web"
RT_URL="http://127.0.0.1:$PORT" RT_PASSWORD=browser-test-password RT_SHOTS="$WORK/screenshots" node tests/browser.mjs

# The public read-only mode: one published document, anonymous visitors.
kill $SERVER 2>/dev/null || true
wait $SERVER 2>/dev/null || true  # the port is free again
"$BIN" --db "$DB" publish A/HRC/RES/21/21 --as browser-test >/dev/null
"$BIN" --db "$DB" serve --port "$PORT" --web "$SRC/web/dist" --public >"$WORK/serve-public.log" 2>&1 &
SERVER=$!
wait_for_server
RT_URL="http://127.0.0.1:$PORT" RT_SHOTS="$WORK/screenshots" node tests/public.mjs
