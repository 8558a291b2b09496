"""The swappable parts a strategy is made of: how far it concedes over time, which
outcome it offers for a target level, and when it accepts.

Every part works on arrays, so that one strategy plays many sessions at once (the batched
protocol) with the very same arithmetic as one session played turn by turn. Following
NegMAS's time-based negotiators (concession and acceptance curves as arguments) and
Baarslag et al.'s BOA architecture (Bidding, Opponent model, Acceptance: "Decoupling
negotiating agents to explore the space of negotiation strategies", 2014).

>>> import numpy as np
>>> TimeDependent(e=1.0).levels(np.array([0.0, 0.5, 1.0]), best=1.0, reservation=0.2).round(9)
array([1. , 0.6, 0.2])
>>> NextOffer().threshold(np.array([0.7]), reservation=0.2).tolist()
[0.7]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from ..pool import Pool

__all__ = [
    "Acceptance",
    "AnyAcceptable",
    "Concession",
    "Constant",
    "InBand",
    "NextOffer",
    "OfferChoice",
    "TimeDependent",
    "Uniform",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


class Concession(Protocol):
    """The level of own utility a negotiator aims at, over relative time."""

    def levels(self, t: FloatArray, best: float, reservation: float) -> FloatArray: ...


@dataclass(frozen=True)
class TimeDependent:
    """Faratin, Sierra and Jennings (1998), as in GENIUS's ``TimeDependentAgent``:
    ``level(t) = r + (best - r) * (1 - t ** (1 / e))``. ``e < 1`` concedes late
    (Boulware), ``e = 1`` linearly, ``e > 1`` early (Conceder)."""

    e: float = 1.0

    def __post_init__(self) -> None:
        if not self.e > 0:
            raise ValueError(f"the exponent e must be positive, got {self.e}")

    def levels(self, t: FloatArray, best: float, reservation: float) -> FloatArray:
        floor = min(reservation, best)
        return floor + (best - floor) * (1.0 - np.power(t, 1.0 / self.e))


@dataclass(frozen=True)
class Constant:
    """Never concede: always aim at the best."""

    def levels(self, t: FloatArray, best: float, reservation: float) -> FloatArray:
        return np.full(np.shape(t), best)


class OfferChoice(Protocol):
    """Which pool entry to offer for a target level; ``draws`` are uniforms in [0, 1)
    from the negotiator's own generator (ignored by deterministic choices)."""

    def pick(self, pool: Pool, levels: FloatArray, draws: FloatArray) -> IntArray: ...


@dataclass(frozen=True)
class InBand:
    """An outcome whose own utility lies in ``[level, level + band]``: the first such
    (the nearest at or above the level, ties in outcome order) when ``band`` is 0, one
    at random otherwise. When nothing reaches the level, the best outcome."""

    band: float = 0.0

    def pick(self, pool: Pool, levels: FloatArray, draws: FloatArray) -> IntArray:
        levels = np.broadcast_to(levels, np.shape(draws))
        lo = pool.at_least(levels)
        if self.band > 0:
            hi = np.minimum(pool.above(levels + self.band), len(pool))
            span = np.maximum(hi - lo, 1)
            lo = lo + np.minimum((draws * span).astype(np.int64), span - 1)
        return np.where(lo >= len(pool), pool.best_index, lo).astype(np.int64)


@dataclass(frozen=True)
class Uniform:
    """Any pool entry, uniformly at random, whatever the level."""

    def pick(self, pool: Pool, levels: FloatArray, draws: FloatArray) -> IntArray:
        n = len(pool)
        return np.minimum((np.asarray(draws) * n).astype(np.int64), n - 1)


class Acceptance(Protocol):
    """The least own utility at which an offer is accepted, given the own utility of the
    offer the negotiator would make instead. An offer is only ever accepted when it is
    also acceptable (no own red line crossed, reservation reached): that check is not a
    part, it is the strategy's contract."""

    def threshold(self, next_offer: FloatArray, reservation: float) -> FloatArray: ...


@dataclass(frozen=True)
class NextOffer:
    """``AC_next`` (Baarslag et al. 2014): accept what is at least as good as what I
    would offer now."""

    def threshold(self, next_offer: FloatArray, reservation: float) -> FloatArray:
        return np.asarray(next_offer, dtype=float)


@dataclass(frozen=True)
class AnyAcceptable:
    """Accept anything acceptable (reservation reached, no red line crossed)."""

    def threshold(self, next_offer: FloatArray, reservation: float) -> FloatArray:
        return np.full(np.shape(next_offer), reservation)
