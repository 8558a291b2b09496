"""Bueno de Mesquita's expected utility model, in Scholz, Calbert and Smith's reading.

Sources: B. Bueno de Mesquita, "Political forecasting: an expected utility method", in
Bueno de Mesquita and Stokman (eds.), *European Community Decision Making* (Yale, 1994),
ch. 4; J. B. Scholz, G. J. Calbert and G. A. Smith, "Unravelling Bueno De Mesquita's
group decision model", *Journal of Theoretical Politics* 23(4), 2011, 510-531 (sections
2-6 and the appendix's steps 2-11, which this module follows). The model is one-
dimensional; a model with several dimensions runs it on each independently.

Actors ``i`` have capability ``c_i``, salience ``s_i`` in [0, 1] and position ``x_i``;
``D`` is the length of the axis (the model's bounds: for an EUM CSV, the range of its
positions). One round:

1. The **median voter position** ``mu``: the Condorcet winner among the positions, the
   pairwise vote of ``x_a`` against ``x_b`` being
   ``v(a, b) = sum_k c_k s_k (|x_k - x_b| - |x_k - x_a|) / D`` (the first, in file order,
   of the positions no other beats; the weighted median).
2. **Probability of success** of ``i`` against ``j`` (0 when ``x_i = x_j``):
   ``P_ij = max(0, sum_k c_k s_k d_k) / sum_k c_k s_k |d_k|``, ``d_k = |x_k - x_j| - |x_k - x_i|``.
3. **Basic utilities** of ``i`` against ``j``, with ``i``'s risk exponent ``r_i``:
   ``Us = 2 - 4 (1/2 - |x_i - x_j| / 2D)^r``, ``Uf = 2 - 4 (1/2 + |x_i - x_j| / 2D)^r``,
   ``Ub = 2 - 4 (1/2 - (|x_i - mu| + |x_i - x_j|) / 4D)^r``,
   ``Uw = 2 - 4 (1/2 + (|x_i - mu| + |x_i - x_j|) / 4D)^r``, ``Usq = 2 - 4 (1/2)^r``.
4. **Expected utility of challenge**
   ``EU_ij = s_j (P_ij Us + (1 - P_ij) Uf) + (1 - s_j) Us - Q Usq - (1 - Q)(T Ub + (1 - T) Uw)``
   with ``Q = T = 1`` (the replications' values; parameters here).
5. **Risk exponents from security levels**: with every ``r = 1``, actor ``i``'s security
   level is ``S_i = sum_{j != i} EU_ji``; ``R_i = (2 S_i - S_max - S_min) / (S_max - S_min)``
   (0 when all are equal) and ``r_i = (1 - R_i / 3) / (1 + R_i / 3)``, in [1/2, 2]. Steps
   3-4 are repeated with these exponents.
6. **Offers**: ``j`` challenges ``i`` when ``EU_ji > 0`` (each actor's utilities with
   its own risk exponent). ``i`` reads a challenge from its own ``EU_ij``: *conflict*
   (``0 < EU_ij < EU_ji``: ``i`` would lose, the offer is ``x_j``), *compromise*
   (``EU_ij < 0`` and ``|EU_ij| < EU_ji``: ``i`` moves by ``|EU_ij / EU_ji|`` of the way
   to ``x_j``), *capitulation* (``EU_ij < 0`` and ``|EU_ij| >= EU_ji``: to ``x_j``);
   with ``EU_ij >= EU_ji > 0`` or ``EU_ij = 0`` it holds. Of the offers it receives, each
   actor accepts the one that moves it least (the paper's rule; of equal ones, that of
   the challenger with the largest ``EU_ji``, then the first in file order). All move at
   once.

Red lines (zopa's addition): an actor's new position is kept within its own limits.
Rounds go on until no position changes or ``rounds`` are done; the forecast is the
median voter position of the last state. ``rounds`` of the result lists, for each state
(round 0 the input), the median, the mean ``sum c s x / sum c s`` and the positions.
``probabilities[i, t]`` is actor ``i``'s mean probability of success ``P_ij`` against
the others; ``first_round`` (one dimension only) holds the risk-neutral ``EU_ij`` matrix
of round 1 and the risk exponents ``r_i``.

>>> from zopa.forecast.spatial import SpatialModel
>>> m = SpatialModel.build(actors=["a", "b", "c"], dimensions=["x"], capability=[1, 1, 3],
...                        position=[[0.0], [50.0], [100.0]], salience=[[0.5]] * 3)
>>> f = run_eum(m)
>>> f.rounds[0]["median"], f.rounds[0]["mean"]
({'x': 100.0}, {'x': 70.0})
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .spatial import FirstRound, FloatArray, Forecast, SpatialModel

__all__ = ["EUMParameters", "eum_round", "expected_utilities", "median_voter", "run_eum",
           "success_probabilities"]


@dataclass(frozen=True)
class EUMParameters:
    """``rounds``: at most this many rounds; ``q``, ``t``: the model's Q and T."""

    rounds: int = 10
    q: float = 1.0
    t: float = 1.0


def median_voter(x: FloatArray, w: FloatArray, span: float) -> float:
    """The Condorcet winner of the pairwise votes among the positions ``x``.

    >>> median_voter(np.array([4.0, 7.0, 10.0]), np.array([2480.0, 930.0, 3360.0]), 6.0)
    7.0
    """
    votes = _votes(x, w, span)
    unbeaten = np.all(votes >= -1e-12 * max(1.0, float(w.sum())), axis=1)
    candidates = np.flatnonzero(unbeaten)
    if candidates.size == 0:  # pragma: no cover - cannot happen on one axis
        candidates = np.array([int(np.argmax(votes.sum(axis=1)))])
    return float(x[candidates[0]])


def _votes(x: FloatArray, w: FloatArray, span: float) -> FloatArray:
    """``v[a, b]``: the vote of position ``x_a`` against ``x_b``."""
    gain = np.abs(x[None, None, :] - x[None, :, None]) - np.abs(x[None, None, :] - x[:, None, None])
    return np.asarray((w[None, None, :] * gain).sum(axis=2) / span, dtype=np.float64)


def success_probabilities(x: FloatArray, w: FloatArray) -> FloatArray:
    """``P[i, j]``: the probability that ``i`` prevails against ``j`` (step 2)."""
    d = np.abs(x[None, None, :] - x[None, :, None]) - np.abs(x[None, None, :] - x[:, None, None])
    top = np.maximum((w * d).sum(axis=2), 0.0)
    bottom = (w * np.abs(d)).sum(axis=2)
    p = np.divide(top, bottom, out=np.zeros_like(top), where=bottom > 0)
    p[x[:, None] == x[None, :]] = 0.0
    return np.asarray(p, dtype=np.float64)


def expected_utilities(x: FloatArray, s: FloatArray, p: FloatArray, r: FloatArray,
                       mu: float, span: float, params: EUMParameters) -> FloatArray:
    """``EU[i, j]``: ``i``'s expected utility of challenging ``j`` (steps 3-4)."""
    gap = np.abs(x[:, None] - x[None, :]) / span
    away = (np.abs(x - mu)[:, None] / span + gap) / 4
    e = r[:, None]
    us = 2 - 4 * (0.5 - gap / 2) ** e
    uf = 2 - 4 * (0.5 + gap / 2) ** e
    ub = 2 - 4 * (0.5 - away) ** e
    uw = 2 - 4 * (0.5 + away) ** e
    usq = 2 - 4 * 0.5 ** e
    sj = s[None, :]
    eu = (sj * (p * us + (1 - p) * uf) + (1 - sj) * us - params.q * usq
          - (1 - params.q) * (params.t * ub + (1 - params.t) * uw))
    np.fill_diagonal(eu, 0.0)
    return eu


def risk_exponents(eu: FloatArray) -> FloatArray:
    """``r_i`` from the security levels of the risk-neutral ``EU`` (step 5)."""
    security = eu.sum(axis=0) - np.diag(eu)
    high, low = security.max(), security.min()
    if high - low <= 1e-12 * max(1.0, abs(high)):
        return np.ones_like(security)
    big_r = (2 * security - high - low) / (high - low)
    return np.asarray((1 - big_r / 3) / (1 + big_r / 3), dtype=np.float64)


def eum_round(x: FloatArray, c: FloatArray, s: FloatArray, span: float,
              params: EUMParameters) -> tuple[FloatArray, FloatArray, FloatArray]:
    """One round on one axis: the new positions, the risk-neutral EU and the exponents."""
    w = c * s
    mu = median_voter(x, w, span)
    p = success_probabilities(x, w)
    neutral = expected_utilities(x, s, p, np.ones_like(x), mu, span, params)
    r = risk_exponents(neutral)
    eu = expected_utilities(x, s, p, r, mu, span, params)
    # outcome[i, j]: where j's challenge would leave i (NaN: no challenge, or i holds).
    mine, theirs = eu, eu.T
    moves = np.where(mine < 0, np.minimum(-mine / np.where(theirs > 0, theirs, 1.0), 1.0),
                     np.where((mine > 0) & (mine < theirs), 1.0, 0.0))
    outcome = x[:, None] + (x[None, :] - x[:, None]) * moves
    valid = (theirs > 0) & ~np.eye(len(x), dtype=bool) & (moves > 0) & (x[None, :] != x[:, None])
    distance = np.where(valid, np.abs(outcome - x[:, None]), np.inf)
    new = x.copy()
    for i in np.flatnonzero(valid.any(axis=1)):
        nearest = np.flatnonzero(distance[i] == distance[i].min())
        j = int(nearest[np.argmax(theirs[i, nearest])])
        new[i] = outcome[i, j]
    return new, neutral, r


def run_eum(model: SpatialModel, params: EUMParameters | None = None) -> Forecast:
    """Run the model on every dimension (see the module docstring)."""
    params = params or EUMParameters()
    d = model.n_dimensions
    span = model.bounds[:, 1] - model.bounds[:, 0]
    states = [np.array(model.position)]
    first: FirstRound | None = None
    for round_number in range(params.rounds):
        x = states[-1]
        new = x.copy()
        for k in range(d):
            moved, neutral, r = eum_round(x[:, k], model.capability, model.salience[:, k],
                                          float(span[k]), params)
            new[:, k] = np.clip(moved, model.limits[:, k, 0], model.limits[:, k, 1])
            if round_number == 0 and d == 1:
                first = FirstRound(values=neutral, risk=r)
        if np.array_equal(new, x):
            break
        states.append(new)
    history = np.stack(states, axis=-1)
    rounds = tuple(_summary(model, history[:, :, t], span) for t in range(history.shape[2]))
    probabilities = np.stack([_mean_success(model, history[:, :, t])
                              for t in range(history.shape[2])], axis=-1)
    return Forecast(
        model="eum",
        actors=model.actors,
        dimensions=model.dimensions,
        history=history,
        probabilities=probabilities,
        forecast=dict(rounds[-1]["median"]),
        first_round=first,
        rounds=rounds,
    )


def _summary(model: SpatialModel, x: FloatArray, span: FloatArray) -> dict[str, Any]:
    w = model.capability[:, None] * model.salience
    median: dict[str, float] = {}
    mean: dict[str, float] = {}
    for k, dim in enumerate(model.dimensions):
        weights = w[:, k] if w[:, k].sum() > 0 else np.ones(model.n_actors)
        median[dim] = median_voter(x[:, k], weights, float(span[k]))
        mean[dim] = float((weights * x[:, k]).sum() / weights.sum())
    return {"median": median, "mean": mean, "positions": x.tolist()}


def _mean_success(model: SpatialModel, x: FloatArray) -> FloatArray:
    n = model.n_actors
    if n == 1:
        return np.ones(1)
    total = np.zeros(n)
    for k in range(model.n_dimensions):
        p = success_probabilities(x[:, k], model.capability * model.salience[:, k])
        total += p.sum(axis=1) / (n - 1)
    return total / model.n_dimensions
