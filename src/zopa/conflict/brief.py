"""Everything a reader of a conflict analysis sees, computed once: the brief.

The terminal brief, ``zopa conflict --json``, the HTML report and the workbench page all
lay out this one result (``docs/conflict-format.md`` gives the JSON to the letter).

>>> from zopa.conflict.load import load_conflict
>>> b = conflict_brief(load_conflict("tests/data/conflict/prisoners-dilemma.yaml"))
>>> b.equilibria["nash"], b.equilibria["gmr"]
(('NN',), ('NN', 'YY'))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..budget import WorkBudget
from .coalitions import COALITION_CONCEPTS, CoalitionResult, coalition_stability
from .expr import statement_text
from .model import Conflict, States, compile_states
from .stability import CONCEPTS, _Mover, analyse, moves_of
from .status_quo import Path, paths_from

__all__ = ["ConflictBrief", "StateRow", "conflict_brief"]


@dataclass(frozen=True)
class StateRow:
    number: int
    pattern: str
    words: tuple[str, ...]          # the options taken, by name ("nothing taken" if none)
    ranks: dict[str, int]           # decision maker id -> rank (1 = most preferred)


@dataclass(frozen=True)
class ConflictBrief:
    name: str
    options: tuple[tuple[str, str, str], ...]       # (id, name, direction)
    decision_makers: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
    #: (id, name, option ids, preferences in words: statements or ranking groups)
    states: tuple[StateRow, ...]
    equilibria: dict[str, tuple[str, ...]]
    by_decision_maker: dict[str, dict[str, tuple[str, ...]]]
    status_quo: str | None
    paths: tuple[tuple[Path, tuple[str, ...]], ...]     # path, concepts of its target
    coalitions: tuple[CoalitionResult, ...]
    #: decision maker id -> its unilateral moves (from, to, is it an improvement), listed
    #: when the conflict has at most ``max_graph`` feasible states (else empty)
    moves: dict[str, tuple[tuple[str, str, bool], ...]]
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa conflict --json`` (see docs/conflict-format.md)."""
        return {
            "name": self.name,
            "description": self.description,
            "options": [name for _, name, _ in self.options],
            "option_ids": [oid for oid, _, _ in self.options],
            "decision_makers": [{"id": d, "name": n, "options": list(o),
                                 "preferences": list(p)}
                                for d, n, o, p in self.decision_makers],
            "states": [{"number": s.number, "pattern": s.pattern, "ranks": dict(s.ranks)}
                       for s in self.states],
            "equilibria": {c: list(v) for c, v in self.equilibria.items()},
            "by_decision_maker": {d: {c: list(v) for c, v in row.items()}
                                  for d, row in self.by_decision_maker.items()},
            "status_quo": self.status_quo,
            "paths": [{**p.to_dict(), "equilibrium_of": list(c)} for p, c in self.paths],
            "coalitions": [c.to_dict() for c in self.coalitions],
            "moves": {d: [{"from": a, "to": b, "improvement": up} for a, b, up in row]
                      for d, row in self.moves.items()},
        }


def conflict_brief(conflict: Conflict, budget: WorkBudget | None = None,
                   *, max_states: int = 4096, max_graph: int = 128) -> ConflictBrief:
    """Analyse ``conflict`` fully. The per-state table and the status quo paths are only
    listed up to ``max_states`` feasible states, the moves up to ``max_graph`` (a reader
    cannot use more)."""
    budget = budget or WorkBudget(what="a conflict analysis",
                                  hint="use a smaller conflict or --budget to raise it")
    states = compile_states(conflict, budget)
    result = analyse(states, budget)
    ids = [dm.id for dm in conflict.decision_makers]
    pattern = states.pattern
    equilibria = {c: tuple(pattern(x) for x in result.equilibria(c)) for c in CONCEPTS}
    by_dm = {dm: {c: tuple(pattern(x) for x in result.stable_for(c, i)) for c in CONCEPTS}
             for i, dm in enumerate(ids)}
    rows: list[StateRow] = []
    if states.count <= max_states:
        for n, code in enumerate(states.codes, start=1):
            words = tuple(o.name for k, o in enumerate(conflict.options) if (code >> k) & 1)
            rows.append(StateRow(n, pattern(code), words or ("nothing taken",),
                                 {d: int(states.ranks[i][n - 1]) for i, d in enumerate(ids)}))
    paths: list[tuple[Path, tuple[str, ...]]] = []
    if conflict.status_quo is not None and states.count <= max_states:
        targets = sorted({x for c in CONCEPTS for x in result.equilibria(c)})
        for path, code in zip(paths_from(states, targets, budget=budget), targets,
                              strict=True):
            paths.append((path, tuple(c for c in CONCEPTS if code in result.equilibria(c))))
    coalitions = tuple(coalition_stability(states, group, budget)
                       for group in conflict.coalitions)
    return ConflictBrief(
        conflict.name,
        tuple((o.id, o.name, o.direction) for o in conflict.options),
        tuple((dm.id, dm.name, tuple(conflict.options[k].id for k in dm.options),
               _preferences(states, i)) for i, dm in enumerate(conflict.decision_makers)),
        tuple(rows), equilibria, by_dm,
        pattern(conflict.status_quo) if conflict.status_quo is not None else None,
        tuple(paths), coalitions,
        _moves(states) if states.count <= max_graph else {}, conflict.description)


def _moves(states: States) -> dict[str, tuple[tuple[str, str, bool], ...]]:
    out = {}
    for i, (dm, mv) in enumerate(zip(states.conflict.decision_makers, moves_of(states),
                                     strict=True)):
        rows = []
        for code in states.codes:
            a = _config(mv, int(code))
            for b in range(mv.configs):
                target = (int(code) & ~mv.mask) | int(mv.deposit[b])
                if mv.allowed[a, b] and states.feasible[target]:
                    up = bool(states.payoff[i][target] > states.payoff[i][code])
                    rows.append((states.pattern(code), states.pattern(target), up))
        out[dm.id] = tuple(rows)
    return out


def _config(mv: _Mover, code: int) -> int:
    return sum(((code >> k) & 1) << t for t, k in enumerate(mv.options))


def _preferences(states: States, i: int) -> tuple[str, ...]:
    dm = states.conflict.decision_makers[i]
    if dm.ranking is not None:
        return tuple(" ~ ".join(states.pattern(c) for c in group) for group in dm.ranking)
    return tuple(statement_text(e, states.conflict.option_ids) for e in dm.statements)


__all__ += ["COALITION_CONCEPTS"]
