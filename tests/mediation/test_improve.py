"""Improving on a baseline: hand-checked answers and brute-force cross-checks (the
improvement dominates the baseline, the count and the maximin match enumeration)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.analysis import count_agreements
from zopa.analysis._tolerance import TOL
from zopa.examples import load_example
from zopa.mediation.improve import improve
from zopa.mediation.packages import crossed, parse_package, relax
from zopa.scenario import Scenario
from zopa.space import compile_space

from .oracle import all_rows, allowed_rows, logroll, row_keys
from .strategies import scenarios


def test_logroll_baseline_is_improved_by_the_trade() -> None:
    """(x=b, y=a) gives both 0.3; only (a, b) leaves both at least as well off and better
    (0.7 each); counting the baseline itself, two packages qualify."""
    space = compile_space(logroll())
    result = improve(space, parse_package(space, "x=b,y=a"))
    assert not result.on_frontier
    assert result.best is not None
    assert dict(result.best.outcome) == {"x": "a", "y": "b"}
    assert result.gains == pytest.approx((0.4, 0.4))
    assert result.count == 2
    assert [dict(p.outcome) for p in result.efficient] == [{"x": "a", "y": "b"}]
    data = result.to_dict()
    assert data["maximin_improvement"]["outcome"] == {"x": "a", "y": "b"}
    assert data["at_least_as_good"] == 2


def test_an_efficient_baseline_cannot_be_improved() -> None:
    space = compile_space(logroll())
    result = improve(space, parse_package(space, "x=a,y=a"))
    assert result.on_frontier
    assert result.best is None
    assert result.efficient == ()
    assert result.gains == (0.0, 0.0)


def test_baseline_that_crosses_red_lines_is_reported() -> None:
    space = compile_space(load_example())
    row = parse_package(space, "neutrality=neutral-guaranteed,armed-forces=150000,"
                        "denazification=anti-extremism-law,russian-language=regional-protection,"
                        "donbas=separate-track,crimea=consultations-15-years")
    result = improve(space, row)
    assert result.crossed == ("russia#0", "russia#1")
    # Every improvement crosses no red line, so none exists while Crimea is blocked.
    assert result.count == 0
    assert result.best is None


def test_count_with_explicit_floors_matches_enumeration() -> None:
    """Regression: count_agreements used the scenario's reservations on its exact lattice
    even when given others."""
    space = relax(compile_space(load_example()), ["russia#0", "russia#1"])
    rows = all_rows(space)
    free = rows[~space.violations(rows).any(axis=1)]
    utility = space.utilities(free)
    for floors in ([0.35, 0.35], [0.5, 0.3], [0.3, 0.5], [0.0, 0.0]):
        r = np.array(floors)
        expected = int((utility >= r - TOL).all(axis=1).sum())
        assert count_agreements(space, floors) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_improvement_dominates_and_matches_brute_force(scenario: Scenario,
                                                         data: st.DataObject) -> None:
    space = compile_space(scenario)
    rows = all_rows(space)
    baseline = rows[data.draw(st.integers(0, len(rows) - 1))]
    result = improve(space, baseline)
    floors = space.utilities(baseline.reshape(1, -1))[0]
    better = allowed_rows(space, floors)
    assert result.count == len(better)
    base_key = row_keys(space, baseline)
    if result.best is None:
        # No package is at least as good for all and better for one (on the key grid).
        for row in better:
            k = row_keys(space, row)
            assert not ((k >= base_key).all() and (k > base_key).any())
        return
    row = np.array(result.best.indices)
    assert crossed(space, row) == ()
    k = row_keys(space, row)
    assert (k >= base_key).all()
    assert (k > base_key).any()
    assert all(g >= -TOL for g in result.gains)
    # The maximin: no package that dominates the baseline has a larger smallest gain.
    gains = space.utilities(better) - floors
    best_min = min(result.gains)
    assert best_min >= gains.min(axis=1).max() - 1e-9
