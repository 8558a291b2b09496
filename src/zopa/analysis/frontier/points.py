"""Sets of frontier points and the helpers every frontier method shares: keys on the
1e-9 grid, the first outcome of each point, the two-party staircase.

>>> import numpy as np
>>> k = np.array([[3, 1], [1, 3], [2, 2], [1, 1]])
>>> first_front(k).tolist()
[0, 2, 1]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

__all__ = ["PointSet", "empty", "first_front", "first_occurrences", "first_per_key",
           "lexicographic_first", "two_party_front"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class PointSet:
    """Distinct utility points, each with the first outcome that reaches it.

    ``utility`` is recomputed from ``outcomes`` in the canonical order (issues in file
    order), so every method reports the same doubles. ``method`` names the method that
    built the set; ``exact`` is False when it may miss points, and then no missed point
    improves on the set by more than ``bound`` (in a party's utility).
    """

    keys: IntArray
    utility: FloatArray
    outcomes: IntArray
    method: str = ""
    exact: bool = True
    bound: float = 0.0

    def __len__(self) -> int:
        return len(self.keys)

    def take(self, index: IntArray | NDArray[np.bool_]) -> PointSet:
        return PointSet(self.keys[index], self.utility[index], self.outcomes[index],
                        self.method, self.exact, self.bound)

    def sorted(self) -> PointSet:
        """By the first party's utility descending, then the next parties'."""
        columns = tuple(-self.keys[:, c] for c in reversed(range(self.keys.shape[1])))
        return self.take(np.lexsort(columns)) if len(self) else self

    def labelled(self, method: str, exact: bool = True, bound: float = 0.0) -> PointSet:
        """The same points, with the method that found them."""
        return PointSet(self.keys, self.utility, self.outcomes, method, exact, bound)


def empty(d: int, n_issues: int) -> PointSet:
    return PointSet(np.empty((0, d), dtype=np.int64), np.empty((0, d)),
                    np.empty((0, n_issues), dtype=np.int64))


def two_party_front(k: IntArray) -> IntArray | None:
    """The fast path for two parties without duplicate points: one sort of packed keys,
    then a running maximum. ``None`` when it does not apply."""
    if k.shape[1] != 2:
        return None
    if len(k) < 2:
        return np.arange(len(k))
    order, repeated = _descending_pairs(k)
    return None if repeated.any() else _staircase(k, order)


def first_front(k: IntArray) -> IntArray:
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


def first_per_key(k: IntArray, rows_of: Callable[[IntArray], IntArray]) -> IntArray:
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


def first_occurrences(k: IntArray) -> IntArray:
    """The index of the first row of each distinct key, ascending."""
    if k.shape[1] == 2:
        _, first = np.unique((k[:, 0] << 32) | k[:, 1], return_index=True)
    else:
        _, first = np.unique(k, axis=0, return_index=True)
    return np.sort(first)


def lexicographic_first(outcomes: IntArray) -> int:
    """The position of the smallest row, in the order of the outcome space."""
    return int(np.lexsort(tuple(outcomes[:, c] for c in reversed(range(outcomes.shape[1]))))[0])
