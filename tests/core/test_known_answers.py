"""Small scenarios whose every result is worked out by hand in the comments."""

from __future__ import annotations

from typing import Any

import pytest

from zopa.analysis import analyze
from zopa.scenario import parse_scenario


def scenario(parties: list[dict[str, Any]], issues: list[dict[str, Any]],
             preferences: dict[str, Any]) -> Any:
    return parse_scenario({"zopa": 1, "name": "hand", "parties": parties, "issues": issues,
                           "preferences": preferences})


def test_one_issue_opposed_values() -> None:
    """a, b, c on one issue; A ranks them 1, .5, 0 and B 0, .5, 1; no reservations.

    Frontier: (1, 0), (.5, .5), (0, 1). Nash, Kalai-Smorodinsky and egalitarian pick b
    (product .25, shares .5, gains .5). Utilitarian: every sum is 1, a tie, and the sums
    tie too, so the first outcome in the order of the outcome space wins: a.
    """
    s = scenario(
        [{"id": "a"}, {"id": "b"}],
        [{"id": "x", "options": ["a", "b", "c"]}],
        {"a": {"weights": {"x": 1}, "values": {"x": {"a": 1, "b": 0.5, "c": 0}}},
         "b": {"weights": {"x": 1}, "values": {"x": {"a": 0, "b": 0.5, "c": 1}}}},
    )
    r = analyze(s).to_dict()
    assert r["outcomes"] == 3 and r["agreement_space"] == 3
    assert [p["utilities"] for p in r["pareto_frontier"]] == [[1, 0], [0.5, 0.5], [0, 1]]
    assert [p["outcome"]["x"] for p in r["pareto_frontier"]] == ["a", "b", "c"]
    assert {k: v["outcome"]["x"] for k, v in r["solutions"].items()} == {
        "nash": "b", "kalai_smorodinsky": "b", "egalitarian": "b", "utilitarian": "a"}
    assert r["issues"] == [{"id": "x", "status": "open", "common_ground": ["a", "b", "c"]}]
    assert r["minimal_concessions"] == []
    assert r["reservation_gaps"] == {"a": 0.0, "b": 0.0}


def test_blocked_issue_and_single_concessions() -> None:
    """A forbids c; B forbids a and b: the issue is blocked and the space empty. Dropping
    a#0 lets c in (1 package); dropping b#0 lets a and b in (2 packages). No outcome
    passes every red line, so no party has a reservation gap.
    """
    s = scenario(
        [{"id": "a"}, {"id": "b"}],
        [{"id": "x", "options": ["a", "b", "c"]}],
        {"a": {"weights": {"x": 1}, "values": {"x": {"a": 1, "b": 0.5}},
               "red_lines": [{"forbid": {"x": ["c"]}}]},
         "b": {"weights": {"x": 1}, "values": {"x": {"c": 1}},
               "red_lines": [{"forbid": {"x": ["a", "b"]}}]}},
    )
    r = analyze(s)
    d = r.to_dict()
    assert d["agreement_space"] == 0 and d["pareto_frontier"] == []
    assert d["issues"][0] == {"id": "x", "status": "blocked", "common_ground": []}
    assert d["solutions"] == dict.fromkeys(
        ["nash", "kalai_smorodinsky", "egalitarian", "utilitarian"])
    assert d["minimal_concessions"] == [["a#0"], ["b#0"]]
    assert [c.opens for c in r.concessions] == [1, 2]
    assert d["reservation_gaps"] == {}


def test_reservation_gaps() -> None:
    """x or y; A wants x (1) and B wants y (1), both need 0.6: no agreement. For A, the
    outcomes B accepts are {y}, where A gets 0: gap .6; likewise for B. No red lines,
    so no concession can help.
    """
    s = scenario(
        [{"id": "a", "reservation": 0.6}, {"id": "b", "reservation": 0.6}],
        [{"id": "i", "options": ["x", "y"]}],
        {"a": {"weights": {"i": 1}, "values": {"i": {"x": 1}}},
         "b": {"weights": {"i": 1}, "values": {"i": {"y": 1}}}},
    )
    d = analyze(s).to_dict()
    assert d["agreement_space"] == 0
    assert d["reservation_gaps"] == pytest.approx({"a": 0.6, "b": 0.6})
    assert d["minimal_concessions"] == []


def test_concession_whose_reservation_is_reached_to_the_last_ulp() -> None:
    """Found by hypothesis: b needs 0.5 and gets 2/3 from x = 0 and 1/6 from a constant
    issue; c forbids x = 0. Dropping c's red line opens x = 0 (2/3 + 1/6 = 5/6). The
    concession search had clipped b's partial sum to 0.5 - 1/6 and, adding the 1/6 back
    in floating point, fell an ulp short and found no concession at all.
    """
    s = scenario(
        [{"id": "a", "reservation": 0.0}, {"id": "b", "reservation": 0.5},
         {"id": "c", "reservation": 0.0}],
        [{"id": "x", "range": {"min": 0, "max": 2, "step": 1}},
         {"id": "y", "options": ["o0", "o1"]},
         {"id": "z", "range": {"min": 0, "max": 1, "step": 1}}],
        {"a": {"weights": {"x": 1}, "values": {}},
         "b": {"weights": {"x": 1, "z": [0, 1]},
               "values": {"x": {"0": 1.0}, "z": {"points": [[0, 0.5]]}}},
         "c": {"weights": {"x": 1}, "values": {}, "red_lines": [{"forbid": {"x": [0]}}]}},
    )
    d = analyze(s).to_dict()
    assert d["agreement_space"] == 0
    assert d["minimal_concessions"] == [["c#0"]]


def test_numeric_issue_multi_issue_red_line_and_reservation() -> None:
    """price 10, 20, 30 (seller: linear 0 -> 1 from 10 to 30; buyer the reverse), delivery
    fast or slow (seller prefers slow 1/0, buyer fast 1/0), equal weights. The buyer
    forbids price >= 30 together with slow delivery. Reservations .3 each.

    Outcomes (price, delivery) -> (seller, buyer):
      10 fast (0, 1)  10 slow (.5, .5)  20 fast (.25, .75)  20 slow (.75, .25)
      30 fast (.5, .5)  30 slow: forbidden.
    Acceptable (both >= .3): 10 slow, 30 fast. Frontier: both (.5, .5), one point, first
    outcome 10 slow. Every solution: 10 slow.
    """
    s = scenario(
        [{"id": "seller", "reservation": 0.3}, {"id": "buyer", "reservation": 0.3}],
        [{"id": "price", "range": {"min": 10, "max": 30, "step": 10}},
         {"id": "delivery", "options": ["fast", "slow"]}],
        {"seller": {"weights": {"price": 1, "delivery": 1},
                    "values": {"price": {"points": [[10, 0], [30, 1]]},
                               "delivery": {"slow": 1}}},
         "buyer": {"weights": {"price": 1, "delivery": 1},
                   "values": {"price": {"points": [[10, 1], [30, 0]]},
                              "delivery": {"fast": 1}},
                   "red_lines": [{"forbid": {"price": {"min": 30}, "delivery": ["slow"]}}]}},
    )
    d = analyze(s).to_dict()
    assert d["outcomes"] == 6 and d["agreement_space"] == 2
    assert d["pareto_frontier"] == [{"utilities": [0.5, 0.5],
                                     "outcome": {"price": 10, "delivery": "slow"}}]
    assert all(v["outcome"] == {"price": 10, "delivery": "slow"}
               for v in d["solutions"].values())
    # A multi-issue red line never blocks an issue on its own.
    assert [i["status"] for i in d["issues"]] == ["open", "open"]


def test_agreed_issue_and_mediator_without_veto() -> None:
    """Both negotiators like "b" best on y: agreed. The mediator's red line on "b" binds
    nobody, and the mediator is not in the utilities.
    """
    s = scenario(
        [{"id": "a"}, {"id": "m", "role": "mediator"}, {"id": "b"}],
        [{"id": "x", "options": ["p", "q"]}, {"id": "y", "options": ["a", "b"]}],
        {"a": {"weights": {"x": 1, "y": 1}, "values": {"x": {"p": 1}, "y": {"b": 1}}},
         "b": {"weights": {"x": 1, "y": 1}, "values": {"x": {"q": 1}, "y": {"a": 0.4,
                                                                         "b": 0.8}}},
         "m": {"weights": {"y": 1}, "values": {"y": {"a": 1}},
               "red_lines": [{"forbid": {"y": ["b"]}}]}},
    )
    d = analyze(s).to_dict()
    assert d["parties"] == ["a", "b"]
    assert [i["status"] for i in d["issues"]] == ["open", "agreed"]
    assert all(p["outcome"]["y"] == "b" for p in d["pareto_frontier"])


def test_kalai_smorodinsky_leaves_out_a_party_without_room() -> None:
    """B's reservation equals its best utility (.5): its share is undefined and left out;
    KS then maximises A's share alone: x (A gets 1).
    """
    s = scenario(
        [{"id": "a"}, {"id": "b", "reservation": 0.5}],
        [{"id": "i", "options": ["x", "y", "z"]}],
        {"a": {"weights": {"i": 1}, "values": {"i": {"x": 1, "y": 0.5}}},
         "b": {"weights": {"i": 1}, "values": {"i": {"x": 0.5, "y": 0.5}}}},
    )
    d = analyze(s).to_dict()
    assert d["agreement_space"] == 2
    assert d["solutions"]["kalai_smorodinsky"]["outcome"] == {"i": "x"}
    assert d["solutions"]["nash"]["outcome"] == {"i": "x"}  # every product is 0: sums decide


def test_intervals_use_midpoints() -> None:
    """Weights [1, 3] and 2 are both 2 at the midpoint: equal weights; value [.2, .6] is .4."""
    s = scenario(
        [{"id": "a"}, {"id": "b"}],
        [{"id": "i", "options": ["x", "y"]}, {"id": "j", "options": ["x", "y"]}],
        {"a": {"weights": {"i": [1, 3], "j": 2}, "values": {"i": {"x": [0.2, 0.6]},
                                                             "j": {"x": 1}}},
         "b": {"weights": {"i": 1}, "values": {"i": {"y": 1}}}},
    )
    d = analyze(s).to_dict()
    utilities = {(p["outcome"]["i"], p["outcome"]["j"]): p["utilities"]
                 for p in d["pareto_frontier"]}
    assert utilities == {("x", "x"): pytest.approx([0.7, 0.0]),
                         ("y", "x"): pytest.approx([0.5, 1.0])}
