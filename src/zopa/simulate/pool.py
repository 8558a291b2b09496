"""A negotiator's candidate offers: outcomes acceptable to it, sorted by its own utility.

Every strategy here needs "an outcome acceptable to me whose utility is near this level"
(a time-dependent agent's target, a tit-for-tat agent's reply) or "the best outcome for
my opponent model among those above this level". NegMAS and GENIUS answer it by sorting
the whole outcome space for every session; zopa builds, once per negotiator and scenario,
a sorted candidate set from the negotiator's own preferences only, and every query is a
binary search in it.

- Up to :data:`ENUMERATE_LIMIT` outcomes, the pool is *exact*: every outcome that crosses
  none of the negotiator's red lines and reaches its reservation.
- Above it, the outcome space is never enumerated. Own utility is additive over issues
  and own red lines split the issues into independent stages
  (:func:`zopa.analysis.stages.build_stages`), so a dynamic programme over the stages
  keeps, for every level of partial utility on a grid of :data:`LEVELS` steps, the best
  partial outcome and up to ``PER_LEVEL - 1`` others drawn with a fixed seed (the pool
  is a pure function of the negotiator's preferences). Partial outcomes that cannot
  reach the reservation whatever the later stages add are dropped. The pool then holds
  at most ``(LEVELS + 1) * PER_LEVEL`` outcomes, always contains an own best outcome,
  and has an outcome within ``stages / LEVELS`` of every level of own utility that an
  acceptable outcome reaches (each stage loses at most one grid step).

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> pool = candidate_pool(compile_space(load_example("job-offer")), 0)
>>> pool.exact, len(pool) > 100, round(pool.best, 3)
(True, True, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..analysis._tolerance import TOL
from ..analysis.frontier import iterate_outcomes
from ..analysis.stages import Stage, TooCoupled, build_boxes
from ..space import Space
from .own import frozen, own_preferences

__all__ = ["ENUMERATE_LIMIT", "LEVELS", "PER_LEVEL", "Pool", "candidate_pool"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: Outcome spaces up to this size are enumerated: the pool holds every acceptable outcome.
ENUMERATE_LIMIT = 1 << 16
#: The grid of own-utility levels of a pool built by stages.
LEVELS = 1000
#: How many outcomes a pool built by stages keeps per level.
PER_LEVEL = 3

_CANDIDATES = 1 << 20


@dataclass(frozen=True, eq=False)
class Pool:
    """Outcomes (rows of option indices) acceptable to one negotiator, by own utility
    ascending, ties in the order of the outcome space. ``exact`` when it holds every
    acceptable outcome."""

    outcomes: IntArray
    utility: FloatArray
    exact: bool
    reservation: float = 0.0

    def __len__(self) -> int:
        return len(self.utility)

    @property
    def best(self) -> float:
        """The highest own utility in the pool (``-inf`` when it is empty)."""
        return float(self.utility[-1]) if len(self) else -np.inf

    @property
    def best_index(self) -> int:
        """The first outcome, in the pool's order, whose utility is the best."""
        return int(np.searchsorted(self.utility, self.best - TOL, side="left"))

    def at_least(self, level: FloatArray) -> IntArray:
        """For each level, the first pool index whose utility reaches it (within 1e-9);
        ``len(self)`` where none does."""
        return np.searchsorted(self.utility, np.asarray(level) - TOL, side="left")

    def above(self, level: FloatArray) -> IntArray:
        """For each level, the first pool index whose utility exceeds it."""
        return np.searchsorted(self.utility, np.asarray(level) + TOL, side="right")

    def row(self, k: int) -> tuple[int, ...]:
        return tuple(self.outcomes[k].tolist())


def candidate_pool(space: Space, party: int, *, limit: int = ENUMERATE_LIMIT,
                   levels: int = LEVELS, per_level: int = PER_LEVEL) -> Pool:
    """The candidate offers of negotiator number ``party``, built from its own
    preferences, red lines and reservation only (see the module's docstring)."""
    own = own_preferences(space, party)
    if space.outcome_count <= limit:
        rows = np.concatenate(list(iterate_outcomes(space.sizes, chunk=max(limit, 1))))
        rows = rows[own.acceptable(rows)]
        exact = True
    else:
        rows = _by_stages(space, party, levels, per_level)
        rows = rows[own.acceptable(rows)]
        exact = False
    utility = own.utility(rows)
    if not exact:  # the stage order is not the order of the outcome space
        lex = np.lexsort(tuple(rows[:, c] for c in reversed(range(rows.shape[1]))))
        rows, utility = rows[lex], utility[lex]
    order = np.argsort(utility, kind="stable")
    return Pool(frozen(rows[order]), frozen(utility[order]), exact, own.reservation)


def _by_stages(space: Space, party: int, levels: int, per_level: int) -> IntArray:
    alone = space.for_party(party)
    from ..seeds import generator

    rng = generator(0)
    try:
        boxes = build_boxes(alone)
    except TooCoupled:
        return _by_ascent(alone, levels, per_level, rng)
    parts = [_box_candidates(alone, stages, levels, per_level, rng) for stages in boxes]
    if not parts:
        return np.empty((0, len(space.issues)), dtype=np.int64)
    rows = np.concatenate(parts)
    if len(parts) > 1 and len(rows):
        # Several disjoint boxes (red lines chaining many issues): thin their union the
        # same way, by the party's own utility.
        rows = rows[np.sort(_thin(alone.utilities(rows)[:, 0], levels, per_level, rng))]
    return rows


def _by_ascent(alone: Space, levels: int, per_level: int, rng: np.random.Generator
               ) -> IntArray:
    """Candidates where the negotiator's own interaction terms tie too many issues
    together for stages: seeded random packages, each improved issue by issue (the best
    option of one issue at a time, the others held) until no single change helps; every
    package on the way is a candidate, thinned by level like the stages' candidates. Not
    every level is reached, and the pool is not exact, but it never enumerates."""
    sizes = np.array(alone.sizes, dtype=np.int64)
    rows = (rng.random((max(64, levels * per_level // 4), len(sizes))) * sizes).astype(
        np.int64)
    seen = [rows.copy()]
    for _ in range(4 * len(sizes)):
        improved = False
        for i in range(len(sizes)):
            trials = np.repeat(rows, sizes[i], axis=0)
            trials[:, i] = np.tile(np.arange(sizes[i]), len(rows))
            gain = alone.utilities(trials)[:, 0].reshape(len(rows), sizes[i])
            best = np.argmax(gain, axis=1)
            moved = best != rows[:, i]
            moved &= gain[np.arange(len(rows)), best] > gain[np.arange(len(rows)), rows[:, i]]
            if moved.any():
                improved = True
                rows = rows.copy()
                rows[moved, i] = best[moved]
                seen.append(rows.copy())
        if not improved:
            break
    found = np.unique(np.concatenate(seen), axis=0)
    return found[_thin(alone.utilities(found)[:, 0], levels, per_level, rng)]


def _box_candidates(alone: Space, stages: Sequence[Stage], levels: int, per_level: int,
                    rng: np.random.Generator) -> IntArray:
    n = len(alone.issues)
    if any(len(s) == 0 for s in stages):
        return np.empty((0, n), dtype=np.int64)
    reservation = float(alone.reservations[0])
    best = np.array([float(s.utility[:, 0].max()) for s in stages])
    rest = np.concatenate([np.cumsum(best[::-1])[::-1][1:], [0.0]])
    sums = np.zeros(1)
    rows = np.full((1, n), -1, dtype=np.int64)
    for stage, later in zip(stages, rest, strict=True):
        gain = stage.utility[:, 0]
        m = len(gain)
        per_chunk = max(1, _CANDIDATES // m)
        kept_prev, kept_choice, kept_sum = [], [], []
        for start in range(0, len(sums), per_chunk):
            stop = min(len(sums), start + per_chunk)
            prev = np.repeat(np.arange(start, stop), m)
            choice = np.tile(np.arange(m), stop - start)
            total = sums[prev] + gain[choice]
            viable = total + later >= reservation - TOL
            prev, choice, total = prev[viable], choice[viable], total[viable]
            keep = _thin(total, levels, per_level, rng)
            kept_prev.append(prev[keep])
            kept_choice.append(choice[keep])
            kept_sum.append(total[keep])
        prev = np.concatenate(kept_prev)
        choice = np.concatenate(kept_choice)
        total = np.concatenate(kept_sum)
        if len(kept_sum) > 1:
            keep = _thin(total, levels, per_level, rng)
            prev, choice, total = prev[keep], choice[keep], total[keep]
        rows = rows[prev]
        rows[:, list(stage.issues)] = stage.choices[choice]
        sums = total
        if not len(sums):
            break
    return rows


def _thin(total: FloatArray, levels: int, per_level: int, rng: np.random.Generator
          ) -> IntArray:
    """Per level of ``total`` on a grid of ``levels`` steps: the largest, and up to
    ``per_level - 1`` others at random. Indices, ascending."""
    if not len(total):
        return np.empty(0, dtype=np.int64)
    level = np.floor(total * levels).astype(np.int64)
    top = np.lexsort((-total, level))
    first = np.ones(len(top), dtype=bool)
    first[1:] = level[top][1:] != level[top][:-1]
    chosen = np.zeros(len(total), dtype=bool)
    chosen[top[first]] = True
    if per_level > 1:
        shuffled = np.lexsort((rng.random(len(total)), chosen, level))
        lv = level[shuffled]
        starts = np.ones(len(lv), dtype=bool)
        starts[1:] = lv[1:] != lv[:-1]
        begin = np.maximum.accumulate(np.where(starts, np.arange(len(lv)), 0))
        rank = np.arange(len(lv)) - begin
        chosen[shuffled[rank < per_level - 1]] = True
    return np.flatnonzero(chosen)
