"""Monte Carlo forecasts: same seed, same results, whatever the backend."""

from __future__ import annotations

import numpy as np
import pytest

from zopa.examples import load_example
from zopa.forecast import monte_carlo, uncertain_model
from zopa.forecast.montecarlo import QUANTILES
from zopa.forecast.uncertain import UncertainModel
from zopa.parallel import ExecutionSettings


@pytest.fixture(scope="module")
def uncertain() -> UncertainModel:
    return uncertain_model(load_example("ukraine-russia-2022-03"))


def test_same_seed_same_samples_inprocess_and_processes(uncertain: UncertainModel) -> None:
    one = monte_carlo(uncertain, "eum", samples=60, seed=5)
    two = monte_carlo(uncertain, "eum", samples=60, seed=5,
                      settings=ExecutionSettings(backend="processes", workers=2))
    np.testing.assert_array_equal(one.outcomes, two.outcomes)
    assert one.to_dict() == two.to_dict()
    other = monte_carlo(uncertain, "eum", samples=60, seed=6)
    assert not np.array_equal(one.outcomes, other.outcomes)


def test_quantiles_and_draws_stay_in_their_intervals(uncertain: UncertainModel) -> None:
    mc = monte_carlo(uncertain, "mean", samples=300, seed=2)
    assert mc.outcomes.shape == (300, 6)
    for dim, q in mc.quantiles.items():
        assert len(q) == len(QUANTILES) and q == sorted(q)
        k = uncertain.base.dimensions.index(dim)
        lo, hi = uncertain.base.bounds[k]
        assert lo <= q[0] and q[-1] <= hi
    rng = np.random.default_rng(0)
    for _ in range(50):
        m = uncertain.draw(rng)
        assert np.all(m.capability >= uncertain.capability[:, 0])
        assert np.all(m.capability <= uncertain.capability[:, 1])
        assert np.all(m.position >= m.limits[..., 0]) and np.all(m.position <= m.limits[..., 1])
    assert "china.salience.neutrality" in mc.intervals


def test_the_sample_count_does_not_depend_on_blocks(uncertain: UncertainModel) -> None:
    a = monte_carlo(uncertain, "median", samples=30, seed=9)
    b = monte_carlo(uncertain, "median", samples=60, seed=9)
    np.testing.assert_array_equal(a.outcomes, b.outcomes[:30])


@pytest.mark.slow
def test_smp_samples_are_the_same_on_every_backend(uncertain: UncertainModel) -> None:
    """``--samples`` with KTAB's SMP: in process, on 2 processes and on a local Ray (zopa
    starts and stops it), the same seed gives the same numbers (60 samples: 3 blocks)."""
    pytest.importorskip("ray")
    reference = monte_carlo(uncertain, "smp", samples=60, seed=9)
    for backend in ("processes", "ray"):
        other = monte_carlo(uncertain, "smp", samples=60, seed=9,
                            settings=ExecutionSettings(backend, workers=2))  # type: ignore[arg-type]
        np.testing.assert_array_equal(other.outcomes, reference.outcomes, err_msg=backend)
        assert other.to_dict() == reference.to_dict(), backend
