"""Adjusted Winner: published worked examples, the March 2022 scenario, and the theorems
(equitable, envy-free, efficient, at most one split) on random points tables."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings

from zopa.errors import ScenarioError
from zopa.examples import load_example
from zopa.mediation.adjusted_winner import (
    PointsTable,
    adjusted_winner,
    load_points,
    parse_points_table,
    points_from_scenario,
)

from .strategies import points_tables


def test_divorce_of_bob_and_carol() -> None:
    """Brams and Taylor, *The Win-Win Solution* (1999), ch. 5, the divorce of Bob and Carol,
    as reproduced on the authors' Adjusted Winner site (pages.nyu.edu/adjustedwinner,
    "AW procedure"): Bob gets the home and "other", and the tied investments because he
    trails; Carol gets the cottage; the retirement account (ratio 50/40, the smallest
    among Carol's issues after the tie) is split, Carol keeping 5/6 of it; each gets
    56 2/3 of its points."""
    table = PointsTable.from_rows(("carol", "bob"), {
        "retirement-account": (50, 40), "home": (20, 30), "summer-cottage": (15, 10),
        "investments": (10, 10), "other": (5, 10)})
    result = adjusted_winner(table)
    assert result.allocation == {"home": "bob", "summer-cottage": "carol",
                                 "investments": "bob", "other": "bob"}
    assert result.split is not None
    assert result.split.issue == "retirement-account"
    assert result.split.share == {"carol": Fraction(5, 6), "bob": Fraction(1, 6)}
    assert result.totals == {"carol": Fraction(170, 3), "bob": Fraction(170, 3)}
    assert result.leader == "carol"


PANAMA = {  # issue: [United States, Panama]
    "us-defense-rights": [22, 9],
    "use-rights": [22, 15],
    "land-and-water": [15, 15],
    "expansion-rights": [14, 3],
    "duration": [11, 15],
    "expansion-routes": [6, 5],
    "compensation": [4, 11],
    "jurisdiction": [2, 7],
    "us-military-rights": [2, 7],
    "defense-role-of-panama": [2, 13],
}


def test_panama_canal_treaty() -> None:
    """The Panama Canal treaty negotiations of 1974: the points are Raiffa's (*The Art and
    Science of Negotiation*, 1982), Adjusted Winner as Brams and Taylor apply it (*Fair
    Division*, 1996, ch. 5; worked on their Adjusted Winner site,
    pages.nyu.edu/adjustedwinner/panama.htm). The United States wins issues 1, 2, 4 and 6
    (64 points), Panama issues 5, 7, 8, 9 and 10 (53 points); land and water is tied and is
    the one split: the United States keeps 2/15 of it, Panama 13/15, and each side ends
    with 66 of its points."""
    result = adjusted_winner(parse_points_table({"parties": ["us", "panama"],
                                                 "points": PANAMA}))
    assert result.table.written == (Fraction(100), Fraction(100))
    assert result.split is not None
    assert result.split.issue == "land-and-water"
    assert result.split.share == {"us": Fraction(2, 15), "panama": Fraction(13, 15)}
    assert result.totals == {"us": Fraction(66), "panama": Fraction(66)}
    assert {i for i, p in result.allocation.items() if p == "us"} == {
        "us-defense-rights", "use-rights", "expansion-rights", "expansion-routes"}
    assert result.to_dict()["totals"] == {"us": "66", "panama": "66"}


def test_no_transfer_when_the_winner_phase_is_already_equal() -> None:
    table = PointsTable.from_rows(("a", "b"), {"x": (60, 40), "y": (40, 60)})
    result = adjusted_winner(table)
    assert result.split is None
    assert result.transfers == ()
    assert result.totals == {"a": 60, "b": 60}


def test_whole_transfer_that_equalises_exactly_splits_nothing() -> None:
    # a wins p and q (80), b wins r (65); a gives up q first (ratio 10/5 < 70/30), which
    # leaves 70 each: no issue is split.
    table = PointsTable.from_rows(("a", "b"), {"p": (70, 30), "q": (10, 5), "r": (20, 65)})
    result = adjusted_winner(table)
    assert result.split is None
    assert result.allocation == {"p": "a", "q": "b", "r": "b"}
    assert result.totals == {"a": 70, "b": 70}
    assert result.transfers == ("q",)


def test_ties_go_to_the_party_that_trails() -> None:
    # Without the tie a has 60 and b 50: the tied issue goes to b, and then they are even.
    table = PointsTable.from_rows(("a", "b"), {"x": (60, 40), "y": (30, 50), "t": (10, 10)})
    result = adjusted_winner(table)
    assert result.allocation == {"x": "a", "y": "b", "t": "b"}
    assert result.transfers == ()
    assert result.split is None
    assert result.totals == {"a": 60, "b": 60}


def test_points_are_rescaled_to_100() -> None:
    table = parse_points_table({"parties": ["a", "b"], "points": {"x": [3, 1], "y": [1, 1]}})
    assert table.written == (4, 2)
    assert table.of("x") == (Fraction(75), Fraction(50))


def test_march_2022_scenario_weights_become_points() -> None:
    scenario = load_example()
    table = points_from_scenario(scenario)
    assert table.parties == ("ukraine", "russia")
    assert sum(a for a, _ in table.points) == 100
    # Ukraine's weights add up to 95 (intervals at their midpoints): 20/95 of 100.
    assert table.of("neutrality") == (Fraction(400, 19), Fraction(25))
    result = adjusted_winner(table)
    assert result.totals["ukraine"] == result.totals["russia"]


def test_a_scenario_needs_two_parties(tmp_path: Path) -> None:
    path = tmp_path / "three.yaml"
    path.write_text("""
zopa: 1
parties: [{id: a}, {id: b}, {id: c}]
issues: [{id: x, options: [p, q]}]
preferences:
  a: {weights: {x: 1}, values: {x: {p: 1}}}
  b: {weights: {x: 1}, values: {x: {q: 1}}}
  c: {weights: {x: 1}, values: {x: {q: 1}}}
""")
    with pytest.raises(ScenarioError, match="two parties"):
        load_points(path)


@pytest.mark.parametrize(("text", "message"), [
    ("parties: [a]\npoints: {x: [1, 2]}\n", "exactly two"),
    ("parties: [a, a]\npoints: {x: [1, 2]}\n", "must differ"),
    ("parties: [a, b]\npoints: {x: [1]}\n", "expected \\[points"),
    ("parties: [a, b]\npoints: {x: [1, -2]}\n", ">= 0"),
    ("parties: [a, b]\npoints: {x: [1, yes]}\n", "expected a number"),
    ("parties: [a, b]\npoints: {x: [0, 2]}\n", "'a' puts no points"),
    ("parties: [a, b]\npoints: {x: [1, 2]}\nextra: 1\n", "unknown key 'extra'"),
    ("name: nothing\n", "neither a scenario"),
])
def test_bad_points_tables_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "points.yaml"
    path.write_text(text)
    with pytest.raises(ScenarioError, match=message) as caught:
        load_points(path)
    assert str(path) in str(caught.value)


def test_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "points.yaml"
    path.write_text("parties: [a, b]\npoints:\n  x: [1, 2]\n  y: [3, -1]\n")
    with pytest.raises(ScenarioError) as caught:
        load_points(path)
    assert caught.value.line == 4
    assert "points.y[1]" in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(points_tables())
def test_adjusted_winner_theorems(data: dict[str, object]) -> None:
    """Brams and Taylor (1996, ch. 4): the allocation is equitable, envy-free (each at
    least 50 of its own points) and efficient, with at most one split issue."""
    table = parse_points_table(data)
    result = adjusted_winner(table)
    a, b = table.parties
    # Equitable, exactly.
    assert result.totals[a] == result.totals[b]
    # Each side's total is what it holds, in its own points.
    share = {i: (Fraction(1), Fraction(0)) if p == a else (Fraction(0), Fraction(1))
             for i, p in result.allocation.items()}
    if result.split is not None:
        assert 0 < result.split.share[a] < 1
        assert result.split.share[a] + result.split.share[b] == 1
        share[result.split.issue] = (result.split.share[a], result.split.share[b])
    assert set(share) == set(table.issues)
    for k, party in enumerate((a, b)):
        own = sum(table.of(i)[k] * share[i][k] for i in table.issues)
        assert own == result.totals[party]
        # Envy-free: at least half of its own points, so the other's share is worth less.
        assert own >= 50
    # Efficient: every issue a holds (even in part) has a ratio a/b at least that of every
    # issue b holds (even in part), the characterisation of Pareto-optimal divisions.
    held_a = [i for i in table.issues if share[i][0] > 0 and sum(table.of(i)) > 0]
    held_b = [i for i in table.issues if share[i][1] > 0 and sum(table.of(i)) > 0]
    for i in held_a:
        for j in held_b:
            assert table.of(i)[0] * table.of(j)[1] >= table.of(j)[0] * table.of(i)[1]
