"""Plotly figures for the pages, as the plain JSON plotly.js draws (``{"data", "layout"}``).

The figures only place what the library computed: the frontier and the bargaining
solutions of :func:`zopa.analysis.analyze`, the frontier with every red line dropped
(:func:`zopa.analysis.frontier_points` with ``active=[]``) for context, the parties' values
and the options their red lines exclude (:class:`~zopa.analysis.IssueStatus`), and the
standing of each version (:func:`zopa.history.standing`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..analysis import Analysis, frontier_points
from .service import TimelinePoint

__all__ = ["frontier_figure", "heatmap_figure", "timeline_figure"]

Figure = dict[str, Any]

_SOLUTION_TITLES = {"nash": "Nash", "kalai_smorodinsky": "Kalai-Smorodinsky",
                    "egalitarian": "Egalitarian", "utilitarian": "Utilitarian"}
_LAYOUT = {"margin": {"l": 60, "r": 20, "t": 40, "b": 50}, "height": 420,
           "template": None, "font": {"size": 12}}


def frontier_figure(analysis: Analysis) -> Figure:
    """The Pareto frontier (first two negotiators' utilities), the solutions on it, the
    reservations, and in grey the frontier if every red line were dropped."""
    s = analysis.scenario
    parties = analysis.parties
    titles = [s.party(p).title for p in parties]
    unconstrained = frontier_points(analysis.space, active=[])
    data: list[dict[str, Any]] = []
    if len(unconstrained):
        data.append({"type": "scatter", "mode": "markers", "name": "without red lines",
                     "x": [float(u[0]) for u in unconstrained.utility],
                     "y": [float(u[1]) for u in unconstrained.utility],
                     "marker": {"color": "#bbbbbb", "size": 6}})
    points = analysis.frontier
    data.append({"type": "scatter", "mode": "lines+markers", "name": "Pareto frontier",
                 "x": [p.utilities[0] for p in points], "y": [p.utilities[1] for p in points],
                 "text": [_outcome_text(p.outcome) for p in points],
                 "marker": {"color": "#1f6feb", "size": 8}, "line": {"shape": "hv"}})
    for name, package in analysis.solutions.items():
        if package is not None:
            data.append({"type": "scatter", "mode": "markers", "name": _SOLUTION_TITLES[name],
                         "x": [package.utilities[0]], "y": [package.utilities[1]],
                         "text": [_outcome_text(package.outcome)],
                         "marker": {"size": 14, "symbol": "star"}})
    r = analysis.space.reservations
    shapes = [
        {"type": "line", "x0": float(r[0]), "x1": float(r[0]), "y0": 0, "y1": 1,
         "line": {"dash": "dot", "color": "#cf222e"}},
        {"type": "line", "x0": 0, "x1": 1, "y0": float(r[1]), "y1": float(r[1]),
         "line": {"dash": "dot", "color": "#cf222e"}},
    ]
    title = "Pareto frontier" if points else "No agreement space: frontier empty"
    if len(parties) > 2:
        title += f" (first two of {len(parties)} parties)"
    return {"data": data, "layout": {
        **_LAYOUT, "title": {"text": title}, "shapes": shapes,
        "xaxis": {"title": {"text": f"utility of {titles[0]}"}, "range": [0, 1.02]},
        "yaxis": {"title": {"text": f"utility of {titles[1]}"}, "range": [0, 1.02]},
        "legend": {"orientation": "h", "y": -0.2}}}


def heatmap_figure(analysis: Analysis) -> Figure:
    """Issues and options down, negotiators across: each party's value of each option;
    an option its red lines exclude is marked with a cross."""
    s = analysis.scenario
    space = analysis.space
    rows: list[str] = []
    z: list[list[float]] = []
    marks: list[list[str]] = []
    for i, status in enumerate(analysis.issues):
        issue = s.issue(status.id)
        for o, option in enumerate(space.options[i]):
            rows.append(f"{issue.id} · {option}")
            z.append([float(space.values[i][o, k]) for k in range(space.party_count)])
            marks.append([("✕ " if option not in status.acceptable[p] else "")
                          + f"{space.values[i][o, k]:.2f}"
                          for k, p in enumerate(space.parties)])
    return {"data": [{"type": "heatmap", "z": z, "x": [s.party(p).title for p in space.parties],
                      "y": rows, "text": marks, "texttemplate": "%{text}", "zmin": 0, "zmax": 1,
                      "colorscale": [[0, "#d73027"], [0.5, "#fee08b"], [1, "#1a9850"]],
                      "colorbar": {"title": {"text": "value"}},
                      "hovertemplate": "%{y}<br>%{x}: %{text}<extra></extra>"}],
            "layout": {**_LAYOUT, "height": max(320, 24 * len(rows) + 80),
                       "title": {"text": "Values by issue and option (✕ ruled out by a red "
                                         "line)"},
                       "yaxis": {"autorange": "reversed", "automargin": True}}}


def timeline_figure(points: Sequence[TimelinePoint]) -> Figure:
    """Across versions: the agreement space's size, the number of blocked issues, and
    each negotiator's utility in the Nash package."""
    x = [f"v{p.version.number}" for p in points]
    sizes = [p.standing.agreement_space if p.standing.agreement_space is not None
             else p.standing.estimate for p in points]
    data: list[dict[str, Any]] = [
        {"type": "bar", "name": "agreement space (packages)", "x": x, "y": sizes,
         "marker": {"color": "#1f6feb"}, "yaxis": "y"},
        {"type": "scatter", "mode": "lines+markers", "name": "blocked issues", "x": x,
         "y": [len(p.standing.blocked) for p in points],
         "text": [", ".join(p.standing.blocked) or "none" for p in points],
         "line": {"color": "#cf222e"}, "yaxis": "y2"},
    ]
    parties = points[-1].standing.parties if points else ()
    for k, party in enumerate(parties):
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": f"Nash: {party}", "x": x,
            "y": [_nash_utility(p, party) for p in points],
            "text": [_outcome_text(p.standing.nash.outcome) if p.standing.nash else "no deal"
                     for p in points],
            "yaxis": "y3", "line": {"dash": "dash" if k % 2 else "solid"}})
    return {"data": data, "layout": {
        **_LAYOUT, "height": 520, "title": {"text": "How the case moved across versions"},
        "yaxis": {"title": {"text": "agreement space"}, "domain": [0.70, 1.0],
                  "rangemode": "tozero"},
        "yaxis2": {"title": {"text": "blocked"}, "domain": [0.38, 0.62], "rangemode": "tozero",
                   "dtick": 1},
        "yaxis3": {"title": {"text": "Nash utility"}, "domain": [0.0, 0.30], "range": [0, 1]},
        "xaxis": {"anchor": "y3"}, "legend": {"orientation": "h", "y": -0.15}}}


def _nash_utility(point: TimelinePoint, party: str) -> float | None:
    nash = point.standing.nash
    if nash is None or party not in point.standing.parties:
        return None
    return nash.utilities[point.standing.parties.index(party)]


def _outcome_text(outcome: Any) -> str:
    return "<br>".join(f"{k}: {v}" for k, v in dict(outcome).items())
