"""One entry point for every forecasting model, by name.

``smp`` is KTAB's Spatial Model of Politics (:mod:`zopa.forecast.smp`), ``eum`` Bueno de
Mesquita's expected utility model (:mod:`zopa.forecast.eum`), ``mean``, ``median`` and
``nash`` the baselines (:mod:`zopa.forecast.baselines`).

>>> from zopa.forecast.spatial import SpatialModel
>>> m = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[1, 3],
...                        position=[[0.0], [100.0]], salience=[[1.0], [1.0]])
>>> run_model(m, "mean").forecast
{'x': 75.0}
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

import numpy as np

from .spatial import FloatArray, Forecast, SpatialModel

__all__ = ["MODELS", "ModelName", "from_percent_axes", "on_percent_axes", "run_model",
           "smp_available"]

ModelName = Literal["smp", "eum", "mean", "median", "nash"]
MODELS: tuple[ModelName, ...] = ("smp", "eum", "mean", "median", "nash")


def smp_available() -> bool:
    """Whether KTAB's SMP is installed in this zopa."""
    import importlib.util

    return importlib.util.find_spec("zopa.forecast.smp") is not None


def on_percent_axes(model: SpatialModel) -> tuple[SpatialModel, FloatArray, FloatArray]:
    """The model with every axis mapped linearly onto KTAB's 0-100 (a numeric issue's
    troops or euros), and the low ends and lengths to map results back.

    >>> m = SpatialModel.build(actors=["a"], dimensions=["x"], capability=[1],
    ...                        position=[[150.0]], salience=[[1.0]], bounds=[[100, 200]])
    >>> on_percent_axes(m)[0].position.tolist()
    [[50.0]]
    """
    low, span = model.bounds[:, 0], model.bounds[:, 1] - model.bounds[:, 0]
    if np.all(low == 0) and np.all(span == 100):
        return model, low, span
    scale = 100 / span
    scaled = SpatialModel.build(
        actors=model.actors, dimensions=model.dimensions, capability=model.capability,
        position=(model.position - low) * scale, salience=model.salience,
        bounds=[[0.0, 100.0]] * model.n_dimensions,
        limits=(model.limits - low[None, :, None]) * scale[None, :, None],
        name=model.name, description=model.description, roles=model.roles)
    return scaled, low, span


def from_percent_axes(result: Forecast, low: FloatArray, span: FloatArray) -> Forecast:
    """A forecast on 0-100 axes back in the model's own units."""
    history = result.history * (span / 100)[None, :, None] + low[None, :, None]
    outcome = {d: float(result.forecast[d] * span[k] / 100 + low[k])
               for k, d in enumerate(result.dimensions)}
    return dataclasses.replace(result, history=history, forecast=outcome)


def run_model(model: SpatialModel, name: str = "smp", *, params: Any = None) -> Forecast:
    """Run the model called ``name``; ``params`` are SMP's (``SMPParameters``, e.g. from a
    KTAB file) or the EUM's (``EUMParameters``), ``None`` for the defaults. SMP runs on
    KTAB's 0-100 axes (:func:`on_percent_axes`), its positions mapped back after."""
    if name == "smp":
        from .smp import run_smp  # type: ignore[import-not-found,unused-ignore]

        scaled, low, span = on_percent_axes(model)
        result: Forecast = run_smp(scaled, params)
        return result if scaled is model else from_percent_axes(result, low, span)
    if name == "eum":
        from .eum import EUMParameters, run_eum

        return run_eum(model, params if isinstance(params, EUMParameters) else None)
    from . import baselines

    if name == "mean":
        return baselines.weighted_mean(model)
    if name == "median":
        return baselines.weighted_median(model)
    if name == "nash":
        return baselines.nash_bargaining(model)
    raise ValueError(f"unknown model {name!r}; use one of {', '.join(MODELS)}")
