"""Reservation gaps: how far each party's reservation would have to fall for a deal.

For party ``p``: ``max(0, r_p - max U_p)`` over the outcomes that cross no red line and
reach every *other* party's reservation; absent when no such outcome exists. The highest
``U_p`` under those constraints lies on their Pareto frontier, so it is read off the
frontier computed with ``p``'s own reservation left out.
"""

from __future__ import annotations

import numpy as np

from ..budget import WorkBudget
from ..space import Space
from .frontier import Method, frontier_points

__all__ = ["reservation_gaps"]


def reservation_gaps(space: Space, *, agreement_exists: bool, method: Method = "auto",
                     budget: WorkBudget | None = None) -> dict[str, float]:
    """The gap of every negotiator that has one (all 0 when an agreement exists); the
    frontiers it reads are charged to ``budget`` (each to a default budget when ``None``)."""
    if agreement_exists:
        return dict.fromkeys(space.parties, 0.0)
    out: dict[str, float] = {}
    for p, party in enumerate(space.parties):
        relaxed = space.reservations.copy()
        relaxed[p] = 0.0
        points = frontier_points(space, relaxed, method=method, budget=budget)
        if len(points):
            best = float(points.utility[:, p].max())
            out[party] = max(0.0, float(np.float64(space.reservations[p]) - best))
    return out
