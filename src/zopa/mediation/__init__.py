"""The mediator's toolkit: procedures built on the analyses.

- :mod:`~zopa.mediation.adjusted_winner`: fair division of the issues between two parties
  (Brams and Taylor);
- :mod:`~zopa.mediation.single_text`: the single negotiating text of Camp David;
- :mod:`~zopa.mediation.improve`: improving on a package the parties hold (Raiffa);
- :mod:`~zopa.mediation.trades`: logrolling, pairs of issues to trade;
- :mod:`~zopa.mediation.sensitivity`: Monte Carlo over what the analyst is unsure of;
- :mod:`~zopa.mediation.overview`: all of them on one scenario, as the report and the
  web workbench show them.
"""

from .adjusted_winner import (
    AdjustedWinner,
    PointsTable,
    Split,
    adjusted_winner,
    load_points,
    points_from_scenario,
)
from .improve import Improvement, improve
from .overview import Mediation, mediate
from .packages import parse_package, relax
from .single_text import Change, Draft, NoAcceptablePackageError, SingleText, single_text

__all__ = [
    "AdjustedWinner",
    "Change",
    "Draft",
    "Improvement",
    "Mediation",
    "NoAcceptablePackageError",
    "PointsTable",
    "SingleText",
    "Split",
    "adjusted_winner",
    "improve",
    "load_points",
    "mediate",
    "parse_package",
    "points_from_scenario",
    "relax",
    "single_text",
]
