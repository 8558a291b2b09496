"""What every protocol shares: settings, generators, the played record, the checks.

Seeds: negotiator ``p`` of a session with seed ``s`` draws from
``PCG64(SeedSequence(s, spawn_key=(p,)))``, the mediator from ``spawn_key=(n,)`` with
``n`` negotiators; so a session is reproducible from its seed alone, whichever way it is
played (turn by turn or batched) and wherever (any backend).

>>> a, b = party_rng(7, 0).random(), party_rng(7, 0).random()
>>> a == b, a != party_rng(7, 1).random()
(True, True)
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ..arena import Arena
from ..results import EndReason, SessionResult
from ..strategies import Strategy
from ..view import Event, History, View

__all__ = [
    "PROTOCOLS",
    "Played",
    "ProtocolError",
    "ProtocolName",
    "Session",
    "SessionSettings",
    "measured",
    "party_rng",
]

FloatArray = NDArray[np.float64]
ProtocolName = Literal["alternating", "mediated"]
PROTOCOLS: tuple[ProtocolName, ...] = ("alternating", "mediated")


class ProtocolError(RuntimeError):
    """A strategy broke the rules: offered an outcome unacceptable to itself, accepted
    one across its red lines or under its reservation, or accepted with nothing on the
    table."""


@dataclass(frozen=True)
class SessionSettings:
    """How sessions are played: the protocol, the deadline in rounds (every negotiator,
    or the mediator, gets one turn per round) and an optional limit in seconds of wall
    time, after which the session ends as at the deadline."""

    rounds: int = 100
    protocol: ProtocolName = "alternating"
    time_limit: float | None = None

    def __post_init__(self) -> None:
        if self.rounds < 1:
            raise ValueError(f"rounds must be at least 1, got {self.rounds}")
        if self.protocol not in PROTOCOLS:
            raise ValueError(f"unknown protocol {self.protocol!r}; use one of {PROTOCOLS}")


def party_rng(seed: int, party: int) -> np.random.Generator:
    """The generator of seat ``party`` in the session with seed ``seed``."""
    from ...seeds import generator

    return generator(seed, party)


@dataclass(frozen=True, eq=False)
class Played:
    """A session played turn by turn: its result and its public history, with every
    negotiator's utility of the outcome each event names (NaN where none)."""

    result: SessionResult
    events: tuple[Event, ...]
    utilities: FloatArray

    def to_dict(self) -> dict[str, object]:
        return {
            **self.result.to_dict(),
            "events": [
                {"turn": e.turn, "party": e.party, "move": e.move,
                 "outcome": list(e.outcome) if e.outcome is not None else None,
                 "utilities": None if e.outcome is None else [float(u) for u in row]}
                for e, row in zip(self.events, self.utilities, strict=True)
            ],
        }


def measured(arena: Arena, protocol: str, strategies: Sequence[str], seed: int,
             agreement: tuple[int, ...] | None, rounds: int, end: EndReason) -> SessionResult:
    """The result of one session: utilities (the reservations without agreement),
    distances to the frontier and the Nash point, welfare."""
    space = arena.space
    if agreement is None:
        utility = space.reservations.copy()
    else:
        utility = space.utilities(np.asarray([agreement]))[0]
    pareto, nash = arena.measure(utility[None, :])
    return SessionResult(
        scenario=arena.name,
        protocol=protocol,
        parties=space.parties,
        strategies=tuple(strategies),
        seed=int(seed),
        agreement=None if agreement is None else space.outcome_dict(agreement),
        rounds=rounds,
        end=end,
        utilities=tuple(float(u) for u in utility),
        pareto_distance=None if np.isnan(pareto[0]) else float(pareto[0]),
        nash_distance=None if np.isnan(nash[0]) else float(nash[0]),
        welfare=float(utility.sum()),
    )


def trace_utilities(arena: Arena, events: Sequence[Event]) -> FloatArray:
    """Every negotiator's utility of the outcome of each event (NaN rows where none)."""
    out = np.full((len(events), arena.space.party_count), np.nan)
    rows = [k for k, e in enumerate(events) if e.outcome is not None]
    if rows:
        outcomes = np.asarray([events[k].outcome for k in rows], dtype=np.int64)
        out[rows] = arena.space.utilities(outcomes)
    return out


class Session:
    """What a session of every protocol holds: the arena, the strategies and the
    read-only view each one gets, the seed and the public history; and how it is played
    to the end. A protocol defines :meth:`step`, what a time limit ends in
    (:meth:`_time_up`) and what was agreed (:meth:`_outcome`, :meth:`_rounds`)."""

    name = ""

    def __init__(self, arena: Arena, strategies: Sequence[Strategy],
                 settings: SessionSettings, seed: int) -> None:
        n = arena.space.party_count
        if len(strategies) != n:
            raise ValueError(f"{n} negotiators need {n} strategies, got {len(strategies)}")
        self.arena = arena
        self.strategies = tuple(strategies)
        self.settings = settings
        self.seed = int(seed)
        self.history = History()
        self.views = [View(arena.own[p], arena.pools[p], self.history, settings.rounds, n)
                      for p in range(n)]
        for p, strategy in enumerate(self.strategies):
            strategy.reset(self.views[p], party_rng(self.seed, p))
        self.end: EndReason | None = None

    @property
    def done(self) -> bool:
        return self.end is not None

    def step(self) -> bool:
        """Play one round; whether the session goes on."""
        raise NotImplementedError

    def run(self) -> Played:
        """Play to the end (or to the time limit) and return the record."""
        limit = self.settings.time_limit
        start = time.perf_counter()
        while self.step():
            if limit is not None and time.perf_counter() - start > limit:
                self._time_up()
        return self.played()

    def played(self) -> Played:
        """The record of a finished session."""
        if self.end is None:
            raise RuntimeError("the session is not over")
        result = measured(self.arena, self.name, [s.name for s in self.strategies],
                          self.seed, self._outcome(), self._rounds(), self.end)
        events = tuple(self.history)
        return Played(result, events, trace_utilities(self.arena, events))

    def _time_up(self) -> None:
        self.end = "deadline"

    def _outcome(self) -> tuple[int, ...] | None:
        raise NotImplementedError

    def _rounds(self) -> int:
        raise NotImplementedError
