"""Alternating offers for many sessions at once, when no strategy reacts to the others.

A strategy with ``reactive=False`` (:class:`~zopa.simulate.strategies.Scheduled`) fixes
its offers and its acceptance thresholds from its parts and its random draws alone, so
the schedules of a whole batch of sessions are two ``[sessions, rounds]`` arrays per
negotiator. The batch then runs the protocol of :mod:`.alternating` in lock step: each
turn is a handful of numpy operations over all the sessions still going, and offers are
judged by look-ups in the arena's tables (every negotiator's utility and acceptability of
every pool entry). The draws come from each session's own generators exactly as in a
session played turn by turn, so both give the same sessions; the tests check it.

>>> from zopa.simulate.generate import random_scenario
>>> from zopa.simulate.arena import Arena
>>> from zopa.simulate.strategies import make
>>> arena = Arena.build(random_scenario(issues=3, options=10, seed=1))
>>> table = play_batch(arena, [make("boulware"), make("conceder")], 100, np.arange(4))
>>> len(table), set(table.end.tolist())
(4, {0})
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from ...analysis._tolerance import TOL
from ..arena import Arena
from ..results import END_REASONS, SessionTable
from ..strategies import Scheduled, Strategy
from .base import party_rng

__all__ = ["batchable", "play_batch"]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]

_AGREEMENT, _DEADLINE, _NO_OFFER = (END_REASONS.index("agreement"),
                                    END_REASONS.index("deadline"),
                                    END_REASONS.index("no-acceptable-offer"))


def batchable(strategies: Sequence[Strategy]) -> bool:
    """Whether sessions of these strategies can be played as a batch."""
    return all(isinstance(s, Scheduled) and not s.metadata.reactive for s in strategies)


def play_batch(arena: Arena, strategies: Sequence[Strategy], rounds: int,
               seeds: IntArray) -> SessionTable:
    """Play one session of alternating offers per seed, ``rounds`` rounds each."""
    if not batchable(strategies):
        raise ValueError("every strategy must be non-reactive (Scheduled) to be batched")
    scheduled = [s for s in strategies if isinstance(s, Scheduled)]
    n = arena.space.party_count
    seeds = np.asarray(seeds, dtype=np.int64)
    b = len(seeds)
    offers, thresholds = [], []
    for p, strategy in enumerate(scheduled):
        pool = arena.pools[p]
        if not len(pool):
            offers.append(np.zeros((b, rounds), dtype=np.int64))
            thresholds.append(np.zeros((b, rounds)))
            continue
        if strategy.metadata.stochastic:
            draws = np.stack([party_rng(int(s), p).random(rounds) for s in seeds]) if b else (
                np.zeros((0, rounds)))
        else:
            draws = np.zeros((1, rounds))
        k, bar = strategy.plan(pool, rounds, draws)
        offers.append(np.broadcast_to(k + arena.offsets[p], (b, rounds)))
        thresholds.append(np.broadcast_to(bar, (b, rounds)))
    empty = [not len(pool) for pool in arena.pools]
    standing = np.zeros(b, dtype=np.int64)
    count = np.zeros(b, dtype=np.int64)
    end = np.full(b, _DEADLINE, dtype=np.int64)
    last = np.full(b, n * rounds - 1, dtype=np.int64)
    live = np.arange(b)
    utility, acceptable = arena.utility, arena.acceptable
    for turn in range(n * rounds):
        if not len(live):
            break
        p, i = turn % n, turn // n
        if turn > 0:
            g = standing[live]
            accept = acceptable[g, p] & (utility[g, p] >= thresholds[p][live, i] - TOL)
            count[live] = np.where(accept, count[live] + 1, 0)
            agreed = accept & (count[live] == n - 1)
            end[live[agreed]] = _AGREEMENT
            last[live[agreed]] = turn
            offering = live[~accept]
            live = live[~agreed]
        else:
            offering = live
        if empty[p]:
            end[offering] = _NO_OFFER
            last[offering] = turn
            live = np.setdiff1d(live, offering, assume_unique=True)
            continue
        standing[offering] = offers[p][offering, i]
    agreed = end == _AGREEMENT
    space = arena.space
    agreement = np.full((b, len(space.issues)), -1, dtype=np.int64)
    agreement[agreed] = arena.outcomes[standing[agreed]]
    utilities = np.broadcast_to(space.reservations, (b, n)).copy()
    utilities[agreed] = utility[standing[agreed]]
    pareto, nash = arena.measure(utilities)
    names = tuple(dict.fromkeys(s.name for s in strategies))
    seat = np.array([names.index(s.name) for s in strategies], dtype=np.int64)
    return SessionTable(
        scenario=arena.name, protocol="alternating", parties=space.parties,
        issues=space.issues, options=space.options, names=names,
        strategy=np.broadcast_to(seat, (b, n)).copy(), seed=seeds.copy(),
        agreement=agreement, rounds=last // n + 1, end=end, utilities=utilities,
        pareto_distance=pareto, nash_distance=nash)
