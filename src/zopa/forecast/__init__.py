"""Forecasts: where the outcome lands, by the spatial bargaining models analysts use.

:mod:`zopa.forecast.spatial` holds the model every forecast reads and the result every
model returns.
"""

from zopa.forecast.spatial import FirstRound, Forecast, SpatialModel

__all__ = ["FirstRound", "Forecast", "SpatialModel"]
