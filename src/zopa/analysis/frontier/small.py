"""Small spaces in one pass: ``method="pass"`` visits every outcome in one vectorised
pass; ``method="pruned-pass"`` first drops, issue by issue, the options another option of
the same issue dominates (:func:`undominated_options`) and visits the product of the
rest; ``method="two-party-pass"`` does the same for two parties in plain Python, where
numpy's cost per call would dominate. ``method="auto"`` picks one of them for small
spaces (see :func:`zopa.analysis.frontier.frontier_points`).

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> space = compile_space(load_example("job-offer"))
>>> undominated_options(space, None) is None  # a red line ties two issues together
True
>>> [len(k) for k in undominated_options(space, [])]  # without red lines: all kept
[9, 5, 6, 3, 3]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from ...space import Space
from .._tolerance import KEY_SCALE, TOL, keys
from ..pareto import nondominated
from .points import PointSet, empty, first_front, first_occurrences

__all__ = ["one_pass", "two_party_pass", "undominated_options"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

_FEW_OPTIONS = 32
_PRUNE_OPTIONS = 1024


def one_pass(space: Space, r: FloatArray, active: Sequence[int] | None,
           kept: Sequence[list[int]] | None = None) -> PointSet:
    """The frontier of a small outcome space in one pass over all of it, with as few
    array operations as it takes: small domains are where a fixed cost shows.

    With ``kept`` (each issue's options that can appear in a frontier outcome, see
    :func:`undominated_options`), only their product is visited and no red line is
    checked: the caller has removed the options red lines forbid.

    The utility table is built by broadcasting, issue by issue in file order, so its
    doubles are those :meth:`Space.utilities` computes; row ``j`` is the ``j``-th outcome
    in the order of the (reduced) outcome space, so the first of equal points is the
    smallest ``j``.
    """
    d = space.party_count
    if not space.additive:
        return _non_additive_pass(space, r, active)
    tables = space.contributions if kept is None else [
        t[k] for t, k in zip(space.contributions, kept, strict=True)]
    sizes = space.sizes if kept is None else tuple(len(k) for k in kept)
    utility = np.zeros((1, d))
    for table in tables:
        utility = (utility[:, None, :] + table[None, :, :]).reshape(-1, d)
    ok = utility[:, 0] >= r[0] - TOL
    for p in range(1, d):
        ok &= utility[:, p] >= r[p] - TOL
    lines = [] if kept is not None else (
        space.red_lines if active is None else [space.red_lines[k] for k in active])
    if lines:
        rows = np.indices(sizes).reshape(len(sizes), -1).T
        for red_line in lines:
            ok &= ~red_line.violated(rows)
    index = np.flatnonzero(ok)
    if not len(index):
        return empty(d, len(sizes))
    k = keys(utility[index])
    if d == 2:
        keep = first_front(k)  # already in the format's order
    else:
        first = first_occurrences(k)
        keep = first[nondominated(k[first])]
    index = index[keep]
    outcomes = np.array(np.unravel_index(index, sizes), dtype=np.int64).T.copy()
    if kept is not None:
        for i, options in enumerate(kept):
            outcomes[:, i] = np.asarray(options, dtype=np.int64)[outcomes[:, i]]
    points = PointSet(k[keep], utility[index], outcomes)
    return points if d == 2 else points.sorted()


def two_party_pass(space: Space, r: FloatArray, kept: Sequence[list[int]]) -> PointSet:
    """Two parties and few outcomes once dominated options are dropped (``kept``, see
    :func:`undominated_options`): the whole pass in plain Python, since below a few
    hundred outcomes numpy's cost per call is most of the time.

    The same rules as :func:`one_pass`, to the bit: utilities are summed issue by issue in
    file order, keys are ``round(u * 1e9)`` (ties to even, as ``np.rint``), and a stable
    sort keeps the first outcome of each point.
    """
    low0, low1 = float(r[0]) - TOL, float(r[1]) - TOL
    partial: list[tuple[float, float, tuple[int, ...]]] = [(0.0, 0.0, ())]
    for rows, options in zip(space.option_rows, kept, strict=True):
        survivors = [(k, rows[k][0], rows[k][1]) for k in options]
        partial = [(u + a, v + b, (*o, k)) for u, v, o in partial for k, a, b in survivors]
    found = [(round(u * KEY_SCALE), round(v * KEY_SCALE), u, v, o)
             for u, v, o in partial if u >= low0 and v >= low1]
    found.sort(key=lambda f: (-f[0], -f[1]))  # stable: equal points keep the first
    front = []
    best = -1
    for f in found:
        if f[1] > best:
            front.append(f)
            best = f[1]
    if not front:
        return empty(2, len(space.sizes))
    return PointSet(np.array([f[:2] for f in front], dtype=np.int64),
                    np.array([f[2:4] for f in front], dtype=np.float64),
                    np.array([f[4] for f in front], dtype=np.int64))


def undominated_options(space: Space, active: Sequence[int] | None
                         ) -> list[list[int]] | None:
    """Each issue's options that the first outcome of a frontier point can use, or
    ``None`` when a multi-issue red line is active (options are then not independent) or
    the issues have more than :data:`_PRUNE_OPTIONS` options in all (the comparison of
    every pair would cost more than it saves).

    Options that a single-issue red line forbids go first. Of the rest, option ``a`` is
    dropped when another option ``b`` of the same issue gives every party at least as
    much (exactly, as doubles) and either some party at least 2e-9 more, or every party
    exactly the same and ``b`` comes first. Swapping ``a`` for ``b`` in an outcome then
    either reaches a point whose keys dominate (floating-point addition is monotone, and
    2e-9 moves a key), or reaches the very same point with an earlier outcome; so no
    frontier point's first outcome uses ``a``, and red lines aside, reservations too are
    met by the swap.

    Two parties and issues of few options are compared in plain Python (cheaper there),
    anything else in one numpy pass over all issues' stacked options.
    """
    lines = space.red_lines if active is None else [space.red_lines[k] for k in active]
    if any(not line.single_issue for line in lines) or sum(space.sizes) > _PRUNE_OPTIONS or (
            not space.additive):
        return None
    forbidden: list[list[BoolArray]] = [[] for _ in space.sizes]
    for line in lines:
        forbidden[line.issues[0]].append(line.forbidden[0])
    if space.party_count == 2 and max(space.sizes, default=0) <= _FEW_OPTIONS:
        return [_undominated_pairs(rows, masks)
                for rows, masks in zip(space.option_rows, forbidden, strict=True)]
    table = space.option_table
    offsets = np.cumsum((0, *space.sizes))
    same_issue, earlier = _option_blocks(space.sizes)
    allowed = np.ones(len(table), dtype=bool)
    for i, masks in enumerate(forbidden):
        for mask in masks:
            allowed[offsets[i]:offsets[i + 1]] &= ~mask
    at_least = same_issue & allowed[:, None]  # only allowed options dominate
    clearly = np.zeros_like(same_issue)
    for p in range(space.party_count):
        column = table[:, p]
        at_least = at_least & (column[:, None] >= column[None, :])  # [b, a]: b >= a
        clearly = clearly | (column[:, None] >= column[None, :] + 2e-9)
    dominated = (at_least & (clearly | (at_least.T & earlier))).any(axis=0)
    kept = np.flatnonzero(allowed & ~dominated)
    cuts = np.searchsorted(kept, offsets)
    return [(kept[cuts[i]:cuts[i + 1]] - offsets[i]).tolist() for i in range(len(space.sizes))]


def _undominated_pairs(rows: Sequence[Sequence[float]], forbidden: Sequence[BoolArray]
                       ) -> list[int]:
    """:func:`undominated_options` for one issue and two parties, in plain Python."""
    options: Sequence[int] = range(len(rows))
    if forbidden:
        options = [a for a in options if not any(f[a] for f in forbidden)]
    kept: list[int] = []
    for a in options:
        a0, a1 = rows[a]
        for b in options:
            b0, b1 = rows[b]
            if b != a and b0 >= a0 and b1 >= a1 and (
                    b0 >= a0 + 2e-9 or b1 >= a1 + 2e-9 or (b0 == a0 and b1 == a1 and b < a)):
                break
        else:
            kept.append(a)
    return kept


@functools.lru_cache(maxsize=256)
def _option_blocks(sizes: tuple[int, ...]) -> tuple[BoolArray, BoolArray]:
    """For the stacked options of issues of these sizes: ``[b, a]`` when ``b`` and
    ``a`` are distinct options of the same issue, and when ``b`` comes before ``a``."""
    issue = np.repeat(np.arange(len(sizes)), sizes)
    same = issue[:, None] == issue[None, :]
    np.fill_diagonal(same, False)
    earlier = np.tri(len(issue), k=-1, dtype=bool).T
    same.flags.writeable = earlier.flags.writeable = False
    return same, earlier


def _non_additive_pass(space: Space, r: FloatArray, active: Sequence[int] | None
                       ) -> PointSet:
    """:func:`one_pass` where interaction terms make utilities more than sums over
    issues: every outcome's utility by :meth:`Space.utilities`, the one utility
    function of the space."""
    rows = np.indices(space.sizes).reshape(len(space.sizes), -1).T
    utility = space.utilities(rows)
    ok = (utility >= r - TOL).all(axis=1)
    lines = space.red_lines if active is None else [space.red_lines[k] for k in active]
    for red_line in lines:
        ok &= ~red_line.violated(rows)
    index = np.flatnonzero(ok)
    if not len(index):
        return empty(space.party_count, len(space.sizes))
    k = keys(utility[index])
    first = first_occurrences(k)
    keep = index[first[nondominated(k[first])]]
    return PointSet(keys(utility[keep]), utility[keep], rows[keep].astype(np.int64)).sorted()
