"""What-if: the same scenario with some red lines switched off, a weight or a reservation
moved, checked again as a scenario of its own.

The analyst asks "what if Russia dropped its red line on Crimea?" or "what if Ukraine
cared less about the army ceiling?". :func:`apply_whatif` builds that scenario by a
round trip through the file format's plain data, so the result is checked by
:func:`~zopa.scenario.parse_scenario` like any file (a weight of -1 is refused with the
format's message) and analysed by the same functions; nothing is computed here.

Red lines are named as the analysis names them, by party and position from 0
(``russia#0``). Switching one off marks it ``disabled``: it stays in its place, so every
other red line keeps its name in the what-if analysis.

>>> from zopa.examples import load_example
>>> from zopa.analysis import analyze
>>> s = load_example("ukraine-russia-2022-03")
>>> changed = apply_whatif(s, WhatIf(disabled=("russia#0",)))
>>> result = analyze(changed.scenario)
>>> [i.status for i in result.issues if i.id == "crimea"]
['open']
>>> [c.red_lines for c in result.concessions]
[('russia#1',), ('ukraine#1',)]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .analysis import Analysis
from .errors import ScenarioError
from .history import Standing, standing
from .scenario import Scenario, parse_scenario
from .scenario.model import Interval

__all__ = ["Comparison", "WhatIf", "WhatIfScenario", "apply_whatif", "compare", "moved_to"]


@dataclass(frozen=True)
class WhatIf:
    """The changes to try: red lines to switch off (``"russia#0"``), new weights
    (``{party: {issue: weight}}``) and new reservations (``{party: value}``); a weight or
    a reservation may be an interval ``[low, high]`` as in the file format."""

    disabled: tuple[str, ...] = ()
    weights: Mapping[str, Mapping[str, float | list[float]]] = field(default_factory=dict)
    reservations: Mapping[str, float | list[float]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.disabled or self.weights or self.reservations)

    def to_dict(self) -> dict[str, Any]:
        return {"disabled_red_lines": list(self.disabled),
                "weights": {p: dict(w) for p, w in self.weights.items()},
                "reservations": dict(self.reservations)}


@dataclass(frozen=True)
class WhatIfScenario:
    """The changed scenario."""

    scenario: Scenario


def apply_whatif(scenario: Scenario, whatif: WhatIf) -> WhatIfScenario:
    """The scenario with the changes applied, checked against the format.

    Raises :class:`~zopa.errors.ScenarioError` naming the change at fault (an unknown
    party, issue or red line; a weight or reservation the format refuses).
    """
    data = scenario.to_dict()
    preferences: dict[str, Any] = data.setdefault("preferences", {})
    parties = {p["id"]: p for p in data["parties"]}
    off: dict[str, set[int]] = {}
    for name in whatif.disabled:
        party, _, position = name.rpartition("#")
        lines = preferences.get(party, {}).get("red_lines", [])
        if not position.isdigit() or int(position) >= len(lines):
            raise ScenarioError(f"no red line '{name}'", path=("what-if", "disabled_red_lines"))
        off.setdefault(party, set()).add(int(position))
    for party, positions in off.items():
        for k in positions:
            preferences[party]["red_lines"][k]["disabled"] = True
    issues = {i["id"] for i in data["issues"]}
    for party, weights in whatif.weights.items():
        if party not in preferences:
            raise ScenarioError(f"no preferences for party '{party}'", path=("what-if", "weights"))
        for issue, weight in weights.items():
            if issue not in issues:
                raise ScenarioError(f"no issue '{issue}'", path=("what-if", "weights", party))
            preferences[party].setdefault("weights", {})[issue] = weight
    for party, value in whatif.reservations.items():
        if party not in parties:
            raise ScenarioError(f"no party '{party}'", path=("what-if", "reservations"))
        parties[party]["reservation"] = value
    try:
        changed = parse_scenario(data)
    except ScenarioError as exc:
        raise ScenarioError(f"{exc.message} (after the what-if changes)", path=exc.path) from None
    return WhatIfScenario(changed)


def moved_to(written: float | Interval, centre: float, *, low: float = 0.0,
             high: float | None = None) -> float | list[float]:
    """A number the analyst moved to ``centre``, in the form it was written: a single
    number stays one; an interval keeps its width and moves so that its midpoint is
    ``centre`` (held within ``[low, high]``), so that a slider never turns an interval into
    a point.

    >>> moved_to(Interval(0.25, 0.40), 0.5, high=1.0)
    [0.425, 0.575]
    >>> moved_to(Interval(0.25, 0.40), 0.95, high=1.0)
    [0.85, 1.0]
    >>> moved_to(0.3, 0.5)
    0.5
    """
    if not isinstance(written, Interval):
        return centre
    half = (written.high - written.low) / 2
    a, b = centre - half, centre + half
    if a < low:
        a, b = low, low + 2 * half
    if high is not None and b > high:
        a, b = high - 2 * half, high
    return [round(max(a, low), 12), round(b, 12)]


@dataclass(frozen=True)
class Comparison:
    """A what-if beside its baseline: where each stands (:class:`~zopa.history.Standing`),
    the issues whose Nash option differs, and each negotiator's utility at the Nash package
    in both (``None`` where there is none)."""

    parties: tuple[str, ...]
    baseline: Standing
    whatif: Standing
    nash_changed: tuple[str, ...]
    utilities: Mapping[str, tuple[float | None, float | None]]

    @property
    def changed(self) -> bool:
        """Whether anything a reader sees differs."""
        return (self.baseline.to_dict() != self.whatif.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {"baseline": self.baseline.to_dict(), "whatif": self.whatif.to_dict(),
                "nash_changed": list(self.nash_changed),
                "utilities": {p: list(u) for p, u in self.utilities.items()}}


def compare(baseline: Analysis, whatif: Analysis) -> Comparison:
    """The what-if's analysis beside the baseline's (same negotiators).

    >>> from zopa.analysis import analyze
    >>> from zopa.examples import load_example
    >>> s = load_example("ukraine-russia-2022-03")
    >>> changed = apply_whatif(s, WhatIf(disabled=("russia#0", "russia#1"))).scenario
    >>> result = compare(analyze(s), analyze(changed))
    >>> result.baseline.agreement_space, result.whatif.agreement_space
    (0, 81)
    """
    a, b = standing(baseline), standing(whatif)
    issues = [i.id for i in baseline.scenario.issues]
    if a.nash is not None and b.nash is not None:
        nash_changed = tuple(i for i in issues if a.nash.outcome.get(i) != b.nash.outcome.get(i))
    elif a.nash is None and b.nash is None:
        nash_changed = ()
    else:
        nash_changed = tuple(issues)
    utilities = {p: (a.nash.utilities[k] if a.nash is not None else None,
                     b.nash.utilities[k] if b.nash is not None else None)
                 for k, p in enumerate(baseline.parties)}
    return Comparison(baseline.parties, a, b, nash_changed, utilities)
