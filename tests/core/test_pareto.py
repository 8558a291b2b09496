"""The vectorised non-dominated filter against pairwise comparison."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.analysis.pareto import dominated_by, nondominated


def _brute(keys: np.ndarray) -> list[int]:
    return [i for i in range(len(keys))
            if not any(j != i and (keys[j] >= keys[i]).all() for j in range(len(keys)))]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 5), st.integers(0, 700), st.integers(2, 40), st.integers(0, 2**32 - 1))
def test_nondominated_matches_pairwise(d: int, n: int, spread: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    keys = np.unique(rng.integers(0, spread, size=(n, d)), axis=0)
    rng.shuffle(keys)
    assert nondominated(keys).tolist() == _brute(keys)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 5), st.integers(0, 400), st.integers(0, 900), st.integers(0, 2**32 - 1))
def test_dominated_by_matches_pairwise(d: int, m: int, r: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    reference = np.unique(rng.integers(0, 30, size=(r, d)), axis=0)
    reference = reference[nondominated(reference)] if len(reference) else reference
    queries = rng.integers(0, 30, size=(m, d))
    expected = [bool(len(reference)) and bool((reference >= q).all(axis=1).any())
                for q in queries]
    assert dominated_by(queries, reference).tolist() == expected


def test_anticorrelated_front_is_kept_whole() -> None:
    """Points on a line x + y = c: every one is efficient."""
    x = np.arange(1000)
    keys = np.stack([x, 999 - x], axis=1)
    assert len(nondominated(keys)) == 1000
