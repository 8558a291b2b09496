"""Benchmark: GMCR stability of a conflict of 20 options over 4 decision makers
(2**20 = 1,048,576 states), all six concepts, and the published cases.

Run: PYTHONPATH=src python benchmarks/conflict.py  (prints figures; asserts nothing)
SIM dominates: it enumerates the other decision makers' simultaneous improvements.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

from zopa.budget import WorkBudget
from zopa.conflict.expr import And, Literal
from zopa.conflict.load import load_conflict
from zopa.conflict.model import Conflict, DecisionMaker, Option, compile_states
from zopa.conflict.stability import CONCEPTS, analyse


def big_conflict(options: int = 20, dms: int = 4, statements: int = 6,
                 seed: int = 2026) -> Conflict:
    """Random option prioritisation: each decision maker ranks by ``statements``
    conjunctions of two literals over all options; two infeasible pairs."""
    rng = np.random.default_rng(np.random.SeedSequence(seed))
    opts = tuple(Option(f"o{k}", direction="fwd" if k % 7 == 3 else "both")
                 for k in range(options))
    per = options // dms
    out = []
    for i in range(dms):
        stmts = []
        for _ in range(statements):
            a, b = rng.choice(options, size=2, replace=False)
            stmts.append(And((Literal(int(a), bool(rng.integers(2))),
                              Literal(int(b), bool(rng.integers(2))))))
        out.append(DecisionMaker(f"d{i}", tuple(range(i * per, (i + 1) * per)),
                                 statements=tuple(stmts)))
    infeasible = (And((Literal(0), Literal(per))), And((Literal(1), Literal(2 * per))))
    return Conflict("benchmark", opts, tuple(out), infeasible)


def timed(options: int, concepts: tuple[str, ...]) -> None:
    conflict = big_conflict(options)
    start = time.perf_counter()
    states = compile_states(conflict, WorkBudget(10**10))
    compiled = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    result = analyse(states, WorkBudget(10**12), concepts=concepts)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{options} options, 4 decision makers: {states.count:,} feasible states of "
          f"{states.feasible.size:,}; compile {compiled:.2f} s")
    print(f"  {'+'.join(concepts)}: {took:.2f} s wall, {cpu:.2f} s CPU "
          "(target for 20 options, all six: < 10 s)")
    print("  equilibria: " + ", ".join(f"{c} {len(result.equilibria(c))}" for c in concepts))


def main() -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} on {os.cpu_count()} cores (wall times grow with it)")
    four = ("nash", "gmr", "smr", "seq")
    timed(20, four)
    timed(20, CONCEPTS)
    if "--quick" not in sys.argv:
        timed(16, CONCEPTS)
    data = Path(__file__).resolve().parent.parent / "tests" / "data" / "conflict"
    for path in sorted(data.glob("*.yaml")) + sorted(data.glob("*.gmcr")):
        start = time.perf_counter()
        analyse(compile_states(load_conflict(path)))
        print(f"  {path.name}: {1000 * (time.perf_counter() - start):.1f} ms")


if __name__ == "__main__":
    main()
