"""Two strategies that ignore time and the other side: the hardliner and random.

- :class:`Hardliner` (GENIUS's ``HardlinerAgent``, the "take it or leave it" baseline):
  always offers its best outcome and accepts only an outcome as good for it.
- :class:`RandomStrategy`: offers an outcome drawn uniformly from its pool of acceptable
  outcomes (all of them when the pool is exact, see :mod:`zopa.simulate.pool`) and
  accepts anything acceptable to it, the zero-intelligence baseline of Gode and Sunder
  (1993) restricted to its acceptable set.

>>> Hardliner().name, RandomStrategy().metadata.stochastic
('hardliner', True)
"""

from __future__ import annotations

from ..view import View
from .base import Metadata, Scheduled
from .parts import AnyAcceptable, Constant, InBand, NextOffer, Uniform

__all__ = ["Hardliner", "RandomStrategy"]


class Hardliner(Scheduled):
    """Always its best outcome; accepts only as good."""

    metadata = Metadata("hardliner", "fixed", reactive=False, stochastic=False,
                        reference="GENIUS HardlinerAgent")

    def __init__(self) -> None:
        self.concession = Constant()
        self.choice = InBand()
        self.acceptance = NextOffer()


class RandomStrategy(Scheduled):
    """A uniformly random acceptable outcome every turn; accepts anything acceptable."""

    metadata = Metadata("random", "random", reactive=False, stochastic=True,
                        reference="Gode and Sunder 1993 (zero intelligence)")

    def __init__(self) -> None:
        self.concession = Constant()
        self.choice = Uniform()
        self.acceptance = AnyAcceptable()

    def level(self, view: View) -> float:
        return view.me.reservation
