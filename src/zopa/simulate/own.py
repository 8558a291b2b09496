"""A negotiator's own preferences, cut out of the compiled space.

Only the negotiator's own column of the utility tables, its own red lines and its own
reservation: what a strategy may know about the negotiation's values.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> own = own_preferences(compile_space(load_example()), 0)
>>> own.party, own.red_lines[0].name
('ukraine', 'ukraine#0')
>>> bool(own.acceptable(np.array([[1, 4, 0, 0, 1, 1]]))[0])
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from ..analysis._tolerance import TOL
from ..space import CompiledInteraction, CompiledRedLine, Space

__all__ = ["OwnPreferences", "frozen", "own_preferences"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
A = TypeVar("A", bound=NDArray[np.generic])


def frozen(array: A) -> A:
    """The array, marked read-only (a view: the owner's copy stays writable)."""
    out = array.view()
    out.flags.writeable = False
    return out


@dataclass(frozen=True, eq=False)
class OwnPreferences:
    """One negotiator's own preferences, compiled: ``tables[i][option]`` is its weighted
    value of each option of issue ``i`` (its column of ``Space.contributions``)."""

    party: str
    index: int
    issues: tuple[str, ...]
    options: tuple[tuple[object, ...], ...]
    tables: tuple[FloatArray, ...]
    red_lines: tuple[CompiledRedLine, ...]
    reservation: float
    #: Its interaction terms (values of combinations of options), and whether its utility
    #: is capped at 1 (GENIUS's ``maxutility``).
    terms: tuple[CompiledInteraction, ...] = ()
    capped: bool = False

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(t) for t in self.tables)

    def utility(self, outcomes: IntArray) -> FloatArray:
        """Own utility of each outcome (rows of option indices), summed in issue order."""
        outcomes = np.asarray(outcomes, dtype=np.int64).reshape(-1, len(self.tables))
        total = np.zeros(len(outcomes))
        for i, table in enumerate(self.tables):
            total += table[outcomes[:, i]]
        for term in self.terms:
            total += np.where(term.hits(outcomes), term.amount, 0.0)
        return np.minimum(total, 1.0) if self.capped else total

    def value(self, outcome: Sequence[int]) -> float:
        """Own utility of one outcome: the same sum, in the same order, as
        :meth:`utility`, without numpy's per-call cost."""
        total = 0.0
        for table, option in zip(self._lists[0], outcome, strict=True):
            total += table[option]
        if self.terms:
            row = np.asarray(outcome, dtype=np.int64).reshape(1, -1)
            for term in self.terms:
                if term.hits(row)[0]:
                    total += term.amount
        return min(total, 1.0) if self.capped else total

    def admits(self, outcome: Sequence[int]) -> bool:
        """Whether one outcome is acceptable (as :meth:`acceptable`)."""
        for issues, masks in self._lists[1]:
            if all(mask[outcome[i]] for i, mask in zip(issues, masks, strict=True)):
                return False
        return self.value(outcome) >= self.reservation - TOL

    @cached_property
    def _lists(self) -> tuple[list[list[float]], list[tuple[tuple[int, ...],
                                                            list[list[bool]]]]]:
        tables = [t.tolist() for t in self.tables]
        lines = [(r.issues, [m.tolist() for m in r.forbidden]) for r in self.red_lines]
        return tables, lines

    def crosses(self, outcomes: IntArray) -> BoolArray:
        """Whether each outcome crosses one of its own red lines."""
        outcomes = np.asarray(outcomes, dtype=np.int64).reshape(-1, len(self.tables))
        hit = np.zeros(len(outcomes), dtype=bool)
        for red_line in self.red_lines:
            hit |= red_line.violated(outcomes)
        return hit

    def acceptable(self, outcomes: IntArray) -> BoolArray:
        """Acceptable in the format's sense: no own red line crossed and own utility at
        least the reservation (within 1e-9)."""
        return ~self.crosses(outcomes) & (self.utility(outcomes) >= self.reservation - TOL)


def own_preferences(space: Space, party: int) -> OwnPreferences:
    """The preferences of negotiator number ``party``, and nothing of the others'."""
    pid = space.parties[party]
    return OwnPreferences(
        party=pid,
        index=party,
        issues=space.issues,
        options=space.options,
        tables=tuple(frozen(np.ascontiguousarray(t[:, party])) for t in space.contributions),
        red_lines=tuple(r for r in space.red_lines if r.party == pid),
        reservation=float(space.reservations[party]),
        terms=tuple(t for t in space.interactions if t.column == party),
        capped=party in space.capped,
    )
