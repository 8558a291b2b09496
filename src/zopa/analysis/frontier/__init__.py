"""The Pareto frontier of the agreement space, without enumerating the outcome space.

One function, :func:`frontier_points`, dispatches on ``method`` to the variants, each in
a module of its own:

- ``"merge"`` (:mod:`.merge`): stage by stage, keeping the non-dominated partial sums;
  boxes where multi-issue red lines chain many issues;
- ``"enumerate"`` (:mod:`.enumerate`): the whole outcome space in lexicographic order,
  the reference the others are tested against;
- ``"pass"``, ``"pruned-pass"``, ``"two-party-pass"`` (:mod:`.small`): small spaces in one
  pass, after dropping dominated options for the last two;
- ``"auto"`` (the default): dominated options dropped first; a space that is then small
  is walked in one pass (for two parties in plain Python); anything larger is merged,
  and enumerated only when stages cannot be formed.

Every method returns, for each distinct point, the first outcome (in the order of the
outcome space) that reaches it: duplicates of a point keep the lexicographically smallest
outcome, so all methods give the very same answer.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> space = compile_space(load_example("job-offer"))
>>> a = frontier_points(space)
>>> b = frontier_points(space, method="enumerate")
>>> bool((a.outcomes == b.outcomes).all())
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ...space import Space
from .._tolerance import keys
from ..stages import TooCoupled, build_boxes
from .enumerate import enumerate_frontier, enumeration_count, iterate_outcomes
from .merge import merge, union
from .points import PointSet, empty, lexicographic_first
from .small import one_pass, two_party_pass, undominated_options

__all__ = [
    "Method",
    "PointSet",
    "enumeration_count",
    "frontier_points",
    "iterate_outcomes",
    "lexicographic_first",
]

FloatArray = NDArray[np.float64]
Method = Literal["auto", "merge", "enumerate", "pass", "pruned-pass", "two-party-pass"]

_SMALL = 4096
_FEW = 256


def frontier_points(space: Space, reservations: Sequence[float] | FloatArray | None = None,
                    *, active: Sequence[int] | None = None, method: Method = "auto"
                    ) -> PointSet:
    """The Pareto frontier of the outcomes that cross none of the ``active`` red lines
    (all binding ones by default) and reach the ``reservations`` (the parties' own by
    default; pass zeros to ignore them), sorted as the format prints it.

    ``"auto"`` first drops, issue by issue, the options no frontier outcome uses (those
    another option of the same issue dominates; not where multi-issue red lines tie
    issues together). When the remaining product, or the whole space, is at most a few
    thousand outcomes, it is visited in one vectorised pass (cheaper there than stage
    bookkeeping); otherwise stages are merged. ``"pruned-pass"`` and ``"two-party-pass"``
    raise :class:`ValueError` where options cannot be dropped one issue at a time.
    """
    r = space.reservations if reservations is None else np.asarray(reservations, dtype=float)
    if method == "pass":
        return one_pass(space, r, active)
    if method in ("pruned-pass", "two-party-pass"):
        kept = undominated_options(space, active)
        if kept is None:
            raise ValueError(f"method {method!r} needs options that can be dropped one issue "
                             "at a time (no multi-issue red line, at most 1,024 options)")
        if method == "pruned-pass":
            return one_pass(space, r, active, kept)
        if space.party_count != 2:
            raise ValueError("method 'two-party-pass' needs two parties")
        return two_party_pass(space, r, kept)
    if method == "auto":
        kept = undominated_options(space, active)
        if kept is not None:
            count = math.prod(len(k) for k in kept)
            if space.party_count == 2 and count <= _FEW:
                return two_party_pass(space, r, kept)
            if count <= _SMALL:
                return one_pass(space, r, active, kept)
        if space.outcome_count <= _SMALL:
            return one_pass(space, r, active)
    if method in ("auto", "merge"):
        try:
            boxes = build_boxes(space, active)
        except TooCoupled:
            if method == "merge":
                raise
        else:
            if len(boxes) == 1:
                return _finish(space, merge(space, boxes[0], r))
            parts = [merge(space, box, r) for box in boxes]
            return _finish(space, union(parts) if parts else empty(space.party_count,
                                                                   len(space.issues)))
    return _finish(space, enumerate_frontier(space, r, active))


def _finish(space: Space, points: PointSet) -> PointSet:
    utility = space.utilities(points.outcomes)
    return PointSet(keys(utility), utility, points.outcomes).sorted()
