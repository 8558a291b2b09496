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

from typing import Any, Literal

from .spatial import Forecast, SpatialModel

__all__ = ["MODELS", "ModelName", "run_model"]

ModelName = Literal["smp", "eum", "mean", "median", "nash"]
MODELS: tuple[ModelName, ...] = ("smp", "eum", "mean", "median", "nash")


def run_model(model: SpatialModel, name: str = "smp", *, params: Any = None) -> Forecast:
    """Run the model called ``name``; ``params`` are SMP's (``SMPParameters``, e.g. from a
    KTAB file) or the EUM's (``EUMParameters``), ``None`` for the defaults. SMP maps each
    axis onto KTAB's [0, 1] by its bounds and its positions back."""
    if name == "smp":
        from .smp import SMPParameters, run_smp

        return run_smp(model, params if isinstance(params, SMPParameters) else None)
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
