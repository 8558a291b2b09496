"""What a negotiator may see: its own preferences and the public history, read-only.

A strategy never gets the mechanism, the compiled space or the other side's objects
(NegMAS's frozen negotiator view, not Axelrod's live opponent). It gets a :class:`View`:

- :class:`~zopa.simulate.own.OwnPreferences`: its own utility tables, red lines and
  reservation, and the names of the issues and options (public);
- its :class:`~zopa.simulate.pool.Pool` of candidate offers, built from its own
  preferences only;
- the :class:`History` of public moves (who offered what, who accepted), which it can read
  but not change;
- the clock: its turn number and the deadline in turns.

>>> h = History()
>>> h.record(Event(0, 0, "offer", (1, 2)))
>>> h.offers_from_others(1), h.offers_by(1)
([(1, 2)], [])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from .own import OwnPreferences
from .pool import Pool

__all__ = ["Event", "History", "Move", "View", "relative_time", "times"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Move = Literal["offer", "accept", "reject", "walk-away", "no-offer"]


@dataclass(frozen=True)
class Event:
    """One public move: at ``turn`` (the protocol's turn counter), negotiator ``party``
    did ``move``, with the outcome offered or accepted as option indices."""

    turn: int
    party: int
    move: Move
    outcome: tuple[int, ...] | None = None


class History:
    """The public record of a session, appended to by the protocol only.

    Strategies read it through their :class:`View`: ``len``, iteration, indexing, and
    :meth:`offers_by` / :meth:`offers_from_others`.
    """

    __slots__ = ("_events", "_last_offer")

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._last_offer: Event | None = None

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(tuple(self._events))

    def __getitem__(self, k: int) -> Event:
        return self._events[k]

    @property
    def last(self) -> Event | None:
        return self._events[-1] if self._events else None

    @property
    def last_offer(self) -> Event | None:
        """The most recent offer."""
        return self._last_offer

    def since(self, start: int) -> list[Event]:
        """The events from position ``start`` on."""
        return self._events[start:]

    def offers_by(self, party: int) -> list[tuple[int, ...]]:
        """The outcomes ``party`` offered, oldest first."""
        return [e.outcome for e in self._events
                if e.party == party and e.move == "offer" and e.outcome is not None]

    def offers_from_others(self, party: int) -> list[tuple[int, ...]]:
        """The outcomes offered by everyone but ``party``, oldest first."""
        return [e.outcome for e in self._events
                if e.party != party and e.move == "offer" and e.outcome is not None]

    def record(self, event: Event) -> None:
        """Append a move (the protocol's job, not a strategy's)."""
        self._events.append(event)
        if event.move == "offer":
            self._last_offer = event


@dataclass(frozen=True, eq=False)
class View:
    """What negotiator ``me.index`` sees at its own turn ``turn`` (counted from 0) out of
    ``turns``; ``parties`` is how many negotiators sit at the table."""

    me: OwnPreferences
    pool: Pool
    history: History
    turns: int
    parties: int
    turn: int = 0

    @property
    def time(self) -> float:
        """Relative time, from 0 at its first turn to 1 at its last."""
        return float(relative_time(np.int64(self.turn), self.turns))

    @property
    def standing(self) -> tuple[int, ...] | None:
        """The offer on the table, made by another negotiator (None when there is none)."""
        last = self.history.last_offer
        if last is None or last.party == self.me.index:
            return None
        return last.outcome

    def at(self, turn: int) -> View:
        """The same view at another of its turns."""
        return View(self.me, self.pool, self.history, self.turns, self.parties, turn)


def relative_time(turn: IntArray | np.int64, turns: int) -> FloatArray:
    """``turn / (turns - 1)`` (0 when there is a single turn): the clock every strategy
    reads, so that its last turn comes at time 1.

    >>> relative_time(np.arange(5), 5).tolist(), relative_time(np.arange(1), 1).tolist()
    ([0.0, 0.25, 0.5, 0.75, 1.0], [0.0])
    """
    turn = np.asarray(turn, dtype=float)
    return np.zeros(turn.shape) if turns <= 1 else turn / (turns - 1)


def times(turns: int) -> FloatArray:
    """The relative time of each of ``turns`` turns."""
    return relative_time(np.arange(turns), turns)
