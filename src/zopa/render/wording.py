"""One wording of each result, shared by the terminal, the report and the workbench.

The functions here turn typed results into plain strings and rows of strings (names, not
ids; units with every number), so that the three outputs say the same thing the same way.
They compute nothing: every number comes from the result they are given.

>>> from zopa.examples import load_example
>>> from zopa.mediation.division import divide
>>> from zopa.space import compile_space
>>> space = compile_space(load_example())
>>> rows = division_rows(divide(space), space)
>>> rows[0].issue, rows[0].goes, rows[0].option
('Neutrality and NATO', 'settled', 'neutral-guaranteed')
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..analysis import Analysis
from ..brief import Brief
from ..history import Standing
from ..mediation.adjusted_winner import fraction_text
from ..mediation.division import ScenarioDivision
from ..scenario.model import OptionId, Scenario, midpoint
from ..space import Space
from ..whatif import Comparison

__all__ = [
    "USUAL",
    "ComparisonRow",
    "DivisionRow",
    "comparison_rows",
    "count_text",
    "division_rows",
    "division_sentences",
    "headline",
    "join",
    "option_words",
    "points_text",
    "preferences_text",
    "red_line_title",
    "space_lead",
    "weight_share",
]


#: Why an issue lands where it does, in the usual case (outputs short of room leave it out).
USUAL = "its best option the other side accepts"


@dataclass(frozen=True)
class DivisionRow:
    """One issue of a fair division, as every output shows it: its title, each side's
    points (``""`` when set aside), who it goes to (a party's name, ``split: ...``,
    ``settled``, ``blocked`` or ``set aside``), the option it lands on and why."""

    issue: str
    points: tuple[str, str]
    goes: str
    option: str
    why: str


def join(items: list[str] | tuple[str, ...]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def option_words(scenario: Scenario, issue_id: str, option: OptionId) -> str:
    """An option as a reader sees it: a numeric option with its unit, a discrete one by id."""
    issue = scenario.issue(issue_id)
    return issue.label(option) if issue.numeric else str(option)


def points_text(value: Fraction) -> str:
    """Points to one decimal, as every output writes them."""
    return f"{float(value):.1f}"


def division_rows(result: ScenarioDivision, space: Space) -> list[DivisionRow]:
    """The division issue by issue, in file order."""
    s = space.scenario
    names = {p: s.party(p).title for p in result.parties}
    aside = {a.issue: a for a in result.set_aside}
    moved = {a.issue: a for a in result.adjustments}
    division = result.division
    rows = []
    for iid in space.issues:
        title = s.issue(iid).title
        if iid in aside:
            a = aside[iid]
            if a.status == "blocked":
                rows.append(DivisionRow(title, ("", ""), "blocked", "-",
                                        "no option both sides accept (" + join(
                                            [red_line_title(space, n) for n in a.red_lines])
                                        + ")"))
            elif a.status == "settled":
                assert a.option is not None
                rows.append(DivisionRow(title, ("", ""), "settled",
                                        option_words(s, iid, a.option),
                                        "both sides' best acceptable option"))
            else:
                rows.append(DivisionRow(title, ("", ""), "set aside", "-",
                                        "every award would cross " + join(
                                            [red_line_title(space, n) for n in a.red_lines])))
            continue
        if division is None:
            continue
        pa, pb = division.table.of(iid)
        points = (points_text(pa), points_text(pb))
        if division.split is not None and division.split.issue == iid:
            share = division.split.share
            goes = "split: " + ", ".join(f"{names[p]} {float(share[p]):.0%}"
                                         for p in result.parties)
            rows.append(DivisionRow(title, points, goes, "-",
                                    "a share of the issue to each side (divisible)"))
            continue
        winner = division.allocation[iid]
        option = option_words(s, iid, result.awards[iid]) if iid in result.awards else "-"
        why = USUAL
        if iid in moved:
            m = moved[iid]
            why = (f"rather than {option_words(s, iid, m.wanted)}, which together with the "
                   f"other awards would cross {red_line_title(space, m.red_line)}")
        elif iid in division.kept:
            why = "would have been split, but is not divisible: kept whole"
        rows.append(DivisionRow(title, points, names[winner], option, why))
    return rows


def division_sentences(result: ScenarioDivision, space: Space) -> list[str]:
    """The division's outcome in sentences: the totals, and what was set aside."""
    s = space.scenario
    names = {p: s.party(p).title for p in result.parties}
    out = []
    division = result.division
    if division is None:
        out.append(f"Nothing to divide: {result.note}.")
    else:
        a, b = result.parties
        if division.difference == 0:
            total = division.totals[a]
            out.append(f"Each side gets {points_text(total)} of its own 100 points "
                       f"(exactly {fraction_text(total)}).")
        else:
            out.append(
                f"{names[a]} gets {points_text(division.totals[a])} and {names[b]} "
                f"{points_text(division.totals[b])} of their own 100 points: a difference of "
                f"{points_text(division.difference)} points remains, because "
                f"{join([s.issue(i).title for i in division.kept])} may not be split "
                "(mark an issue 'divisible: true' to allow it).")
    blocked = [s.issue(a.issue).title for a in result.set_aside if a.status == "blocked"]
    if blocked:
        out.append(f"Set aside as blocked (no option both sides accept): {join(blocked)}.")
    settled = [s.issue(a.issue).title for a in result.set_aside if a.status == "settled"]
    if settled:
        out.append(f"Set aside as settled (both sides' best acceptable option is the same): "
                   f"{join(settled)}.")
    if result.set_aside:
        out.append("Points are those of the remaining issues, rescaled to 100.")
    return out


def red_line_title(space: Space, name: str) -> str:
    """A red line as readers see it: its ``label`` or ``id`` when it has one, else its
    name (``russia#0``), with the party's name."""
    for r in (*space.red_lines, *space.nonbinding_red_lines):
        if r.name == name:
            party = space.scenario.party(r.party).title
            if r.source.label or r.source.id:
                return f"{party}'s red line '{r.source.label or r.source.id}' ({r.name})"
            return f"{party}'s red line {r.name}"
    return name


def count_text(analysis: Analysis) -> str:
    """How many packages are acceptable, in words (counted, or estimated)."""
    if analysis.agreement_space is not None:
        n = analysis.agreement_space
        return f"{n:,} package{'s' if n != 1 else ''}"
    est = analysis.estimate
    if est is None:
        return "an uncounted number of packages"
    return f"about {est.value:,.0f} packages (estimated, {est.low:,.0f} to {est.high:,.0f})"


def _assumes_concession(brief: Brief) -> bool:
    return any(a.kind in ("red-line-disabled", "concession-assumed") for a in brief.assumptions)


def headline(brief: Brief) -> str:
    """The brief's first sentence: whether a deal is possible, and what blocks it."""
    analysis = brief.analysis
    s = analysis.scenario
    if analysis.has_agreement:
        text = f"An agreement is possible: {count_text(analysis)} acceptable to every party"
        if _assumes_concession(brief):
            text += ", given the red lines set aside (see the assumptions)"
        return text + "."
    blocked = [s.issue(b.id).title for b in analysis.blocked]
    if blocked:
        return (f"No agreement is possible as things stand: {join(blocked)} "
                f"{'is' if len(blocked) == 1 else 'are'} blocked by the parties' red lines.")
    return ("No agreement is possible as things stand: no package reaches every party's "
            "reservation within the red lines.")


def space_lead(brief: Brief) -> str:
    """The utility-space chart's first sentence."""
    analysis = brief.analysis
    n = analysis.space.party_count
    pairs = "" if n == 2 else f" (one panel for each pair of the {n} parties)"
    if analysis.has_agreement:
        return (f"Each point is a package, placed by what it is worth to the parties{pairs}: "
                f"{count_text(analysis)} lie in the agreement space, and "
                f"{len(analysis.frontier):,} of them are efficient.")
    if brief.opened:
        return (f"Each point is a package, placed by what it is worth to the parties{pairs}: "
                "none is acceptable to every party; the coloured points show the efficient "
                "packages each minimal concession would open.")
    return (f"Each point is a package, placed by what it is worth to the parties{pairs}: "
            "none is acceptable to every party.")


def preferences_text(brief: Brief) -> str:
    """A text alternative to the preferences heat map: each party's weights and favourite
    options."""
    space = brief.space
    s = space.scenario
    out = []
    for k, party in enumerate(space.parties):
        parts = []
        for i, iid in enumerate(space.issues):
            best = int(space.values[i][:, k].argmax())
            weight = weight_share(s, party, iid)
            parts.append(f"{s.issue(iid).title} (weight {weight:.0%}): prefers "
                         f"{option_words(s, iid, space.options[i][best])}")
        out.append(f"{s.party(party).title}: " + "; ".join(parts) + ".")
    return " ".join(out)


def weight_share(scenario: Scenario, party: str, issue: str) -> float:
    """A party's weight on an issue as a share of its weights (midpoints of intervals)."""
    prefs = scenario.preferences[party]
    total = sum(midpoint(w) for w in prefs.weights.values())
    return midpoint(prefs.weights.get(issue, 0.0)) / total if total else 0.0


@dataclass(frozen=True)
class ComparisonRow:
    """One line of a what-if beside its baseline: what is compared, its value in both, and
    whether it changed."""

    what: str
    baseline: str
    whatif: str

    @property
    def changed(self) -> bool:
        return self.baseline != self.whatif


def _space_words(standing: Standing) -> str:
    if standing.agreement_space is not None:
        n = standing.agreement_space
        return f"{n:,} package{'s' if n != 1 else ''}"
    return f"about {standing.estimate or 0:,.0f} packages (estimated)"


def comparison_rows(comparison: Comparison, scenario: Scenario) -> list[ComparisonRow]:
    """The what-if beside the baseline: the agreement space, the blocked issues, the Nash
    package issue by issue, and each negotiator's utility at the Nash package."""
    a, b = comparison.baseline, comparison.whatif

    def blocked(st: Standing) -> str:
        return join([scenario.issue(i).title for i in st.blocked]) or "none"

    rows = [ComparisonRow("Agreement space", _space_words(a), _space_words(b)),
            ComparisonRow("Blocked issues", blocked(a), blocked(b))]
    for issue in scenario.issues:
        rows.append(ComparisonRow(
            f"Nash package: {issue.title}",
            option_words(scenario, issue.id, a.nash.outcome[issue.id]) if a.nash else "none",
            option_words(scenario, issue.id, b.nash.outcome[issue.id]) if b.nash else "none"))
    for party, (u, v) in comparison.utilities.items():
        rows.append(ComparisonRow(
            f"Utility of {scenario.party(party).title} at the Nash package",
            f"{u:.3f}" if u is not None else "none", f"{v:.3f}" if v is not None else "none"))
    return rows
