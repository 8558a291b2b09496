"""Scenarios: the file format as an immutable, checked value (see SCENARIO_FORMAT.md)."""

from .load import dump_scenario, load_scenario, parse_scenario
from .model import (
    Interval,
    Issue,
    NumericBound,
    Option,
    OptionId,
    Party,
    Points,
    Preferences,
    Range,
    RedLine,
    Scenario,
    Source,
    Statement,
    StatementSource,
    midpoint,
)

__all__ = [
    "Interval",
    "Issue",
    "NumericBound",
    "Option",
    "OptionId",
    "Party",
    "Points",
    "Preferences",
    "Range",
    "RedLine",
    "Scenario",
    "Source",
    "Statement",
    "StatementSource",
    "dump_scenario",
    "load_scenario",
    "midpoint",
    "parse_scenario",
]
