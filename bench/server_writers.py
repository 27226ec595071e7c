#!/usr/bin/env python3
"""8 concurrent writers changing statuses through the REST API for 30 s (bench, not a test).

usage: server_writers.py URL TOKEN DB [SECONDS] [WRITERS]
Each writer takes commitments in turn and moves them in_progress <-> not_implemented, sending the
version it read (expected_version), so two writers on one commitment race and one gets 409. At
the end every 200 must be one row of status_changes and `rightstrack audit verify` must pass:
no update lost, none doubled.
"""
import json, sqlite3, subprocess, sys, threading, time, urllib.request, urllib.error

url, token, db = sys.argv[1], sys.argv[2], sys.argv[3]
seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 30
writers = int(sys.argv[5]) if len(sys.argv) > 5 else 8
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}


def call(method, path, body=None):
    req = urllib.request.Request(url + path, method=method, headers=headers,
                                 data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


ids = [c["id"] for c in call("GET", "/api/commitments")[1]][:16]
before = sqlite3.connect(db).execute("SELECT count(*) FROM status_changes").fetchone()[0]
counts = {"ok": 0, "conflict": 0, "other": 0}
lock = threading.Lock()
stop = time.time() + seconds


def writer(n):
    i = n
    while time.time() < stop:
        cid = ids[i % len(ids)]
        i += 1
        status, c = call("GET", "/api/commitments/" + cid)
        to = "not_implemented" if c["status"] == "in_progress" else "in_progress"
        status, _ = call("POST", f"/api/commitments/{cid}/status",
                         {"status": to, "note": f"writer {n}", "expected_version": c["version"]})
        with lock:
            counts["ok" if status == 200 else "conflict" if status == 409 else "other"] += 1


threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
start = time.time()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.time() - start
after = sqlite3.connect(db).execute("SELECT count(*) FROM status_changes").fetchone()[0]
audit = subprocess.run([sys.argv[6] if len(sys.argv) > 6 else "build/rightstrack", "--db", db, "audit", "verify"],
                       capture_output=True, text=True)
print(f"{writers} writers, {elapsed:.1f} s: {counts['ok']} changes ({counts['ok'] / elapsed:.0f}/s), "
      f"{counts['conflict']} refused as stale (409), {counts['other']} other errors")
print(f"status_changes rows added: {after - before} (must equal the changes): "
      f"{'OK' if after - before == counts['ok'] else 'LOST OR DOUBLED'}")
print(audit.stdout.strip())
sys.exit(0 if after - before == counts["ok"] and counts["other"] == 0 and audit.returncode == 0 else 1)
