"""A frequency model of the other side's preferences, learnt from its offers.

HardHeaded's model (van Krimpen, Looije and Hajizadeh, ANAC 2011 winner; see Baarslag et
al., "Learning about the opponent in automated bilateral negotiation", 2016): an option
the other side offers often is one it values; an issue whose option it keeps from one
offer to the next is one it cares about. Issue weights start equal and gain
``learning_rate`` each time the issue is kept, then are normalised; option values are
``(count + 1) / (max count + 1)``. The estimate is additive, like the real utilities.

>>> m = FrequencyModel((3, 2))
>>> m.observe((2, 0)); m.observe((2, 1))
>>> m.utility(np.array([[2, 0], [0, 1]])).round(3).tolist()
[1.0, 0.611]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["FrequencyModel"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


class FrequencyModel:
    """Estimated utility of the other side, from the offers it made."""

    def __init__(self, sizes: Sequence[int], learning_rate: float = 0.2) -> None:
        self.learning_rate = learning_rate
        self.weights = np.full(len(sizes), 1.0 / max(len(sizes), 1))
        self.counts = [np.zeros(m) for m in sizes]
        self.observed = 0
        self._last: tuple[int, ...] | None = None

    def observe(self, outcome: Sequence[int]) -> None:
        """Learn from one offer of the other side."""
        for i, option in enumerate(outcome):
            self.counts[i][option] += 1
        if self._last is not None:
            kept = np.array([a == b for a, b in zip(self._last, outcome, strict=True)])
            self.weights = self.weights + self.learning_rate * kept
            self.weights /= self.weights.sum()
        self._last = tuple(outcome)
        self.observed += 1

    def tables(self) -> list[FloatArray]:
        """The estimated weighted value of each option, issue by issue."""
        return [w * (c + 1) / (c.max() + 1) for w, c in zip(self.weights, self.counts,
                                                             strict=True)]

    def utility(self, outcomes: IntArray) -> FloatArray:
        """The estimated utility of each outcome (rows of option indices)."""
        total = np.zeros(len(outcomes))
        for i, table in enumerate(self.tables()):
            total += table[outcomes[:, i]]
        return total
