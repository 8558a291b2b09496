"""Pictures of negotiations played out: plotly figures saved as self-contained HTML.

- :func:`session_figure`: each side's offers in utility space over the Pareto frontier,
  with the Nash point and the agreement marked, and every negotiator's concession curve
  (the own utility of its offers, round by round); for a mediated session, the
  mediator's proposals, the path of the single text and each negotiator's utility of it.
  With more than two negotiators the utility space shown is that of the first two.
- :func:`tournament_figure`: the strategy-by-strategy table (mean utility of the row
  strategy against the column strategy), the mean utility of each strategy, and the
  per-strategy summary as a table.
- :func:`write_html`: the figure as one HTML file with plotly.js inside, written to a
  temporary file and renamed, so a reader never sees half a file.

>>> from zopa.simulate.generate import random_scenario
>>> from zopa.simulate.arena import Arena
>>> from zopa.simulate.session import play
>>> arena = Arena.build(random_scenario(issues=2, options=4, seed=1))
>>> fig = session_figure(play(arena, ["boulware", "conceder"]), arena)
>>> len(fig.data) >= 4
True
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import plotly.graph_objects as go
    from rich.table import Table

    from ..simulate.arena import Arena
    from ..simulate.protocols import Played
    from ..simulate.results import StrategySummary
    from ..simulate.tournament import Tournament

__all__ = ["session_figure", "summary_table", "tournament_figure", "write_html"]

_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


def session_figure(played: Played, arena: Arena) -> go.Figure:
    """Offers in utility space over the frontier, and concession curves over rounds."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    result = played.result
    parties = result.parties
    mediated = result.protocol == "mediated"
    fig = make_subplots(rows=1, cols=2, column_widths=[0.5, 0.5], subplot_titles=(
        f"{'Texts' if mediated else 'Offers'} in utility space ({parties[0]} vs "
        f"{parties[1]})",
        "Utility of the single text, round by round" if mediated else
        "Concession: own utility of each offer"))
    if len(arena.frontier):
        front = arena.frontier[np.argsort(arena.frontier[:, 0])]
        fig.add_trace(go.Scatter(x=front[:, 0], y=front[:, 1], mode="lines+markers",
                                 name="Pareto frontier", line={"color": "#999"},
                                 marker={"size": 4, "color": "#999"}), row=1, col=1)
    n = len(parties)
    rounds_of = np.array([e.turn // n if result.protocol == "alternating" else e.turn
                          for e in played.events])
    for p in range(n):
        mine = np.array([e.party == p and e.move == "offer" for e in played.events],
                        dtype=bool)
        if not mine.any():
            continue
        u = played.utilities[mine]
        colour = _COLOURS[p % len(_COLOURS)]
        fig.add_trace(go.Scatter(
            x=u[:, 0], y=u[:, 1], mode="markers+lines", name=f"{parties[p]} offers "
            f"({result.strategies[p]})", line={"color": colour, "width": 1},
            marker={"size": 6, "color": colour}, legendgroup=str(p)), row=1, col=1)
        fig.add_trace(go.Scatter(
            x=rounds_of[mine] + 1, y=u[:, p], mode="lines+markers",
            name=f"{parties[p]} concession", line={"color": colour},
            marker={"size": 4}, legendgroup=str(p), showlegend=False), row=1, col=2)
    mediator = np.array([e.party < 0 and e.move == "offer" for e in played.events],
                        dtype=bool)
    if mediator.any():
        u = played.utilities[mediator]
        fig.add_trace(go.Scatter(x=u[:, 0], y=u[:, 1], mode="markers",
                                 name="mediator's proposals",
                                 marker={"size": 5, "color": "#bbb", "symbol": "x"}),
                      row=1, col=1)
        rounds, texts = _texts(played)
        fig.add_trace(go.Scatter(x=texts[:, 0], y=texts[:, 1], mode="lines+markers",
                                 name="single text, as adopted", line={"color": "#444"},
                                 marker={"size": 5, "color": "#444"}), row=1, col=1)
        for p in range(n):
            fig.add_trace(go.Scatter(
                x=rounds, y=texts[:, p], mode="lines", line_shape="hv",
                name=f"{parties[p]}: utility of the text",
                line={"color": _COLOURS[p % len(_COLOURS)]}), row=1, col=2)
    if arena.nash is not None:
        fig.add_trace(go.Scatter(x=[arena.nash[0]], y=[arena.nash[1]], mode="markers",
                                 name="Nash point", marker={"size": 14, "symbol": "star",
                                                            "color": "gold",
                                                            "line": {"width": 1}}),
                      row=1, col=1)
    reservations = arena.space.reservations
    fig.add_trace(go.Scatter(x=[reservations[0]], y=[reservations[1]], mode="markers",
                             name="no deal (reservations)",
                             marker={"size": 10, "symbol": "square-open", "color": "#000"}),
                  row=1, col=1)
    if result.agreement is not None:
        fig.add_trace(go.Scatter(x=[result.utilities[0]], y=[result.utilities[1]],
                                 mode="markers", name=f"agreement (round {result.rounds})",
                                 marker={"size": 14, "symbol": "diamond", "color": "#2ca02c",
                                         "line": {"width": 1}}), row=1, col=1)
    fig.update_xaxes(title_text=f"utility of {parties[0]}", range=[0, 1.02], row=1, col=1)
    fig.update_yaxes(title_text=f"utility of {parties[1]}", range=[0, 1.02], row=1, col=1)
    fig.update_xaxes(title_text="round", row=1, col=2)
    fig.update_yaxes(title_text="own utility", range=[0, 1.02], row=1, col=2)
    fig.update_layout(title=f"{result.scenario}: {' vs '.join(result.strategies)}, "
                            f"{result.protocol}, seed {result.seed}: {result.end}",
                      template="plotly_white", height=560)
    return fig


def _texts(played: Played) -> tuple[np.ndarray, np.ndarray]:
    """The mediated session's text after each round (a revision becomes the text when
    every negotiator accepts it): round numbers and every negotiator's utility."""
    events = played.events
    n = len(played.result.parties)
    text = played.utilities[0]
    rounds, rows = [0], [text]
    k = 1
    while k + n < len(events) and events[k].party < 0:
        if all(e.move == "accept" for e in events[k + 1:k + 1 + n]):
            text = played.utilities[k]
        rounds.append(events[k].turn + 1)
        rows.append(text)
        k += 1 + n
    return np.array(rounds), np.array(rows)


def tournament_figure(tournament: Tournament) -> go.Figure:
    """The strategy-by-strategy table, mean utilities, and the summary table."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from ..simulate.results import pairwise

    names, mean, count = pairwise(tournament.tables)
    summary = tournament.summary
    fig = make_subplots(
        rows=2, cols=2, specs=[[{"type": "heatmap"}, {"type": "bar"}],
                               [{"type": "table", "colspan": 2}, None]],
        row_heights=[0.6, 0.4], subplot_titles=(
            "Mean utility of the row strategy against the column strategy",
            "Mean utility per strategy", ""), vertical_spacing=0.1)
    text = [["" if np.isnan(v) else f"{v:.3f}" for v in row] for row in mean]
    fig.add_trace(go.Heatmap(z=mean, x=list(names), y=list(names), text=text,
                             texttemplate="%{text}", colorscale="Viridis", zmin=0, zmax=1,
                             colorbar={"title": "utility", "x": 0.45, "len": 0.55,
                                       "y": 0.72},
                             customdata=count,
                             hovertemplate="%{y} vs %{x}: %{z:.3f} (%{customdata} seats)"
                                           "<extra></extra>"), row=1, col=1)
    fig.add_trace(go.Bar(x=[s.strategy for s in summary], y=[s.mean_utility for s in summary],
                         text=[f"{s.mean_utility:.3f}<br>{s.agreement_rate:.0%} deals"
                               for s in summary], textposition="auto",
                         marker={"color": _COLOURS[0]}, showlegend=False), row=1, col=2)

    def fmt(x: float | None) -> str:
        return "" if x is None else f"{x:.3f}"

    fig.add_trace(go.Table(
        header={"values": ["strategy", "sessions", "agreements", "mean utility",
                           "mean welfare", "mean rounds", "to frontier", "to Nash"]},
        cells={"values": [
            [s.strategy for s in summary], [s.sessions for s in summary],
            [f"{s.agreement_rate:.1%}" for s in summary],
            [fmt(s.mean_utility) for s in summary], [fmt(s.mean_welfare) for s in summary],
            [f"{s.mean_rounds:.1f}" for s in summary],
            [fmt(s.mean_pareto_distance) for s in summary],
            [fmt(s.mean_nash_distance) for s in summary]]}), row=2, col=1)
    fig.update_yaxes(autorange="reversed", row=1, col=1)
    fig.update_yaxes(range=[0, 1], row=1, col=2)
    settings = tournament.settings
    fig.update_layout(
        title=f"Tournament on {', '.join(tournament.scenarios)}: {len(tournament):,} sessions, "
              f"{settings.repetitions} repetitions, {settings.session.rounds} rounds, "
              f"seed {settings.seed}",
        template="plotly_white", height=900)
    return fig


def write_html(fig: go.Figure, path: str | Path) -> Path:
    """Save ``fig`` as a self-contained HTML file (plotly.js included), atomically."""
    from ..files import write_atomically

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda temp: fig.write_html(temp, include_plotlyjs=True,
                                                       full_html=True))
    return path


def summary_table(summary: Sequence[StrategySummary], title: str = "") -> Table:
    """The per-strategy summary as a rich table for the terminal."""
    from rich.table import Table

    table = Table(title=title or None, caption="means over the seats each strategy held; "
                  "distances in utility space")
    table.add_column("strategy", no_wrap=True)
    for column in ("sessions", "deals", "utility", "welfare", "rounds", "to Pareto",
                   "to Nash"):
        table.add_column(column, justify="right")

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    for s in summary:
        table.add_row(s.strategy, f"{s.sessions:,}", f"{s.agreement_rate:.1%}",
                      fmt(s.mean_utility), fmt(s.mean_welfare), f"{s.mean_rounds:.1f}",
                      fmt(s.mean_pareto_distance), fmt(s.mean_nash_distance))
    return table
