"""Time-dependent concession: Boulware, linear and Conceder.

Faratin, Sierra and Jennings, "Negotiation decision functions for autonomous agents"
(1998), as GENIUS's ``TimeDependentAgent``: at relative time ``t`` the negotiator aims at
``r + (best - r) * (1 - t ** (1 / e))``, offers the acceptable outcome nearest at or
above that level, and accepts an offer at least as good for it as the one it would make
(``AC_next``). ``e`` is the parameter: Boulware concedes late (``e`` = 0.2 by default),
Conceder early (2), linear at a constant rate (1). None looks at the other side's offers,
so their sessions can be batched.

>>> Boulware().concession.e, Conceder(e=5).concession.e
(0.2, 5.0)
"""

from __future__ import annotations

from .base import Metadata, Scheduled
from .parts import InBand, NextOffer, TimeDependent

__all__ = ["Boulware", "Conceder", "Linear", "TimeDependentStrategy"]

_REF = ("Faratin, Sierra and Jennings 1998; GENIUS TimeDependentAgent "
        "(Baarslag et al., 2014)")


class TimeDependentStrategy(Scheduled):
    """Concede along ``TimeDependent(e)``; offer the nearest outcome at or above the
    level; accept with ``AC_next``. The named subclasses only fix the default ``e``."""

    def __init__(self, e: float | None = None) -> None:
        self.concession = TimeDependent(self.metadata.parameters["e"] if e is None
                                        else float(e))
        self.e = self.concession.e
        self.choice = InBand()
        self.acceptance = NextOffer()


class Boulware(TimeDependentStrategy):
    """Holds out and concedes near the deadline (``e < 1``)."""

    metadata = Metadata("boulware", "time-dependent", reactive=False, stochastic=False,
                        parameters={"e": 0.2}, reference=_REF)


class Linear(TimeDependentStrategy):
    """Concedes at a constant rate (``e = 1``)."""

    metadata = Metadata("linear", "time-dependent", reactive=False, stochastic=False,
                        parameters={"e": 1.0}, reference=_REF)


class Conceder(TimeDependentStrategy):
    """Concedes early (``e > 1``)."""

    metadata = Metadata("conceder", "time-dependent", reactive=False, stochastic=False,
                        parameters={"e": 2.0}, reference=_REF)
