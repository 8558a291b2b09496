"""Bueno de Mesquita's EUM: the EC known answer, loop twins, properties."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

from zopa.forecast.baselines import median_position
from zopa.forecast.eum import (
    EUMParameters,
    eum_round,
    expected_utilities,
    median_voter,
    risk_exponents,
    run_eum,
    success_probabilities,
)
from zopa.forecast.inputs import read_eum_csv
from zopa.forecast.spatial import SpatialModel

from ._models import models, random_model

EC = Path(__file__).parents[1] / "data" / "forecast" / "ec-emissions-1994.csv"


def test_ec_round_zero_known_answer() -> None:
    f = run_eum(read_eum_csv(EC))
    first = f.rounds[0]
    assert first["median"] == {"position": 7.0}
    assert first["mean"]["position"] == pytest.approx(7.38996, abs=5e-6)
    assert first["mean"]["position"] == pytest.approx(50030 / 6770, rel=1e-12)
    assert [p[0] for p in first["positions"]] == [4, 7, 4, 4, 10, 10, 10, 7, 4, 7]
    assert f.first_round is not None
    assert f.first_round.values.shape == (10, 10)
    assert np.all((f.first_round.risk >= 0.5 - 1e-12) & (f.first_round.risk <= 2 + 1e-12))


def _loop_probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    n = len(x)
    p = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if x[i] == x[j]:
                continue
            top = bottom = 0.0
            for k in range(n):
                d = abs(x[k] - x[j]) - abs(x[k] - x[i])
                top += w[k] * d
                bottom += w[k] * abs(d)
            p[i, j] = max(top, 0.0) / bottom if bottom > 0 else 0.0
    return p


def _loop_eu(x: np.ndarray, s: np.ndarray, p: np.ndarray, r: np.ndarray, mu: float,
             span: float, q: float, t: float) -> np.ndarray:
    n = len(x)
    eu = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            g = abs(x[i] - x[j]) / span
            a = (abs(x[i] - mu) + abs(x[i] - x[j])) / span
            us = 2 - 4 * (0.5 - 0.5 * g) ** r[i]
            uf = 2 - 4 * (0.5 + 0.5 * g) ** r[i]
            ub = 2 - 4 * (0.5 - 0.25 * a) ** r[i]
            uw = 2 - 4 * (0.5 + 0.25 * a) ** r[i]
            usq = 2 - 4 * 0.5 ** r[i]
            eu[i, j] = (s[j] * (p[i, j] * us + (1 - p[i, j]) * uf) + (1 - s[j]) * us
                        - q * usq - (1 - q) * (t * ub + (1 - t) * uw))
    return eu


def _loop_median(x: np.ndarray, w: np.ndarray) -> float:
    for a in range(len(x)):
        if all(sum(w[k] * (abs(x[k] - x[b]) - abs(x[k] - x[a])) for k in range(len(x)))
               >= -1e-9 * max(1.0, w.sum()) for b in range(len(x))):
            return float(x[a])
    raise AssertionError("no Condorcet winner")


def _loop_round(x: np.ndarray, c: np.ndarray, s: np.ndarray, span: float,
                params: EUMParameters) -> np.ndarray:
    n = len(x)
    w = c * s
    mu = _loop_median(x, w)
    p = _loop_probabilities(x, w)
    neutral = _loop_eu(x, s, p, np.ones(n), mu, span, params.q, params.t)
    security = [sum(neutral[j, i] for j in range(n) if j != i) for i in range(n)]
    hi, lo = max(security), min(security)
    r = np.ones(n) if hi - lo <= 1e-12 * max(1.0, abs(hi)) else np.array(
        [(1 - R / 3) / (1 + R / 3) for R in ((2 * v - hi - lo) / (hi - lo) for v in security)])
    eu = _loop_eu(x, s, p, r, mu, span, params.q, params.t)
    new = x.copy()
    for i in range(n):
        best: tuple[float, float, int] | None = None
        for j in range(n):
            if j == i or eu[j, i] <= 0 or x[j] == x[i]:
                continue
            mine, theirs = eu[i, j], eu[j, i]
            if 0 < mine < theirs:
                target = x[j]
            elif mine < 0 and -mine < theirs:
                target = x[i] + (x[j] - x[i]) * (-mine / theirs)
            elif mine < 0:
                target = x[j]
            else:
                continue
            key = (abs(target - x[i]), -theirs, j)
            if best is None or key < best:
                best = key
                new[i] = target
    return new


@pytest.mark.parametrize(("q", "t"), [(1.0, 1.0), (0.5, 1.0), (0.5, 0.3)])
def test_vectorised_steps_match_plain_loops(q: float, t: float) -> None:
    rng = np.random.default_rng(7)
    params = EUMParameters(q=q, t=t)
    for case in range(60):
        n = int(rng.integers(1, 7))
        m = random_model(rng, n, 1, grid=bool(case % 2))
        x, c, s = m.position[:, 0], m.capability, m.salience[:, 0]
        w = c * s
        np.testing.assert_allclose(success_probabilities(x, w), _loop_probabilities(x, w),
                                   atol=1e-12)
        assert median_voter(x, w, 100.0) == _loop_median(x, w)
        p = success_probabilities(x, w)
        r = rng.uniform(0.5, 2, size=n)
        mu = float(rng.uniform(0, 100))
        np.testing.assert_allclose(expected_utilities(x, s, p, r, mu, 100.0, params),
                                   _loop_eu(x, s, p, r, mu, 100.0, q, t), atol=1e-12)
        new, _, _ = eum_round(x, c, s, 100.0, params)
        np.testing.assert_allclose(new, _loop_round(x, c, s, 100.0, params), atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(models())
def test_median_voter_is_the_weighted_median(m: SpatialModel) -> None:
    for k in range(m.n_dimensions):
        w = m.capability * m.salience[:, k]
        assert median_voter(m.position[:, k], w, 100.0) == pytest.approx(
            median_position(m.position[:, k], w))


@settings(max_examples=30, deadline=None)
@given(models(max_actors=5, max_dims=2))
def test_positions_stay_in_range_and_limits(m: SpatialModel) -> None:
    f = run_eum(m)
    low, high = m.bounds[:, 0], m.bounds[:, 1]
    assert np.all(f.history >= low[None, :, None] - 1e-9)
    assert np.all(f.history <= high[None, :, None] + 1e-9)
    assert f.probabilities.shape == (m.n_actors, f.steps + 1)
    assert np.all((f.probabilities >= 0) & (f.probabilities <= 1 + 1e-12))
    assert len(f.rounds) == f.steps + 1


def test_one_actor_nothing_moves() -> None:
    m = SpatialModel.build(actors=["a"], dimensions=["x", "y"], capability=[3.0],
                           position=[[20.0, 70.0]], salience=[[0.5, 0.9]])
    f = run_eum(m)
    assert f.steps == 0
    assert f.forecast == {"x": 20.0, "y": 70.0}


def test_a_dominant_actor_wins() -> None:
    m = SpatialModel.build(actors=["big", "b", "c"], dimensions=["x"],
                           capability=[1000.0, 1.0, 1.0],
                           position=[[90.0], [10.0], [30.0]], salience=[[1.0], [0.5], [0.5]])
    assert run_eum(m).forecast == {"x": 90.0}


def test_own_red_line_is_never_crossed() -> None:
    limits = np.array([[[0.0, 100.0]], [[0.0, 40.0]], [[0.0, 100.0]]])
    m = SpatialModel.build(actors=["big", "b", "c"], dimensions=["x"],
                           capability=[1000.0, 1.0, 1.0],
                           position=[[90.0], [10.0], [30.0]], salience=[[1.0], [0.5], [0.5]],
                           limits=limits)
    f = run_eum(m)
    assert np.all(f.history[1, 0] <= 40.0)


def test_risk_exponents_span_half_to_two() -> None:
    eu = np.array([[0.0, 1.0, 2.0], [0.5, 0.0, 0.1], [0.3, 0.2, 0.0]])
    r = risk_exponents(eu)
    assert r.min() == pytest.approx(0.5) and r.max() == pytest.approx(2.0)


def test_no_actor_ever_crosses_its_own_limits() -> None:
    rng = np.random.default_rng(21)
    for _ in range(30):
        m = random_model(rng, int(rng.integers(2, 7)), int(rng.integers(1, 3)))
        a = rng.uniform(0, 1, m.position.shape) * m.position
        b = m.position + rng.uniform(0, 1, m.position.shape) * (100 - m.position)
        limits = np.stack([a, b], axis=-1)
        m = SpatialModel.build(actors=m.actors, dimensions=m.dimensions,
                               capability=m.capability, position=m.position,
                               salience=m.salience, limits=limits)
        f = run_eum(m)
        assert np.all(f.history >= limits[..., :1] - 1e-9)
        assert np.all(f.history <= limits[..., 1:] + 1e-9)
