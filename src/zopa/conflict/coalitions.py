"""Coalition stability for given coalitions (Kilgour, Hipel, Fang and Peng, 2001,
"Coalition analysis in group decision support", Group Decis. Negot. 10; Inohara and
Hipel, 2008, "Coalition analysis in the graph model for conflict resolution", Systems
Engineering 11).

A coalition ``H`` moves jointly: any of its members' options change at once (each
respecting its direction), to a feasible state. A coalition improvement from ``s`` is a
joint move to a state every member strictly prefers to ``s``. The other decision makers
respond as individuals, by legal sequences of unilateral moves (for C-SEQ, of unilateral
improvements). A response ``s2`` sanctions the coalition when at least one member does
not prefer ``s2`` to ``s`` (the coalition's gain is no longer shared by all):

- **C-Nash**: ``H`` has no coalition improvement from ``s``.
- **C-GMR**: every coalition improvement can be met by the others' moves with a sanction.
- **C-SEQ**: ... by the others' unilateral improvements.

A state is a coalition equilibrium (for one concept) when it is stable for the coalition
and, under the same concept, for every decision maker outside it.

>>> from zopa.conflict.load import load_conflict
>>> from zopa.conflict.model import compile_states
>>> states = compile_states(load_conflict("tests/data/conflict/prisoners-dilemma.yaml"))
>>> coalition_stability(states, (0, 1)).equilibria["nash"]   # the Pareto optimal states
('YN', 'NY', 'YY')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..budget import WorkBudget
from .model import States
from .stability import BoolArray, _Engine, analyse, mover_for

__all__ = ["COALITION_CONCEPTS", "CoalitionResult", "coalition_stability"]

COALITION_CONCEPTS = ("nash", "gmr", "seq")


@dataclass(frozen=True)
class CoalitionResult:
    members: tuple[str, ...]
    stable: dict[str, tuple[str, ...]]        # concept -> states stable for the coalition
    equilibria: dict[str, tuple[str, ...]]    # ... and for everyone outside it

    def to_dict(self) -> dict[str, Any]:
        return {"members": list(self.members),
                "stable": {c: list(v) for c, v in self.stable.items()},
                "equilibria": {c: list(v) for c, v in self.equilibria.items()}}


def coalition_stability(states: States, group: Sequence[int],
                        budget: WorkBudget | None = None) -> CoalitionResult:
    """C-Nash, C-GMR and C-SEQ of every state for the coalition ``group`` (positions)."""
    budget = budget or WorkBudget(what="a coalition analysis")
    eng = _Engine(states, budget)
    members = sorted(set(group))
    outside = [j for j in range(len(eng.movers)) if j not in members]
    options = sorted(k for j in members for k in states.conflict.decision_makers[j].options)
    mv = mover_for(states, options)
    size = mv.configs
    budget.charge(size * eng.n * (len(members) + 2))
    floors = {
        "gmr": [eng.closure(eng.pay[j], outside) for j in members],
        "seq": _improvement_floors(eng, members, outside),
    }
    pay = [eng.pay[j][mv.perm].reshape(size, -1) for j in members]
    feas = eng.feas[mv.perm].reshape(size, -1)
    fib = {c: [f[mv.perm].reshape(size, -1) for f in fl] for c, fl in floors.items()}
    unstable = {c: np.zeros((size, eng.n // size), dtype=bool) for c in COALITION_CONCEPTS}
    for b in range(size):
        cond = mv.allowed[:, b][:, None] & feas[b][None, :]
        for p in pay:
            cond &= p[b][None, :] > p
        if not cond.any():
            continue
        unstable["nash"] |= cond
        for c in ("gmr", "seq"):
            loose = cond.copy()
            for p, f in zip(pay, fib[c], strict=True):
                loose &= f[b][None, :] > p
            unstable[c] |= loose
    grids: dict[str, BoolArray] = {}
    for c in COALITION_CONCEPTS:
        grid = np.zeros(eng.n, dtype=bool)
        grid[mv.perm] = ~unstable[c].reshape(-1)
        grids[c] = grid[states.codes]
    individual = analyse(states, budget, concepts=COALITION_CONCEPTS) if outside else None
    ids = [dm.id for dm in states.conflict.decision_makers]
    pattern = states.pattern
    stable = {c: tuple(pattern(x) for x in states.codes[grids[c]]) for c in COALITION_CONCEPTS}
    equilibria = {}
    for c in COALITION_CONCEPTS:
        ok = grids[c].copy()
        if individual is not None:
            ok &= individual.stable[c][outside].all(axis=0)
        equilibria[c] = tuple(pattern(x) for x in states.codes[ok])
    return CoalitionResult(tuple(ids[j] for j in members), stable, equilibria)


def _improvement_floors(eng: _Engine, members: list[int], outside: list[int]) -> list[Any]:
    values = np.stack([np.where(eng.feas, eng.pay[j], eng.inf) for j in members])
    while outside:
        before = values.copy()
        for j in outside:
            values = np.minimum(values, eng.over_improvements(j, values, best=False))
            values[:, ~eng.feas] = eng.inf
        if np.array_equal(values, before):
            break
    return list(values)
