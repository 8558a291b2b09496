"""Export then import gives back the same utilities; what GENIUS or GeniusWeb cannot hold
is reported, never lost silently."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.examples import load_example
from zopa.interop import (
    convert_genius_files,
    convert_geniusweb,
    export_genius,
    export_geniusweb,
)
from zopa.scenario import Scenario, parse_scenario
from zopa.space import compile_space

from ._genius_rule import outcome_rows


def _same_utilities(a: Scenario, b: Scenario) -> None:
    sa, sb = compile_space(a), compile_space(b)
    assert sa.sizes == sb.sizes
    order = [sa.parties.index(p) for p in sb.parties]
    rows = outcome_rows(list(sa.sizes), 50_000)
    np.testing.assert_allclose(sb.utilities(rows), sa.utilities(rows)[:, order], atol=1e-12)


def test_example_round_trip_reports_what_is_dropped() -> None:
    scenario = load_example("ukraine-russia-2022-03")
    exported = export_genius(scenario, nonlinear=False)
    again = convert_genius_files(exported.files).scenario
    # GENIUS's additive profiles hold no interaction terms: the additive part goes over.
    additive = scenario.model_copy(update={"preferences": {
        pid: prefs.model_copy(update={"interactions": ()})
        for pid, prefs in scenario.preferences.items()}})
    _same_utilities(additive, again)
    warnings = " ".join(exported.warnings)
    assert "party 'ukraine': 1 interaction term dropped" in warnings
    assert "mediator 'turkey'" in warnings
    assert "party 'ukraine': 4 red lines dropped" in warnings
    assert "midpoints" in warnings
    assert "armed-forces" in warnings  # non-linear numeric values: a discrete issue
    assert compile_space(again).red_lines == ()


@st.composite
def scenarios(draw: Any) -> Scenario:
    n_parties = draw(st.integers(2, 3))
    issues: list[dict[str, Any]] = []
    unit = st.integers(0, 100).map(lambda k: k / 100)
    for i in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["discrete", "integer", "grid"]))
        if kind == "discrete":
            issues.append({"id": f"i{i}", "options": [f"o{j}" for j in
                                                      range(draw(st.integers(2, 4)))]})
        elif kind == "integer":
            low = draw(st.integers(-5, 5))
            issues.append({"id": f"i{i}", "range": {"min": low, "max": low +
                                                     draw(st.integers(1, 6)), "step": 1}})
        else:
            issues.append({"id": f"i{i}", "range": {"min": 0.5, "max": 2.5, "step": 0.5}})
    preferences: dict[str, Any] = {}
    parties = []
    for p in range(n_parties):
        pid = f"p{p}"
        parties.append({"id": pid, "reservation": draw(unit) / 2,
                        **({"discount": draw(st.sampled_from([0.5, 1.0]))}
                           if draw(st.booleans()) else {})})
        weights = {i["id"]: draw(st.integers(0, 5)) for i in issues}
        weights[issues[0]["id"]] += 1
        values: dict[str, Any] = {}
        for issue in issues:
            if "options" in issue:
                values[issue["id"]] = {o: draw(unit) for o in issue["options"]}
            else:
                r = issue["range"]
                ends = [[r["min"], draw(unit)], [r["max"], draw(unit)]]
                if draw(st.booleans()):  # a kink: not linear
                    ends.insert(1, [(r["min"] + r["max"]) / 2, draw(unit)])
                values[issue["id"]] = {"points": ends}
        preferences[pid] = {"weights": weights, "values": values}
    return parse_scenario({"zopa": 1, "name": "random", "parties": parties,
                           "issues": issues, "preferences": preferences})


@settings(max_examples=40, deadline=None)
@given(scenarios())
def test_genius_round_trip(scenario: Scenario) -> None:
    exported = export_genius(scenario)
    again = convert_genius_files(exported.files).scenario
    _same_utilities(scenario, again)
    for party in again.parties:
        original = scenario.party(party.id)
        assert party.reservation == original.reservation
        assert party.discount == original.discount


@settings(max_examples=40, deadline=None)
@given(scenarios())
def test_geniusweb_round_trip(scenario: Scenario) -> None:
    import json

    exported = export_geniusweb(scenario)
    documents = {name: json.loads(data) for name, data in exported.files.items()}
    again = convert_geniusweb(documents).scenario
    _same_utilities(scenario, again)
    if any(p.reservation for p in scenario.parties):
        assert any("reservation value" in w for w in exported.warnings)
