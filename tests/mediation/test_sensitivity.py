"""Monte Carlo sensitivity: known answers, same seed same figures whatever the backend,
and the vectorised method against the per-sample frontier method."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from zopa.analysis import analyze
from zopa.examples import load_example
from zopa.mediation.sensitivity import BLOCK, sensitivity, uncertainty
from zopa.parallel import ExecutionSettings
from zopa.scenario import Scenario, parse_scenario
from zopa.space import compile_space

from .oracle import logroll
from .strategies import scenarios

CONCESSION = ["russia#0", "russia#1"]


def _figures(result: Any) -> dict[str, Any]:
    data = result.to_dict()
    data.pop("method")
    return data


def test_same_seed_same_figures() -> None:
    space = compile_space(load_example())
    a = sensitivity(space, samples=600, seed=7, drop=CONCESSION)
    b = sensitivity(space, samples=600, seed=7, drop=CONCESSION)
    assert a.to_dict() == b.to_dict()
    np.testing.assert_array_equal(a.nash_utilities, b.nash_utilities)
    c = sensitivity(space, samples=600, seed=8, drop=CONCESSION)
    assert not np.array_equal(a.nash_utilities, c.nash_utilities)


def test_samples_are_a_prefix_of_a_longer_run() -> None:
    space = compile_space(load_example())
    short = sensitivity(space, samples=BLOCK + 10, seed=3, drop=CONCESSION)
    long = sensitivity(space, samples=3 * BLOCK, seed=3, drop=CONCESSION)
    np.testing.assert_array_equal(short.nash_utilities, long.nash_utilities[:BLOCK + 10])


def test_process_backend_gives_the_same_figures() -> None:
    space = compile_space(load_example())
    here = sensitivity(space, samples=2 * BLOCK + 1, seed=5, drop=CONCESSION)
    there = sensitivity(space, samples=2 * BLOCK + 1, seed=5, drop=CONCESSION,
                        settings=ExecutionSettings(backend="processes", workers=2))
    assert here.to_dict() == there.to_dict()
    np.testing.assert_array_equal(here.nash_utilities, there.nash_utilities)


@pytest.mark.slow
def test_ray_backend_gives_the_same_figures() -> None:
    pytest.importorskip("ray")
    space = compile_space(load_example())
    here = sensitivity(space, samples=BLOCK + 1, seed=5, drop=CONCESSION)
    there = sensitivity(space, samples=BLOCK + 1, seed=5, drop=CONCESSION,
                        settings=ExecutionSettings(backend="ray", workers=2))
    assert here.to_dict() == there.to_dict()


def test_march_2022_figures() -> None:
    result = sensitivity(compile_space(load_example()), samples=1000, seed=1)
    assert result.agreement == 0.0
    assert result.reservations_block == 0.0
    # The two blocked issues block in every sample, the others in none.
    assert result.bottlenecks == {"neutrality": 0.0, "armed-forces": 0.0,
                                  "denazification": 0.0, "russian-language": 0.0,
                                  "donbas": 1.0, "crimea": 1.0}
    opens = dict(result.concessions)
    assert opens[("russia#0", "russia#1")] == 1.0
    # Dropping Ukraine's two territorial red lines opens a deal in most samples; with the
    # example's (illustrative) interaction term, guaranteed neutrality with a large army
    # is worth enough to Ukraine that it opens one in every sample drawn here.
    assert 0.5 < opens[("ukraine#0", "ukraine#1")] <= 1.0
    assert result.relaxed_agreement == 0.0
    assert all(not found for found in result.solutions.values())
    assert np.isnan(result.nash_utilities).all()


def test_without_intervals_every_sample_is_the_midpoint() -> None:
    space = compile_space(logroll())
    result = sensitivity(space, samples=300, seed=2)
    analysis = analyze(space)
    assert result.intervals == 0
    assert result.agreement == 1.0
    assert result.relaxed_agreement == 1.0
    for name, package in analysis.solutions.items():
        assert package is not None
        (top,) = result.solutions[name]
        assert top.share == 1.0
        assert dict(top.outcome) == dict(package.outcome)
    assert result.nash_spread()["p"]["std"] == pytest.approx(0.0, abs=1e-12)


HALF = """
zopa: 1
parties:
  - {id: p, reservation: [0.4, 0.8]}
  - {id: q}
issues: [{id: x, options: [a, b]}]
preferences:
  p: {weights: {x: 1}, values: {x: {a: 0.6, b: 0.2}}}
  q: {weights: {x: 1}, values: {x: {a: 0.5, b: 1.0}}}
"""


def test_uncertain_reservation_known_probability() -> None:
    """p's best acceptable package gives it 0.6; its reservation is uniform on
    [0.4, 0.8], so a deal exists with probability 1/2, and it is always package a."""
    result = sensitivity(compile_space(parse_scenario(HALF)), samples=10_000, seed=11)
    assert result.agreement == pytest.approx(0.5, abs=0.02)
    (nash,) = result.solutions["nash"]
    assert dict(nash.outcome) == {"x": "a"}
    assert nash.share == result.agreement
    spread = result.nash_spread()["p"]
    assert spread["min"] == spread["max"] == pytest.approx(0.6)


BLOCKED_BY_RESERVATIONS = """
zopa: 1
parties: [{id: p, reservation: 0.9}, {id: q, reservation: 0.9}]
issues: [{id: x, options: [a, b]}]
preferences:
  p:
    weights: {x: 1}
    values: {x: {a: 1, b: 0}}
    red_lines: [{forbid: {x: [b]}}]
  q: {weights: {x: 1}, values: {x: {a: 0, b: 1}}}
"""


def test_reservations_that_block_name_no_bottleneck() -> None:
    result = sensitivity(compile_space(parse_scenario(BLOCKED_BY_RESERVATIONS)), samples=50)
    assert result.agreement == 0.0
    assert result.reservations_block == 1.0
    assert result.bottlenecks == {"x": 0.0}


def test_draws_at_the_midpoint_reproduce_the_compiled_space() -> None:
    space = compile_space(load_example())
    u = uncertainty(space)
    assert u.intervals == 9

    def mid(lows: Any, highs: Any) -> Any:
        return tuple(tuple((a + b) / 2 for a, b in zip(x, y, strict=True))
                     for x, y in zip(lows, highs, strict=True))

    weights = (u.weight_low + u.weight_high) / 2
    collapsed = dataclasses.replace(
        u, weight_low=weights, weight_high=weights,
        value_low=mid(u.value_low, u.value_high), value_high=mid(u.value_low, u.value_high),
        reservation_low=(u.reservation_low + u.reservation_high) / 2,
        reservation_high=(u.reservation_low + u.reservation_high) / 2)
    contributions, reservations = collapsed.draw(np.random.default_rng(0), 3)
    for drawn, compiled in zip(contributions, space.contributions, strict=True):
        for s in range(3):
            np.testing.assert_allclose(drawn[s], compiled, atol=1e-12)
    np.testing.assert_allclose(reservations, np.tile(space.reservations, (3, 1)))
    # Undisturbed draws stay inside the intervals: utilities within [0, 1].
    contributions, _ = u.draw(np.random.default_rng(1), 50)
    totals = sum(c.max(axis=1) for c in contributions)
    assert (totals <= 1 + 1e-12).all()


def test_progress_and_bad_input() -> None:
    space = compile_space(load_example())
    seen: list[int] = []
    sensitivity(space, samples=2 * BLOCK + 5, seed=0, progress=seen.append)
    assert seen == [BLOCK, 2 * BLOCK, 2 * BLOCK + 5]
    with pytest.raises(ValueError, match="'nobody#0' is not a red line"):
        sensitivity(space, samples=10, drop=["nobody#0"])
    with pytest.raises(ValueError, match="samples"):
        sensitivity(space, samples=0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_parties=3, max_issues=3))
def test_vectorised_method_matches_per_sample_frontiers(scenario: Scenario) -> None:
    space = compile_space(scenario)
    drop = [space.red_lines[0].name] if space.red_lines else []
    fast = sensitivity(space, samples=12, seed=4, drop=drop, method="enumerate")
    slow = sensitivity(space, samples=12, seed=4, drop=drop, method="merge")
    assert _figures(fast) == _figures(slow)
    np.testing.assert_allclose(fast.nash_utilities, slow.nash_utilities, equal_nan=True)
