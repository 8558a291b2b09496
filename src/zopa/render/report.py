"""The HTML report: one self-contained file a mediator's team can circulate.

:func:`build_report` runs the analysis and the mediation procedures
(:func:`zopa.mediation.mediate`) and renders the Jinja2 template
``templates/report.html.j2``: the brief of ``zopa analyze`` (headline, issues,
bottleneck, minimal concessions, reservation gaps, solutions), the preferences heat map,
the utility space with the frontier, and the mediation sections of the partial
``templates/_mediation.html.j2``: Adjusted Winner (two parties), the single negotiating
text's drafts, the trades and the sensitivity charts. plotly.js is inlined, so the file
opens offline and fetches nothing; each figure travels as JSON next to the element it is
drawn in (``templates/_chart.html.j2``), and ``templates/_charts.js.j2`` draws them when
the page loads. The same scenario and seed give the same file.

:func:`mediation_view` turns the mediation results into what the partial reads; the web
workbench's case page includes the same partial with the same data.

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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import plotly.graph_objects as go

from ..analysis import SOLUTION_TITLES, Analysis, analyze
from ..mediation.adjusted_winner import AdjustedWinner
from ..mediation.overview import Mediation, mediate
from ..mediation.sensitivity import Sensitivity
from ..mediation.single_text import SingleText
from ..mediation.trades import Trade
from ..scenario.model import Scenario
from ..space import Space, compile_space
from . import figures
from .markdown import option_text
from .text import concession_sentence, count_text, describe_red_line, options_text

if TYPE_CHECKING:
    import jinja2

__all__ = ["MEDIATION_TEMPLATE", "MediationView", "build_report", "mediation_view",
           "write_report"]

#: The partial template of the mediation sections, included by the report and by the web
#: workbench's case page (both find it in this package's ``templates`` folder).
MEDIATION_TEMPLATE = "_mediation.html.j2"


def build_report(scenario: Scenario, *, samples: int = 2000, seed: int = 1) -> str:
    """The report as one HTML document."""
    import plotly.offline

    from .. import __version__

    space = compile_space(scenario)
    analysis = analyze(space)
    result = mediate(space, analysis, samples=samples, seed=seed)
    view = mediation_view(result)
    charts = {
        "preferences": figures.preferences_heatmap(space),
        "frontier": figures.frontier_figure(
            space, analysis, opened=figures.concession_spaces(space, analysis),
            text=result.text),
    }
    if analysis.concessions:
        charts["concessions"] = figures.concessions_figure(analysis)
    charts.update(view.charts)
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=scenario.name or "Negotiation",
        version=__version__,
        plotly_version=plotly.offline.get_plotlyjs_version(),
        plotly_js=_script_code(plotly.offline.get_plotlyjs()),
        charts={name: figures.chart_json(fig) for name, fig in charts.items()},
        brief=_brief(analysis),
        partial=MEDIATION_TEMPLATE,
        mediation=view.context,
    )


@dataclass(frozen=True)
class MediationView:
    """The mediation sections as ``templates/_mediation.html.j2`` reads them: ``context``
    (plain data, the template's ``mediation``) and ``charts`` (by the names the template
    places them under: ``adjusted-winner`` for two parties, ``sensitivity``, and
    ``solutions`` and ``nash-spread`` when some sample has a deal)."""

    context: Mapping[str, Any]
    charts: Mapping[str, go.Figure]


def mediation_view(result: Mediation) -> MediationView:
    """The mediation results of :func:`zopa.mediation.mediate` as the partial template
    shows them, in the report and on the workbench's case page.

    >>> from zopa.examples import load_example
    >>> from zopa.mediation import mediate
    >>> from zopa.space import compile_space
    >>> view = mediation_view(mediate(compile_space(load_example()), samples=50))
    >>> sorted(view.charts), view.context["division"]["total"]
    (['adjusted-winner', 'nash-spread', 'sensitivity', 'solutions'], '51.79')
    """
    space = result.space
    scenario = space.scenario
    charts: dict[str, go.Figure] = {}
    if result.division is not None:
        charts["adjusted-winner"] = figures.adjusted_winner_figure(result.division)
    charts["sensitivity"] = figures.sensitivity_figure(result.sensitivity, scenario)
    if result.sensitivity.relaxed_agreement:
        charts["solutions"] = figures.solutions_figure(result.sensitivity)
        charts["nash-spread"] = figures.nash_spread_figure(result.sensitivity, scenario)
    context = {
        "division": (_division(result.division, space) if result.division is not None
                     else None),
        "text": _single_text(result.text, scenario, result.dropped),
        "trades": _trades(result.trades, space),
        "sensitivity": _sensitivity(result.sensitivity, scenario),
        "dropped": list(result.dropped),
        "max_concessions": result.analysis.max_concessions,
    }
    return MediationView(context, charts)


def write_report(scenario: Scenario, path: str | Path, *, samples: int = 2000,
                 seed: int = 1) -> int:
    """Write the report to ``path`` (atomically); return its size in bytes."""
    html = build_report(scenario, samples=samples, seed=seed)
    data = html.encode("utf-8")
    from ..files import write_atomically

    return write_atomically(path, data)


def _environment() -> jinja2.Environment:
    """The Jinja2 environment of the report's templates."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("zopa.render", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )


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
            solutions.append({"name": SOLUTION_TITLES[name],
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
