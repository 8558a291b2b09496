"""The case page of the March 2022 example: the page itself, and the mediation results it
fetches once it has loaded (Adjusted Winner, the single negotiating text, the trades and
the sensitivity, with the workbench's sample count), as HTML and as JSON.

Target: the mediation results in about a second; the page itself well under that.
Uses the API client (FastAPI's TestClient, in process) on a case library in a temporary
SQLite file. The caches of the analysis and of the mediation results (by version text)
are emptied before each request, so every figure is a first visit.

    .venv/bin/python benchmarks/web_case.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from _web import example_case

TARGET_MS = 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with example_case() as (client, case_id):
        measure(client, case_id, args.repeat)


def measure(client: Any, case_id: int, repeat: int) -> None:
    from zopa.web import service

    def cold(url: str, needle: str) -> Callable[[], None]:
        def request() -> None:
            service.analysis_of.cache_clear()
            service.mediation_of.cache_clear()
            response = client.get(url)
            assert response.status_code == 200
            assert needle in response.text

        return request

    runs = [
        ("case page (GET /cases/1)", cold(f"/cases/{case_id}", 'id="mediation-slot"')),
        ("mediation fragment (GET /cases/1/mediation)",
         cold(f"/cases/{case_id}/mediation", 'id="adjusted-winner-table"')),
        ("mediation JSON (GET /api/cases/1/mediation)",
         cold(f"/api/cases/{case_id}/mediation", '"adjusted_winner"')),
    ]
    for _, request in runs:
        request()  # warm up imports and template compilation
    print(f"case page of ukraine-russia-2022-03, {repeat} cold requests each, "
          f"{service.MEDIATION_SAMPLES:,} sensitivity samples; target for the mediation "
          f"results about {TARGET_MS:.0f} ms")
    for label, request in runs:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            request()
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {label}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms; "
              f"median / target = {statistics.median(times) / TARGET_MS:.2f}")
    start = time.perf_counter()
    client.get(f"/cases/{case_id}/mediation")
    print(f"  mediation fragment again, cached results: "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
