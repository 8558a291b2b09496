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

from ..mediation.adjusted_winner import fraction_text
from ..mediation.division import ScenarioDivision
from ..scenario.model import OptionId, Scenario
from ..space import Space

__all__ = [
    "USUAL",
    "DivisionRow",
    "division_rows",
    "division_sentences",
    "join",
    "option_words",
    "points_text",
    "red_line_title",
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
