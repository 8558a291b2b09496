"""A reference frontier from elsewhere (GENIUS's ``pareto.xml``) compared with zopa's.

A reference point is *covered* when some point of zopa's frontier gives every party at
least as much (within :data:`REFERENCE_TOL`); a zopa point lies *beyond* the reference when
no reference point gives every party at least as much. The largest shortfall is, over the
uncovered reference points, the most any party would gain over zopa's best point for it
(the smallest of those largest gains: how far the point lies outside zopa's frontier).
GENIUS writes its points in single precision, so they are compared within 1e-6.

>>> import numpy as np
>>> c = compare_reference(np.array([[1.0, 0.5], [0.6, 1.0]]), [(0.9, 0.5), (0.5, 0.9)],
...                       "pareto.xml")
>>> c.covered, c.beyond, c.uncovered
(2, 2, ())
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["REFERENCE_TOL", "ReferenceComparison", "compare_reference"]

#: GENIUS writes ``pareto.xml`` in single precision (about 8 significant digits), so a
#: reference point and zopa's are the same within this.
REFERENCE_TOL = 1e-6


@dataclass(frozen=True)
class ReferenceComparison:
    """How zopa's frontier compares with a reference frontier."""

    source: str
    points: int
    covered: int
    uncovered: tuple[tuple[float, ...], ...]
    beyond: int
    shortfall: float

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "points": self.points, "covered": self.covered,
                "uncovered": [list(p) for p in self.uncovered],
                "zopa_points_beyond": self.beyond, "largest_shortfall": self.shortfall}


def compare_reference(frontier: NDArray[np.float64], reference: Sequence[Sequence[float]],
                      source: str, tolerance: float = REFERENCE_TOL) -> ReferenceComparison:
    """Compare zopa's frontier utilities (rows, parties in order) with the reference,
    equal within ``tolerance``."""
    ref = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    ours = np.asarray(frontier, dtype=float).reshape(len(frontier), ref.shape[1])
    if len(ours):
        # [reference, ours]: our point gives every party at least as much
        at_least: NDArray[np.bool_] = np.all(ours[None, :, :] >= ref[:, None, :] - tolerance,
                                             axis=2)
        covered = np.any(at_least, axis=1)
        dominated: NDArray[np.bool_] = np.all(ref[:, None, :] >= ours[None, :, :] - tolerance,
                                              axis=2)
        beyond = ~np.any(dominated, axis=0)
        gaps = (ref[:, None, :] - ours[None, :, :]).max(axis=2).min(axis=1)
    else:
        covered = np.zeros(len(ref), dtype=bool)
        beyond = np.zeros(0, dtype=bool)
        gaps = ref.max(axis=1)
    missing = tuple(tuple(float(u) for u in ref[k]) for k in np.flatnonzero(~covered))
    shortfall = float(gaps[~covered].max()) if missing else 0.0
    return ReferenceComparison(source, len(ref), int(covered.sum()), missing,
                               int(beyond.sum()), max(0.0, shortfall))
