"""Alternating offers, for two negotiators and for more, taking turns.

Rubinstein's alternating-offers protocol as GENIUS runs it (SAOP, the Stacked
Alternating Offers Protocol of Aydoğan et al. 2017, which is the bilateral protocol when
there are two): the first negotiator opens with an offer; then each in turn either
accepts the offer on the table, makes a counter-offer that replaces it, or walks away.
An offer is agreed when every other negotiator has accepted it, one after the other
(with two, when the other accepts). The deadline is in rounds: every negotiator gets one
turn per round.

The protocol checks the rules strategies promise to keep (:class:`ProtocolError`): an
offer must be acceptable to the one who makes it, and an acceptance must be of an
outcome acceptable to the one who accepts; so an agreement never crosses a red line of a
negotiator who accepted it. A session ends at an agreement, at the deadline (or the time
limit), when someone walks away, or when a negotiator has nothing acceptable to offer.

>>> from zopa.examples import load_example
>>> from zopa.simulate.arena import Arena
>>> from zopa.simulate.strategies import make
>>> played = AlternatingOffers(Arena.build(load_example()), [make("boulware"),
...                            make("conceder")], SessionSettings(rounds=20), seed=1).run()
>>> played.result.end, played.result.agreement
('deadline', None)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..arena import Arena
from ..strategies import Strategy
from ..view import Event
from .base import ProtocolError, Session, SessionSettings

__all__ = ["AlternatingOffers"]


class AlternatingOffers(Session):
    """One session of alternating offers, played a round at a time (:meth:`step`) or to
    the end (:meth:`run`)."""

    name = "alternating"

    def __init__(self, arena: Arena, strategies: Sequence[Strategy],
                 settings: SessionSettings, seed: int) -> None:
        super().__init__(arena, strategies, settings, seed)
        self.turn = 0
        self.standing: tuple[int, ...] | None = None
        self.acceptances = 0

    @property
    def round(self) -> int:
        """Rounds begun so far."""
        n = len(self.strategies)
        return min(self.settings.rounds, (self.turn + n - 1) // n)

    def step(self) -> bool:
        """Play one round (a turn for each negotiator); whether the session goes on."""
        n = len(self.strategies)
        for _ in range(n):
            if self.done:
                break
            self._turn()
            if not self.done and self.turn >= n * self.settings.rounds:
                self.end = "deadline"
        return not self.done

    def _outcome(self) -> tuple[int, ...] | None:
        return self.standing if self.end == "agreement" else None

    def _rounds(self) -> int:
        return self.round

    def _turn(self) -> None:
        n = len(self.strategies)
        p = self.turn % n
        me = self.arena.own[p]
        action = self.strategies[p].respond(self.views[p].at(self.turn // n))
        if action.move == "accept":
            if self.standing is None:
                raise ProtocolError(f"{self.strategies[p].name} accepted with no offer on "
                                    "the table")
            if not me.admits(self.standing):
                raise ProtocolError(f"{self.strategies[p].name} accepted an outcome "
                                    f"unacceptable to {me.party}: {self.standing}")
            self.history.record(Event(self.turn, p, "accept", self.standing))
            self.acceptances += 1
            if self.acceptances == n - 1:
                self.end = "agreement"
        elif action.move == "offer":
            if action.outcome is None or not me.admits(action.outcome):
                raise ProtocolError(f"{self.strategies[p].name} offered an outcome "
                                    f"unacceptable to {me.party}: {action.outcome}")
            self.history.record(Event(self.turn, p, "offer", action.outcome))
            self.standing = action.outcome
            self.acceptances = 0
        elif action.move == "walk-away":
            self.history.record(Event(self.turn, p, "walk-away"))
            self.end = "walk-away"
        else:
            self.history.record(Event(self.turn, p, "no-offer"))
            self.end = "no-acceptable-offer"
        self.turn += 1
