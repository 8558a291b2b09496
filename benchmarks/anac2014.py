"""ANAC 2014's nonlinear domains: zopa's full analysis, and NegMAS's ``pareto_frontier``.

Run it with ``python benchmarks/anac2014.py [--genius tests/data/genius/anac/y2014]
[--limit 120] [--memory-gb 8]``. For every folder under ``--genius`` holding a nonlinear GENIUS
domain (``<utility_space type="nonlinear">`` profiles), each computation runs in a subprocess of
its own (killed at ``--limit`` seconds, capped at ``--memory-gb`` of address space), so
that its time and peak memory (``ru_maxrss`` of that process) are its own:

- zopa: the import, then ``zopa analyze FOLDER`` as the command line runs it (frontier,
  solutions, count or estimate, gaps, the comparison with ``pareto.xml``); it prints
  whether the frontier is exact, its method and size, and how many of the reference
  points it covers;
- NegMAS: ``Scenario.from_genius_folder`` and ``pareto_frontier`` (which enumerates every
  outcome), and the ratio of the two times where NegMAS finishes within the limit; where
  it does not, the time at which the limit stopped it.

It prints figures; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_ZOPA = r"""
import json, resource, sys, time
start = time.perf_counter()
from zopa.interop import import_genius_folder
from zopa.interop.genius import read_reference
from zopa.analysis import analyze
folder = sys.argv[1]
scenario = import_genius_folder(folder).scenario
ref = read_reference(folder, len(scenario.negotiators))
result = analyze(scenario, reference=None if ref is None else ref.points,
                 reference_source="pareto.xml")
seconds = time.perf_counter() - start
r = result.reference
print(json.dumps({"seconds": seconds, "exact": result.frontier_exact,
                  "method": result.frontier_method, "bound": result.frontier_bound,
                  "frontier": len(result.frontier), "issues": len(scenario.issues),
                  "reference": None if r is None else [r.covered, r.points, r.beyond],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_NEGMAS = r"""
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
start = time.perf_counter()
from negmas.inout import Scenario
from negmas.preferences.ops import pareto_frontier
loaded = Scenario.from_genius_folder(sys.argv[1], ignore_discount=True)
frontier, _ = pareto_frontier(loaded.ufuns, issues=loaded.outcome_space.issues)
print(json.dumps({"seconds": time.perf_counter() - start, "frontier": len(frontier),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(code: str, folder: Path, limit: float, memory_gb: float) -> dict[str, Any] | str:
    import resource

    def cap() -> None:  # on a shared machine, a run stops at its own memory cap
        size = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                              text=True, timeout=limit, env=_env(), preexec_fn=cap)
    except subprocess.TimeoutExpired:
        return f"killed at {time.perf_counter() - start:.1f} s"
    if done.returncode != 0:
        elapsed = time.perf_counter() - start
        if done.returncode < 0:  # a signal: on a full machine, the kernel's out-of-memory killer
            return f"signal {-done.returncode} at {elapsed:.1f} s"
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return f"failed after {elapsed:.1f} s: {last[:60]}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _nonlinear(folder: Path) -> bool:
    return any('type="nonlinear"' in p.read_text(errors="replace")[:2000]
               for p in folder.glob("*.xml") if p.name != "pareto.xml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--genius", type=Path, default=ROOT / "tests/data/genius/anac/y2014")
    parser.add_argument("--limit", type=float, default=120.0)
    parser.add_argument("--no-negmas", action="store_true")
    parser.add_argument("--memory-gb", type=float, default=8.0,
                        help="address-space cap of each run (default 8 GB)")
    args = parser.parse_args()
    folders = sorted({p.parent for p in args.genius.rglob("*.xml") if _nonlinear(p.parent)})
    print(f"ANAC 2014 nonlinear domains under {args.genius}; limit {args.limit:.0f} s and "
          f"{args.memory_gb:g} GB each; "
          f"load average {_load()}")
    head = (f"{'domain':>14} {'issues':>6} {'zopa s':>7} {'MB':>6} {'exact':>5} "
            f"{'method':>7} {'points':>6} {'ref covered':>11} {'NegMAS':>16} {'ratio':>7}")
    print(head)
    for folder in folders:
        ours = _run(_ZOPA, folder, args.limit, args.memory_gb)
        theirs: dict[str, Any] | str = "not run" if args.no_negmas else _run(
            _NEGMAS, folder, args.limit, args.memory_gb)
        if isinstance(ours, str):
            print(f"{folder.name:>14} {'':>6} {ours}")
            continue
        ref = ours["reference"]
        covered = "-" if ref is None else f"{ref[0]}/{ref[1]}"
        if isinstance(theirs, str):
            negmas, ratio = theirs, "-"
        else:
            negmas = f"{theirs['seconds']:.1f} s, {theirs['frontier']} pts"
            ratio = f"{theirs['seconds'] / ours['seconds']:.1f}x"
        print(f"{folder.name:>14} {ours['issues']:>6} {ours['seconds']:>7.2f} "
              f"{ours['peak_mb']:>6.0f} {'yes' if ours['exact'] else 'no':>5} "
              f"{ours['method']:>7} {ours['frontier']:>6} {covered:>11} {negmas:>16} "
              f"{ratio:>7}")
        if not ours["exact"]:
            print(f"{'':>14} approximate: a missed point improves by at most {ours['bound']:.3g}")
    print(f"load average at the end {_load()}; NegMAS 'killed at': it had not finished its "
          "frontier when the limit stopped it")


def _load() -> str:
    import os

    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
