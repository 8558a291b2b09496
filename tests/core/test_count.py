"""The ways of counting the agreement space agree with each other and with enumeration."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.analysis import count_agreements
from zopa.scenario import parse_scenario
from zopa.space import compile_space

from .generators import random_scenario, scenario_data

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scenario_data(max_outcomes=400))
def test_counting_methods_agree(data: dict) -> None:  # type: ignore[type-arg]
    space = compile_space(parse_scenario(data))
    expected = count_agreements(space, method="enumerate")
    assert count_agreements(space, method="sweep") == expected
    split = count_agreements(space, method="split")
    assert split is None or split == expected
    assert count_agreements(space) == expected


@SETTINGS
@given(st.integers(0, 2**32 - 1), st.integers(2, 4), st.booleans(), st.sampled_from([0, 1]),
       st.sampled_from([0.2, 0.35, 0.5]))
def test_split_counting_on_conflicting_preferences(seed: int, parties: int, nice: bool,
                                                   red_lines: int, reservation: float) -> None:
    """Uniform values and binding reservations: the case where the sweep cannot merge
    partial sums and the meet-in-the-middle split does the work."""
    space = compile_space(parse_scenario(random_scenario(
        seed, parties=parties, issues=5, options=4, red_lines=red_lines, nice=nice,
        reservation=reservation)))
    expected = count_agreements(space, method="enumerate")
    assert count_agreements(space, method="split") == expected
    assert count_agreements(space, method="sweep") == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 3000), st.integers(0, 3000),
       st.integers(1, 3), st.integers(2, 60))
def test_pair_counting_matches_brute_force(seed: int, n_a: int, n_b: int, d: int,
                                           spread: int) -> None:
    """Dominance counting of pairs (one, two and three columns) on random integers, with
    ties and many blocks."""
    import numpy as np

    from zopa.analysis.count import _pairs

    rng = np.random.default_rng(seed)
    a = rng.integers(0, spread, size=(n_a, d))
    b = rng.integers(0, spread, size=(n_b, d))
    wa = rng.integers(1, 5, size=n_a)
    wb = rng.integers(1, 5, size=n_b)
    need = rng.integers(0, 2 * spread, size=d)
    hit = ((a[:, None, :] + b[None, :, :]) >= need).all(axis=2)
    expected = int((wa[:, None] * wb[None, :] * hit).sum())
    assert _pairs(a, wa, b, wb, need, budget=10**9) == expected
