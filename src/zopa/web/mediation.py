"""The slot for the mediation toolkit's results (Adjusted Winner, single negotiating text,
sensitivity), filled when ``zopa.mediation`` is installed.

``zopa.mediation`` is being built alongside the web app. This thin adapter is where the
two meet: for each procedure it looks up a function of that name in ``zopa.mediation``,
calls it on the scenario, and shows the result's ``to_dict()``. When the package settles
its API, the lead adjusts :data:`PROCEDURES` (and, if wanted, a template per result);
nothing else in the web app needs to change.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from ..scenario import Scenario

__all__ = ["MODULE", "PROCEDURES", "MediationSection", "available", "mediation_results"]

MODULE = "zopa.mediation"

#: (title shown, function name looked up in ``zopa.mediation``), in page order.
PROCEDURES: tuple[tuple[str, str], ...] = (
    ("Adjusted Winner", "adjusted_winner"),
    ("Single negotiating text", "single_text"),
    ("Sensitivity", "sensitivity"),
)


@dataclass(frozen=True)
class MediationSection:
    """One procedure's result as plain data, or why it is missing."""

    title: str
    result: Any = None
    missing: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "result": self.result, "missing": self.missing}


def available() -> bool:
    """Whether ``zopa.mediation`` is installed."""
    try:
        return importlib.util.find_spec(MODULE) is not None
    except (ModuleNotFoundError, ValueError):
        return False


def mediation_results(scenario: Scenario) -> list[MediationSection] | None:
    """The mediation results for the scenario; ``None`` when the package is absent."""
    if not available():
        return None
    module = importlib.import_module(MODULE)
    sections = []
    for title, name in PROCEDURES:
        procedure = getattr(module, name, None)
        if not callable(procedure):
            sections.append(MediationSection(title, missing=f"{MODULE}.{name} not found"))
            continue
        try:
            result = procedure(scenario)
        except (ValueError, LookupError, TypeError) as exc:
            # A procedure may not apply to this scenario (Adjusted Winner needs two
            # parties and point allocations): say so in place of the result.
            sections.append(MediationSection(title, missing=str(exc)))
            continue
        plain = result.to_dict() if hasattr(result, "to_dict") else result
        sections.append(MediationSection(title, result=plain))
    return sections
