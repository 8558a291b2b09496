"""Trades (logrolling): issues to exchange where two parties' priorities differ most.

When one party cares more about issue *i* and the other about issue *j*, each can get its
way on the issue it cares about more and both end up better off than the other way
round: value is created by trading on differences in priorities (Pruitt, *Negotiation
Behavior*, 1981, ch. 5; Lax and Sebenius, *The Manager as Negotiator*, 1986, ch. 5;
Raiffa, *The Art and Science of Negotiation*, 1982, ch. 10).

For two negotiators ``p`` and ``q`` and two issues ``i`` and ``j``:

- the *priority gap* is ``(w_pi - w_qi) - (w_pj - w_qj)`` with the weights normalised to
  sum 1: how much more ``p`` cares about ``i`` than ``q`` does, plus how much more ``q``
  cares about ``j`` than ``p`` does;
- the *exchange*: ``p`` gets its favourite option on ``i`` and ``q`` its favourite on
  ``j``, favourites taken among the issue's common ground (the options no negotiator's
  single-issue red line excludes; ties go to the option the other likes more, then the
  first); an exchange that crosses a red line naming only these issues is left out;
- its *gains*: each negotiator's utility from the exchange minus that from the reverse
  exchange (``q`` gets its way on ``i``, ``p`` on ``j``), everything else equal; or, when a
  reference package is given, minus that of the reference, the exchange put into it.

A trade is listed when it helps both ``p`` and ``q``; the list is sorted by priority gap,
then by joint gain (the sum of the two gains). Issues without common ground (blocked) or
with only one common option cannot be traded.

Cost: ``O(parties * sum of options)`` for the favourites, then ``O(parties^2 *
issues^2)``; the outcome space is never enumerated.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> best = trades(compile_space(load_example()))[0]
>>> best.issues, best.parties, all(g > 0 for g in best.gains)
(('russian-language', 'denazification'), ('ukraine', 'russia'), True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..analysis._tolerance import TOL
from ..scenario.model import OptionId, midpoint
from ..space import Space
from .packages import acceptable

__all__ = ["Trade", "trades"]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Trade:
    """``parties[0]`` gets ``options[0]`` on ``issues[0]``, ``parties[1]`` gets
    ``options[1]`` on ``issues[1]``, instead of ``instead[0]`` and ``instead[1]`` (the other's
    favourites, or the reference's options). ``gains`` are in the order of the negotiators;
    ``acceptable`` is ``None`` without a reference, else whether the reference with the
    exchange put in stays acceptable to every party."""

    parties: tuple[str, str]
    issues: tuple[str, str]
    options: tuple[OptionId, OptionId]
    instead: tuple[OptionId, OptionId]
    priority_gap: float
    gains: tuple[float, ...]
    joint_gain: float
    acceptable: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        p, q = self.parties
        return {
            "parties": list(self.parties),
            "exchange": {p: {"issue": self.issues[0], "option": self.options[0],
                             "instead_of": self.instead[0]},
                         q: {"issue": self.issues[1], "option": self.options[1],
                             "instead_of": self.instead[1]}},
            "priority_gap": self.priority_gap,
            "gains": list(self.gains),
            "joint_gain": self.joint_gain,
            "acceptable": self.acceptable,
        }


def trades(space: Space, reference: Sequence[int] | IntArray | None = None, *,
           limit: int | None = 10) -> list[Trade]:
    """The trades of ``space``, best first (at most ``limit``; all with ``None``).

    ``reference`` (a row of option indices) measures the gains against that package
    instead of against the reverse exchange.
    """
    common = _common_ground(space)
    weights = _weights(space)
    favourite = {(i, p): _favourite(space, common[i], i, p)
                 for i in range(len(space.issues)) for p in range(space.party_count)
                 if common[i].sum() >= 2}
    ref = None if reference is None else np.asarray(reference, dtype=np.int64)
    found: list[Trade] = []
    tradable = sorted({i for i, _ in favourite})
    for p in range(space.party_count):
        for q in range(p + 1, space.party_count):
            for i in tradable:
                for j in tradable:
                    if i == j:
                        continue
                    trade = _trade(space, weights, favourite, ref, p, q, i, j)
                    if trade is not None:
                        found.append(trade)
    found.sort(key=lambda t: (-t.priority_gap, -t.joint_gain))
    return found if limit is None else found[:limit]


def _trade(space: Space, weights: FloatArray, favourite: dict[tuple[int, int], int],
           ref: IntArray | None, p: int, q: int, i: int, j: int) -> Trade | None:
    gap = float((weights[p, i] - weights[q, i]) - (weights[p, j] - weights[q, j]))
    if gap <= TOL:
        return None
    a, b = favourite[(i, p)], favourite[(j, q)]
    if _crosses_within(space, {i: a, j: b}):
        return None
    if ref is None:
        a_off, b_off = favourite[(i, q)], favourite[(j, p)]
    else:
        a_off, b_off = int(ref[i]), int(ref[j])
    gains = (space.contributions[i][a] - space.contributions[i][a_off]
             + space.contributions[j][b] - space.contributions[j][b_off])
    row = None
    if ref is not None:
        row = ref.copy()
        row[i], row[j] = a, b
        if not space.additive:  # values interact: the trade's gains on the package itself
            gains = space.utilities(row)[0] - space.utilities(ref)[0]
    if gains[p] <= TOL or gains[q] <= TOL:
        return None
    ok = None if row is None else bool(acceptable(space, row)[0])
    return Trade(
        parties=(space.parties[p], space.parties[q]),
        issues=(space.issues[i], space.issues[j]),
        options=(space.options[i][a], space.options[j][b]),
        instead=(space.options[i][a_off], space.options[j][b_off]),
        priority_gap=gap,
        gains=tuple(float(g) for g in gains),
        joint_gain=float(gains[p] + gains[q]),
        acceptable=ok,
    )


def _common_ground(space: Space) -> list[NDArray[np.bool_]]:
    common = [np.ones(n, dtype=bool) for n in space.sizes]
    for red_line in space.red_lines:
        if red_line.single_issue:
            common[red_line.issues[0]] &= ~red_line.forbidden[0]
    return common


def _weights(space: Space) -> FloatArray:
    """``[party, issue]``: each negotiator's weights as declared (midpoints of intervals),
    normalised to sum 1."""
    out = np.zeros((space.party_count, len(space.issues)))
    for p, party in enumerate(space.parties):
        prefs = space.scenario.preferences[party]
        total = sum(midpoint(w) for w in prefs.weights.values())
        for i, issue in enumerate(space.issues):
            out[p, i] = midpoint(prefs.weights.get(issue, 0.0)) / total
    return out


def _favourite(space: Space, allowed: NDArray[np.bool_], i: int, p: int) -> int:
    """Party ``p``'s best option of issue ``i`` among ``allowed``; ties go to the option
    the others like more, then to the first."""
    candidates = np.flatnonzero(allowed)
    table = space.contributions[i][candidates]
    own = table[:, p]
    others = np.delete(table, p, axis=1).sum(axis=1)
    order = np.lexsort((candidates, -others, -np.round(own / TOL)))
    return int(candidates[order[0]])


def _crosses_within(space: Space, chosen: dict[int, int]) -> bool:
    """Whether the options chosen cross a red line that names only these issues."""
    for red_line in space.red_lines:
        if set(red_line.issues) <= set(chosen) and all(
                mask[chosen[i]] for i, mask in zip(red_line.issues, red_line.forbidden,
                                                   strict=True)):
            return True
    return False
