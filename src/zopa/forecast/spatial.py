"""The spatial model every forecast reads, and the forecast every model returns.

Spatial bargaining models (KTAB's Spatial Model of Politics, Bueno de Mesquita's expected
utility model, the mean / median baselines) share one picture: *actors* with an overall
*capability* (influence) take *positions* on one or more *dimensions* (axes, one per
issue) and care about each dimension with a *salience*. A model moves the positions, step
by step, and says where they converge.

:class:`SpatialModel` is that picture as an immutable value, whatever it was read from (a
zopa scenario, a KTAB CSV or XML file, an EUM CSV). Positions are in the file's own units
on each dimension (``bounds`` gives the range of each axis: 0-100 for KTAB's files and for
discrete issues, the issue's range for numeric ones). Saliences are in [0, 1] as given
per actor and dimension (KTAB's files give them in 0-100; readers divide by 100).

Red lines, which no other spatial model has: ``limits[i, k]`` is the interval of dimension
``k`` that actor ``i`` may move within (its own red lines, as an interval on the axis; the
whole axis when it has none). Models never move an actor outside its own limits, and a
forecast reports where it lands outside another actor's.

:class:`Forecast` is what every model returns; :meth:`Forecast.to_dict` is the documented
JSON of ``zopa forecast --json`` (``docs/scenario-format.md``).

>>> import numpy as np
>>> m = SpatialModel.build(actors=["a", "b"], dimensions=["x"],
...                        capability=[1.0, 3.0], position=[[0.0], [100.0]],
...                        salience=[[1.0], [0.5]])
>>> m.n_actors, m.n_dimensions, m.bounds.tolist()
(2, 1, [[0.0, 100.0]])
>>> m.limits[0, 0].tolist()
[0.0, 100.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["FirstRound", "Forecast", "SpatialModel"]

FloatArray = npt.NDArray[np.float64]


def _frozen(values: Any, shape: tuple[int, ...], name: str) -> FloatArray:
    array = np.array(values, dtype=np.float64)
    if array.shape != shape:
        raise ValueError(f"{name} has shape {array.shape}, expected {shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} has a value that is not a finite number")
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class SpatialModel:
    """Actors, their capabilities, positions and saliences on the dimensions.

    Shapes: ``capability`` (n,), ``position`` and ``salience`` (n, d), ``bounds`` (d, 2),
    ``limits`` (n, d, 2). Build one with :meth:`build`, which checks shapes and fills the
    defaults; the arrays are read-only.
    """

    name: str
    actors: tuple[str, ...]
    dimensions: tuple[str, ...]
    capability: FloatArray
    position: FloatArray
    salience: FloatArray
    bounds: FloatArray
    limits: FloatArray
    description: str = ""
    #: Per actor, where it sits at the table: "party", "mediator" or "observer" (a zopa
    #: scenario says; KTAB and EUM files have only actors, all "party").
    roles: tuple[str, ...] = field(default=())

    @classmethod
    def build(
        cls,
        *,
        actors: Sequence[str],
        dimensions: Sequence[str],
        capability: Any,
        position: Any,
        salience: Any,
        bounds: Any = None,
        limits: Any = None,
        name: str = "",
        description: str = "",
        roles: Sequence[str] | None = None,
    ) -> SpatialModel:
        """Check the shapes and fill the defaults: axes of 0-100, no red lines."""
        n, d = len(actors), len(dimensions)
        if n == 0 or d == 0:
            raise ValueError("a spatial model needs at least one actor and one dimension")
        bounds_array = _frozen(
            [[0.0, 100.0]] * d if bounds is None else bounds, (d, 2), "bounds")
        if np.any(bounds_array[:, 0] >= bounds_array[:, 1]):
            raise ValueError("every dimension's bounds must be (low, high) with low < high")
        limits_array = _frozen(
            np.broadcast_to(bounds_array, (n, d, 2)) if limits is None else limits,
            (n, d, 2), "limits")
        capability_array = _frozen(capability, (n,), "capability")
        if np.any(capability_array < 0):
            raise ValueError("capabilities must not be negative")
        salience_array = _frozen(salience, (n, d), "salience")
        if np.any((salience_array < 0) | (salience_array > 1)):
            raise ValueError("saliences must be in [0, 1]")
        return cls(
            name=name,
            actors=tuple(actors),
            dimensions=tuple(dimensions),
            capability=capability_array,
            position=_frozen(position, (n, d), "position"),
            salience=salience_array,
            bounds=bounds_array,
            limits=limits_array,
            description=description,
            roles=tuple(roles) if roles is not None else ("party",) * n,
        )

    @property
    def n_actors(self) -> int:
        return len(self.actors)

    @property
    def n_dimensions(self) -> int:
        return len(self.dimensions)


@dataclass(frozen=True)
class FirstRound:
    """The first round's matrices, as KTAB's log prints them.

    ``values``: the risk-neutral value of each actor (rows) for each actor's position
    (columns); ``risk``: each actor's inferred risk attitude.
    """

    values: FloatArray
    risk: FloatArray

    def to_dict(self) -> dict[str, Any]:
        return {"values": self.values.tolist(), "risk": self.risk.tolist()}


@dataclass(frozen=True)
class Forecast:
    """Where a model says the positions go.

    ``history[i, k, t]`` is actor ``i``'s position on dimension ``k`` at state ``t``
    (``t = 0`` the input, ``steps`` transitions after it); ``probabilities[i, t]`` the
    probability that actor ``i``'s position prevails at state ``t``; ``forecast`` the
    model's outcome per dimension. ``rounds`` is the EUM's per-round summary (median,
    mean, positions), empty for other models.
    """

    model: str
    actors: tuple[str, ...]
    dimensions: tuple[str, ...]
    history: FloatArray
    probabilities: FloatArray
    forecast: dict[str, float]
    first_round: FirstRound | None = None
    rounds: tuple[dict[str, Any], ...] = ()

    @property
    def steps(self) -> int:
        return int(self.history.shape[2]) - 1

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON of ``zopa forecast --json``."""
        out: dict[str, Any] = {
            "model": self.model,
            "actors": list(self.actors),
            "dimensions": list(self.dimensions),
            "steps": self.steps,
            "history": self.history.tolist(),
            "probabilities": self.probabilities.tolist(),
            "forecast": dict(self.forecast),
            "first_round": None if self.first_round is None else self.first_round.to_dict(),
        }
        if self.rounds:
            out["rounds"] = [self._round_json(r) for r in self.rounds]
        return out

    def _round_json(self, summary: dict[str, Any]) -> dict[str, Any]:
        """A round of the EUM as the JSON gives it: on one dimension (the EUM's own
        setting) the median and mean are numbers and the positions one number per actor;
        on several, per dimension (``{dimension: number}``, ``positions[i][k]``)."""
        if len(self.dimensions) != 1:
            return dict(summary)
        (dim,) = self.dimensions
        return {"median": summary["median"][dim], "mean": summary["mean"][dim],
                "positions": [row[0] for row in summary["positions"]]}
