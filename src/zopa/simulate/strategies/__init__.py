"""Negotiation strategies: small classes with declared metadata, registered by being
defined, built from swappable parts (concession, offer choice, acceptance).

On the command line they are named ``boulware``, ``linear``, ``conceder``,
``hardliner``, ``tit-for-tat``, ``absolute-tit-for-tat``, ``random``, ``frequency`` and
``nash-seeker``; parameters follow colons (``boulware:e=0.1``).

>>> registered(models_opponent=True)
['frequency', 'nash-seeker']
"""

from .base import (
    ACCEPT,
    NO_OFFER,
    REGISTRY,
    WALK_AWAY,
    Action,
    Metadata,
    Response,
    Scheduled,
    Strategy,
    StrategyError,
    make,
    registered,
)
from .library import (
    AbsoluteTitForTat,
    Boulware,
    Conceder,
    Frequency,
    Hardliner,
    Linear,
    NashSeeker,
    RandomStrategy,
    TitForTat,
)

__all__ = [
    "ACCEPT",
    "NO_OFFER",
    "REGISTRY",
    "WALK_AWAY",
    "AbsoluteTitForTat",
    "Action",
    "Boulware",
    "Conceder",
    "Frequency",
    "Hardliner",
    "Linear",
    "Metadata",
    "NashSeeker",
    "RandomStrategy",
    "Response",
    "Scheduled",
    "Strategy",
    "StrategyError",
    "TitForTat",
    "make",
    "registered",
]
