"""Analyses: pure functions over a compiled space, each returning a typed result."""

from .analyze import Analysis, Concession, Package, analyze
from .concessions import minimal_concession_sets
from .count import Estimate, count_agreements, estimate_agreements
from .frontier import Method, PointSet, frontier_points
from .gaps import reservation_gaps
from .issues import IssueStatus, issue_statuses
from .solutions import SOLUTION_TITLES, SOLUTIONS, SolutionName, choose, scores

__all__ = [
    "SOLUTIONS",
    "SOLUTION_TITLES",
    "Analysis",
    "Concession",
    "Estimate",
    "IssueStatus",
    "Method",
    "Package",
    "PointSet",
    "SolutionName",
    "analyze",
    "choose",
    "count_agreements",
    "estimate_agreements",
    "frontier_points",
    "issue_statuses",
    "minimal_concession_sets",
    "reservation_gaps",
    "scores",
]
