"""The HTML report: one self-contained file a mediator's team can circulate.

:func:`build_report` runs the analysis and the mediation procedures and renders the
Jinja2 template ``templates/report.html.j2``: the brief of ``zopa analyze`` (headline,
issues, bottleneck, minimal concessions, reservation gaps, solutions), the preferences
heat map, the utility space with the frontier, Adjusted Winner (two parties), the single
negotiating text's drafts, the trades and the sensitivity charts. plotly.js is inlined,
so the file opens offline and fetches nothing; figures travel as JSON and are drawn when
the page loads. The same scenario and seed give the same file.

When no agreement is possible, the single text and the solution statistics are shown for
the space the first minimal concession would open, and say so.

:func:`write_report` writes it atomically (a temporary file in the same folder, renamed).

Cost: one :func:`zopa.analysis.analyze`, one single-text run, the trades, one sensitivity
run of ``samples`` samples and a few frontier merges for the chart; the outcome space is
enumerated only where the sensitivity method or the chart's cloud allows it.

>>> from zopa.examples import load_example
>>> html = build_report(load_example(), samples=50)
>>> html.startswith("<!DOCTYPE html>"), "<script src=" in html
(True, False)
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analysis import Analysis, analyze
from ..mediation.adjusted_winner import AdjustedWinner, adjusted_winner, points_from_scenario
from ..mediation.packages import relax
from ..mediation.sensitivity import Sensitivity, sensitivity
from ..mediation.single_text import NoAcceptablePackageError, SingleText, single_text
from ..mediation.trades import Trade, trades
from ..scenario.model import Scenario
from ..space import Space, compile_space
from . import figures
from .markdown import option_text
from .text import concession_sentence, count_text, describe_red_line, options_text

__all__ = ["build_report", "write_report"]


def build_report(scenario: Scenario, *, samples: int = 2000, seed: int = 1) -> str:
    """The report as one HTML document."""
    import jinja2
    import plotly.offline

    from .. import __version__

    space = compile_space(scenario)
    analysis = analyze(space)
    dropped: tuple[str, ...] = ()
    if not analysis.has_agreement and analysis.concessions:
        dropped = analysis.concessions[0].red_lines
    working = relax(space, dropped)
    text: SingleText | None
    try:
        text = single_text(working, dropped=dropped)
    except NoAcceptablePackageError:
        text = None
    found = trades(space)
    monte_carlo = sensitivity(space, samples=samples, seed=seed, drop=dropped, top=3)
    division = (adjusted_winner(points_from_scenario(scenario))
                if len(space.parties) == 2 else None)
    opened = [(c.red_lines, analyze(relax(space, c.red_lines), max_concessions=0).solutions)
              for c in analysis.concessions[:3]] if not analysis.has_agreement else []
    charts = {
        "preferences": figures.preferences_heatmap(space),
        "frontier": figures.frontier_figure(space, analysis, opened=opened, text=text),
    }
    if analysis.concessions:
        charts["concessions"] = figures.concessions_figure(analysis)
    if division is not None:
        charts["adjusted-winner"] = figures.adjusted_winner_figure(division)
    charts["sensitivity"] = figures.sensitivity_figure(monte_carlo, scenario)
    if monte_carlo.relaxed_agreement:
        charts["solutions"] = figures.solutions_figure(monte_carlo)
        charts["nash-spread"] = figures.nash_spread_figure(monte_carlo, scenario)
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("zopa.render", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    template = env.get_template("report.html.j2")
    return template.render(
        title=scenario.name or "Negotiation",
        version=__version__,
        plotly_version=plotly.offline.get_plotlyjs_version(),
        plotly_js=_script_code(plotly.offline.get_plotlyjs()),
        charts={name: _script_data(fig.to_json()) for name, fig in charts.items()},
        brief=_brief(analysis),
        division=_division(division, space) if division is not None else None,
        text=_single_text(text, scenario, dropped),
        trades=_trades(found, space),
        sensitivity=_sensitivity(monte_carlo, scenario),
        dropped=dropped,
    )


def write_report(scenario: Scenario, path: str | Path, *, samples: int = 2000,
                 seed: int = 1) -> int:
    """Write the report to ``path`` (atomically); return its size in bytes."""
    html = build_report(scenario, samples=samples, seed=seed)
    data = html.encode("utf-8")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


def _script_data(text: str) -> str:
    """JSON that is safe inside a ``<script>`` element (``<\\/`` is ``</`` in JSON)."""
    return text.replace("</", "<\\/")


def _script_code(text: str) -> str:
    """JavaScript that is safe inside a ``<script>`` element: only a closing script tag
    (or a comment opener) would end or confuse it, and plotly.js has them only in
    strings, where the escaped form means the same."""
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


def _brief(analysis: Analysis) -> dict[str, Any]:
    """The content of ``zopa analyze``'s brief, as plain data for the template."""
    s = analysis.scenario
    lines = {r.name: r for r in analysis.space.red_lines}
    issues = []
    for status in analysis.issues:
        issues.append({
            "title": s.issue(status.id).title,
            "status": status.status,
            "common": options_text(s, status.id, status.common_ground) or "none",
            "preferred": [options_text(s, status.id, status.preferred[p])
                          if status.preferred.get(p) else "-" for p in analysis.parties],
        })
    solutions = []
    for name, package in analysis.solutions.items():
        if package is not None:
            solutions.append({"name": figures.SOLUTION_TITLES[name],
                              "options": [option_text(s, i.id, package.outcome[i.id])
                                          for i in s.issues],
                              "utilities": [f"{u:.3f}" for u in package.utilities]})
    return {
        "name": s.name or "Unnamed scenario",
        "date": s.date.isoformat() if s.date else None,
        "description": s.description,
        "sources": [src.title + (f" ({src.date.isoformat()})" if src.date else "")
                    for src in s.sources],
        "parties": [s.party(p).title for p in analysis.parties],
        "mediators": [p.title for p in s.parties if p.role == "mediator"],
        "issue_count": len(s.issues),
        "outcomes": f"{analysis.outcomes:,}",
        "has_agreement": analysis.has_agreement,
        "count": count_text(analysis) if analysis.has_agreement else None,
        "issues": issues,
        "blocked": [{"title": s.issue(b.id).title,
                     "red_lines": [describe_red_line(s, lines[n]) for n in b.red_lines]}
                    for b in analysis.blocked],
        "concessions": [concession_sentence(analysis, c.red_lines, c.opens)
                        for c in analysis.concessions],
        "max_concessions": analysis.max_concessions,
        "gaps": [{"party": s.party(p).title, "gap": analysis.reservation_gaps.get(p)}
                 for p in analysis.parties],
        "solutions": solutions,
        "issue_titles": [i.title for i in s.issues],
        "frontier_size": len(analysis.frontier),
    }


def _division(result: AdjustedWinner, space: Space) -> dict[str, Any]:
    s = space.scenario
    a, b = result.table.parties
    rows = []
    for i, (issue, (pa, pb)) in enumerate(zip(result.table.issues, result.table.points,
                                              strict=True)):
        if result.split is not None and result.split.issue == issue:
            share = result.split.share
            goes = (f"split: {s.party(a).title} {float(share[a]):.0%}, "
                    f"{s.party(b).title} {float(share[b]):.0%}")
            means = "a compromise between the two favourites"
        else:
            winner = result.allocation[issue]
            goes = s.party(winner).title
            k = space.parties.index(winner)
            best = int(space.values[i][:, k].argmax())
            means = option_text(s, issue, space.options[i][best])
        rows.append({"issue": s.issue(issue).title, "a": f"{float(pa):.1f}",
                     "b": f"{float(pb):.1f}", "goes": goes, "means": means})
    return {"a": s.party(a).title, "b": s.party(b).title, "rows": rows,
            "total": f"{float(result.totals[a]):.2f}"}


def _single_text(result: SingleText | None, scenario: Scenario,
                 dropped: Sequence[str]) -> dict[str, Any] | None:
    if result is None:
        return None
    drafts = []
    previous = None
    for draft in result.drafts:
        changed = {c.issue: c for c in draft.changes}
        rows = []
        for issue in scenario.issues:
            change = changed.get(issue.id)
            rows.append({
                "issue": issue.title,
                "option": option_text(scenario, issue.id, draft.package.outcome[issue.id]),
                "was": option_text(scenario, issue.id, change.before) if change else None,
            })
        utilities = []
        for k, party in enumerate(result.parties):
            delta: float | None = (draft.package.utilities[k] - previous.package.utilities[k]
                                   if previous is not None else None)
            utilities.append({"party": scenario.party(party).title,
                              "value": f"{draft.package.utilities[k]:.3f}",
                              "delta": f"{delta:+.3f}" if delta is not None else None})
        requests = []
        for request in draft.requests:
            who = scenario.party(request.party).title
            if request.change is None:
                requests.append(f"{who}: no acceptable change of one issue would help it.")
                continue
            effects = ", ".join(f"{scenario.party(p).title} {e:+.3f}"
                                for p, e in zip(result.parties, request.change.effect,
                                                strict=True))
            issue_title = scenario.issue(request.change.issue).title
            after = option_text(scenario, request.change.issue, request.change.after)
            requests.append(f"{who} asked to move {issue_title} to {after} ({effects}): "
                            f"{'adopted' if request.adopted else 'not adopted as asked'}.")
        drafts.append({"number": draft.number, "reason": draft.reason, "rows": rows,
                       "utilities": utilities, "requests": requests})
        previous = draft
    return {"drafts": drafts, "dropped": list(dropped)}


def _trades(found: Sequence[Trade], space: Space) -> list[dict[str, Any]]:
    s = space.scenario
    out = []
    for trade in found:
        p, q = trade.parties
        out.append({
            "p": s.party(p).title, "q": s.party(q).title,
            "p_issue": s.issue(trade.issues[0]).title,
            "p_option": option_text(s, trade.issues[0], trade.options[0]),
            "q_issue": s.issue(trade.issues[1]).title,
            "q_option": option_text(s, trade.issues[1], trade.options[1]),
            "gap": f"{trade.priority_gap:.3f}",
            "gains": ", ".join(f"{s.party(x).title} {g:+.3f}"
                               for x, g in zip(space.parties, trade.gains, strict=True)),
        })
    return out


def _sensitivity(result: Sensitivity, scenario: Scenario) -> dict[str, Any]:
    packages = []
    for letter, outcome in figures.package_letters(result):
        packages.append({"letter": letter,
                         "options": [scenario.issue(i).label(o) if scenario.issue(i).numeric
                                     else str(o) for i, o in outcome.items()]})
    spread = []
    for party, stats in result.nash_spread().items():
        spread.append({"party": scenario.party(party).title,
                       **{k: (f"{v:.3f}" if v is not None else "-") for k, v in stats.items()}})
    return {
        "samples": f"{result.samples:,}",
        "seed": result.seed,
        "intervals": result.intervals,
        "agreement": f"{result.agreement:.0%}",
        "relaxed": f"{result.relaxed_agreement:.0%}",
        "dropped": list(result.dropped),
        "packages": packages,
        "issue_titles": [i.title for i in scenario.issues],
        "spread": spread,
    }
