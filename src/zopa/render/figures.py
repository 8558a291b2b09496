"""The charts of the report and of the web workbench, as plotly figures (drawn by
plotly.js in the page).

- :func:`preferences_heatmap`: what each party wants on each issue (its value of every
  option, 0 to 1), the options its own red lines exclude marked with a cross;
- :func:`frontier_figure`: the outcomes in utility space (first two negotiators), the
  reservations, the agreement space and its Pareto frontier, the frontier without red
  lines, the frontier each minimal concession would open (:func:`concession_spaces`), the
  solution packages and the single text's drafts;
- :func:`concessions_figure`: how many packages each minimal concession opens;
- :func:`adjusted_winner_figure`: the points each side puts on each issue and who gets it;
- :func:`sensitivity_figure`, :func:`solutions_figure`, :func:`nash_spread_figure`: the
  Monte Carlo shares, the packages the solutions chose most often, and the spread of
  each party's utility at the Nash package;
- :func:`chart_json`: a figure as JSON that can sit inside a ``<script>`` element, the
  form in which pages carry their charts (``templates/_chart.html.j2``).

Every function reads results computed elsewhere (or calls the core's frontier), and
costs little beyond that: the cloud of all outcomes is drawn (as SVG, so that no WebGL is
needed) only for outcome spaces of at most ``CLOUD_LIMIT`` outcomes, and only when asked
(the web's what-if leaves it out: it redraws on every move of a slider); a numeric issue
shows at most ``MAX_COLUMNS`` of its options in the heat map. Figures start from a lean
copy of plotly's ``plotly_white`` template (its page and axis settings only): building a
figure on the whole template costs tens of milliseconds, most of a what-if update.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> fig = preferences_heatmap(compile_space(load_example()))
>>> [trace.type for trace in fig.data]
['heatmap', 'scatter', 'heatmap', 'scatter']
>>> "</" in chart_json({"data": [], "layout": {"title": {"text": "</script>"}}})
False
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go

from ..analysis import (
    SOLUTION_TITLES,
    Analysis,
    Package,
    SolutionName,
    analyze,
    frontier_points,
)
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
    "Opened",
    "adjusted_winner_figure",
    "chart_json",
    "concession_spaces",
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
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]
_LAYOUT: dict[str, Any] = {"margin": {"l": 60, "r": 20, "t": 50, "b": 50},
                           "font": {"family": "system-ui, sans-serif", "size": 12}}
#: The parts of ``plotly_white`` that 2-D charts use.
_TEMPLATE_KEYS = ("colorway", "font", "hovermode", "hoverlabel", "paper_bgcolor",
                  "plot_bgcolor", "xaxis", "yaxis", "coloraxis", "shapedefaults",
                  "annotationdefaults", "title")

#: A minimal concession (red line names) and the solution packages of the space it opens.
Opened = tuple[Sequence[str], Mapping[SolutionName, Package | None]]


@functools.cache
def _template() -> dict[str, Any]:
    import plotly.io as pio

    layout = pio.templates["plotly_white"].layout.to_plotly_json()
    return {"layout": {k: layout[k] for k in _TEMPLATE_KEYS if k in layout}}


def _figure(data: Sequence[Any] = (), **layout: Any) -> go.Figure:
    """A figure on the lean template (see the module docstring)."""
    return go.Figure(data=list(data), layout={"template": _template(), **_LAYOUT, **layout})


def chart_json(figure: go.Figure | Mapping[str, Any]) -> str:
    """The figure (or a plain ``{"data", "layout"}`` mapping) as JSON that is safe inside a
    ``<script>`` element: ``<\\/`` is ``</`` in JSON, and no ``</script>`` can end it."""
    import plotly.io as pio

    text: str = figure.to_json() if isinstance(figure, go.Figure) else pio.to_json(
        dict(figure), validate=False)
    return text.replace("</", "<\\/")


def preferences_heatmap(space: Space) -> go.Figure:
    """One panel per negotiator, one above the other: issues down, options across, colour =
    the party's value of the option; a cross on each option the party's own red lines rule
    out."""
    scenario = space.scenario
    parties = space.parties
    columns = [_columns(n) for n in space.sizes]
    width = max(len(c) for c in columns)
    titles = [_short(issue.title, 34) for issue in scenario.issues]
    gap = 0.08
    height = (1 - gap * (len(parties) - 1)) / len(parties)
    data: list[Any] = []
    layout: dict[str, Any] = {"annotations": []}
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
        axis = "" if k == 0 else str(k + 1)
        data.append(go.Heatmap(
            z=z, x=list(range(1, width + 1)), y=titles, text=text, texttemplate="%{text}",
            textfont={"size": 10}, hovertext=hover, hoverinfo="text", zmin=0, zmax=1,
            colorscale="Blues", showscale=k == 0, colorbar={"title": {"text": "value"}},
            xgap=2, ygap=2, xaxis=f"x{axis}", yaxis=f"y{axis}"))
        data.append(go.Scatter(
            x=crossed_x, y=crossed_y, mode="markers", hovertext=crossed_text,
            hoverinfo="text", name="ruled out by the party's red line", showlegend=k == 0,
            xaxis=f"x{axis}", yaxis=f"y{axis}",
            marker={"symbol": "x-thin", "size": 26, "color": "#d62728",
                    "line": {"width": 3, "color": "#d62728"}}))
        top = 1 - k * (height + gap)
        bottom = k == len(parties) - 1
        layout[f"xaxis{axis}"] = {
            "anchor": f"y{axis}", "domain": [0, 1], "dtick": 1, "showticklabels": bottom,
            **({"matches": "x"} if k else {}),
            **({"title": {"text": "option (in the order of the scenario)"}} if bottom else {})}
        layout[f"yaxis{axis}"] = {"anchor": f"x{axis}", "autorange": "reversed",
                                  "domain": [max(0.0, top - height), top]}
        layout["annotations"].append({
            "text": scenario.party(party).title, "x": 0.5, "y": top, "xref": "paper",
            "yref": "paper", "xanchor": "center", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 14}})
    return _figure(data, **layout,
                   title="What each party wants: its value of each option",
                   height=140 + len(parties) * (50 + 42 * len(space.issues)),
                   legend={"orientation": "h", "y": -0.08})


def concession_spaces(space: Space, analysis: Analysis, limit: int = 3) -> list[Opened]:
    """For the first ``limit`` minimal concessions of a blocked scenario, the red lines
    and the solution packages of the space each would open (none when a deal exists):
    what :func:`frontier_figure` draws as ``opened``."""
    if analysis.has_agreement:
        return []
    return [(c.red_lines, analyze(relax(space, c.red_lines), max_concessions=0).solutions)
            for c in analysis.concessions[:limit]]


def frontier_figure(space: Space, analysis: Analysis, *, opened: Sequence[Opened] = (),
                    text: SingleText | None = None, cloud: bool = True) -> go.Figure:
    """The utility space of the first two negotiators.

    ``opened`` pairs minimal concessions (red line names) with the solution packages of
    the space each opens (:func:`concession_spaces`); ``text`` adds the single text's
    drafts as a path; ``cloud=False`` leaves out the cloud of every outcome (the cheap
    form, for charts redrawn at every change).
    """
    scenario = space.scenario
    names = [scenario.party(p).title for p in space.parties[:2]]
    data: list[Any] = []
    if cloud and space.outcome_count <= CLOUD_LIMIT:
        rows = next(iterate_outcomes(space.sizes, chunk=space.outcome_count))
        utility = space.utilities(rows)
        ok = acceptable(space, rows)
        crossing = space.violations(rows).any(axis=1)
        for mask, label, colour in ((crossing, "crosses a red line", "#d9d9d9"),
                                    (~crossing & ~ok, "below a reservation", "#9ecae1"),
                                    (ok, "agreement space", "#31a354")):
            if mask.any():
                data.append(go.Scatter(
                    x=utility[mask, 0], y=utility[mask, 1], mode="markers", name=label,
                    marker={"size": 4, "color": colour}, hoverinfo="skip"))
    free = frontier_points(space, active=[])
    if len(free):
        data.append(go.Scatter(
            x=free.utility[:, 0], y=free.utility[:, 1], mode="lines",
            name="frontier without red lines", line={"dash": "dot", "color": "#636363"}))
    for k, (dropped, _) in enumerate(opened):
        points = frontier_points(relax(space, dropped))
        if len(points):
            data.append(go.Scatter(
                x=points.utility[:, 0], y=points.utility[:, 1], mode="lines+markers",
                name="frontier if " + " + ".join(dropped) + " dropped",
                line={"color": COLOURS[(k + 2) % len(COLOURS)]}, marker={"size": 5}))
    if analysis.frontier:
        u = np.array([p.utilities for p in analysis.frontier])
        data.append(go.Scatter(
            x=u[:, 0], y=u[:, 1], mode="lines+markers", name="Pareto frontier",
            hovertext=[_describe(p) for p in analysis.frontier], hoverinfo="text",
            line={"color": "#006d2c", "width": 3}))
    solutions: list[tuple[SolutionName, Package]] = [
        (n, p) for n, p in analysis.solutions.items() if p is not None]
    if not solutions and opened:
        solutions = [(n, p) for n, p in opened[0][1].items() if p is not None]
    symbols = {"nash": "star", "kalai_smorodinsky": "diamond", "egalitarian": "square",
               "utilitarian": "triangle-up"}
    for name, package in solutions:
        data.append(go.Scatter(
            x=[package.utilities[0]], y=[package.utilities[1]], mode="markers",
            name=SOLUTION_TITLES[name], hovertext=_describe(package), hoverinfo="text",
            marker={"size": 14, "symbol": symbols[name], "color": "#ff7f0e",
                    "line": {"width": 1, "color": "black"}}))
    if text is not None and len(text.drafts):
        u = np.array([d.package.utilities for d in text.drafts])
        data.append(go.Scatter(
            x=u[:, 0], y=u[:, 1], mode="lines+markers+text", name="single text drafts",
            text=[str(d.number) for d in text.drafts], textposition="bottom center",
            line={"color": "#6a51a3", "dash": "dash"}, marker={"size": 9}))
    r = [float(x) for x in space.reservations[:2]]
    line = {"dash": "dash", "color": "#d62728", "width": 1}
    more = (f" (first two of {space.party_count} parties)" if space.party_count > 2 else "")
    return _figure(
        data, title=f"Utility space{more}", height=560,
        xaxis={"title": {"text": f"utility of {names[0]}"}, "range": [-0.02, 1.02]},
        yaxis={"title": {"text": f"utility of {names[1]}"}, "range": [-0.02, 1.05]},
        legend={"orientation": "h", "y": -0.2}, showlegend=True,
        shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": r[0], "x1": r[0],
                 "y0": 0, "y1": 1, "line": line},
                {"type": "line", "xref": "paper", "yref": "y", "x0": 0, "x1": 1,
                 "y0": r[1], "y1": r[1], "line": line}],
        annotations=[{"text": f"{names[0]} reservation", "x": r[0], "y": 1, "xref": "x",
                      "yref": "paper", "yanchor": "bottom", "showarrow": False},
                     {"text": f"{names[1]} reservation", "x": 0, "y": r[1], "xref": "paper",
                      "yref": "y", "xanchor": "left", "yanchor": "bottom",
                      "showarrow": False}])


def concessions_figure(analysis: Analysis) -> go.Figure:
    """How many packages each minimal concession would make acceptable."""
    labels = [" + ".join(c.red_lines) for c in analysis.concessions]
    counts = [c.opens if c.opens is not None else 0 for c in analysis.concessions]
    fig = _figure([go.Bar(x=counts, y=labels, orientation="h", marker_color="#3182bd",
                           text=[f"{c:,}" for c in counts], textposition="auto")])
    fig.update_layout(title="Packages each minimal concession would open",
                      height=140 + 40 * len(labels), xaxis_title="acceptable packages",
                      yaxis={"autorange": "reversed"})
    return fig


def adjusted_winner_figure(result: AdjustedWinner) -> go.Figure:
    """Each side's points per issue; bar outlines show who gets the issue."""
    a, b = result.table.parties
    issues = list(result.table.issues)
    fig = _figure()
    for k, party in enumerate((a, b)):
        owner = [result.allocation.get(i) == party or (
            result.split is not None and result.split.issue == i) for i in issues]
        fig.add_trace(go.Bar(
            name=party, x=issues, y=[float(p[k]) for p in result.table.points],
            marker={"color": COLOURS[k], "opacity": [1.0 if o else 0.35 for o in owner]}))
    fig.update_layout(barmode="group", height=380, yaxis_title="points (of 100)",
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
    fig = _figure([go.Bar(x=values, y=labels, orientation="h", marker_color=colours,
                           text=[f"{v:.0%}" for v in values], textposition="auto")])
    fig.update_layout(title=f"Share of {result.samples:,} samples",
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
    fig = _figure()
    for k, (name, found) in enumerate(result.solutions.items()):
        fig.add_trace(go.Bar(
            name=SOLUTION_TITLES[name], x=[letters[tuple(f.outcome.items())] for f in found],
            y=[f.share for f in found], marker_color=COLOURS[k % len(COLOURS)]))
    fig.update_layout(barmode="group", height=360,
                      title="Packages chosen most often by each solution",
                      yaxis={"tickformat": ".0%", "title": "share of samples"},
                      xaxis_title="package (see the table)")
    return fig


def nash_spread_figure(result: Sensitivity, scenario: Scenario, limit: int = 2000
                       ) -> go.Figure:
    """Each party's utility at the Nash package over the samples (at most ``limit``)."""
    fig = _figure()
    for k, party in enumerate(result.parties):
        column = result.nash_utilities[:limit, k]
        column = column[~np.isnan(column)]
        fig.add_trace(go.Violin(y=column, name=scenario.party(party).title, box_visible=True,
                                meanline_visible=True, line_color=COLOURS[k % len(COLOURS)],
                                points=False))
    fig.update_layout(height=380, showlegend=False,
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
