"""The smallest sets of red lines whose removal alone would open an agreement.

When the agreement space is empty, a set ``S`` of red lines opens it exactly when some
outcome that reaches every reservation crosses no red line outside ``S``. So the minimal
concession sets are the inclusion-minimal *crossing sets* (the red lines an outcome
crosses) among the outcomes that reach every reservation.

One pass over the stages finds them all, instead of re-analysing the scenario for every
subset: the state is a partial outcome's crossing set (a bit mask, pruned beyond the
largest size asked for) and its utilities for the parties whose reservation can bind.
Within one crossing set only non-dominated utilities are kept; utilities that can no
longer reach a reservation are dropped, and utilities sure to reach one are clipped to
it, so that the states stay few.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from ..budget import WorkBudget
from ..space import Space
from ._tolerance import TOL, keys
from .frontier import frontier_points
from .pareto import nondominated
from .stages import Stage, TooCoupled, build_stages

__all__ = ["minimal_concession_sets", "order_concessions"]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]

_TRACKABLE = 62


def minimal_concession_sets(space: Space, max_size: int = 3,
                            budget: WorkBudget | None = None) -> list[tuple[int, ...]]:
    """The minimal concession sets of at most ``max_size`` red lines, as tuples of indices
    into ``space.red_lines`` (ascending), in the format's order. The partial sums and
    dominance filters (or frontiers) it computes are charged to ``budget`` first, when
    given (frontiers to a default budget each otherwise).

    Call it when the agreement space is empty; otherwise the answer is the empty set.
    """
    n = len(space.red_lines)
    if max_size < 1 or n == 0:
        return []
    if n > _TRACKABLE:
        found = _by_subsets(space, max_size, budget)
    else:
        try:
            stages = build_stages(space, active=(), track=range(n))
        except TooCoupled:
            found = _by_subsets(space, max_size, budget)
        else:
            found = _by_masks(space, stages, max_size, budget)
    return order_concessions(space, found)


def order_concessions(space: Space, sets: Sequence[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Smaller sets first, then by the sorted names of their red lines."""
    names = [r.name for r in space.red_lines]
    return sorted((tuple(sorted(s)) for s in sets),
                  key=lambda s: (len(s), sorted(names[k] for k in s)))


def _by_masks(space: Space, stages: Sequence[Stage], max_size: int,
              budget: WorkBudget | None = None) -> list[tuple[int, ...]]:
    r = space.reservations
    low = sum(s.utility.min(axis=0) for s in stages)
    bound = [p for p in range(space.party_count) if low[p] < r[p] - TOL]
    # ``sure`` is what a party's utility must reach; ``need`` allows for rounding in the
    # sums. A state sure to reach ``sure`` is clipped to ``sure - floor`` (not to ``need -
    # floor``): adding the later stages back in floating point may lose an ulp, and a
    # state clipped to the bare limit could then fall below it and be dropped.
    sure = r[bound] - TOL
    need = sure - 1e-12
    lows = np.array([s.utility[:, bound].min(axis=0) for s in stages]).reshape(len(stages), -1)
    highs = np.array([s.utility[:, bound].max(axis=0) for s in stages]).reshape(len(stages), -1)
    rest_low = np.concatenate([np.cumsum(lows[::-1], axis=0)[::-1][1:],
                               np.zeros((1, len(bound)))])
    rest_high = np.concatenate([np.cumsum(highs[::-1], axis=0)[::-1][1:],
                                np.zeros((1, len(bound)))])
    masks = np.zeros(1, dtype=np.int64)
    utility = np.zeros((1, len(bound)))
    for stage, floor, ceiling in zip(stages, rest_low, rest_high, strict=True):
        crossed, gain = _reduce(stage.crossed, stage.utility[:, bound], budget)
        m = len(crossed)
        if budget is not None:
            budget.charge(len(masks) * m * (len(bound) + 1))
        new_masks = (masks[:, None] | crossed[None, :]).reshape(-1)
        new_utility = (utility[:, None, :] + gain[None, :, :]).reshape(len(masks) * m, len(bound))
        small = _popcount(new_masks) <= max_size
        alive = small & (new_utility + ceiling >= need).all(axis=1)
        new_masks, new_utility = new_masks[alive], new_utility[alive]
        np.minimum(new_utility, sure - floor, out=new_utility)
        masks, utility = _reduce(new_masks, new_utility, budget)
        if not len(masks) or m == 0:
            return []
    feasible = sorted(set(masks.tolist()), key=lambda x: (_popcount_one(x), x))
    minimal: list[int] = []
    for mask in feasible:
        if not any(mask & smaller == smaller for smaller in minimal):
            minimal.append(mask)
    return [tuple(k for k in range(len(space.red_lines)) if mask >> k & 1) for mask in minimal]


def _reduce(masks: IntArray, utility: FloatArray, budget: WorkBudget | None = None
            ) -> tuple[IntArray, FloatArray]:
    """Keep, for each crossing set, only its non-dominated utilities."""
    if len(masks) == 0:
        return masks, utility
    k = keys(utility)
    rows = np.concatenate([masks[:, None], k], axis=1)
    _, first = np.unique(rows, axis=0, return_index=True)
    masks, utility, k = masks[first], utility[first], k[first]
    d = utility.shape[1]
    if d == 0:
        return masks, utility
    if d == 1:
        order = np.lexsort((-k[:, 0], masks))
        top = np.ones(len(order), dtype=bool)
        top[1:] = masks[order][1:] != masks[order][:-1]
        keep = order[top]
        return masks[keep], utility[keep]
    keep_parts = []
    order = np.argsort(masks, kind="stable")
    bounds = np.flatnonzero(np.diff(masks[order])) + 1
    for group in np.split(order, bounds):
        keep_parts.append(group[nondominated(k[group], budget)])
    keep = np.concatenate(keep_parts)
    return masks[keep], utility[keep]


def _popcount(masks: IntArray) -> IntArray:
    count = np.zeros(len(masks), dtype=np.int64)
    value = masks.copy()
    while value.any():
        count += value & 1
        value >>= 1
    return count


def _popcount_one(mask: int) -> int:
    return bin(mask).count("1")


def _by_subsets(space: Space, max_size: int, budget: WorkBudget | None = None
                ) -> list[tuple[int, ...]]:
    """The same answer subset by subset, for scenarios with too many red lines for masks."""
    n = len(space.red_lines)
    found: list[tuple[int, ...]] = []
    for size in range(1, max_size + 1):
        for subset in itertools.combinations(range(n), size):
            if any(set(f) <= set(subset) for f in found):
                continue
            kept = [k for k in range(n) if k not in subset]
            if len(frontier_points(space, active=kept, budget=budget)):
                found.append(subset)
    return found
