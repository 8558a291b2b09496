"""Negotiations played out: protocols, strategies, sessions and tournaments.

The layers, each its own module:

- :mod:`.own`, :mod:`.pool`, :mod:`.view`: what a negotiator may see (its own preferences,
  its candidate offers built from them without enumerating the outcome space, the public
  history), read-only;
- :mod:`.strategies`: small classes with declared metadata, built from swappable parts
  (concession, offer choice, acceptance), registered by being defined;
- :mod:`.protocols`: alternating offers (two or more negotiators), the mediated single
  text, and the batched form of alternating offers;
- :mod:`.arena`: a scenario made ready for play, shared by every session on it;
- :mod:`.session`, :mod:`.tournament`, :mod:`.results`: one seeded session; tournaments
  over backends; typed results and summaries.

>>> from zopa.simulate import SessionSettings, play, random_scenario
>>> played = play(random_scenario(issues=3, options=5, seed=2), ["linear", "conceder"],
...               SessionSettings(rounds=30), seed=1)
>>> played.result.end
'agreement'
"""

from .arena import Arena, arena_for
from .generate import random_scenario
from .protocols import (
    AlternatingOffers,
    Played,
    ProtocolError,
    SessionSettings,
    SingleTextProtocol,
    play_batch,
)
from .results import SessionResult, SessionTable, StrategySummary, summarize
from .session import open_session, play
from .strategies import Strategy, make, registered
from .tournament import Tournament, TournamentSettings, run_tournament

__all__ = [
    "AlternatingOffers",
    "Arena",
    "Played",
    "ProtocolError",
    "SessionResult",
    "SessionSettings",
    "SessionTable",
    "SingleTextProtocol",
    "Strategy",
    "StrategySummary",
    "Tournament",
    "TournamentSettings",
    "arena_for",
    "make",
    "open_session",
    "play",
    "play_batch",
    "random_scenario",
    "registered",
    "run_tournament",
    "summarize",
]
