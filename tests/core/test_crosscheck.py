"""Every fast algorithm against the brute-force oracle, on generated scenarios.

The oracle (``oracle.py``) reads SCENARIO_FORMAT.md literally and visits every outcome.
Both frontier methods (stage merging and chunked enumeration), the agreement count, the
issue statuses, the solutions, the minimal concessions and the reservation gaps must give
exactly its answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.analysis import analyze
from zopa.scenario import parse_scenario

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


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_data())
def test_merge_matches_brute_force(data: dict[str, Any]) -> None:
    scenario = parse_scenario(data)
    expected = oracle(scenario)
    actual = analyze(scenario, method="merge").to_dict()
    for key in expected:
        _same(expected[key], actual[key], key)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(2, 3), st.booleans(), st.sampled_from([0, 1, 2, 3]))
def test_merge_matches_brute_force_large_frontiers(seed: int, parties: int, nice: bool,
                                                   red_lines: int) -> None:
    """Uniformly random preferences: frontiers of tens of points."""
    scenario = parse_scenario(random_scenario(seed, parties=parties, issues=4, options=4,
                                              red_lines=red_lines, nice=nice,
                                              reservation=0.15 * red_lines))
    expected = oracle(scenario)
    actual = analyze(scenario, method="merge").to_dict()
    for key in expected:
        _same(expected[key], actual[key], key)


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
    expected = oracle(scenario)
    actual = analyze(scenario, method="merge").to_dict()
    for key in expected:
        _same(expected[key], actual[key], key)
