"""Forecasts laid out: the terminal brief, the figures, the HTML of ``zopa forecast --html``
and the forecast section of the report and of the workbench's case page.

- :func:`trajectory_figure`: each actor's position on each dimension at every state of
  the model, one panel per dimension, the forecast as a dashed line;
- :func:`actor_map_figure`: the actor map, capability against position on each
  dimension, a marker's size its salience, the forecast as a dashed line;
- :func:`monte_carlo_figure`: the distribution of the forecast over the Monte Carlo
  samples, a box per dimension (as a share of its axis, so that they share one scale);
- :func:`forecast_view`: what the partial ``templates/_forecast.html.j2`` reads (the
  brief's lines and the charts); :func:`scenario_forecast` computes it for a scenario
  with the model the report uses (SMP when installed, else the EUM).

Everything shown is computed in :mod:`zopa.forecast`; this module only lays it out.

>>> from zopa.examples import load_example
>>> view = scenario_forecast(load_example(), model="mean")
>>> sorted(view.charts), view.context["model"]
(['forecast-map', 'forecast-trajectories'], 'mean')
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..errors import ScenarioError
from ..forecast.brief import ForecastBrief, read_forecast
from ..forecast.montecarlo import MonteCarlo
from ..forecast.spatial import Forecast, SpatialModel
from ..scenario.model import Scenario

__all__ = ["FORECAST_TEMPLATE", "ForecastView", "actor_map_figure", "forecast_html",
           "forecast_text", "forecast_view", "monte_carlo_figure", "scenario_forecast",
           "trajectory_figure", "write_forecast_html"]

#: The partial template of the forecast section (report and workbench).
FORECAST_TEMPLATE = "_forecast.html.j2"
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf"]


def _grid(d: int) -> tuple[int, int]:
    cols = 1 if d == 1 else 2 if d <= 4 else 3
    return math.ceil(d / cols), cols


def _titles(brief: ForecastBrief, model: SpatialModel) -> list[str]:
    return ["<br>".join(textwrap.wrap(brief.dimension_names.get(d, d), 34))
            for d in model.dimensions]


def _names(brief: ForecastBrief) -> list[str]:
    return [a.name for a in brief.actors]


def trajectory_figure(forecast: Forecast, model: SpatialModel,
                      brief: ForecastBrief) -> go.Figure:
    """Positions at every state, one panel per dimension."""
    rows, cols = _grid(model.n_dimensions)
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=_titles(brief, model))
    states = list(range(forecast.history.shape[2]))
    for k, dim in enumerate(model.dimensions):
        row, col = k // cols + 1, k % cols + 1
        for i, name in enumerate(_names(brief)):
            fig.add_trace(go.Scatter(
                x=states, y=forecast.history[i, k].tolist(), mode="lines+markers",
                name=name, legendgroup=name, showlegend=k == 0,
                line={"color": COLOURS[i % len(COLOURS)]}), row=row, col=col)
        fig.add_hline(y=forecast.forecast[dim], line_dash="dash", line_color="#555",
                      row=row, col=col)
        fig.update_yaxes(range=[float(model.bounds[k, 0]), float(model.bounds[k, 1])],
                         row=row, col=col)
    from ..forecast.brief import MODEL_NAMES

    name = MODEL_NAMES.get(forecast.model, forecast.model)
    fig.update_layout(title=f"Positions at every step ({name}); dashed: the forecast",
                      template="plotly_white", height=300 * rows + 100)
    fig.update_xaxes(title_text="step")
    if len(states) == 1:
        fig.update_xaxes(range=[-0.5, 0.5], tickvals=[0])
    return fig


def actor_map_figure(forecast: Forecast, model: SpatialModel,
                     brief: ForecastBrief) -> go.Figure:
    """Capability against starting position, per dimension; size: salience."""
    rows, cols = _grid(model.n_dimensions)
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=_titles(brief, model))
    names = _names(brief)
    for k, dim in enumerate(model.dimensions):
        row, col = k // cols + 1, k % cols + 1
        fig.add_trace(go.Scatter(
            x=model.position[:, k].tolist(), y=model.capability.tolist(),
            mode="markers+text", text=names, textposition="top center", showlegend=False,
            cliponaxis=False,
            marker={"size": (8 + 30 * model.salience[:, k]).tolist(),
                    "color": [COLOURS[i % len(COLOURS)] for i in range(model.n_actors)]},
            hovertemplate="%{text}: position %{x}, capability %{y}<extra></extra>"),
            row=row, col=col)
        fig.add_vline(x=forecast.forecast[dim], line_dash="dash", line_color="#555",
                      row=row, col=col)
        low, high = float(model.bounds[k, 0]), float(model.bounds[k, 1])
        pad = (high - low) * 0.08
        fig.update_xaxes(range=[low - pad, high + pad], row=row, col=col)
        fig.update_yaxes(range=[0, float(model.capability.max()) * 1.25 or 1.0],
                         row=row, col=col)
    fig.update_layout(title="Actor map: capability and position (size: salience); "
                            "dashed: the forecast", template="plotly_white",
                      height=300 * rows + 100)
    fig.update_yaxes(title_text="capability", col=1)
    return fig


def monte_carlo_figure(simulation: MonteCarlo, model: SpatialModel,
                       brief: ForecastBrief) -> go.Figure:
    """The forecast's distribution over the samples, per dimension, as % of its axis."""
    fig = go.Figure()
    span = model.bounds[:, 1] - model.bounds[:, 0]
    for k, title in enumerate(_titles(brief, model)):
        share = (simulation.outcomes[:, k] - model.bounds[k, 0]) / span[k] * 100
        fig.add_trace(go.Box(y=share.tolist(), name=title, boxpoints=False))
    fig.update_layout(
        title=f"The forecast over {simulation.samples:,} samples (seed {simulation.seed})",
        yaxis={"title": {"text": "position, % of the axis"}, "range": [0, 100]},
        template="plotly_white", showlegend=False, height=420)
    return fig


def forecast_text(brief: ForecastBrief, simulation: MonteCarlo | None = None) -> str:
    """The terminal brief, with the Monte Carlo quantiles when there are samples."""
    lines = brief.lines()
    if simulation is not None:
        lines.append(f"Monte Carlo: {simulation.samples:,} samples, seed {simulation.seed}, "
                     f"{len(simulation.intervals)} uncertain inputs; quantiles 5/25/50/75/95%:")
        for dim, q in simulation.quantiles.items():
            values = " / ".join(_number(v) for v in q)
            lines.append(f"  {brief.dimension_names.get(dim, dim)}: {values}")
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


@dataclass(frozen=True)
class ForecastView:
    """The forecast section as the partial reads it: ``context`` (the template's
    ``forecast``) and ``charts`` (``forecast-trajectories``, ``forecast-map``)."""

    context: Mapping[str, Any]
    charts: Mapping[str, go.Figure]


def forecast_view(forecast: Forecast, model: SpatialModel, brief: ForecastBrief) -> ForecastView:
    """The forecast of ``model`` as the section shows it."""
    charts = {"forecast-trajectories": trajectory_figure(forecast, model, brief),
              "forecast-map": actor_map_figure(forecast, model, brief)}
    from ..forecast.brief import MODEL_NAMES

    lines = brief.lines()   # the first says the model and its steps: the section's lead
    return ForecastView({"model": forecast.model, "name": MODEL_NAMES.get(forecast.model,
                                                                        forecast.model),
                         "heading": lines[0], "lines": [x.strip() for x in lines[1:]],
                         "error": None}, charts)


def scenario_forecast(scenario: Scenario, model: str | None = None) -> ForecastView:
    """The scenario's forecast by ``model`` (default KTAB's SMP); a scenario that cannot be
    forecast gives a view with its ``error``."""
    from ..forecast.from_scenario import smp_actors, spatial_model
    from ..forecast.models import run_model

    name = model or "smp"
    try:
        spatial = spatial_model(scenario)
        if name == "smp":
            smp_actors(scenario, spatial)
        result = run_model(spatial, name)
    except ScenarioError as exc:
        return ForecastView({"model": name, "lines": [], "error": exc.message}, {})
    return forecast_view(result, spatial, read_forecast(result, spatial, scenario))


def forecast_html(forecast: Forecast, model: SpatialModel, brief: ForecastBrief,
                  simulation: MonteCarlo | None = None) -> str:
    """A self-contained page (plotly.js inlined): the brief and the figures."""
    import html

    from .plotlyjs import bundle_script

    figures = [trajectory_figure(forecast, model, brief), actor_map_figure(forecast, model,
                                                                          brief)]
    if simulation is not None:
        figures.append(monte_carlo_figure(simulation, model, brief))
    parts = [f"<script>{bundle_script()}</script>"]
    parts += [fig.to_html(full_html=False, include_plotlyjs=False) for fig in figures]
    text = forecast_text(brief, simulation)
    title = html.escape(model.name or "Forecast")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}: zopa forecast</title></head>"
            "<body style=\"font-family: system-ui, sans-serif; margin: 24px\">"
            f"<h1>{title}</h1><pre style=\"white-space: pre-wrap\">{html.escape(text)}</pre>"
            + "".join(parts) + "</body></html>\n")


def write_forecast_html(path: str | Path, forecast: Forecast, model: SpatialModel,
                        brief: ForecastBrief, simulation: MonteCarlo | None = None) -> Path:
    """Write :func:`forecast_html` to ``path``, atomically."""
    from ..files import write_atomically

    write_atomically(path, forecast_html(forecast, model, brief, simulation).encode("utf-8"))
    return Path(path)
