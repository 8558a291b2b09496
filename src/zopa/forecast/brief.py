"""The reading of a forecast in words: where it lands, who prevails, who must move, and
what lands across whose red line.

Every number here is computed once, into :class:`ForecastBrief`; the terminal, the JSON,
the report and the workbench only lay it out.

- **Outcome**: the forecast on each dimension and, for a zopa scenario, the option
  nearest to it (the lower of two as near).
- **Prevails**: on each dimension, the actors whose starting position is nearest the
  forecast (within 1% of the axis of the nearest): the outcome is theirs.
- **Must move**: each actor's distance from its starting position to the forecast, as a
  share of each axis, averaged with its saliences as weights (or equally, when it has
  none); ``moved`` is how far the model actually moved it (0 for the baselines).
- **Across red lines**: for a zopa scenario, every red line in force (of any party) that
  the outcome made of the nearest options crosses; for a KTAB or EUM file, every
  dimension where the forecast lies outside an actor's limits.

>>> from zopa.forecast.spatial import SpatialModel
>>> from zopa.forecast.baselines import weighted_mean
>>> m = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[1, 3],
...                        position=[[0.0], [100.0]], salience=[[1.0], [1.0]])
>>> b = read_forecast(weighted_mean(m), m)
>>> b.prevails, [round(x.must_move, 2) for x in b.actors]
({'x': ('b',)}, [0.75, 0.25])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..scenario.model import Scenario
from .spatial import Forecast, SpatialModel

__all__ = ["ActorReading", "Crossing", "ForecastBrief", "read_forecast"]


@dataclass(frozen=True)
class ActorReading:
    """One actor: how far it must move to the forecast and how far the model moved it."""

    actor: str
    name: str
    role: str
    must_move: float
    moved: float


@dataclass(frozen=True)
class Crossing:
    """A red line (or an actor's limit on a dimension) the forecast lands across."""

    actor: str
    name: str
    dimensions: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class ForecastBrief:
    """The forecast read in words (see the module docstring)."""

    model: str
    steps: int
    outcome: dict[str, float]
    options: dict[str, str]
    dimension_names: dict[str, str]
    prevails: dict[str, tuple[str, ...]]
    actors: tuple[ActorReading, ...]
    crossings: tuple[Crossing, ...]

    def _name(self, actor: str) -> str:
        return next((a.name for a in self.actors if a.actor == actor), actor)

    def lines(self) -> list[str]:
        """The brief as sentences, one a line."""
        out = [f"Forecast by {MODEL_NAMES.get(self.model, self.model)}"
               + (f", after {self.steps} steps:" if self.steps else ":")]
        for dim, value in self.outcome.items():
            option = f" (nearest option: {self.options[dim]})" if dim in self.options else ""
            winners = ", ".join(self._name(a) for a in self.prevails[dim])
            out.append(f"  {self.dimension_names[dim]}: {_number(value)}{option}; "
                       f"prevails: {winners}")
        ranked = sorted(self.actors, key=lambda a: -a.must_move)
        movers = [f"{a.name} {a.must_move:.0%}" for a in ranked if a.must_move > 0.005]
        still = [a.name for a in ranked if a.must_move <= 0.005]
        out.append("Who must move (distance to the forecast, salience-weighted share of "
                   "the axes): " + (", ".join(movers) if movers else "nobody") + ".")
        if still:
            out.append("Already there: " + ", ".join(still) + ".")
        if self.steps:
            moved = [f"{a.name} {a.moved:.0%}" for a in sorted(self.actors, key=lambda a: -a.moved)
                     if a.moved > 0.005]
            out.append("Moved by the model: " + (", ".join(moved) if moved else "nobody") + ".")
        if self.crossings:
            for c in self.crossings:
                dims = ", ".join(self.dimension_names.get(d, d) for d in c.dimensions)
                out.append(f"Across a red line: {c.name} ({dims}): {c.note}")
        else:
            out.append("The forecast lands across no one's red line.")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": dict(self.outcome),
            "options": dict(self.options),
            "prevails": {d: list(a) for d, a in self.prevails.items()},
            "actors": [{"actor": a.actor, "name": a.name, "role": a.role,
                        "must_move": a.must_move, "moved": a.moved} for a in self.actors],
            "crossings": [{"actor": c.actor, "name": c.name, "dimensions": list(c.dimensions),
                           "note": c.note} for c in self.crossings],
            "lines": self.lines(),
        }


MODEL_NAMES = {
    "smp": "KTAB's Spatial Model of Politics",
    "eum": "Bueno de Mesquita's expected utility model",
    "mean": "the weighted mean (compromise model)",
    "median": "the weighted median",
    "nash": "Nash bargaining over positions",
}


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def read_forecast(forecast: Forecast, model: SpatialModel,
                  scenario: Scenario | None = None) -> ForecastBrief:
    """Read ``forecast`` of ``model`` (from ``scenario`` when it came from one)."""
    span = model.bounds[:, 1] - model.bounds[:, 0]
    outcome = np.array([forecast.forecast[d] for d in model.dimensions])
    start = forecast.history[:, :, 0]
    end = forecast.history[:, :, -1]
    gap = np.abs(start - outcome[None, :]) / span
    moved = np.abs(end - start) / span
    weights = np.where(model.salience.sum(axis=1, keepdims=True) > 0, model.salience, 1.0)
    weights = weights / weights.sum(axis=1, keepdims=True)
    names = dict(zip(model.actors, model.actors, strict=True))
    dim_names = {d: d for d in model.dimensions}
    if scenario is not None:
        names.update({p.id: p.title for p in scenario.parties})
        dim_names.update({i.id: i.title for i in scenario.issues})
    prevails = {}
    for k, dim in enumerate(model.dimensions):
        nearest = gap[:, k].min()
        prevails[dim] = tuple(a for i, a in enumerate(model.actors)
                              if gap[i, k] <= nearest + 0.01)
    actors = tuple(
        ActorReading(actor=a, name=names[a], role=model.roles[i],
                     must_move=float((weights[i] * gap[i]).sum()),
                     moved=float((weights[i] * moved[i]).sum()))
        for i, a in enumerate(model.actors))
    options: dict[str, str] = {}
    if scenario is not None:
        options, crossings = _scenario_crossings(scenario, forecast.forecast, names)
    else:
        crossings = _limit_crossings(model, outcome, names)
    return ForecastBrief(model=forecast.model, steps=forecast.steps,
                         outcome=dict(forecast.forecast), options=options,
                         dimension_names=dim_names, prevails=prevails, actors=actors,
                         crossings=crossings)


def _scenario_crossings(scenario: Scenario, outcome: dict[str, float],
                        names: dict[str, str]) -> tuple[dict[str, str], tuple[Crossing, ...]]:
    from ..space import compile_space
    from .from_scenario import axes

    space = compile_space(scenario)
    chosen = [axis.nearest(outcome[axis.issue]) for axis in axes(scenario)]
    options = {issue.id: issue.label(issue.option_ids[j])
               for issue, j in zip(scenario.issues, chosen, strict=True)}
    row = np.array([chosen], dtype=np.int64)
    crossings = []
    for red_line in (*space.red_lines, *space.nonbinding_red_lines):
        if red_line.violated(row)[0]:
            source = red_line.source
            crossings.append(Crossing(
                actor=red_line.party, name=names.get(red_line.party, red_line.party),
                dimensions=tuple(space.issues[k] for k in red_line.issues),
                note=source.note or "a red line"))
    return options, tuple(crossings)


def _limit_crossings(model: SpatialModel, outcome: Any,
                     names: dict[str, str]) -> tuple[Crossing, ...]:
    out = []
    for i, actor in enumerate(model.actors):
        low, high = model.limits[i, :, 0], model.limits[i, :, 1]
        outside = tuple(d for k, d in enumerate(model.dimensions)
                        if outcome[k] < low[k] - 1e-9 or outcome[k] > high[k] + 1e-9)
        if outside:
            out.append(Crossing(actor=actor, name=names[actor], dimensions=outside,
                                note="the forecast lies outside the range it accepts"))
    return tuple(out)
