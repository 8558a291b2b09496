"""What the pages and the JSON API both do, written once: read the library, analyse a
version, run the mediation procedures on it, try a what-if, compare versions. Each
function calls the library (:mod:`zopa.store.cases`, :func:`zopa.analysis.analyze`,
:func:`zopa.mediation.mediate`, :mod:`zopa.whatif`, :mod:`zopa.history`) and computes
nothing of its own.

Versions never change, so the analysis and the mediation results of a version's text are
cached by that text.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..analysis import Analysis, analyze
from ..history import ScenarioDiff, Standing, diff_scenarios, standing
from ..mediation.overview import Mediation, mediate
from ..render.text import concession_sentence, describe_red_line
from ..scenario import Scenario, parse_scenario
from ..store.cases import (
    Case,
    Version,
    VersionInfo,
    add_version,
    get_case,
    get_version,
    list_cases,
    list_versions,
)
from ..store.db import Database
from ..whatif import WhatIf, WhatIfScenario, apply_whatif

if TYPE_CHECKING:
    from ..analysis.evidence import StatementOrigin
    from ..evidence.updates import Proposals

__all__ = [
    "MEDIATION_SAMPLES",
    "MEDIATION_SEED",
    "CaseStatus",
    "RedLineView",
    "TimelinePoint",
    "analysis_of",
    "case_statuses",
    "concession_sentences",
    "diff_versions",
    "mediation_of",
    "propose_statements",
    "read_article",
    "red_lines",
    "save_statements",
    "save_whatif",
    "scenario_of",
    "statement_origins",
    "timeline",
    "try_whatif",
]


@lru_cache(maxsize=256)
def scenario_of(text: str) -> Scenario:
    """The checked scenario of a stored text (cached: versions never change)."""
    return parse_scenario(text)


@lru_cache(maxsize=256)
def analysis_of(text: str) -> Analysis:
    """The analysis of a stored text (cached: versions never change)."""
    return analyze(scenario_of(text))


#: Monte Carlo samples of the workbench's sensitivity: the mediation results of the
#: March 2022 example answer in well under a second (``benchmarks/web_whatif.py``); the
#: report and ``zopa sensitivity`` take more.
MEDIATION_SAMPLES = 1000
#: The seed of those samples (the report's default too).
MEDIATION_SEED = 1


@lru_cache(maxsize=32)
def mediation_of(text: str) -> Mediation:
    """The mediation results of a stored text (:func:`zopa.mediation.mediate` with
    :data:`MEDIATION_SAMPLES` samples from :data:`MEDIATION_SEED`; cached)."""
    analysis = analysis_of(text)
    return mediate(analysis.space, analysis, samples=MEDIATION_SAMPLES, seed=MEDIATION_SEED)


@dataclass(frozen=True)
class CaseStatus:
    """A case of the library with where its latest version stands."""

    case: Case
    standing: Standing


def case_statuses(db: Database) -> list[CaseStatus]:
    """Every case with the standing of its latest version."""
    out = []
    for case in list_cases(db):
        version = get_version(db, case.id, case.latest.number)
        out.append(CaseStatus(case, standing(analysis_of(version.text))))
    return out


def case_status(db: Database, case_id: int) -> CaseStatus:
    case = get_case(db, case_id)
    version = get_version(db, case_id, case.latest.number)
    return CaseStatus(case, standing(analysis_of(version.text)))


@dataclass(frozen=True)
class RedLineView:
    """A binding or non-binding red line, named as the analysis names it, in words."""

    name: str
    party: str
    binding: bool
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "party": self.party, "binding": self.binding,
                "text": self.text}


def red_lines(analysis: Analysis) -> list[RedLineView]:
    """Every red line of the scenario, described (binding ones first, in file order)."""
    s = analysis.scenario
    space = analysis.space
    return [RedLineView(r.name, r.party, binding, describe_red_line(s, r))
            for binding, group in ((True, space.red_lines), (False, space.nonbinding_red_lines))
            for r in group]


def concession_sentences(analysis: Analysis) -> list[str]:
    return [concession_sentence(analysis, c.red_lines, c.opens) for c in analysis.concessions]


def try_whatif(db: Database, case_id: int, version: int | None,
               whatif: WhatIf) -> tuple[Version, WhatIfScenario, Analysis]:
    """The version, the what-if scenario built from it, and its analysis; saves nothing."""
    found = get_version(db, case_id, version)
    changed = apply_whatif(scenario_of(found.text), whatif)
    return found, changed, analyze(changed.scenario)


def save_whatif(db: Database, case_id: int, version: int | None, whatif: WhatIf, *,
                author: str, note: str) -> Version:
    """Save the what-if scenario as the next version of the case."""
    from ..scenario import dump_scenario

    found = get_version(db, case_id, version)
    changed = apply_whatif(scenario_of(found.text), whatif)
    return add_version(db, case_id, dump_scenario(changed.scenario), author=author, note=note,
                       parent=found.info.number)


def diff_versions(db: Database, case_id: int, a: int, b: int) -> ScenarioDiff:
    """What changed from version ``a`` to version ``b`` of a case."""
    old, new = get_version(db, case_id, a), get_version(db, case_id, b)
    return diff_scenarios(scenario_of(old.text), scenario_of(new.text))


@dataclass(frozen=True)
class TimelinePoint:
    version: VersionInfo
    standing: Standing

    def to_dict(self) -> dict[str, object]:
        return {"version": self.version.to_dict(), "standing": self.standing.to_dict()}


def timeline(db: Database, case_id: int) -> list[TimelinePoint]:
    """Where every version of the case stands, oldest first."""
    return [TimelinePoint(v, standing(analysis_of(get_version(db, case_id, v.number).text)))
            for v in list_versions(db, case_id)]


def versions(db: Database, case_id: int) -> Sequence[VersionInfo]:
    return list_versions(db, case_id)


def read_article(text: str, *, file: str, date: datetime.date | None) -> dict[str, Any]:
    """The reading of a pasted article: the JSON contract of ``zopa read``
    (:func:`zopa.evidence.read_text`)."""
    import importlib

    from ..errors import ScenarioError

    try:
        read_text = importlib.import_module("zopa.evidence").read_text
    except (ImportError, AttributeError):
        raise ScenarioError("the news reader (zopa.evidence.read_text) is not installed",
                            file=file) from None
    reading: dict[str, Any] = read_text(text, file=file, date=date).to_dict()
    return reading


def propose_statements(db: Database, case_id: int, version: int | None,
                       reading: dict[str, Any]) -> tuple[Version, Proposals]:
    """A version (the latest when ``version`` is None) and what the reading proposes for
    it; saves nothing."""
    from ..evidence.updates import propose_updates

    found = get_version(db, case_id, version)
    return found, propose_updates(scenario_of(found.text), reading)


def save_statements(db: Database, case_id: int, version: int | None, reading: dict[str, Any],
                    accepted: Sequence[str], *, author: str) -> Version | None:
    """Apply the accepted proposals of the reading to the version and save the result as
    the next version, its note citing the sources; ``None`` (nothing saved) when none is
    accepted."""
    found, proposals = propose_statements(db, case_id, version, reading)
    if not accepted:
        return None
    return add_version(db, case_id, proposals.apply(found.text, accepted), author=author,
                       note=proposals.note(accepted), parent=found.info.number)


def statement_origins(db: Database, case_id: int) -> list[StatementOrigin]:
    """Every statement of the case's latest version with the version that first
    recorded it (:func:`zopa.analysis.evidence.statement_origins`)."""
    from ..analysis.evidence import statement_origins as origins

    return origins([(v.number, scenario_of(get_version(db, case_id, v.number).text))
                    for v in list_versions(db, case_id)])
