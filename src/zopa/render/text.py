"""The analysis as a brief a mediator can read in a minute, for the terminal.

:func:`brief` returns rich renderables: the headline, an issues table (status, common
ground, what each party prefers), the bottleneck in plain words with the colliding red
lines' notes and sources, the minimal concessions as sentences, the solution packages
side by side, and the frontier's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..analysis import SOLUTION_TITLES, Analysis, Package, RedLineEvidence, red_line_evidence
from ..brief import Brief
from ..scenario.model import OptionId, Scenario, Statement
from ..space import CompiledRedLine
from .wording import count_text, headline

__all__ = ["brief", "concession_sentence", "count_text", "describe_red_line", "forbid_text",
           "options_text", "red_line_name", "statement_text"]

_STATUS_STYLE = {"blocked": "bold red", "open": "yellow", "agreed": "green"}


def brief(result: Brief) -> Group:
    """The whole brief, ready for ``rich.console.Console.print``: the assumptions first."""
    analysis = result.analysis
    parts: list[RenderableType] = [_headline(analysis, result)]
    if result.assumptions:
        parts.append(_assumptions(result))
    parts.append(_issues_table(analysis))
    bottleneck = _bottleneck(analysis)
    if bottleneck is not None:
        parts.append(bottleneck)
    on_record = _other_red_lines(analysis)
    if on_record is not None:
        parts.append(on_record)
    if analysis.has_agreement:
        parts.append(_solutions_table(result))
    else:
        parts.append(_concessions(analysis))
        parts.append(_gaps(analysis))
    parts.append(_footer(analysis))
    return Group(*parts)


def _assumptions(result: Brief) -> RenderableType:
    text = Text()
    text.append("Assumptions", style="bold yellow")
    for a in result.assumptions:
        text.append(f"\n- {a.text}")
    return text


def _headline(analysis: Analysis, result: Brief) -> RenderableType:
    s = analysis.scenario
    names = ", ".join(s.party(p).title for p in analysis.parties)
    mediators = [p.title for p in s.parties if p.role == "mediator"]
    text = Text()
    text.append(s.name or "Unnamed scenario", style="bold")
    if s.date:
        text.append(f" ({s.date.isoformat()})")
    text.append(f"\nParties: {names}")
    if mediators:
        text.append(f"; mediated by {', '.join(mediators)}")
    discounts = [f"{p.title} {p.discount:g}" for p in s.parties if p.discount is not None]
    if discounts:
        text.append(f"\nDiscount factors (GENIUS; no effect on this static analysis): "
                    f"{', '.join(discounts)}")
    text.append(f"\n{len(s.issues)} issues, {analysis.outcomes:,} possible packages. ")
    text.append(headline(result),
                style="bold green" if analysis.has_agreement else "bold red")
    return Panel(text, title="zopa", expand=False)


def _issues_table(analysis: Analysis) -> Table:
    s = analysis.scenario
    table = Table(title="Issues", title_justify="left", show_lines=False)
    table.add_column("Issue", max_width=28)
    table.add_column("Status", no_wrap=True)
    table.add_column("Common ground")
    for p in analysis.parties:
        table.add_column(f"{s.party(p).title} prefers")
    for status in analysis.issues:
        ground = options_text(s, status.id, status.common_ground) or "none"
        row: list[str | Text] = [s.issue(status.id).title,
                                 Text(status.status, style=_STATUS_STYLE[status.status]), ground]
        for p in analysis.parties:
            preferred = status.preferred.get(p)
            row.append(options_text(s, status.id, preferred) if preferred else "-")
        table.add_row(*row)
    return table


def options_text(scenario: Scenario, issue_id: str, options: Sequence[OptionId]) -> str:
    """A set of options of one issue, in few words ("any option", "100,000 to 250,000")."""
    issue = scenario.issue(issue_id)
    if len(options) == len(issue.option_ids) and len(options) > 2:
        return "any option"
    if issue.numeric and len(options) > 3:
        return f"{issue.label(options[0])} to {issue.label(options[-1])}"
    return ", ".join(issue.label(o) if issue.numeric else str(o) for o in options)


def _bottleneck(analysis: Analysis) -> RenderableType | None:
    blocked = analysis.blocked
    if not blocked:
        return None
    s = analysis.scenario
    text = Text()
    titles = [s.issue(b.id).title for b in blocked]
    text.append("The bottleneck: ", style="bold")
    text.append(f"{_join(titles)} {'is' if len(titles) == 1 else 'are'} blocked: "
                "together the parties' red lines rule out every option.\n")
    lines = {r.name: r for r in analysis.space.red_lines}
    evidence = {r.name: r for r in red_line_evidence(analysis.space)}
    for status in blocked:
        text.append(f"\n{s.issue(status.id).title}\n", style="bold")
        for name in status.red_lines:
            text.append("  " + describe_red_line(s, lines[name]) + "\n")
            _statements(text, evidence[name])
    return Panel(text, expand=False)


def _statements(text: Text, evidence: RedLineEvidence) -> None:
    for statement in evidence.statements:
        text.append("      " + statement_text(statement) + "\n", style="dim")


def statement_text(statement: Statement) -> str:
    """A cited statement in one line: the quote, who said it (and as what), and when."""
    who = statement.speaker + (f", {statement.title}" if statement.title else "")
    when = statement.date.isoformat() if statement.date else "undated"
    return f"{statement.id}: \u201c{statement.quote}\u201d ({who}, {when})"


def _other_red_lines(analysis: Analysis) -> RenderableType | None:
    """The red lines the bottleneck does not show, with the statements behind them; only
    for a scenario that records statements."""
    s = analysis.scenario
    if not s.statements:
        return None
    shown = {n for b in analysis.blocked for n in b.red_lines}
    lines = {r.name: r for r in (*analysis.space.red_lines, *analysis.space.nonbinding_red_lines)}
    text = Text()
    text.append("Other red lines and the statements behind them\n", style="bold")
    others = [e for e in red_line_evidence(analysis.space) if e.name not in shown]
    if not others:
        return None
    for evidence in others:
        text.append("  " + describe_red_line(s, lines[evidence.name]) + "\n")
        if not evidence.statements:
            text.append("      no statement cited\n", style="dim")
        _statements(text, evidence)
    return text


def forbid_text(scenario: Scenario, red_line: CompiledRedLine) -> str:
    """What a red line rules out: ``crimea recognised-russian``, ``armed-forces <= 75000``,
    joined by ``together with`` over several issues."""
    parts = []
    for issue_id, spec in red_line.source.forbid.items():
        issue = scenario.issue(issue_id)
        if isinstance(spec, tuple):
            excluded = ", ".join(str(o) for o in spec)
        else:
            bounds = [f">= {spec.min}" if spec.min is not None else "",
                      f"<= {spec.max}" if spec.max is not None else ""]
            excluded = " and ".join(b for b in bounds if b)
        parts.append(f"{issue.id} {excluded}")
    return " together with ".join(parts)


def red_line_name(red_line: CompiledRedLine) -> str:
    """``russia#0``, or ``russia#0 'crimea-russian'`` when the red line has a label or an
    id of its own."""
    own = red_line.source.label or red_line.source.id
    return f"{red_line.name} '{own}'" if own else red_line.name


def describe_red_line(scenario: Scenario, red_line: CompiledRedLine) -> str:
    """One line on a red line: whose it is, what it excludes, its note and source."""
    party = scenario.party(red_line.party).title
    text = (f"{red_line_name(red_line)} ({party}) rules out "
            f"{forbid_text(scenario, red_line)}")
    if red_line.source.note:
        text += f": '{red_line.source.note}'"
    if red_line.source.source:
        text += f" [{red_line.source.source}]"
    return text


def concession_sentence(analysis: Analysis, names: Iterable[str], opens: int | None) -> str:
    """"If Russia dropped russia#0 (crimea ukrainian-sovereignty, ...) and ..., N packages
    would become acceptable": each red line by its name (and label or id) and what it rules
    out, so that two red lines with the same note read apart."""
    s = analysis.scenario
    lines = {r.name: r for r in analysis.space.red_lines}
    by_party: dict[str, list[str]] = {}
    for name in names:
        red_line = lines[name]
        by_party.setdefault(red_line.party, []).append(
            f"{red_line_name(red_line)} (no {forbid_text(s, red_line)})")
    clauses = [f"{s.party(p).title} dropped {_join(items)}" for p, items in by_party.items()]
    if opens is None:
        result = "an agreement would become possible"
    else:
        result = f"{opens:,} package{'s' if opens != 1 else ''} would become acceptable"
    return f"If {_join(clauses)}, {result}."


def _concessions(analysis: Analysis) -> RenderableType:
    text = Text()
    text.append("Smallest concessions that would open a deal", style="bold")
    text.append(f" (sets of up to {analysis.max_concessions} red lines)\n")
    if not analysis.concessions:
        text.append("None: dropping up to that many red lines is not enough; the "
                    "reservations stand in the way too (see the gaps below).")
    for k, concession in enumerate(analysis.concessions, 1):
        text.append(f"{k}. " + concession_sentence(analysis, concession.red_lines,
                                                   concession.opens) + "\n")
    return text


def _gaps(analysis: Analysis) -> RenderableType:
    s = analysis.scenario
    text = Text()
    text.append("Reservation gaps", style="bold")
    text.append(" (how far each no-deal value would have to fall, all red lines kept)\n")
    if not analysis.reservation_gaps:
        text.append("  None can help: the red lines alone rule out every package the others "
                    "could accept.\n")
        return text
    for p in analysis.parties:
        gap = analysis.reservation_gaps.get(p)
        title = s.party(p).title
        if gap is None:
            text.append(f"  {title}: no lowering helps; red lines alone exclude every "
                        "package the others could accept\n")
        else:
            text.append(f"  {title}: {gap:.3f}\n")
    return text


def _solutions_table(result: Brief) -> Table:
    analysis = result.analysis
    s = analysis.scenario
    table = Table(title="Solution packages", title_justify="left")
    table.add_column("", no_wrap=True)
    chosen = [(name, p) for name, p in analysis.solutions.items() if p is not None]
    for name, _ in chosen:
        table.add_column(SOLUTION_TITLES[name])
    for issue in s.issues:
        table.add_row(issue.id, *(_option_label(s, issue.id, p) for _, p in chosen))
    for k, party in enumerate(analysis.parties):
        table.add_row(Text(f"{s.party(party).title} utility", style="bold"),
                      *(f"{p.utilities[k]:.3f}" for _, p in chosen))
    # Mediators and observers with preferences have no veto, but their view is reported.
    others = [result.other_utilities.get(name, {}) for name, _ in chosen]
    for pid in analysis.space.others:
        other = s.party(pid)
        table.add_row(Text(f"{other.title} utility ({other.role})", style="dim"),
                      *(f"{o[pid]:.3f}" if pid in o else "-" for o in others))
    return table


def _option_label(scenario: Scenario, issue_id: str, package: Package) -> str:
    option = package.outcome[issue_id]
    issue = scenario.issue(issue_id)
    return issue.label(option) if issue.numeric else str(option)


def _footer(analysis: Analysis) -> RenderableType:
    n = len(analysis.frontier)
    if not n:
        text = Text("Pareto frontier: empty (no agreement space).", style="dim")
    else:
        text = Text(f"Pareto frontier: {n:,} efficient package{'s' if n != 1 else ''} "
                    "(see --json for all of them).", style="dim")
    if not analysis.frontier_exact:
        text.append(f"\nThe frontier is approximate (method {analysis.frontier_method}): a "
                    f"package it misses improves on it by at most {analysis.frontier_bound:.3g} "
                    "in a party's utility.", style="bold yellow")
    elif not analysis.space.additive:
        text.append(f"\nValues interact across issues; the frontier is exact (method "
                    f"{analysis.frontier_method}).", style="dim")
    ref = analysis.reference
    if ref is not None:
        line = (f"\nReference frontier ({ref.source}): {ref.points} point"
                f"{'s' if ref.points != 1 else ''}, {ref.covered} covered by zopa's; "
                f"{ref.beyond} of zopa's points lie beyond it.")
        if ref.uncovered:
            line += (f" {len(ref.uncovered)} reference point(s) lie outside zopa's frontier, "
                     f"by up to {ref.shortfall:.3g}.")
        text.append(line, style="bold red" if ref.uncovered else "dim")
    return text


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
