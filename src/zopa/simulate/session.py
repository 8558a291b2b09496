"""One session, seeded: a scenario, a strategy per negotiator, a protocol, a seed.

>>> from zopa.simulate.generate import random_scenario
>>> played = play(random_scenario(issues=3, options=5, seed=2), ["boulware", "conceder"],
...               SessionSettings(rounds=50), seed=7)
>>> played.result.end, played.result.rounds
('agreement', 32)
>>> play(random_scenario(issues=3, options=5, seed=2), ["boulware", "conceder"],
...      SessionSettings(rounds=50), seed=7).result == played.result
True
"""

from __future__ import annotations

from collections.abc import Sequence

from ..scenario import Scenario
from .arena import Arena, arena_for
from .protocols import AlternatingOffers, Played, SessionSettings, SingleTextProtocol
from .strategies import Strategy, make

__all__ = ["open_session", "play"]


def open_session(scenario: Scenario | Arena, strategies: Sequence[Strategy | str],
                 settings: SessionSettings | None = None, seed: int = 0
                 ) -> AlternatingOffers | SingleTextProtocol:
    """A session ready to be stepped a round at a time (``step()``) or run (``run()``).
    Strategies may be given by name (``"boulware:e=0.1"``); one per negotiator, in the
    order of the scenario's parties."""
    settings = settings or SessionSettings()
    arena = scenario if isinstance(scenario, Arena) else arena_for(scenario)
    built = [make(s) if isinstance(s, str) else s for s in strategies]
    protocol = SingleTextProtocol if settings.protocol == "mediated" else AlternatingOffers
    return protocol(arena, built, settings, seed)


def play(scenario: Scenario | Arena, strategies: Sequence[Strategy | str],
         settings: SessionSettings | None = None, seed: int = 0) -> Played:
    """Play one session to the end: its result and its public history."""
    return open_session(scenario, strategies, settings, seed).run()
