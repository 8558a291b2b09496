"""Adjusted Winner on a scenario respects the red lines: the March 2022 example, the
divisible marking, and the invariant on random scenarios (no award crosses a red line)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import HealthCheck, given, settings

from zopa.examples import load_example
from zopa.mediation.adjusted_winner import PointsTable, adjusted_winner
from zopa.mediation.division import ScenarioDivision, divide
from zopa.scenario import parse_scenario
from zopa.space import Space, compile_space

from .strategies import scenarios


def _crosses(space: Space, result: ScenarioDivision) -> list[str]:
    """The red lines the awards cross, read literally: a red line is crossed when every
    issue it names has an award among its forbidden options."""
    out = []
    for r in space.red_lines:
        hits = []
        for i, mask in zip(r.issues, r.forbidden, strict=True):
            iid = space.issues[i]
            hits.append(iid in result.awards
                        and bool(mask[space.option_index(i, result.awards[iid])]))
        if all(hits):
            out.append(r.name)
    return out


def test_march_2022_no_award_crosses_a_red_line() -> None:
    space = compile_space(load_example())
    result = divide(space)
    assert _crosses(space, result) == []
    status = {a.issue: a.status for a in result.set_aside}
    assert status == {"neutrality": "settled", "donbas": "blocked", "crimea": "blocked"}
    blocked = {a.issue: a.red_lines for a in result.set_aside}
    assert blocked["crimea"] == ("ukraine#0", "russia#0")
    # Nothing is marked divisible: no issue is split, Donbas least of all.
    assert result.division is not None and result.division.split is None
    assert "crimea" not in result.awards and "donbas" not in result.awards
    # Ukraine's way on the armed forces (250,000) with guaranteed neutrality crosses
    # russia#3: the award moves to the best ceiling below 200,000.
    assert result.awards["armed-forces"] == 175000
    assert [(a.issue, a.wanted, a.red_line) for a in result.adjustments] == [
        ("armed-forces", 250000, "russia#3")]
    assert result.division.totals["ukraine"] == result.division.totals["russia"] == 50


DIVISIBLE = """
zopa: 1
parties: [{id: a}, {id: b}]
issues:
  - {id: money, options: [a-all, b-all], divisible: %s}
  - {id: house, options: [a-gets, b-gets]}
  - {id: car, options: [a-gets, b-gets]}
preferences:
  a:
    weights: {money: 50, house: 40, car: 10}
    values:
      money: {a-all: 1, b-all: 0}
      house: {a-gets: 1, b-gets: 0}
      car: {a-gets: 1, b-gets: 0}
  b:
    weights: {money: 30, house: 30, car: 40}
    values:
      money: {a-all: 0, b-all: 1}
      house: {a-gets: 0, b-gets: 1}
      car: {a-gets: 0, b-gets: 1}
"""


def test_a_divisible_issue_is_split_and_an_indivisible_one_is_not() -> None:
    split = divide(compile_space(parse_scenario(DIVISIBLE % "true")))
    assert split.division is not None and split.division.split is not None
    assert split.division.difference == 0
    whole = divide(compile_space(parse_scenario(DIVISIBLE % "false")))
    assert whole.division is not None and whole.division.split is None
    # a wins money and house (90), b the car (40); neither of its issues may move.
    assert whole.division.kept == ("house", "money")
    assert whole.division.difference > 0
    assert "divisible" in whole.to_dict() and whole.to_dict()["difference"] != "0"


def test_classic_adjusted_winner_is_the_all_divisible_case() -> None:
    table = PointsTable.from_rows(("carol", "bob"), {"retirement": (50, 40),
        "home": (20, 30), "cottage": (15, 10), "investments": (10, 10), "other": (5, 10)})
    assert adjusted_winner(table, divisible=set(table.issues)) == adjusted_winner(table)
    whole = adjusted_winner(table, divisible=())
    assert whole.split is None and whole.kept == ("retirement", "cottage")
    assert whole.difference == abs(whole.totals["carol"] - whole.totals["bob"]) > 0
    assert sum(whole.totals.values()) <= 200 and whole.totals["carol"] > Fraction(50)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_parties=2, max_issues=4))
def test_no_award_crosses_a_red_line(scenario) -> None:  # type: ignore[no-untyped-def]
    space = compile_space(scenario)
    result = divide(space)
    assert _crosses(space, result) == []
    for iid, option in result.awards.items():
        assert option in result.acceptable[iid]
    aside = {a.issue for a in result.set_aside}
    if result.division is not None:
        assert set(result.division.table.issues).isdisjoint(aside - {
            a.issue for a in result.set_aside if a.status == "crossing"})
        if result.division.split is not None:
            assert result.division.split.issue in result.divisible
    for a in result.set_aside:
        if a.status == "blocked":
            assert result.acceptable[a.issue] == ()
    assert np.isfinite(len(result.awards))
