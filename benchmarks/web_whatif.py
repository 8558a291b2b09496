"""What-if on the March 2022 example: from the request to the rendered HTML fragment.

Target: under 300 ms per update. Uses the API client (FastAPI's TestClient, in process)
on a case library in a temporary SQLite file; each request changes something (red lines
switched off, a reservation moved), so nothing is served from a cache.

    .venv/bin/python benchmarks/web_whatif.py [--repeat 40]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from _web import example_case

TARGET_MS = 300.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    with example_case() as (client, case_id):
        measure(client, case_id, args.repeat)


def measure(client: Any, case_id: int, repeat: int) -> None:
    names = [f"{p}#{k}" for p in ("ukraine", "russia") for k in range(4)]
    variants = []
    for k in range(repeat):
        off = names[k % len(names)]
        variants.append({"version": "1", "active": [n for n in names if n != off],
                         "r:ukraine": f"{0.2 + 0.005 * (k % 20):.3f}"})
    client.post(f"/cases/{case_id}/whatif", data=variants[0])  # warm up imports and caches

    fragment = []
    for form in variants:
        start = time.perf_counter()
        response = client.post(f"/cases/{case_id}/whatif", data=form)
        fragment.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
        assert 'data-issue="crimea"' in response.text
    api = []
    for k in range(repeat):
        body = {"disabled_red_lines": [names[k % len(names)]],
                "reservations": {"ukraine": 0.2 + 0.005 * (k % 20)}}
        start = time.perf_counter()
        response = client.post(f"/api/cases/{case_id}/whatif", json=body)
        api.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    versions = len(client.get(f"/api/cases/{case_id}/versions").json())
    assert versions == 1, "a what-if must save nothing"

    print(f"what-if on ukraine-russia-2022-03, {repeat} requests each, target < "
          f"{TARGET_MS:.0f} ms")
    for label, times in (("HTML fragment (POST /cases/1/whatif)", fragment),
                         ("JSON (POST /api/cases/1/whatif)", api)):
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(f"  {label}: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
              f"max {max(times):.1f} ms; median / target = "
              f"{statistics.median(times) / TARGET_MS:.2f}")
    print(f"  versions after the run: {versions} (nothing saved)")


if __name__ == "__main__":
    main()
