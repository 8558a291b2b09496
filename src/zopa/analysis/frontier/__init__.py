"""The Pareto frontier of the agreement space, without enumerating the outcome space.

One function, :func:`frontier_points`, dispatches on ``method`` to the variants, each in
a module of its own:

- ``"merge"`` (:mod:`.merge`): stage by stage, keeping the non-dominated partial sums;
  boxes where multi-issue red lines chain many issues;
- ``"enumerate"`` (:mod:`.enumerate`): the whole outcome space in lexicographic order,
  the reference the others are tested against;
- ``"pass"``, ``"pruned-pass"``, ``"two-party-pass"`` (:mod:`.small`): small spaces in one
  pass, after dropping dominated options for the last two;
- ``"milp"`` (:mod:`.milp`): two parties whose interaction terms tie too many issues
  together for stages, by an epsilon-constraint sweep of mixed-integer programmes;
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

import dataclasses
import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ...budget import WorkBudget
from ...space import Space
from .._tolerance import keys
from ..pareto import nondominated
from ..stages import TooCoupled, build_boxes
from .enumerate import enumerate_frontier, enumeration_count, iterate_outcomes
from .merge import merge, union
from .milp import milp_frontier
from .points import PointSet, empty, first_per_key, lexicographic_first
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
Method = Literal["auto", "merge", "enumerate", "pass", "pruned-pass", "two-party-pass",
                 "milp"]

_SMALL = 4096
_FEW = 256


def frontier_points(space: Space, reservations: Sequence[float] | FloatArray | None = None,
                    *, active: Sequence[int] | None = None, method: Method = "auto",
                    budget: WorkBudget | None = None) -> PointSet:
    """The Pareto frontier of the outcomes that cross none of the ``active`` red lines
    (all binding ones by default) and reach the ``reservations`` (the parties' own by
    default; pass zeros to ignore them), sorted as the format prints it. The result names
    the method that built it, and says whether it is exact.

    ``"auto"`` first drops, issue by issue, the options no frontier outcome uses (those
    another option of the same issue dominates; not where multi-issue red lines or
    interaction terms tie issues together). When the remaining product, or the whole
    space, is at most a few thousand outcomes, it is visited in one vectorised pass
    (cheaper there than stage bookkeeping); otherwise stages are merged. Where interaction
    terms tie too many issues together for stages, two parties go to ``"milp"``; more are
    enumerated within the work budget. ``"pruned-pass"`` and ``"two-party-pass"`` raise
    :class:`ValueError` where options cannot be dropped one issue at a time. Every step
    whose cost can explode (enumeration, the merges' partial sums, the dominance filters'
    comparisons) charges its work to ``budget`` (the default budget when ``None``) before
    doing it, and raises :class:`~zopa.budget.BudgetExceeded` rather than run past it.
    """
    r = space.reservations if reservations is None else np.asarray(reservations, dtype=float)
    budget = budget if budget is not None else WorkBudget(what="an exact frontier")
    if not space.capped:
        return _dispatch(space, r, active, method, budget)
    # Utilities capped at 1 (GENIUS's min(1, sum / maxutility)): the cap keeps every
    # dominance of the uncapped sums, and can only make more points equal; so the capped
    # frontier is the capped image of the uncapped one, filtered again.
    points = _dispatch(dataclasses.replace(space, capped=()), r, active, method, budget)
    utility = space.utilities(points.outcomes)
    k = keys(utility)
    if len(k):
        first = first_per_key(k, lambda idx: points.outcomes[idx])
        keep = first[nondominated(k[first], budget)]
    else:
        keep = np.arange(0)
    return PointSet(k[keep], utility[keep], points.outcomes[keep], points.method,
                    points.exact, points.bound).sorted()


def _dispatch(space: Space, r: FloatArray, active: Sequence[int] | None, method: Method,
              budget: WorkBudget) -> PointSet:
    if method == "pass":
        return one_pass(space, r, active).labelled("pass")
    if method in ("pruned-pass", "two-party-pass"):
        kept = undominated_options(space, active)
        if kept is None:
            raise ValueError(f"method {method!r} needs options that can be dropped one issue "
                             "at a time (no multi-issue red line or interaction term, at most "
                             "1,024 options)")
        if method == "pruned-pass":
            return one_pass(space, r, active, kept).labelled(method)
        if space.party_count != 2:
            raise ValueError("method 'two-party-pass' needs two parties")
        return two_party_pass(space, r, kept).labelled(method)
    if method == "milp":
        return _milp(space, r, active)
    if method == "auto":
        kept = undominated_options(space, active)
        if kept is not None:
            count = math.prod(len(k) for k in kept)
            if space.party_count == 2 and count <= _FEW:
                return two_party_pass(space, r, kept).labelled("two-party-pass")
            if count <= _SMALL:
                return one_pass(space, r, active, kept).labelled("pruned-pass")
        if space.outcome_count <= _SMALL:
            return one_pass(space, r, active).labelled("pass")
    if method in ("auto", "merge"):
        try:
            boxes = build_boxes(space, active)
        except TooCoupled:
            if method == "merge":
                raise
            if not space.additive and space.party_count == 2:
                return _milp(space, r, active)
        else:
            if len(boxes) == 1:
                return _finish(space, merge(space, boxes[0], r, budget)).labelled("merge")
            parts = [merge(space, box, r, budget) for box in boxes]
            return _finish(space, union(parts, budget) if parts else empty(
                space.party_count, len(space.issues))).labelled("merge-boxes")
    return _finish(space, enumerate_frontier(space, r, active, budget)).labelled("enumerate")


def _milp(space: Space, r: FloatArray, active: Sequence[int] | None) -> PointSet:
    sweep = milp_frontier(space, r, active)
    utility = space.utilities(sweep.outcomes)
    k = keys(utility)
    if len(k):
        first = first_per_key(k, lambda idx: sweep.outcomes[idx])
        keep = first[nondominated(k[first])]
    else:
        keep = np.arange(0)
    return PointSet(k[keep], utility[keep], sweep.outcomes[keep], "milp", sweep.exact,
                    sweep.bound).sorted()


def _finish(space: Space, points: PointSet) -> PointSet:
    utility = space.utilities(points.outcomes)
    return PointSet(keys(utility), utility, points.outcomes).sorted()
