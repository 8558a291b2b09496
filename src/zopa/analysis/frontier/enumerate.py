"""``method="enumerate"``: the whole outcome space walked in lexicographic order, in
chunks of bounded size. The reference every other method is tested against, and the
fallback when stages cannot be formed; it charges its work to a
:class:`~zopa.budget.WorkBudget`, so a space too large says so instead of running on.

>>> [row.tolist() for row in iterate_outcomes((2, 2))]
[[[0, 0], [0, 1], [1, 0], [1, 1]]]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

from ...budget import WorkBudget
from ...space import Space
from .._tolerance import keys, meets
from ..pareto import nondominated
from .points import PointSet, empty, first_occurrences

__all__ = ["enumerate_frontier", "enumeration_count", "iterate_outcomes"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

_ENUM_CHUNK = 1 << 16


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


def enumerate_frontier(space: Space, r: FloatArray, active: Sequence[int] | None,
                       budget: WorkBudget | None = None) -> PointSet:
    """The frontier by walking every outcome; its work (outcomes times issues and terms)
    is charged to ``budget`` first, so a space too large says so at once."""
    d, n_issues = space.party_count, len(space.issues)
    budget = budget if budget is not None else WorkBudget(what="an exact frontier")
    budget.charge(space.outcome_count * (n_issues + len(space.interactions)))
    lines = [space.red_lines[k] for k in (range(len(space.red_lines)) if active is None
                                           else active)]
    archive = empty(d, n_issues)
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
        first = first_occurrences(k)  # earlier outcomes come first
        keep = first[nondominated(k[first], budget)]
        archive = PointSet(k[keep], merged_utility[keep], merged_rows[keep])
    return archive


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
