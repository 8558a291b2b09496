"""A zopa scenario as a spatial model: every issue an axis, every stakeholder an actor.

The rules (``docs/scenario-format.md``, section "Forecasting: capability, observers,
positions"):

- **Axes.** A numeric issue is its own axis, in its units, from ``min`` to ``max``. A
  discrete issue is an axis of 0-100: its options lie at ``position:`` when every option
  gives one, else by their order (the ``j``-th of ``m`` at ``100 j / (m - 1)``). An issue
  marked ``ordered: false`` has no order: a forecast needs the positions, or it stops
  with an error.
- **Actors.** Every party (any role) with preferences, positions or saliences, in file
  order. Observers sit away from the table: they have no veto and no say in the
  negotiation analysis, only here.
- **Capability** is the party's ``capability:`` (a number or an interval). When no party
  gives one, every actor has capability 1; when some do, every actor must.
- **Position** on an issue: the party's ``positions:`` entry (an option id, or a number
  or an interval on the axis), else its best option by its values (the first of equal
  ones), else (no values on the issue) the middle of the axis.
- **Salience** on an issue: the party's ``salience:`` entry in [0, 1] when it gives any
  (issues it does not name: 0), else its weights divided by their sum.
- **Limits** (red lines). A party's single-issue red lines forbid options; the party may
  move only within the run of allowed options around its own position: from the
  nearest forbidden option below it (exclusive) to the nearest above, as the hull of
  the allowed options in between (the axis end where nothing is forbidden on that side).
  So a forbidden option in the middle of an axis is a barrier the party never crosses,
  whatever lies beyond it (allowed options on the far side of a forbidden one are out of
  its reach). Red lines across several issues give no limit on one axis; the brief still
  says when a forecast lands across one (:mod:`zopa.forecast.brief`).

>>> from zopa.examples import load_example
>>> m = spatial_model(load_example("ukraine-russia-2022-03"))
>>> m.actors[:3], m.roles[3]
(('ukraine', 'russia', 'turkey'), 'observer')
>>> m.limits[1, m.dimensions.index("crimea")].tolist()    # Russia does not move on Crimea
[100.0, 100.0]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ScenarioError
from ..scenario.model import Interval, Issue, Party, Points, Scenario, midpoint
from ..scenario.validate import grid_index
from ..space import compile_space
from .spatial import FloatArray, SpatialModel
from .uncertain import UncertainModel

__all__ = ["Axis", "axes", "smp_actors", "spatial_model", "uncertain_model"]


@dataclass(frozen=True)
class Axis:
    """An issue as an axis: its range and where each of its options lies on it."""

    issue: str
    low: float
    high: float
    points: tuple[float, ...]

    def nearest(self, x: float) -> int:
        """The index of the option nearest to ``x`` (the lower one of two as near)."""
        return int(np.argmin(np.abs(np.array(self.points) - x)))


def axes(scenario: Scenario) -> tuple[Axis, ...]:
    """Every issue's axis, in file order."""
    return tuple(_axis(issue, k) for k, issue in enumerate(scenario.issues))


def _axis(issue: Issue, k: int) -> Axis:
    if issue.range is not None:
        values = tuple(float(v) for v in issue.range.values())
        high = float(issue.range.max) if len(values) > 1 else float(issue.range.min) + 1.0
        return Axis(issue.id, float(issue.range.min), high, values)
    assert issue.options is not None
    given = [o.position for o in issue.options]
    if all(p is not None for p in given):
        points = tuple(float(p) for p in given if p is not None)
    elif issue.ordered is False:
        raise ScenarioError(
            f"issue '{issue.id}' is discrete with no order ('ordered: false'): a forecast "
            "needs a 'position' on 0-100 for each of its options",
            path=("issues", k, "ordered"))
    else:
        m = len(issue.options)
        points = tuple(100.0 * j / (m - 1) for j in range(m))
    return Axis(issue.id, 0.0, 100.0, points)


def spatial_model(scenario: Scenario) -> SpatialModel:
    """The scenario as a spatial model, every interval at its midpoint."""
    return uncertain_model(scenario).midpoint()


def uncertain_model(scenario: Scenario) -> UncertainModel:
    """The scenario as a spatial model with its intervals (see the module docstring)."""
    issue_axes = axes(scenario)
    actors = [(k, p) for k, p in enumerate(scenario.parties)
              if p.id in scenario.preferences or p.positions or p.salience]
    if not actors:
        raise ScenarioError("no party has preferences or positions to forecast from",
                            path=("parties",))
    given = [p.capability is not None for _, p in actors]
    if any(given) and not all(given):
        k, party = actors[given.index(False)]
        raise ScenarioError(
            f"party '{party.id}' has no capability while others have one: give every "
            "actor of the forecast a capability (or none, for equal influence)",
            path=("parties", k))
    forbidden = _forbidden(scenario)
    n, d = len(actors), len(issue_axes)
    capability = np.ones((n, 2))
    position = np.zeros((n, d, 2))
    weight = np.zeros((n, d, 2))
    normalise = np.zeros(n, dtype=bool)
    limits = np.zeros((n, d, 2))
    for i, (k, party) in enumerate(actors):
        if party.capability is not None:
            capability[i] = _ends(party.capability)
        normalise[i] = party.salience is None
        for j, (issue, axis) in enumerate(zip(scenario.issues, issue_axes, strict=True)):
            position[i, j] = _position(scenario, party, issue, axis)
            weight[i, j] = _salience(scenario, party, issue)
            mask = forbidden.get((party.id, j))
            limits[i, j] = (_own_limits(axis, mask, float(position[i, j].mean()), party, k)
                            if mask is not None else (axis.low, axis.high))
            lo, hi = position[i, j]
            if lo < limits[i, j, 0] or hi > limits[i, j, 1]:
                raise ScenarioError(
                    f"the position of '{party.id}' on '{issue.id}' reaches across its own "
                    "red line", path=("parties", k, "positions", issue.id))
    for none in np.nonzero(normalise & (weight.sum(axis=1)[:, 1] <= 0))[0].tolist():
        raise ScenarioError(
            f"party '{actors[none][1].id}' takes part in the forecast but has no weight on "
            "any issue: give it a salience", path=("parties", actors[none][0]))
    base = SpatialModel.build(
        actors=[p.id for _, p in actors],
        dimensions=[issue.id for issue in scenario.issues],
        capability=capability.mean(axis=-1),
        position=position.mean(axis=-1),
        salience=np.zeros((n, d)),
        bounds=[(a.low, a.high) for a in issue_axes],
        limits=limits,
        name=scenario.name,
        description=scenario.description or "",
        roles=[p.role for _, p in actors],
    )
    return UncertainModel(base=base, capability=capability, position=position,
                          weight=weight, normalise=normalise)


def _ends(value: float | Interval) -> tuple[float, float]:
    if isinstance(value, Interval):
        return float(value.low), float(value.high)
    return float(value), float(value)


def _position(scenario: Scenario, party: Party, issue: Issue,
              axis: Axis) -> tuple[float, float]:
    spec = (party.positions or {}).get(issue.id)
    if isinstance(spec, str):
        point = axis.points[issue.option_ids.index(spec)]
        return point, point
    if spec is not None:
        return _ends(spec)
    prefs = scenario.preferences.get(party.id)
    if prefs is None or issue.id not in prefs.values:
        middle = (axis.low + axis.high) / 2
        return middle, middle
    best = axis.points[int(np.argmax(_values(scenario, party.id, issue)))]
    return best, best


def _values(scenario: Scenario, party_id: str, issue: Issue) -> FloatArray:
    """The party's value of each option (midpoints), as the compiled space reads them."""
    spec = scenario.preferences[party_id].values[issue.id]
    options = issue.option_ids
    if isinstance(spec, Points):
        return np.array([spec.at(float(o)) for o in options])
    if issue.numeric:
        by_index = {grid_index(issue, key): midpoint(v) for key, v in spec.items()}
        return np.array([by_index.get(j, 0.0) for j in range(len(options))])
    return np.array([midpoint(spec[str(o)]) if str(o) in spec else 0.0 for o in options])


def _salience(scenario: Scenario, party: Party, issue: Issue) -> tuple[float, float]:
    if party.salience is not None:
        value = party.salience.get(issue.id)
        return (0.0, 0.0) if value is None else _ends(value)
    prefs = scenario.preferences.get(party.id)
    value = prefs.weights.get(issue.id) if prefs is not None else None
    return (0.0, 0.0) if value is None else _ends(value)


def _forbidden(scenario: Scenario) -> dict[tuple[str, int], np.ndarray]:
    """Per (party, issue), the options its single-issue red lines forbid."""
    space = compile_space(scenario)
    out: dict[tuple[str, int], np.ndarray] = {}
    for red_line in (*space.red_lines, *space.nonbinding_red_lines):
        if not red_line.single_issue:
            continue
        key = (red_line.party, red_line.issues[0])
        mask = red_line.forbidden[0]
        out[key] = out[key] | mask if key in out else mask.copy()
    return out


def _own_limits(axis: Axis, forbidden: np.ndarray, x: float, party: Party,
                k: int) -> tuple[float, float]:
    points = np.array(axis.points)
    if np.any(forbidden & (points == x)):
        raise ScenarioError(
            f"the position of '{party.id}' on '{axis.issue}' is an option its own red "
            "line forbids", path=("parties", k, "positions", axis.issue))
    below = points[forbidden & (points < x)]
    above = points[forbidden & (points > x)]
    bar_low = below.max() if below.size else -np.inf
    bar_high = above.min() if above.size else np.inf
    run = points[~forbidden & (points > bar_low) & (points < bar_high)]
    low = axis.low if not below.size else min(x, run.min(initial=x))
    high = axis.high if not above.size else max(x, run.max(initial=x))
    return float(low), float(high)


def smp_actors(scenario: Scenario, model: SpatialModel) -> None:
    """What KTAB's SMP needs of the scenario's actors (``model``, the scenario's spatial
    model): a positive capability and a positive salience on some issue, else a
    :class:`~zopa.errors.ScenarioError` at the party (KTAB refuses a zero voting weight;
    the other models give such an actor no weight)."""
    index = {p.id: k for k, p in enumerate(scenario.parties)}
    for i, actor in enumerate(model.actors):
        if model.capability[i] <= 0:
            raise ScenarioError(
                f"party '{actor}' has capability 0: KTAB's SMP refuses an actor without "
                "influence (give it a capability > 0, or choose another --model)",
                path=("parties", index[actor], "capability"))
        if model.salience[i].sum() <= 0:
            raise ScenarioError(
                f"party '{actor}' has no salience on any issue: KTAB's SMP refuses an actor "
                "that cares about nothing (give it a salience > 0, or choose another "
                "--model)", path=("parties", index[actor], "salience"))
