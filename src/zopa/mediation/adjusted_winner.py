"""Adjusted Winner: a fair division of the issues between two parties (Brams and Taylor).

Each party spreads 100 points over the issues, saying how much it cares about getting its
way on each. The procedure (Brams and Taylor, *Fair Division*, 1996, ch. 4; *The Win-Win
Solution*, 1999, ch. 5):

1. *Winner phase.* Every issue goes to the party that puts more points on it. Issues on
   which they tie go to the party with fewer points from the other issues (the first
   party when both have as many).
2. *Adjusted phase.* While one party (the leader) has more points than the other, its
   issues move to the other party, whole, in increasing order of the ratio of the points
   (leader's points over the other's): the issue that costs the leader least for what it
   brings the other goes first. The issue that would tip the balance is split, so that the
   two totals become exactly equal.

The result is *equitable* (both get the same number of their own points), *envy-free*
(each gets at least 50 of its own points, so neither prefers the other's share) and
*efficient* (no other division, fractional ones included, is better for both); at most
one issue is split. Issues with equal ratios move in file order. Points are exact
fractions throughout, so the totals are exactly equal.

*Indivisible issues.* When only some issues may be split (``divisible=``), an issue that
would tip the balance but may not be split stays with the leader and the procedure goes
on down the list (a later issue may still move whole, or be split when it may); what is
left of the leader's advantage is reported as ``difference``. The result is then as
equitable as whole transfers allow, no longer exactly equitable.

Cost: ``O(n log n)`` in the number of issues; it never looks at the outcome space.

The points come from a points table (``parties: [a, b]`` and ``points: {issue: [pa,
pb]}``) or from a scenario with two negotiators, whose normalised weights become the
points. A table that does not add up to 100 for a party is rescaled to 100.

>>> table = PointsTable.from_rows(("carol", "bob"), {"retirement": (50, 40),
...     "home": (20, 30), "cottage": (15, 10), "investments": (10, 10), "other": (5, 10)})
>>> result = adjusted_winner(table)
>>> result.split.issue, result.split.share["carol"], result.totals["bob"]
('retirement', Fraction(5, 6), Fraction(170, 3))
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from ..errors import PathPart, ScenarioError
from ..scenario.model import SLUG, Scenario, exact

__all__ = [
    "AdjustedWinner",
    "PointsTable",
    "Split",
    "adjusted_winner",
    "fraction_text",
    "load_points",
    "parse_points_table",
    "points_from_scenario",
]

HUNDRED = Fraction(100)


@dataclass(frozen=True)
class PointsTable:
    """Two parties' points over the issues, each party's adding up to exactly 100.

    ``written`` keeps each party's total as written, before rescaling to 100.
    """

    parties: tuple[str, str]
    issues: tuple[str, ...]
    points: tuple[tuple[Fraction, Fraction], ...]
    written: tuple[Fraction, Fraction] = (HUNDRED, HUNDRED)

    @classmethod
    def from_rows(cls, parties: tuple[str, str],
                  rows: Mapping[str, tuple[float | Fraction, float | Fraction]]) -> PointsTable:
        """A table from ``issue -> (points of the first party, points of the second)``,
        each party's column rescaled to add up to 100."""
        raw = [(_exact_number(a), _exact_number(b)) for a, b in rows.values()]
        totals = (sum((r[0] for r in raw), Fraction(0)), sum((r[1] for r in raw), Fraction(0)))
        if any(t <= 0 for t in totals):
            raise ValueError("each party must put some points on some issue")
        scaled = tuple((a * HUNDRED / totals[0], b * HUNDRED / totals[1]) for a, b in raw)
        return cls(parties=parties, issues=tuple(rows), points=scaled, written=totals)

    def of(self, issue: str) -> tuple[Fraction, Fraction]:
        return self.points[self.issues.index(issue)]


@dataclass(frozen=True)
class Split:
    """The one issue divided between the parties: each party's share of it (they add to 1)."""

    issue: str
    share: Mapping[str, Fraction]

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue,
                "share": {p: fraction_text(s) for p, s in self.share.items()}}


@dataclass(frozen=True)
class AdjustedWinner:
    """The division: who gets each whole issue, the split issue (if any), and each party's
    total of its own points (exactly equal).

    ``transfers`` lists, in order, the issues the leader gave up in the adjusted phase
    (the split issue last, when there is one); ``leader`` is the party that led after the
    winner phase (``None`` when the totals were already equal).
    """

    table: PointsTable
    allocation: Mapping[str, str]
    split: Split | None
    totals: Mapping[str, Fraction]
    leader: str | None
    transfers: tuple[str, ...]
    #: Issues that would have tipped the balance but may not be split: the leader kept them.
    kept: tuple[str, ...] = ()

    @property
    def difference(self) -> Fraction:
        """How many of its own points the leader has above the other's total (0 when the
        totals are equal, which they always are when every issue may be split)."""
        a, b = self.table.parties
        return abs(self.totals[a] - self.totals[b])

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa adjusted-winner --json``. Exact numbers are written as
        fraction strings (``"131/2"``) so that nothing is rounded."""
        return {
            "parties": list(self.table.parties),
            "points": {i: [fraction_text(a), fraction_text(b)]
                       for i, (a, b) in zip(self.table.issues, self.table.points, strict=True)},
            "allocation": dict(self.allocation),
            "split": self.split.to_dict() if self.split is not None else None,
            "totals": {p: fraction_text(t) for p, t in self.totals.items()},
            "leader": self.leader,
            "transfers": list(self.transfers),
            "kept": list(self.kept),
            "difference": fraction_text(self.difference),
        }


def adjusted_winner(table: PointsTable,
                    divisible: Collection[str] | None = None) -> AdjustedWinner:
    """Divide the issues of ``table`` by Adjusted Winner; only the issues in ``divisible``
    may be split (all of them when it is ``None``, as in Brams and Taylor)."""
    a, b = table.parties
    owner: dict[str, int] = {}
    totals = [Fraction(0), Fraction(0)]
    ties = []
    for issue, (pa, pb) in zip(table.issues, table.points, strict=True):
        if pa == pb:
            ties.append(issue)
            continue
        side = 0 if pa > pb else 1
        owner[issue] = side
        totals[side] += (pa, pb)[side]
    trailing = 1 if totals[1] < totals[0] else 0
    for issue in ties:
        owner[issue] = trailing
        totals[trailing] += table.of(issue)[trailing]
    if totals[0] == totals[1]:
        return _result(table, owner, None, totals, None, ())
    lead = 0 if totals[0] > totals[1] else 1
    other = 1 - lead
    held = [i for i in table.issues if owner[i] == lead and sum(table.of(i)) > 0]
    held.sort(key=lambda i: _ratio(table.of(i), lead))  # stable: file order on equal ratios
    moved: list[str] = []
    kept: list[str] = []
    for issue in held:
        mine, theirs = table.of(issue)[lead], table.of(issue)[other]
        if totals[lead] - mine >= totals[other] + theirs:
            owner[issue] = other
            totals[lead] -= mine
            totals[other] += theirs
            moved.append(issue)
            if totals[lead] == totals[other]:
                break
            continue
        if divisible is not None and issue not in divisible:
            kept.append(issue)
            continue
        # The leader keeps the share x of this issue that makes the totals equal:
        # (L - mine) + x * mine == O + (1 - x) * theirs.
        keep = (totals[other] + theirs - (totals[lead] - mine)) / (mine + theirs)
        totals[lead] = totals[lead] - mine + keep * mine
        totals[other] = totals[other] + (1 - keep) * theirs
        shares = [Fraction(0), Fraction(0)]
        shares[lead], shares[other] = keep, 1 - keep
        del owner[issue]
        moved.append(issue)
        split = Split(issue, {a: shares[0], b: shares[1]})
        return _result(table, owner, split, totals, table.parties[lead], tuple(moved),
                       tuple(kept))
    return _result(table, owner, None, totals, table.parties[lead], tuple(moved), tuple(kept))


def _ratio(points: tuple[Fraction, Fraction], lead: int) -> tuple[int, Fraction]:
    """Sort key: the leader's points over the other's; an issue worth nothing to the other
    party comes last (an infinite ratio)."""
    mine, theirs = points[lead], points[1 - lead]
    return (1, Fraction(0)) if theirs == 0 else (0, mine / theirs)


def _result(table: PointsTable, owner: Mapping[str, int], split: Split | None,
            totals: Sequence[Fraction], leader: str | None,
            moved: tuple[str, ...], kept: tuple[str, ...] = ()) -> AdjustedWinner:
    return AdjustedWinner(
        table=table,
        allocation={i: table.parties[owner[i]] for i in table.issues if i in owner},
        split=split,
        totals={table.parties[0]: totals[0], table.parties[1]: totals[1]},
        leader=leader,
        transfers=moved,
        kept=kept,
    )


def points_from_scenario(scenario: Scenario) -> PointsTable:
    """The points of a scenario with exactly two negotiators: each one's weights (midpoints
    of intervals, read exactly as written), rescaled to add up to 100."""
    negotiators = scenario.negotiators
    if len(negotiators) != 2:
        names = ", ".join(p.id for p in negotiators)
        raise ScenarioError(
            f"Adjusted Winner divides issues between two parties; this scenario has "
            f"{len(negotiators)} ({names})")
    rows = {}
    for issue in scenario.issues:
        rows[issue.id] = tuple(
            exact(scenario.preferences[p.id].weights.get(issue.id, 0.0)) if p.id in
            scenario.preferences else Fraction(0) for p in negotiators)
    return PointsTable.from_rows((negotiators[0].id, negotiators[1].id),
                                 {k: (v[0], v[1]) for k, v in rows.items()})


def parse_points_table(data: Any, *, file: str | None = None,
                       lines: Mapping[tuple[PathPart, ...], int] | None = None) -> PointsTable:
    """Check a points table given as parsed data (see the module docstring)."""
    lines = lines or {}

    def fail(message: str, *path: PathPart) -> ScenarioError:
        return ScenarioError(message, file=file, path=path, line=lines.get(tuple(path)))

    if not isinstance(data, dict):
        raise fail("a points table is a mapping with 'parties' and 'points'")
    unknown = sorted(set(data) - {"parties", "points", "name", "description"})
    if unknown:
        raise fail(f"unknown key '{unknown[0]}' (a points table has parties, points, name, "
                   "description)", unknown[0])
    for key in ("parties", "points"):
        if key not in data:
            raise fail(f"missing required key '{key}'")
    parties = data["parties"]
    if (not isinstance(parties, list) or len(parties) != 2
            or not all(isinstance(p, str) for p in parties)):
        raise fail("'parties' must list exactly two party ids, as in [us, panama]", "parties")
    for k, party in enumerate(parties):
        if not SLUG.match(party):
            raise fail(f"'{party}' is not a valid id (lowercase letters, digits, '-' and '_')",
                       "parties", k)
    if parties[0] == parties[1]:
        raise fail(f"the two parties must differ, got '{parties[0]}' twice", "parties")
    points = data["points"]
    if not isinstance(points, dict) or not points:
        raise fail("'points' must map each issue to [points of the first party, points of "
                   "the second]", "points")
    rows: dict[str, tuple[Fraction, Fraction]] = {}
    for issue, pair in points.items():
        if not isinstance(issue, str) or not SLUG.match(issue):
            raise fail(f"'{issue}' is not a valid issue id", "points")
        if not isinstance(pair, list) or len(pair) != 2:
            raise fail("expected [points of the first party, points of the second]",
                       "points", issue)
        numbers = []
        for k, value in enumerate(pair):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(f"expected a number, got {value!r}", "points", issue, k)
            if value < 0 or value != value or value in (float("inf"), float("-inf")):
                raise fail(f"points must be finite and >= 0, got {value}", "points", issue, k)
            numbers.append(_exact_number(value))
        rows[issue] = (numbers[0], numbers[1])
    for k, party in enumerate(parties):
        if sum(r[k] for r in rows.values()) <= 0:
            raise fail(f"'{party}' puts no points on any issue", "points")
    return PointsTable.from_rows((parties[0], parties[1]), rows)


def load_points(path: str | Path) -> PointsTable:
    """Read a points table or a two-party scenario file (told apart by its ``zopa`` key)."""
    from ..scenario.load import parse_scenario, read_document, read_text

    file = str(path)
    text = read_text(path)
    data, lines = read_document(text, file=file)
    if isinstance(data, dict) and "zopa" in data:
        return points_from_scenario(parse_scenario(text, file=file))
    if isinstance(data, dict) and "points" in data:
        return parse_points_table(data, file=file, lines=lines)
    raise ScenarioError("neither a scenario ('zopa: 1') nor a points table ('parties' and "
                        "'points')", file=file, line=1)


def fraction_text(value: Fraction) -> str:
    """An exact number as text: ``"65"`` or ``"131/2"``.

    >>> fraction_text(Fraction(131, 2)), fraction_text(Fraction(65))
    ('131/2', '65')
    """
    return str(value.numerator) if value.denominator == 1 else (
        f"{value.numerator}/{value.denominator}")


def _exact_number(value: float | Fraction) -> Fraction:
    if isinstance(value, Fraction):
        return value
    return exact(value)
