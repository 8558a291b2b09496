"""50 concurrent API clients reading and saving versions of one case, against a server on
127.0.0.1, for a minute: no error, no lost version.

Starts ``zopa serve`` on a free loopback port with a fresh SQLite library (or the
``--database-url`` given, e.g. PostgreSQL), creates one case from the March 2022 example,
then runs the clients in threads. Each client loops: read the case, read its latest
version, save a new version with a note naming the client and its count. Bounded in time
(``--seconds``) and in requests (``--max-requests`` per client). At the end every
acknowledged save must be in the history under the number the server gave it, and the
numbers must run 1, 2, 3 ... without a gap or a duplicate.

    .venv/bin/python benchmarks/web_load.py [--clients 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=3000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="zopa-load-"))
    url = args.database_url or f"sqlite:///{folder / 'zopa.db'}"
    port = free_port()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    server = subprocess.Popen(
        [sys.executable, "-c", "from zopa.cli import main; main()", "serve", "--host",
         "127.0.0.1", "--port", str(port), "--database-url", url],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        run(args, base)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


def run(args: argparse.Namespace, base: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + "/api/examples", timeout=2)
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)
    made = httpx.post(base + "/api/examples", json={"name": "ukraine-russia-2022-03"},
                      timeout=30).json()
    case_id, text = made["case_id"], made["scenario"]

    lock = threading.Lock()
    saved: dict[int, str] = {}
    errors: list[str] = []
    latencies: dict[str, list[float]] = {"read": [], "save": []}
    stop_at = time.monotonic() + args.seconds

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            for n in range(args.max_requests):
                if time.monotonic() > stop_at:
                    return
                try:
                    start = time.perf_counter()
                    case = http.get(f"/api/cases/{case_id}")
                    latest = case.json()["latest"]["number"] if case.status_code == 200 else 1
                    version = http.get(f"/api/cases/{case_id}/versions/{latest}")
                    read = time.perf_counter() - start
                    note = f"client {k} save {n}"
                    start = time.perf_counter()
                    response = http.post(f"/api/cases/{case_id}/versions", json={
                        "scenario": text, "author": f"client-{k}", "note": note,
                        "parent": latest})
                    save = time.perf_counter() - start
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(f"client {k}: {exc!r}")
                    return
                with lock:
                    for r in (case, version, response):
                        if r.status_code not in (200, 201):
                            errors.append(f"client {k}: {r.request.method} {r.request.url.path}"
                                          f" -> {r.status_code} {r.text[:200]}")
                    if response.status_code == 201:
                        number = response.json()["number"]
                        if number in saved:
                            errors.append(f"version {number} acknowledged twice")
                        saved[number] = note
                    latencies["read"].append(read * 1000)
                    latencies["save"].append(save * 1000)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began

    history = httpx.get(f"{base}/api/cases/{case_id}/versions", timeout=60).json()
    numbers = [v["number"] for v in history]
    notes = {v["number"]: v["note"] for v in history}
    lost = [n for n, note in saved.items() if notes.get(n) != note]
    contiguous = numbers == list(range(1, len(numbers) + 1))
    print(f"{args.clients} clients for {elapsed:.1f} s against {base} "
          f"({'given database' if args.database_url else 'SQLite'})")
    print(f"  saves acknowledged: {len(saved)} ({len(saved) / elapsed:.1f}/s); "
          f"versions stored: {len(numbers)} (1 + saves: {1 + len(saved)})")
    for kind, values in latencies.items():
        if values:
            ordered = sorted(values)
            print(f"  {kind}: median {statistics.median(values):.0f} ms, p95 "
                  f"{ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms, max {ordered[-1]:.0f} ms")
    print(f"  errors: {len(errors)}; lost versions: {len(lost)}; numbers contiguous: "
          f"{contiguous}")
    for line in errors[:10]:
        print("   ", line)
    ok = not errors and not lost and contiguous and len(numbers) == 1 + len(saved)
    print("  result:", "OK" if ok else "FAILED")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
