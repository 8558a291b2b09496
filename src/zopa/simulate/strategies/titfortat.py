"""Imitative strategies: relative and absolute tit-for-tat.

Faratin, Sierra and Jennings (1998) define imitative tactics issue by issue; zopa's
negotiators do not know the other side's utility, so the imitation is done in own
utility, where an opponent's concession shows as a gain for me between two of its
consecutive offers:

- absolute tit-for-tat: concede by as much utility as the other side's last move gave me,
  ``level -= u(last) - u(previous)``;
- (relative) tit-for-tat: shrink my demand above my reservation in the proportion the
  other side shrank the gap between its offers and my best,
  ``level - r *= (best - u(last)) / (best - u(previous))``.

A retraction is imitated too (the level rises, up to the best). Both start at the best,
offer the acceptable outcome nearest at or above the level, and accept with ``AC_next``.

>>> TitForTat().metadata.reactive, AbsoluteTitForTat().metadata.family
(True, 'imitative')
"""

from __future__ import annotations

import numpy as np

from ...analysis._tolerance import TOL
from ..view import View
from .base import Metadata, Strategy
from .parts import InBand, NextOffer

__all__ = ["AbsoluteTitForTat", "TitForTat"]

_REF = "Faratin, Sierra and Jennings 1998 (imitative tactics), in own utility"


class _Imitative(Strategy):
    def __init__(self) -> None:
        self.choice = InBand()
        self.acceptance = NextOffer()

    def reset(self, view: View, rng: np.random.Generator) -> None:
        self._target = view.pool.best
        self._seen = 0
        self._previous: float | None = None

    def _follow(self, view: View) -> float:
        pool = view.pool
        for event in view.history.since(self._seen):
            if event.party == view.me.index or event.move != "offer" or event.outcome is None:
                continue
            u = view.me.value(event.outcome)
            if self._previous is not None:
                self._target = self._imitate(self._target, self._previous, u, view)
            self._previous = u
        self._seen = len(view.history)
        self._target = min(max(self._target, float(pool.utility[0])), pool.best)
        return self._target

    def _imitate(self, target: float, previous: float, last: float, view: View) -> float:
        raise NotImplementedError

    def offer_index(self, view: View) -> int:
        k = int(view.pool.at_least(np.array(self._follow(view))))
        return k if k < len(view.pool) else view.pool.best_index

    def level(self, view: View) -> float:
        return self._follow(view)


class TitForTat(_Imitative):
    """Relative tit-for-tat: concede in the proportion the other side concedes."""

    metadata = Metadata("tit-for-tat", "imitative", reactive=True, stochastic=False,
                        reference=_REF)

    def _imitate(self, target: float, previous: float, last: float, view: View) -> float:
        best, r = view.pool.best, view.me.reservation
        if best - previous <= TOL:
            return target
        return r + (target - r) * (best - last) / (best - previous)


class AbsoluteTitForTat(_Imitative):
    """Absolute tit-for-tat: concede as much utility as the other side's move gave."""

    metadata = Metadata("absolute-tit-for-tat", "imitative", reactive=True,
                        stochastic=False, reference=_REF)

    def _imitate(self, target: float, previous: float, last: float, view: View) -> float:
        return target - (last - previous)
