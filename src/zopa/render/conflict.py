"""A conflict analysis laid out: the terminal brief, the figures and the HTML report.

Everything shown comes from :class:`zopa.conflict.brief.ConflictBrief`; this module only
arranges it. Figures (plotly): the graph of states and moves, one colour per decision
maker (solid arrows are unilateral improvements, dotted ones other moves; equilibria
ringed); the equilibria table (states x concepts); the status quo paths. Each figure has
a text alternative in the report (tables and lists that say the same).

>>> from zopa.conflict.brief import conflict_brief
>>> from zopa.conflict.load import load_conflict
>>> b = conflict_brief(load_conflict("tests/data/conflict/prisoners-dilemma.yaml"))
>>> build_conflict_report(b).startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..conflict.brief import ConflictBrief
from ..conflict.inverse import InverseAnswer
from ..conflict.stability import CONCEPT_NAMES, CONCEPTS
from . import figures

__all__ = ["build_conflict_report", "conflict_charts", "conflict_context", "conflict_view",
           "equilibria_figure", "graph_figure", "inverse_view", "path_sentence",
           "paths_figure", "write_conflict_report"]

_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2")


def conflict_view(brief: ConflictBrief) -> RenderableType:
    """The terminal brief: states in words, rankings, equilibria per concept, paths."""
    parts: list[RenderableType] = [Text(brief.name, style="bold")]
    if brief.description:
        parts.append(Text(brief.description.strip()))
    names = {d: n for d, n, _, _ in brief.decision_makers}
    for _, n, opts, prefs in brief.decision_makers:
        parts.append(Text(f"{n} controls {', '.join(opts)}; preferences, most important "
                          f"first: {'; '.join(prefs)}"))
    if brief.states:
        table = Table(title="States (1 = most preferred)", title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("pattern")
        table.add_column("options taken")
        for d in names:
            table.add_column(names[d], justify="right")
        for c in CONCEPTS:
            table.add_column(CONCEPT_NAMES[c], justify="center")
        ids = [oid for oid, _, _ in brief.options]
        for row in brief.states:
            marks = ["E" if row.pattern in brief.equilibria[c] else "" for c in CONCEPTS]
            taken = [oid for oid, ch in zip(ids, row.pattern, strict=True) if ch == "Y"]
            table.add_row(str(row.number), row.pattern, ", ".join(taken) or "-",
                          *(str(row.ranks[d]) for d in names), *marks)
        parts.append(table)
    eq = Table(title="Equilibria (stable for every decision maker)", title_justify="left")
    eq.add_column("concept")
    eq.add_column("states")
    for c in CONCEPTS:
        eq.add_row(CONCEPT_NAMES[c], ", ".join(brief.equilibria[c]) or "none")
    parts.append(eq)
    if brief.status_quo is not None:
        parts.append(Text(f"From the status quo {brief.status_quo}:", style="bold"))
        for path, _ in brief.paths:
            parts.append(Text("  " + path_sentence(brief, path.target)))
    for co in brief.coalitions:
        members = " + ".join(names[m] for m in co.members)
        parts.append(Text(f"Coalition {members}: " + "; ".join(
            f"C-{CONCEPT_NAMES[c]} equilibria {', '.join(v) or 'none'}"
            for c, v in co.equilibria.items())))
    return Group(*parts)


def inverse_view(brief: ConflictBrief, answer: InverseAnswer) -> RenderableType:
    """Inverse GMCR in words: each decision maker's condition for the state."""
    names = {d: n for d, n, _, _ in brief.decision_makers}
    parts: list[RenderableType] = [Text(
        f"Inverse GMCR: what would make {answer.state} stable", style="bold")]
    for cond in answer.conditions:
        name = names[cond.decision_maker]
        now = ", ".join(f"{c.upper()} {'yes' if v else 'no'}" for c, v in cond.holds_now.items())
        parts.append(Text(f"{name} (now: {now})", style="bold"))
        parts.append(Text("  Nash: rank no higher than " + answer.state + ": "
                          + (", ".join(cond.nash_at_most_s) or "nothing (no moves)")))
        for move, sanctions in cond.gmr:
            parts.append(Text(f"  GMR: {move} no higher than {answer.state}, or one of "
                              f"{', '.join(sanctions) or '(none)'} no higher"))
        if cond.orders is not None:
            for c, orders in cond.orders.items():
                shown = "; ".join(" > ".join(str(t + 1) for t in o) for o in orders[:6])
                more = f" (and {len(orders) - 6} more)" if len(orders) > 6 else ""
                parts.append(Text(f"  {c.upper()}: {len(orders)} statement orders work"
                                  + (f": {shown}{more}" if orders else "")))
    return Group(*parts)


def path_sentence(brief: ConflictBrief, target: str) -> str:
    """One status quo path in words."""
    names = {d: n for d, n, _, _ in brief.decision_makers}
    for path, concepts in brief.paths:
        if path.target != target:
            continue
        label = "/".join(CONCEPT_NAMES[c] for c in concepts)
        if path.steps is None:
            return f"{target} ({label}) cannot be reached by unilateral improvements"
        if not path.steps:
            return f"{target} ({label}) is the status quo itself"
        moves = ", then ".join(f"{names[s.mover]} moves {s.start} -> {s.end}"
                               for s in path.steps)
        return f"{target} ({label}): {moves}"
    raise KeyError(target)


def graph_figure(brief: ConflictBrief) -> go.Figure:
    """States on a circle in number order; each decision maker's moves as arrows."""
    states = [row.pattern for row in brief.states]
    count = len(states)
    pos = {p: (math.cos(2 * math.pi * k / count), math.sin(2 * math.pi * k / count))
           for k, p in enumerate(states)}
    traces: list[Any] = []
    for k, (d, name, _, _) in enumerate(brief.decision_makers):
        colour = _COLOURS[k % len(_COLOURS)]
        for improving in (True, False):
            xs: list[float | None] = []
            ys: list[float | None] = []
            sizes: list[int] = []
            for a, b, up in brief.moves.get(d, ()):
                if up != improving:
                    continue
                (x0, y0), (x1, y1) = pos[a], pos[b]
                # stop short of the target's marker so the arrow head stays visible
                xs += [x0, x0 + 0.9 * (x1 - x0), None]
                ys += [y0, y0 + 0.9 * (y1 - y0), None]
                sizes += [0, 11, 0]
            if not xs:
                continue
            traces.append(go.Scatter(
                x=xs, y=ys, mode="lines+markers", name=f"{name}: "
                + ("improvements" if improving else "other moves"),
                line={"color": colour, "dash": "solid" if improving else "dot",
                      "width": 2 if improving else 1},
                marker={"symbol": "arrow", "angleref": "previous", "size": sizes,
                        "color": colour}, hoverinfo="skip"))
    strong = set(brief.equilibria["seq_sim"]) | set(brief.equilibria["nash"])
    traces.append(go.Scatter(
        x=[pos[p][0] for p in states], y=[pos[p][1] for p in states], mode="markers+text",
        text=[f"{row.number} {row.pattern}" for row in brief.states],
        textposition="top center", name="states",
        marker={"size": 16, "color": ["#ffd54f" if p in strong else "#eceff1" for p in states],
                "line": {"width": [3 if p in strong else 1 for p in states],
                         "color": "#1d2330"}},
        hovertext=[f"state {row.number} {row.pattern}: {', '.join(row.words)}"
                   for row in brief.states], hoverinfo="text"))
    fig = figures._figure(traces, title="States and moves (ringed: Nash or SEQ+SIM "
                                        "equilibria)", height=560)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    return fig


def equilibria_figure(brief: ConflictBrief) -> go.Figure:
    """States x concepts: which state is an equilibrium under which concept."""
    rows = [row.pattern for row in brief.states] or sorted(
        {p for c in CONCEPTS for p in brief.equilibria[c]})
    z = [[1 if p in brief.equilibria[c] else 0 for c in CONCEPTS] for p in rows]
    fig = figures._figure([go.Heatmap(
        z=z, x=[CONCEPT_NAMES[c] for c in CONCEPTS], y=rows, showscale=False,
        colorscale=[[0, "#f4f5f7"], [1, "#2e7d32"]], xgap=2, ygap=2,
        hovertemplate="%{y} under %{x}: %{z}<extra></extra>")],
        title="Equilibria by concept (green: equilibrium)",
        height=max(260, 26 * len(rows) + 120))
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def paths_figure(brief: ConflictBrief) -> go.Figure:
    """Each reachable equilibrium's path from the status quo, one row per path."""
    names = {d: n for d, n, _, _ in brief.decision_makers}
    colour = {d: _COLOURS[k % len(_COLOURS)] for k, d in enumerate(names)}
    traces: list[Any] = []
    for path, _ in brief.paths:
        if path.steps is None:
            continue
        chain = [brief.status_quo or ""] + [s.end for s in path.steps]
        traces.append(go.Scatter(
            x=list(range(len(chain))), y=[path.target] * len(chain), mode="lines+markers+text",
            text=chain, textposition="top center", showlegend=False,
            line={"color": "#90a4ae"}, marker={"size": 12, "color": ["#1d2330"] + [
                colour[s.mover] for s in path.steps]},
            hovertext=["status quo"] + [f"{names[s.mover]} moves" for s in path.steps],
            hoverinfo="text"))
    for d, n in names.items():
        traces.append(go.Scatter(x=[None], y=[None], mode="markers", name=f"{n} moves",
                                 marker={"size": 12, "color": colour[d]}))
    fig = figures._figure(traces, title=f"Paths from the status quo {brief.status_quo}",
                          height=max(240, 60 * len(brief.paths) + 120),
                          xaxis={"title": "step", "dtick": 1})
    fig.update_yaxes(type="category")
    return fig


def conflict_charts(brief: ConflictBrief) -> dict[str, str]:
    """The figures as chart JSON (``_chart.html.j2``), by name."""
    charts: dict[str, go.Figure] = {"conflict-equilibria": equilibria_figure(brief)}
    if brief.moves and brief.states:
        charts["conflict-graph"] = graph_figure(brief)
    if brief.paths:
        charts["conflict-paths"] = paths_figure(brief)
    return {name: figures.chart_json(fig) for name, fig in charts.items()}


def conflict_context(brief: ConflictBrief) -> dict[str, Any]:
    """What the conflict templates read (the report and the workbench page)."""
    names = {d: n for d, n, _, _ in brief.decision_makers}
    return {
        "brief": brief,
        "names": names,
        "concepts": [(c, CONCEPT_NAMES[c]) for c in CONCEPTS],
        "paths": [(p.target, path_sentence(brief, p.target)) for p, _ in brief.paths],
        "moves": {d: [(a, b, up) for a, b, up in rows] for d, rows in brief.moves.items()},
    }


def build_conflict_report(brief: ConflictBrief) -> str:
    """The conflict report as one self-contained HTML document (plotly.js inlined)."""
    from .. import __version__
    from .plotlyjs import bundle_script
    from .report import _environment

    template = _environment().get_template("conflict.html.j2")
    return template.render(
        title=brief.name, version=__version__,
        plotly_js=bundle_script(),
        charts=conflict_charts(brief), **conflict_context(brief))


def write_conflict_report(brief: ConflictBrief, path: str | Path) -> int:
    """Write the report to ``path`` atomically; return its size in bytes."""
    from ..files import write_atomically

    return write_atomically(path, build_conflict_report(brief).encode("utf-8"))
