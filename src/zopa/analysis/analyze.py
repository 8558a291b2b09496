"""The whole agreement analysis of a scenario, as one typed result.

:func:`analyze` runs every analysis the format defines (issue status, agreement space,
Pareto frontier, bargaining solutions, minimal concessions, reservation gaps) and
returns an :class:`Analysis` whose :meth:`Analysis.to_dict` is the documented JSON.

>>> from zopa.examples import load_example
>>> result = analyze(load_example("ukraine-russia-2022-03"))
>>> result.agreement_space, [i.status for i in result.issues if i.id in ("crimea", "donbas")]
(0, ['blocked', 'blocked'])
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..budget import DEFAULT_WORK, WorkBudget
from ..scenario.load import load_scenario
from ..scenario.model import OptionId, Scenario
from ..space import Space, compile_space
from .concessions import minimal_concession_sets
from .count import Estimate, count_agreements, estimate_agreements
from .evidence import blocked_evidence, red_line_evidence
from .frontier import Method, PointSet, frontier_points
from .gaps import reservation_gaps
from .issues import IssueStatus, issue_statuses
from .reference import ReferenceComparison, compare_reference
from .solutions import SOLUTIONS, SolutionName, choose

__all__ = ["Analysis", "Concession", "Package", "analyze"]


@dataclass(frozen=True)
class Package:
    """One outcome: an option for every issue, and each negotiator's utility for it."""

    outcome: Mapping[str, OptionId]
    utilities: tuple[float, ...]
    indices: tuple[int, ...] = field(repr=False, default=())

    def to_dict(self) -> dict[str, Any]:
        return {"utilities": list(self.utilities), "outcome": dict(self.outcome)}


@dataclass(frozen=True)
class Concession:
    """A minimal set of red lines whose removal alone opens an agreement, and how many
    outcomes the agreement space would then hold (``None`` when too many to count)."""

    red_lines: tuple[str, ...]
    opens: int | None

    def to_list(self) -> list[str]:
        return list(self.red_lines)


@dataclass(frozen=True)
class Analysis:
    """Everything the format defines for one scenario. ``to_dict()`` is the JSON of
    ``zopa analyze --json``."""

    space: Space
    outcomes: int
    agreement_space: int | None
    issues: tuple[IssueStatus, ...]
    frontier: tuple[Package, ...]
    solutions: Mapping[SolutionName, Package | None]
    concessions: tuple[Concession, ...]
    reservation_gaps: Mapping[str, float]
    max_concessions: int = 3
    estimate: Estimate | None = None
    #: How the frontier was built, whether it is exact, and (when not) how much a missed
    #: point could improve on it.
    frontier_method: str = ""
    frontier_exact: bool = True
    frontier_bound: float = 0.0
    reference: ReferenceComparison | None = None

    @property
    def scenario(self) -> Scenario:
        return self.space.scenario

    @property
    def parties(self) -> tuple[str, ...]:
        return self.space.parties

    @property
    def blocked(self) -> tuple[IssueStatus, ...]:
        return tuple(i for i in self.issues if i.status == "blocked")

    @property
    def has_agreement(self) -> bool:
        return bool(self.frontier)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "scenario": self.scenario.name,
            "parties": list(self.parties),
            "outcomes": self.outcomes,
            "agreement_space": self.agreement_space,
            "issues": [i.to_dict() for i in self.issues],
            "pareto_frontier": [p.to_dict() for p in self.frontier],
            "solutions": {name: (p.to_dict() if p is not None else None)
                          for name, p in self.solutions.items()},
            "minimal_concessions": [c.to_list() for c in self.concessions],
            "reservation_gaps": dict(self.reservation_gaps),
        }
        if self.estimate is not None:
            data["agreement_space_estimate"] = self.estimate.to_dict()
        data["evidence"] = {
            "red_lines": [r.to_dict() for r in red_line_evidence(self.space)],
            "blocked": [b.to_dict() for b in blocked_evidence(self.space, self.issues)],
        }
        if not self.space.additive or not self.frontier_exact:
            data["frontier_exact"] = self.frontier_exact
            data["frontier_method"] = self.frontier_method
            data["frontier_bound"] = self.frontier_bound
        if self.reference is not None:
            data["reference_frontier"] = self.reference.to_dict()
        return data


def analyze(scenario: Scenario | Space | str | os.PathLike[str], *, max_concessions: int = 3,
            method: Method = "auto", reference: Sequence[Sequence[float]] | None = None,
            reference_source: str = "reference", budget: int | None = None) -> Analysis:
    """Analyse a scenario (a file's path, a :class:`Scenario`, or an already compiled
    space) as the format defines it.

    ``max_concessions`` is the largest set of red lines reported as a minimal concession;
    ``method`` chooses how the frontier is built (``"merge"`` over stages, or
    ``"enumerate"`` over the whole outcome space; ``"auto"`` merges where it can).
    ``reference`` is another tool's frontier (points in the order of the negotiators),
    compared with zopa's in the result. ``budget`` is the work an exact frontier
    (enumeration, merges, dominance filters) may take (:data:`zopa.budget.DEFAULT_WORK`
    by default).
    """
    if isinstance(scenario, str | os.PathLike):
        scenario = load_scenario(scenario)
    space = scenario if isinstance(scenario, Space) else compile_space(scenario)
    work = WorkBudget(budget if budget is not None else DEFAULT_WORK,
                      what="an exact frontier")
    points = frontier_points(space, method=method, budget=work)
    frontier = tuple(_package(space, points, k) for k in range(len(points)))
    chosen = choose(points, space.reservations)
    solutions = {name: (frontier[k] if k is not None else None)
                 for name, k in ((n, chosen[n]) for n in SOLUTIONS)}
    exists = bool(len(points))
    count = count_agreements(space) if exists else 0
    estimate = estimate_agreements(space) if count is None else None
    concessions: tuple[Concession, ...] = ()
    if not exists:
        names = [r.name for r in space.red_lines]
        all_lines = range(len(space.red_lines))
        concessions = tuple(
            Concession(
                red_lines=tuple(names[k] for k in subset),
                opens=count_agreements(space, active=[k for k in all_lines if k not in subset]),
            )
            for subset in minimal_concession_sets(space, max_concessions, work)
        )
    return Analysis(
        space=space,
        outcomes=space.outcome_count,
        agreement_space=count,
        issues=issue_statuses(space),
        frontier=frontier,
        solutions=solutions,
        concessions=concessions,
        reservation_gaps=reservation_gaps(space, agreement_exists=exists, method=method,
                                          budget=work),
        max_concessions=max_concessions,
        estimate=estimate,
        frontier_method=points.method,
        frontier_exact=points.exact,
        frontier_bound=points.bound,
        reference=(None if reference is None else
                   compare_reference(points.utility, reference, reference_source)),
    )


def _package(space: Space, points: PointSet, k: int) -> Package:
    row = points.outcomes[k]
    return Package(
        outcome=space.outcome_dict(row),
        utilities=tuple(float(u) for u in np.asarray(points.utility[k])),
        indices=tuple(int(x) for x in row),
    )
