"""Non-dominated filtering of integer utility keys, vectorised.

A row ``a`` dominates a row ``b`` when ``a >= b`` in every column and the rows differ.
Rows must be distinct (callers deduplicate first), so "weakly better everywhere" is
enough.

Two columns: sort by the first descending and keep the rows whose second column beats
everything before them (Kung, Luccio and Preparata 1975), ``O(n log n)``. More columns:
the same sweep in blocks: each block is checked against the maximal set of the
projections (columns ``1:``) of the rows kept so far, and against itself by broadcasting.
That dominance query is itself answered by blocks of the reference sorted by its first
column, recursing one column lower, down to two columns, where a staircase sorted by its
first column is searched with ``searchsorted``.

>>> import numpy as np
>>> nondominated(np.array([[3, 1], [1, 3], [2, 2], [1, 1], [0, 3]])).tolist()
[0, 1, 2]
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ..budget import WorkBudget

__all__ = ["dominated_by", "nondominated"]

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

_BLOCK = 256
_BRUTE = 2048
_CHUNK = 1 << 20
# Units of work charged to a budget (one unit is about one outcome-issue of enumeration):
# element comparisons are far cheaper than that, sorts and numpy calls dearer.
_COMPARISONS_PER_UNIT = 32
_SORT_UNITS = 4  # per element sorted
_CALL_UNITS = 1_000  # per block of comparisons: numpy's fixed cost per call


def _charge_comparisons(budget: WorkBudget | None, elements: int) -> None:
    if budget is not None:
        budget.charge(_CALL_UNITS + elements // _COMPARISONS_PER_UNIT)


def nondominated(keys: IntArray, budget: WorkBudget | None = None) -> IntArray:
    """Indices, ascending, of the rows of ``keys`` (distinct rows) that no row dominates.

    With ``budget``, the work is charged before it is done: the rows sorted, and every
    pairwise comparison of rows (rows times rows times columns, block by block), so a
    filter that would explode raises :class:`~zopa.budget.BudgetExceeded` instead.
    """
    keys = np.asarray(keys)
    n, d = keys.shape
    if n <= 1:
        return np.arange(n, dtype=np.int64)
    if budget is not None:
        budget.charge(n * d * _SORT_UNITS)
    if d == 1:
        return np.array([int(np.argmax(keys[:, 0]))], dtype=np.int64)
    order = _descending(keys)
    ordered = keys[order]
    if d == 2:
        y = ordered[:, 1]
        best_before = np.maximum.accumulate(y)
        keep = np.empty(n, dtype=bool)
        keep[0] = True
        keep[1:] = y[1:] > best_before[:-1]
        return np.sort(order[keep])
    kept: list[IntArray] = []
    # Projections (columns 1:) of the rows kept so far: a compacted maximal part, plus
    # the rows kept since, compacted once they outnumber it (amortised rebuilds).
    stair = np.empty((0, d - 1), dtype=keys.dtype)
    pending: list[IntArray] = []
    waiting = 0
    for start in range(0, n, _BLOCK):
        tail = ordered[start:start + _BLOCK, 1:]
        reference = np.concatenate([stair, *pending]) if pending else stair
        alive = np.flatnonzero(~dominated_by(tail, reference, budget))
        if len(alive) > 1:
            _charge_comparisons(budget, len(alive) * len(alive) * (d - 1))
            sub = tail[alive]
            weakly = np.ones((len(alive), len(alive)), dtype=bool)
            for c in range(d - 1):
                weakly &= sub[:, None, c] >= sub[None, :, c]
            # Only rows earlier in the sweep can dominate (their first column is not smaller).
            alive = alive[~np.triu(weakly, k=1).any(axis=0)]
        if len(alive):
            kept.append(start + alive)
            pending.append(tail[alive])
            waiting += len(alive)
            if waiting > max(len(stair), 4 * _BLOCK):
                stair = _maximal(np.concatenate([stair, *pending]), budget)
                pending, waiting = [], 0
    return np.sort(order[np.concatenate(kept)])


def dominated_by(queries: IntArray, reference: IntArray,
                 budget: WorkBudget | None = None) -> BoolArray:
    """For each query row, whether some row of ``reference`` is ``>=`` it in every column.

    The smaller ``reference`` (a maximal set is best), the faster. With ``budget``, the
    comparisons are charged to it before they are made.
    """
    m, d = queries.shape
    if len(reference) == 0 or m == 0:
        return np.zeros(m, dtype=bool)
    if d <= 2:
        _charge_comparisons(budget, (len(reference) + m) * _SORT_UNITS
                            * _COMPARISONS_PER_UNIT)
    if d == 1:
        return np.asarray(queries[:, 0] <= reference[:, 0].max())
    if d == 2:
        # The best second column among reference rows whose first column is large enough.
        ref = reference[np.argsort(reference[:, 0], kind="stable")]
        best_after = np.maximum.accumulate(ref[::-1, 1])[::-1]
        pos = np.searchsorted(ref[:, 0], queries[:, 0], side="left")
        hit = pos < len(ref)
        out = np.zeros(m, dtype=bool)
        out[hit] = best_after[pos[hit]] >= queries[hit, 1]
        return out
    if len(reference) <= _BRUTE:
        return _brute_dominated(queries, reference, budget)
    # Blocks of the reference by its first column, descending: a query whose first column
    # is below a whole block is compared with the block one column lower; a query inside
    # a block's range is compared with its rows.
    ref = reference[np.argsort(-reference[:, 0], kind="stable")]
    out = np.zeros(m, dtype=bool)
    for start in range(0, len(ref), _BRUTE):
        block = ref[start:start + _BRUTE]
        low, high = block[-1, 0], block[0, 0]
        covered = np.flatnonzero(~out & (queries[:, 0] <= low))
        if len(covered):
            out[covered] = dominated_by(queries[covered, 1:], block[:, 1:], budget)
        inside = np.flatnonzero(~out & (queries[:, 0] > low) & (queries[:, 0] <= high))
        if len(inside):
            out[inside] = _brute_dominated(queries[inside], block, budget)
    return out


def _brute_dominated(queries: IntArray, reference: IntArray,
                     budget: WorkBudget | None = None) -> BoolArray:
    m, d = queries.shape
    out = np.zeros(m, dtype=bool)
    step = max(1, _CHUNK // max(1, len(reference) * d))
    for start in range(0, m, step):
        q = queries[start:start + step]
        _charge_comparisons(budget, len(q) * len(reference) * d)
        weakly = np.ones((len(q), len(reference)), dtype=bool)
        for c in range(d):
            weakly &= reference[None, :, c] >= q[:, None, c]
        out[start:start + step] = weakly.any(axis=1)
    return out


def _maximal(rows: IntArray, budget: WorkBudget | None = None) -> IntArray:
    """The maximal rows of a set that may contain duplicates."""
    if len(rows) <= 1:
        return rows
    unique = np.unique(rows, axis=0)
    return unique[nondominated(unique, budget)]


def _descending(keys: IntArray) -> IntArray:
    """Row order by the first column descending, ties by the next columns descending."""
    columns = tuple(-keys[:, c] for c in reversed(range(keys.shape[1])))
    return np.lexsort(columns).astype(np.int64)
