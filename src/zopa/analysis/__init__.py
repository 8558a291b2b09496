"""Analyses: pure functions over a compiled space, each returning a typed result."""

from .analyze import Analysis, Concession, Package, analyze
from .concessions import minimal_concession_sets
from .count import Estimate, count_agreements, estimate_agreements
from .evidence import (
    BlockedEvidence,
    RedLineEvidence,
    blocked_evidence,
    red_line_evidence,
    statements_cited,
)
from .frontier import Method, PointSet, frontier_points
from .gaps import reservation_gaps
from .issues import IssueStatus, issue_statuses
from .solutions import SOLUTION_TITLES, SOLUTIONS, SolutionName, choose, scores

__all__ = [
    "SOLUTIONS",
    "SOLUTION_TITLES",
    "Analysis",
    "BlockedEvidence",
    "Concession",
    "Estimate",
    "IssueStatus",
    "Method",
    "Package",
    "PointSet",
    "RedLineEvidence",
    "SolutionName",
    "analyze",
    "blocked_evidence",
    "choose",
    "count_agreements",
    "estimate_agreements",
    "frontier_points",
    "issue_statuses",
    "minimal_concession_sets",
    "red_line_evidence",
    "reservation_gaps",
    "scores",
    "statements_cited",
]
