"""The numeric conventions of the format, in one place.

Utilities are doubles; two utility vectors are the same point when every entry agrees
within 1e-9. zopa makes that a grid: a utility ``u`` has the integer key
``round(u * 1e9)``, and points are compared by key. Sums that are equal in exact
arithmetic but differ in the last bits (``0.1 + 0.2`` and ``0.3``) get the same key.

Acceptability (``U_p >= reservation_p``) allows the same 1e-9.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["KEY_SCALE", "TOL", "keys", "meets", "scores_tie"]

TOL = 1e-9
KEY_SCALE = 1e9


def keys(utility: NDArray[np.float64]) -> NDArray[np.int64]:
    """The integer grid keys of utilities (``round(u * 1e9)``).

    >>> keys(np.array([[0.1 + 0.2, 0.3]])).tolist()
    [[300000000, 300000000]]
    """
    return np.rint(utility * KEY_SCALE).astype(np.int64)


def meets(utility: NDArray[np.float64], reservations: NDArray[np.float64]
          ) -> NDArray[np.bool_]:
    """Whether each row of utilities reaches every reservation (within ``TOL``)."""
    return np.asarray((utility >= reservations - TOL).all(axis=-1))


def scores_tie(a: float, b: float) -> bool:
    """The format's tie rule for solution scores: within 1e-9 of the larger magnitude, or
    within 1e-15 near zero.

    >>> scores_tie(1.0, 1.0 + 5e-10), scores_tie(1.0, 1.0 + 5e-9), scores_tie(0.0, 1e-16)
    (True, False, True)
    """
    return abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-15)
