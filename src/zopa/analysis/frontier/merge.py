"""``method="merge"``: the frontier built stage by stage (see
:mod:`zopa.analysis.stages`). The frontier of a sum of independent parts is the frontier
of the sum of the parts' frontiers, so after each stage only the non-dominated partial
sums are kept (Minkowski-sum merging with pruning). Partial sums that can no longer reach
some party's reservation, whatever the remaining stages add, are dropped on the way; so
the cost grows with the size of the frontier, not with the number of outcomes. Where
multi-issue red lines chain many issues together, the space is cut into disjoint boxes
(:func:`zopa.analysis.stages.build_boxes`), merged one by one, and the frontier of
their union kept (:func:`union`).

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> from zopa.analysis.stages import build_stages
>>> space = compile_space(load_example("job-offer"))
>>> len(merge(space, build_stages(space), space.reservations)) > 0
True
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from ...budget import WorkBudget
from ...space import Space
from .._tolerance import TOL, keys, meets
from ..pareto import nondominated
from ..stages import Stage
from .points import (
    PointSet,
    empty,
    first_occurrences,
    first_per_key,
    two_party_front,
)

__all__ = ["merge", "union"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

_CANDIDATES = 1 << 21
_UNITS_PER_SUM = 4  # units of work per partial sum and party: the sum, its key, its sort


def union(parts: Sequence[PointSet], budget: WorkBudget | None = None) -> PointSet:
    """The frontier of a union of disjoint parts, from the parts' frontiers (its
    comparisons charged to ``budget``)."""
    k = np.concatenate([p.keys for p in parts])
    utility = np.concatenate([p.utility for p in parts])
    outcomes = np.concatenate([p.outcomes for p in parts])
    if not len(k):
        return PointSet(k, utility, outcomes)
    rep = first_per_key(k, lambda idx: outcomes[idx])
    keep = rep[nondominated(k[rep], budget)]
    return PointSet(k[keep], utility[keep], outcomes[keep])


def merge(space: Space, stages: Sequence[Stage], r: FloatArray,
          budget: WorkBudget | None = None) -> PointSet:
    """The frontier of the stages' sums that reach ``r``. With ``budget``, the partial
    sums of every step and the dominance filters' comparisons are charged to it before
    they are computed, so a frontier that would explode raises
    :class:`~zopa.budget.BudgetExceeded` instead."""
    d = space.party_count
    n_issues = len(space.issues)
    if any(len(s) == 0 for s in stages):
        return empty(d, n_issues)
    # What each party can still gain after each stage, for pruning hopeless partial sums.
    best = np.array([s.utility.max(axis=0) for s in stages])
    still = np.concatenate([np.cumsum(best[::-1], axis=0)[::-1][1:], np.zeros((1, d))])
    utility = np.zeros((1, d))
    outcomes = np.full((1, n_issues), -1, dtype=np.int64)
    covered: list[int] = []
    for stage, reachable in zip(stages, still, strict=True):
        covered = sorted([*covered, *stage.issues])
        options = _stage_frontier(stage, budget)
        need = r - reachable
        step = _two_party_step(utility, options, need, budget) if d == 2 else None
        if step is None:
            step = _step(utility, outcomes, options, covered, need, budget)
        prev, choice, utility = step
        if budget is not None:
            budget.charge(len(prev) * n_issues)
        rows = outcomes[prev]
        rows[:, list(stage.issues)] = options.choices[choice]
        outcomes = rows
        if not len(utility):
            return empty(d, n_issues)
    ok = meets(utility, r)
    return PointSet(keys(utility[ok]), utility[ok], outcomes[ok])


def _two_party_step(utility: FloatArray, stage: Stage, need: FloatArray,
                    budget: WorkBudget | None = None
                    ) -> tuple[IntArray, IntArray, FloatArray] | None:
    """One merge step for two parties in a handful of array operations: one sort of the
    packed keys and a running maximum. ``None`` (use the general step) when the candidates
    are too many for one pass or two of them reach the same point, where the tie needs
    the outcomes compared."""
    f, m = len(utility), len(stage)
    if f * m > _CANDIDATES:
        return None
    if budget is not None:
        budget.charge(f * m * 2 * _UNITS_PER_SUM)
    total = (utility[:, None, :] + stage.utility[None, :, :]).reshape(f * m, 2)
    index = np.arange(f * m)
    if (need > TOL).any():
        viable = (total >= need - TOL - 1e-12).all(axis=1)
        total, index = total[viable], index[viable]
        if not len(index):
            return index, index, total
    keep = two_party_front(keys(total))
    if keep is None:
        return None
    index = index[keep]
    return index // m, index % m, total[keep]


def _stage_frontier(stage: Stage, budget: WorkBudget | None = None) -> Stage:
    """The stage's own non-dominated choices; among equal ones the first (smallest)."""
    k = keys(stage.utility)
    keep = two_party_front(k)
    if keep is None:
        first = first_occurrences(k)
        keep = first[nondominated(k[first], budget)]
    return Stage(stage.issues, stage.choices[keep], stage.utility[keep], stage.crossed[keep])


def _step(utility: FloatArray, outcomes: IntArray, stage: Stage, covered: list[int],
          need: FloatArray, budget: WorkBudget | None = None
          ) -> tuple[IntArray, IntArray, FloatArray]:
    """Add a stage to every partial sum; keep the non-dominated sums that can still reach
    ``need`` (reservation minus what later stages can add)."""
    f, m = len(utility), len(stage)
    per_chunk = max(1, _CANDIDATES // m)
    prune = bool((need > TOL).any())
    parts = []
    for start in range(0, f, per_chunk):
        stop = min(f, start + per_chunk)
        if budget is not None:
            budget.charge((stop - start) * m * need.size * _UNITS_PER_SUM)
        prev = (np.arange(start, stop)[:, None] + np.zeros((1, m), dtype=np.int64)).ravel()
        choice = np.tile(np.arange(m), stop - start)
        total = (utility[start:stop, None, :] + stage.utility[None, :, :]).reshape(-1,
                                                                                  need.size)
        if prune:
            viable = (total >= need - TOL - 1e-12).all(axis=1)
            prev, choice, total = prev[viable], choice[viable], total[viable]
        parts.append(_reduce(prev, choice, total, outcomes, stage, covered, budget))
    if len(parts) == 1:
        return parts[0]
    prev = np.concatenate([p[0] for p in parts])
    choice = np.concatenate([p[1] for p in parts])
    total = np.concatenate([p[2] for p in parts])
    return _reduce(prev, choice, total, outcomes, stage, covered, budget)


def _reduce(prev: IntArray, choice: IntArray, total: FloatArray, outcomes: IntArray,
            stage: Stage, covered: list[int], budget: WorkBudget | None = None
            ) -> tuple[IntArray, IntArray, FloatArray]:
    if len(prev) == 0:
        return prev, choice, total
    k = keys(total)
    fast = two_party_front(k)
    if fast is not None:
        return prev[fast], choice[fast], total[fast]
    rep = first_per_key(k, lambda idx: _rows(outcomes, stage, prev[idx], choice[idx],
                                              covered))
    keep = rep[nondominated(k[rep], budget)]
    return prev[keep], choice[keep], total[keep]


def _rows(outcomes: IntArray, stage: Stage, prev: IntArray, choice: IntArray,
          covered: list[int]) -> IntArray:
    rows = outcomes[prev]
    rows[:, list(stage.issues)] = stage.choices[choice]
    return rows[:, covered]
