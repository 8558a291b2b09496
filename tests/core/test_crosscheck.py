"""Every fast algorithm against the brute-force oracle, on generated scenarios.

The oracle (``oracle.py``) reads SCENARIO_FORMAT.md literally and visits every outcome.
Both frontier methods (stage merging and chunked enumeration), the agreement count, the
issue statuses, the solutions, the minimal concessions and the reservation gaps must give
exactly its answers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.analysis import analyze, frontier_points
from zopa.scenario import Scenario, parse_scenario
from zopa.space import compile_space

from .generators import random_scenario, scenario_data
from .oracle import oracle


def _same(expected: Any, actual: Any, where: str = "") -> None:
    if isinstance(expected, float) or isinstance(actual, float):
        assert actual == pytest.approx(expected, abs=1e-12), where
    elif isinstance(expected, dict):
        assert set(expected) == set(actual), where
        for k in expected:
            _same(expected[k], actual[k], f"{where}.{k}")
    elif isinstance(expected, list):
        assert len(expected) == len(actual), where
        for k, (e, a) in enumerate(zip(expected, actual, strict=True)):
            _same(e, a, f"{where}[{k}]")
    else:
        assert expected == actual, where


def _matches_oracle(scenario: Scenario, **options: Any) -> None:
    """Every field the oracle computes, as ``analyze(scenario, **options)`` gives it."""
    expected = oracle(scenario)
    actual = analyze(scenario, **options).to_dict()
    for key in expected:
        _same(expected[key], actual[key], key)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data())
def test_merge_matches_brute_force(data: dict[str, Any]) -> None:
    scenario = parse_scenario(data)
    _matches_oracle(scenario, method="merge")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(2, 3), st.booleans(), st.sampled_from([0, 1, 2, 3]))
def test_merge_matches_brute_force_large_frontiers(seed: int, parties: int, nice: bool,
                                                   red_lines: int) -> None:
    """Uniformly random preferences: frontiers of tens of points."""
    scenario = parse_scenario(random_scenario(seed, parties=parties, issues=4, options=4,
                                              red_lines=red_lines, nice=nice,
                                              reservation=0.15 * red_lines))
    _matches_oracle(scenario, method="merge")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data(max_outcomes=200))
def test_enumeration_matches_merge(data: dict[str, Any]) -> None:
    scenario = parse_scenario(data)
    merged = analyze(scenario, method="merge").to_dict()
    enumerated = analyze(scenario, method="enumerate").to_dict()
    _same(merged, enumerated)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=scenario_data(red_lines_per_party=(1, 2, 3)))
def test_boxes_match_brute_force(data: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """With no room for coupled stages, every multi-issue red line cuts the space into
    boxes instead (frontier, count, estimate and concessions all go through them)."""
    monkeypatch.setattr("zopa.analysis.stages.MAX_GROUP_CHOICES", 1)
    scenario = parse_scenario(data)
    _matches_oracle(scenario, method="merge")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data())
def test_small_space_pass_matches_brute_force(data: dict[str, Any]) -> None:
    """``method="auto"`` drops dominated options and takes one pass over small (reduced)
    outcome spaces, in numpy or, for two parties, in plain Python; every one of those
    passes must give the oracle's answers, and the very doubles and outcomes of the
    chunked enumeration."""
    scenario = parse_scenario(data)
    _matches_oracle(scenario)
    space = compile_space(scenario)
    for r in (space.reservations, np.zeros(space.party_count)):
        for active in (None, []):
            reference = frontier_points(space, r, active=active, method="enumerate")
            found = [frontier_points(space, r, active=active, method=m)
                     for m in ("auto", "pass")]
            coupled = active is None and any(len(line.issues) > 1 for line in space.red_lines)
            if not coupled and sum(space.sizes) <= 1024:
                found.append(frontier_points(space, r, active=active, method="pruned-pass"))
                if space.party_count == 2:
                    found.append(frontier_points(space, r, active=active,
                                                 method="two-party-pass"))
                    # the plain-Python pruning and the numpy one agree
                    with pytest.MonkeyPatch.context() as patch:
                        patch.setattr("zopa.analysis.frontier.small._FEW_OPTIONS", 0)
                        found.append(frontier_points(space, r, active=active,
                                                     method="two-party-pass"))
            for points in found:
                assert np.array_equal(points.utility, reference.utility)
                assert np.array_equal(points.outcomes, reference.outcomes)
                assert np.array_equal(points.keys, reference.keys)


@pytest.mark.parametrize("parties", [2, 3])
def test_options_apart_by_less_than_the_tolerance_keep_the_first_outcome(parties: int) -> None:
    """Option ``b`` gives the first party 1e-10 more than option ``a``, which comes first:
    one point by the format's 1e-9, whose outcome is the first, so dropping ``a`` as
    dominated would report the wrong package. Dropped options need a 2e-9 margin."""
    ids = [f"p{k}" for k in range(parties)]
    scenario = parse_scenario({
        "zopa": 1, "name": "near tie",
        "parties": [{"id": p} for p in ids],
        "issues": [{"id": "x", "options": ["a", "b", "c"]},
                   {"id": "y", "options": ["u", "v"]}],
        "preferences": {p: {"weights": {"x": 1, "y": 1},
                            "values": {"x": {"a": 0.5, "b": 0.5000000001 if k == 0 else 0.5,
                                             "c": 0.0 if k == 0 else 1.0},
                                       "y": {"u": 1.0 if k == 0 else 0.0,
                                             "v": 0.0 if k == 0 else 1.0}}}
                        for k, p in enumerate(ids)},
    })
    space = compile_space(scenario)
    found = frontier_points(space)
    reference = frontier_points(space, method="enumerate")
    assert np.array_equal(found.outcomes, reference.outcomes)
    assert [0, 0] in found.outcomes.tolist()  # (a, u), not (b, u)
    assert [1, 0] not in found.outcomes.tolist()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data(interactions_per_party=(0, 1, 1, 2, 3)))
def test_interactions_match_brute_force(data: dict[str, Any]) -> None:
    """Interaction terms couple the issues they name into stages: the merge, the
    one-pass and the default paths all give the oracle's answers."""
    scenario = parse_scenario(data)
    _matches_oracle(scenario, method="merge")
    _matches_oracle(scenario)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(2, 3), st.sampled_from([0, 1, 2]),
       st.integers(1, 4))
def test_interactions_match_brute_force_large_frontiers(seed: int, parties: int,
                                                         red_lines: int, terms: int) -> None:
    scenario = parse_scenario(random_scenario(seed, parties=parties, issues=4, options=4,
                                              red_lines=red_lines, interactions=terms,
                                              reservation=0.1 * red_lines))
    _matches_oracle(scenario, method="merge")
    _matches_oracle(scenario, method="enumerate")


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data(max_parties=2, interactions_per_party=(0, 1, 2, 3)))
def test_milp_finds_the_points_of_enumeration(data: dict[str, Any]) -> None:
    """The mixed-integer sweep (for spaces whose interactions couple too many issues)
    finds exactly the frontier's points on small cases, red lines and reservations in
    force; it reports one outcome per point, not always the first."""
    space = compile_space(parse_scenario(data))
    reference = frontier_points(space, method="enumerate")
    found = frontier_points(space, method="milp")
    assert found.method == "milp"
    assert np.array_equal(keys_of(space, found.outcomes), found.keys)
    if found.exact:
        assert found.keys.tolist() == reference.keys.tolist()
    else:  # approximate: no point missed by more than the bound it states
        assert 0 <= found.bound < 1e-3
        for point in reference.utility:
            assert (found.utility >= point - found.bound - 1e-9).all(axis=1).any()


def keys_of(space: Any, outcomes: Any) -> Any:
    from zopa.analysis._tolerance import keys

    return keys(space.utilities(outcomes))


@pytest.mark.slow
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=scenario_data(max_parties=2, interactions_per_party=(1, 2, 3)))
def test_auto_falls_back_to_milp_when_interactions_couple_too_much(
        data: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """With no room for coupled stages, the whole analysis (frontier by the sweep,
    solutions, count, gaps) still gives the oracle's points and numbers."""
    monkeypatch.setattr("zopa.analysis.stages.MAX_GROUP_CHOICES", 1)
    monkeypatch.setattr("zopa.analysis.frontier._SMALL", 0)  # no one-pass shortcut
    scenario = parse_scenario(data)
    expected = oracle(scenario)
    result = analyze(scenario)
    actual = result.to_dict()
    if result.space.interactions:
        assert result.frontier_method in ("milp", "merge")  # merge: a box of one choice
    for key in ("agreement_space", "issues", "reservation_gaps", "minimal_concessions"):
        _same(expected[key], actual[key], key)
    flat = [u for p in actual["pareto_frontier"] for u in p["utilities"]]
    assert flat == pytest.approx(
        [u for p in expected["pareto_frontier"] for u in p["utilities"]], abs=1e-12)
    for name, package in expected["solutions"].items():
        if package is None:
            assert actual["solutions"][name] is None
        else:
            assert actual["solutions"][name]["utilities"] == pytest.approx(
                package["utilities"], abs=1e-12)


_HIGHS_CASES = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "data"
                       / "milp-highs").glob("*.json"))


@pytest.mark.parametrize("path", _HIGHS_CASES, ids=[p.stem for p in _HIGHS_CASES])
def test_milp_is_exact_where_highs_once_went_wrong(path: Path) -> None:
    """The scenarios hypothesis found where the sweep's step met HiGHS 1.12's tolerance
    (a solve error, a worse outcome as optimal, infeasible with a point left): on their
    lattices the sweep now finds enumeration's points and proves it."""
    space = compile_space(parse_scenario(json.loads(path.read_text(encoding="utf-8"))))
    found = frontier_points(space, method="milp")
    reference = frontier_points(space, method="enumerate")
    assert found.exact and found.bound == 0.0
    assert found.keys.tolist() == reference.keys.tolist()


def test_the_recorded_highs_cases_are_all_there() -> None:
    assert len(_HIGHS_CASES) == 6
