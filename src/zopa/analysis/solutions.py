"""The four bargaining solutions, read off the Pareto frontier.

Over the agreement space, with ``r_p`` the reservations and ``best_p`` the highest
utility of party ``p`` in the agreement space:

- ``nash`` maximises the product of the gains ``U_p - r_p`` (Nash 1950);
- ``kalai_smorodinsky`` maximises the smallest share of the possible gain,
  ``(U_p - r_p) / (best_p - r_p)``, leaving out a party with ``best_p == r_p``
  (Kalai and Smorodinsky 1975);
- ``egalitarian`` maximises the smallest gain (Kalai 1977);
- ``utilitarian`` maximises the sum of utilities.

Each score is monotone in every utility, so an outcome off the frontier never beats the
frontier point that dominates it, and the solutions can be read off the frontier. Ties
(scores within 1e-9 of the larger magnitude, or 1e-15 near zero) go to the larger sum of
utilities, then to the first outcome in the order of the outcome space; each frontier
point already carries the first outcome that reaches it.

>>> import numpy as np
>>> u = np.array([[0.9, 0.2], [0.6, 0.6], [0.2, 0.9]])
>>> gains = u - np.array([0.1, 0.1])
>>> float(scores("nash", u, np.array([0.1, 0.1]))[1])
0.25
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ._tolerance import TOL
from .frontier import PointSet, lexicographic_first

__all__ = ["SOLUTIONS", "SOLUTION_TITLES", "SolutionName", "choose", "scores"]

SolutionName = Literal["nash", "kalai_smorodinsky", "egalitarian", "utilitarian"]
SOLUTIONS: tuple[SolutionName, ...] = ("nash", "kalai_smorodinsky", "egalitarian",
                                       "utilitarian")
#: How each solution is named for people (tables, charts, pages).
SOLUTION_TITLES: dict[SolutionName, str] = {
    "nash": "Nash", "kalai_smorodinsky": "Kalai-Smorodinsky", "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian"}

FloatArray = NDArray[np.float64]


def scores(name: SolutionName, utility: FloatArray, reservations: FloatArray) -> FloatArray:
    """Each row's score under one solution's criterion (higher is better).

    ``utility`` must be the whole agreement space or its frontier: ``best_p`` for
    Kalai-Smorodinsky is read from it.
    """
    # Inside the agreement space U_p >= r_p up to rounding; clip the rounding away.
    gains = np.maximum(utility - reservations, 0.0)
    if name == "nash":
        return np.asarray(np.prod(gains, axis=1))
    if name == "egalitarian":
        return np.asarray(gains.min(axis=1))
    if name == "utilitarian":
        return np.asarray(utility.sum(axis=1))
    if name == "kalai_smorodinsky":
        span = utility.max(axis=0) - reservations
        counted = span > TOL
        if not counted.any():
            return np.zeros(len(utility))
        return np.asarray((gains[:, counted] / span[counted]).min(axis=1))
    raise ValueError(f"unknown solution {name!r}")


def choose(points: PointSet, reservations: FloatArray,
           names: Sequence[SolutionName] = SOLUTIONS) -> dict[SolutionName, int | None]:
    """The index, in ``points`` (the agreement frontier), of each solution in ``names``
    (all four by default); ``None`` for all of them when the agreement space is empty."""
    if not len(points):
        return dict.fromkeys(names)
    sums = points.utility.sum(axis=1)
    out: dict[SolutionName, int | None] = {}
    for name in names:
        top = _ties(scores(name, points.utility, reservations))
        if len(top) > 1:
            top = top[_ties(sums[top])]
        out[name] = int(top[0] if len(top) == 1
                        else top[lexicographic_first(points.outcomes[top])])
    return out


def _ties(values: FloatArray) -> NDArray[np.int64]:
    """The indices whose value ties with the maximum."""
    best = float(values.max())
    # Candidates within the widest tolerance any value could have; usually the maximum
    # alone, which ties with itself.
    widest = max(1e-9 * float(np.abs(values).max()), 1e-15)
    near = np.flatnonzero(values >= best - widest)
    if len(near) == 1:
        return near
    # The vectorised form of scores_tie(v, best).
    close = values[near]
    allowed = np.maximum(1e-9 * np.maximum(np.abs(close), abs(best)), 1e-15)
    return near[np.abs(close - best) <= allowed]
