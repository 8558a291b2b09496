"""Strategies that learn the other side's preferences: frequency and Nash-seeking.

Both keep a :class:`~zopa.simulate.strategies.opponent.FrequencyModel` of the other
negotiators' offers (one model over all of them when there are several).

- :class:`Frequency` (after HardHeaded, ANAC 2011): concedes in time like a Boulware
  (``e``), and among its acceptable outcomes whose own utility lies within ``window`` above
  the level, offers the one the model says the other side likes best; before any offer
  from the other side, its best.
- :class:`NashSeeker`: estimates the Nash point of the negotiation as the outcome of its
  pool that maximises ``(own utility - reservation) * (modelled utility of the other)``,
  the model's utilities rescaled to [0, 1] over the pool (its reservation unknown),
  concedes in time (``e``) but not below that point's own utility before its last turn,
  and offers the outcome at or above its level with the largest estimated Nash product.

Both accept with ``AC_next``. The pool queried is at most :data:`MAX_SCAN` outcomes
(evenly spread by rank, the best kept) so a turn costs a bounded amount.

>>> Frequency().name, NashSeeker(e=2).name
('frequency', 'nash-seeker:e=2')
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ..pool import Pool
from ..view import View, times
from .base import Metadata, Strategy
from .opponent import FrequencyModel
from .parts import NextOffer, TimeDependent

__all__ = ["MAX_SCAN", "Frequency", "NashSeeker"]

IntArray = NDArray[np.int64]

#: The most pool entries a learning strategy scores at one turn.
MAX_SCAN = 4096


class _Learning(Strategy):
    e: float

    def __init__(self, e: float | None = None) -> None:
        self.concession = TimeDependent(self.metadata.parameters["e"] if e is None
                                        else float(e))
        self.e = self.concession.e
        self.acceptance = NextOffer()

    def reset(self, view: View, rng: np.random.Generator) -> None:
        self.model = FrequencyModel(view.me.sizes)
        self._seen = 0
        pool = view.pool
        self._levels = self.concession.levels(times(view.turns), pool.best, pool.reservation)

    def _learn(self, view: View) -> None:
        for event in view.history.since(self._seen):
            if event.party != view.me.index and event.move == "offer" and event.outcome:
                self.model.observe(event.outcome)
        self._seen = len(view.history)

    def level(self, view: View) -> float:
        return float(self._levels[view.turn]) if len(view.pool) else np.inf


def _scan(lo: int, hi: int) -> IntArray:
    """At most MAX_SCAN indices of ``[lo, hi)``, evenly spread, ``hi - 1`` included."""
    if hi - lo <= MAX_SCAN:
        return np.arange(lo, hi, dtype=np.int64)
    return np.unique(np.linspace(lo, hi - 1, MAX_SCAN).round().astype(np.int64))


class Frequency(_Learning):
    """Boulware-like concession; within the window above the level, the offer the
    frequency model rates best for the other side."""

    metadata = Metadata("frequency", "learning", reactive=True, stochastic=False,
                        models_opponent=True, parameters={"e": 0.2, "window": 0.1},
                        reference="van Krimpen et al. 2013 (HardHeaded); Baarslag et al. "
                                  "2016")

    def __init__(self, e: float | None = None, window: float | None = None) -> None:
        super().__init__(e)
        window = self.metadata.parameters["window"] if window is None else float(window)
        if not window >= 0:
            raise ValueError(f"the window must be >= 0, got {window}")
        self.window = window

    def offer_index(self, view: View) -> int:
        self._learn(view)
        pool = view.pool
        level = self._levels[view.turn]
        lo = int(pool.at_least(np.array(level)))
        if lo >= len(pool) or self.model.observed == 0:
            return pool.best_index
        hi = max(int(pool.above(np.array(level + self.window))), lo + 1)
        return _best_for_model(pool, _scan(lo, hi), self.model)


class NashSeeker(_Learning):
    """Concedes in time towards its estimate of the Nash point, never past it."""

    metadata = Metadata("nash-seeker", "learning", reactive=True, stochastic=False,
                        models_opponent=True, parameters={"e": 1.0},
                        reference="Nash 1950; frequency model as in Baarslag et al. 2016")

    def offer_index(self, view: View) -> int:
        self._learn(view)
        pool = view.pool
        if self.model.observed == 0:
            return pool.best_index
        candidates = _scan(0, len(pool))
        estimate = self.model.utility(pool.outcomes[candidates])
        low = estimate.min()
        other = (estimate - low) / max(float(estimate.max() - low), 1e-12)
        gain = np.maximum(pool.utility[candidates] - pool.reservation, 0.0)
        product = gain * other
        nash = candidates[int(np.argmax(product))]
        self._floor = float(pool.utility[nash])
        level = float(self._levels[view.turn])
        if view.turn < view.turns - 1:  # at its last turn, any acceptable deal beats none
            level = max(level, self._floor)
        above = pool.utility[candidates] >= level - 1e-9
        masked = np.where(above, product, -np.inf)
        return int(candidates[int(np.argmax(masked))])

    def level(self, view: View) -> float:
        base = super().level(view)
        return max(base, getattr(self, "_floor", -np.inf))


def _best_for_model(pool: Pool, index: IntArray, model: FrequencyModel) -> int:
    """Among pool entries ``index``, the one the model rates best; ties to the higher own
    utility (the later entry)."""
    score = model.utility(pool.outcomes[index])
    best = np.flatnonzero(score >= score.max() - 1e-12)
    return int(index[best[-1]])
