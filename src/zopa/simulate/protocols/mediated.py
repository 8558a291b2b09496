"""A mediated single-text negotiation.

After Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex contracts" (2003), and
GENIUS's ``MediatorFeedbackBasedProtocol`` (Aydoğan et al.): a mediator holds a single
negotiating text, an outcome. Each round it proposes a revision, changing the option of
one issue; every negotiator answers whether it accepts the revision in place of the
current text and whether it finds it better, the same or worse
(:meth:`~zopa.simulate.strategies.Strategy.judge`). The revision becomes the text when
all accept. The mediator uses the feedback: after a revision everyone accepted and no one
found worse, it keeps changing the same issue in the same direction (the next option
along); otherwise it tries a random issue and option.

At the deadline the text is put to a final vote: each negotiator accepts it exactly when
it is acceptable to it (no own red line crossed, reservation reached: any acceptable
deal beats none). It is an agreement when all accept, so an agreement never crosses a red
line of anyone; otherwise the session ends at the deadline. A negotiator with nothing
acceptable at all ends the session at once (no acceptable offer left).

The mediator's first text and its choices are drawn from its own generator (seat ``n``).

>>> from zopa.examples import load_example
>>> from zopa.simulate.arena import Arena
>>> from zopa.simulate.strategies import make
>>> played = SingleTextProtocol(Arena.build(load_example()), [make("linear"), make("linear")],
...                     SessionSettings(rounds=50, protocol="mediated"), seed=3).run()
>>> played.result.end
'deadline'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..arena import Arena
from ..strategies import Strategy
from ..view import Event
from .base import Session, SessionSettings, party_rng

__all__ = ["MEDIATOR", "SingleTextProtocol"]

#: The ``party`` of the mediator's events in the history.
MEDIATOR = -1


class SingleTextProtocol(Session):
    """One mediated session, played a round at a time (:meth:`step`) or to the end."""

    name = "mediated"

    def __init__(self, arena: Arena, strategies: Sequence[Strategy],
                 settings: SessionSettings, seed: int) -> None:
        super().__init__(arena, strategies, settings, seed)
        n = arena.space.party_count
        self.rng = party_rng(self.seed, n)
        sizes = arena.space.sizes
        self.text = tuple(int(self.rng.integers(m)) for m in sizes)
        self.history.record(Event(0, MEDIATOR, "offer", self.text))
        self.movable = [i for i, m in enumerate(sizes) if m > 1]
        self.streak: tuple[int, int] | None = None
        self.round = 0
        self.agreement: tuple[int, ...] | None = None
        if any(not len(pool) for pool in arena.pools):
            self.end = "no-acceptable-offer"

    def step(self) -> bool:
        """Play one round (a revision and the answers); whether the session goes on."""
        if self.done:
            return False
        if self.movable:
            variant, issue, direction = self._revise()
            self.history.record(Event(self.round, MEDIATOR, "offer", variant))
            answers = [s.judge(self.views[p].at(self.round), variant, self.text)
                       for p, s in enumerate(self.strategies)]
            for p, answer in enumerate(answers):
                self.history.record(Event(self.round, p, "accept" if answer.accept
                                          else "reject", variant))
            if all(a.accept for a in answers):
                self.text = variant
                keep = all(a.feedback != "worse" for a in answers)
                self.streak = (issue, direction) if keep else None
            else:
                self.streak = None
        self.round += 1
        if self.round >= self.settings.rounds:
            self._vote()
        return not self.done

    def _time_up(self) -> None:
        self._vote()

    def _outcome(self) -> tuple[int, ...] | None:
        return self.agreement

    def _rounds(self) -> int:
        return min(self.round, self.settings.rounds)

    def _revise(self) -> tuple[tuple[int, ...], int, int]:
        sizes = self.arena.space.sizes
        if self.streak is not None:
            issue, direction = self.streak
            option = self.text[issue] + direction
            if 0 <= option < sizes[issue]:
                return self._with(issue, option), issue, direction
        issue = self.movable[int(self.rng.integers(len(self.movable)))]
        option = int(self.rng.integers(sizes[issue] - 1))
        option += option >= self.text[issue]
        return self._with(issue, option), issue, 1 if option > self.text[issue] else -1

    def _with(self, issue: int, option: int) -> tuple[int, ...]:
        return (*self.text[:issue], option, *self.text[issue + 1:])

    def _vote(self) -> None:
        row = np.asarray([self.text])
        votes = [bool(own.acceptable(row)[0]) for own in self.arena.own]
        for p, vote in enumerate(votes):
            self.history.record(Event(self.round, p, "accept" if vote else "reject",
                                      self.text))
        if all(votes):
            self.agreement = self.text
            self.end = "agreement"
        else:
            self.end = "deadline"
