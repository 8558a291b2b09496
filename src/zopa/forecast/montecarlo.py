"""Monte Carlo forecasts: the distribution of a model's outcome over the analyst's intervals.

Each sample draws every uncertain capability, salience and position uniformly in its
interval (:meth:`zopa.forecast.uncertain.UncertainModel.draw`) and runs the model on it.
Samples run in blocks of :data:`BLOCK`; block ``b`` draws from
``numpy.random.default_rng([seed, b])`` (a ``SeedSequence`` of the seed and the block), so
the samples, and every figure computed from them, are the same for the same seed whatever
the backend (:func:`zopa.parallel.run_tasks`: in process, processes or Ray) and the
number of workers.

The result gives per dimension the quantiles :data:`QUANTILES` of the forecast (numpy's
default linear interpolation) and its mean, and keeps every sample's outcome for figures.

>>> from zopa.forecast.spatial import SpatialModel
>>> from zopa.forecast.uncertain import UncertainModel
>>> import numpy as np
>>> base = SpatialModel.build(actors=["a", "b"], dimensions=["x"], capability=[1, 1],
...                           position=[[0.0], [100.0]], salience=[[1.0], [1.0]])
>>> u = UncertainModel(base=base, capability=np.array([[1.0, 1.0], [1.0, 3.0]]),
...                    position=np.stack([base.position] * 2, axis=-1),
...                    weight=np.stack([base.salience] * 2, axis=-1),
...                    normalise=np.zeros(2, dtype=bool))
>>> mc = monte_carlo(u, "mean", samples=200, seed=1)
>>> 50 < mc.quantiles["x"][2] < 75
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..parallel import ExecutionSettings, run_tasks
from .models import run_model
from .spatial import FloatArray
from .uncertain import UncertainModel

__all__ = ["BLOCK", "QUANTILES", "MonteCarlo", "monte_carlo"]

BLOCK = 25
QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)


@dataclass(frozen=True)
class MonteCarlo:
    """``outcomes[s, k]``: sample ``s``'s forecast on dimension ``k``."""

    model: str
    dimensions: tuple[str, ...]
    samples: int
    seed: int
    intervals: tuple[str, ...]
    outcomes: FloatArray
    steps: tuple[int, ...]

    @property
    def quantiles(self) -> dict[str, list[float]]:
        """Per dimension, the forecast's quantiles at :data:`QUANTILES`."""
        q = np.quantile(self.outcomes, QUANTILES, axis=0)
        return {d: [float(v) for v in q[:, k]] for k, d in enumerate(self.dimensions)}

    @property
    def means(self) -> dict[str, float]:
        return {d: float(self.outcomes[:, k].mean()) for k, d in enumerate(self.dimensions)}

    def to_dict(self) -> dict[str, Any]:
        """The ``"monte_carlo"`` entry of ``zopa forecast --json --samples N``."""
        return {
            "model": self.model,
            "samples": self.samples,
            "seed": self.seed,
            "intervals": list(self.intervals),
            "quantile_levels": list(QUANTILES),
            "quantiles": self.quantiles,
            "mean": self.means,
            "steps": {"min": min(self.steps), "max": max(self.steps)},
        }


@dataclass(frozen=True)
class _Plan:
    model: UncertainModel
    name: str
    params: Any
    seed: int


def monte_carlo(uncertain: UncertainModel, name: str, *, samples: int, seed: int,
                params: Any = None, settings: ExecutionSettings | None = None,
                progress: Callable[[int], None] | None = None) -> MonteCarlo:
    """Run ``samples`` forecasts of model ``name`` (see the module docstring)."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    if seed < 0:
        raise ValueError("seed must be >= 0")
    plan = _Plan(uncertain, name, params, seed)
    tasks = [(plan, b, min(BLOCK, samples - b * BLOCK))
             for b in range((samples + BLOCK - 1) // BLOCK)]
    run = dataclasses.replace(settings or ExecutionSettings(), batch=1)
    outcomes: list[FloatArray] = []
    steps: list[int] = []
    for block_outcomes, block_steps in run_tasks(_run_block, tasks, run):
        outcomes.append(block_outcomes)
        steps.extend(block_steps)
        if progress is not None:
            progress(len(steps))
    return MonteCarlo(
        model=name,
        dimensions=uncertain.base.dimensions,
        samples=samples,
        seed=seed,
        intervals=uncertain.intervals(),
        outcomes=np.concatenate(outcomes),
        steps=tuple(steps),
    )


def _run_block(task: tuple[_Plan, int, int]) -> tuple[FloatArray, list[int]]:
    """One block of samples (module level, so that process and Ray workers can run it)."""
    plan, block, n = task
    rng = np.random.default_rng([plan.seed, block])
    dims = plan.model.base.dimensions
    out = np.empty((n, len(dims)))
    steps = []
    for s in range(n):
        forecast = run_model(plan.model.draw(rng), plan.name, params=plan.params)
        out[s] = [forecast.forecast[d] for d in dims]
        steps.append(forecast.steps)
    return out, steps
