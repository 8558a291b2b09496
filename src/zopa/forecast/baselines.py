"""The baselines every spatial forecast is compared with: mean, median, Nash bargaining.

Each gives an outcome per dimension from the actors' weights ``w_ik = c_i s_ik``
(capability times salience) and their positions ``x_ik``; none moves an actor, so the
history has the input state only (``steps`` 0).

- **Weighted mean**, the compromise model (Achen 2006, "Evaluating political decision-
  making models", in Thomson et al., *The European Union Decides*, ch. 4):
  ``m_k = sum_i w_ik x_ik / sum_i w_ik``.
- **Weighted median** (Black 1948; the position a pairwise vote of the actors, each
  with ``w_ik`` votes, cannot beat, Bueno de Mesquita 1994): the smallest ``x`` among
  the positions with ``sum_{i: x_ik <= x} w_ik >= sum_i w_ik / 2``.
- **Nash bargaining over positions** (Nash 1950, weighted as in Kalai 1977; the
  asymmetric Nash solution used by Achen 2006 and Schneider et al. 2010): the point
  ``x`` of the box of bounds maximising ``sum_i c_i log u_i(x)`` with
  ``u_i(x) = sum_k s~_ik (1 - |x_k - x_ik| / R_k)``, ``s~_ik`` the actor's saliences
  divided by their sum and ``R_k`` the axis length (the disagreement point is 0, the
  worst outcome of the axes). It is found by coordinate ascent, a search per axis
  on ever finer grids (the objective is concave), to ``1e-9`` of each axis.

On a dimension where every ``w_ik`` is 0 the capabilities alone weigh (the plain mean or
median when they are 0 too). ``probabilities[i]`` is each actor's share of the total
weight ``c_i sum_k s_ik``.

>>> from zopa.forecast.spatial import SpatialModel
>>> m = SpatialModel.build(actors=["a", "b", "c"], dimensions=["x"], capability=[1, 1, 2],
...                        position=[[0.0], [40.0], [100.0]], salience=[[1.0]] * 3)
>>> weighted_mean(m).forecast, weighted_median(m).forecast
({'x': 60.0}, {'x': 40.0})
>>> round(nash_bargaining(m).forecast["x"], 4)
56.8338
"""

from __future__ import annotations

import numpy as np

from .spatial import FloatArray, Forecast, SpatialModel

__all__ = ["dimension_weights", "nash_bargaining", "weighted_mean", "weighted_median"]

TOLERANCE = 1e-9


def dimension_weights(model: SpatialModel) -> FloatArray:
    """``w[i, k]``: actor ``i``'s weight on dimension ``k`` (see the module docstring)."""
    w = model.capability[:, None] * model.salience
    for k in range(model.n_dimensions):
        if w[:, k].sum() <= 0:
            w[:, k] = model.capability if model.capability.sum() > 0 else 1.0
    return w


def weighted_mean(model: SpatialModel) -> Forecast:
    """The compromise model."""
    w = dimension_weights(model)
    outcome = (w * model.position).sum(axis=0) / w.sum(axis=0)
    return _static(model, "mean", outcome)


def weighted_median(model: SpatialModel) -> Forecast:
    """The weighted median of the positions on each dimension."""
    w = dimension_weights(model)
    outcome = np.array([median_position(model.position[:, k], w[:, k])
                        for k in range(model.n_dimensions)])
    return _static(model, "median", outcome)


def median_position(x: FloatArray, w: FloatArray) -> float:
    """The smallest position whose cumulative weight reaches half the total.

    >>> median_position(np.array([4.0, 7.0, 10.0]), np.array([2480.0, 930.0, 3360.0]))
    7.0
    """
    order = np.argsort(x, kind="stable")
    cumulative = np.cumsum(w[order])
    k = int(np.searchsorted(cumulative, cumulative[-1] / 2 * (1 - 1e-12)))
    return float(x[order][k])


def nash_bargaining(model: SpatialModel) -> Forecast:
    """The weighted Nash bargaining solution over positions."""
    return _static(model, "nash", nash_point(model))


def nash_objective(model: SpatialModel, x: FloatArray) -> float:
    """``sum_i c_i log u_i(x)`` (``-inf`` where an actor with weight gets nothing)."""
    c, u = _nash_parts(model, x[None, :])
    with np.errstate(divide="ignore"):
        return float((c[:, None] * np.log(u)).sum(axis=0)[0])


def _nash_parts(model: SpatialModel, xs: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Capabilities of the actors that count, and their utilities at each row of ``xs``."""
    total = model.salience.sum(axis=1)
    keep = (total > 0) & (model.capability > 0)
    s = model.salience[keep] / total[keep, None]
    span = model.bounds[:, 1] - model.bounds[:, 0]
    distance = np.abs(xs[None, :, :] - model.position[keep][:, None, :]) / span
    return model.capability[keep], (s[:, None, :] * (1 - distance)).sum(axis=2)


def nash_point(model: SpatialModel) -> FloatArray:
    """Coordinate ascent from the weighted mean (see the module docstring)."""
    w = dimension_weights(model)
    x: FloatArray = np.asarray((w * model.position).sum(axis=0) / w.sum(axis=0),
                               dtype=np.float64)
    c, _ = _nash_parts(model, x[None, :])
    if c.size == 0:
        return x
    low, high = model.bounds[:, 0], model.bounds[:, 1]
    for _ in range(200):
        before = x.copy()
        for k in range(model.n_dimensions):
            x[k] = _line_max(model, x, k, float(low[k]), float(high[k]))
        if np.all(np.abs(x - before) <= TOLERANCE * (high - low)):
            break
    return x


def _line_max(model: SpatialModel, x: FloatArray, k: int, a: float, b: float) -> float:
    """The maximum of the (concave) objective along axis ``k`` in ``[a, b]``: a grid of
    33 points, then the grid between the best one's neighbours, until ``TOLERANCE``."""
    tol = TOLERANCE * (b - a)
    best = float(x[k])
    best_value = _objectives(model, x, k, np.array([best]))[0]
    while b - a > tol:
        ts = np.linspace(a, b, 33)
        values = _objectives(model, x, k, ts)
        j = int(np.argmax(values))
        if values[j] >= best_value:
            best, best_value = float(ts[j]), float(values[j])
        a, b = float(ts[max(j - 1, 0)]), float(ts[min(j + 1, 32)])
    return best


def _objectives(model: SpatialModel, x: FloatArray, k: int, ts: FloatArray) -> FloatArray:
    xs = np.repeat(x[None, :], len(ts), axis=0)
    xs[:, k] = ts
    c, u = _nash_parts(model, xs)
    with np.errstate(divide="ignore"):
        return np.asarray((c[:, None] * np.log(u)).sum(axis=0), dtype=np.float64)


def _static(model: SpatialModel, name: str, outcome: FloatArray) -> Forecast:
    share = model.capability * model.salience.sum(axis=1)
    total = share.sum()
    probabilities = (share / total if total > 0
                     else np.full(model.n_actors, 1 / model.n_actors))
    return Forecast(
        model=name,
        actors=model.actors,
        dimensions=model.dimensions,
        history=np.array(model.position)[:, :, None],
        probabilities=probabilities[:, None],
        forecast={d: float(v) for d, v in zip(model.dimensions, outcome, strict=True)},
    )
