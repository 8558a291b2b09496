"""Hypothesis strategies for the mediation tests: small random scenarios and points tables.

Scenarios are small enough to enumerate (the brute-force reference), with ties (values on
a coarse grid half of the time), intervals, reservations that bind, red lines over one or
two issues, a numeric issue now and then, and sometimes a mediator.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from zopa.scenario import Scenario, parse_scenario

NICE = [0.0, 0.25, 0.5, 0.75, 1.0]


@st.composite
def scenario_data(draw: st.DrawFn, max_parties: int = 3, max_issues: int = 4,
                  red_lines: bool = True, intervals: bool = True) -> dict[str, Any]:
    n_parties = draw(st.integers(2, max_parties))
    nice = draw(st.booleans())
    value = (st.sampled_from(NICE) if nice
             else st.floats(0, 1, allow_nan=False).map(lambda x: round(x, 4)))

    def estimate(base: st.SearchStrategy[float]) -> st.SearchStrategy[Any]:
        if not intervals:
            return base
        return st.one_of(base, base, st.tuples(base, base).map(lambda t: [min(t), max(t)]))

    issues: list[dict[str, Any]] = []
    grids: list[list[Any]] = []
    for k in range(draw(st.integers(1, max_issues))):
        if draw(st.integers(0, 4)) == 0:
            n = draw(st.integers(2, 5))
            issues.append({"id": f"i{k}", "range": {"min": 0, "max": 10 * (n - 1), "step": 10}})
            grids.append([10 * j for j in range(n)])
        else:
            n = draw(st.integers(2, 4))
            issues.append({"id": f"i{k}", "options": [f"o{j}" for j in range(n)]})
            grids.append([f"o{j}" for j in range(n)])
    reservation = st.sampled_from([0.0, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5])
    parties: list[dict[str, Any]] = [
        {"id": f"p{k}", "reservation": draw(estimate(reservation))} for k in range(n_parties)]
    if draw(st.integers(0, 3)) == 0:
        parties.append({"id": "m", "role": "mediator"})
    preferences: dict[str, Any] = {}
    for party in parties:
        weights = {i["id"]: draw(estimate(st.sampled_from([0.0, 1.0, 2.0, 3.0, 5.0])))
                   for i in issues}
        if all((w[0] + w[1] if isinstance(w, list) else w) == 0 for w in weights.values()):
            weights[issues[0]["id"]] = 1.0
        values: dict[str, Any] = {}
        for issue, grid in zip(issues, grids, strict=True):
            if "range" in issue and draw(st.booleans()):
                xs = sorted(set(draw(st.lists(st.sampled_from(grid), min_size=1, max_size=3))))
                values[issue["id"]] = {"points": [[x, draw(estimate(value))] for x in xs]}
            else:
                values[issue["id"]] = {str(o): draw(estimate(value)) for o in grid}
        lines = []
        if red_lines and party.get("role") is None:
            for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2]))):
                chosen = draw(st.lists(st.integers(0, len(issues) - 1), min_size=1,
                                       max_size=min(2, len(issues)), unique=True))
                forbid = {issues[i]["id"]: draw(st.lists(st.sampled_from(grids[i]), min_size=1,
                                                         max_size=max(1, len(grids[i]) // 2),
                                                         unique=True))
                          for i in chosen}
                lines.append({"forbid": forbid})
        preferences[party["id"]] = {"weights": weights, "values": values, "red_lines": lines}
    return {"zopa": 1, "name": "generated", "parties": parties, "issues": issues,
            "preferences": preferences}


def scenarios(**kwargs: Any) -> st.SearchStrategy[Scenario]:
    return scenario_data(**kwargs).map(parse_scenario)


@st.composite
def points_tables(draw: st.DrawFn) -> dict[str, Any]:
    """A points table as written in a file: two parties, 1 to 8 issues, integer or decimal
    points (ties and zeros included); each party puts some points somewhere."""
    n = draw(st.integers(1, 8))
    number = st.one_of(st.integers(0, 40), st.sampled_from([0.5, 2.5, 7.25, 12.5]))
    rows = {f"issue-{k}": [draw(number), draw(number)] for k in range(n)}
    for side in (0, 1):
        if sum(r[side] for r in rows.values()) == 0:
            rows["issue-0"][side] = 1
    return {"parties": ["a", "b"], "points": rows}
