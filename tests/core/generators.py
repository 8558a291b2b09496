"""Hypothesis strategies for random scenarios (as the plain data of a file).

They aim at the corners: ties (values and weights from a coarse grid), numeric issues with
piecewise-linear values, intervals, red lines over one to three issues, reservations that
bind, mediators with preferences, parties without values on some issues.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

NICE = [0.0, 0.25, 0.5, 0.75, 1.0]


@st.composite
def scenario_data(draw: st.DrawFn, max_outcomes: int = 300, max_parties: int = 4,
                  max_issues: int = 5, red_lines_per_party: tuple[int, ...] = (0, 0, 0, 1, 1, 1,
                                                                                  2, 2, 3),
                  min_options: int = 2, interactions_per_party: tuple[int, ...] = (0,)
                  ) -> dict[str, Any]:
    n_parties = draw(st.integers(2, max_parties))
    nice = draw(st.booleans())
    value = st.sampled_from(NICE) if nice else st.floats(0, 1, allow_nan=False).map(
        lambda x: round(x, 6))

    def estimate(base: st.SearchStrategy[float]) -> st.SearchStrategy[Any]:
        return st.one_of(base, st.tuples(base, base).map(lambda t: [min(t), max(t)]))

    issues: list[dict[str, Any]] = []
    total = 1
    for k in range(draw(st.integers(1, max_issues))):
        room = max_outcomes // total
        if room < 2:
            break
        if draw(st.booleans()):
            n = draw(st.integers(min(min_options, room), min(max(4, min_options), room)))
            issues.append({"id": f"i{k}", "options": [f"o{j}" for j in range(n)]})
        else:
            n = draw(st.integers(min(min_options, room), min(max(5, min_options), room)))
            start = draw(st.sampled_from([0, 10, 100]))
            step = draw(st.sampled_from([1, 5, 0.5]))
            issues.append({"id": f"i{k}", "range": {"min": start, "max": start + step * (n - 1),
                                                     "step": step}})
        total *= n
    grids = [_options(i) for i in issues]
    reservations = st.sampled_from([0.0, 0.0, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7])
    parties = [{"id": f"p{k}", "reservation": draw(estimate(reservations))}
               for k in range(n_parties)]
    with_mediator = draw(st.booleans())
    if with_mediator:
        parties.insert(draw(st.integers(0, n_parties)), {"id": "m", "role": "mediator"})
    preferences: dict[str, Any] = {}
    for party in parties:
        weights = {i["id"]: draw(estimate(st.sampled_from([0, 1, 2, 3, 5])))
                   for i in issues if draw(st.integers(0, 4)) > 0}
        if not weights or all(_mid(w) == 0 for w in weights.values()):
            weights = {issues[0]["id"]: 1}
        values: dict[str, Any] = {}
        for issue, grid in zip(issues, grids, strict=True):
            if draw(st.integers(0, 5)) == 0:
                continue  # no values named: every option is worth 0
            if "range" in issue and draw(st.booleans()):
                xs = sorted(set(draw(st.lists(st.sampled_from(grid), min_size=1, max_size=3))))
                values[issue["id"]] = {"points": [[x, draw(value)] for x in xs]}
            else:
                values[issue["id"]] = {str(o) if "options" in issue else o: draw(estimate(value))
                                       for o in grid if draw(st.integers(0, 4)) > 0}
        red_lines = []
        how_many = st.sampled_from(red_lines_per_party)
        for _ in range(draw(how_many) if party.get("role") is None else draw(st.integers(0, 1))):
            chosen = draw(st.lists(st.integers(0, len(issues) - 1), min_size=1,
                                   max_size=min(3, len(issues)), unique=True))
            forbid: dict[str, Any] = {}
            for i in chosen:
                issue, grid = issues[i], grids[i]
                if "range" in issue and draw(st.booleans()):
                    lo, hi = sorted(draw(st.lists(st.sampled_from(grid), min_size=2, max_size=2)))
                    side = draw(st.sampled_from(["min", "max", "both"]))
                    forbid[issue["id"]] = ({"min": lo} if side == "min" else
                                           {"max": hi} if side == "max" else
                                           {"min": lo, "max": hi})
                else:
                    forbid[issue["id"]] = draw(st.lists(st.sampled_from(grid), min_size=1,
                                                        max_size=max(1, len(grid) // 2),
                                                        unique=True))
            red_lines.append({"forbid": forbid, **({"disabled": True}
                                                   if draw(st.integers(0, 9)) == 0 else {})})
        preferences[party["id"]] = {"weights": weights, "values": values,
                                    "red_lines": red_lines}
        terms = _interactions(draw, issues, grids, value,
                              draw(st.sampled_from(interactions_per_party)))
        if terms:
            preferences[party["id"]]["interactions"] = terms
    return {"zopa": 1, "name": "generated", "parties": parties, "issues": issues,
            "preferences": preferences}


def _interactions(draw: st.DrawFn, issues: list[dict[str, Any]], grids: list[list[Any]],
                  value: st.SearchStrategy[float], count: int) -> list[dict[str, Any]]:
    """Interaction terms: boxes of options or intervals on two or three issues, some
    outside-boxes, weights from the coarse grid (ties) or none."""
    if len(issues) < 2:
        return []
    terms = []
    for _ in range(count):
        chosen = draw(st.lists(st.integers(0, len(issues) - 1), min_size=2,
                               max_size=min(3, len(issues)), unique=True))
        when: dict[str, Any] = {}
        for i in chosen:
            issue, grid = issues[i], grids[i]
            if "range" in issue and draw(st.booleans()):
                lo, hi = sorted(draw(st.lists(st.sampled_from(grid), min_size=2, max_size=2)))
                when[issue["id"]] = {"min": lo, "max": hi}
            else:
                when[issue["id"]] = draw(st.lists(st.sampled_from(grid), min_size=1,
                                                  max_size=max(1, len(grid) - 1), unique=True))
        term: dict[str, Any] = {"when": when, "value": draw(value)}
        if draw(st.booleans()):
            term["weight"] = draw(st.sampled_from([0, 1, 2, 3, 5]))
        if draw(st.integers(0, 4)) == 0:
            term["outside"] = True
        terms.append(term)
    return terms


def _options(issue: dict[str, Any]) -> list[Any]:
    if "options" in issue:
        return list(issue["options"])
    r = issue["range"]
    n = math.floor(round((r["max"] - r["min"]) / r["step"], 9)) + 1
    return [r["min"] + k * r["step"] for k in range(n)]


def _mid(w: Any) -> float:
    return (w[0] + w[1]) / 2 if isinstance(w, list) else float(w)


def random_scenario(seed: int, *, parties: int = 2, issues: int = 4, options: int = 4,
                    red_lines: int = 1, reservation: float = 0.3,
                    nice: bool = False, interactions: int = 0) -> dict[str, Any]:
    """A scenario with uniformly random preferences (hypothesis draws only the seed):
    conflicting values give frontiers of many points, which the shrinking-biased
    :func:`scenario_data` rarely does."""
    import numpy as np

    rng = np.random.default_rng(seed)

    def val() -> float:
        return float(rng.integers(0, 5) / 4) if nice else round(float(rng.random()), 4)

    spec_issues = []
    for k in range(issues):
        if rng.random() < 0.3:
            spec_issues.append({"id": f"i{k}", "range": {"min": 0, "max": options - 1, "step": 1}})
        else:
            spec_issues.append({"id": f"i{k}", "options": [f"o{j}" for j in range(options)]})
    preferences = {}
    for p in range(parties):
        values: dict[str, Any] = {}
        for issue in spec_issues:
            if "range" in issue:
                values[issue["id"]] = {"points": [[0, val()], [options - 1, val()]]}
            else:
                values[issue["id"]] = {o: val() for o in issue["options"]}
        lines = []
        for _ in range(red_lines):
            chosen = rng.choice(issues, size=int(rng.integers(1, min(3, issues) + 1)),
                                replace=False)
            lines.append({"forbid": {f"i{i}": [_options(spec_issues[i])[int(rng.integers(
                options))]] for i in chosen}})
        terms = []
        for _ in range(interactions if issues >= 2 else 0):
            chosen = rng.choice(issues, size=int(rng.integers(2, min(3, issues) + 1)),
                                replace=False)
            terms.append({"when": {f"i{i}": [_options(spec_issues[i])[int(o)] for o in rng.choice(
                options, size=int(rng.integers(1, options)), replace=False)] for i in chosen},
                "value": val(), "weight": int(rng.integers(1, 10))})
        preferences[f"p{p}"] = {
            "weights": {issue["id"]: int(rng.integers(1, 10)) for issue in spec_issues},
            "values": values, "red_lines": lines,
            **({"interactions": terms} if terms else {})}
    return {"zopa": 1, "name": f"random-{seed}",
            "parties": [{"id": f"p{p}", "reservation": reservation} for p in range(parties)],
            "issues": spec_issues, "preferences": preferences}
