"""The mediation procedures' results for the terminal (rich renderables).

One function per result: :func:`adjusted_winner_view`, :func:`improvement_view`,
:func:`trades_view` and :func:`sensitivity_view`. The single negotiating text is shown
from its Markdown (:mod:`zopa.render.markdown`).

>>> from rich.console import Console
>>> from zopa.mediation.adjusted_winner import PointsTable, adjusted_winner
>>> table = PointsTable.from_rows(("a", "b"), {"x": (60, 40), "y": (40, 60)})
>>> console = Console(width=80, record=True)
>>> console.print(adjusted_winner_view(adjusted_winner(table)))  # doctest: +ELLIPSIS
Adjusted Winner...
>>> "Each party gets 60.00 of its own 100 points" in console.export_text()
True
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..analysis.solutions import SOLUTION_TITLES
from ..mediation.adjusted_winner import AdjustedWinner, fraction_text
from ..mediation.division import ScenarioDivision
from ..mediation.improve import Improvement
from ..mediation.sensitivity import Sensitivity
from ..mediation.trades import Trade
from ..scenario.model import Scenario
from ..space import Space
from .markdown import option_text
from .wording import USUAL, division_rows, division_sentences

__all__ = ["adjusted_winner_view", "division_view", "improvement_view", "sensitivity_view",
           "trades_view"]



def adjusted_winner_view(result: AdjustedWinner) -> Group:
    """The points table with who gets each issue, the split, and the equal totals."""
    a, b = result.table.parties
    table = Table(title="Adjusted Winner (Brams and Taylor)", title_justify="left")
    table.add_column("Issue")
    table.add_column(f"{a} points", justify="right")
    table.add_column(f"{b} points", justify="right")
    table.add_column("Goes to")
    for issue, (pa, pb) in zip(result.table.issues, result.table.points, strict=True):
        if result.split is not None and result.split.issue == issue:
            share = result.split.share
            goes = (f"split: {a} {_percent(share[a])}, {b} {_percent(share[b])}")
        else:
            goes = result.allocation[issue]
        table.add_row(issue, _points(pa), _points(pb), goes)
    totals = Text()
    totals.append("Each party gets ", style="bold")
    total = result.totals[a]
    totals.append(f"{float(total):.2f} of its own 100 points (exactly {fraction_text(total)}).")
    notes = []
    for party, written in zip(result.table.parties, result.table.written, strict=True):
        if written != 100:
            notes.append(f"{party}'s points added up to {float(written):g}; rescaled to 100.")
    return Group(table, totals, *(Text(n, style="dim") for n in notes))


def division_view(result: ScenarioDivision, space: Space) -> Group:
    """Adjusted Winner on a scenario: each issue with the points, who gets it, the option it
    lands on and why; then the totals and what was set aside (one wording with the report
    and the workbench, :mod:`zopa.render.wording`)."""
    s = space.scenario
    a, b = (s.party(p).title for p in result.parties)
    table = Table(title="Adjusted Winner (Brams and Taylor), within the red lines",
                  title_justify="left")
    table.add_column("Issue")
    table.add_column(f"{a} points", justify="right")
    table.add_column(f"{b} points", justify="right")
    table.add_column("Goes to")
    table.add_column("Option")
    notes = []
    for row in division_rows(result, space):
        table.add_row(row.issue, row.points[0], row.points[1], row.goes, row.option)
        if row.why != USUAL and row.goes != "settled":
            notes.append(Text(f"{row.issue}: {row.why}.", style="dim"))
    return Group(table, *notes, *(Text(t) for t in division_sentences(result, space)))


def improvement_view(result: Improvement, scenario: Scenario) -> Group:
    """The baseline, whether it can be improved, and the maximin improvement."""
    parts: list[RenderableType] = []
    head = Text()
    utilities = _utilities(scenario, result.parties, result.baseline.utilities)
    head.append("Baseline: ", style="bold")
    head.append(utilities + ".")
    if result.crossed:
        head.append(f" It crosses {', '.join(result.crossed)}.", style="yellow")
    parts.append(head)
    count = ("too many to count" if result.count is None else f"{result.count:,}")
    parts.append(Text(f"Packages that cross no red line and leave every party at least as "
                      f"well off (the baseline included): {count}."))
    if result.best is None:
        parts.append(Text("The baseline is efficient: no package is better for one party "
                          "without being worse for another.", style="bold green"))
        return Group(*parts)
    table = Table(title="Maximin improvement (the smallest gain is largest)",
                  title_justify="left")
    table.add_column("Issue")
    table.add_column("Baseline")
    table.add_column("Improvement")
    for issue in scenario.issues:
        before = result.baseline.outcome[issue.id]
        after = result.best.outcome[issue.id]
        style = "bold" if before != after else ""
        table.add_row(issue.title, option_text(scenario, issue.id, before),
                      Text(option_text(scenario, issue.id, after), style=style))
    parts.append(table)
    gains = ", ".join(f"{scenario.party(p).title} {g:+.3f}"
                      for p, g in zip(result.parties, result.gains, strict=True))
    parts.append(Text(f"Gains: {gains}. {len(result.efficient)} efficient package"
                      f"{'s' if len(result.efficient) != 1 else ''} improve on the baseline "
                      "(see --json)."))
    return Group(*parts)


def trades_view(found: Sequence[Trade], scenario: Scenario) -> RenderableType:
    """The trades, best first."""
    if not found:
        return Text("No trade helps both sides: on the issues left open, the parties' "
                    "priorities do not differ enough (or the issues are blocked).")
    table = Table(title="Trades (logrolling): each gets its way on the issue it cares more "
                        "about", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Gets its way")
    table.add_column("In exchange")
    table.add_column("Priority gap", justify="right")
    table.add_column("Gains", justify="right")
    for k, trade in enumerate(found, 1):
        p, q = trade.parties
        gives = (f"{scenario.party(p).title}: {scenario.issue(trade.issues[0]).title} -> "
                 f"{option_text(scenario, trade.issues[0], trade.options[0])}")
        takes = (f"{scenario.party(q).title}: {scenario.issue(trade.issues[1]).title} -> "
                 f"{option_text(scenario, trade.issues[1], trade.options[1])}")
        gains = ", ".join(f"{scenario.party(x).title} {g:+.3f}"
                          for x, g in zip(scenario_parties(scenario), trade.gains, strict=True))
        table.add_row(str(k), gives, takes, f"{trade.priority_gap:.3f}", gains)
    return table


def sensitivity_view(result: Sensitivity, scenario: Scenario) -> Group:
    """The Monte Carlo figures in a few tables."""
    head = Text()
    plural = "s" if result.intervals != 1 else ""
    head.append(f"{result.samples:,} samples (seed {result.seed}, {result.intervals} "
                f"uncertain number{plural}, method {result.method}). ", style="bold")
    head.append(f"An agreement space exists in {_percent(result.agreement)} of them")
    if result.reservations_block:
        head.append(f"; the reservations alone block every package in "
                    f"{_percent(result.reservations_block)}")
    head.append(".")
    issues = Table(title="Bottleneck issues (share of samples)", title_justify="left")
    issues.add_column("Issue")
    issues.add_column("Bottleneck", justify="right")
    for issue in scenario.issues:
        issues.add_row(issue.title, _percent(result.bottlenecks[issue.id]))
    parts: list[RenderableType] = [head, issues]
    if result.concessions:
        table = Table(title="Minimal concessions: how often each opens a deal",
                      title_justify="left")
        table.add_column("Red lines dropped")
        table.add_column("Opens a deal", justify="right")
        for names, share in result.concessions:
            table.add_row(", ".join(names), _percent(share))
        parts.append(table)
    where = (f" (with {', '.join(result.dropped)} set aside)" if result.dropped else "")
    if not result.relaxed_agreement:
        parts.append(Text(f"No agreement space in any sample{where}: no solution to report. "
                          "Set aside a concession with --drop to see the deal it opens."))
        return Group(*parts)
    solutions = Table(title=f"Packages chosen most often{where}", title_justify="left")
    solutions.add_column("Solution")
    solutions.add_column("Package")
    solutions.add_column("Share", justify="right")
    for name, found in result.solutions.items():
        for k, freq in enumerate(found[:3]):
            text = ", ".join(f"{i}={o}" for i, o in freq.outcome.items())
            solutions.add_row(SOLUTION_TITLES[name] if k == 0 else "", text,
                              _percent(freq.share))
    spread = Table(title="Utility at the Nash package", title_justify="left")
    spread.add_column("Party")
    for column in ("mean", "p5", "median", "p95"):
        spread.add_column(column, justify="right")
    for party, stats in result.nash_spread().items():
        spread.add_row(scenario.party(party).title,
                       *(f"{stats[c]:.3f}" if stats[c] is not None else "-"
                         for c in ("mean", "p5", "median", "p95")))
    parts += [solutions, spread]
    return Group(*parts)


def scenario_parties(scenario: Scenario) -> list[str]:
    return [p.id for p in scenario.negotiators]


def _utilities(scenario: Scenario, parties: Sequence[str], values: Sequence[float]) -> str:
    return ", ".join(f"{scenario.party(p).title} {u:.3f}"
                     for p, u in zip(parties, values, strict=True))


def _points(value: Fraction) -> str:
    return fraction_text(value) if value.denominator == 1 else f"{float(value):.2f}"


def _percent(value: float | Fraction) -> str:
    return f"{float(value) * 100:.1f}%"
