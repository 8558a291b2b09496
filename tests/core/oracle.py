"""A brute-force reading of SCENARIO_FORMAT.md, for cross-checking the fast algorithms.

Written straight from the format's definitions, for small scenarios only: it reads the
scenario model itself (not the compiled space), visits every outcome in the order of the
outcome space, and computes each result the naive way (dominance by pairwise comparison,
solutions over the whole agreement space, concessions by trying every subset). It shares
no code with ``zopa.analysis``, except the integer keys that turn "equal within 1e-9"
into a grid.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np

from zopa.scenario.model import Interval, NumericBound, Points, Scenario

TOL = 1e-9


def _mid(x: float | Interval) -> float:
    return (x.low + x.high) / 2 if isinstance(x, Interval) else float(x)


def _key(u: float) -> int:
    return int(np.rint(u * 1e9))


def _value(scenario: Scenario, party: str, issue_id: str, option: Any) -> float:
    spec = scenario.preferences[party].values.get(issue_id)
    if spec is None:
        return 0.0
    if isinstance(spec, Points):
        xs = [float(p[0]) for p in spec.points]
        vs = [_mid(p[1]) for p in spec.points]
        x = float(option)
        if x <= xs[0]:
            return vs[0]
        if x >= xs[-1]:
            return vs[-1]
        for k in range(len(xs) - 1):
            if xs[k] <= x <= xs[k + 1]:
                return vs[k] + (vs[k + 1] - vs[k]) * (x - xs[k]) / (xs[k + 1] - xs[k])
    for key, value in spec.items():
        if str(key) == str(option) or (
            scenario.issue(issue_id).numeric and float(key) == float(option)
        ):
            return _mid(value)
    return 0.0


def utility(scenario: Scenario, party: str, outcome: dict[str, Any]) -> float:
    """``(sum_i w_i v_i(o_i) + sum_t w_t value_t [o in box_t]) / W``: W the sum of the
    issue and interaction weights, or ``utility_max`` (and then capped at 1)."""
    prefs = scenario.preferences[party]
    total = sum(_mid(w) for w in prefs.weights.values()) + sum(
        _mid(t.weight) for t in prefs.interactions)
    if prefs.utility_max is not None:
        total = prefs.utility_max
    additive = sum(
        (_mid(prefs.weights.get(issue.id, 0.0)) / total)
        * _value(scenario, party, issue.id, outcome[issue.id])
        for issue in scenario.issues
    )
    # Interaction terms after the issues, in file order (the order zopa sums in).
    for term in prefs.interactions:
        inside = crosses(scenario, dict(term.when), outcome)
        if inside != bool(term.outside):
            additive += _mid(term.weight) * _mid(term.value) / total
    return min(additive, 1.0) if prefs.utility_max is not None else additive


def crosses(scenario: Scenario, forbid: dict[str, Any], outcome: dict[str, Any]) -> bool:
    for issue_id, spec in forbid.items():
        option = outcome[issue_id]
        if isinstance(spec, NumericBound):
            if not spec.contains(float(option)):
                return False
        elif scenario.issue(issue_id).numeric:
            if not any(float(o) == float(option) for o in spec):
                return False
        elif str(option) not in {str(o) for o in spec}:
            return False
    return True


def red_lines(scenario: Scenario) -> list[tuple[str, dict[str, Any]]]:
    """Binding red lines, named ``party#k``, in scenario order."""
    out = []
    for party in scenario.negotiators:
        for k, red_line in enumerate(scenario.preferences[party.id].red_lines):
            if not red_line.disabled:
                out.append((f"{party.id}#{k}", dict(red_line.forbid)))
    return out


def oracle(scenario: Scenario, max_concessions: int = 3) -> dict[str, Any]:
    parties = [p.id for p in scenario.negotiators]
    reservation = {p.id: _mid(p.reservation) for p in scenario.negotiators}
    outcomes = [dict(zip([i.id for i in scenario.issues], combo, strict=True))
                for combo in itertools.product(*(i.option_ids for i in scenario.issues))]
    utilities = [[utility(scenario, p, o) for p in parties] for o in outcomes]
    lines = red_lines(scenario)
    crossing = [frozenset(name for name, forbid in lines if crosses(scenario, forbid, o))
                for o in outcomes]
    meets = [all(u[k] >= reservation[p] - TOL for k, p in enumerate(parties))
             for u in utilities]

    def agreement(removed: frozenset[str]) -> list[int]:
        return [n for n in range(len(outcomes)) if meets[n] and crossing[n] <= removed]

    space = agreement(frozenset())
    result: dict[str, Any] = {
        "parties": parties,
        "outcomes": len(outcomes),
        "agreement_space": len(space),
        "issues": issue_statuses(scenario),
    }
    # Frontier: distinct key vectors, none weakly dominated; first outcome per point.
    first: dict[tuple[int, ...], int] = {}
    for n in space:
        first.setdefault(tuple(_key(u) for u in utilities[n]), n)
    points = list(first)
    frontier = [p for p in points
                if not any(q != p and all(a >= b for a, b in zip(q, p, strict=True))
                           for q in points)]
    frontier.sort(key=lambda p: tuple(-x for x in p))
    result["pareto_frontier"] = [
        {"utilities": utilities[first[p]], "outcome": outcomes[first[p]]} for p in frontier
    ]
    result["solutions"] = solutions(space, utilities, outcomes,
                                    [reservation[p] for p in parties])
    result["minimal_concessions"] = (
        [] if space else concessions(lines, crossing, meets, max_concessions, parties)
    )
    gaps = {}
    for k, p in enumerate(parties):
        others = [n for n in range(len(outcomes)) if not crossing[n] and all(
            utilities[n][j] >= reservation[q] - TOL for j, q in enumerate(parties) if j != k)]
        if others:
            gaps[p] = max(0.0, reservation[p] - max(utilities[n][k] for n in others))
    result["reservation_gaps"] = gaps
    return result


def _tie(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-15)


def solutions(space: list[int], utilities: list[list[float]], outcomes: list[dict[str, Any]],
              r: list[float]) -> dict[str, Any]:
    names = ["nash", "kalai_smorodinsky", "egalitarian", "utilitarian"]
    if not space:
        return dict.fromkeys(names)
    best = [max(utilities[n][k] for n in space) for k in range(len(r))]

    def score(name: str, u: list[float]) -> float:
        gains = [max(0.0, a - b) for a, b in zip(u, r, strict=True)]
        if name == "nash":
            return math.prod(gains)
        if name == "egalitarian":
            return min(gains)
        if name == "utilitarian":
            return sum(u)
        shares = [g / (b - x) for g, b, x in zip(gains, best, r, strict=True) if b - x > TOL]
        return min(shares) if shares else 0.0

    out = {}
    for name in names:
        scores = {n: score(name, utilities[n]) for n in space}
        top = max(scores.values())
        tied = [n for n in space if _tie(scores[n], top)]
        top_sum = max(sum(utilities[n]) for n in tied)
        tied = [n for n in tied if _tie(sum(utilities[n]), top_sum)]
        n = min(tied)  # outcomes are listed in the order of the outcome space
        out[name] = {"utilities": utilities[n], "outcome": outcomes[n]}
    return out


def concessions(lines: list[tuple[str, Any]], crossing: list[frozenset[str]],
                meets: list[bool], max_size: int, parties: list[str]) -> list[list[str]]:
    names = [name for name, _ in lines]
    found: list[frozenset[str]] = []
    for size in range(1, max_size + 1):
        for subset in itertools.combinations(names, size):
            s = frozenset(subset)
            if any(f <= s for f in found):
                continue
            if any(m and c <= s for m, c in zip(meets, crossing, strict=True)):
                found.append(s)
    ordered = sorted(found, key=lambda s: (len(s), sorted(s)))
    return [[n for n in names if n in s] for s in ordered]


def issue_statuses(scenario: Scenario) -> list[dict[str, Any]]:
    out = []
    for issue in scenario.issues:
        options = list(issue.option_ids)
        common = set(range(len(options)))
        for party in scenario.negotiators:
            for red_line in scenario.preferences[party.id].red_lines:
                if list(red_line.forbid) == [issue.id] and not red_line.disabled:
                    common -= {k for k, o in enumerate(options)
                               if crosses(scenario, red_line.forbid, {issue.id: o})}
        status = "blocked" if not common else "open"
        if common:
            best_sets = []
            for party in scenario.negotiators:
                if issue.id in scenario.preferences[party.id].values:
                    vals = [_value(scenario, party.id, issue.id, o) for o in options]
                    top = max(vals)
                    best_sets.append({k for k, v in enumerate(vals) if v >= top - TOL})
            if any(all(k in b for b in best_sets) for k in common):
                status = "agreed"
        out.append({"id": issue.id, "status": status,
                    "common_ground": [options[k] for k in sorted(common)]})
    return out
