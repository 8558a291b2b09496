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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import plotly.graph_objects as go

from ..analysis import SOLUTION_TITLES, red_line_evidence
from ..brief import Brief, make_brief
from ..mediation.division import ScenarioDivision
from ..mediation.overview import Mediation, mediate
from ..mediation.sensitivity import Sensitivity
from ..mediation.single_text import SingleText
from ..mediation.trades import Trade
from ..scenario.model import Scenario, Statement
from ..space import Space, compile_space
from . import figures
from .glossary import GLOSSARY, glossary_items
from .markdown import option_text
from .text import concession_sentence, describe_red_line, options_text
from .wording import (
    count_text,
    division_rows,
    division_sentences,
    headline,
    preferences_text,
    space_lead,
)

if TYPE_CHECKING:
    import jinja2

__all__ = ["MEDIATION_TEMPLATE", "SECTIONS", "SHARED_SCRIPT", "MediationView", "ReportSection",
           "brief_context", "build_report", "mediation_view",
           "statement_views", "write_report"]

#: The partial template of the mediation sections, included by the report and by the web
#: workbench's case page (both find it in this package's ``templates`` folder).
MEDIATION_TEMPLATE = "_mediation.html.j2"


@dataclass(frozen=True)
class ReportSection:
    """One section of the report: its anchor ``id``, its entry in the navigation bar
    (``nav``; empty: none) and its partial template in ``templates/sections/``.

    A section reads the template context: ``brief`` (:func:`brief_context`), ``mediation``
    (:func:`mediation_view`), ``charts`` (chart name -> JSON), ``glossary`` (term ->
    definition, for ``<abbr title>``) and ``glossary_items``. A new section plugs in by
    adding its template and its entry here (and its data to the context in
    :func:`build_report`); it should open with one plain sentence (``<p class="lead">``).
    """

    id: str
    nav: str
    template: str


#: The report's sections, in order: the assumptions first, the glossary last.
SECTIONS: tuple[ReportSection, ...] = (
    ReportSection("assumptions", "Assumptions", "sections/_assumptions.html.j2"),
    ReportSection("brief", "Brief", "sections/_brief.html.j2"),
    ReportSection("preferences", "Preferences", "sections/_preferences.html.j2"),
    ReportSection("space", "Utility space", "sections/_space.html.j2"),
    ReportSection("concessions", "Concessions", "sections/_concessions.html.j2"),
    ReportSection("mediation", "Mediation", "sections/_mediation.html.j2"),
    ReportSection("forecast", "Forecast", "_forecast.html.j2"),
    ReportSection("glossary", "Glossary", "sections/_glossary.html.j2"),
)


#: The name of the shared plotly.js a report refers to when not inlining it.
SHARED_SCRIPT = "plotly.min.js"


def build_report(scenario: Scenario, *, samples: int = 2000, seed: int = 1,
                 shared_script: bool = False) -> str:
    """The report as one HTML document: plotly.js (the cartesian partial bundle of
    :mod:`zopa.render.plotlyjs`) inlined (one file that works anywhere, about 1.8 MB), or,
    with ``shared_script``, read from :data:`SHARED_SCRIPT` beside it (a file of a few
    hundred kB; every report in the folder shares the one script)."""
    from .. import __version__
    from .plotlyjs import bundle_script, bundle_version

    brief = make_brief(compile_space(scenario))
    analysis = brief.analysis
    space = brief.space
    result = mediate(space, analysis, samples=samples, seed=seed)
    view = mediation_view(result)
    charts = {
        "preferences": figures.preferences_heatmap(space),
        "frontier": figures.utility_space_figure(brief, text=result.text),
    }
    if analysis.concessions:
        charts["concessions"] = figures.concessions_figure(analysis)
    charts.update(view.charts)
    from .forecast import FORECAST_TEMPLATE, scenario_forecast

    outlook = scenario_forecast(scenario)
    charts.update(outlook.charts)
    template = _environment().get_template("report.html.j2")
    context = brief_context(brief)
    shown = [s for s in SECTIONS if s.id != "assumptions" or context["assumptions"]]
    shown = [s for s in shown if s.id != "concessions" or context["concessions"]]
    return template.render(
        title=scenario.name or "Negotiation",
        version=__version__,
        plotly_version=bundle_version(),
        plotly_js=None if shared_script else bundle_script(),
        shared_script=SHARED_SCRIPT,
        charts={name: figures.chart_json(fig) for name, fig in charts.items()},
        brief=context,
        sections=shown,
        glossary=GLOSSARY,
        glossary_items=glossary_items(),
        partial=MEDIATION_TEMPLATE,
        mediation=view.context,
        forecast_partial=FORECAST_TEMPLATE,
        forecast=outlook.context,
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
    (['adjusted-winner', 'nash-spread', 'sensitivity', 'solutions'], '50.00')
    """
    space = result.space
    scenario = space.scenario
    charts: dict[str, go.Figure] = {}
    if result.division is not None and result.division.division is not None:
        charts["adjusted-winner"] = figures.adjusted_winner_figure(result.division.division,
                                                                   scenario)
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
                 seed: int = 1, shared_script: bool = False) -> int:
    """Write the report to ``path`` (atomically); return its size in bytes. With
    ``shared_script``, plotly.js is written once beside it (:data:`SHARED_SCRIPT`, unless
    already there) instead of inlined."""
    from ..files import write_atomically

    html = build_report(scenario, samples=samples, seed=seed, shared_script=shared_script)
    target = Path(path)
    if shared_script:
        from .plotlyjs import bundle_code

        script = (target.parent if str(target.parent) else Path(".")) / SHARED_SCRIPT
        code = bundle_code().encode("utf-8")
        if not script.is_file() or script.read_bytes() != code:
            write_atomically(script, code)
    return write_atomically(target, html.encode("utf-8"))


def _environment() -> jinja2.Environment:
    """The Jinja2 environment of the report's templates."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("zopa.render", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )


def brief_context(brief: Brief) -> dict[str, Any]:
    """The content of ``zopa analyze``'s brief, as plain data for the templates (the report's
    sections and the workbench's case page)."""
    analysis = brief.analysis
    s = analysis.scenario
    lines = {r.name: r for r in analysis.space.red_lines}
    every = {r.name: r for r in (*analysis.space.red_lines, *analysis.space.nonbinding_red_lines)}
    evidence = {e.name: e for e in red_line_evidence(analysis.space)}
    shown = {n for b in analysis.blocked for n in b.red_lines}
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
                              "utilities": [f"{u:.3f}" for u in package.utilities],
                              "definition": GLOSSARY.get(name.replace("_", "-"), "")})
    others = [{"party": s.party(pid).title, "role": s.party(pid).role,
               "utilities": [f"{brief.other_utilities.get(n, {}).get(pid, float('nan')):.3f}"
                             for n, p in analysis.solutions.items() if p is not None]}
              for pid in analysis.space.others] if solutions else []
    return {
        "lead": headline(brief),
        "assumptions": [a.to_dict() for a in brief.assumptions]
        + [a.to_dict() for a in figures.left_out(analysis.space)],
        "others": others,
        "multi_red_lines": [describe_red_line(s, r) for r in analysis.space.red_lines
                            if not r.single_issue],
        "preferences_text": preferences_text(brief),
        "space_lead": space_lead(brief),
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
                     "red_lines": [describe_red_line(s, lines[n]) for n in b.red_lines],
                     "statements": [statement_views(evidence[n].statements)
                                    for n in b.red_lines]}
                    for b in analysis.blocked],
        "has_statements": bool(s.statements),
        "other_red_lines": [{"text": describe_red_line(s, every[e.name]),
                             "statements": statement_views(e.statements)}
                            for e in evidence.values() if e.name not in shown]
                           if s.statements else [],
        "concessions": [concession_sentence(analysis, c.red_lines, c.opens)
                        for c in analysis.concessions],
        "max_concessions": analysis.max_concessions,
        "gaps": [{"party": s.party(p).title, "gap": analysis.reservation_gaps.get(p)}
                 for p in analysis.parties],
        "solutions": solutions,
        "issue_titles": [i.title for i in s.issues],
        "frontier_size": len(analysis.frontier),
    }


def statement_views(statements: Sequence[Statement]) -> list[dict[str, Any]]:
    """Cited statements as ``templates/_statements.html.j2`` shows them (the report and
    the workbench): the quote, the speaker and their title, the date, the source."""
    return [{"id": st.id, "quote": st.quote, "speaker": st.speaker, "title": st.title,
             "date": st.date.isoformat() if st.date else None,
             "source": st.source.title or st.source.file if st.source else None,
             "url": st.source.url if st.source and (st.source.url or "").startswith(
                 ("https://", "http://")) else None}
            for st in statements]


def _division(result: ScenarioDivision, space: Space) -> dict[str, Any]:
    s = space.scenario
    a, b = result.parties
    rows = [{"issue": r.issue, "a": r.points[0], "b": r.points[1], "goes": r.goes,
             "means": r.option, "why": r.why} for r in division_rows(result, space)]
    return {"a": s.party(a).title, "b": s.party(b).title, "rows": rows,
            "sentences": division_sentences(result, space),
            "total": (f"{float(result.division.totals[a]):.2f}"
                      if result.division is not None else None)}


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
