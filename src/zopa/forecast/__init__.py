"""Forecasts: where the outcome lands, by the spatial bargaining models analysts use.

:mod:`zopa.forecast.spatial` holds the model every forecast reads and the result every
model returns. A zopa scenario becomes a spatial model in
:mod:`~zopa.forecast.from_scenario`, a KTAB file in :mod:`~zopa.forecast.ktab`
(:func:`read_ktab`); :mod:`~zopa.forecast.inputs` reads every file
``zopa forecast`` accepts. The models, one module each: KTAB's SMP
(:mod:`~zopa.forecast.smp`), Bueno de Mesquita's EUM (:mod:`~zopa.forecast.eum`), the
baselines (:mod:`~zopa.forecast.baselines`), dispatched by name in
:func:`~zopa.forecast.models.run_model`. :mod:`~zopa.forecast.montecarlo` runs them over
the analyst's intervals; :mod:`~zopa.forecast.brief` reads a forecast in words.
"""

from zopa.forecast.brief import ForecastBrief, read_forecast
from zopa.forecast.from_scenario import spatial_model, uncertain_model
from zopa.forecast.inputs import ForecastInput, read_eum_csv, read_input
from zopa.forecast.ktab import read_ktab
from zopa.forecast.models import MODELS, run_model
from zopa.forecast.montecarlo import MonteCarlo, monte_carlo
from zopa.forecast.smp import SMPParameters, run_smp
from zopa.forecast.spatial import FirstRound, Forecast, SpatialModel
from zopa.forecast.uncertain import UncertainModel

__all__ = [
    "MODELS",
    "FirstRound",
    "Forecast",
    "ForecastBrief",
    "ForecastInput",
    "MonteCarlo",
    "SMPParameters",
    "SpatialModel",
    "UncertainModel",
    "monte_carlo",
    "read_eum_csv",
    "read_forecast",
    "read_input",
    "read_ktab",
    "run_model",
    "run_smp",
    "spatial_model",
    "uncertain_model",
]
