"""The charts of the report and of the web workbench, as plotly figures (drawn by
plotly.js in the page).

- :func:`preferences_heatmap`: what each party wants on each issue (its value of every
  option, 0 to 1), the options its own red lines exclude marked with a cross;
- :func:`utility_space_figure`: the outcomes in utility space, one panel for each pair of
  negotiators, the reservations (lines, or bands for intervals), the agreement space and
  its Pareto frontier, the frontier without red lines, the frontier each minimal
  concession would open, the solution packages and the single text's drafts, every
  frontier taken from the brief (:class:`zopa.brief.Brief`);
- :func:`concessions_figure`: how many packages each minimal concession opens;
- :func:`adjusted_winner_figure`: the points each side puts on each issue and who gets it;
- :func:`sensitivity_figure`, :func:`solutions_figure`, :func:`nash_spread_figure`: the
  Monte Carlo shares, the packages the solutions chose most often, and the spread of
  each party's utility at the Nash package;
- :func:`chart_json`: a figure as JSON that can sit inside a ``<script>`` element, the
  form in which pages carry their charts (``templates/_chart.html.j2``).

Every function reads results computed elsewhere and costs little beyond that: the cloud
of all outcomes is drawn (as SVG, so that no WebGL is needed) only for outcome spaces of
at most ``CLOUD_LIMIT`` outcomes, and only when asked (the web's what-if leaves it out:
it redraws on every move of a slider); a numeric issue shows at most ``MAX_COLUMNS`` of
its options in the heat map. Figures start from a lean copy of plotly's ``plotly_white``
template (its page and axis settings only): building a figure on the whole template
costs tens of milliseconds, most of a what-if update.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> fig = preferences_heatmap(compile_space(load_example()))
>>> [trace.type for trace in fig.data]
['heatmap', 'scatter', 'scatter', 'heatmap', 'scatter', 'scatter']
>>> "</" in chart_json({"data": [], "layout": {"title": {"text": "</script>"}}})
False
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from numpy.typing import NDArray

from ..analysis import (
    SOLUTION_TITLES,
    Analysis,
    Package,
    SolutionName,
)
from ..analysis.frontier import iterate_outcomes
from ..brief import Assumption, Brief
from ..mediation.adjusted_winner import AdjustedWinner
from ..mediation.packages import acceptable
from ..mediation.sensitivity import Sensitivity
from ..mediation.single_text import SingleText
from ..scenario.model import Interval, Scenario
from ..space import Space

__all__ = [
    "CLOUD_LIMIT",
    "MAX_COLUMNS",
    "adjusted_winner_figure",
    "chart_json",
    "concessions_figure",
    "left_out",
    "nash_spread_figure",
    "package_letters",
    "preferences_heatmap",
    "sensitivity_figure",
    "solutions_figure",
    "utility_space_figure",
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


def left_out(space: Space) -> list[Assumption]:
    """What the charts leave out, stated with the assumptions: the cloud of every package
    when there are more than ``CLOUD_LIMIT``, and the options of numeric issues beyond the
    ``MAX_COLUMNS`` the heat map shows.

    >>> from zopa.examples import load_example
    >>> from zopa.space import compile_space
    >>> left_out(compile_space(load_example()))
    []
    """
    out = []
    if space.outcome_count > CLOUD_LIMIT:
        out.append(Assumption(
            "packages-left-out",
            f"The utility space does not draw the {space.outcome_count:,} packages one by one "
            f"(more than {CLOUD_LIMIT:,}): it shows the frontiers and the solutions.",
            ("utility-space",)))
    wide = [(space.scenario.issues[i].title, n) for i, n in enumerate(space.sizes)
            if n > MAX_COLUMNS]
    for title, n in wide:
        out.append(Assumption(
            "packages-left-out",
            f"The preferences chart shows {len(_columns(n))} of the {n} options of "
            f"{title}, evenly spread.", ("preferences",)))
    return out


def preferences_heatmap(space: Space) -> go.Figure:
    """One panel per negotiator, one above the other: issues down (full titles, wrapped,
    with the party's weight on each), options across (full names, wrapped), colour = the
    party's value of the option; a cross on each option the party's own single-issue red
    lines rule out, an open square on each option one of its red lines over several issues
    names (the hover says with what)."""
    from ..render.text import forbid_text, red_line_name
    from .wording import weight_share

    scenario = space.scenario
    parties = space.parties
    columns = [_columns(n) for n in space.sizes]
    width = max(len(c) for c in columns)
    gap = 0.06
    height = (1 - gap * (len(parties) - 1)) / len(parties)
    data: list[Any] = []
    layout: dict[str, Any] = {"annotations": []}
    legend: set[str] = set()
    for k, party in enumerate(parties):
        z = np.full((len(space.issues), width), np.nan)
        text = [[""] * width for _ in space.issues]
        hover = [[""] * width for _ in space.issues]
        marks: dict[str, tuple[list[int], list[str], list[str]]] = {"single": ([], [], []),
                                                                   "multi": ([], [], [])}
        titles = [_wrap(issue.title, 30) + f"<br><i>weight "
                  f"{weight_share(scenario, party, issue.id):.0%}</i>"
                  for issue in scenario.issues]
        for i, issue in enumerate(scenario.issues):
            excluded = np.zeros(space.sizes[i], dtype=bool)
            together: dict[int, list[str]] = {}
            for red_line in space.red_lines:
                if red_line.party != party or i not in red_line.issues:
                    continue
                mask = red_line.forbidden[red_line.issues.index(i)]
                if red_line.single_issue:
                    excluded |= mask
                else:
                    for hit in np.flatnonzero(mask).tolist():
                        together.setdefault(int(hit), []).append(
                            f"{red_line_name(red_line)}: no {forbid_text(scenario, red_line)}")
            for c, o in enumerate(columns[i]):
                option = space.options[i][o]
                label = issue.label(option)
                z[i, c] = space.values[i][o, k]
                text[i][c] = _compact(option) if issue.numeric else _wrap(str(option), 14)
                hover[i][c] = (f"{issue.title}<br>{label}<br>value {z[i, c]:.2f}, weight "
                               f"{weight_share(scenario, party, issue.id):.0%}"
                               + ("<br><b>red line</b>" if excluded[o] else "")
                               + "".join(f"<br><b>red line over several issues</b> {t}"
                                         for t in together.get(o, [])))
                for kind, hit in (("single", excluded[o]), ("multi", o in together)):
                    if hit:
                        marks[kind][0].append(c + 1)
                        marks[kind][1].append(titles[i])
                        marks[kind][2].append(hover[i][c])
        axis = "" if k == 0 else str(k + 1)
        data.append(go.Heatmap(
            z=z, x=list(range(1, width + 1)), y=titles, text=text, texttemplate="%{text}",
            textfont={"size": 10}, hovertext=hover, hoverinfo="text", zmin=0, zmax=1,
            colorscale="Blues", showscale=k == 0, colorbar={"title": {"text": "value"}},
            xgap=2, ygap=2, xaxis=f"x{axis}", yaxis=f"y{axis}"))
        for kind, name, marker in (
                ("single", "ruled out by the party's red line",
                 {"symbol": "x-thin", "size": 26, "color": "#d62728",
                  "line": {"width": 3, "color": "#d62728"}}),
                ("multi", "named by a red line over several issues",
                 {"symbol": "square-open", "size": 30, "color": "#ff7f0e",
                  "line": {"width": 3, "color": "#ff7f0e"}})):
            xs, ys, hs = marks[kind]
            data.append(go.Scatter(
                x=xs, y=ys, mode="markers", hovertext=hs, hoverinfo="text", name=name,
                legendgroup=kind, showlegend=bool(xs) and kind not in legend,
                xaxis=f"x{axis}", yaxis=f"y{axis}", marker=marker))
            if xs:
                legend.add(kind)
        top = 1 - k * (height + gap)
        bottom = k == len(parties) - 1
        layout[f"xaxis{axis}"] = {
            "anchor": f"y{axis}", "domain": [0, 1], "dtick": 1, "showticklabels": bottom,
            **({"matches": "x"} if k else {}),
            **({"title": {"text": "option (in the order of the scenario)"}} if bottom else {})}
        layout[f"yaxis{axis}"] = {"anchor": f"x{axis}", "autorange": "reversed",
                                  "automargin": True, "categoryorder": "array",
                                  "categoryarray": titles,
                                  "domain": [max(0.0, top - height), top]}
        layout["annotations"].append({
            "text": scenario.party(party).title, "x": 0.5, "y": top, "xref": "paper",
            "yref": "paper", "xanchor": "center", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 14}})
    return _figure(data, **layout,
                   title="What each party wants: its value of each option",
                   height=160 + len(parties) * (50 + 58 * len(space.issues)),
                   legend={"orientation": "h", "y": -0.06})


def _wrap(text: str, width: int) -> str:
    """Text broken into lines of about ``width`` characters (``<br>``), never cut."""
    import textwrap

    return "<br>".join(textwrap.wrap(text, width, break_on_hyphens=True)) or text


def utility_space_figure(brief: Brief, *, text: SingleText | None = None,
                         cloud: bool = True) -> go.Figure:
    """The utility space: one panel for each pair of negotiators (one panel for two).

    Every package of a small space as a point (grey: crosses a red line; blue: below a
    reservation; green: the agreement space), the frontier without red lines, the Pareto
    frontier and the frontiers the brief's minimal concessions open (points: a discrete
    frontier has nothing between its packages), the bargaining solutions (one marker where
    several coincide, named after all of them), the single text's drafts, and each party's
    reservation: a dashed line, or a shaded band from low to high where it is an interval.
    Every frontier comes from the brief; nothing is recomputed. ``cloud=False`` leaves out
    the cloud of every outcome (the cheap form, for charts redrawn at every change).
    """
    space = brief.space
    analysis = brief.analysis
    scenario = space.scenario
    n = space.party_count
    names = [scenario.party(p).title for p in space.parties]
    pairs = list(itertools.combinations(range(n), 2))
    columns = min(3, len(pairs))
    rows = math.ceil(len(pairs) / columns)
    gap_x, gap_y = 0.08, 0.12
    width = (1 - gap_x * (columns - 1)) / columns
    height = (1 - gap_y * (rows - 1)) / rows
    layers: list[tuple[str, NDArray[np.float64], dict[str, Any], list[str] | None]] = []
    if cloud and space.outcome_count <= CLOUD_LIMIT:
        outcomes = next(iterate_outcomes(space.sizes, chunk=space.outcome_count))
        utility = space.utilities(outcomes)
        ok = acceptable(space, outcomes)
        crossing = space.violations(outcomes).any(axis=1)
        for mask, label, colour in ((crossing, "crosses a red line", "#d9d9d9"),
                                    (~crossing & ~ok, "below a reservation", "#9ecae1"),
                                    (ok, "agreement space", "#31a354")):
            if mask.any():
                layers.append((label, utility[mask], {"size": 4, "color": colour}, None))
    if brief.free_frontier:
        layers.append(("frontier without red lines", np.array(brief.free_frontier),
                       {"size": 6, "color": "#636363", "symbol": "circle-open"}, None))
    for k, opened in enumerate(brief.opened):
        if opened.frontier:
            layers.append(("frontier if " + " + ".join(opened.red_lines) + " dropped",
                           np.array([p.utilities for p in opened.frontier]),
                           {"size": 7, "color": COLOURS[(k + 2) % len(COLOURS)]},
                           [_describe(p) for p in opened.frontier]))
    if analysis.frontier:
        layers.append(("Pareto frontier", np.array([p.utilities for p in analysis.frontier]),
                       {"size": 9, "color": "#006d2c"},
                       [_describe(p) for p in analysis.frontier]))
    solutions: list[tuple[SolutionName, Package]] = [
        (name, p) for name, p in analysis.solutions.items() if p is not None]
    if not solutions and brief.opened:
        solutions = [(name, p) for name, p in brief.opened[0].solutions.items()
                     if p is not None]
    data: list[Any] = []
    layout: dict[str, Any] = {"shapes": [], "annotations": []}
    for k, (a, b) in enumerate(pairs):
        axis = "" if k == 0 else str(k + 1)
        row, column = divmod(k, columns)
        x0 = column * (width + gap_x)
        y1 = 1 - row * (height + gap_y)
        first = k == 0
        on = {"xaxis": f"x{axis}", "yaxis": f"y{axis}"}
        for label, points, marker, hover in layers:
            data.append(go.Scatter(
                x=points[:, a], y=points[:, b], mode="markers", name=label, marker=marker,
                legendgroup=label, showlegend=first,
                hovertext=hover, hoverinfo="text" if hover else "skip", **on))
        for names_at, package in _coinciding(solutions):
            title = " = ".join(SOLUTION_TITLES[m] for m in names_at)
            data.append(go.Scatter(
                x=[package.utilities[a]], y=[package.utilities[b]], mode="markers",
                name=title, legendgroup=title, showlegend=first,
                hovertext=f"<b>{title}</b><br>" + _describe(package), hoverinfo="text",
                marker={"size": 15, "symbol": _SYMBOLS[names_at[0]], "color": "#ff7f0e",
                        "line": {"width": 1, "color": "black"}}, **on))
        if text is not None and len(text.drafts):
            u = np.array([d.package.utilities for d in text.drafts])
            data.append(go.Scatter(
                x=u[:, a], y=u[:, b], mode="lines+markers+text", name="single text drafts",
                legendgroup="drafts", showlegend=first,
                text=[str(d.number) for d in text.drafts], textposition="bottom center",
                line={"color": "#6a51a3", "dash": "dash"}, marker={"size": 9}, **on))
        layout[f"xaxis{axis}"] = {"anchor": f"y{axis}", "domain": [x0, x0 + width],
                                  "range": [-0.02, 1.02],
                                  "title": {"text": f"utility of {names[a]}"}}
        layout[f"yaxis{axis}"] = {"anchor": f"x{axis}", "domain": [max(0.0, y1 - height), y1],
                                  "range": [-0.02, 1.05],
                                  "title": {"text": f"utility of {names[b]}"}}
        for party, direction in ((a, "x"), (b, "y")):
            _reservation(layout, scenario, space.parties[party], names[party], direction,
                         axis)
    return _figure(
        data, **layout, title="Utility space" + (
            f": each pair of the {n} parties" if n > 2 else ""),
        height=120 + rows * (440 if columns == 1 else 360),
        legend={"orientation": "h", "y": -0.12}, showlegend=True)


_SYMBOLS: dict[SolutionName, str] = {"nash": "star", "kalai_smorodinsky": "diamond",
                                     "egalitarian": "square", "utilitarian": "triangle-up"}


def _coinciding(solutions: Sequence[tuple[SolutionName, Package]]
                ) -> list[tuple[list[SolutionName], Package]]:
    """The solutions grouped by the package they choose (by utilities): one marker each."""
    groups: dict[tuple[int, ...], tuple[list[SolutionName], Package]] = {}
    for name, package in solutions:
        key = tuple(round(u * 1e9) for u in package.utilities)
        groups.setdefault(key, ([], package))[0].append(name)
    return list(groups.values())


def _reservation(layout: dict[str, Any], scenario: Scenario, party: str, name: str,
                 direction: str, axis: str) -> None:
    """A party's reservation on one axis of a panel: a dashed line, or a band."""
    value = scenario.party(party).reservation
    other = "y" if direction == "x" else "x"
    ref = {f"{direction}ref": f"{direction}{axis}", f"{other}ref": f"{other}{axis} domain"}
    span = {f"{other}0": 0, f"{other}1": 1}
    if isinstance(value, Interval):
        layout["shapes"].append({
            "type": "rect", **ref, **span, f"{direction}0": value.low,
            f"{direction}1": value.high, "fillcolor": "#d62728", "opacity": 0.10,
            "line": {"width": 0}, "layer": "below"})
        where = value.mid
        label = f"{name} reservation {value.low:g} to {value.high:g}"
    else:
        layout["shapes"].append({
            "type": "line", **ref, **span, f"{direction}0": value, f"{direction}1": value,
            "line": {"dash": "dash", "color": "#d62728", "width": 1}})
        where = float(value)
        label = f"{name} reservation {value:g}"
    layout["annotations"].append({
        "text": label, "showarrow": False, "font": {"size": 10, "color": "#a12020"},
        **ref, direction: where, other: 1 if direction == "x" else 0.0,
        "xanchor": "left" if direction == "y" else "center",
        "yanchor": "bottom", **({"textangle": 0} if direction == "y" else {})})


def concessions_figure(analysis: Analysis) -> go.Figure:
    """How many packages each minimal concession would make acceptable (each red line by
    its name, and its label or id when it has one)."""
    from ..render.text import red_line_name

    lines = {r.name: r for r in analysis.space.red_lines}
    labels = [" + ".join(_short(red_line_name(lines[n]), 40) for n in c.red_lines)
              for c in analysis.concessions]
    counts = [c.opens if c.opens is not None else 0 for c in analysis.concessions]
    fig = _figure([go.Bar(x=counts, y=labels, orientation="h", marker_color="#3182bd",
                           text=[f"{c:,}" for c in counts], textposition="auto")])
    fig.update_layout(title="Packages each minimal concession would open",
                      height=140 + 40 * len(labels), xaxis_title="acceptable packages",
                      yaxis={"autorange": "reversed"})
    return fig


def adjusted_winner_figure(result: AdjustedWinner,
                           scenario: Scenario | None = None) -> go.Figure:
    """Each side's points per issue; bar outlines show who gets the issue. With the
    ``scenario``, parties and issues are named by their names (as in the tables)."""
    a, b = result.table.parties
    issues = list(result.table.issues)
    titles = ([_wrap(scenario.issue(i).title, 24) for i in issues] if scenario is not None
              else issues)
    fig = _figure()
    for k, party in enumerate((a, b)):
        owner = [result.allocation.get(i) == party or (
            result.split is not None and result.split.issue == i) for i in issues]
        fig.add_trace(go.Bar(
            name=scenario.party(party).title if scenario is not None else party, x=titles,
            y=[float(p[k]) for p in result.table.points],
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
