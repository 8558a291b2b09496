"""What a strategy is: a small class with declared metadata and one decision method.

A strategy class declares :class:`Metadata` on the class and is registered by being
defined (Axelrod's classifiers, without the hand-kept list); :func:`registered` queries
the registry by metadata, :func:`make` builds one from its command-line name
(``boulware`` or ``boulware:e=0.1``).

At each of its turns a strategy answers :meth:`Strategy.respond` with an :class:`Action`
(accept the offer on the table, offer an outcome, walk away); in the mediated protocol it
answers :meth:`Strategy.judge` on the mediator's revised text. It sees only its
:class:`~zopa.simulate.view.View`. Two rules hold for every strategy, enforced here and
not left to the subclasses: it only ever offers outcomes from its own pool (acceptable to
itself, so never across its own red lines), and it never accepts an outcome that crosses
one of its red lines or falls short of its reservation.

Strategies whose offers do not depend on the others' moves (``reactive=False``) also
expose :meth:`Scheduled.plan`: their whole schedule of offers and acceptance thresholds
for a batch of sessions at once, which the batched protocol uses; their turn-by-turn play
reads the same schedule, so both paths give the same sessions.

>>> sorted(registered(reactive=False))
['boulware', 'conceder', 'hardliner', 'linear', 'random']
>>> make("boulware:e=0.1").name
'boulware:e=0.1'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import numpy as np
from numpy.typing import NDArray

from ...analysis._tolerance import TOL
from ..pool import Pool
from ..view import View, times
from .parts import Acceptance, Concession, OfferChoice

__all__ = [
    "ACCEPT",
    "NO_OFFER",
    "REGISTRY",
    "WALK_AWAY",
    "Action",
    "Family",
    "Metadata",
    "Response",
    "Scheduled",
    "Strategy",
    "StrategyError",
    "make",
    "registered",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Family = Literal["time-dependent", "fixed", "imitative", "random", "learning"]


class StrategyError(ValueError):
    """An unknown strategy name or parameter."""


@dataclass(frozen=True)
class Metadata:
    """What a strategy declares about itself; tests check that it is honest.

    - ``reactive``: its offers depend on the other negotiators' moves;
    - ``stochastic``: its play depends on its random generator;
    - ``models_opponent``: it learns a model of the others' preferences from their offers.
    """

    name: str
    family: Family
    reactive: bool
    stochastic: bool
    models_opponent: bool = False
    parameters: Mapping[str, float] = field(default_factory=dict)
    reference: str = ""


@dataclass(frozen=True)
class Action:
    """A move at one's turn: ``offer`` (with ``outcome``), ``accept`` the offer on the
    table, ``walk-away``, or ``no-offer`` (nothing acceptable to offer)."""

    move: Literal["offer", "accept", "walk-away", "no-offer"]
    outcome: tuple[int, ...] | None = None


ACCEPT = Action("accept")
WALK_AWAY = Action("walk-away")
NO_OFFER = Action("no-offer")


@dataclass(frozen=True)
class Response:
    """An answer to a mediator's revised text: ``accept`` it in place of the last text or
    not, and ``feedback`` on whether it is ``better``, the ``same`` or ``worse`` than the
    last text for this negotiator."""

    accept: bool
    feedback: Literal["better", "same", "worse"]


#: Every registered strategy, by name.
REGISTRY: dict[str, type[Strategy]] = {}


class Strategy:
    """Base of every strategy. Subclasses declare ``metadata`` and implement
    :meth:`offer_index` (which pool entry to offer at this turn) and :meth:`level` (the
    own utility they currently aim at); they may override :meth:`reset`."""

    metadata: ClassVar[Metadata]
    acceptance: Acceptance

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        meta = cls.__dict__.get("metadata")
        if isinstance(meta, Metadata):
            if meta.name in REGISTRY and REGISTRY[meta.name] is not cls:
                raise StrategyError(f"two strategies are named {meta.name!r}")
            REGISTRY[meta.name] = cls

    @property
    def parameters(self) -> dict[str, float]:
        """The strategy's parameters, by name (the metadata's defaults, overridden)."""
        return {k: float(getattr(self, k)) for k in self.metadata.parameters}

    @property
    def name(self) -> str:
        """The name it was made from: ``boulware``, or ``boulware:e=0.1`` when a parameter
        differs from the default."""
        changed = [f"{k}={v:g}" for k, v in self.parameters.items()
                   if v != self.metadata.parameters[k]]
        return ":".join([self.metadata.name, *changed])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def reset(self, view: View, rng: np.random.Generator) -> None:
        """Start a new session (``view`` at turn 0)."""

    def offer_index(self, view: View) -> int:
        """The pool entry to offer at this turn (the pool is not empty)."""
        raise NotImplementedError

    def level(self, view: View) -> float:
        """The own utility aimed at, at this turn."""
        raise NotImplementedError

    def respond(self, view: View) -> Action:
        """The move at this turn: accept the offer on the table when the acceptance part
        says so and it is acceptable, otherwise offer."""
        pool = view.pool
        if not len(pool):
            return NO_OFFER
        k = self.offer_index(view)
        standing = view.standing
        if standing is not None and self.accepts(view, standing, pool.utility[k:k + 1]):
            return ACCEPT
        return Action("offer", pool.row(k))

    def accepts(self, view: View, outcome: tuple[int, ...], next_offer: FloatArray) -> bool:
        """Whether to accept ``outcome`` rather than offer an outcome of own utility
        ``next_offer``: never across a red line or under the reservation."""
        if not view.me.admits(outcome):
            return False
        bar = self.acceptance.threshold(next_offer, view.me.reservation)
        return bool(view.me.value(outcome) >= bar[0] - TOL)

    def judge(self, view: View, text: tuple[int, ...], previous: tuple[int, ...]) -> Response:
        """Answer a mediator's revised ``text`` (Klein et al. 2003): accept it in place of
        ``previous`` when it is no worse, or when it still reaches the level aimed at;
        never move onto a text across an own red line from one that was not."""
        rows = np.asarray([text, previous], dtype=np.int64)
        u_new, u_old = view.me.utility(rows)
        crossed_new, crossed_old = view.me.crosses(rows)
        feedback: Literal["better", "same", "worse"] = (
            "better" if u_new > u_old + TOL else "worse" if u_new < u_old - TOL else "same")
        if crossed_new and not crossed_old:
            return Response(False, feedback)
        level = self.level(view) if len(view.pool) else np.inf
        return Response(bool(u_new >= u_old - TOL or u_new >= level - TOL), feedback)


class Scheduled(Strategy):
    """A strategy whose offers and acceptance thresholds are fixed in advance by its
    parts and its random draws: a concession curve, an offer choice, an acceptance."""

    concession: Concession
    choice: OfferChoice

    def plan(self, pool: Pool, turns: int, draws: FloatArray) -> tuple[IntArray, FloatArray]:
        """For ``draws`` of shape ``[sessions, turns]``: the pool entry offered at each
        turn of each session, and the least own utility accepted there."""
        levels = self.concession.levels(times(turns), pool.best, float(pool.reservation))
        offers = self.choice.pick(pool, levels[None, :], draws)
        thresholds = self.acceptance.threshold(pool.utility[offers], float(pool.reservation))
        return offers, thresholds

    def reset(self, view: View, rng: np.random.Generator) -> None:
        draws = rng.random(view.turns)
        if len(view.pool):
            offers, _ = self.plan(view.pool, view.turns, draws[None, :])
            self._offers = offers[0]
            self._levels = self.concession.levels(times(view.turns), view.pool.best,
                                                  float(view.pool.reservation))

    def offer_index(self, view: View) -> int:
        return int(self._offers[view.turn])

    def level(self, view: View) -> float:
        return float(self._levels[view.turn])


def registered(**criteria: object) -> list[str]:
    """The names of the registered strategies whose metadata match every criterion.

    >>> registered(family="imitative")
    ['absolute-tit-for-tat', 'tit-for-tat']
    """
    return sorted(name for name, cls in REGISTRY.items()
                  if all(getattr(cls.metadata, k) == v for k, v in criteria.items()))


def make(spec: str) -> Strategy:
    """A strategy from its command-line name, with parameters after colons:
    ``boulware``, ``boulware:e=0.1``, ``frequency:e=0.5:window=0.05``.

    The package's ``__init__`` imports every strategy module before anyone can call this
    (importing this module imports the package first), so the registry is complete."""
    name, *params = spec.strip().split(":")
    cls = REGISTRY.get(name)
    if cls is None:
        known = ", ".join(sorted(REGISTRY))
        raise StrategyError(f"unknown strategy {name!r} (known: {known})")
    kwargs: dict[str, float] = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or key not in cls.metadata.parameters:
            allowed = ", ".join(cls.metadata.parameters) or "none"
            raise StrategyError(f"strategy {name!r}: bad parameter {param!r} "
                                f"(parameters: {allowed}; write {name}:key=value)")
        try:
            kwargs[key] = float(value)
        except ValueError:
            raise StrategyError(f"strategy {name!r}: {key} must be a number, "
                                f"got {value!r}") from None
    try:
        return cls(**kwargs)
    except ValueError as exc:
        raise StrategyError(f"strategy {name!r}: {exc}") from None
