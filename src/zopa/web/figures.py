"""The one chart only the workbench draws: the timeline of a case across its versions, as
the plain JSON plotly.js draws (``{"data", "layout"}``), placed from the standing of each
version (:func:`zopa.history.standing`).

Every other chart of the pages (the utility space, the preferences heat map, the mediation
results) is the report's, from :mod:`zopa.render.figures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..analysis.evidence import StatementOrigin
from ..scenario.model import Scenario
from .service import TimelinePoint

__all__ = ["statements_figure", "timeline_figure"]

Figure = dict[str, Any]

_LAYOUT = {"margin": {"l": 60, "r": 20, "t": 40, "b": 50}, "height": 420,
           "template": None, "font": {"size": 12}}


def timeline_figure(points: Sequence[TimelinePoint]) -> Figure:
    """Across versions: the agreement space's size, the number of blocked issues, and
    each negotiator's utility in the Nash package."""
    x = [f"v{p.version.number}" for p in points]
    sizes = [p.standing.agreement_space if p.standing.agreement_space is not None
             else p.standing.estimate for p in points]
    data: list[dict[str, Any]] = [
        {"type": "bar", "name": "agreement space (packages)", "x": x, "y": sizes,
         "marker": {"color": "#1f6feb"}, "yaxis": "y"},
        {"type": "scatter", "mode": "lines+markers", "name": "blocked issues", "x": x,
         "y": [len(p.standing.blocked) for p in points],
         "text": [", ".join(p.standing.blocked) or "none" for p in points],
         "line": {"color": "#cf222e"}, "yaxis": "y2"},
    ]
    parties = points[-1].standing.parties if points else ()
    for k, party in enumerate(parties):
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": f"Nash: {party}", "x": x,
            "y": [_nash_utility(p, party) for p in points],
            "text": [_outcome_text(p.standing.nash.outcome) if p.standing.nash else "no deal"
                     for p in points],
            "yaxis": "y3", "line": {"dash": "dash" if k % 2 else "solid"}})
    return {"data": data, "layout": {
        **_LAYOUT, "height": 520, "title": {"text": "How the case moved across versions"},
        "yaxis": {"title": {"text": "agreement space"}, "domain": [0.70, 1.0],
                  "rangemode": "tozero"},
        "yaxis2": {"title": {"text": "blocked"}, "domain": [0.38, 0.62], "rangemode": "tozero",
                   "dtick": 1},
        "yaxis3": {"title": {"text": "Nash utility"}, "domain": [0.0, 0.30], "range": [0, 1]},
        "xaxis": {"anchor": "y3"}, "legend": {"orientation": "h", "y": -0.15}}}


def _nash_utility(point: TimelinePoint, party: str) -> float | None:
    nash = point.standing.nash
    if nash is None or party not in point.standing.parties:
        return None
    return nash.utilities[point.standing.parties.index(party)]


def _outcome_text(outcome: Any) -> str:
    return "<br>".join(f"{k}: {v}" for k, v in dict(outcome).items())


_KIND_SYMBOL = {"red_line": "x", "demand": "diamond", "offer": "circle", "other": "circle-open"}


def statements_figure(origins: Sequence[StatementOrigin], scenario: Scenario,
                      case_id: int) -> Figure:
    """The statements on record by date, one row per party and issue (a statement on two
    issues is a point on each row), one trace per party; the marker says the kind. Each
    point carries the link to the version that recorded it (``customdata.href``)."""
    rows: dict[str, dict[str, list[Any]]] = {}
    for origin in origins:
        st = origin.statement
        if st.date is None:
            continue
        party = scenario.party(st.side).title if st.side else "no side"
        for issue in st.issues or ("(no issue)",):
            trace = rows.setdefault(party, {"x": [], "y": [], "text": [], "customdata": [],
                                            "symbol": []})
            trace["x"].append(st.date.isoformat())
            trace["y"].append(f"{party} \u00b7 {issue}")
            trace["text"].append(f"{st.id} {st.speaker}, v{origin.version}: {st.quote[:120]}")
            trace["customdata"].append({"href": f"/cases/{case_id}?version={origin.version}"})
            trace["symbol"].append(_KIND_SYMBOL[st.kind])
    data = [{"type": "scatter", "mode": "markers", "name": party, "x": t["x"], "y": t["y"],
             "text": t["text"], "customdata": t["customdata"], "hoverinfo": "text+x",
             "marker": {"size": 11, "symbol": t["symbol"]}}
            for party, t in rows.items()]
    height = 160 + 28 * len({y for t in rows.values() for y in t["y"]})
    return {"data": data, "layout": {
        **_LAYOUT, "height": height,
        "title": {"text": "Statements by party and issue (click a point for its version)"},
        "xaxis": {"type": "date", "title": {"text": "date"}},
        "yaxis": {"type": "category", "automargin": True},
        "legend": {"orientation": "h", "y": -0.25}}}
