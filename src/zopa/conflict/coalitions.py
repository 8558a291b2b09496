"""Coalition stability for given coalitions (Kilgour, Hipel, Fang and Peng, 2001,
"Coalition analysis in group decision support", Group Decis. Negot. 10; Inohara and
Hipel, 2008, "Coalition analysis in the graph model for conflict resolution", Systems
Engineering 11(4)).

A coalition ``H`` moves jointly: any of its members' options change at once (each
respecting its direction), to a feasible state; ``R_H(s)`` is the set of such states. A
coalition improvement from ``s`` is a joint move to a state every member strictly prefers
to ``s``. The other decision makers respond as individuals, by legal sequences of
unilateral moves (for C-SEQ, of unilateral improvements). A state ``t`` sanctions the
coalition at ``s`` when at least one member does not prefer ``t`` to ``s`` (the
coalition's gain is no longer shared by all: ``t`` is not a coalition improvement):

- **C-Nash**: ``H`` has no coalition improvement from ``s``.
- **C-GMR**: every coalition improvement ``s1`` can be met by the others' moves with a
  sanction ``s2``.
- **C-SMR**: ... with a sanction ``s2`` that also survives the coalition's counter-move:
  every ``s3`` in ``R_H(s2)`` sanctions the coalition too (no joint move from ``s2`` is a
  coalition improvement over ``s``): the individual SMR with ``<=_i s`` read as "not a
  coalition improvement".
- **C-SEQ**: ... by the others' unilateral improvements.
- **C-SIM**: every coalition improvement ``s1`` is sanctioned by simultaneous moves: each
  decision maker outside ``H`` keeps its options or takes one of its own unilateral
  improvements from ``s``, and the state combining these with ``s1`` is feasible and
  sanctions the coalition (the individual SIM of :mod:`zopa.conflict.stability`, with the
  coalition as the mover).
- **C-SEQ+SIM**: both.

A state is a coalition equilibrium (for one concept) when it is stable for the coalition
and, under the same concept, for every decision maker outside it. C-SMR and C-SIM depend
on the state ``s`` through every member's threshold at once, so they are computed state by
state (vectorised over the states reached), only for the states they can still change
(C-SMR within C-GMR, C-SIM where there is a coalition improvement), and charged to the
work budget.

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
from .stability import BoolArray, IntArray, _Engine, analyse, mover_for

__all__ = ["COALITION_CONCEPTS", "CoalitionResult", "coalition_stability"]

COALITION_CONCEPTS = ("nash", "gmr", "smr", "seq", "sim", "seq_sim")


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
    """The coalition concepts (:data:`COALITION_CONCEPTS`) of every state for the coalition
    ``group`` (decision-maker positions)."""
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
    unstable = {c: np.zeros((size, eng.n // size), dtype=bool) for c in ("nash", "gmr", "seq")}
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
    for c in ("nash", "gmr", "seq"):
        grid = np.zeros(eng.n, dtype=bool)
        grid[mv.perm] = ~unstable[c].reshape(-1)
        grids[c] = grid
    codes = np.asarray(states.codes, dtype=np.int64)
    grids["smr"] = grids["gmr"].copy()
    for s in codes[grids["gmr"][codes] & ~grids["nash"][codes]]:
        grids["smr"][s] = _smr_holds(eng, mv, members, outside, int(s))
    grids["sim"] = grids["nash"].copy()
    for s in codes[~grids["nash"][codes]]:
        grids["sim"][s] = _sim_holds(eng, mv, members, outside, int(s))
    grids["seq_sim"] = grids["seq"] & grids["sim"]
    grids = {c: g[states.codes] for c, g in grids.items()}
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


def _improvement_targets(eng: _Engine, mv: Any, members: list[int], s: int) -> IntArray:
    """The codes of the coalition's improvements from ``s``."""
    a = _config(mv, s)
    targets = (s & ~mv.mask) | mv.deposit[np.flatnonzero(mv.allowed[a])]
    ok = eng.feas[targets]
    for j in members:
        ok &= eng.pay[j][targets] > eng.pay[j][s]
    return np.asarray(targets[ok], dtype=np.int64)


def _sanctions(eng: _Engine, members: list[int], s: int, codes: IntArray) -> BoolArray:
    """Which ``codes`` sanction the coalition at ``s``: some member does not prefer them."""
    out = np.zeros(codes.shape, dtype=bool)
    for j in members:
        out |= eng.pay[j][codes] <= eng.pay[j][s]
    return out


def _smr_holds(eng: _Engine, mv: Any, members: list[int], outside: list[int], s: int) -> bool:
    """C-SMR at ``s``: every coalition improvement has a sanction by the others' legal
    sequences that no joint counter-move of the coalition escapes."""
    size = mv.configs
    # elementwise passes over the grid, and the boolean product (float32 BLAS, counted
    # at one unit per 16 multiply-adds); the closure charges its own sweeps
    eng.budget.charge(eng.n * (len(members) + 4) + eng.n * size // 16)
    every = np.arange(eng.n, dtype=np.int64)
    bad = _sanctions(eng, members, s, every) & eng.feas        # sanctions, by code
    escape = (eng.feas & ~bad)[mv.perm].reshape(size, -1)       # counter-moves that escape
    reach_escape = (mv.allowed.astype(np.float32) @ escape.astype(np.float32)) > 0
    holds = np.empty(eng.n, dtype=bool)
    holds[mv.perm] = ~reach_escape.reshape(-1)
    good = bad & holds
    # the best sanction the others reach (the state itself included): -1 where good
    found = eng.closure(np.where(good, -1, 0).astype(eng.dtype), outside)
    return bool((found[_improvement_targets(eng, mv, members, s)] < 0).all())


def _sim_holds(eng: _Engine, mv: Any, members: list[int], outside: list[int], s: int) -> bool:
    """C-SIM at ``s``: every coalition improvement is met by a simultaneous sanction."""
    combos = np.zeros(1, dtype=np.int64)        # the outsiders' bits, over their choices
    for j in outside:
        other = eng.movers[j]
        picks = other.deposit[np.flatnonzero(eng.choice_table(j)[s])]
        eng.budget.charge(combos.size * picks.size)
        combos = (combos[:, None] | picks[None, :]).reshape(-1)
    ups = _improvement_targets(eng, mv, members, s)
    eng.budget.charge(ups.size * combos.size * (len(members) + 1))
    inside = np.int64(sum(1 << k for j in members
                          for k in eng.states.conflict.decision_makers[j].options))
    result = (ups & inside)[:, None] | combos[None, :]
    hit = eng.feas[result] & _sanctions(eng, members, s, result)
    return bool(hit.any(axis=1).all())


def _config(mv: Any, code: int) -> int:
    out = 0
    for t, k in enumerate(mv.options):
        out |= ((code >> k) & 1) << t
    return out
