"""The stability definitions read literally (Fang, Hipel and Kilgour, 1993), state by
state, with Python sets: the brute-force twin of :mod:`zopa.conflict.stability`."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from zopa.conflict.model import States


class Oracle:
    def __init__(self, states: States) -> None:
        self.states = states
        self.conflict = states.conflict
        self.codes = [int(c) for c in states.codes]
        self.feasible = set(self.codes)
        self.pay = [list(map(int, p)) for p in states.payoff]
        self.n_dm = len(self.conflict.decision_makers)

    def moves(self, i: int, s: int) -> set[int]:
        own = self.conflict.decision_makers[i].options
        out = set()
        for t in self.codes:
            if t == s:
                continue
            ok = True
            for k in range(len(self.conflict.options)):
                a, b = (s >> k) & 1, (t >> k) & 1
                if a == b:
                    continue
                d = self.conflict.options[k].direction
                if k not in own or (d == "fwd" and b < a) or (d == "back" and b > a):
                    ok = False
                    break
            if ok:
                out.add(t)
        return out

    def improvements(self, i: int, s: int) -> set[int]:
        return {t for t in self.moves(i, s) if self.pay[i][t] > self.pay[i][s]}

    def reach(self, group: list[int], s: int, improving: bool) -> set[int]:
        """States reached by legal sequences (no one moves twice in a row) of ``group``."""
        step = self.improvements if improving else self.moves
        seen: set[tuple[int, int]] = set()
        frontier = [(t, j) for j in group for t in step(j, s)]
        while frontier:
            t, last = frontier.pop()
            if (t, last) in seen:
                continue
            seen.add((t, last))
            for j in group:
                if j != last:
                    frontier.extend((u, j) for u in step(j, t))
        return {t for t, _ in seen}

    def stable(self, concept: str, i: int, s: int) -> bool:
        p = self.pay[i]
        others = [j for j in range(self.n_dm) if j != i]
        ups = self.improvements(i, s)
        if concept == "nash":
            return not ups
        if concept == "gmr":
            return all(any(p[t] <= p[s] for t in self.reach(others, s1, False)) for s1 in ups)
        if concept == "smr":
            return all(any(p[t] <= p[s] and all(p[u] <= p[s] for u in self.moves(i, t))
                           for t in self.reach(others, s1, False)) for s1 in ups)
        if concept == "seq":
            return all(any(p[t] <= p[s] for t in self.reach(others, s1, True)) for s1 in ups)
        if concept == "sim":
            return all(self._sim_sanctioned(i, s, s1) for s1 in ups)
        if concept == "seq_sim":
            return self.stable("seq", i, s) and self.stable("sim", i, s)
        raise ValueError(concept)

    def _sim_sanctioned(self, i: int, s: int, s1: int) -> bool:
        others = [j for j in range(self.n_dm) if j != i]
        choices = [[s, *self.improvements(j, s)] for j in others]
        for combo in itertools.product(*choices):
            t = s1
            for j, c in zip(others, combo, strict=True):
                mask = sum(1 << k for k in self.conflict.decision_makers[j].options)
                t = (t & ~mask) | (c & mask)
            if t in self.feasible and self.pay[i][t] <= self.pay[i][s]:
                return True
        return False


def coalition_moves(oracle: Oracle, group: list[int], s: int) -> set[int]:
    """One joint move of the coalition: any of its members' options at once."""
    conflict = oracle.conflict
    own = {k for j in group for k in conflict.decision_makers[j].options}
    out = set()
    for t in oracle.codes:
        if t == s:
            continue
        ok = True
        for k in range(len(conflict.options)):
            a, b = (s >> k) & 1, (t >> k) & 1
            if a == b:
                continue
            d = conflict.options[k].direction
            if k not in own or (d == "fwd" and b < a) or (d == "back" and b > a):
                ok = False
                break
        if ok:
            out.add(t)
    return out


def coalition_stable(oracle: Oracle, concept: str, group: list[int], s: int) -> bool:
    outside = [j for j in range(oracle.n_dm) if j not in group]
    ups = {t for t in coalition_moves(oracle, group, s)
           if all(oracle.pay[j][t] > oracle.pay[j][s] for j in group)}
    if concept == "nash":
        return not ups

    def sanction(t: int) -> bool:
        return any(oracle.pay[j][t] <= oracle.pay[j][s] for j in group)

    if concept == "smr":
        return all(any(sanction(t) and all(sanction(u) for u in coalition_moves(oracle, group, t))
                       for t in oracle.reach(outside, s1, False)) for s1 in ups)
    if concept == "sim":
        return all(_coalition_sim_sanctioned(oracle, group, outside, s, s1, sanction)
                   for s1 in ups)
    if concept == "seq_sim":
        return (coalition_stable(oracle, "seq", group, s)
                and coalition_stable(oracle, "sim", group, s))
    improving = concept == "seq"
    return all(any(sanction(t) for t in oracle.reach(outside, s1, improving)) for s1 in ups)


def _coalition_sim_sanctioned(oracle: Oracle, group: list[int], outside: list[int], s: int,
                              s1: int, sanction: Callable[[int], bool]) -> bool:
    """Every outsider keeps its options or takes one of its improvements from ``s``, at
    the same time as the coalition moves to ``s1``: does some combination sanction?"""
    choices = [[s, *oracle.improvements(j, s)] for j in outside]
    for combo in itertools.product(*choices):
        t = s1
        for j, c in zip(outside, combo, strict=True):
            mask = sum(1 << k for k in oracle.conflict.decision_makers[j].options)
            t = (t & ~mask) | (c & mask)
        if t in oracle.feasible and sanction(t):
            return True
    return False


def shortest_paths(oracle: Oracle, start: int) -> dict[int, int]:
    """Length of the shortest legal path of unilateral improvements to each state."""
    dist = {start: 0}
    frontier = [(start, -1)]
    seen = {(start, -1)}
    depth = 0
    while frontier:
        depth += 1
        nxt = []
        for s, last in frontier:
            for j in range(oracle.n_dm):
                if j == last:
                    continue
                for t in oracle.improvements(j, s):
                    if (t, j) not in seen:
                        seen.add((t, j))
                        nxt.append((t, j))
                        dist.setdefault(t, depth)
        frontier = nxt
    return dist
