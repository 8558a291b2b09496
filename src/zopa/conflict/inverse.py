"""Inverse GMCR: which preferences make a chosen state an equilibrium?

After Garcia, Obeidi and Hipel ("Inverse engineering preferences in simple games",
Applied Mathematics and Computation, 2019) and Garcia's thesis (Waterloo, 2016), which
ask for the preference profiles under which a desired state is stable. The exact question
answered here: *for a state s, a decision maker i and a concept C in {Nash, GMR, SMR},
which rankings of the states by i make s stable for i?* The moves are fixed by the
model, and for these three concepts i's stability at s depends on i's ranking alone, so
s is a C-equilibrium under a profile exactly when every decision maker's ranking meets
its own condition. The method reads the conditions off the graph (``R_i(s)`` i's moves
from s, ``R_H(t)`` what the others reach from t by legal sequences of moves):

- **Nash**: every ``t`` in ``R_i(s)`` is ranked no higher than ``s``;
- **GMR**: for every ``t`` in ``R_i(s)``: ``t`` is no higher than ``s``, *or* some state
  of ``R_H(t)`` is no higher than ``s`` (the listed sanctions);
- **SMR**: likewise, with a sanction ``u`` counting only if all of ``R_i(u)`` are also
  no higher than ``s``.

For a decision maker whose preferences are prioritised statements, it then enumerates
every order of those same statements (each order is a ranking) and reports which orders
satisfy each condition: the reorderings of priorities that would make the state stable.

>>> from zopa.conflict.load import load_conflict
>>> from zopa.conflict.model import compile_states
>>> states = compile_states(load_conflict("tests/data/conflict/prisoners-dilemma.yaml"))
>>> answer = inverse_gmcr(states, 3)          # YY, both cooperate
>>> answer.conditions[0].nash_at_most_s
('NY',)
>>> answer.conditions[0].orders["nash"], answer.conditions[0].orders["gmr"]
((), ((0, 1),))
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..budget import WorkBudget
from .model import States, _statement_payoff
from .stability import IntArray, _config_of, moves_of

__all__ = ["InverseAnswer", "InverseCondition", "inverse_gmcr"]

#: Decision makers with more statements than this are not enumerated (8! orders).
MAX_ORDERED = 8


@dataclass(frozen=True)
class InverseCondition:
    """One decision maker's condition for ``s`` to be stable for it.

    ``nash_at_most_s``: the states it must rank no higher than ``s``. ``gmr``: for each
    of its moves ``t``, the states any one of which, ranked no higher than ``s``,
    sanctions the move (else ``t`` itself must be no higher). ``smr``: the same, each
    sanction ``u`` with the states it must also rank no higher (``R_i(u)``). ``orders``:
    for each
    concept, the orders of its statements (positions in the file's order, most
    important first) that meet the condition; ``None`` when its preferences are a
    ranking or it has too many statements."""

    decision_maker: str
    nash_at_most_s: tuple[str, ...]
    gmr: tuple[tuple[str, tuple[str, ...]], ...]
    smr: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]
    orders: dict[str, tuple[tuple[int, ...], ...]] | None
    holds_now: dict[str, bool]

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision_maker": self.decision_maker,
            "nash": {"at_most_s": list(self.nash_at_most_s)},
            "gmr": [{"move": t, "sanctions": list(s)} for t, s in self.gmr],
            "smr": [{"move": t, "sanctions": [{"state": u, "and_at_most_s": list(r)}
                                              for u, r in s]} for t, s in self.smr],
            "orders": {c: [list(o) for o in v] for c, v in self.orders.items()}
            if self.orders is not None else None,
            "holds_now": dict(self.holds_now),
        }


@dataclass(frozen=True)
class InverseAnswer:
    state: str
    conditions: tuple[InverseCondition, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "conditions": [c.to_dict() for c in self.conditions]}


@dataclass(frozen=True)
class _Graph:
    """What the conditions read for one decision maker at state ``code``."""

    code: int
    own: list[int]
    gmr: list[tuple[int, list[int]]]
    smr: list[tuple[int, list[int], dict[int, list[int]]]]

    def meets(self, payoff: IntArray, concept: str) -> bool:
        ps = payoff[self.code]
        if concept == "nash":
            return all(payoff[t] <= ps for t in self.own)
        if concept == "gmr":
            return all(payoff[t] <= ps or any(payoff[u] <= ps for u in us)
                       for t, us in self.gmr)
        return all(payoff[t] <= ps or any(
            payoff[u] <= ps and all(payoff[w] <= ps for w in resp[u]) for u in us)
            for t, us, resp in self.smr)


def inverse_gmcr(states: States, code: int, budget: WorkBudget | None = None
                 ) -> InverseAnswer:
    """The conditions (and statement orders) that make state ``code`` stable."""
    if not states.feasible[code]:
        raise ValueError(f"state {states.pattern(code)} is not feasible")
    budget = budget or WorkBudget(what="an inverse GMCR analysis")
    movers = moves_of(states)
    count = len(movers)
    budget.charge(states.count * sum(mv.configs for mv in movers) * max(1, count))

    def moves(j: int, x: int) -> list[int]:
        mv = movers[j]
        a = int(_config_of(mv, np.array([x]))[0])
        out = []
        for b in range(mv.configs):
            t = (x & ~mv.mask) | int(mv.deposit[b])
            if mv.allowed[a, b] and states.feasible[t]:
                out.append(t)
        return out

    def reach(group: list[int], x: int) -> set[int]:
        seen: set[tuple[int, int]] = set()
        todo = [(t, j) for j in group for t in moves(j, x)]
        while todo:
            t, last = todo.pop()
            if (t, last) in seen:
                continue
            seen.add((t, last))
            todo.extend((u, j) for j in group if j != last for u in moves(j, t))
        return {t for t, _ in seen}

    pattern = states.pattern
    conditions = []
    for i, dm in enumerate(states.conflict.decision_makers):
        others = [j for j in range(count) if j != i]
        own = moves(i, code)
        gmr = [(t, sorted(reach(others, t))) for t in own]
        smr_rows = [(t, us, {u: moves(i, u) for u in us}) for t, us in gmr]

        graph = _Graph(code, own, gmr, smr_rows)
        concepts = ("nash", "gmr", "smr")
        now = {c: graph.meets(states.payoff[i], c) for c in concepts}
        orders: dict[str, tuple[tuple[int, ...], ...]] | None = None
        k = len(dm.statements)
        if dm.ranking is None and 0 < k <= MAX_ORDERED:
            budget.charge(math.factorial(k) * (1 << states.m))
            grid = np.arange(1 << states.m, dtype=np.int64)
            found: dict[str, list[tuple[int, ...]]] = {c: [] for c in concepts}
            for order in itertools.permutations(range(k)):
                payoff = _statement_payoff([dm.statements[t] for t in order], grid)
                for c in concepts:
                    if graph.meets(payoff, c):
                        found[c].append(order)
            orders = {c: tuple(v) for c, v in found.items()}
        conditions.append(InverseCondition(
            dm.id, tuple(pattern(t) for t in own),
            tuple((pattern(t), tuple(pattern(u) for u in us)) for t, us in gmr),
            tuple((pattern(t), tuple((pattern(u), tuple(pattern(w) for w in resp[u]))
                                     for u in us)) for t, us, resp in smr_rows),
            orders, now))
    return InverseAnswer(pattern(code), tuple(conditions))
