"""The forecast's figures, brief and HTML, and its section of the report."""

from __future__ import annotations

import numpy as np

from zopa.examples import load_example
from zopa.forecast import read_forecast, run_model, spatial_model
from zopa.forecast.brief import read_forecast as read
from zopa.forecast.spatial import SpatialModel
from zopa.render.forecast import actor_map_figure, forecast_html, trajectory_figure
from zopa.render.report import build_report


def test_figures_follow_the_history() -> None:
    s = load_example("ukraine-russia-2022-03")
    m = spatial_model(s)
    f = run_model(m, "eum")
    b = read_forecast(f, m, s)
    fig = trajectory_figure(f, m, b)
    assert len(fig.data) == m.n_actors * m.n_dimensions
    assert list(fig.data[0].y) == f.history[0, 0].tolist()
    amap = actor_map_figure(f, m, b)
    assert list(amap.data[0].y) == m.capability.tolist()
    html = forecast_html(f, m, b)
    assert html.count("plotly-graph-div") >= 2 and "Who must move" in html


def test_brief_names_red_lines_crossed() -> None:
    s = load_example("ukraine-russia-2022-03")
    m = spatial_model(s)
    b = read_forecast(run_model(m, "mean"), m, s)
    crossed = {(c.actor, c.dimensions) for c in b.crossings}
    assert ("russia", ("crimea",)) in crossed and ("russia", ("donbas",)) in crossed
    assert all(c.actor != "ukraine" for c in b.crossings)
    assert b.options["crimea"].startswith("Status left to fifteen years")


def test_brief_limits_for_files_without_red_lines() -> None:
    limits = np.array([[[0.0, 100.0]], [[60.0, 100.0]]])
    m = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[3, 1],
                           position=[[0.0], [100.0]], salience=[[1.0], [1.0]], limits=limits)
    b = read(run_model(m, "mean"), m)
    assert [(c.actor, c.dimensions) for c in b.crossings] == [("b", ("x",))]
    assert any("Across a red line: b" in line for line in b.lines())


def test_the_report_has_a_forecast_section() -> None:
    html = build_report(load_example(), samples=50)
    assert '<section id="forecast">' in html
    assert 'id="chart-forecast-trajectories"' in html and 'id="chart-forecast-map"' in html
