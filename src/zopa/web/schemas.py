"""The JSON API's request and response bodies (they make its OpenAPI description)."""

from __future__ import annotations

import datetime as _dt
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import ScenarioError, format_path
from ..history import ScenarioDiff, Standing
from ..mediation.overview import Mediation
from ..store.cases import Case, Version, VersionInfo
from ..whatif import WhatIf

__all__ = [
    "AnalysisOut",
    "ArticleIn",
    "CaseDetailOut",
    "CaseOut",
    "DiffOut",
    "ErrorBody",
    "ErrorItem",
    "ExampleIn",
    "MediationOut",
    "NewCase",
    "NewVersion",
    "PackageOut",
    "ProposalsOut",
    "StandingOut",
    "StatementsSave",
    "TimelineOut",
    "ValidateIn",
    "ValidateOut",
    "VersionInfoOut",
    "VersionOut",
    "WhatIfIn",
    "WhatIfOut",
    "WhatIfSave",
]

MAX_TEXT = 2 * 1024 * 1024
Slug = str
Note = Field(default="", max_length=10_000)
Author = Field(default="", max_length=200)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorItem(BaseModel):
    """One problem: the format's message, where it is (path, line) and the whole line."""

    message: str
    path: str
    line: int | None
    file: str | None
    text: str

    @classmethod
    def of(cls, exc: ScenarioError) -> ErrorItem:
        return cls(message=exc.message, path=format_path(exc.path) if exc.path else "",
                   line=exc.line, file=exc.file, text=str(exc))


class ErrorBody(BaseModel):
    """Every error the API answers: what went wrong, and the scenario problems if any."""

    detail: str
    errors: list[ErrorItem] = []


class VersionInfoOut(BaseModel):
    case_id: int
    number: int
    created_at: datetime
    author: str
    note: str
    parent: int | None

    @classmethod
    def of(cls, info: VersionInfo) -> VersionInfoOut:
        return cls(**info.to_dict())


class VersionOut(VersionInfoOut):
    scenario: str = Field(description="The scenario as YAML text.")

    @classmethod
    def of_version(cls, version: Version) -> VersionOut:
        return cls(**version.to_dict())


class PackageOut(BaseModel):
    utilities: list[float]
    outcome: dict[str, str | int | float]


class StandingOut(BaseModel):
    """Where a version stands (see ``zopa.history.Standing``)."""

    parties: list[str]
    agreement_space: int | None
    agreement_space_estimate: float | None
    blocked: list[str]
    frontier: int
    nash: PackageOut | None

    @classmethod
    def of(cls, standing: Standing) -> StandingOut:
        return cls(**standing.to_dict())


class CaseOut(BaseModel):
    id: int
    name: str
    created_at: datetime
    versions: int
    latest: VersionInfoOut
    status: StandingOut

    @classmethod
    def of(cls, case: Case, standing: Standing) -> CaseOut:
        return cls(id=case.id, name=case.name, created_at=case.created_at,
                   versions=case.versions, latest=VersionInfoOut.of(case.latest),
                   status=StandingOut.of(standing))


class CaseDetailOut(CaseOut):
    """A case with its latest versions (``history``, oldest first; ``versions`` counts
    them all)."""

    history: list[VersionInfoOut]


class NewCase(_Body):
    scenario: str | dict[str, Any] = Field(
        description="The scenario: YAML or JSON text, or the JSON object itself.")
    name: str | None = Field(default=None, max_length=200)
    author: str = Author
    note: str = Note


class NewVersion(_Body):
    scenario: str | dict[str, Any]
    author: str = Author
    note: str = Note
    parent: int | None = Field(default=None, ge=1, description="The version it was edited "
                               "from.")


class ExampleIn(_Body):
    name: str = Field(description="A bundled example (GET /api/examples).")
    author: str = Author
    note: str = Note


class ValidateIn(_Body):
    scenario: str | dict[str, Any]


class ValidateOut(BaseModel):
    valid: bool
    errors: list[ErrorItem]
    parties: int | None = None
    issues: int | None = None


class AnalysisOut(BaseModel):
    """The documented analysis JSON (``zopa analyze --json``), with the red lines and the
    minimal concessions in words, and the version's standing. The mediation results are
    at ``GET /api/cases/{case_id}/mediation``."""

    case_id: int
    version: int
    analysis: dict[str, Any]
    standing: StandingOut
    red_lines: list[dict[str, Any]]
    concessions: list[str]


class MediationOut(BaseModel):
    """The mediation procedures on a version, as its case page shows them
    (``zopa.mediation.mediate``). Each result is the JSON of its own command. When no
    package is acceptable to every party, the single text and the sensitivity's solution
    statistics are taken on the space the first minimal concession opens; its red lines
    are ``dropped_red_lines``."""

    case_id: int
    version: int
    samples: int = Field(description="Monte Carlo samples of the sensitivity.")
    seed: int = Field(description="Seed of the samples: the same seed, the same figures.")
    dropped_red_lines: list[str] = Field(
        description="Red lines set aside for the single text and the solution statistics "
                    "(the first minimal concession when the version is blocked).")
    adjusted_winner: dict[str, Any] | None = Field(
        description="As ``zopa adjusted-winner --json``, on the negotiators' weights; "
                    "null unless there are exactly two negotiators.")
    single_text: dict[str, Any] | None = Field(
        description="As ``zopa single-text --json``: the numbered drafts; null when no "
                    "package is acceptable even after the first minimal concession.")
    trades: list[dict[str, Any]] = Field(
        description="As the ``trades`` of ``zopa trades --json``, best first.")
    sensitivity: dict[str, Any] = Field(description="As ``zopa sensitivity --json``.")

    @classmethod
    def of(cls, case_id: int, version: int, result: Mediation) -> MediationOut:
        return cls(case_id=case_id, version=version, samples=result.sensitivity.samples,
                   seed=result.sensitivity.seed, **result.to_dict())


class WhatIfIn(_Body):
    version: int | None = Field(default=None, ge=1, description="Default: the latest.")
    disabled_red_lines: list[str] = Field(default=[], max_length=1000,
                                          description="Red lines to switch off (russia#0).")
    weights: dict[str, dict[str, float | list[float]]] = Field(
        default={}, description="New weights: party -> issue -> weight.")
    reservations: dict[str, float | list[float]] = Field(
        default={}, description="New reservations: party -> value in [0, 1].")

    def whatif(self) -> WhatIf:
        return WhatIf(disabled=tuple(self.disabled_red_lines),
                      weights=self.weights, reservations=self.reservations)


class WhatIfSave(WhatIfIn):
    author: str = Author
    note: str = Note


class WhatIfOut(BaseModel):
    """The what-if analysis. Red lines switched off keep their place, so every name in
    the analysis is the version's own."""

    case_id: int
    version: int
    whatif: dict[str, Any]
    analysis: dict[str, Any]
    standing: StandingOut
    comparison: dict[str, Any] | None = Field(
        default=None, description="The what-if beside the version: where each stands, the "
        "issues whose Nash option differs, each negotiator's utility at the Nash package "
        "in both (zopa.whatif.Comparison).")


class DiffOut(BaseModel):
    case_id: int
    old: int
    new: int
    changes: list[dict[str, Any]]

    @classmethod
    def of(cls, case_id: int, old: int, new: int, diff: ScenarioDiff) -> DiffOut:
        return cls(case_id=case_id, old=old, new=new, changes=diff.to_dict()["changes"])


class TimelinePointOut(BaseModel):
    version: VersionInfoOut
    standing: StandingOut


class TimelineOut(BaseModel):
    case_id: int
    points: list[TimelinePointOut]


class ArticleIn(_Body):
    """A news text to read against a version of the case (``zopa read``'s reader)."""

    text: str = Field(min_length=1, max_length=1_000_000, description="The article's text.")
    file: str = Field(default="pasted article", min_length=1, max_length=200,
                      description="A name for the source, cited in the version note.")
    date: _dt.date | None = Field(default=None, description="The article's date, when known.")
    version: int | None = Field(default=None, ge=1, le=2**31 - 1,
                                description="Default: the latest.")


class StatementsSave(ArticleIn):
    accept: list[str] = Field(min_length=1, max_length=1000,
                              description="The ids of the proposals to apply (p1, p3).")
    author: str = Author


class ProposalsOut(BaseModel):
    """What an article proposes for a version; nothing is saved."""

    case_id: int
    version: int
    proposals: list[dict[str, Any]]
    unresolved: list[str]
    known: list[str]
