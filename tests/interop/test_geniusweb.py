"""GeniusWeb profiles: a value GeniusWeb's own tests publish, both spellings of the
format, and NegMAS's independent reader agreeing with zopa's on zopa's exports."""

from __future__ import annotations

import json
import warnings
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.errors import ScenarioError
from zopa.examples import load_example
from zopa.interop import convert_geniusweb, export_geniusweb
from zopa.scenario import Scenario, parse_scenario
from zopa.space import compile_space

from ._genius_rule import outcome_rows

# GeniusWeb's "jobs" domain and its profile jobs1 (the example profile of GeniusWeb's
# profiles server). GeniusWeb's test of LinearAdditiveUtilitySpace computes the utility
# of one bid by hand: 0.06*1 + 0.16*1 + 0.04*0 + 0.32*0.5 + 0.24*0.25 + 0.18*0.5 = 0.53.
JOBS_DOMAIN = {"name": "jobs", "issuesValues": {
    "lease car": {"values": ["yes", "no"]},
    "permanent contract": {"values": ["yes", "no"]},
    "career development opportunities": {"values": ["low", "medium", "high"]},
    "fte": {"values": ["0.6", "0.8", "1.0"]},
    "salary": {"values": ["2000", "2500", "3000", "3500", "4000"]},
    "work from home": {"values": ["0", "1", "2"]}}}
JOBS1_UTILITIES = {
    "lease car": {"no": 0, "yes": 1},
    "permanent contract": {"no": 0, "yes": 1},
    "career development opportunities": {"high": 1, "low": 0, "medium": 0.5},
    "fte": {"1.0": 0.75, "0.6": 0.25, "0.8": 0.5},
    "salary": {"4000": 1, "2500": 0.25, "3500": 0.75, "2000": 0, "3000": 0.3},
    "work from home": {"1": 0.5, "2": 0.666666666666, "0": 0.333333333}}
JOBS1_WEIGHTS = {"lease car": 0.06, "permanent contract": 0.16,
                 "career development opportunities": 0.04, "fte": 0.32, "salary": 0.24,
                 "work from home": 0.18}
BID = {"lease car": "yes", "permanent contract": "yes",
       "career development opportunities": "low", "fte": "0.8", "salary": "2500",
       "work from home": "1"}


def _jobs_profile(spelling: str, name: str) -> dict[str, Any]:
    return {"LinearAdditiveUtilitySpace": {
        "name": name, "domain": JOBS_DOMAIN, "issueWeights": JOBS1_WEIGHTS,
        "issueUtilities": {issue: {spelling: {"valueUtilities": values}}
                           for issue, values in JOBS1_UTILITIES.items()},
        "reservationBid": None}}


@pytest.mark.parametrize("spelling", ["discreteutils", "DiscreteValueSetUtilities"])
def test_the_utility_geniusweb_publishes_for_a_jobs_bid(spelling: str) -> None:
    """``discreteutils`` is GeniusWeb's JSON type name; ``DiscreteValueSetUtilities`` the
    class name its Python port writes. Both read to GeniusWeb's own 0.53."""
    converted = convert_geniusweb({"jobs1.json": _jobs_profile(spelling, "jobs1"),
                                   "jobs2.json": _jobs_profile(spelling, "jobs2")})
    scenario = converted.scenario
    space = compile_space(scenario)
    titles = [issue.title for issue in scenario.issues]
    assert sorted(titles) == sorted(JOBS_DOMAIN["issuesValues"])
    outcome = [space.option_index(k, BID[title]) for k, title in enumerate(titles)]
    utility = space.utilities(np.array([outcome]))[0]
    assert utility.tolist() == pytest.approx([0.53, 0.53], abs=1e-12)
    assert [p.reservation for p in scenario.negotiators] == [0.0, 0.0]


def test_malformed_utilities_are_named_not_a_traceback() -> None:
    profile = _jobs_profile("discreteutils", "jobs1")
    profile["LinearAdditiveUtilitySpace"]["issueUtilities"]["fte"] = {"discreteutils": 5}
    with pytest.raises(ScenarioError, match="discreteutils of 'fte' must be an object"):
        convert_geniusweb({"jobs1.json": profile, "jobs2.json": profile})
    profile["LinearAdditiveUtilitySpace"]["issueUtilities"]["fte"] = {
        "discreteutils": {"valueUtilities": [0.5]}}
    with pytest.raises(ScenarioError, match="valueUtilities of 'fte' must be an object"):
        convert_geniusweb({"jobs1.json": profile, "jobs2.json": profile})


# --------------------------------------------------------------------- NegMAS's reader


def _negmas_agrees(scenario: Scenario) -> None:
    """Each profile zopa writes, read by NegMAS's GeniusWeb reader, gives zopa's utility
    on every outcome (or 20,000 of them). NegMAS reads discrete value sets only."""
    negmas_ufun = pytest.importorskip("negmas.preferences").UtilityFunction
    exported = export_geniusweb(scenario)
    space = compile_space(scenario)
    rows = outcome_rows(list(space.sizes), 20_000)
    ours = space.utilities(rows)
    for p, party in enumerate(space.parties):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ufun, _ = negmas_ufun.from_geniusweb_json_str(exported.files[f"{party}.json"]
                                                           .decode())
        names = [issue.name for issue in ufun.outcome_space.issues]
        assert names == [issue.title for issue in scenario.issues]
        options = [[str(o) for o in opts] for opts in space.options]
        theirs = [float(ufun(tuple(options[k][row[k]] for k in range(len(row)))))
                  for row in rows]
        np.testing.assert_allclose(theirs, ours[:, p], atol=1e-12)


@pytest.mark.parametrize("name", ["ukraine-russia-2022-03", "nile-dam-2021"])
def test_negmas_reads_exported_examples_as_zopa_does(name: str) -> None:
    scenario = load_example(name)
    # Interaction terms are dropped on export (with a warning): the additive part goes over.
    _negmas_agrees(scenario.model_copy(update={"preferences": {
        pid: prefs.model_copy(update={"interactions": ()})
        for pid, prefs in scenario.preferences.items()}}))


@st.composite
def discrete_scenarios(draw: Any) -> Scenario:
    n_parties = draw(st.integers(2, 3))
    n_issues = draw(st.integers(1, 4))
    sizes = [draw(st.integers(2, 5)) for _ in range(n_issues)]
    unit = st.integers(0, 1000).map(lambda k: k / 1000)
    return parse_scenario({
        "zopa": 1, "name": "random discrete",
        "parties": [{"id": f"p{p}"} for p in range(n_parties)],
        "issues": [{"id": f"i{i}", "name": f"Issue {i}",
                    "options": [f"o{j}" for j in range(n)]} for i, n in enumerate(sizes)],
        "preferences": {f"p{p}": {
            "weights": {f"i{i}": draw(st.integers(1, 9)) for i in range(n_issues)},
            "values": {f"i{i}": {f"o{j}": draw(unit) for j in range(n)}
                       for i, n in enumerate(sizes)}} for p in range(n_parties)},
    })


@settings(max_examples=25, deadline=None)
@given(discrete_scenarios())
def test_negmas_reads_exported_profiles_as_zopa_does(scenario: Scenario) -> None:
    _negmas_agrees(scenario)
    # and zopa reads its own files back to the same utilities
    exported = export_geniusweb(scenario)
    again = convert_geniusweb({k: json.loads(v) for k, v in exported.files.items()})
    rows = outcome_rows(list(compile_space(scenario).sizes), 5_000)
    np.testing.assert_allclose(compile_space(again.scenario).utilities(rows),
                               compile_space(scenario).utilities(rows), atol=1e-12)
