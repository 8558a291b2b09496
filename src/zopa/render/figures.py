"""The report's charts, as plotly figures (the HTML report draws them with plotly.js).

- :func:`preferences_heatmap`: what each party wants on each issue (its value of every
  option, 0 to 1), the options its own red lines exclude marked with a cross;
- :func:`frontier_figure`: the outcomes in utility space (first two negotiators), the
  reservations, the agreement space and its Pareto frontier, the frontier each minimal
  concession would open, the solution packages and the single text's drafts;
- :func:`concessions_figure`: how many packages each minimal concession opens;
- :func:`adjusted_winner_figure`: the points each side puts on each issue and who gets it;
- :func:`sensitivity_figure`, :func:`solutions_figure`, :func:`nash_spread_figure`: the
  Monte Carlo shares, the packages the solutions chose most often, and the spread of
  each party's utility at the Nash package.

Every function reads results computed elsewhere (or calls the core's frontier), and
costs little beyond that: the cloud of all outcomes is drawn (as SVG, so that no WebGL is
needed) only for outcome spaces of at most ``CLOUD_LIMIT`` outcomes; a numeric issue shows
at most ``MAX_COLUMNS`` of its options in the heat map.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> fig = preferences_heatmap(compile_space(load_example()))
>>> [trace.type for trace in fig.data]
['heatmap', 'scatter', 'heatmap', 'scatter']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..analysis import Analysis, Package, SolutionName, frontier_points
from ..analysis.frontier import iterate_outcomes
from ..mediation.adjusted_winner import AdjustedWinner
from ..mediation.packages import acceptable, relax
from ..mediation.sensitivity import Sensitivity
from ..mediation.single_text import SingleText
from ..scenario.model import Scenario
from ..space import Space

__all__ = [
    "CLOUD_LIMIT",
    "MAX_COLUMNS",
    "adjusted_winner_figure",
    "concessions_figure",
    "frontier_figure",
    "nash_spread_figure",
    "package_letters",
    "preferences_heatmap",
    "sensitivity_figure",
    "solutions_figure",
]

CLOUD_LIMIT = 10_000
MAX_COLUMNS = 12
SOLUTION_TITLES = {"nash": "Nash", "kalai_smorodinsky": "Kalai-Smorodinsky",
                   "egalitarian": "Egalitarian", "utilitarian": "Utilitarian"}
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]
_LAYOUT: dict[str, Any] = {"template": "plotly_white", "margin": {"l": 60, "r": 20, "t": 50,
                                                                   "b": 50},
                           "font": {"family": "system-ui, sans-serif", "size": 12}}


def preferences_heatmap(space: Space) -> go.Figure:
    """One panel per negotiator, one above the other: issues down, options across, colour =
    the party's value of the option."""
    scenario = space.scenario
    parties = space.parties
    fig = make_subplots(rows=len(parties), cols=1, shared_xaxes=True,
                        subplot_titles=[scenario.party(p).title for p in parties],
                        vertical_spacing=0.08)
    columns = [_columns(n) for n in space.sizes]
    width = max(len(c) for c in columns)
    titles = [_short(issue.title, 34) for issue in scenario.issues]
    for k, party in enumerate(parties):
        z = np.full((len(space.issues), width), np.nan)
        text = [[""] * width for _ in space.issues]
        hover = [[""] * width for _ in space.issues]
        crossed_x, crossed_y, crossed_text = [], [], []
        prefs = scenario.preferences[party]
        total = sum(_mid(w) for w in prefs.weights.values())
        for i, issue in enumerate(scenario.issues):
            weight = _mid(prefs.weights.get(issue.id, 0.0)) / total
            excluded = np.zeros(space.sizes[i], dtype=bool)
            for red_line in space.red_lines:
                if red_line.party == party and red_line.issues == (i,):
                    excluded |= red_line.forbidden[0]
            for c, o in enumerate(columns[i]):
                option = space.options[i][o]
                label = issue.label(option)
                z[i, c] = space.values[i][o, k]
                text[i][c] = _compact(option) if issue.numeric else _short(str(option), 13)
                hover[i][c] = (f"{issue.title}<br>{label}<br>value {z[i, c]:.2f}, "
                               f"weight {weight:.0%}" + ("<br><b>red line</b>"
                                                          if excluded[o] else ""))
                if excluded[o]:
                    crossed_x.append(c + 1)
                    crossed_y.append(titles[i])
                    crossed_text.append(hover[i][c])
        fig.add_trace(go.Heatmap(
            z=z, x=list(range(1, width + 1)), y=titles, text=text, texttemplate="%{text}",
            textfont={"size": 10}, hovertext=hover, hoverinfo="text", zmin=0, zmax=1,
            colorscale="Blues", showscale=k == 0, colorbar={"title": {"text": "value"}},
            xgap=2, ygap=2), row=k + 1, col=1)
        fig.add_trace(go.Scatter(
            x=crossed_x, y=crossed_y, mode="markers", hovertext=crossed_text,
            hoverinfo="text", name="ruled out by the party's red line", showlegend=k == 0,
            marker={"symbol": "x-thin", "size": 26, "color": "#d62728",
                    "line": {"width": 3, "color": "#d62728"}}), row=k + 1, col=1)
        fig.update_yaxes(autorange="reversed", row=k + 1, col=1)
    fig.update_xaxes(title_text="option (in the order of the scenario)", dtick=1,
                     row=len(parties), col=1)
    fig.update_layout(**_LAYOUT, title="What each party wants: its value of each option",
                      height=140 + len(parties) * (50 + 42 * len(space.issues)),
                      legend={"orientation": "h", "y": -0.08})
    return fig


def frontier_figure(space: Space, analysis: Analysis, *,
                    opened: Sequence[tuple[Sequence[str],
                                           Mapping[SolutionName, Package | None]]] = (),
                    text: SingleText | None = None) -> go.Figure:
    """The utility space of the first two negotiators.

    ``opened`` pairs minimal concessions (red line names) with the solution packages of
    the space each opens; ``text`` adds the single text's drafts as a path.
    """
    scenario = space.scenario
    names = [scenario.party(p).title for p in space.parties[:2]]
    fig = go.Figure()
    if space.outcome_count <= CLOUD_LIMIT:
        rows = next(iterate_outcomes(space.sizes, chunk=space.outcome_count))
        utility = space.utilities(rows)
        ok = acceptable(space, rows)
        crossing = space.violations(rows).any(axis=1)
        for mask, label, colour in ((crossing, "crosses a red line", "#d9d9d9"),
                                    (~crossing & ~ok, "below a reservation", "#9ecae1"),
                                    (ok, "agreement space", "#31a354")):
            if mask.any():
                fig.add_trace(go.Scatter(
                    x=utility[mask, 0], y=utility[mask, 1], mode="markers", name=label,
                    marker={"size": 4, "color": colour}, hoverinfo="skip"))
    free = frontier_points(space, active=[])
    if len(free):
        fig.add_trace(go.Scatter(
            x=free.utility[:, 0], y=free.utility[:, 1], mode="lines",
            name="frontier without red lines", line={"dash": "dot", "color": "#636363"}))
    for k, (dropped, _) in enumerate(opened):
        points = frontier_points(relax(space, dropped))
        if len(points):
            fig.add_trace(go.Scatter(
                x=points.utility[:, 0], y=points.utility[:, 1], mode="lines+markers",
                name="frontier if " + " + ".join(dropped) + " dropped",
                line={"color": COLOURS[(k + 2) % len(COLOURS)]}, marker={"size": 5}))
    if analysis.frontier:
        u = np.array([p.utilities for p in analysis.frontier])
        fig.add_trace(go.Scatter(x=u[:, 0], y=u[:, 1], mode="lines+markers",
                                 name="Pareto frontier", line={"color": "#006d2c", "width": 3}))
    solutions: list[tuple[str, Package]] = [
        (n, p) for n, p in analysis.solutions.items() if p is not None]
    if not solutions and opened:
        solutions = [(n, p) for n, p in opened[0][1].items() if p is not None]
    symbols = {"nash": "star", "kalai_smorodinsky": "diamond", "egalitarian": "square",
               "utilitarian": "triangle-up"}
    for name, package in solutions:
        fig.add_trace(go.Scatter(
            x=[package.utilities[0]], y=[package.utilities[1]], mode="markers",
            name=SOLUTION_TITLES[name], hovertext=_describe(package), hoverinfo="text",
            marker={"size": 14, "symbol": symbols[name], "color": "#ff7f0e",
                    "line": {"width": 1, "color": "black"}}))
    if text is not None and len(text.drafts):
        u = np.array([d.package.utilities for d in text.drafts])
        fig.add_trace(go.Scatter(
            x=u[:, 0], y=u[:, 1], mode="lines+markers+text", name="single text drafts",
            text=[str(d.number) for d in text.drafts], textposition="bottom center",
            line={"color": "#6a51a3", "dash": "dash"}, marker={"size": 9}))
    r = space.reservations
    fig.add_vline(x=float(r[0]), line={"dash": "dash", "color": "#d62728", "width": 1},
                  annotation_text=f"{names[0]} reservation", annotation_position="top")
    fig.add_hline(y=float(r[1]), line={"dash": "dash", "color": "#d62728", "width": 1},
                  annotation_text=f"{names[1]} reservation", annotation_position="top left")
    more = (f" (first two of {space.party_count} parties)" if space.party_count > 2 else "")
    fig.update_layout(**_LAYOUT, title=f"Utility space{more}", height=560,
                      xaxis_title=f"utility of {names[0]}",
                      yaxis_title=f"utility of {names[1]}",
                      legend={"orientation": "h", "y": -0.2},
                      xaxis={"range": [-0.02, 1.02]}, yaxis={"range": [-0.02, 1.05]})
    return fig


def concessions_figure(analysis: Analysis) -> go.Figure:
    """How many packages each minimal concession would make acceptable."""
    labels = [" + ".join(c.red_lines) for c in analysis.concessions]
    counts = [c.opens if c.opens is not None else 0 for c in analysis.concessions]
    fig = go.Figure(go.Bar(x=counts, y=labels, orientation="h", marker_color="#3182bd",
                           text=[f"{c:,}" for c in counts], textposition="auto"))
    fig.update_layout(**_LAYOUT, title="Packages each minimal concession would open",
                      height=140 + 40 * len(labels), xaxis_title="acceptable packages",
                      yaxis={"autorange": "reversed"})
    return fig


def adjusted_winner_figure(result: AdjustedWinner) -> go.Figure:
    """Each side's points per issue; bar outlines show who gets the issue."""
    a, b = result.table.parties
    issues = list(result.table.issues)
    fig = go.Figure()
    for k, party in enumerate((a, b)):
        owner = [result.allocation.get(i) == party or (
            result.split is not None and result.split.issue == i) for i in issues]
        fig.add_trace(go.Bar(
            name=party, x=issues, y=[float(p[k]) for p in result.table.points],
            marker={"color": COLOURS[k], "opacity": [1.0 if o else 0.35 for o in owner]}))
    fig.update_layout(**_LAYOUT, barmode="group", height=380, yaxis_title="points (of 100)",
                      title="Adjusted Winner: points per issue (solid: the issue goes to "
                            "that side; both solid: split)")
    return fig


def sensitivity_figure(result: Sensitivity, scenario: Scenario) -> go.Figure:
    """The shares of samples: a deal exists, each issue is the bottleneck, each minimal
    concession opens a deal."""
    labels = ["agreement space exists"]
    values = [result.agreement]
    colours = ["#31a354"]
    for issue in scenario.issues:
        labels.append(f"bottleneck: {_short(issue.title, 40)}")
        values.append(result.bottlenecks[issue.id])
        colours.append("#d62728")
    for names, share in result.concessions:
        labels.append("opens: " + " + ".join(names))
        values.append(share)
        colours.append("#3182bd")
    fig = go.Figure(go.Bar(x=values, y=labels, orientation="h", marker_color=colours,
                           text=[f"{v:.0%}" for v in values], textposition="auto"))
    fig.update_layout(**_LAYOUT, title=f"Share of {result.samples:,} samples",
                      height=160 + 28 * len(labels),
                      xaxis={"range": [0, 1], "tickformat": ".0%"},
                      yaxis={"autorange": "reversed"})
    return fig


def package_letters(result: Sensitivity) -> list[tuple[str, Mapping[str, Any]]]:
    """The distinct packages the solutions chose most often, lettered A, B, ..."""
    seen: dict[tuple[tuple[str, Any], ...], str] = {}
    out = []
    for found in result.solutions.values():
        for freq in found:
            key = tuple(freq.outcome.items())
            if key not in seen:
                seen[key] = _letter(len(seen))
                out.append((seen[key], freq.outcome))
    return out


def solutions_figure(result: Sensitivity) -> go.Figure:
    """For each bargaining solution, how often it chose each package (lettered)."""
    letters = {tuple(o.items()): letter for letter, o in package_letters(result)}
    fig = go.Figure()
    for k, (name, found) in enumerate(result.solutions.items()):
        fig.add_trace(go.Bar(
            name=SOLUTION_TITLES[name], x=[letters[tuple(f.outcome.items())] for f in found],
            y=[f.share for f in found], marker_color=COLOURS[k % len(COLOURS)]))
    fig.update_layout(**_LAYOUT, barmode="group", height=360,
                      title="Packages chosen most often by each solution",
                      yaxis={"tickformat": ".0%", "title": "share of samples"},
                      xaxis_title="package (see the table)")
    return fig


def nash_spread_figure(result: Sensitivity, scenario: Scenario, limit: int = 2000
                       ) -> go.Figure:
    """Each party's utility at the Nash package over the samples (at most ``limit``)."""
    fig = go.Figure()
    for k, party in enumerate(result.parties):
        column = result.nash_utilities[:limit, k]
        column = column[~np.isnan(column)]
        fig.add_trace(go.Violin(y=column, name=scenario.party(party).title, box_visible=True,
                                meanline_visible=True, line_color=COLOURS[k % len(COLOURS)],
                                points=False))
    fig.update_layout(**_LAYOUT, height=380, showlegend=False,
                      title="Utility at the Nash package, across the samples",
                      yaxis_title="utility")
    return fig


def _columns(n: int) -> list[int]:
    """The options shown for an issue of ``n`` options (all, or an even selection)."""
    if n <= MAX_COLUMNS:
        return list(range(n))
    return sorted({round(x) for x in np.linspace(0, n - 1, MAX_COLUMNS)})


def _letter(k: int) -> str:
    out = ""
    k += 1
    while k:
        k, rem = divmod(k - 1, 26)
        out = chr(65 + rem) + out
    return out


def _compact(option: Any) -> str:
    """A number in few characters: 150000 -> 150k."""
    x = float(option)
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= size:
            return f"{x / size:g}{suffix}"
    return f"{x:g}"


def _describe(package: Package) -> str:
    return "<br>".join(f"{i}: {o}" for i, o in package.outcome.items()) + "<br>" + ", ".join(
        f"{u:.3f}" for u in package.utilities)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _mid(value: Any) -> float:
    from ..scenario.model import midpoint

    return midpoint(value)
