"""Benchmark of the core analysis: frontier, solutions, count, concessions, gaps.

Run it with ``python benchmarks/core.py`` (or ``make bench``). For each size named in the
targets (issue 2) it builds a random scenario, in several variants (no constraints,
single-issue red lines, multi-issue red lines, reservations, all together), runs the full
analysis in-process and prints its time and peak memory; on the sizes where the outcome
space can be enumerated it also runs the enumeration method and prints the ratio.
It prints figures; it asserts nothing about time.

Values are drawn uniformly from [0, 1] (``--values float``, the hardest case for
counting) or from the 0.05 grid analysts write (``--values grid``).
"""

from __future__ import annotations

import argparse
import gc
import math
import time
import tracemalloc
from typing import Any

import numpy as np

from zopa.analysis import analyze
from zopa.scenario import parse_scenario
from zopa.space import compile_space

SIZES = [  # (parties, issues, options, target seconds)
    (2, 10, 10, 0.1),
    (2, 40, 10, 0.5),
    (2, 100, 10, 2.0),
    (3, 8, 8, 0.5),
    (3, 12, 10, 3.0),
    (4, 10, 10, 20.0),
]
VARIANTS = ["plain", "red-lines", "multi-issue", "reservations", "all"]
ENUMERATE_UP_TO = 2_000_000


def scenario(parties: int, issues: int, options: int, variant: str, values: str,
             seed: int = 1) -> dict[str, Any]:
    rng = np.random.default_rng(seed)

    def value() -> float:
        x = float(rng.random())
        return round(x * 20) / 20 if values == "grid" else round(x, 6)

    spec_issues = [{"id": f"i{k}", "options": [f"o{j}" for j in range(options)]}
                   for k in range(issues)]
    prefs: dict[str, Any] = {}
    for p in range(parties):
        red_lines: list[dict[str, Any]] = []
        if variant in ("red-lines", "all"):
            for k in rng.choice(issues, size=min(3, issues), replace=False):
                worst = [f"o{j}" for j in rng.choice(options, size=2, replace=False)]
                red_lines.append({"forbid": {f"i{k}": worst}})
        if variant in ("multi-issue", "all"):
            for _ in range(2):
                a, b = rng.choice(issues, size=2, replace=False)
                red_lines.append({"forbid": {f"i{a}": [f"o{int(rng.integers(options))}"],
                                             f"i{b}": [f"o{int(rng.integers(options))}"]}})
        prefs[f"p{p}"] = {
            "weights": {f"i{k}": int(rng.integers(1, 10)) for k in range(issues)},
            "values": {f"i{k}": {f"o{j}": value() for j in range(options)}
                       for k in range(issues)},
            "red_lines": red_lines,
        }
    reservation = 0.45 if variant in ("reservations", "all") else 0.0
    return {"zopa": 1, "name": f"{parties}x{issues}x{options}-{variant}",
            "parties": [{"id": f"p{p}", "reservation": reservation} for p in range(parties)],
            "issues": spec_issues, "preferences": prefs}


def measure(fn: Any) -> tuple[Any, float, float]:
    """Time one call (untraced: tracing allocations slows numpy down), then run it again
    under tracemalloc for its peak memory."""
    gc.collect()
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", choices=["float", "grid"], default="float")
    parser.add_argument("--only", help="run one size, e.g. 3x12x10")
    args = parser.parse_args()
    print(f"zopa core benchmark, values={args.values}; time of the full analysis in-process")
    print(f"{'size':>10} {'variant':>13} {'outcomes':>9} {'frontier':>8} {'agreements':>11} "
          f"{'seconds':>8} {'peak MB':>8} {'target':>7} {'enum s':>8} {'ratio':>7}")
    for parties, issues, options, target in SIZES:
        size = f"{parties}x{issues}x{options}"
        if args.only and args.only != size:
            continue
        for variant in VARIANTS:
            s = parse_scenario(scenario(parties, issues, options, variant, args.values))
            space = compile_space(s)
            result, seconds, peak = measure(lambda space=space: analyze(space))
            count = result.agreement_space
            shown = ("estimated" if count is None else
                     f"{count:.2e}" if count >= 10**7 else str(count))
            enum_s, ratio = "", ""
            if space.outcome_count <= ENUMERATE_UP_TO:
                _, e_seconds, _ = measure(lambda space=space: analyze(space, method="enumerate"))
                enum_s, ratio = f"{e_seconds:8.3f}", f"{e_seconds / seconds:6.0f}x"
            outcomes = f"1e{round(math.log10(space.outcome_count))}"
            flag = "" if seconds <= target else " over"
            print(f"{size:>10} {variant:>13} {outcomes:>9} {len(result.frontier):>8} "
                  f"{shown:>11} {seconds:8.3f} {peak:8.1f} {target:6.1f}s{flag} "
                  f"{enum_s:>8} {ratio:>7}", flush=True)


if __name__ == "__main__":
    main()
