"""A scenario made ready for play: compiled once, shared by every session on it.

An :class:`Arena` holds what the protocols need and the strategies never see: the
compiled space, each negotiator's candidate pool (built from its own preferences, see
:mod:`zopa.simulate.pool`), every negotiator's utility and acceptability of every pool
entry (so that a batch of sessions judges offers by table look-ups), and the references
results are measured against: the Pareto frontier of the agreement space and its Nash
point (:func:`zopa.analysis.frontier_points`, :func:`zopa.analysis.choose`).

Building an arena costs the frontier and the pools; a worker keeps the arenas it built
(:func:`arena_for`), so a tournament pays it once per scenario and worker.

>>> from zopa.examples import load_example
>>> arena = Arena.build(load_example())
>>> arena.parties, arena.nash is None
(('ukraine', 'russia'), True)
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from ..analysis import choose, frontier_points
from ..space import Space, compile_space
from .own import OwnPreferences, own_preferences
from .pool import Pool, candidate_pool

if TYPE_CHECKING:
    from ..scenario import Scenario

__all__ = ["Arena", "arena_for", "scenario_hash"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class Arena:
    """A compiled scenario with everything sessions on it share.

    ``offsets[p]`` is where negotiator ``p``'s pool starts in the stacked tables
    ``utility[g, q]`` (negotiator ``q``'s utility of stacked entry ``g``) and
    ``acceptable[g, q]``.
    """

    space: Space
    own: tuple[OwnPreferences, ...]
    pools: tuple[Pool, ...]
    offsets: IntArray
    outcomes: IntArray
    utility: FloatArray
    acceptable: BoolArray
    frontier: FloatArray
    nash: FloatArray | None
    digest: str

    @property
    def parties(self) -> tuple[str, ...]:
        return self.space.parties

    @property
    def name(self) -> str:
        return self.space.scenario.name

    @staticmethod
    def build(scenario: Scenario | Space) -> Arena:
        """Compile ``scenario`` and build the pools, tables and references."""
        space = scenario if isinstance(scenario, Space) else compile_space(scenario)
        n = space.party_count
        own = tuple(own_preferences(space, p) for p in range(n))
        pools = tuple(candidate_pool(space, p) for p in range(n))
        sizes = np.array([len(pool) for pool in pools], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        outcomes = np.concatenate([pool.outcomes for pool in pools])
        utility = space.utilities(outcomes)
        acceptable = np.stack([o.acceptable(outcomes) for o in own], axis=1)
        points = frontier_points(space)
        chosen = choose(points, space.reservations)["nash"]
        nash = None if chosen is None else points.utility[chosen].copy()
        return Arena(space, own, pools, offsets, outcomes, utility, acceptable,
                     points.utility.copy(), nash, scenario_hash(space.scenario))

    def measure(self, utility: FloatArray) -> tuple[FloatArray, FloatArray]:
        """For each row of utilities (one per session): the Euclidean distance to the
        nearest point of the Pareto frontier, and to the Nash point; NaN when the
        agreement space is empty."""
        utility = np.asarray(utility, dtype=float).reshape(-1, self.space.party_count)
        if self.nash is None or not len(self.frontier):
            nan = np.full(len(utility), np.nan)
            return nan, nan.copy()
        pareto = np.empty(len(utility))
        step = max(1, (1 << 22) // len(self.frontier))
        for start in range(0, len(utility), step):
            block = utility[start:start + step]
            gaps = block[:, None, :] - self.frontier[None, :, :]
            pareto[start:start + step] = np.sqrt((gaps ** 2).sum(axis=2)).min(axis=1)
        nash = np.sqrt(((utility - self.nash) ** 2).sum(axis=1))
        return pareto, nash


def scenario_hash(scenario: Scenario) -> str:
    """A SHA-256 of the scenario's canonical JSON: the same scenario, the same hash."""
    with warnings.catch_warnings():  # pydantic warns on interval unions; the data is right
        warnings.simplefilter("ignore", UserWarning)
        data = scenario.to_dict()
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


_CACHE: OrderedDict[str, Arena] = OrderedDict()
_CACHE_SIZE = 8


def arena_for(scenario: Scenario) -> Arena:
    """The arena of ``scenario``, built once per process and kept (a few at a time)."""
    key = scenario_hash(scenario)
    arena = _CACHE.get(key)
    if arena is None:
        arena = Arena.build(scenario)
        _CACHE[key] = arena
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return arena
