"""A spatial model whose inputs may be intervals, for Monte Carlo forecasts.

An analyst unsure of an actor's capability, salience or position writes an interval
``[low, high]`` (``docs/scenario-format.md``, "Forecasting"). :class:`UncertainModel`
holds the low and high ends of every input; :meth:`UncertainModel.midpoint` is the model
every single forecast uses, :meth:`UncertainModel.draw` one Monte Carlo sample (each
uncertain number uniform in its interval, independently). Saliences that come from a
party's weights are drawn as weights and normalised afterwards, so they still sum to 1.

>>> import numpy as np
>>> from zopa.forecast.spatial import SpatialModel
>>> base = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[1, 1],
...                           position=[[0.0], [100.0]], salience=[[1.0], [1.0]])
>>> u = UncertainModel.exact(base)
>>> u.uncertain, u.draw(np.random.default_rng(0)).position.tolist()
(False, [[0.0], [100.0]])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .spatial import FloatArray, SpatialModel

__all__ = ["UncertainModel"]

BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class UncertainModel:
    """Intervals around a spatial model.

    Shapes: ``capability`` (n, 2), ``position`` and ``weight`` (n, d, 2) as ``[low, high]``;
    ``normalise[i]`` says that actor ``i``'s weights are relative (its saliences are its
    weights divided by their sum) rather than saliences in [0, 1].
    """

    base: SpatialModel
    capability: FloatArray
    position: FloatArray
    weight: FloatArray
    normalise: BoolArray

    @classmethod
    def exact(cls, model: SpatialModel) -> UncertainModel:
        """A model with no uncertainty (a KTAB or EUM file)."""
        n = model.n_actors
        return cls(
            base=model,
            capability=np.stack([model.capability, model.capability], axis=-1),
            position=np.stack([model.position, model.position], axis=-1),
            weight=np.stack([model.salience, model.salience], axis=-1),
            normalise=np.zeros(n, dtype=bool),
        )

    @property
    def uncertain(self) -> bool:
        """Whether any input is an interval of positive width."""
        return bool(any(np.any(a[..., 1] > a[..., 0])
                        for a in (self.capability, self.position, self.weight)))

    def intervals(self) -> tuple[str, ...]:
        """The uncertain inputs, as ``actor.capability``, ``actor.position.dimension``..."""
        names: list[str] = []
        m = self.base
        for i, actor in enumerate(m.actors):
            if self.capability[i, 1] > self.capability[i, 0]:
                names.append(f"{actor}.capability")
            for k, dim in enumerate(m.dimensions):
                if self.position[i, k, 1] > self.position[i, k, 0]:
                    names.append(f"{actor}.position.{dim}")
                if self.weight[i, k, 1] > self.weight[i, k, 0]:
                    names.append(f"{actor}.salience.{dim}")
        return tuple(names)

    def midpoint(self) -> SpatialModel:
        """The model at the midpoints of every interval."""
        return self._model(self.capability.mean(axis=-1), self.position.mean(axis=-1),
                           self.weight.mean(axis=-1))

    def draw(self, rng: np.random.Generator) -> SpatialModel:
        """One sample: every input uniform in its interval (the same number of draws
        whatever is uncertain, so that a seed gives the same stream)."""
        capability = rng.uniform(self.capability[:, 0], self.capability[:, 1])
        position = rng.uniform(self.position[..., 0], self.position[..., 1])
        weight = rng.uniform(self.weight[..., 0], self.weight[..., 1])
        return self._model(capability, position, weight)

    def _model(self, capability: FloatArray, position: FloatArray,
               weight: FloatArray) -> SpatialModel:
        m = self.base
        total = weight.sum(axis=1, keepdims=True)
        relative = np.divide(weight, total, out=np.zeros_like(weight), where=total > 0)
        salience = np.where(self.normalise[:, None], relative, weight)
        position = np.clip(position, m.limits[..., 0], m.limits[..., 1])
        return SpatialModel.build(
            actors=m.actors, dimensions=m.dimensions, capability=capability,
            position=position, salience=np.clip(salience, 0.0, 1.0), bounds=m.bounds,
            limits=m.limits, name=m.name, description=m.description, roles=m.roles)
