"""Improving on a package the parties already hold (post-settlement settlements).

Raiffa (*The Art and Science of Negotiation*, 1982, ch. 18; "Post-settlement
settlements", *Negotiation Journal* 1, 1985) proposed that, once parties have settled,
a mediator look for a package that leaves every one of them at least as well off and
some better; Smartsettle's "maximin improvement" picks, among those, the one that
maximises the smallest gain.

Given a baseline package, the baseline replaces the reservations: the improvements are
the packages that cross no red line and give every negotiator at least its baseline
utility. This module reports

- how many there are (the baseline and its equals included), counted exactly by
  :func:`zopa.analysis.count_agreements` with the baseline utilities as floors;
- the efficient ones: the Pareto frontier of that set, which is the part of the
  agreement space's frontier that dominates the baseline (empty when the baseline is
  itself efficient);
- the maximin improvement: the ``egalitarian`` solution of
  :func:`zopa.analysis.choose` with the baseline utilities as reservations (the smallest
  gain is largest; ties to the larger sum, then the first package).

Cost: one frontier merge (:func:`zopa.analysis.frontier_points`) and one count, both
pruned by the floors; no enumeration of the outcome space where the core avoids it.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> from zopa.mediation.packages import parse_package, relax
>>> space = relax(compile_space(load_example()), ["russia#0", "russia#1"])
>>> row = parse_package(space, "neutrality=neutral-guaranteed,armed-forces=100000,"
...     "denazification=no-provision,russian-language=second-state-language,"
...     "donbas=separate-track,crimea=consultations-15-years")
>>> result = improve(space, row)
>>> result.on_frontier, all(g > 0 for g in result.gains)
(False, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..analysis import Package, choose, count_agreements, frontier_points
from ..analysis._tolerance import keys
from ..space import Space
from .packages import crossed, package

__all__ = ["Improvement", "improve"]

IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class Improvement:
    """What can be done better than the baseline.

    ``count`` is the number of packages that cross no red line and leave every negotiator
    at least as well off as the baseline (``None`` when too many to count exactly);
    ``efficient`` the frontier packages among them that are strictly better for someone;
    ``best`` the maximin improvement (``None`` when the baseline is already efficient) and
    ``gains`` what it adds to each negotiator's utility. ``crossed`` names the red lines the
    baseline itself crosses (improvements never do).
    """

    parties: tuple[str, ...]
    baseline: Package
    crossed: tuple[str, ...]
    count: int | None
    efficient: tuple[Package, ...]
    best: Package | None
    gains: tuple[float, ...]

    @property
    def on_frontier(self) -> bool:
        """Whether no package is at least as good for everyone and better for someone."""
        return self.best is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``zopa improve --json``."""
        return {
            "parties": list(self.parties),
            "baseline": self.baseline.to_dict(),
            "baseline_crosses": list(self.crossed),
            "on_frontier": self.on_frontier,
            "at_least_as_good": self.count,
            "efficient_improvements": [p.to_dict() for p in self.efficient],
            "maximin_improvement": self.best.to_dict() if self.best is not None else None,
            "gains": list(self.gains),
        }


def improve(space: Space, baseline: Sequence[int] | IntArray) -> Improvement:
    """The improvements on ``baseline`` (a row of option indices) in ``space``."""
    row = np.asarray(baseline, dtype=np.int64)
    base = package(space, row)
    floors = np.array(base.utilities)
    points = frontier_points(space, floors)
    base_key = keys(floors.reshape(1, -1))[0]
    better = (points.keys > base_key).any(axis=1) & (points.keys >= base_key).all(axis=1)
    efficient = points.take(np.flatnonzero(better))
    best: Package | None = None
    gains = tuple(0.0 for _ in space.parties)
    if len(efficient):
        k = choose(efficient, floors)["egalitarian"]
        assert k is not None
        best = package(space, efficient.outcomes[k])
        gains = tuple(float(u - f) for u, f in zip(best.utilities, floors, strict=True))
    return Improvement(
        parties=space.parties,
        baseline=base,
        crossed=crossed(space, row),
        count=count_agreements(space, [float(f) for f in floors]),
        efficient=tuple(package(space, o) for o in efficient.outcomes),
        best=best,
        gains=gains,
    )
