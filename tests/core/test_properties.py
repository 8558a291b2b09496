"""Invariants that hold for every scenario, checked on generated ones."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings

from zopa.analysis import analyze, count_agreements
from zopa.scenario import dump_scenario, parse_scenario
from zopa.space import compile_space

from .generators import scenario_data

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scenario_data())
def test_frontier_and_solutions(data: dict[str, Any]) -> None:
    result = analyze(parse_scenario(data))
    space = result.space
    keys = np.array([[round(u * 1e9) for u in p.utilities] for p in result.frontier])
    for k, point in enumerate(keys):
        others = np.delete(keys, k, axis=0)
        assert not (others >= point).all(axis=1).any(), "a frontier point is dominated"
    for package in result.frontier:
        row = np.array([package.indices])
        assert not space.violations(row).any(), "a frontier package crosses a red line"
        assert (space.utilities(row)[0] >= space.reservations - 1e-9).all()
    frontier = {p.indices for p in result.frontier}
    for name, package in result.solutions.items():
        if result.frontier:
            assert package is not None and package.indices in frontier, name
        else:
            assert package is None, name


@SETTINGS
@given(scenario_data())
def test_minimal_concessions_open_and_are_minimal(data: dict[str, Any]) -> None:
    result = analyze(parse_scenario(data))
    space = result.space
    index = {r.name: k for k, r in enumerate(space.red_lines)}
    everything = set(range(len(space.red_lines)))
    for concession in result.concessions:
        dropped = {index[name] for name in concession.red_lines}
        assert count_agreements(space, active=sorted(everything - dropped)) != 0
        for smaller in itertools.combinations(sorted(dropped), len(dropped) - 1):
            assert count_agreements(space, active=sorted(everything - set(smaller))) == 0


@SETTINGS
@given(scenario_data())
def test_deterministic_and_round_trips(data: dict[str, Any]) -> None:
    scenario = parse_scenario(data)
    first = analyze(scenario).to_dict()
    assert analyze(compile_space(scenario)).to_dict() == first
    again = parse_scenario(dump_scenario(scenario))
    assert again == scenario
    assert analyze(again).to_dict() == first
    assert parse_scenario(dump_scenario(scenario, fmt="json")) == scenario
