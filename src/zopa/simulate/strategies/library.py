"""Every strategy zopa ships; importing this module registers them all."""

from __future__ import annotations

from .fixed import Hardliner, RandomStrategy
from .learning import Frequency, NashSeeker
from .timedependent import Boulware, Conceder, Linear
from .titfortat import AbsoluteTitForTat, TitForTat

__all__ = [
    "AbsoluteTitForTat",
    "Boulware",
    "Conceder",
    "Frequency",
    "Hardliner",
    "Linear",
    "NashSeeker",
    "RandomStrategy",
    "TitForTat",
]
