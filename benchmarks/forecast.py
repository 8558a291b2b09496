"""Benchmarks of the forecasts (run by hand or with ``make bench``; prints figures,
asserts nothing).

Target (issue 10, item 7): 1,000 Monte Carlo runs of the March 2022 case under 60 s on 2
processes, with KTAB's SMP (``--model smp``, the default when :mod:`zopa.forecast.smp` is
installed; else the EUM). Also printed: one forecast of each model on the case, and the
EUM on larger random models. (The SMP targets on KTAB's runs are
``benchmarks/smp.py``'s.)

    .venv/bin/python benchmarks/forecast.py [--samples 1000] [--model smp] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from zopa.examples import load_example
from zopa.forecast import monte_carlo, run_model, uncertain_model
from zopa.forecast.models import MODELS
from zopa.forecast.spatial import SpatialModel
from zopa.parallel import ExecutionSettings

TARGET = 60.0


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def random_model(n: int, d: int, seed: int) -> SpatialModel:
    rng = np.random.default_rng(seed)
    return SpatialModel.build(
        actors=[f"a{i}" for i in range(n)], dimensions=[f"d{k}" for k in range(d)],
        capability=rng.uniform(1, 100, n), position=rng.uniform(0, 100, (n, d)),
        salience=rng.uniform(0.1, 1, (n, d)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--model", choices=MODELS, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    model = args.model or "smp"
    uncertain = uncertain_model(load_example("ukraine-russia-2022-03"))
    base = uncertain.midpoint()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} (a shared machine: wall "
          f"times include waiting for a core); March 2022 example: {base.n_actors} actors, "
          f"{base.n_dimensions} dimensions, {len(uncertain.intervals())} uncertain inputs")
    print("\none forecast of the case (best of 5)")
    for name in MODELS:
        best, _ = timed(lambda n=name: run_model(base, n), 5)  # type: ignore[misc]
        steps = run_model(base, name).steps
        print(f"  {name:7s} {best * 1000:8.1f} ms  ({steps} steps)")
    n = args.samples
    print(f"\n{n:,} Monte Carlo runs with {model} (target < {TARGET:.0f} s on 2 processes)")
    results = {}
    for label, settings in [("in process", ExecutionSettings()),
                            ("2 processes", ExecutionSettings("processes", workers=2))]:
        best, median = timed(lambda s=settings, key=label: results.setdefault(  # type: ignore[misc]
            key, monte_carlo(uncertain, model, samples=n, seed=1, settings=s)), args.repeat)
        print(f"  {label:12s} best {best:6.2f} s  median {median:6.2f} s  "
              f"({n / best:,.0f} runs/s; {best / TARGET:.0%} of the target)")
    steps = results["in process"].steps
    print(f"  SMP steps per sample: mean {sum(steps) / len(steps):.1f}, min {min(steps)}, "
          f"max {max(steps)}")
    same = np.array_equal(results["in process"].outcomes, results["2 processes"].outcomes)
    print(f"  same outcomes in process and on 2 processes: {same}")
    print("\nthe EUM on random models (best of 3)")
    for n_actors, d in [(13, 2), (100, 10)]:
        m = random_model(n_actors, d, seed=0)
        best, _ = timed(lambda m=m: run_model(m, "eum"), 3)  # type: ignore[misc]
        print(f"  {n_actors:3d} actors x {d:2d} dimensions  {best:6.3f} s  "
              f"({run_model(m, 'eum').steps} rounds)")


if __name__ == "__main__":
    main()
