"""zopa against NegMAS, side by side: same scenarios, same answers, time and memory.

Run it (it takes a while: NegMAS gets up to ``--limit`` seconds per call)::

    .venv/bin/python benchmarks/vs_negmas.py [--genius ../shared/genius] [--limit 120]

Scenarios: every GENIUS folder under ``--genius`` (ANAC 2010, 2011, 2016 and AMPOvsCity),
and synthetic two- and three-party scenarios of 6, 8, 10 and 12 issues of 10 options
(values and weights drawn from a fixed seed, written as GENIUS files so that both tools
read the very same files).

For each scenario, each computation runs in its own subprocess (a fresh interpreter), so
that it can be killed at the time limit and its peak memory (``ru_maxrss`` growth during
the computation, loading excluded) is its own:

- zopa: ``compile_space`` + ``frontier_points`` (exact) + the Nash point, and the
  frontier alone (what the samplers are compared with);
- NegMAS default: ``pareto_frontier`` (enumerates every outcome) + ``nash_points``;
- NegMAS MOBANOS and IPS samplers (two parties only; they ignore reservation values).

A computation that takes under a second is run again, up to 100 times or about a second
in all, and its fastest run is reported (for every tool alike): a cold first call is
mostly warm-up.

Both read the domains by GENIUS's rule: NegMAS's loader keeps raw discrete evaluations, so
GENIUS's rule is applied to the values NegMAS loads (see docs/genius.md). Nash compares
like with like: zopa's Nash point is taken on its frontier with NegMAS's disagreement
point, max(reserved value, minimum utility) per party. Frontiers are compared as sets of
points with the format's tolerance (utilities within 1e-9 are one point; NegMAS compares
doubles exactly and keeps a few points dominated but for 1e-16 rounding, which are
counted apart). For a sampler, "missed" counts the points of the exact frontier (of the
outcomes at or above the reservation values) that it does not find.

NegMAS is AGPL: it is used here and in the tests only, never imported by zopa itself.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# NegMAS's loader, corrected to GENIUS's rule, is the test suite's (one implementation).
sys.path.insert(0, str(ROOT))
from tests.interop._negmas_side import load_by_genius_rule  # noqa: E402

METHODS = ("zopa", "negmas", "mobanos", "ips")


# ----------------------------------------------------------------------- the workers


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _best(seconds: float, again: Any) -> float:
    """Short computations are timed again (up to 100 runs, about a second in all) and
    the fastest run counts: a cold first call is mostly interpreter and numpy warm-up, and
    sub-millisecond timings on a shared machine need many tries to find the quiet one."""
    best, spent = seconds, seconds
    for _ in range(99):
        if spent > 1.0:
            break
        start = time.perf_counter()
        again()
        took = time.perf_counter() - start
        best, spent = min(best, took), spent + took
    return best


def _zopa(folder: Path) -> dict[str, Any]:
    from zopa.analysis import choose, frontier_points
    from zopa.interop import import_genius_folder
    from zopa.space import compile_space

    scenario = import_genius_folder(folder).scenario
    start = time.perf_counter()
    space = compile_space(scenario)  # the analogue of NegMAS building its ufuns: apart
    compiled = time.perf_counter() - start
    before, start = _rss_mb(), time.perf_counter()
    points = frontier_points(space)
    found_frontier = time.perf_counter() - start
    low = np.array([sum(float(t[:, p].min()) for t in space.contributions)
                    for p in range(space.party_count)])
    k = choose(points, np.maximum(space.reservations, low), ("nash",))["nash"]
    seconds = time.perf_counter() - start
    mb = _rss_mb() - before

    def again() -> None:
        found = frontier_points(space)
        choose(found, np.maximum(space.reservations, low), ("nash",))

    seconds = _best(seconds, again)
    frontier_seconds = _best(found_frontier, lambda: frontier_points(space))
    return {"seconds": seconds, "frontier_seconds": frontier_seconds,
            "compile": compiled, "mb": mb,
            "points": points.utility.tolist(),
            "nash": None if k is None else points.utility[k].tolist(),
            "outcomes": space.outcome_count, "parties": space.party_count}


def _negmas(folder: Path, method: str) -> dict[str, Any]:
    warnings.simplefilter("ignore")
    scenario, sums = load_by_genius_rule(folder)
    ufuns = scenario.ufuns
    before, start = _rss_mb(), time.perf_counter()
    nash: list[float] | None = None
    if method == "negmas":
        from negmas.preferences.ops import nash_points, pareto_frontier

        frontier, _ = pareto_frontier(ufuns, issues=scenario.outcome_space.issues)
        found = nash_points(ufuns, frontier, outcome_space=scenario.outcome_space)
        points = [list(p) for p in frontier]
        nash = list(found[0][0]) if found else None
        nash_all = [list(p) for p, _ in found]
    else:
        from negmas.preferences.pareto_sampler import IPSParetoSampler, MOBANOSParetoSampler

        sampler = MOBANOSParetoSampler() if method == "mobanos" else IPSParetoSampler()
        sampler.init(ufuns[0], ufuns[1])
        outcomes = sampler.pareto_outcomes()
        points = [[float(u(o)) for u in ufuns] for o in outcomes]
        nash_all = []
    seconds = time.perf_counter() - start
    mb = _rss_mb() - before

    def again() -> None:
        if method == "negmas":
            from negmas.preferences.ops import nash_points, pareto_frontier

            frontier, _ = pareto_frontier(ufuns, issues=scenario.outcome_space.issues)
            nash_points(ufuns, frontier, outcome_space=scenario.outcome_space)
        else:
            redo = MOBANOSParetoSampler() if method == "mobanos" else IPSParetoSampler()
            redo.init(ufuns[0], ufuns[1])
            [[float(u(o)) for u in ufuns] for o in redo.pareto_outcomes()]

    seconds = _best(seconds, again)
    return {"seconds": seconds, "mb": mb, "points": points, "nash": nash,
            "nash_all": nash_all, "sums": sums,
            "reserved": [float(u.reserved_value) for u in ufuns]}


def worker(method: str, folder: Path) -> None:
    result = _zopa(folder) if method == "zopa" else _negmas(folder, method)
    sys.stdout.write(json.dumps(result) + "\n")


def run(method: str, folder: Path, limit: float, memory_gb: float) -> dict[str, Any]:
    """One computation in a subprocess: its result, or why it has none."""
    code = ("import resource, sys; sys.path.insert(0, {root!r}); "
            "resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem})); "
            "import vs_negmas; vs_negmas.worker({method!r}, __import__('pathlib').Path({f!r}))"
            ).format(root=str(ROOT / "benchmarks"), mem=int(memory_gb * 2**30), method=method,
                     f=str(folder))
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=limit + 60, check=False)
    except subprocess.TimeoutExpired:
        return {"failed": f"killed at {limit:.0f} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["?"]
        reason = "out of memory" if "MemoryError" in done.stderr else tail[0][:60]
        return {"failed": reason}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["seconds"] > limit:
        return {"failed": f"over {limit:.0f} s ({result['seconds']:.0f} s)"}
    result["wall"] = time.perf_counter() - start
    return result


# ----------------------------------------------------------------------- the scenarios


def synthetic(folder: Path, parties: int, issues: int, options: int = 10, seed: int = 0
              ) -> Path:
    """A random additive scenario written as GENIUS files (values <= 1, so NegMAS and
    GENIUS read them alike)."""
    from zopa.interop import write_genius
    from zopa.scenario import parse_scenario

    rng = np.random.default_rng([seed, parties, issues, options])
    data = {
        "zopa": 1, "name": f"synthetic {parties}p {issues}i",
        "parties": [{"id": f"p{p}"} for p in range(parties)],
        "issues": [{"id": f"i{i}", "options": [f"o{j}" for j in range(options)]}
                   for i in range(issues)],
        "preferences": {f"p{p}": {
            "weights": {f"i{i}": int(rng.integers(1, 11)) for i in range(issues)},
            "values": {f"i{i}": {f"o{j}": round(float(rng.random()), 3)
                                 for j in range(options)} for i in range(issues)}}
            for p in range(parties)},
    }
    target = folder / f"synthetic-{parties}p-{issues}i"
    write_genius(parse_scenario(data), target, force=True)
    return target


def scenarios(genius: Path, work: Path) -> list[tuple[str, Path]]:
    out = [(str(f.relative_to(genius)), f) for f in
           sorted({p.parent for p in genius.rglob("*.xml")})]
    for parties in (2, 3):
        for issues in (6, 8, 10, 12):
            target = synthetic(work, parties, issues)
            out.append((target.name, target))
    return out


# ----------------------------------------------------------------------- comparing


def _keys(points: list[list[float]], width: int, sums: list[float] | None = None
          ) -> np.ndarray:
    from zopa.analysis._tolerance import keys

    array = np.array(points, dtype=float).reshape(len(points), width)
    if sums is not None and len(array):
        array = array / np.array(sums)
    return np.unique(keys(array), axis=0) if len(array) else array.astype(np.int64)


def _nondominated(k: np.ndarray) -> np.ndarray:
    from zopa.analysis.pareto import nondominated

    return k[nondominated(k)] if len(k) else k


def compare(ours: dict[str, Any], theirs: dict[str, Any], method: str) -> str:
    """Agreement of a NegMAS result with zopa's: 'yes', or what differs."""
    width = ours["parties"]
    mine = {tuple(r) for r in _keys(ours["points"], width).tolist()}
    raw = _keys(theirs["points"], width, theirs["sums"])
    if method != "negmas":  # samplers ignore reservations: keep their rational points
        scale = np.array(theirs["sums"])
        reserved = np.array(theirs["reserved"]) / scale
        raw = raw[(raw >= np.rint((reserved - 1e-9) * 1e9)).all(axis=1)] if len(raw) else raw
    kept = _nondominated(raw)
    found = {tuple(r) for r in kept.tolist()}
    if method != "negmas":
        missed = len(mine - found)
        wrong = len(found - mine)
        return f"missed {missed}" + (f", {wrong} off" if wrong else "")
    parts = []
    if found != mine:
        parts.append(f"frontier differs ({len(mine - found)} missing, "
                     f"{len(found - mine)} extra)")
    rounding = len(raw) - len(kept)
    if ours["nash"] is not None and theirs["nash_all"]:
        mine_nash = np.array(ours["nash"])
        options = [np.array(p) / np.array(theirs["sums"]) for p in theirs["nash_all"]]
        if not any(np.allclose(mine_nash, p, atol=1e-9) for p in options):
            parts.append("Nash differs")
    elif (ours["nash"] is None) != (not theirs["nash_all"]):
        parts.append("Nash differs")
    text = "; ".join(parts) if parts else "yes"
    return text + (f" (+{rounding} 1e-16)" if rounding else "")


def _cell(result: dict[str, Any] | None, mine: float) -> tuple[str, str, str]:
    if result is None:
        return "-", "-", "-"
    if "failed" in result:
        return result["failed"], "-", "-"
    ratio = result["seconds"] / max(mine, 1e-9)
    shown = f"{ratio:,.0f}x" if ratio >= 10 else f"{ratio:.2g}x"
    return f"{result['seconds']:.3g}", f"{result['mb']:.0f}", shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--genius", type=Path, default=ROOT.parent / "shared" / "genius")
    parser.add_argument("--limit", type=float, default=120.0,
                        help="seconds each NegMAS computation may take")
    parser.add_argument("--memory", type=float, default=12.0,
                        help="GiB of address space each computation may use")
    parser.add_argument("--only", default="", help="run scenarios whose name contains this")
    args = parser.parse_args()
    genius = args.genius if args.genius.is_dir() else ROOT / "tests" / "data" / "genius"
    header = ("| scenario | parties | outcomes | zopa s | zopa MB | NegMAS s | NegMAS MB | "
              "speed-up | same answers | zopa frontier s | MOBANOS s | speed-up | MOBANOS "
              "| IPS s | speed-up | IPS |")
    print(f"NegMAS limit {args.limit:.0f} s and {args.memory:.0f} GiB per call; times "
          "exclude loading; MB = peak RSS growth during the call; 'same answers' = same "
          "frontier and Nash point (NegMAS's disagreement point for both).\n")
    print(header)
    print("|" + "---|" * 16)
    compile_max = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in scenarios(genius, Path(tmp)):
            if args.only and args.only not in name:
                continue
            ours = run("zopa", folder, args.limit, args.memory)
            if "failed" in ours:
                print(f"| {name} | zopa failed: {ours['failed']} |", flush=True)
                continue
            compile_max = max(compile_max, ours["compile"])
            results: dict[str, dict[str, Any] | None] = {}
            for method in METHODS[1:]:
                if method != "negmas" and ours["parties"] != 2:
                    results[method] = None
                    continue
                results[method] = run(method, folder, args.limit, args.memory)
            default = results["negmas"]
            assert default is not None
            same = (compare(ours, default, "negmas") if "failed" not in default
                    else "NegMAS did not finish")
            t, mb, ratio = _cell(default, ours["seconds"])
            row = [name, str(ours["parties"]), f"{ours['outcomes']:.3g}",
                   f"{ours['seconds']:.3g}", f"{ours['mb']:.0f}", t, mb, ratio, same,
                   f"{ours['frontier_seconds']:.3g}"]
            for method in ("mobanos", "ips"):
                result = results[method]
                mt, _, mratio = _cell(result, ours["frontier_seconds"])
                verdict = ("-" if result is None else result.get("failed", "") or
                           compare(ours, result, method))
                row += [mt, mratio, verdict if result is not None and "failed" not in result
                        else "-"]
            print("| " + " | ".join(row) + " |", flush=True)
    print(f"\nzopa s = frontier + Nash point, against NegMAS's pareto_frontier + "
          f"nash_points; zopa frontier s = the frontier alone, against the samplers (which "
          f"find no Nash point). compile_space (building the per-issue tables, like NegMAS "
          f"building its ufuns; excluded on both sides) took at most "
          f"{compile_max * 1000:.1f} ms. speed-up = the NegMAS method's time / zopa's.")


if __name__ == "__main__":
    main()
