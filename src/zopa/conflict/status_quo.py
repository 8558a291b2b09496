"""Status quo analysis: how the conflict can move from the status quo to each equilibrium.

Li, Hipel, Kilgour and Fang (2004), "Status quo analysis in the graph model for conflict
resolution" (J. Oper. Res. Soc. 55), and Xu, Kilgour, Hipel and Kemkes (2010), "Using
matrices to link conflict evolution and resolution in a graph model" (EJOR 203): a path
is a legal sequence of unilateral improvements (each step improves things for the
decision maker who moves, and no one moves twice in a row). For every target state this
module finds one shortest such path from the status quo, by breadth-first search over
(state, last mover) with whole frontiers moved at once.

>>> from zopa.conflict.load import parse_conflict
>>> from zopa.conflict.model import compile_states
>>> pd = parse_conflict('''
... zopa: 1
... options: [{id: a_coop}, {id: b_coop}]
... decision_makers:
...   - {id: a, options: [a_coop], statements: [b_coop, -a_coop]}
...   - {id: b, options: [b_coop], statements: [a_coop, -b_coop]}
... status_quo: YY
... ''')
>>> [(s.mover, s.start, s.end) for s in paths_from(compile_states(pd), [0])[0].steps]
[('b', 'YY', 'YN'), ('a', 'YN', 'NN')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..budget import WorkBudget
from .model import States
from .stability import _config_of, moves_of

__all__ = ["Path", "Step", "paths_from"]


@dataclass(frozen=True)
class Step:
    mover: str
    start: str
    end: str

    def to_dict(self) -> dict[str, str]:
        return {"mover": self.mover, "from": self.start, "to": self.end}


@dataclass(frozen=True)
class Path:
    """The shortest legal path of unilateral improvements to ``target`` (``None`` steps:
    the target cannot be reached)."""

    target: str
    steps: tuple[Step, ...] | None

    @property
    def reachable(self) -> bool:
        return self.steps is not None

    def to_dict(self) -> dict[str, object]:
        return {"to": self.target, "reachable": self.reachable,
                "steps": [s.to_dict() for s in self.steps] if self.steps is not None
                else None}


def paths_from(states: States, targets: Sequence[int], start: int | None = None,
               budget: WorkBudget | None = None) -> list[Path]:
    """Shortest legal improvement paths from ``start`` (default the status quo) to each
    of ``targets`` (codes)."""
    source = states.conflict.status_quo if start is None else start
    if source is None:
        raise ValueError("no status quo: give one in the file or as start")
    budget = budget or WorkBudget(what="a status quo analysis")
    movers = moves_of(states)
    count = len(movers)
    n = states.feasible.size
    # parent[code, last] = previous code, or -1; the slot ``count`` is "nobody moved yet".
    parent = np.full((n, count + 1), -1, dtype=np.int64)
    parent_last = np.full((n, count + 1), -1, dtype=np.int64)
    seen = np.zeros((n, count + 1), dtype=bool)
    seen[source, count] = True
    frontier = np.array([source], dtype=np.int64)
    frontier_last = np.array([count], dtype=np.int64)
    while frontier.size:
        new_codes: list[np.ndarray] = []
        new_last: list[np.ndarray] = []
        for j, mv in enumerate(movers):
            keep = frontier_last != j
            codes, lasts = frontier[keep], frontier_last[keep]
            if codes.size == 0:
                continue
            budget.charge(mv.configs * codes.size)
            own = _config_of(mv, codes)
            for c in range(mv.configs):
                target = (codes & ~mv.mask) | mv.deposit[c]
                ok = (mv.allowed[own, c] & states.feasible[target] &
                      (states.payoff[j][target] > states.payoff[j][codes]))
                ok &= ~seen[target, j]
                if not ok.any():
                    continue
                t, src, src_last = target[ok], codes[ok], lasts[ok]
                t, first = np.unique(t, return_index=True)
                seen[t, j] = True
                parent[t, j] = src[first]
                parent_last[t, j] = src_last[first]
                new_codes.append(t)
                new_last.append(np.full(t.size, j, dtype=np.int64))
        if not new_codes:
            break
        frontier = np.concatenate(new_codes)
        frontier_last = np.concatenate(new_last)
    ids = [dm.id for dm in states.conflict.decision_makers]
    out = []
    for code in targets:
        code = int(code)
        if code == source:
            out.append(Path(states.pattern(code), ()))
            continue
        lasts = np.flatnonzero(seen[code, :count])
        if lasts.size == 0:
            out.append(Path(states.pattern(code), None))
            continue
        # the shortest arrival: walk back from each and keep the shortest
        best: list[Step] | None = None
        for last in lasts:
            steps: list[Step] = []
            cur, who = code, int(last)
            while who != count:
                prev, prev_who = int(parent[cur, who]), int(parent_last[cur, who])
                steps.append(Step(ids[who], states.pattern(prev), states.pattern(cur)))
                cur, who = prev, prev_who
            if best is None or len(steps) < len(best):
                best = steps
        assert best is not None
        out.append(Path(states.pattern(code), tuple(reversed(best))))
    return out
