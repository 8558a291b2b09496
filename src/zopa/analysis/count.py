"""How many outcomes are in the agreement space, counted exactly without enumerating.

The outcomes that cross no red line are a product of stages (see
:mod:`zopa.analysis.stages`), so without reservations the count is a product. With
reservations it is a counting problem over sums (a #P-hard one in general: counting
knapsack solutions), solved by dynamic programming over the stages on an integer lattice:

- utilities are read as exact fractions of the decimals in the file, so a party's
  utility is an integer number of ``1/L`` steps (``L`` the common denominator); equal
  sums then merge exactly. Where ``L`` is too large the lattice is ``1e-12``;
- only the parties whose reservation can bind are tracked;
- a partial sum that can no longer reach a reservation is dropped; one that is sure to
  reach it is clipped to the threshold, so that all sure sums merge;
- stages with the widest spread go first, which makes both happen early.

When that grows beyond a budget of work, the stages are split in two halves whose partial
sums are listed separately and paired by dominance counting (meet in the middle).
When the partial sums visited outgrow a budget of work (not of time: results do not
depend on the machine), the count falls back to
enumeration for spaces small enough, and is otherwise reported as unknown (``None``);
:func:`estimate_agreements` then gives a sampled estimate with its confidence interval.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ..scenario.model import exact
from ..space import Space
from ._tolerance import TOL, meets
from .frontier import enumeration_count
from .stages import Stage, TooCoupled, build_boxes

__all__ = ["CountMethod", "Estimate", "count_agreements", "estimate_agreements"]

IntArray = NDArray[np.int64]

#: The most partial sums the dynamic programme may visit, over all stages, before it
#: gives up (a count of work, not of time, so that results do not depend on the machine).
WORK_BUDGET = 1_000_000
#: The largest outcome space counted by enumeration when the programme gives up.
ENUMERATION_LIMIT = 2_000_000
_MAX_LATTICE = 10**12
#: The most partial sums on the smaller side of a two-column pair count (its cost grows
#: as n log n).
_PAIR_BLOCKS_LIMIT = 300_000
_FLOAT_SCALE = 1e12


CountMethod = Literal["auto", "sweep", "split", "enumerate"]


def count_agreements(space: Space, reservations: Sequence[float] | None = None, *,
                     active: Sequence[int] | None = None, budget: int = WORK_BUDGET,
                     method: CountMethod = "auto") -> int | None:
    """The number of outcomes that cross none of the ``active`` red lines (all binding
    ones by default) and reach every reservation; ``None`` when that cannot be counted
    within the budget.

    ``method`` forces one way of counting (the tests compare them): ``"sweep"`` (dynamic
    programming over all stages), ``"split"`` (meet in the middle), ``"enumerate"``;
    ``"auto"`` tries them in that order, enumerating only small spaces.
    """
    if method == "enumerate":
        r0 = space.reservations if reservations is None else np.asarray(reservations,
                                                                           dtype=float)
        return enumeration_count(space, r0, active)
    r = space.reservations if reservations is None else np.asarray(reservations, dtype=float)
    try:
        boxes = build_boxes(space, active)
    except TooCoupled:
        return _enumerate_or_none(space, r, active)
    # Reservations passed in are read exactly as the doubles given (the file's decimals
    # otherwise).
    exact_r = space.exact_reservations if reservations is None else tuple(
        exact(float(x)) for x in r)

    @functools.cache
    def units(party: int) -> tuple[tuple[IntArray, ...], int]:
        return _party_units(space, party, float(r[party]), exact_r[party])

    total = 0
    for stages in boxes:
        counted = _count_box(space, stages, r, units, budget, method)
        if counted is None:
            return _enumerate_or_none(space, r, active) if method == "auto" else None
        total += counted
    return total


def _count_box(space: Space, stages: Sequence[Stage], r: NDArray[np.float64],
               units: Callable[[int], tuple[tuple[IntArray, ...], int]], budget: int,
               method: CountMethod) -> int | None:
    """The count over one product of stages."""
    if any(len(s) == 0 for s in stages):
        return 0
    low = sum(s.utility.min(axis=0) for s in stages)
    high = sum(s.utility.max(axis=0) for s in stages)
    if (high < r - TOL).any():
        return 0
    bound = [p for p in range(space.party_count) if low[p] < r[p] - TOL]
    if not bound:
        return math.prod(len(s) for s in stages)
    if not space.additive:
        # Interaction terms live in the stages' utilities, not in per-issue tables: count
        # on the 1e-12 lattice of those doubles.
        columns = [np.rint(stage.utility[:, bound] * _FLOAT_SCALE).astype(np.int64)
                   for stage in stages]
        thresholds = np.rint((r[bound] - TOL) * _FLOAT_SCALE).astype(np.int64)
        return _count(columns, thresholds, math.prod(len(s) for s in stages), budget,
                      method)
    columns = [np.stack([_stage_units(stage, units(p)[0]) for p in bound], axis=1)
               for stage in stages]
    thresholds = np.array([units(p)[1] for p in bound], dtype=np.int64)
    return _count(columns, thresholds, math.prod(len(s) for s in stages), budget, method)


def _enumerate_or_none(space: Space, r: NDArray[np.float64],
                       active: Sequence[int] | None) -> int | None:
    if space.outcome_count > ENUMERATION_LIMIT:
        return None
    return enumeration_count(space, r, active)


def _party_units(space: Space, p: int, r: float, exact_r: Fraction
                 ) -> tuple[tuple[IntArray, ...], int]:
    """Party ``p``'s utility per issue and option as integer steps of its lattice (exact
    fractions over their common denominator, or steps of 1e-12 when that is too fine),
    and the number of steps it must reach."""
    exact = space.exact_contributions
    denominator = 1
    for rows in exact:
        for row in rows:
            denominator = math.lcm(denominator, row[p].denominator)
            if denominator > _MAX_LATTICE:
                break
        if denominator > _MAX_LATTICE:
            break
    if denominator <= _MAX_LATTICE and space.exact:
        need = Fraction(exact_r) - Fraction(1, 10**9)
        return (tuple(np.array([int(row[p] * denominator) for row in rows], dtype=np.int64)
                      for rows in exact), math.ceil(need * denominator))
    return (tuple(np.rint(c[:, p] * _FLOAT_SCALE).astype(np.int64)
                  for c in space.contributions), int(np.rint((r - TOL) * _FLOAT_SCALE)))


def _stage_units(stage: Stage, table: Sequence[IntArray]) -> IntArray:
    """A stage's choices in a party's integer steps."""
    total = np.zeros(len(stage), dtype=np.int64)
    for j, issue in enumerate(stage.issues):
        total += table[issue][stage.choices[:, j]]
    return total


def _count(units: list[IntArray], need: IntArray, total: int, budget: int,
           method: CountMethod) -> int | None:
    big = total >= 2**62
    dtype = object if big else np.int64
    spread = [int((u.max(axis=0) - u.min(axis=0)).max()) for u in units]
    order = sorted(range(len(units)), key=lambda k: -spread[k])
    stages = [_merge_rows(units[k], np.ones(len(units[k]), dtype=dtype)) for k in order]
    if method == "auto" and _states_bound(stages) > 50 * budget and len(stages) >= 2:
        # Too many distinct partial sums to ever fit the budget: go straight to the split.
        method = "split"
    if method in ("auto", "sweep") or len(stages) < 2:
        nothing = np.zeros_like(need)
        swept = _sweep(stages, need, nothing, nothing, budget)
        if swept is not None or method == "sweep":
            return None if swept is None else int(swept[1].sum())
    if big or len(stages) < 2:
        return None
    return _meet_in_the_middle(stages, need, budget)


def _sweep(stages: Sequence[tuple[IntArray, NDArray[np.generic]]], need: IntArray,
           after_low: IntArray, after_high: IntArray, budget: int
           ) -> tuple[IntArray, NDArray[np.generic]] | None:
    """Distinct partial sums over ``stages`` with how many choices reach each, keeping
    only those that can still reach ``need`` when stages summing to between
    ``after_low`` and ``after_high`` follow, and clipping those sure to reach it."""
    lows = np.array([rows.min(axis=0) for rows, _ in stages])
    highs = np.array([rows.max(axis=0) for rows, _ in stages])
    rest_low = np.concatenate([np.cumsum(lows[::-1], axis=0)[::-1][1:], [after_low * 0]])
    rest_high = np.concatenate([np.cumsum(highs[::-1], axis=0)[::-1][1:], [after_high * 0]])
    state = np.zeros((1, len(need)), dtype=np.int64)
    counts = np.ones(1, dtype=stages[0][1].dtype)
    work = 0
    for (rows, mult), low, high in zip(stages, rest_low + after_low, rest_high + after_high,
                                       strict=True):
        work += len(state) * len(rows)
        if work > budget:
            return None
        new = (state[:, None, :] + rows[None, :, :]).reshape(-1, len(need))
        weight = (counts[:, None] * mult[None, :]).reshape(-1)
        alive = (new + high >= need).all(axis=1)
        new, weight = new[alive], weight[alive]
        np.minimum(new, need - low, out=new)
        state, counts = _merge_rows(new, weight)
        if not len(state):
            break
    return state, counts


def _meet_in_the_middle(stages: Sequence[tuple[IntArray, NDArray[np.generic]]],
                        need: IntArray, budget: int) -> int | None:
    """Split the stages in two halves of about equal size, list each half's partial sums
    (with their multiplicities), and count the pairs whose sum reaches ``need``: sorting
    and binary search for one bound party, a sweep over blocks for two (Horowitz and
    Sahni 1974's split, with dominance counting for the pairs)."""
    halves: tuple[list[int], list[int]] = ([], [])
    sizes = [0.0, 0.0]
    for k in sorted(range(len(stages)), key=lambda k: -len(stages[k][0])):
        side = 0 if sizes[0] <= sizes[1] else 1
        halves[side].append(k)
        sizes[side] += math.log(len(stages[k][0]))
    first = [stages[k] for k in sorted(halves[0])]
    second = [stages[k] for k in sorted(halves[1])]
    if not first or not second:
        return None

    def bounds(part: Sequence[tuple[IntArray, NDArray[np.generic]]]) -> tuple[IntArray,
                                                                            IntArray]:
        return (np.sum([rows.min(axis=0) for rows, _ in part], axis=0),
                np.sum([rows.max(axis=0) for rows, _ in part], axis=0))

    if len(need) >= 3 and math.prod(len(s[0]) for s in stages) > 20 * budget:
        return None  # pairs in three or more columns are compared one by one
    if max(_states_bound(first), _states_bound(second)) > 50 * budget:
        return None  # a half has too many distinct partial sums to list
    low_a, high_a = bounds(first)
    low_b, high_b = bounds(second)
    a = _sweep(first, need, low_b, high_b, 2 * budget)
    b = _sweep(second, need, low_a, high_a, 2 * budget) if a is not None else None
    if a is None or b is None:
        return None
    if len(b[0]) > len(a[0]):
        a, b = b, a
    if len(need) == 2 and len(b[0]) > _PAIR_BLOCKS_LIMIT:
        return None
    return _pairs(a[0], a[1].astype(np.int64), b[0], b[1].astype(np.int64), need,
                  20 * budget)


def _states_bound(stages: Sequence[tuple[IntArray, NDArray[np.generic]]]) -> float:
    """An upper bound on the distinct partial sums over ``stages``: no more than the
    choices multiplied out, nor than the lattice points in the range they can span."""
    choices = math.prod(float(len(rows)) for rows, _ in stages)
    span = np.sum([rows.max(axis=0) - rows.min(axis=0) for rows, _ in stages], axis=0)
    lattice = math.prod(float(x) + 1 for x in span)
    return min(choices, lattice)


def _pairs(a: IntArray, wa: IntArray, b: IntArray, wb: IntArray, need: IntArray,
           budget: int) -> int | None:
    """The weighted number of pairs (x in a, y in b) with x + y >= need in every column."""
    if not len(a) or not len(b):
        return 0
    t = need - a
    d = a.shape[1]
    if d == 1:
        order = np.argsort(b[:, 0], kind="stable")
        values = b[order, 0]
        after = np.concatenate([np.cumsum(wb[order][::-1])[::-1], [0]])
        return int((wa * after[np.searchsorted(values, t[:, 0], side="left")]).sum())
    if d == 2:
        return _pairs_2d(t, wa, b, wb)
    if len(a) * len(b) > budget:
        return None
    total = 0
    step = max(1, (1 << 22) // len(b))
    columns = [np.ascontiguousarray(b[:, c]) for c in range(d)]
    for start in range(0, len(a), step):
        query = t[start:start + step]
        # column by column: a reduction over a short last axis costs ten times more
        hit = columns[0][None, :] >= query[:, 0, None]
        for c in range(1, d):
            hit &= columns[c][None, :] >= query[:, c, None]
        total += int(wa[start:start + step] @ (hit @ wb))
    return total


def _pairs_2d(t: IntArray, wa: IntArray, b: IntArray, wb: IntArray) -> int:
    """Weighted dominance counting in two columns: ``sum wa[i] * wb[j]`` over the pairs
    with ``b[j] >= t[i]``, in ``O((n + m) log n)``, one array pass per bit.

    With ``b`` sorted by its first column, query ``i`` wants the positions ``[start, n)``
    whose second column has a rank of at least ``floor``. A wavelet matrix over the ranks
    (Claude, Navarro and Ordóñez 2015) answers that for all queries at once: going down
    the rank's bits from the highest, where ``floor`` has a 0 every element of the range
    with a 1 is above it and counted, and the range follows the elements whose bit
    matches ``floor``'s; those left at the end equal it.
    """
    n = len(b)
    order = np.argsort(b[:, 0], kind="stable")
    lo = np.searchsorted(b[order, 0], t[:, 0], side="left")
    second, weight = b[order, 1], wb[order]
    by_value = np.argsort(second, kind="stable")
    values = np.empty(n, dtype=np.int64)  # the rank of each position's second column
    values[by_value] = np.arange(n)
    floor = np.searchsorted(second[by_value], t[:, 1], side="left")
    hi = np.where(floor < n, n, lo)  # a floor of n: no rank reaches it
    counted = np.zeros(len(t), dtype=np.int64)
    zeros_before = np.zeros(n + 1, dtype=np.int64)
    ones_weight = np.zeros(n + 1, dtype=np.int64)
    for bit in range(max(1, (n - 1).bit_length()) - 1, -1, -1):
        ones = ((values >> bit) & 1).astype(bool)
        np.cumsum(~ones, out=zeros_before[1:])
        np.cumsum(np.where(ones, weight, 0), out=ones_weight[1:])
        zero = ((floor >> bit) & 1) == 0
        counted += np.where(zero, ones_weight[hi] - ones_weight[lo], 0)
        zeros_lo, zeros_hi, zeros = zeros_before[lo], zeros_before[hi], zeros_before[n]
        lo = np.where(zero, zeros_lo, zeros + lo - zeros_lo)
        hi = np.where(zero, zeros_hi, zeros + hi - zeros_hi)
        stable = np.concatenate([np.flatnonzero(~ones), np.flatnonzero(ones)])
        values, weight = values[stable], weight[stable]
    before = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(weight, out=before[1:])
    counted += before[hi] - before[lo]
    return int((wa * counted).sum())


def _merge_rows(rows: IntArray, weight: NDArray[np.generic]) -> tuple[IntArray,
                                                                       NDArray[np.generic]]:
    """Distinct rows, with the weights of equal rows added."""
    if len(rows) == 0:
        return rows, weight
    order = _row_order(rows)
    rows, weight = rows[order], weight[order]
    starts = np.ones(len(rows), dtype=bool)
    starts[1:] = (rows[1:] != rows[:-1]).any(axis=1)
    first = np.flatnonzero(starts)
    return rows[first], np.add.reduceat(weight, first)


def _row_order(rows: IntArray) -> IntArray:
    """An order that puts equal rows next to each other: one sort of a mixed-radix packing
    of the row when its ranges allow, a lexicographic sort otherwise."""
    low = rows.min(axis=0)
    width = rows.max(axis=0) - low + 1
    if math.prod(int(w) for w in width) >= 2**62:
        return np.lexsort(tuple(rows[:, c] for c in reversed(range(rows.shape[1]))))
    packed = np.zeros(len(rows), dtype=np.int64)
    for c in range(rows.shape[1]):
        packed = packed * int(width[c]) + (rows[:, c] - low[c])
    return np.argsort(packed, kind="stable")


@dataclass(frozen=True)
class Estimate:
    """A sampled estimate of the agreement space's size, with a 95% Wilson interval."""

    value: float
    low: float
    high: float
    samples: int

    def to_dict(self) -> dict[str, float | int]:
        return {"value": self.value, "low": self.low, "high": self.high,
                "samples": self.samples}


def estimate_agreements(space: Space, *, samples: int = 50_000, seed: int = 0) -> Estimate:
    """Estimate the agreement space's size by sampling outcomes that cross no red line
    (each box of the space in proportion to its size; uniformly over the whole outcome
    space where interaction terms tie too many issues together for stages)."""
    try:
        boxes = build_boxes(space)
    except TooCoupled:
        return _estimate_by_outcomes(space, samples, seed)
    sizes = np.array([float(math.prod(len(s) for s in box)) for box in boxes])
    feasible = float(sizes.sum())
    if feasible == 0:
        return Estimate(0.0, 0.0, 0.0, 0)
    from ..seeds import generator

    rng = generator(seed)
    hits = 0
    done = 0
    while done < samples:
        batch = min(65_536, samples - done)
        utility = np.zeros((batch, space.party_count))
        if len(boxes) == 1:
            for stage in boxes[0]:
                utility += stage.utility[rng.integers(len(stage), size=batch)]
        else:
            which = rng.choice(len(boxes), size=batch, p=sizes / feasible)
            for b, box in enumerate(boxes):
                mine = which == b
                if not mine.any():
                    continue
                for stage in box:
                    utility[mine] += stage.utility[rng.integers(len(stage),
                                                                size=int(mine.sum()))]
        hits += int(meets(utility, space.reservations).sum())
        done += batch
    return _wilson(hits, done, feasible)


def _estimate_by_outcomes(space: Space, samples: int, seed: int) -> Estimate:
    """:func:`estimate_agreements` by uniform samples of whole outcomes."""
    from ..seeds import generator

    rng = generator(seed)
    sizes = np.array(space.sizes, dtype=np.int64)
    hits = done = 0
    while done < samples:
        batch = min(65_536, samples - done)
        rows = (rng.random((batch, len(sizes))) * sizes).astype(np.int64)
        ok = ~space.violations(rows).any(axis=1)
        hits += int((ok & meets(space.utilities(rows), space.reservations)).sum())
        done += batch
    return _wilson(hits, done, float(space.outcome_count))


def _wilson(hits: int, done: int, total: float) -> Estimate:
    """``hits`` of ``done`` samples scaled to ``total``, with the 95% Wilson score interval
    (Wilson 1927, "Probable inference, the law of succession, and statistical inference")."""
    share, z = hits / done, 1.96
    centre = (share + z * z / (2 * done)) / (1 + z * z / done)
    spread = math.sqrt(share * (1 - share) / done + z * z / (4 * done * done))
    half = z * spread / (1 + z * z / done)
    return Estimate(float(share * total), float(max(0.0, centre - half) * total),
                    float(min(1.0, centre + half) * total), done)
