"""The single negotiating text: the procedure mediators used at Camp David, as an algorithm.

At Camp David in 1978 the American mediators did not ask Egypt and Israel for offers.
They wrote one text themselves, asked each side what it wanted changed, and rewrote it,
round after round (some twenty drafts), each draft no worse for either side than the one
before (Raiffa, *The Art and Science of Negotiation*, 1982, ch. 14; Fisher and Ury,
*Getting to Yes*, 1981, ch. 4, "the one-text procedure"). Over the scenario:

1. The mediator writes a first draft: by default an issue-by-issue compromise, the
   package that on each issue takes the option whose lower value over the negotiators is
   highest (ties: the larger sum, then the first), among the options no single-issue red
   line forbids. Such a text ignores what the sides could trade across issues, which is
   what the rounds then find (Raiffa's mediator starts from a text "no one likes"). When
   that package is not acceptable to every party, the first draft is the acceptable
   package that maximises the smallest gain over the reservations (the ``egalitarian``
   solution of :func:`zopa.analysis.choose`). A draft given must be acceptable.
2. Each round every negotiator names its most wanted change: the change of one issue's
   option that raises its own utility most and keeps the draft acceptable (ties: the
   change that costs the others least, then the first in file order).
3. The mediator adopts the requests that hurt no party (several at once when they touch
   different issues and stay acceptable together); failing that, it combines two
   parties' requests into a trade that helps both and hurts no one (the trade with the
   largest smaller gain). When the requests as named give nothing, the mediator asks each
   party for its next wishes (its ``shortlist`` best changes) and looks again, first for a
   harmless change, then for a trade.
4. When no single change or two-change trade helps without hurting, but the draft is not
   yet efficient (a package that every party likes at least as much and one party more
   still exists), the mediator proposes the maximin improvement of
   :func:`zopa.mediation.improve.improve` (Raiffa's post-settlement settlement). Then the
   draft lies on the Pareto frontier and the procedure stops; it also stops there as
   soon as a draft is efficient.

Every draft is at least as good as the one before for every negotiator (compared on the
format's 1e-9 grid), and the last one is on the Pareto frontier of the agreement space.

Cost per round: all single-issue changes, ``S = sum of (options - 1)`` packages, each
checked against every red line (``O(S * (issues + red lines))``); at most
``(parties * shortlist)^2`` trades; and one frontier merge bounded below by the draft's
utilities. The outcome space is never enumerated. At most ``max_rounds`` rounds before
the final improvement.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> from zopa.mediation.packages import parse_package, relax
>>> space = relax(compile_space(load_example()), ["russia#0", "russia#1"])
>>> start = parse_package(space, "neutrality=neutral-guaranteed,armed-forces=100000,"
...     "denazification=no-provision,russian-language=second-state-language,"
...     "donbas=separate-track,crimea=consultations-15-years")
>>> text = single_text(space, start)
>>> len(text.drafts) > 1, text.final.number == len(text.drafts)
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..analysis import Package, choose, frontier_points
from ..analysis._tolerance import keys
from ..scenario.model import OptionId
from ..space import Space
from .packages import acceptable, crossed, package

__all__ = ["Change", "Draft", "NoAcceptablePackageError", "Request", "SingleText", "single_text"]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
Rule = Literal["first", "harmless", "trade", "improvement"]


class NoAcceptablePackageError(ValueError):
    """No package is acceptable to every party, so there is no first draft to write."""


@dataclass(frozen=True)
class Change:
    """One issue moved from one option to another, and what that does to each negotiator's
    utility (in the order of the negotiators)."""

    issue: str
    before: OptionId
    after: OptionId
    effect: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "from": self.before, "to": self.after,
                "effect": list(self.effect)}


@dataclass(frozen=True)
class Request:
    """The change a party asked for on a draft (``None``: no acceptable change helps it)
    and whether the mediator adopted it."""

    party: str
    change: Change | None
    adopted: bool

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party,
                "change": self.change.to_dict() if self.change is not None else None,
                "adopted": self.adopted}


@dataclass(frozen=True)
class Draft:
    """One numbered draft: the package, the changes from the previous draft, the rule that
    adopted them and why, and the requests the parties made on the previous draft."""

    number: int
    package: Package
    changes: tuple[Change, ...]
    rule: Rule
    reason: str
    requests: tuple[Request, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "outcome": dict(self.package.outcome),
            "utilities": list(self.package.utilities),
            "rule": self.rule,
            "reason": self.reason,
            "changes": [c.to_dict() for c in self.changes],
            "requests": [r.to_dict() for r in self.requests],
        }


@dataclass(frozen=True)
class SingleText:
    """The drafts, first to last; the last is on the Pareto frontier. ``dropped`` names
    red lines set aside before the procedure (none unless asked)."""

    parties: tuple[str, ...]
    drafts: tuple[Draft, ...]
    dropped: tuple[str, ...] = ()

    @property
    def final(self) -> Draft:
        return self.drafts[-1]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa single-text --json``."""
        return {
            "parties": list(self.parties),
            "dropped_red_lines": list(self.dropped),
            "drafts": [d.to_dict() for d in self.drafts],
            "final": self.final.to_dict(),
        }


def single_text(space: Space, start: Sequence[int] | IntArray | None = None, *,
                max_rounds: int = 50, shortlist: int = 16,
                dropped: Sequence[str] = ()) -> SingleText:
    """Run the single negotiating text procedure on ``space`` (see the module docstring).

    ``start`` is the first draft as a row of option indices (default: the issue-by-issue
    compromise, or the egalitarian package when the compromise is not acceptable).
    ``dropped`` only labels the result: pass a space already relaxed with
    :func:`zopa.mediation.packages.relax`.
    """
    row, reason = _first_draft(space, start)
    drafts = [Draft(1, package(space, row), (), "first", reason, ())]
    while True:
        better = _dominating(space, row)
        if not len(better):
            break
        found, requests = (_round(space, row, shortlist) if len(drafts) <= max_rounds
                           else (None, ()))
        if found is None:
            new_row, rule, why = _improvement(space, row, better)
        else:
            new_row, rule, why, _ = found
        changes = _changes(space, row, new_row)
        drafts.append(Draft(len(drafts) + 1, package(space, new_row), changes, rule, why,
                            requests))
        row = new_row
    return SingleText(parties=space.parties, drafts=tuple(drafts), dropped=tuple(dropped))


Found = tuple[IntArray, Rule, str, set[int]]


def _compromise(space: Space) -> IntArray:
    """On each issue, the allowed option whose lowest value over the negotiators is
    highest (ties: the largest sum of values, then the first)."""
    row = []
    for i in range(len(space.issues)):
        allowed = np.ones(space.sizes[i], dtype=bool)
        for r in space.red_lines:
            if r.single_issue and r.issues[0] == i:
                allowed &= ~r.forbidden[0]
        values = space.values[i]
        options = [o for o in range(space.sizes[i]) if allowed[o]] or list(
            range(space.sizes[i]))
        row.append(max(options, key=lambda o: (round(float(values[o].min()) * 1e9),
                                               round(float(values[o].sum()) * 1e9), -o)))
    return np.array(row, dtype=np.int64)


def _first_draft(space: Space, start: Sequence[int] | IntArray | None) -> tuple[IntArray, str]:
    if start is None:
        middle = _compromise(space)
        if acceptable(space, middle)[0]:
            return (middle, "The mediator's first draft: an issue-by-issue compromise, on "
                    "each issue the option the side worse off there likes best; it leaves "
                    "aside what the sides could trade across issues.")
        points = frontier_points(space)
        if not len(points):
            raise NoAcceptablePackageError(
                "no package is acceptable to every party, so the mediator has no first "
                "draft: see the minimal concessions of 'zopa analyze'")
        k = choose(points, space.reservations)["egalitarian"]
        assert k is not None
        return (points.outcomes[k].copy(),
                "The mediator's first draft: the acceptable package that maximises the "
                "smallest gain over the reservations.")
    row = np.asarray(start, dtype=np.int64).copy()
    lines = crossed(space, row)
    if lines:
        raise ValueError(f"the first draft crosses red line{'s' if len(lines) > 1 else ''} "
                         f"{', '.join(lines)}: it must be acceptable to every party")
    if not acceptable(space, row)[0]:
        short = [p for p, u, r in zip(space.parties, package(space, row).utilities,
                                      space.reservations, strict=True) if u < r - 1e-9]
        raise ValueError(f"the first draft falls short of the reservation of "
                         f"{', '.join(short)}: it must be acceptable to every party")
    return row, "The mediator's first draft: the package given."


def _dominating(space: Space, row: IntArray) -> Any:
    """The frontier points at least as good as ``row`` for everyone, better for someone."""
    floors = space.utilities(row.reshape(1, -1))[0]
    points = frontier_points(space, floors)
    base = keys(floors.reshape(1, -1))[0]
    better = (points.keys >= base).all(axis=1) & (points.keys > base).any(axis=1)
    return points.take(np.flatnonzero(better))


@dataclass(frozen=True, eq=False)
class _Candidates:
    """Every acceptable package one issue away from the draft, with its effect on each
    negotiator's utility (doubles and grid keys)."""

    rows: IntArray
    issue: IntArray
    effect: FloatArray
    key_effect: IntArray


def _candidates(space: Space, row: IntArray) -> _Candidates:
    issue_of = np.concatenate([np.full(n - 1, i, dtype=np.int64)
                               for i, n in enumerate(space.sizes)])
    options = np.concatenate([np.delete(np.arange(n, dtype=np.int64), row[i])
                              for i, n in enumerate(space.sizes)])
    rows = np.repeat(row.reshape(1, -1), len(issue_of), axis=0)
    rows[np.arange(len(issue_of)), issue_of] = options
    ok = acceptable(space, rows)
    rows, issue_of = rows[ok], issue_of[ok]
    base = space.utilities(row.reshape(1, -1))
    utility = space.utilities(rows)
    return _Candidates(rows, issue_of, utility - base, keys(utility) - keys(base))


def _round(space: Space, row: IntArray, shortlist: int
           ) -> tuple[Found | None, tuple[Request, ...]]:
    """One round: each party names its most wanted change; the mediator adopts harmless
    requests, or a trade of two; else it looks down the parties' shortlists."""
    cands = _candidates(space, row)
    wishes = [_wishes(cands, p) for p in range(space.party_count)]
    named = [w[:1] for w in wishes]
    found = _harmless(space, row, cands, named) or _trade(space, row, cands, named)
    if found is None:
        listed = [w[:shortlist] for w in wishes]
        found = _harmless(space, row, cands, listed, single=True) or _trade(
            space, row, cands, listed, further=True)
    adopted = found[3] if found is not None else set()
    requests = tuple(
        Request(p, _change(space, row, cands, int(w[0])) if len(w) else None,
                bool(len(w)) and int(w[0]) in adopted)
        for p, w in zip(space.parties, named, strict=True))
    return found, requests


def _wishes(cands: _Candidates, p: int) -> IntArray:
    """Party ``p``'s acceptable changes that help it, most wanted first."""
    helps = np.flatnonzero(cands.key_effect[:, p] > 0)
    if not len(helps):
        return helps.astype(np.int64)
    others = np.delete(cands.effect[helps], p, axis=1)
    harm = others.min(axis=1) if others.shape[1] else np.zeros(len(helps))
    order = np.lexsort((helps, -harm, -cands.effect[helps, p]))
    return helps[order].astype(np.int64)


def _harmless(space: Space, row: IntArray, cands: _Candidates, lists: Sequence[IntArray],
              single: bool = False) -> Found | None:
    """Requests that hurt no party, adopted together when they fit together; with
    ``single`` the one that adds most to the sum of utilities."""
    pool = [(p, int(c)) for p, cs in enumerate(lists) for c in cs
            if (cands.key_effect[int(c)] >= 0).all()]
    if not pool:
        return None
    if single:
        p, c = max(pool, key=lambda pc: (float(cands.effect[pc[1]].sum()), -pc[1]))
        pool = [(p, c)]
    new_row = row.copy()
    taken: list[tuple[int, int]] = []
    for p, c in pool:
        i = int(cands.issue[c])
        if any(int(cands.issue[t]) == i for _, t in taken):
            continue
        trial = new_row.copy()
        trial[i] = cands.rows[c, i]
        if acceptable(space, trial)[0] and (_keys(space, trial) >= _keys(space, row)).all():
            new_row = trial
            taken.append((p, c))
    if not taken:
        return None
    titles = _titles(space)
    asked = ", ".join(f"{titles[p]}'s request on {space.issues[int(cands.issue[c])]}"
                      for p, c in taken)
    total = space.utilities(new_row.reshape(1, -1))[0] - space.utilities(row.reshape(1, -1))[0]
    why = (f"Adopted {asked}: {_effects(space, total)}; it costs no party anything."
           if single or len(taken) == 1 else
           f"Adopted {asked}: together {_effects(space, total)}; they cost no party "
           "anything.")
    if single:
        why += " (No party's first request could be adopted; this was further down its list.)"
    return new_row, "harmless", why, {c for _, c in taken}


def _trade(space: Space, row: IntArray, cands: _Candidates,
           lists: Sequence[IntArray], further: bool = False) -> Found | None:
    """The best pair of two parties' requests, on different issues, that together help
    both and hurt no one: the largest smaller gain of the two, then the largest sum."""
    best: tuple[float, float] | None = None
    found: tuple[int, int, int, int, IntArray] | None = None
    base = _keys(space, row)
    for p in range(space.party_count):
        for q in range(p + 1, space.party_count):
            for a in lists[p]:
                for b in lists[q]:
                    a_, b_ = int(a), int(b)
                    i, j = int(cands.issue[a_]), int(cands.issue[b_])
                    if i == j:
                        continue
                    total = cands.key_effect[a_] + cands.key_effect[b_]
                    if (total < 0).any() or total[p] <= 0 or total[q] <= 0:
                        continue
                    gain = cands.effect[a_] + cands.effect[b_]
                    score = (float(min(gain[p], gain[q])), float(gain.sum()))
                    if best is not None and score <= best:
                        continue
                    trial = row.copy()
                    trial[i], trial[j] = cands.rows[a_, i], cands.rows[b_, j]
                    if not acceptable(space, trial)[0] or (_keys(space, trial) < base).any():
                        continue
                    best, found = score, (p, q, a_, b_, trial)
    if found is None:
        return None
    p, q, a_, b_, trial = found
    titles = _titles(space)
    total = space.utilities(trial.reshape(1, -1))[0] - space.utilities(row.reshape(1, -1))[0]
    lead = ("No first request could be adopted, alone or in a trade. Further down their "
            "lists, neither of these helps without hurting: " if further else
            "Neither request helps without hurting: ")
    why = (f"{lead}{titles[p]}'s change on "
           f"{space.issues[int(cands.issue[a_])]} would cost {_losers(space, cands.effect[a_])}"
           f", and {titles[q]}'s change on {space.issues[int(cands.issue[b_])]} would cost "
           f"{_losers(space, cands.effect[b_])}. Combined into a trade they help both: "
           f"{_effects(space, total)}.")
    return trial, "trade", why, {a_, b_}


def _improvement(space: Space, row: IntArray, better: Any) -> tuple[IntArray, Rule, str]:
    """The maximin improvement on the draft (the draft's utilities as floors)."""
    floors = space.utilities(row.reshape(1, -1))[0]
    k = choose(better, floors)["egalitarian"]
    assert k is not None
    new_row = better.outcomes[k].copy()
    total = space.utilities(new_row.reshape(1, -1))[0] - floors
    why = ("No single change and no trade of two helps one party without hurting another, "
           "yet a package better for everyone exists: the mediator proposes the one that "
           "leaves every party at least as well off and maximises the smallest gain "
           f"(Raiffa's post-settlement settlement): {_effects(space, total)}.")
    return new_row, "improvement", why


def _change(space: Space, row: IntArray, cands: _Candidates, c: int) -> Change:
    i = int(cands.issue[c])
    return Change(space.issues[i], space.options[i][int(row[i])],
                  space.options[i][int(cands.rows[c, i])],
                  tuple(float(x) for x in cands.effect[c]))


def _changes(space: Space, old: IntArray, new: IntArray) -> tuple[Change, ...]:
    out = []
    for i in (int(k) for k in np.flatnonzero(old != new)):
        if space.additive:
            effect = space.contributions[i][int(new[i])] - space.contributions[i][int(old[i])]
        else:  # values interact: the change alone, from the old package
            moved = old.copy()
            moved[i] = new[i]
            effect = space.utilities(moved)[0] - space.utilities(old)[0]
        out.append(Change(space.issues[i], space.options[i][int(old[i])],
                          space.options[i][int(new[i])], tuple(float(x) for x in effect)))
    return tuple(out)


def _keys(space: Space, row: IntArray) -> IntArray:
    out: IntArray = keys(space.utilities(row.reshape(1, -1)))[0]
    return out


def _titles(space: Space) -> list[str]:
    return [space.scenario.party(p).title for p in space.parties]


def _effects(space: Space, delta: FloatArray) -> str:
    return ", ".join(f"{t} {d:+.3f}" for t, d in zip(_titles(space), delta, strict=True))


def _losers(space: Space, delta: FloatArray) -> str:
    hurt = [f"{t} {-d:.3f}" for t, d in zip(_titles(space), delta, strict=True) if d < -1e-9]
    return " and ".join(hurt) or "no one"
