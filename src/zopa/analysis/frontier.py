"""The Pareto frontier of the agreement space, without enumerating the outcome space.

``method="merge"`` builds the frontier stage by stage (see
:mod:`zopa.analysis.stages`): the frontier of a sum of independent parts is the frontier
of the sum of the parts' frontiers, so after each stage only the non-dominated partial
sums are kept (Minkowski-sum merging with pruning). Partial sums that can no longer reach
some party's reservation, whatever the remaining stages add, are dropped on the way; so
the cost grows with the size of the frontier, not with the number of outcomes.

Where multi-issue red lines chain many issues together, the space is cut into disjoint
boxes (:func:`zopa.analysis.stages.build_boxes`), merged one by one, and the frontier of
their union kept.

``method="enumerate"`` walks the whole outcome space in lexicographic order, in chunks of
bounded size: the reference the merge is tested against, and the fallback when even boxes
fail.

``method="auto"`` (what :func:`frontier_points` does by default) first drops the options
that another option of the same issue dominates; a space that is then small is walked in
one vectorised pass, or for two parties in plain Python (numpy's cost per call dominates
there); anything larger is merged.

Both return, for each distinct point, the first outcome (in the order of the outcome
space) that reaches it: duplicates of a point keep the lexicographically smallest
outcome.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ..space import Space
from ._tolerance import KEY_SCALE, TOL, keys, meets
from .pareto import nondominated
from .stages import Stage, TooCoupled, build_boxes

__all__ = [
    "Method",
    "PointSet",
    "enumeration_count",
    "frontier_points",
    "iterate_outcomes",
    "lexicographic_first",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
Method = Literal["auto", "merge", "enumerate"]

_CANDIDATES = 1 << 21
_ENUM_CHUNK = 1 << 16
_SMALL = 4096
_FEW = 256
_FEW_OPTIONS = 32
_PRUNE_OPTIONS = 1024


@dataclass(frozen=True, eq=False)
class PointSet:
    """Distinct utility points, each with the first outcome that reaches it.

    ``utility`` is recomputed from ``outcomes`` in the canonical order (issues in file
    order), so every method reports the same doubles.
    """

    keys: IntArray
    utility: FloatArray
    outcomes: IntArray

    def __len__(self) -> int:
        return len(self.keys)

    def take(self, index: IntArray | NDArray[np.bool_]) -> PointSet:
        return PointSet(self.keys[index], self.utility[index], self.outcomes[index])

    def sorted(self) -> PointSet:
        """By the first party's utility descending, then the next parties'."""
        columns = tuple(-self.keys[:, c] for c in reversed(range(self.keys.shape[1])))
        return self.take(np.lexsort(columns)) if len(self) else self


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
    bookkeeping); otherwise stages are merged.
    """
    r = space.reservations if reservations is None else np.asarray(reservations, dtype=float)
    if method == "auto":
        kept = _undominated_options(space, active)
        if kept is not None:
            count = math.prod(len(k) for k in kept)
            if space.party_count == 2 and count <= _FEW:
                return _two_party_pass(space, r, kept)
            if count <= _SMALL:
                return _small(space, r, active, kept)
        if space.outcome_count <= _SMALL:
            return _small(space, r, active)
    if method in ("auto", "merge"):
        try:
            boxes = build_boxes(space, active)
        except TooCoupled:
            if method == "merge":
                raise
        else:
            if len(boxes) == 1:
                return _finish(space, _merge(space, boxes[0], r))
            parts = [_merge(space, box, r) for box in boxes]
            return _finish(space, _union(parts) if parts else _empty(space.party_count,
                                                                     len(space.issues)))
    return _finish(space, _enumerate(space, r, active))


def _union(parts: Sequence[PointSet]) -> PointSet:
    """The frontier of a union of disjoint parts, from the parts' frontiers."""
    k = np.concatenate([p.keys for p in parts])
    utility = np.concatenate([p.utility for p in parts])
    outcomes = np.concatenate([p.outcomes for p in parts])
    if not len(k):
        return PointSet(k, utility, outcomes)
    rep = _first_per_key(k, lambda idx: outcomes[idx])
    keep = rep[nondominated(k[rep])]
    return PointSet(k[keep], utility[keep], outcomes[keep])


def _finish(space: Space, points: PointSet) -> PointSet:
    utility = space.utilities(points.outcomes)
    return PointSet(keys(utility), utility, points.outcomes).sorted()


def _merge(space: Space, stages: Sequence[Stage], r: FloatArray) -> PointSet:
    d = space.party_count
    n_issues = len(space.issues)
    if any(len(s) == 0 for s in stages):
        return _empty(d, n_issues)
    # What each party can still gain after each stage, for pruning hopeless partial sums.
    best = np.array([s.utility.max(axis=0) for s in stages])
    still = np.concatenate([np.cumsum(best[::-1], axis=0)[::-1][1:], np.zeros((1, d))])
    utility = np.zeros((1, d))
    outcomes = np.full((1, n_issues), -1, dtype=np.int64)
    covered: list[int] = []
    for stage, reachable in zip(stages, still, strict=True):
        covered = sorted([*covered, *stage.issues])
        options = _stage_frontier(stage)
        need = r - reachable
        step = _two_party_step(utility, options, need) if d == 2 else None
        if step is None:
            step = _step(utility, outcomes, options, covered, need)
        prev, choice, utility = step
        rows = outcomes[prev]
        rows[:, list(stage.issues)] = options.choices[choice]
        outcomes = rows
        if not len(utility):
            return _empty(d, n_issues)
    ok = meets(utility, r)
    return PointSet(keys(utility[ok]), utility[ok], outcomes[ok])


def _two_party_step(utility: FloatArray, stage: Stage, need: FloatArray
                    ) -> tuple[IntArray, IntArray, FloatArray] | None:
    """One merge step for two parties in a handful of array operations: one sort of the
    packed keys and a running maximum. ``None`` (use the general step) when the candidates
    are too many for one pass or two of them reach the same point, where the tie needs
    the outcomes compared."""
    f, m = len(utility), len(stage)
    if f * m > _CANDIDATES:
        return None
    total = (utility[:, None, :] + stage.utility[None, :, :]).reshape(f * m, 2)
    index = np.arange(f * m)
    if (need > TOL).any():
        viable = (total >= need - TOL - 1e-12).all(axis=1)
        total, index = total[viable], index[viable]
        if not len(index):
            return index, index, total
    keep = _two_party_front(keys(total))
    if keep is None:
        return None
    index = index[keep]
    return index // m, index % m, total[keep]


def _stage_frontier(stage: Stage) -> Stage:
    """The stage's own non-dominated choices; among equal ones the first (smallest)."""
    k = keys(stage.utility)
    keep = _two_party_front(k)
    if keep is None:
        first = _first_occurrences(k)
        keep = first[nondominated(k[first])]
    return Stage(stage.issues, stage.choices[keep], stage.utility[keep], stage.crossed[keep])


def _two_party_front(k: IntArray) -> IntArray | None:
    """The fast path for two parties without duplicate points: one sort of packed keys,
    then a running maximum. ``None`` when it does not apply."""
    if k.shape[1] != 2:
        return None
    if len(k) < 2:
        return np.arange(len(k))
    order, repeated = _descending_pairs(k)
    return None if repeated.any() else _staircase(k, order)


def _first_front(k: IntArray) -> IntArray:
    """The two-party frontier of ``k`` (at least one row), keeping the first of equal
    rows, ordered by the first party's key descending (the format's order)."""
    order, repeated = _descending_pairs(k)
    return _staircase(k, order[np.concatenate(([True], ~repeated))])


def _descending_pairs(k: IntArray) -> tuple[IntArray, BoolArray]:
    """The rows of two-column keys by the first column, then the second, descending
    (equal rows in their order), and whether each row equals the one before it."""
    packed = (k[:, 0] << 32) | k[:, 1]  # keys of utilities in [0, 1] fit in 31 bits
    order = np.argsort(-packed, kind="stable")
    ordered = packed[order]
    return order, ordered[1:] == ordered[:-1]


def _staircase(k: IntArray, order: IntArray) -> IntArray:
    """Of the distinct rows ``order`` of two-column keys, sorted descending, those whose
    second column beats every row before them: the non-dominated ones."""
    y = k[order, 1]
    keep = np.ones(len(y), dtype=bool)
    keep[1:] = y[1:] > np.maximum.accumulate(y)[:-1]
    return order[keep]


def _step(utility: FloatArray, outcomes: IntArray, stage: Stage, covered: list[int],
          need: FloatArray) -> tuple[IntArray, IntArray, FloatArray]:
    """Add a stage to every partial sum; keep the non-dominated sums that can still reach
    ``need`` (reservation minus what later stages can add)."""
    f, m = len(utility), len(stage)
    per_chunk = max(1, _CANDIDATES // m)
    prune = bool((need > TOL).any())
    parts = []
    for start in range(0, f, per_chunk):
        stop = min(f, start + per_chunk)
        prev = (np.arange(start, stop)[:, None] + np.zeros((1, m), dtype=np.int64)).ravel()
        choice = np.tile(np.arange(m), stop - start)
        total = (utility[start:stop, None, :] + stage.utility[None, :, :]).reshape(-1,
                                                                                  need.size)
        if prune:
            viable = (total >= need - TOL - 1e-12).all(axis=1)
            prev, choice, total = prev[viable], choice[viable], total[viable]
        parts.append(_reduce(prev, choice, total, outcomes, stage, covered))
    if len(parts) == 1:
        return parts[0]
    prev = np.concatenate([p[0] for p in parts])
    choice = np.concatenate([p[1] for p in parts])
    total = np.concatenate([p[2] for p in parts])
    return _reduce(prev, choice, total, outcomes, stage, covered)


def _reduce(prev: IntArray, choice: IntArray, total: FloatArray, outcomes: IntArray,
            stage: Stage, covered: list[int]) -> tuple[IntArray, IntArray, FloatArray]:
    if len(prev) == 0:
        return prev, choice, total
    k = keys(total)
    fast = _two_party_front(k)
    if fast is not None:
        return prev[fast], choice[fast], total[fast]
    rep = _first_per_key(k, lambda idx: _rows(outcomes, stage, prev[idx], choice[idx],
                                              covered))
    keep = rep[nondominated(k[rep])]
    return prev[keep], choice[keep], total[keep]


def _rows(outcomes: IntArray, stage: Stage, prev: IntArray, choice: IntArray,
          covered: list[int]) -> IntArray:
    rows = outcomes[prev]
    rows[:, list(stage.issues)] = stage.choices[choice]
    return rows[:, covered]


def _first_per_key(k: IntArray, rows_of: Callable[[IntArray], IntArray]) -> IntArray:
    """One index per distinct key row: the one whose outcome row is smallest."""
    order = np.lexsort(tuple(k[:, c] for c in reversed(range(k.shape[1]))))
    ks = k[order]
    starts = np.ones(len(ks), dtype=bool)
    starts[1:] = (ks[1:] != ks[:-1]).any(axis=1)
    group = np.cumsum(starts) - 1
    rep = order[starts]
    sizes = np.bincount(group)
    shared = sizes[group] > 1
    if shared.any():
        members = order[shared]
        gids = group[shared]
        rows = rows_of(members)
        by = np.lexsort((*(rows[:, c] for c in reversed(range(rows.shape[1]))), gids))
        first = np.ones(len(by), dtype=bool)
        first[1:] = gids[by][1:] != gids[by][:-1]
        rep[gids[by][first]] = members[by][first]
    return rep


def _empty(d: int, n_issues: int) -> PointSet:
    return PointSet(np.empty((0, d), dtype=np.int64), np.empty((0, d)),
                    np.empty((0, n_issues), dtype=np.int64))


def iterate_outcomes(sizes: Sequence[int], chunk: int = _ENUM_CHUNK,
                     start: int = 0) -> Iterator[IntArray]:
    """Yield the outcome space in lexicographic order (the last issue fastest), as rows
    of option indices, ``chunk`` rows at a time."""
    total = int(np.prod(sizes, dtype=object))
    radix = np.array(sizes, dtype=np.int64)
    for first in range(start, total, chunk):
        count = min(chunk, total - first)
        codes = np.arange(count, dtype=object) + first if total >= 2**62 else (
            np.arange(first, first + count, dtype=np.int64))
        rows = np.empty((count, len(sizes)), dtype=np.int64)
        for i in range(len(sizes) - 1, -1, -1):
            rows[:, i] = (codes % int(radix[i])).astype(np.int64)
            codes = codes // int(radix[i])
        yield rows


def _enumerate(space: Space, r: FloatArray, active: Sequence[int] | None) -> PointSet:
    d, n_issues = space.party_count, len(space.issues)
    lines = [space.red_lines[k] for k in (range(len(space.red_lines)) if active is None
                                           else active)]
    archive = _empty(d, n_issues)
    for rows in iterate_outcomes(space.sizes):
        ok = np.ones(len(rows), dtype=bool)
        for red_line in lines:
            ok &= ~red_line.violated(rows)
        rows = rows[ok]
        utility = space.utilities(rows)
        ok = meets(utility, r)
        rows, utility = rows[ok], utility[ok]
        if not len(rows):
            continue
        merged_utility = np.concatenate([archive.utility, utility])
        merged_rows = np.concatenate([archive.outcomes, rows])
        k = keys(merged_utility)
        first = _first_occurrences(k)  # earlier outcomes come first
        keep = first[nondominated(k[first])]
        archive = PointSet(k[keep], merged_utility[keep], merged_rows[keep])
    return archive


def _small(space: Space, r: FloatArray, active: Sequence[int] | None,
           kept: Sequence[list[int]] | None = None) -> PointSet:
    """The frontier of a small outcome space in one pass over all of it, with as few
    array operations as it takes: small domains are where a fixed cost shows.

    With ``kept`` (each issue's options that can appear in a frontier outcome, see
    :func:`_undominated_options`), only their product is visited and no red line is
    checked: the caller has removed the options red lines forbid.

    The utility table is built by broadcasting, issue by issue in file order, so its
    doubles are those :meth:`Space.utilities` computes; row ``j`` is the ``j``-th outcome
    in the order of the (reduced) outcome space, so the first of equal points is the
    smallest ``j``.
    """
    d = space.party_count
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
        return _empty(d, len(sizes))
    k = keys(utility[index])
    if d == 2:
        keep = _first_front(k)  # already in the format's order
    else:
        first = _first_occurrences(k)
        keep = first[nondominated(k[first])]
    index = index[keep]
    outcomes = np.array(np.unravel_index(index, sizes), dtype=np.int64).T.copy()
    if kept is not None:
        for i, options in enumerate(kept):
            outcomes[:, i] = np.asarray(options, dtype=np.int64)[outcomes[:, i]]
    points = PointSet(k[keep], utility[index], outcomes)
    return points if d == 2 else points.sorted()


def _two_party_pass(space: Space, r: FloatArray, kept: Sequence[list[int]]) -> PointSet:
    """Two parties and few outcomes once dominated options are dropped (``kept``, see
    :func:`_undominated_options`): the whole pass in plain Python, since below a few
    hundred outcomes numpy's cost per call is most of the time.

    The same rules as :func:`_small`, to the bit: utilities are summed issue by issue in
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
        return _empty(2, len(space.sizes))
    return PointSet(np.array([f[:2] for f in front], dtype=np.int64),
                    np.array([f[2:4] for f in front], dtype=np.float64),
                    np.array([f[4] for f in front], dtype=np.int64))


def _undominated_options(space: Space, active: Sequence[int] | None
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
    if any(not line.single_issue for line in lines) or sum(space.sizes) > _PRUNE_OPTIONS:
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
    """:func:`_undominated_options` for one issue and two parties, in plain Python."""
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


def _first_occurrences(k: IntArray) -> IntArray:
    """The index of the first row of each distinct key, ascending."""
    if k.shape[1] == 2:
        _, first = np.unique((k[:, 0] << 32) | k[:, 1], return_index=True)
    else:
        _, first = np.unique(k, axis=0, return_index=True)
    return np.sort(first)


def enumeration_count(space: Space, r: FloatArray | None = None,
                      active: Sequence[int] | None = None) -> int:
    """How many outcomes cross none of the ``active`` red lines and reach ``r``, by
    walking the whole outcome space (the reference for :mod:`zopa.analysis.count`)."""
    r = space.reservations if r is None else r
    lines = [space.red_lines[k] for k in (range(len(space.red_lines)) if active is None
                                           else active)]
    total = 0
    for rows in iterate_outcomes(space.sizes):
        ok = np.ones(len(rows), dtype=bool)
        for red_line in lines:
            ok &= ~red_line.violated(rows)
        total += int(meets(space.utilities(rows[ok]), r).sum())
    return total


def lexicographic_first(outcomes: IntArray) -> int:
    """The position of the smallest row, in the order of the outcome space."""
    return int(np.lexsort(tuple(outcomes[:, c] for c in reversed(range(outcomes.shape[1]))))[0])

