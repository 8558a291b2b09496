"""Sensitivity: how the answers move within what the analyst marked as uncertain.

A weight, a value or a reservation written as an interval ``[low, high]`` says "somewhere
in there"; every analysis uses the midpoint. This module draws every interval uniformly
and independently (a Monte Carlo over the box of intervals; values of a numeric issue are
drawn at the points of its piecewise-linear curve), recompiles the utilities of each
sample and asks of it:

- does an agreement space exist?
- which issues are *the bottleneck*: when no agreement exists but some package reaches
  every reservation once all red lines are set aside, issue *i* is a bottleneck when the
  red lines that name it alone (with the reservations) still leave no package. (When even
  without red lines no package reaches every reservation, the reservations block, and no
  issue is counted.) A blocked issue is always a bottleneck;
- does each minimal concession of the midpoint scenario (a set of red lines,
  :func:`zopa.analysis.minimal_concession_sets`) open a deal in this sample?
- which package does each bargaining solution choose (:func:`zopa.analysis.choose`'s
  rules), and what does each negotiator get at the Nash package?

The solution statistics are taken on the agreement space with the red lines of ``drop``
set aside (none by default): for a blocked scenario, pass a concession to see what the
deal it opens would look like.

Two methods give the same figures for the same seed:

- ``"enumerate"``, vectorised across samples: the outcome space is listed once, the red
  lines become fixed masks over it, and each block of samples is one set of array
  operations (``O(samples * outcomes * parties * issues)`` arithmetic, in blocks of
  bounded memory). Used by ``"auto"`` when the outcome space has at most
  ``ENUMERATION_LIMIT`` outcomes;
- ``"merge"``, for large outcome spaces: per sample, the core's stage-merge frontier
  (:func:`zopa.analysis.frontier_points`) with the sampled utilities, once for the
  agreement space, once without red lines, once per issue and per concession when no
  agreement exists, and once for the solutions: ``O(samples * (issues + concessions))``
  frontier merges, never an enumeration.

Samples come in blocks of ``BLOCK`` with their own generator seeded by ``(seed, block)``,
and blocks run through :func:`zopa.parallel.run_tasks` (in process, on local processes or
on Ray): the figures depend on the seed and the number of samples only, not on the backend
or the number of workers.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> result = sensitivity(compile_space(load_example()), samples=200, seed=1)
>>> result.agreement, result.bottlenecks["crimea"], result.bottlenecks["neutrality"]
(0.0, 1.0, 0.0)
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..analysis import SOLUTIONS, SolutionName, choose, frontier_points, minimal_concession_sets
from ..analysis._tolerance import TOL
from ..analysis.frontier import iterate_outcomes
from ..analysis.stages import TooCoupled, build_stages
from ..errors import ScenarioError
from ..parallel import ExecutionSettings, run_tasks
from ..scenario.model import Interval, Issue, OptionId, Points, Preferences, midpoint
from ..scenario.validate import grid_index
from ..space import Space

__all__ = [
    "BLOCK",
    "ENUMERATION_LIMIT",
    "Frequency",
    "Sensitivity",
    "SensitivityMethod",
    "Uncertainty",
    "sensitivity",
    "uncertainty",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
SensitivityMethod = Literal["auto", "enumerate", "merge"]

#: Samples per block: each block has its own random generator and is one task.
BLOCK = 250
#: The largest outcome space that ``method="auto"`` enumerates.
ENUMERATION_LIMIT = 1 << 15
_CELLS = 1 << 21  # utilities held at once by the enumerate method (samples x outcomes x parties)


# ---------------------------------------------------------------------------- sampling


@dataclass(frozen=True, eq=False)
class Uncertainty:
    """A scenario's uncertain numbers, ready to be drawn.

    A value column is ``maps[i][p] @ theta`` with ``theta`` drawn uniformly between
    ``value_low[i][p]`` and ``value_high[i][p]`` (for a discrete issue ``theta`` holds the
    option values; for a curve, the values at its points, ``maps`` interpolating).
    A number written without an interval is drawn from ``[x, x]``.
    """

    space: Space
    weight_low: FloatArray
    weight_high: FloatArray
    maps: tuple[tuple[FloatArray, ...], ...]
    value_low: tuple[tuple[FloatArray, ...], ...]
    value_high: tuple[tuple[FloatArray, ...], ...]
    reservation_low: FloatArray
    reservation_high: FloatArray
    #: Per party, what its divisor adds to its issue weights: the weights of its
    #: interaction terms (held at their midpoints), or ``utility_max`` less the issue
    #: weights' midpoints; so a sample's tables stay on the scale of the terms' values.
    extra: FloatArray | None = None

    @property
    def intervals(self) -> int:
        """How many numbers of the scenario are intervals (wider than a point)."""
        count = int((self.weight_high > self.weight_low).sum())
        count += int((self.reservation_high > self.reservation_low).sum())
        for lows, highs in zip(self.value_low, self.value_high, strict=True):
            count += sum(int((h > lo).sum()) for lo, h in zip(lows, highs, strict=True))
        return count

    def draw(self, rng: np.random.Generator, n: int
             ) -> tuple[tuple[FloatArray, ...], FloatArray]:
        """``n`` samples: the contributions of each issue ``[n, options, parties]`` and the
        reservations ``[n, parties]``. Every sample uses the same number of draws, in a
        fixed layout, so that a seed always gives the same samples."""
        space = self.space
        d, m = space.party_count, len(space.issues)
        widths = [int(lo.size) for lows in self.value_low for lo in lows]
        u = rng.random((n, d * m + sum(widths) + d))
        weights = self.weight_low + (self.weight_high - self.weight_low) * u[:, :d * m].reshape(
            n, d, m)
        totals = weights.sum(axis=2, keepdims=True)
        if self.extra is not None:
            totals = totals + self.extra[None, :, None]
        weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
        at = d * m
        contributions = []
        for i in range(m):
            table = np.zeros((n, space.sizes[i], d))
            for p in range(d):
                lo, hi = self.value_low[i][p], self.value_high[i][p]
                theta = lo + (hi - lo) * u[:, at:at + lo.size]
                at += lo.size
                table[:, :, p] = (theta @ self.maps[i][p].T) * weights[:, p, i:i + 1]
            contributions.append(table)
        low, high = self.reservation_low, self.reservation_high
        reservations = low + (high - low) * u[:, at:at + d]
        return tuple(contributions), reservations


def uncertainty(space: Space) -> Uncertainty:
    """Read the intervals of ``space``'s scenario."""
    scenario = space.scenario
    d, m = space.party_count, len(space.issues)
    w_low, w_high = np.zeros((d, m)), np.zeros((d, m))
    maps: list[list[FloatArray]] = [[] for _ in range(m)]
    v_low: list[list[FloatArray]] = [[] for _ in range(m)]
    v_high: list[list[FloatArray]] = [[] for _ in range(m)]
    for p, party in enumerate(space.parties):
        prefs = scenario.preferences[party]
        for i, issue in enumerate(scenario.issues):
            w_low[p, i], w_high[p, i] = _bounds(prefs.weights.get(issue.id, 0.0))
            matrix, low, high = _value_parameters(prefs, issue)
            maps[i].append(matrix)
            v_low[i].append(low)
            v_high[i].append(high)
    r = [_bounds(scenario.party(p).reservation) for p in space.parties]
    extra = np.array([
        scenario.preferences[p].total_weight()
        - sum(midpoint(w) for w in scenario.preferences[p].weights.values())
        for p in space.parties])
    return Uncertainty(
        extra=extra if extra.any() else None,
        space=space,
        weight_low=w_low,
        weight_high=w_high,
        maps=tuple(tuple(x) for x in maps),
        value_low=tuple(tuple(x) for x in v_low),
        value_high=tuple(tuple(x) for x in v_high),
        reservation_low=np.array([lo for lo, _ in r]),
        reservation_high=np.array([hi for _, hi in r]),
    )


def _bounds(value: float | Interval) -> tuple[float, float]:
    if isinstance(value, Interval):
        return float(value.low), float(value.high)
    return float(value), float(value)


def _value_parameters(prefs: Preferences, issue: Issue
                      ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``(map, low, high)`` of one party's value column on one issue."""
    options = issue.option_ids
    spec = prefs.values.get(issue.id)
    if spec is None:
        return np.zeros((len(options), 0)), np.zeros(0), np.zeros(0)
    if isinstance(spec, Points):
        xs = np.array([float(x) for x, _ in spec.points])
        bounds = [_bounds(v) for _, v in spec.points]
        matrix = np.zeros((len(options), len(xs)))
        for o, option in enumerate(options):
            x = float(option)
            k = int(np.searchsorted(xs, x, side="right")) - 1
            if k < 0:
                matrix[o, 0] = 1.0
            elif k >= len(xs) - 1:
                matrix[o, len(xs) - 1] = 1.0
            else:
                t = (x - xs[k]) / (xs[k + 1] - xs[k])
                matrix[o, k], matrix[o, k + 1] = 1.0 - t, t
        return (matrix, np.array([b[0] for b in bounds]), np.array([b[1] for b in bounds]))
    keys = list(spec)
    matrix = np.zeros((len(options), len(keys)))
    for k, key in enumerate(keys):
        position = grid_index(issue, key) if issue.numeric else (
            [str(o) for o in options].index(key))
        assert position is not None
        matrix[position, k] = 1.0
    bounds = [_bounds(spec[key]) for key in keys]
    return matrix, np.array([b[0] for b in bounds]), np.array([b[1] for b in bounds])


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Frequency:
    """A package one solution chose, and in how many samples (and what share of them)."""

    outcome: Mapping[str, OptionId]
    count: int
    share: float

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": dict(self.outcome), "count": self.count, "share": self.share}


@dataclass(frozen=True, eq=False)
class Sensitivity:
    """The Monte Carlo figures (shares of the samples).

    ``bottlenecks`` maps each issue to the share of samples where it is a bottleneck;
    ``concessions`` pairs each minimal concession of the midpoint scenario with the share
    of samples where it opens a deal; ``solutions`` lists, per bargaining solution, the
    packages it chose most often (on the agreement space with ``dropped`` set aside, which
    exists in ``relaxed_agreement`` of the samples); ``nash_utilities`` is ``[samples,
    parties]``, NaN where that space is empty.
    """

    parties: tuple[str, ...]
    samples: int
    seed: int
    method: Literal["enumerate", "merge"]
    intervals: int
    agreement: float
    reservations_block: float
    bottlenecks: Mapping[str, float]
    concessions: tuple[tuple[tuple[str, ...], float], ...]
    dropped: tuple[str, ...]
    relaxed_agreement: float
    solutions: Mapping[SolutionName, tuple[Frequency, ...]]
    nash_utilities: FloatArray

    def nash_spread(self) -> dict[str, dict[str, float | None]]:
        """Per negotiator: mean, standard deviation and quantiles of its utility at the
        Nash package, over the samples where there is one."""
        out: dict[str, dict[str, float | None]] = {}
        for p, party in enumerate(self.parties):
            column = self.nash_utilities[:, p]
            column = column[~np.isnan(column)]
            if not len(column):
                out[party] = dict.fromkeys(("mean", "std", "min", "p5", "p25", "median",
                                            "p75", "p95", "max"))
                continue
            q = np.quantile(column, [0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0])
            out[party] = {"mean": float(column.mean()), "std": float(column.std()),
                          "min": float(q[0]), "p5": float(q[1]), "p25": float(q[2]),
                          "median": float(q[3]), "p75": float(q[4]), "p95": float(q[5]),
                          "max": float(q[6])}
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa sensitivity --json``."""
        return {
            "parties": list(self.parties),
            "samples": self.samples,
            "seed": self.seed,
            "method": self.method,
            "intervals": self.intervals,
            "agreement": self.agreement,
            "reservations_block": self.reservations_block,
            "bottlenecks": dict(self.bottlenecks),
            "concessions": [{"red_lines": list(names), "opens": share}
                            for names, share in self.concessions],
            "dropped_red_lines": list(self.dropped),
            "relaxed_agreement": self.relaxed_agreement,
            "solutions": {name: [f.to_dict() for f in found]
                          for name, found in self.solutions.items()},
            "nash_utility_spread": self.nash_spread(),
        }


# ---------------------------------------------------------------------------- the run


@dataclass(frozen=True, eq=False)
class _Plan:
    """What every block needs: the sampler and the red-line sets to test."""

    uncertainty: Uncertainty
    method: Literal["enumerate", "merge"]
    seed: int
    by_issue: tuple[tuple[int, ...], ...]
    concessions: tuple[tuple[int, ...], ...]
    relaxed: tuple[int, ...]


@dataclass(frozen=True, eq=False)
class _Tally:
    """One block's counts."""

    n: int
    exists: int
    reservations_block: int
    bottleneck: IntArray
    opens: IntArray
    relaxed: int
    chosen: dict[SolutionName, Counter[tuple[int, ...]]]
    nash: FloatArray


def sensitivity(space: Space, *, samples: int = 10_000, seed: int = 0,
                drop: Sequence[str] = (), method: SensitivityMethod = "auto",
                settings: ExecutionSettings | None = None, top: int = 5,
                progress: Callable[[int], None] | None = None) -> Sensitivity:
    """Run the Monte Carlo (see the module docstring).

    ``drop`` names red lines set aside for the solution statistics; ``top`` is how many
    packages to keep per solution; ``progress`` is called with the number of samples done
    after each block. ``settings`` chooses the backend (in process by default).
    """
    if samples < 1:
        raise ValueError("samples must be at least 1")
    if not space.additive and space.outcome_count > ENUMERATION_LIMIT:
        try:
            build_stages(space)
        except TooCoupled:
            raise ScenarioError(
                "values interact across too many issues for a Monte Carlo over stages "
                "(each sample would need a mixed-integer sweep); analyse the scenario "
                "with 'zopa analyze' instead") from None
    if seed < 0:
        raise ValueError("seed must be >= 0")
    names = [r.name for r in space.red_lines]
    unknown = sorted(set(drop) - set(names))
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a red line of the scenario "
                         f"(red lines: {', '.join(names)})")
    chosen_method: Literal["enumerate", "merge"] = (
        "merge" if method == "merge" or (method == "auto"
                                         and space.outcome_count > ENUMERATION_LIMIT)
        else "enumerate")
    everything = range(len(names))
    concessions: list[tuple[int, ...]] = []
    if not len(frontier_points(space)):
        concessions = minimal_concession_sets(space)
    plan = _Plan(
        uncertainty=uncertainty(space),
        method=chosen_method,
        seed=seed,
        by_issue=tuple(tuple(k for k, r in enumerate(space.red_lines) if i in r.issues)
                       for i in range(len(space.issues))),
        concessions=tuple(concessions),
        relaxed=tuple(k for k in everything if names[k] not in set(drop)),
    )
    tasks = [(plan, k, min(BLOCK, samples - k * BLOCK))
             for k in range((samples + BLOCK - 1) // BLOCK)]
    base = settings or ExecutionSettings()
    run = dataclasses.replace(base, batch=1)
    tallies = []
    done = 0
    for tally in run_tasks(_run_block, tasks, run):
        tallies.append(tally)
        done += tally.n
        if progress is not None:
            progress(done)
    return _summarise(space, plan, tallies, samples, drop, top)


def _run_block(task: tuple[_Plan, int, int]) -> _Tally:
    """One block of samples (module level, so that process and Ray workers can run it)."""
    plan, block, n = task
    from ..seeds import generator

    rng = generator([plan.seed, block])
    contributions, reservations = plan.uncertainty.draw(rng, n)
    if plan.method == "enumerate":
        return _enumerate_block(plan, contributions, reservations)
    return _merge_block(plan, contributions, reservations)


def _summarise(space: Space, plan: _Plan, tallies: Sequence[_Tally], samples: int,
               drop: Sequence[str], top: int) -> Sensitivity:
    names = [r.name for r in space.red_lines]
    bottleneck = sum((t.bottleneck for t in tallies), np.zeros(len(space.issues), np.int64))
    opens = sum((t.opens for t in tallies), np.zeros(len(plan.concessions), np.int64))
    solutions: dict[SolutionName, tuple[Frequency, ...]] = {}
    for name in SOLUTIONS:
        counts: Counter[tuple[int, ...]] = Counter()
        for t in tallies:
            counts.update(t.chosen[name])
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        solutions[name] = tuple(Frequency(space.outcome_dict(row), c, c / samples)
                                for row, c in ranked)
    return Sensitivity(
        parties=space.parties,
        samples=samples,
        seed=plan.seed,
        method=plan.method,
        intervals=plan.uncertainty.intervals,
        agreement=sum(t.exists for t in tallies) / samples,
        reservations_block=sum(t.reservations_block for t in tallies) / samples,
        bottlenecks={iid: int(c) / samples for iid, c in zip(space.issues, bottleneck,
                                                             strict=True)},
        concessions=tuple((tuple(names[k] for k in c), int(x) / samples)
                          for c, x in zip(plan.concessions, opens, strict=True)),
        dropped=tuple(drop),
        relaxed_agreement=sum(t.relaxed for t in tallies) / samples,
        solutions=solutions,
        nash_utilities=np.concatenate([t.nash for t in tallies]),
    )


def _enumerate_block(plan: _Plan, contributions: Sequence[FloatArray],
                     reservations: FloatArray) -> _Tally:
    space = plan.uncertainty.space
    rows = next(iterate_outcomes(space.sizes, chunk=space.outcome_count))
    crossed = space.violations(rows)
    everything = tuple(range(len(space.red_lines)))

    def allowed(active: Sequence[int]) -> BoolArray:
        if not active:
            return np.ones(len(rows), dtype=bool)
        return np.asarray(~crossed[:, list(active)].any(axis=1))

    masks = {"all": allowed(everything), "none": allowed(())}
    relaxed_rows = np.flatnonzero(allowed(plan.relaxed))
    issue_masks = [allowed(lines) for lines in plan.by_issue]
    concession_masks = [allowed([k for k in everything if k not in c]) for c in plan.concessions]
    n, d = len(reservations), space.party_count
    step = max(1, _CELLS // max(1, len(rows) * d))
    parts: list[_Tally] = []
    # Interaction terms (held at their midpoints) add to every sample alike.
    terms = np.zeros((len(rows), d))
    for term in space.interactions:
        terms[:, term.column] += np.where(term.hits(rows), term.amount, 0.0)
    for start in range(0, n, step):
        sl = slice(start, min(n, start + step))
        utility = _outer_sum([table[sl] for table in contributions])
        if space.interactions:
            utility = utility + terms[None, :, :]
        if space.capped:
            utility[:, :, list(space.capped)] = np.minimum(utility[:, :, list(space.capped)], 1)
        r = reservations[sl]
        meets: BoolArray = np.asarray((utility >= r[:, None, :] - TOL).all(axis=2))
        exists = (meets & masks["all"]).any(axis=1)
        free = (meets & masks["none"]).any(axis=1)
        stuck = ~exists & free
        bottleneck = np.array([int((stuck & ~(meets & m).any(axis=1)).sum())
                               for m in issue_masks], dtype=np.int64)
        opens = np.array([int((meets & m).any(axis=1).sum()) for m in concession_masks],
                         dtype=np.int64)
        # The solutions only look at the outcomes that cross no red line still in force.
        sub = relaxed_rows
        agree = meets[:, sub]
        kept = utility[:, sub, :]
        picks = _choose_all(kept, r, agree)
        chosen = {name: Counter(tuple(int(x) for x in rows[sub[k]]) for k in picks[name]
                                if k >= 0)
                  for name in SOLUTIONS}
        nash = np.full((len(r), d), np.nan)
        hit = picks["nash"] >= 0
        nash[hit] = kept[np.flatnonzero(hit), picks["nash"][hit]]
        parts.append(_Tally(len(r), int(exists.sum()), int((~free).sum()), bottleneck, opens,
                            int(agree.any(axis=1).sum()), chosen, nash))
    return _combine(parts)


def _outer_sum(tables: Sequence[FloatArray]) -> FloatArray:
    """``[samples, outcomes, parties]``: every outcome's utilities, outcomes in the order of
    the outcome space (the last issue fastest), summed issue by issue in file order as
    :meth:`zopa.space.Space.utilities` does."""
    total = tables[0]
    for table in tables[1:]:
        n, d = len(table), table.shape[2]
        total = (total[:, :, None, :] + table[:, None, :, :]).reshape(n, -1, d)
    return total


def _choose_all(utility: FloatArray, r: FloatArray, ok: BoolArray
                ) -> dict[SolutionName, IntArray]:
    """For every sample, the index of the outcome each solution chooses among the ``ok``
    ones (-1 when none): the best score, ties to the larger sum, then the first outcome
    (the rules of :func:`zopa.analysis.choose`, over the whole agreement space)."""
    if ok.shape[1] == 0:
        return {name: np.full(len(ok), -1, dtype=np.int64) for name in SOLUTIONS}
    gains = np.maximum(utility - r[:, None, :], 0.0)
    sums = utility.sum(axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        best = np.where(ok[:, :, None], utility, -np.inf).max(axis=1)
        span = best - r
        counted = span > TOL
        ratio = np.where(counted[:, None, :], gains / np.where(counted, span, 1.0)[:, None, :],
                         np.inf)
        ks = ratio.min(axis=2)
        ks = np.where(counted.any(axis=1)[:, None], ks, 0.0)
        scores = {"nash": gains.prod(axis=2), "kalai_smorodinsky": ks,
                  "egalitarian": gains.min(axis=2), "utilitarian": sums}
        return {name: _pick(scores[name], sums, ok) for name in SOLUTIONS}


def _pick(score: FloatArray, sums: FloatArray, ok: BoolArray) -> IntArray:
    tie = _ties(score, ok)
    tie = _ties(sums, tie)
    first = tie.argmax(axis=1)
    return np.where(tie.any(axis=1), first, -1).astype(np.int64)


def _ties(values: FloatArray, ok: BoolArray) -> BoolArray:
    """Per row, the ``ok`` entries whose value ties with the row's best (the format's rule:
    within 1e-9 of the larger magnitude, or 1e-15 near zero)."""
    masked = np.where(ok, values, -np.inf)
    best = masked.max(axis=1, keepdims=True)
    allowed = np.maximum(1e-9 * np.maximum(np.abs(values), np.abs(best)), 1e-15)
    return np.asarray(ok & (np.abs(values - best) <= allowed))


def _merge_block(plan: _Plan, contributions: Sequence[FloatArray],
                 reservations: FloatArray) -> _Tally:
    space = plan.uncertainty.space
    everything = tuple(range(len(space.red_lines)))
    d = space.party_count
    bottleneck = np.zeros(len(space.issues), dtype=np.int64)
    opens = np.zeros(len(plan.concessions), dtype=np.int64)
    chosen: dict[SolutionName, Counter[tuple[int, ...]]] = {n: Counter() for n in SOLUTIONS}
    nash = np.full((len(reservations), d), np.nan)
    exists_count = blocked = relaxed_count = 0
    for s in range(len(reservations)):
        sample = space.with_tables(tuple(c[s] for c in contributions), reservations[s])

        def some(active: Sequence[int], sample: Space = sample) -> bool:
            return bool(len(frontier_points(sample, active=active)))

        exists = some(everything)
        exists_count += exists
        if exists:
            opens += 1
        else:
            free = some(())
            blocked += not free
            if free:
                # An issue no red line names cannot block on its own.
                bottleneck += np.array([bool(lines) and not some(lines)
                                        for lines in plan.by_issue], dtype=np.int64)
            opens += np.array([some([k for k in everything if k not in c])
                               for c in plan.concessions], dtype=np.int64)
        points = frontier_points(sample, active=plan.relaxed)
        if len(points):
            relaxed_count += 1
            for name, k in choose(points, sample.reservations).items():
                assert k is not None
                chosen[name][tuple(int(x) for x in points.outcomes[k])] += 1
            k = choose(points, sample.reservations)["nash"]
            assert k is not None
            nash[s] = points.utility[k]
    return _Tally(len(reservations), exists_count, blocked, bottleneck, opens, relaxed_count,
                  chosen, nash)


def _combine(parts: Sequence[_Tally]) -> _Tally:
    chosen: dict[SolutionName, Counter[tuple[int, ...]]] = {n: Counter() for n in SOLUTIONS}
    for part in parts:
        for name in SOLUTIONS:
            chosen[name].update(part.chosen[name])
    return _Tally(
        n=sum(p.n for p in parts),
        exists=sum(p.exists for p in parts),
        reservations_block=sum(p.reservations_block for p in parts),
        bottleneck=np.sum([p.bottleneck for p in parts], axis=0).astype(np.int64),
        opens=np.sum([p.opens for p in parts], axis=0).astype(np.int64).reshape(-1),
        relaxed=sum(p.relaxed for p in parts),
        chosen=chosen,
        nash=np.concatenate([p.nash for p in parts]),
    )
