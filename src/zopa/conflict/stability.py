"""Stability of every state for every decision maker: Nash, GMR, SMR, SEQ, SIM, SEQ+SIM.

The definitions are those of Fang, Hipel and Kilgour (1993, ch. 3), for a state ``s`` and
a decision maker ``i`` with unilateral moves ``R_i(s)`` and unilateral improvements
``R_i+(s)``; ``R_H(s1)`` (``R_H+(s1)``) are the states the others ``H = N - i`` reach from
``s1`` by legal sequences of unilateral moves (improvements):

- **Nash**: ``R_i+(s)`` is empty.
- **GMR**: every ``s1`` in ``R_i+(s)`` has some ``s2`` in ``R_H(s1)`` with ``s2 <=_i s``.
- **SMR**: ... with, moreover, every ``s3`` in ``R_i(s2)`` ``<=_i s``.
- **SEQ**: every ``s1`` in ``R_i+(s)`` has some ``s2`` in ``R_H+(s1)`` with ``s2 <=_i s``.
- **SIM**: every ``s1`` in ``R_i+(s)`` is sanctioned by simultaneous moves: each other
  decision maker ``j`` keeps its options or takes one of its own unilateral improvements
  from ``s``, and the state combining these with ``s1`` is feasible and ``<=_i s``.
- **SEQ+SIM**: both. A state is an equilibrium under a concept when it is stable for all.

The computation follows the matrix representation of Xu, Hipel, Kilgour and Fang (2009),
"Matrix representation of solution concepts in multiple-decision-maker graph models"
(IEEE SMC-A 39(1)): reachability of unilateral moves and improvements, and a sanction test
against preferences, but without forming ``n x n`` matrices. A decision maker's move only
changes its own options' bits, and a move may change several at once, so its move relation
is a product over its options (each bit: free, only up, only down) restricted to feasible
targets. Then "the least preferred state for ``i`` that ``H`` can reach" is a fixed point
of per-bit minimum sweeps over the grid of codes (``O(n)`` each), and improvement steps are
one vectorised comparison per own configuration (``O(2**k_i * n)``). Two moves in a row
by one decision maker reach nothing a single move cannot (the per-bit relations are
transitive and only the target must be feasible), so the legal-sequence rule needs no
bookkeeping. SIM is combinatorial (the others' simultaneous choices form a product that
depends on the state): one sanctioner at a time is tested for all of a state's
improvements at once, then the product is expanded depth first, pruned by per-bit lower
bounds, a state's improvements tried most tempting first until one goes unsanctioned.
The brute-force twin in the tests reads the definitions literally.

>>> from zopa.conflict.model import Conflict, DecisionMaker, Option, compile_states
>>> from zopa.conflict.expr import Literal
>>> pd = Conflict("dilemma", (Option("a"), Option("b")),
...     (DecisionMaker("A", (0,), statements=(Literal(1), Literal(0, False))),
...      DecisionMaker("B", (1,), statements=(Literal(0), Literal(1, False)))))
>>> result = analyse(compile_states(pd))
>>> [result.states.pattern(c) for c in result.equilibria("nash")]
['NN']
>>> [result.states.pattern(c) for c in result.equilibria("gmr")]
['NN', 'YY']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..budget import WorkBudget
from .model import States

__all__ = ["CONCEPTS", "CONCEPT_NAMES", "Stability", "analyse", "mover_for", "moves_of"]

CONCEPTS = ("nash", "gmr", "smr", "seq", "sim", "seq_sim")
CONCEPT_NAMES = {"nash": "Nash", "gmr": "GMR", "smr": "SMR", "seq": "SEQ", "sim": "SIM",
                 "seq_sim": "SEQ+SIM"}

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
#: The engine's arrays: preference levels and the engine's ``inf`` / ``neg`` sentinels,
#: in 16 bits when the levels fit (halving the memory traffic), else 32.
Values = NDArray[np.signedinteger[Any]]


@dataclass(frozen=True, eq=False)
class Stability:
    """Which state is stable for whom. ``stable[concept]`` has shape ``(decision makers,
    feasible states)``, columns in state-number order."""

    states: States
    stable: Mapping[str, BoolArray]

    def equilibria(self, concept: str) -> list[int]:
        """Codes of the states stable for every decision maker under ``concept``."""
        table = self.stable[concept]
        return [int(c) for c in self.states.codes[table.all(axis=0)]]

    def stable_for(self, concept: str, dm: int) -> list[int]:
        return [int(c) for c in self.states.codes[self.stable[concept][dm]]]


@dataclass(frozen=True, eq=False)
class _Mover:
    """One decision maker's moves in the fibre layout: position ``a * rest + r`` holds the
    state whose own options spell configuration ``a`` and other options rest index ``r``."""

    options: tuple[int, ...]
    directions: tuple[str, ...]
    mask: int
    deposit: IntArray          # own configuration -> its bits in a code
    perm: IntArray             # fibre position -> code
    allowed: BoolArray         # allowed[a, b]: a move from configuration a to b (a != b)

    @property
    def configs(self) -> int:
        return int(self.deposit.size)


def moves_of(states: States) -> tuple[_Mover, ...]:
    """Each decision maker's move structure (shared by the stability modules)."""
    return tuple(mover_for(states, dm.options) for dm in states.conflict.decision_makers)


def mover_for(states: States, options: Sequence[int]) -> _Mover:
    """The joint moves of whoever controls ``options`` (one decision maker, or a
    coalition: any of its members' options changed at once)."""
    m = states.m
    own = tuple(options)
    rest = tuple(k for k in range(m) if k not in own)
    deposit = _deposit(own)
    rest_dep = _deposit(rest)
    perm = (deposit[:, None] | rest_dep[None, :]).reshape(-1)
    dirs = tuple(states.conflict.options[k].direction for k in own)
    size = deposit.size
    a = np.arange(size)
    allowed = a[:, None] != a[None, :]
    for t, d in enumerate(dirs):
        bit_a = (a[:, None] >> t) & 1
        bit_b = (a[None, :] >> t) & 1
        if d == "fwd":
            allowed &= bit_b >= bit_a
        elif d == "back":
            allowed &= bit_b <= bit_a
    return _Mover(own, dirs, sum(1 << k for k in own), deposit, perm, allowed)


def _deposit(bits: Sequence[int]) -> IntArray:
    configs = np.arange(1 << len(bits), dtype=np.int64)
    out = np.zeros(configs.size, dtype=np.int64)
    for t, k in enumerate(bits):
        out |= ((configs >> t) & 1) << k
    return out


class _Engine:
    """The grid arrays and the few primitives every concept is built from."""

    def __init__(self, states: States, budget: WorkBudget) -> None:
        self.states = states
        self.budget = budget
        self.n = states.feasible.size
        self.m = states.m
        self.feas = states.feasible
        self.movers = moves_of(states)
        levels = max(int(np.unique(p[self.feas]).size) for p in states.payoff)
        self.dtype: type[np.signedinteger[Any]] = np.int16 if levels < 32_000 else np.int32
        info = np.iinfo(self.dtype)
        self.inf = self.dtype(info.max)
        self.neg = self.dtype(info.min)
        self.pay = [_levels(p, self.feas, self.dtype) for p in states.payoff]
        self._improve: dict[int, list[BoolArray]] = {}
        self._choices: dict[int, BoolArray] = {}

    def improvements(self, j: int) -> list[BoolArray]:
        """For each target configuration b of ``j``: where (fibre layout) moving to b is a
        unilateral improvement for ``j``."""
        if j not in self._improve:
            mv = self.movers[j]
            size = mv.configs
            self.budget.charge(size * self.n)
            pay = self.pay[j][mv.perm].reshape(size, -1)
            feas = self.feas[mv.perm].reshape(size, -1)
            self._improve[j] = [mv.allowed[:, b][:, None] & feas[b][None, :] &
                                (pay[b][None, :] > pay) for b in range(size)]
        return self._improve[j]

    def choice_table(self, j: int) -> BoolArray:
        """``table[code, c]``: may ``j`` choose its configuration ``c`` at state ``code``
        in a simultaneous sanction: keep its own configuration, or take one of its
        unilateral improvements? (Computed once per decision maker.)"""
        if j not in self._choices:
            mv = self.movers[j]
            size = mv.configs
            fib = np.stack(self.improvements(j), axis=2).reshape(-1, size)   # [a, r, c]
            table = np.empty((self.n, size), dtype=bool)
            table[mv.perm] = fib
            own = np.repeat(np.arange(size), self.n // size)              # fibre order
            table[mv.perm, own] = True
            self._choices[j] = table
        return self._choices[j]

    def over_improvements(self, j: int, values: Values, *, best: bool) -> Values:
        """For each state s (rows of ``values`` stacked): the max (``best``) or min of
        ``values`` over ``j``'s unilateral improvements from s (``neg`` / ``inf`` if none)."""
        mv = self.movers[j]
        size = mv.configs
        stack = values.reshape(-1, self.n)
        self.budget.charge(size * self.n * stack.shape[0])
        fib = stack[:, mv.perm].reshape(stack.shape[0], size, -1)
        empty = self.neg if best else self.inf
        acc = np.full(fib.shape, empty, dtype=self.dtype)
        pick = np.maximum if best else np.minimum
        for b, cond in enumerate(self.improvements(j)):
            target = np.broadcast_to(fib[:, b][:, None, :], fib.shape)
            pick(acc, target, out=acc, where=cond[None])
        out = np.empty_like(stack)
        out[:, mv.perm] = acc.reshape(stack.shape[0], -1)
        return out.reshape(values.shape)

    def over_moves(self, j: int, values: Values, *, best: bool) -> Values:
        """For each state: max (``best``) or min of ``values`` over the targets of ``j``'s
        moves and the state itself (per-bit sweeps; infeasible targets must already hold
        ``neg`` / ``inf``)."""
        mv = self.movers[j]
        self.budget.charge(len(mv.options) * self.n)
        v = values.copy()
        pick = np.maximum if best else np.minimum
        for k, d in zip(mv.options, mv.directions, strict=True):
            view = v.reshape(-1, 2, 1 << k)
            lo, hi = view[:, 0, :], view[:, 1, :]
            both = pick(lo, hi)
            lo_new = both if d in ("both", "fwd") else lo.copy()
            if d in ("both", "back"):
                view[:, 1, :] = both
            view[:, 0, :] = lo_new
        return v

    def closure(self, start: Values, group: Sequence[int]) -> Values:
        """Min of ``start`` over the states ``group`` reaches by unilateral moves (the
        state itself included), never passing through an infeasible state."""
        v = np.where(self.feas, start, self.inf)
        while True:
            before = v
            for j in group:
                v = self.over_moves(j, v, best=False)
                v[~self.feas] = self.inf
            if np.array_equal(v, before):
                return v


def analyse(states: States, budget: WorkBudget | None = None,
            concepts: Sequence[str] | None = None) -> Stability:
    """Stability of every feasible state for every decision maker under ``concepts``
    (default all six). SIM enumerates simultaneous sanctions and can be the part that
    passes the budget on large conflicts: leave out ``sim`` and ``seq_sim`` to skip it."""
    budget = budget or WorkBudget(what="a stability analysis",
                                  hint="use a smaller conflict or --budget to raise it")
    eng = _Engine(states, budget)
    dms = range(len(states.conflict.decision_makers))
    feas = states.feasible
    if concepts is None:
        concepts = CONCEPTS
    wanted = set(concepts) | ({"seq", "sim"} if "seq_sim" in concepts else set())
    seq_reach = _sequential_reach(eng) if "seq" in wanted else None
    grids: dict[str, list[BoolArray]] = {c: [] for c in CONCEPTS}
    for i in dms:
        others = [j for j in dms if j != i]
        pay = eng.pay[i]
        gmr_floor = eng.closure(pay, others)
        response = eng.over_moves(i, np.where(feas, pay, eng.neg), best=True)
        smr_floor = eng.closure(np.where(feas, response, eng.inf), others)
        seq_floor = seq_reach[i] if seq_reach is not None else np.full_like(pay, eng.neg)
        best = eng.over_improvements(i, np.stack([gmr_floor, smr_floor, seq_floor]),
                                     best=True)
        # the floors are levels or inf, never neg: neg is "no improvement at all"
        nash = best[0] == eng.neg
        grids["nash"].append(nash)
        grids["gmr"].append(best[0] <= pay)
        grids["smr"].append(best[1] <= pay)
        grids["seq"].append(best[2] <= pay)
    if "sim" in wanted:
        grids["sim"] = [_simultaneous(eng, i, grids["nash"][i]) for i in dms]
        grids["seq_sim"] = [q & m for q, m in zip(grids["seq"], grids["sim"], strict=True)]
    codes = states.codes
    stable = {c: np.stack([g[codes] for g in grids[c]]) for c in CONCEPTS if c in concepts}
    return Stability(states, stable)


def _sequential_reach(eng: _Engine) -> list[Values]:
    """For each i: min of i's payoff over what the others reach from each state by
    legal sequences of unilateral improvements (the state itself included)."""
    count = len(eng.movers)
    values = np.stack([np.where(eng.feas, p, eng.inf) for p in eng.pay])
    if count < 2:
        return list(values)
    # one decision maker's step applied twice changes nothing (its improvements are
    # transitive), so the fixed point is reached once the count - 1 steps after the
    # last change (all count steps, if nothing has changed yet) have changed nothing
    quiet, j, need = 0, 0, count
    while quiet < need:
        rows = [i for i in range(count) if i != j]
        step = np.minimum(values[rows], eng.over_improvements(j, values[rows], best=False))
        step[:, ~eng.feas] = eng.inf
        if np.array_equal(step, values[rows]):
            quiet += 1
        else:
            values[rows] = step
            quiet, need = 0, count - 1
        j = (j + 1) % count
    return list(values)


def _simultaneous(eng: _Engine, i: int, nash: BoolArray) -> BoolArray:
    """SIM for ``i`` on the grid.

    For each state, first the sanctions by one decision maker at a time (the others
    keeping their options), for all of i's improvements at once: one row of i's payoffs
    per choice of the sanctioner. Then, for the improvements left, the whole product of
    the others' choices (:func:`_sanctions`)."""
    others = [j for j in range(len(eng.movers)) if j != i]
    if not others or nash.all():
        return nash.copy()
    mv = eng.movers[i]
    size = mv.configs
    rest = eng.n // size
    table = np.stack(eng.improvements(i), axis=2).reshape(-1, size)        # [a, r, b]
    positions = np.flatnonzero(table.any(axis=1))
    improving = table[positions]                                          # [state, b]
    del table
    states = mv.perm[positions]
    r_of = positions % rest
    choices = {j: eng.choice_table(j)[states] for j in others}
    eng.budget.charge(sum(t.size for t in choices.values()))
    left = improving & ~_single_sanctions(eng, i, choices, states)
    # most tempting first: i's payoff of target b depends on r only
    pay_fib = eng.pay[i][mv.perm].reshape(size, rest)
    order = np.argsort(-pay_fib, axis=0, kind="stable")[:, r_of].T       # [state, k] -> b
    ranked = np.take_along_axis(left, order, axis=1)
    per_state = ranked.sum(axis=1)
    keep = np.flatnonzero(per_state)
    pos, k = np.nonzero(ranked[keep])
    targets = mv.perm[order[keep[pos], k] * rest + r_of[keep[pos]]]
    counts = per_state[keep]
    first = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
    unsanctioned = _sanctions(eng, i, others, {j: t[keep] for j, t in choices.items()},
                              states[keep], first, counts, targets)
    unstable = np.zeros(eng.n, dtype=bool)
    unstable[states[keep[unsanctioned]]] = True
    return ~unstable


def _single_sanctions(eng: _Engine, i: int, choices: dict[int, BoolArray],
                      states: IntArray) -> BoolArray:
    """``out[k, b]``: can one other decision maker alone, by one of its choices at state
    ``states[k]``, hold i to no better than that state when i moves to configuration b?"""
    mv = eng.movers[i]
    size = mv.configs
    rest = eng.n // size
    # i's payoff (inf where infeasible) by rest index and own configuration
    row_of = np.ascontiguousarray(
        np.where(eng.feas, eng.pay[i], eng.inf)[mv.perm].reshape(size, rest).T)
    rest_index = np.empty(eng.n, dtype=np.int64)
    rest_index[mv.perm] = np.arange(eng.n) % rest
    limit = eng.pay[i][states]
    out = np.zeros((states.size, size), dtype=bool)
    step = max(1, (1 << 21) // (size * max(t.shape[1] for t in choices.values())))
    for j, table in choices.items():
        other = eng.movers[j]
        # j keeping its options leaves i's improvement as it is: never a sanction
        keep = _config_of(other, states)
        for start in range(0, states.size, step):
            block = table[start:start + step].copy()
            block[np.arange(block.shape[0]), keep[start:start + step]] = False
            rows, cfg = np.nonzero(block)
            eng.budget.charge(rows.size * size)
            u = (states[start + rows] & ~other.mask) | other.deposit[cfg]
            hit = row_of[rest_index[u]] <= limit[start + rows][:, None]
            starts = np.flatnonzero(np.diff(rows, prepend=-1))
            out[start + rows[starts]] |= np.logical_or.reduceat(hit, starts, axis=0)
    return out


def _sanctions(eng: _Engine, i: int, others: Sequence[int], choices: dict[int, BoolArray],
               states: IntArray, first: IntArray, per_state: IntArray,
               targets: IntArray) -> BoolArray:
    """Which of ``states`` (codes) have an improvement no simultaneous sanction meets?
    The improvements of state ``k`` are ``targets[first[k]:first[k] + per_state[k]]``,
    most tempting first.

    The others' choices (keep their options, or one of their improvements from the
    state) are expanded decision maker by decision maker, dropping every partial
    combination that even the freest changes of the remaining decision makers could not
    bring down to the threshold. A state with one unsanctioned improvement is unstable,
    so the improvements are tried in rounds and a state leaves the rounds as soon as it
    is decided."""
    if states.size == 0:
        return np.zeros(0, dtype=bool)
    pay = eng.pay[i]
    # expand the decision makers with the fewest choices first (narrower partial sets)
    width = {j: int(table.sum()) for j, table in choices.items()}
    others = sorted(others, key=width.__getitem__)
    member = [_Choices.of(choices[j]) for j in others]
    suffix: list[Values] = [np.where(eng.feas, pay, eng.inf)]
    for j in reversed(others):
        suffix.insert(0, eng.over_moves(j, suffix[0], best=False))
    limit_of_state = pay[states]
    open_state = np.ones(states.size, dtype=bool)
    for rank in range(int(per_state.max())):
        live = np.flatnonzero(open_state & (per_state > rank))
        if live.size == 0:
            break
        found = np.zeros(live.size, dtype=bool)
        partial = targets[first[live] + rank]
        _expand(eng, others, member, suffix, pay, limit_of_state[live], found, live, 0,
                np.arange(live.size), partial)
        open_state[live[~found]] = False
    return ~open_state


def _expand(eng: _Engine, others: Sequence[int], member: list[_Choices],
            suffix: list[Values], pay: Values, limit: Values, found: BoolArray,
            state_idx: IntArray, pos: int, owner: IntArray, partial: IntArray) -> None:
    """Depth-first expansion of the others' simultaneous choices (see the caller)."""
    cap = 1 << 22
    while owner.size:
        keep = (suffix[pos][partial] <= limit[owner]) & ~found[owner]
        owner, partial = owner[keep], partial[keep]
        if pos == len(others):
            hit = eng.feas[partial] & (pay[partial] <= limit[owner])
            found[owner[hit]] = True
            return
        choices = member[pos]
        if choices.total(state_idx[owner]) > cap and owner.size > 1:
            half = owner.size // 2
            _expand(eng, others, member, suffix, pay, limit, found, state_idx, pos,
                    owner[:half], partial[:half])
            owner, partial = owner[half:], partial[half:]
            continue
        mv = eng.movers[others[pos]]
        rows, cfg = choices.gather(state_idx[owner], np.arange(owner.size))
        eng.budget.charge(rows.size)
        owner, partial = owner[rows], (partial[rows] & ~mv.mask) | mv.deposit[cfg]
        pos += 1


@dataclass(frozen=True, eq=False)
class _Choices:
    """Each state's allowed choices for one decision maker, as compressed rows."""

    start: IntArray      # start[k] .. start[k + 1]: the choices of state k in ``configs``
    configs: IntArray

    @classmethod
    def of(cls, table: BoolArray) -> _Choices:
        rows, cfg = np.nonzero(table)
        start = np.zeros(table.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=table.shape[0]), out=start[1:])
        return cls(start, cfg.astype(np.int64))

    def total(self, states: IntArray) -> int:
        return int((self.start[states + 1] - self.start[states]).sum())

    def gather(self, states: IntArray, labels: IntArray) -> tuple[IntArray, IntArray]:
        """(label, configuration) for every choice of every listed state."""
        counts = self.start[states + 1] - self.start[states]
        rows = np.repeat(labels, counts)
        ends = np.cumsum(counts)
        offsets = np.arange(int(ends[-1]) if ends.size else 0) - np.repeat(ends - counts,
                                                                          counts)
        return rows, self.configs[np.repeat(self.start[states], counts) + offsets]


def _levels(payoff: IntArray, feasible: BoolArray,
            dtype: type[np.signedinteger[Any]]) -> Values:
    """Dense preference levels (0 = least preferred feasible state)."""
    values = np.unique(payoff[feasible])
    return np.searchsorted(values, payoff).astype(dtype)


def _config_of(mv: _Mover, codes: IntArray) -> IntArray:
    out = np.zeros(codes.size, dtype=np.int64)
    for t, k in enumerate(mv.options):
        out |= ((codes >> k) & 1) << t
    return out
