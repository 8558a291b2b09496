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

When the partial sums visited outgrow a budget of work (not of time: results do not
depend on the machine), the count falls back to
enumeration for spaces small enough, and is otherwise reported as unknown (``None``);
:func:`estimate_agreements` then gives a sampled estimate with its confidence interval.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from ..scenario.model import exact
from ..space import Space
from ._tolerance import TOL, meets
from .frontier import enumeration_count
from .stages import Stage, TooCoupled, build_stages

__all__ = ["Estimate", "count_agreements", "estimate_agreements"]

IntArray = NDArray[np.int64]

#: The most partial sums the dynamic programme may visit, over all stages, before it
#: gives up (a count of work, not of time, so that results do not depend on the machine).
WORK_BUDGET = 1_000_000
#: The largest outcome space counted by enumeration when the programme gives up.
ENUMERATION_LIMIT = 2_000_000
_MAX_LATTICE = 10**12
_FLOAT_SCALE = 1e12


def count_agreements(space: Space, reservations: Sequence[float] | None = None, *,
                     active: Sequence[int] | None = None,
                     budget: int = WORK_BUDGET) -> int | None:
    """The number of outcomes that cross none of the ``active`` red lines (all binding
    ones by default) and reach every reservation; ``None`` when that cannot be counted
    within the budget."""
    r = space.reservations if reservations is None else np.asarray(reservations, dtype=float)
    try:
        stages = build_stages(space, active)
    except TooCoupled:
        return _enumerate_or_none(space, r, active)
    if any(len(s) == 0 for s in stages):
        return 0
    low = sum(s.utility.min(axis=0) for s in stages)
    high = sum(s.utility.max(axis=0) for s in stages)
    if (high < r - TOL).any():
        return 0
    bound = [p for p in range(space.party_count) if low[p] < r[p] - TOL]
    if not bound:
        return math.prod(len(s) for s in stages)
    # Reservations passed in are read exactly as the doubles given (the file's decimals
    # otherwise).
    exact_r = space.exact_reservations if reservations is None else tuple(
        exact(float(x)) for x in r)
    units, thresholds = _lattice(space, stages, r, bound, exact_r)
    counted = _count(units, thresholds, math.prod(len(s) for s in stages), budget)
    if counted is None:
        return _enumerate_or_none(space, r, active)
    return counted


def _enumerate_or_none(space: Space, r: NDArray[np.float64],
                       active: Sequence[int] | None) -> int | None:
    if space.outcome_count > ENUMERATION_LIMIT:
        return None
    return enumeration_count(space, r, active)


def _lattice(space: Space, stages: Sequence[Stage], r: NDArray[np.float64],
             bound: Sequence[int], exact_r: Sequence[Fraction]
             ) -> tuple[list[IntArray], IntArray]:
    """Each stage's choices as integer utility steps for the bound parties, and the step
    count each party must reach."""
    exact = space.exact_contributions
    columns: list[list[IntArray]] = [[] for _ in stages]
    thresholds = []
    for p in bound:
        denominator = 1
        for rows in exact:
            for row in rows:
                denominator = math.lcm(denominator, row[p].denominator)
                if denominator > _MAX_LATTICE:
                    break
            if denominator > _MAX_LATTICE:
                break
        if denominator <= _MAX_LATTICE:
            table = [np.array([int(row[p] * denominator) for row in rows], dtype=np.int64)
                     for rows in exact]
            need = Fraction(exact_r[p]) - Fraction(1, 10**9)
            thresholds.append(math.ceil(need * denominator))
        else:
            table = [np.rint(c[:, p] * _FLOAT_SCALE).astype(np.int64)
                     for c in space.contributions]
            thresholds.append(int(np.rint((r[p] - TOL) * _FLOAT_SCALE)))
        for k, stage in enumerate(stages):
            total = np.zeros(len(stage), dtype=np.int64)
            for j, issue_index in enumerate(stage.issues):
                total += table[issue_index][stage.choices[:, j]]
            columns[k].append(total)
    return [np.stack(c, axis=1) for c in columns], np.array(thresholds, dtype=np.int64)


def _count(units: list[IntArray], need: IntArray, total: int, budget: int) -> int | None:
    big = total >= 2**62
    dtype = object if big else np.int64
    spread = [int((u.max(axis=0) - u.min(axis=0)).max()) for u in units]
    order = sorted(range(len(units)), key=lambda k: -spread[k])
    stages = [_merge_rows(units[k], np.ones(len(units[k]), dtype=dtype)) for k in order]
    lows = np.array([s[0].min(axis=0) for s in stages])
    highs = np.array([s[0].max(axis=0) for s in stages])
    rest_low = np.concatenate([np.cumsum(lows[::-1], axis=0)[::-1][1:], [np.zeros_like(need)]])
    rest_high = np.concatenate([np.cumsum(highs[::-1], axis=0)[::-1][1:],
                                [np.zeros_like(need)]])
    state = np.zeros((1, len(need)), dtype=np.int64)
    counts = np.ones(1, dtype=dtype)
    work = 0
    for (rows, mult), low, high in zip(stages, rest_low, rest_high, strict=True):
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
            return 0
    return int(counts.sum())


def _merge_rows(rows: IntArray, weight: NDArray[np.generic]) -> tuple[IntArray,
                                                                       NDArray[np.generic]]:
    """Distinct rows, with the weights of equal rows added."""
    if len(rows) == 0:
        return rows, weight
    order = np.argsort(_packed(rows), kind="stable")
    rows, weight = rows[order], weight[order]
    starts = np.ones(len(rows), dtype=bool)
    starts[1:] = (rows[1:] != rows[:-1]).any(axis=1)
    first = np.flatnonzero(starts)
    return rows[first], np.add.reduceat(weight, first)


def _packed(rows: IntArray) -> IntArray:
    """One sortable integer per row (mixed radix) when the rows' ranges allow it."""
    low = rows.min(axis=0)
    width = rows.max(axis=0) - low + 1
    if math.prod(int(w) for w in width) >= 2**62:
        return np.lexsort(tuple(rows[:, c] for c in reversed(range(rows.shape[1])))).argsort()
    packed = np.zeros(len(rows), dtype=np.int64)
    for c in range(rows.shape[1]):
        packed = packed * int(width[c]) + (rows[:, c] - low[c])
    return packed


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
    """Estimate the agreement space's size by sampling outcomes that cross no red line."""
    stages = build_stages(space)
    feasible = math.prod(len(s) for s in stages)
    if feasible == 0:
        return Estimate(0.0, 0.0, 0.0, 0)
    rng = np.random.default_rng(seed)
    hits = 0
    done = 0
    while done < samples:
        batch = min(65_536, samples - done)
        utility = np.zeros((batch, space.party_count))
        for stage in stages:
            utility += stage.utility[rng.integers(len(stage), size=batch)]
        hits += int(meets(utility, space.reservations).sum())
        done += batch
    share, z = hits / done, 1.96
    centre = (share + z * z / (2 * done)) / (1 + z * z / done)
    spread = math.sqrt(share * (1 - share) / done + z * z / (4 * done * done))
    half = z * spread / (1 + z * z / done)
    return Estimate(float(share * feasible), float(max(0.0, centre - half) * feasible),
                    float(min(1.0, centre + half) * feasible), done)
