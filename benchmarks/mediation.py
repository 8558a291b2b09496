"""Benchmarks of the mediator's toolkit on the March 2022 example (run by hand or with
``make bench``; prints figures, asserts nothing).

Targets (issue 5): sensitivity with 10,000 samples under 10 s on 2 cores; the HTML report
under 3 s to write and under 10 MB.

    .venv/bin/python benchmarks/mediation.py [--samples 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from zopa.examples import load_example
from zopa.mediation.sensitivity import sensitivity
from zopa.parallel import ExecutionSettings
from zopa.render.report import write_report
from zopa.space import compile_space

CONCESSION = ["russia#0", "russia#1"]


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    space = compile_space(load_example())
    n = args.samples
    print(f"machine: {os.cpu_count()} CPUs; March 2022 example, {space.outcome_count:,} "
          f"outcomes; {n:,} samples")
    print("\nsensitivity (target < 10 s on 2 cores)")
    runs = [
        ("in process", ExecutionSettings(), ()),
        ("in process, concession dropped", ExecutionSettings(), CONCESSION),
        ("2 processes, concession dropped", ExecutionSettings("processes", workers=2),
         CONCESSION),
    ]
    for label, settings, drop in runs:
        best, median = timed(lambda s=settings, d=drop: sensitivity(  # type: ignore[misc]
            space, samples=n, seed=1, drop=d, settings=s), args.repeat)
        print(f"  {label:34s} best {best:6.2f} s  median {median:6.2f} s  "
              f"({n / best:,.0f} samples/s; {best / 10:.0%} of the target)")
    per = 100
    best, _ = timed(lambda: sensitivity(space, samples=per, seed=1, drop=CONCESSION,
                                        method="merge"), 1)
    print(f"  per-sample frontier method (for large spaces): {best / per * 1000:.1f} ms per "
          f"sample, {n * best / per:.0f} s for {n:,} samples in process")
    print("\nreport (targets < 3 s, < 10 MB)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        scenario = load_example()
        sizes: list[int] = []
        best, median = timed(lambda: sizes.append(write_report(scenario, path)), args.repeat)
        size = sizes[-1]
        print(f"  write_report (2,000 samples)      best {best:6.2f} s  median {median:6.2f} s  "
              f"({best / 3:.0%} of the target)")
        print(f"  size {size / 1e6:.2f} MB ({size / (10 * 2**20):.0%} of 10 MiB)")


if __name__ == "__main__":
    main()
