"""Brute-force references for the mediation tests: list the whole (small) outcome space."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from zopa.analysis import frontier_points
from zopa.analysis._tolerance import keys, meets
from zopa.analysis.frontier import iterate_outcomes
from zopa.scenario import Scenario, parse_scenario
from zopa.space import Space

IntArray = NDArray[np.int64]


def all_rows(space: Space) -> IntArray:
    """Every outcome, in the order of the outcome space."""
    return next(iterate_outcomes(space.sizes, chunk=space.outcome_count))


def allowed_rows(space: Space, floors: NDArray[np.float64] | None = None) -> IntArray:
    """The outcomes that cross no red line and reach ``floors`` (the reservations)."""
    rows = all_rows(space)
    ok = ~space.violations(rows).any(axis=1)
    r = space.reservations if floors is None else floors
    ok &= meets(space.utilities(rows), r)
    return rows[ok]


def frontier_keys(space: Space) -> set[tuple[int, ...]]:
    """The grid keys of the agreement space's Pareto frontier, by enumeration."""
    points = frontier_points(space, method="enumerate")
    return {tuple(int(x) for x in k) for k in points.keys}


def row_keys(space: Space, row: IntArray) -> IntArray:
    out: IntArray = keys(space.utilities(np.asarray(row).reshape(1, -1)))[0]
    return out


#: Two parties, two issues, opposite priorities: the textbook logroll. p cares 0.7 about x
#: and 0.3 about y; q the reverse; each wants option a on "its" issue... p wants a, q b.
LOGROLL = """
zopa: 1
name: logroll
parties: [{id: p, name: P}, {id: q, name: Q}]
issues:
  - {id: x, options: [a, b]}
  - {id: y, options: [a, b]}
preferences:
  p:
    weights: {x: 0.7, y: 0.3}
    values: {x: {a: 1, b: 0}, y: {a: 1, b: 0}}
  q:
    weights: {x: 0.3, y: 0.7}
    values: {x: {a: 0, b: 1}, y: {a: 0, b: 1}}
"""


def logroll() -> Scenario:
    return parse_scenario(LOGROLL)
