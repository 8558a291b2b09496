"""Adjusted Winner on a scenario, within the parties' red lines.

Brams and Taylor's procedure (:mod:`~zopa.mediation.adjusted_winner`) gives each issue to
one party: that party "gets its way" on it. In a scenario, getting one's way can only mean
the best option *the other side accepts*; an issue on which the red lines leave no option
cannot be given to anyone. So, on a scenario with two negotiators:

1. On each issue, the *acceptable* options are those no single-issue red line of either
   negotiator forbids. None left: the issue is **blocked**, set aside and named with the red
   lines that close it. Each party's way on the issue is its best acceptable option (on a
   tie, the one better for the other party, then the first).
2. When both parties' ways are the same option (only one is acceptable, or they agree), the
   issue is **settled** on it and set aside too: there is nothing to divide.
3. Adjusted Winner divides the **contested** issues that remain, each party's points being
   its weights on them (midpoints of intervals, read exactly), rescaled to 100. Only the
   issues marked ``divisible: true`` may be split; the others move whole, and what is left
   of the difference is reported (the indivisible variant).
4. Each whole issue lands on its winner's way. A red line over several issues that the
   awards would cross together is avoided by moving one of its issues to its winner's next
   best option outside the red line, the one that costs its winner least (in utility);
   each such change is reported. When no change can avoid it, the issue with the cheapest
   change is set aside instead.

Every option reported is thus acceptable to both sides, one issue at a time and together.
Issues set aside carry no points: the others are rescaled to 100 without them.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> result = divide(compile_space(load_example()))
>>> [(a.issue, a.status) for a in result.set_aside]
[('neutrality', 'settled'), ('donbas', 'blocked'), ('crimea', 'blocked')]
>>> result.awards["armed-forces"]
175000
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

import numpy as np

from ..errors import ScenarioError
from ..scenario.model import OptionId, exact
from ..space import CompiledRedLine, Space
from .adjusted_winner import AdjustedWinner, PointsTable, adjusted_winner

__all__ = ["Adjustment", "ScenarioDivision", "SetAside", "divide"]


@dataclass(frozen=True)
class SetAside:
    """An issue left out of the division: ``blocked`` (no option both accept; ``red_lines``
    close it), ``settled`` (both sides' best acceptable option is ``option``) or ``crossing``
    (no award avoids the multi-issue red lines in ``red_lines``)."""

    issue: str
    status: Literal["blocked", "settled", "crossing"]
    red_lines: tuple[str, ...]
    option: OptionId | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "status": self.status, "red_lines": list(self.red_lines),
                "option": self.option}


@dataclass(frozen=True)
class Adjustment:
    """An award moved off its winner's way (``wanted``) to ``option``, so that the awards
    together do not cross ``red_line``."""

    issue: str
    party: str
    wanted: OptionId
    option: OptionId
    red_line: str

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "party": self.party, "wanted": self.wanted,
                "option": self.option, "red_line": self.red_line}


@dataclass(frozen=True)
class ScenarioDivision:
    """Adjusted Winner on a scenario (see the module docstring).

    ``division`` is ``None`` when no contested issue is left (or one party puts no weight
    on any of them: ``note`` says which). ``awards`` gives the option each whole issue
    lands on, the settled ones included; ``acceptable`` the options both sides accept, per
    issue.
    """

    parties: tuple[str, str]
    division: AdjustedWinner | None
    awards: Mapping[str, OptionId]
    set_aside: tuple[SetAside, ...]
    adjustments: tuple[Adjustment, ...]
    acceptable: Mapping[str, tuple[OptionId, ...]]
    divisible: tuple[str, ...]
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa adjusted-winner --json`` on a scenario: the points division
        (as on a points table) and what the red lines changed."""
        data: dict[str, Any] = (self.division.to_dict() if self.division is not None
                                else {"parties": list(self.parties), "allocation": {}})
        data.update({
            "awards": dict(self.awards),
            "set_aside": [s.to_dict() for s in self.set_aside],
            "adjustments": [a.to_dict() for a in self.adjustments],
            "divisible": list(self.divisible),
            "note": self.note,
        })
        return data


def divide(space: Space) -> ScenarioDivision:
    """Adjusted Winner on the two negotiators of ``space``, within their red lines."""
    if space.party_count != 2:
        raise ScenarioError(
            f"Adjusted Winner divides issues between two parties; this scenario has "
            f"{space.party_count} ({', '.join(space.parties)})")
    scenario = space.scenario
    parties = (space.parties[0], space.parties[1])
    single = [r for r in space.red_lines if r.single_issue]
    set_aside: list[SetAside] = []
    acceptable: dict[str, tuple[OptionId, ...]] = {}
    ways: dict[str, tuple[int, int]] = {}
    allowed_of: dict[int, np.ndarray[Any, np.dtype[np.bool_]]] = {}
    for i, iid in enumerate(space.issues):
        allowed = np.ones(space.sizes[i], dtype=bool)
        closing = []
        for r in single:
            if r.issues[0] == i:
                allowed &= ~r.forbidden[0]
                closing.append(r.name)
        allowed_of[i] = allowed
        acceptable[iid] = tuple(o for o, ok in zip(space.options[i], allowed, strict=True)
                                if ok)
        if not allowed.any():
            set_aside.append(SetAside(iid, "blocked", tuple(closing)))
            continue
        best = (_best(space, i, 0, allowed), _best(space, i, 1, allowed))
        if best[0] == best[1]:
            set_aside.append(SetAside(iid, "settled", (), space.options[i][best[0]]))
            continue
        ways[iid] = best
    divisible = tuple(i.id for i in scenario.issues if i.divisible)
    division: AdjustedWinner | None = None
    note: str | None = None
    rows = {iid: tuple(_weight(space, p, iid) for p in parties) for iid in ways}
    if not rows:
        note = "no contested issue is left to divide"
    else:
        for k, party in enumerate(parties):
            if sum(r[k] for r in rows.values()) <= 0:
                note = f"{party} puts no weight on any contested issue"
        if note is None:
            division = adjusted_winner(
                PointsTable.from_rows(parties, {i: (r[0], r[1]) for i, r in rows.items()}),
                divisible=set(divisible))
    chosen: dict[int, int] = {}
    owner: dict[int, int] = {}
    for s in set_aside:
        if s.status == "settled":
            i = space.issues.index(s.issue)
            chosen[i] = space.option_index(i, s.option)  # type: ignore[arg-type]
    if division is not None:
        for iid, party in division.allocation.items():
            i, k = space.issues.index(iid), parties.index(party)
            chosen[i], owner[i] = ways[iid][k], k
    adjustments = _avoid_crossings(space, chosen, owner, allowed_of, set_aside)
    awards = {space.issues[i]: space.options[i][o] for i, o in sorted(chosen.items())}
    order = {iid: k for k, iid in enumerate(space.issues)}
    return ScenarioDivision(
        parties=parties, division=division, awards=awards,
        set_aside=tuple(sorted(set_aside, key=lambda s: order[s.issue])),
        adjustments=tuple(adjustments), acceptable=acceptable, divisible=divisible,
        note=note)


def _best(space: Space, issue: int, party: int,
          allowed: np.ndarray[Any, np.dtype[np.bool_]]) -> int:
    """The party's best allowed option; ties go to the one better for the other party."""
    values = space.values[issue]
    candidates = [o for o in range(space.sizes[issue]) if allowed[o]]
    return max(candidates, key=lambda o: (values[o, party], values[o, 1 - party], -o))


def _weight(space: Space, party: str, issue: str) -> Fraction:
    prefs = space.scenario.preferences.get(party)
    return exact(prefs.weights.get(issue, 0.0)) if prefs is not None else Fraction(0)


def _crossed(red_line: CompiledRedLine, chosen: Mapping[int, int]) -> bool:
    return all(i in chosen and bool(mask[chosen[i]])
               for i, mask in zip(red_line.issues, red_line.forbidden, strict=True))


def _avoid_crossings(space: Space, chosen: dict[int, int], owner: Mapping[int, int],
                     allowed_of: Mapping[int, np.ndarray[Any, np.dtype[np.bool_]]],
                     set_aside: list[SetAside]) -> list[Adjustment]:
    """Move awards off the multi-issue red lines they cross together (step 4); ``chosen``
    and ``set_aside`` are updated in place."""
    multi = [r for r in space.red_lines if not r.single_issue]
    adjustments: list[Adjustment] = []
    for _ in range(len(multi) * len(space.issues) + 1):
        crossed = next((r for r in multi if _crossed(r, chosen)), None)
        if crossed is None:
            return adjustments
        moves: list[tuple[float, int, int]] = []
        for i, mask in zip(crossed.issues, crossed.forbidden, strict=True):
            if i not in owner:
                continue  # a settled issue has no other acceptable way
            k = owner[i]
            outside = allowed_of[i] & ~mask
            if outside.any():
                option = _best(space, i, k, outside)
                cost = float(space.contributions[i][chosen[i], k]
                             - space.contributions[i][option, k])
                moves.append((cost, i, option))
        if moves:
            _, i, option = min(moves)
            k = owner[i]
            adjustments.append(Adjustment(space.issues[i], space.parties[k],
                                          space.options[i][chosen[i]], space.options[i][option],
                                          crossed.name))
            chosen[i] = option
            allowed_of = {**allowed_of, i: allowed_of[i] & ~crossed.forbidden[
                crossed.issues.index(i)]}
            continue
        i = next(j for j in crossed.issues if j in owner) if any(
            j in owner for j in crossed.issues) else crossed.issues[-1]
        del chosen[i]
        set_aside.append(SetAside(space.issues[i], "crossing", (crossed.name,)))
    raise AssertionError("the adjustments did not converge")
