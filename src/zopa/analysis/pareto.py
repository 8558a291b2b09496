"""Non-dominated filtering of integer utility keys, vectorised.

A row ``a`` dominates a row ``b`` when ``a >= b`` in every column and the rows differ.
Rows must be distinct (callers deduplicate first), so "weakly better everywhere" is
enough.

Two columns: sort by the first descending and keep the rows whose second column beats
everything before them (Kung, Luccio and Preparata 1975), ``O(n log n)``. More columns:
the same sweep in blocks: each block is checked against the maximal set of the
projections (columns ``1:``) of the rows kept so far, a staircase that is searched with
``searchsorted`` for three columns, and against itself by broadcasting.

>>> import numpy as np
>>> nondominated(np.array([[3, 1], [1, 3], [2, 2], [1, 1], [0, 3]])).tolist()
[0, 1, 2]
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["dominated_by", "nondominated"]

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

_BLOCK = 256
_CHUNK = 1 << 20


def nondominated(keys: IntArray) -> IntArray:
    """Indices, ascending, of the rows of ``keys`` (distinct rows) that no row dominates."""
    keys = np.asarray(keys)
    n, d = keys.shape
    if n <= 1:
        return np.arange(n, dtype=np.int64)
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
    stair = np.empty((0, d - 1), dtype=keys.dtype)
    for start in range(0, n, _BLOCK):
        tail = ordered[start:start + _BLOCK, 1:]
        alive = np.flatnonzero(~dominated_by(tail, stair))
        if len(alive) > 1:
            sub = tail[alive]
            weakly = np.ones((len(alive), len(alive)), dtype=bool)
            for c in range(d - 1):
                weakly &= sub[:, None, c] >= sub[None, :, c]
            # Only rows earlier in the sweep can dominate (their first column is not smaller).
            alive = alive[~np.triu(weakly, k=1).any(axis=0)]
        if len(alive):
            kept.append(start + alive)
            stair = _maximal(np.concatenate([stair, tail[alive]]))
    return np.sort(order[np.concatenate(kept)])


def dominated_by(queries: IntArray, reference: IntArray) -> BoolArray:
    """For each query row, whether some row of ``reference`` is ``>=`` it in every column.

    ``reference`` should be a maximal set (no row below another), which keeps it small.
    """
    m, d = queries.shape
    if len(reference) == 0 or m == 0:
        return np.zeros(m, dtype=bool)
    if d == 1:
        return np.asarray(queries[:, 0] <= reference[:, 0].max())
    if d == 2:
        # A maximal set sorted by its first column ascending has its second descending.
        ref = reference[np.argsort(reference[:, 0], kind="stable")]
        pos = np.searchsorted(ref[:, 0], queries[:, 0], side="left")
        hit = pos < len(ref)
        out = np.zeros(m, dtype=bool)
        out[hit] = ref[pos[hit], 1] >= queries[hit, 1]
        return out
    out = np.zeros(m, dtype=bool)
    step = max(1, _CHUNK // max(1, len(reference) * d))
    for start in range(0, m, step):
        q = queries[start:start + step]
        weakly = np.ones((len(q), len(reference)), dtype=bool)
        for c in range(d):
            weakly &= reference[None, :, c] >= q[:, None, c]
        out[start:start + step] = weakly.any(axis=1)
    return out


def _maximal(rows: IntArray) -> IntArray:
    """The maximal rows of a set that may contain duplicates."""
    if len(rows) <= 1:
        return rows
    unique = np.unique(rows, axis=0)
    return unique[nondominated(unique)]


def _descending(keys: IntArray) -> IntArray:
    """Row order by the first column descending, ties by the next columns descending."""
    columns = tuple(-keys[:, c] for c in reversed(range(keys.shape[1])))
    return np.lexsort(columns).astype(np.int64)
