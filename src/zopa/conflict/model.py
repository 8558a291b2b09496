"""The graph model of a conflict in option form (Fang, Hipel and Kilgour, 1993).

Decision makers control binary options; a state is a choice, taken or not, of every
option; some patterns are infeasible. A decision maker's unilateral move changes any of
its own options at once (an irreversible option moves one way only: ``fwd`` can only be
taken, ``back`` only withdrawn) and must land on a feasible state. Preferences come from
option prioritisation (Fraser and Hipel, 1988: the score of a state sums ``2**(K-k)``
over the statements ``k = 1..K`` it satisfies) or from a ranking of states with ties.

States follow the GMCR literature's numbering: option ``k`` (file order, from 0) is bit
``k`` of a state's code, so the first option is the least significant bit, and feasible
states are numbered 1.. in increasing order of their code. A state is written as its
pattern, one ``Y`` or ``N`` per option in file order.

>>> from zopa.conflict.expr import Literal
>>> game = Conflict("dilemma", (Option("a_coop"), Option("b_coop")),
...     (DecisionMaker("a", (0,), statements=(Literal(1), Literal(0, False))),
...      DecisionMaker("b", (1,), statements=(Literal(0), Literal(1, False)))))
>>> states = compile_states(game)
>>> [states.pattern(c) for c in states.codes]
['NN', 'YN', 'NY', 'YY']
>>> states.ranks[0].tolist()   # a's rank of each state, 1 = most preferred
[3, 4, 1, 2]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal as Lit

import numpy as np
from numpy.typing import NDArray

from ..budget import WorkBudget
from ..errors import ScenarioError
from .expr import Expr, holds

__all__ = ["MAX_OPTIONS", "Conflict", "DecisionMaker", "Direction", "Option", "States",
           "check_conflict", "compile_states", "pattern_code", "pattern_of"]

Direction = Lit["both", "fwd", "back"]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

#: Options past this many would need a grid of more than 2**26 states.
MAX_OPTIONS = 26


@dataclass(frozen=True)
class Option:
    """A binary option. ``direction``: ``both`` (reversible), ``fwd`` (can only be taken),
    ``back`` (can only be withdrawn)."""

    id: str
    label: str = ""
    direction: Direction = "both"

    @property
    def name(self) -> str:
        return self.label or self.id


@dataclass(frozen=True)
class DecisionMaker:
    """A decision maker: the options it controls (positions in the conflict's list) and
    its preferences, prioritised ``statements`` (most important first) or a ``ranking``
    of state codes, most preferred first, ties grouped."""

    id: str
    options: tuple[int, ...]
    label: str = ""
    statements: tuple[Expr, ...] = ()
    ranking: tuple[tuple[int, ...], ...] | None = None

    @property
    def name(self) -> str:
        return self.label or self.id


@dataclass(frozen=True)
class Conflict:
    """A conflict in option form; immutable once built. ``status_quo`` is a state code;
    ``coalitions`` are groups of decision makers (positions) to test together."""

    name: str
    options: tuple[Option, ...]
    decision_makers: tuple[DecisionMaker, ...]
    infeasible: tuple[Expr, ...] = ()
    status_quo: int | None = None
    coalitions: tuple[tuple[int, ...], ...] = ()
    description: str = ""

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)


def pattern_of(code: int, m: int) -> str:
    """A state's pattern: ``Y``/``N`` per option, option 0 first.

    >>> pattern_of(6, 3)
    'NYY'
    """
    return "".join("Y" if (code >> k) & 1 else "N" for k in range(m))


def pattern_code(pattern: str) -> int:
    """The code of a pattern (``ValueError`` if it is not all ``Y``/``N``).

    >>> pattern_code("NYY")
    6
    """
    if not pattern or set(pattern) - {"Y", "N"}:
        raise ValueError(f"a state pattern is one Y or N per option, got {pattern!r}")
    return sum(1 << k for k, ch in enumerate(pattern) if ch == "Y")


@dataclass(frozen=True, eq=False)
class States:
    """A conflict compiled once: the feasible states and every decision maker's payoff.

    ``feasible`` and ``payoff[i]`` are indexed by code over the whole grid of ``2**m``
    patterns (higher payoff = more preferred; values at infeasible codes mean nothing).
    ``codes`` lists the feasible states in order of their number; ``ranks[i][n-1]`` is
    decision maker ``i``'s rank of state ``n`` (1 = most preferred, ties share a rank).
    """

    conflict: Conflict
    feasible: BoolArray
    codes: IntArray
    payoff: tuple[IntArray, ...]
    ranks: tuple[IntArray, ...]
    number_of: IntArray = field(repr=False)

    @property
    def m(self) -> int:
        return len(self.conflict.options)

    @property
    def count(self) -> int:
        return int(self.codes.size)

    def pattern(self, code: int) -> str:
        return pattern_of(int(code), self.m)

    def number(self, code: int) -> int:
        """The state number of a feasible code (``ValueError`` if infeasible)."""
        n = int(self.number_of[int(code)])
        if n == 0:
            raise ValueError(f"state {self.pattern(code)} is not feasible")
        return n

    def masks(self) -> tuple[int, ...]:
        """Each decision maker's options as a bit mask."""
        return tuple(sum(1 << k for k in dm.options) for dm in self.conflict.decision_makers)


def check_conflict(conflict: Conflict) -> None:
    """Structural checks; every problem is a :class:`ScenarioError` with its path."""
    m = len(conflict.options)
    if m == 0:
        raise ScenarioError("a conflict needs at least one option", path=("options",))
    if m > MAX_OPTIONS:
        raise ScenarioError(f"{m} options: at most {MAX_OPTIONS} can be analysed",
                            path=("options",))
    if not conflict.decision_makers:
        raise ScenarioError("a conflict needs at least one decision maker",
                            path=("decision_makers",))
    seen_ids: set[str] = set()
    for k, option in enumerate(conflict.options):
        if option.id in seen_ids:
            raise ScenarioError(f"option id '{option.id}' is used twice",
                                path=("options", k, "id"))
        seen_ids.add(option.id)
    owner: dict[int, int] = {}
    dm_ids: set[str] = set()
    for i, dm in enumerate(conflict.decision_makers):
        if dm.id in dm_ids:
            raise ScenarioError(f"decision maker id '{dm.id}' is used twice",
                                path=("decision_makers", i, "id"))
        dm_ids.add(dm.id)
        if not dm.options:
            raise ScenarioError(f"decision maker '{dm.id}' controls no option",
                                path=("decision_makers", i, "options"))
        for t, k in enumerate(dm.options):
            if not 0 <= k < m:
                raise ScenarioError(f"option index {k} is out of range (0..{m - 1})",
                                    path=("decision_makers", i, "options", t))
            if k in owner:
                other = conflict.decision_makers[owner[k]].id
                raise ScenarioError(
                    f"option '{conflict.options[k].id}' is controlled by two decision makers"
                    f" ('{other}' and '{dm.id}')", path=("decision_makers", i, "options", t))
            owner[k] = i
        if dm.ranking is None and not dm.statements:
            raise ScenarioError(f"decision maker '{dm.id}' has no preferences (statements "
                                "or a ranking)", path=("decision_makers", i))
        if len(dm.statements) > 60:
            raise ScenarioError("at most 60 prioritised statements per decision maker",
                                path=("decision_makers", i, "statements"))
    for k, option in enumerate(conflict.options):
        if k not in owner:
            raise ScenarioError(f"option '{option.id}' is controlled by no decision maker",
                                path=("options", k))
    for t, group in enumerate(conflict.coalitions):
        if len(set(group)) != len(group) or not group:
            raise ScenarioError("a coalition lists distinct decision makers",
                                path=("coalitions", t))
        for i in group:
            if not 0 <= i < len(conflict.decision_makers):
                raise ScenarioError(f"decision maker index {i} is out of range",
                                    path=("coalitions", t))


def compile_states(conflict: Conflict, budget: WorkBudget | None = None) -> States:
    """Check ``conflict`` and compile its states and payoffs."""
    check_conflict(conflict)
    m = len(conflict.options)
    size = 1 << m
    budget = budget or WorkBudget(what="a conflict analysis",
                                  hint="use fewer options or --budget to raise it")
    budget.charge(size * (1 + len(conflict.infeasible) + sum(
        max(1, len(dm.statements)) for dm in conflict.decision_makers)))
    grid = np.arange(size, dtype=np.int64)
    feasible = np.ones(size, dtype=bool)
    for expr in conflict.infeasible:
        feasible &= ~holds(expr, grid)
    codes = np.flatnonzero(feasible).astype(np.int64)
    if codes.size == 0:
        raise ScenarioError("no state is feasible: the infeasible patterns exclude every "
                            "state", path=("infeasible",))
    number_of = np.zeros(size, dtype=np.int64)
    number_of[codes] = np.arange(1, codes.size + 1)
    payoff: list[IntArray] = []
    for i, dm in enumerate(conflict.decision_makers):
        if dm.ranking is not None:
            payoff.append(_ranking_payoff(dm.ranking, feasible, number_of, m, i))
        else:
            payoff.append(_statement_payoff(dm.statements, grid))
    if conflict.status_quo is not None and not (
            0 <= conflict.status_quo < size and feasible[conflict.status_quo]):
        raise ScenarioError(f"the status quo {pattern_of(conflict.status_quo, m)} is not a "
                            "feasible state", path=("status_quo",))
    ranks = tuple(_dense_ranks(p[codes]) for p in payoff)
    return States(conflict, feasible, codes, tuple(payoff), ranks, number_of)


def _statement_payoff(statements: Sequence[Expr], grid: IntArray) -> IntArray:
    k_total = len(statements)
    score = np.zeros(grid.size, dtype=np.int64)
    for k, expr in enumerate(statements, start=1):
        score += holds(expr, grid).astype(np.int64) << (k_total - k)
    return score


def _ranking_payoff(ranking: tuple[tuple[int, ...], ...], feasible: BoolArray,
                    number_of: IntArray, m: int, i: int) -> IntArray:
    payoff = np.full(feasible.size, -1, dtype=np.int64)
    where = ("decision_makers", i, "ranking")
    for g, group in enumerate(ranking):
        for code in group:
            if not (0 <= code < feasible.size and feasible[code]):
                raise ScenarioError(f"state {pattern_of(code, m)} in the ranking is not "
                                    "feasible", path=(*where, g))
            if payoff[code] >= 0:
                raise ScenarioError(f"state {int(number_of[code])} ({pattern_of(code, m)}) "
                                    "appears twice in the ranking", path=(*where, g))
            payoff[code] = len(ranking) - g
    missing = np.flatnonzero(feasible & (payoff < 0))
    if missing.size:
        code = int(missing[0])
        raise ScenarioError(f"the ranking leaves out state {int(number_of[code])} "
                            f"({pattern_of(code, m)}); rank every feasible state", path=where)
    return payoff


def _dense_ranks(values: IntArray) -> IntArray:
    distinct = np.unique(values)[::-1]
    return (np.searchsorted(-distinct, -values) + 1).astype(np.int64)
