"""The baselines: their formulas exactly, Nash against a brute-force grid, properties."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings

from zopa.forecast.baselines import (
    nash_bargaining,
    nash_objective,
    weighted_mean,
    weighted_median,
)
from zopa.forecast.inputs import read_eum_csv
from zopa.forecast.models import MODELS, run_model
from zopa.forecast.spatial import SpatialModel

from ._models import models, random_model
from .test_eum import EC

STATIC = ("mean", "median", "nash")


def test_ec_baselines() -> None:
    m = read_eum_csv(EC)
    assert weighted_mean(m).forecast["position"] == pytest.approx(50030 / 6770, rel=1e-12)
    assert weighted_median(m).forecast["position"] == 7.0


@settings(max_examples=40, deadline=None)
@given(models())
def test_the_mean_model_equals_its_formula(m: SpatialModel) -> None:
    f = weighted_mean(m)
    for k, dim in enumerate(m.dimensions):
        num = sum(m.capability[i] * m.salience[i, k] * m.position[i, k]
                  for i in range(m.n_actors))
        den = sum(m.capability[i] * m.salience[i, k] for i in range(m.n_actors))
        assert f.forecast[dim] == pytest.approx(num / den, rel=1e-12)


@settings(max_examples=40, deadline=None)
@given(models())
def test_the_median_is_the_weighted_median(m: SpatialModel) -> None:
    f = weighted_median(m)
    for k, dim in enumerate(m.dimensions):
        w = m.capability * m.salience[:, k]
        x = f.forecast[dim]
        assert x in m.position[:, k]
        assert w[m.position[:, k] <= x].sum() >= w.sum() / 2 * (1 - 1e-12)
        assert w[m.position[:, k] < x].sum() < w.sum() / 2


def test_nash_two_actors_closed_form() -> None:
    for c1, c2 in [(1.0, 1.0), (1.0, 3.0), (2.5, 0.5)]:
        m = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[c1, c2],
                               position=[[0.0], [100.0]], salience=[[1.0], [1.0]])
        assert nash_bargaining(m).forecast["x"] == pytest.approx(100 * c2 / (c1 + c2),
                                                                 abs=1e-6)


def test_nash_matches_a_brute_force_grid() -> None:
    rng = np.random.default_rng(3)
    for _ in range(25):
        d = int(rng.integers(1, 3))
        m = random_model(rng, int(rng.integers(2, 6)), d)
        x = np.array([nash_bargaining(m).forecast[k] for k in m.dimensions])
        grid = np.linspace(0, 100, 201 if d == 1 else 61)
        best = max(nash_objective(m, np.array(p)) for p in itertools.product(grid, repeat=d))
        assert nash_objective(m, x) >= best - 1e-9


@settings(max_examples=30, deadline=None)
@given(models(max_dims=2))
def test_static_models_stay_in_range_and_move_nobody(m: SpatialModel) -> None:
    for name in STATIC:
        f = run_model(m, name)
        assert f.steps == 0
        np.testing.assert_array_equal(f.history[:, :, 0], m.position)
        for k, dim in enumerate(m.dimensions):
            assert m.position[:, k].min() - 1e-6 <= f.forecast[dim] <= m.position[:, k].max() + 1e-6
        assert f.probabilities.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("name", [n for n in MODELS if n != "smp"])
def test_one_actor_its_position_wins(name: str) -> None:
    m = SpatialModel.build(actors=["a"], dimensions=["x", "y"], capability=[2.0],
                           position=[[30.0, 80.0]], salience=[[0.4, 0.6]])
    f = run_model(m, name)
    assert f.forecast == pytest.approx({"x": 30.0, "y": 80.0}, abs=1e-6)
    np.testing.assert_array_equal(f.history[:, :, -1], m.position)


@pytest.mark.parametrize("name", [n for n in MODELS if n != "smp"])
def test_a_dominant_actor_wins(name: str) -> None:
    m = SpatialModel.build(actors=["big", "b", "c"], dimensions=["x"],
                           capability=[1e6, 1.0, 1.0], position=[[80.0], [10.0], [20.0]],
                           salience=[[1.0], [1.0], [1.0]])
    assert run_model(m, name).forecast["x"] == pytest.approx(80.0, abs=1e-3)


def test_nash_objective_matches_a_plain_loop() -> None:
    import math

    rng = np.random.default_rng(11)
    for _ in range(40):
        m = random_model(rng, int(rng.integers(1, 6)), int(rng.integers(1, 4)))
        x = rng.uniform(0, 100, m.n_dimensions)
        total = 0.0
        for i in range(m.n_actors):
            s = m.salience[i] / m.salience[i].sum()
            u = sum(s[k] * (1 - abs(x[k] - m.position[i, k]) / 100)
                    for k in range(m.n_dimensions))
            total += m.capability[i] * math.log(u)
        assert nash_objective(m, x) == pytest.approx(total, rel=1e-12)
