"""Small random spatial models for the property tests and the loop cross-checks."""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from zopa.forecast.spatial import SpatialModel


def random_model(rng: np.random.Generator, n: int, d: int, *, grid: bool = False,
                 bounds: tuple[float, float] = (0.0, 100.0)) -> SpatialModel:
    low, high = bounds
    if grid:
        position = rng.integers(0, 5, size=(n, d)) * (high - low) / 4 + low
    else:
        position = rng.uniform(low, high, size=(n, d))
    return SpatialModel.build(
        actors=[f"a{i}" for i in range(n)], dimensions=[f"d{k}" for k in range(d)],
        capability=rng.uniform(0.1, 10, size=n), position=position,
        salience=rng.uniform(0.05, 1, size=(n, d)), bounds=[bounds] * d)


@st.composite
def models(draw: st.DrawFn, max_actors: int = 6, max_dims: int = 3) -> SpatialModel:
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, max_actors))
    d = draw(st.integers(1, max_dims))
    grid = draw(st.booleans())
    return random_model(np.random.default_rng(seed), n, d, grid=grid)
