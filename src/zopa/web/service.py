"""What the pages and the JSON API both do, written once: read and write the library of
cases, analyse a version, run the mediation procedures on it, try a what-if, compare
versions. Each function calls the library (:mod:`zopa.store.cases`, :func:`zopa.brief.
make_brief`, :func:`zopa.mediation.mediate`, :mod:`zopa.whatif`, :mod:`zopa.history`)
and computes nothing of its own. It is the only way the pages and the API reach the store.

Versions never change, so the analysis and the mediation results of a version's text are
cached by that text.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..analysis import Analysis
from ..brief import Brief, make_brief
from ..history import ScenarioDiff, Standing, diff_scenarios, standing
from ..mediation.overview import Mediation, mediate
from ..render.text import concession_sentence, describe_red_line
from ..scenario import Scenario, parse_scenario
from ..store import cases as _cases
from ..store import uploads as _uploads
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
from ..store.uploads import Upload
from ..whatif import Comparison, WhatIf, WhatIfScenario, apply_whatif, compare

if TYPE_CHECKING:
    from ..analysis.evidence import StatementOrigin
    from ..evidence.updates import Proposals

__all__ = [
    "MEDIATION_SAMPLES",
    "MEDIATION_SEED",
    "CaseStatus",
    "RedLineView",
    "TimelinePoint",
    "WhatIfResult",
    "add_version",
    "analysis_of",
    "brief_of",
    "case_statuses",
    "check_scenario_text",
    "concession_sentences",
    "create_case",
    "delete_case",
    "deleted_cases",
    "diff_versions",
    "example_titles",
    "genius_available",
    "get_version",
    "list_versions",
    "mediation_of",
    "propose_statements",
    "read_article",
    "read_upload",
    "red_lines",
    "rename_case",
    "report_of",
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
def brief_of(text: str) -> Brief:
    """The brief of a stored text, the spaces its minimal concessions open included
    (cached: versions never change)."""
    return make_brief(scenario_of(text))


def analysis_of(text: str) -> Analysis:
    """The analysis of a stored text (that of its cached brief)."""
    return brief_of(text).analysis


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
    id: str | None = None
    label: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "party": self.party, "binding": self.binding,
                "text": self.text, "id": self.id, "label": self.label}


def red_lines(analysis: Analysis) -> list[RedLineView]:
    """Every red line of the scenario, described (binding ones first, in file order)."""
    s = analysis.scenario
    space = analysis.space
    return [RedLineView(r.name, r.party, binding, describe_red_line(s, r), r.source.id,
                        r.source.label)
            for binding, group in ((True, space.red_lines), (False, space.nonbinding_red_lines))
            for r in group]


def concession_sentences(analysis: Analysis) -> list[str]:
    return [concession_sentence(analysis, c.red_lines, c.opens) for c in analysis.concessions]


@dataclass(frozen=True)
class WhatIfResult:
    """A what-if tried on a version: the version, the changed scenario, its brief (without
    the opened spaces: it is redrawn at every move) and its comparison with the version."""

    version: Version
    changed: WhatIfScenario
    brief: Brief
    comparison: Comparison


def try_whatif(db: Database, case_id: int, version: int | None,
               whatif: WhatIf) -> WhatIfResult:
    """The what-if on a version, beside the version's own analysis; saves nothing."""
    found = get_version(db, case_id, version)
    changed = apply_whatif(scenario_of(found.text), whatif)
    brief = make_brief(changed.scenario, opened=0)
    return WhatIfResult(found, changed, brief, compare(analysis_of(found.text), brief.analysis))


def save_whatif(db: Database, case_id: int, version: int | None, whatif: WhatIf, *,
                author: str, note: str) -> Version:
    """Save the what-if scenario as the next version of the case."""
    from ..scenario import dump_scenario

    found = get_version(db, case_id, version)
    changed = apply_whatif(scenario_of(found.text), whatif)
    return add_version(db, case_id, dump_scenario(changed.scenario), author=author, note=note,
                       parent=found.info.number)


def form_text(db: Database, case_id: int, version: int | None,
              data: dict[str, Any]) -> tuple[str, bool]:
    """The text to store for the editor form's ``data``, drawn from ``version``: that
    version's text with the change made in place, comments and layout kept (``True``), or,
    when the change cannot be made so (:func:`zopa.web.forms.edited_text`), the data
    written out anew as JSON (``False``)."""
    import json

    from .forms import edited_text

    found = get_version(db, case_id, version)
    edited = edited_text(found.text, scenario_of(found.text).to_dict(), data)
    if edited is not None:
        return edited, True
    return json.dumps(data, ensure_ascii=False), False


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


def rename_case(db: Database, case_id: int, name: str) -> Case:
    """Rename a case (:func:`zopa.store.cases.rename_case`)."""
    return _cases.rename_case(db, case_id, name)


def delete_case(db: Database, case_id: int, *, restore: bool = False) -> Case:
    """Delete a case softly, or restore it (:func:`zopa.store.cases.delete_case`)."""
    return _cases.delete_case(db, case_id, restore=restore)


def deleted_cases(db: Database) -> list[Case]:
    """The cases deleted (softly), most recently changed first."""
    return list_cases(db, deleted=True)


def report_of(db: Database, case_id: int, version: int | None, fmt: str = "html"
              ) -> tuple[Version, bytes]:
    """The report of a version, as HTML or PDF (:func:`zopa.render.report.build_report`,
    with the workbench's samples and seed; PDF by :func:`zopa.render.pdf.report_pdf`, which
    raises :class:`~zopa.render.pdf.RendererMissing` without a renderer)."""
    from ..render.report import build_report

    found = get_version(db, case_id, version)
    html = build_report(scenario_of(found.text), samples=MEDIATION_SAMPLES, seed=MEDIATION_SEED)
    if fmt == "pdf":
        from ..render.pdf import report_pdf

        return found, report_pdf(html)
    return found, html.encode("utf-8")


@lru_cache(maxsize=1)
def example_titles() -> tuple[tuple[str, str], ...]:
    """The bundled examples as ``(name, title)``, ordered by title: the picker shows the
    titles (the scenarios' names), the form posts the names."""
    from ..examples import load_example, names

    pairs = [(n, load_example(n).name or n) for n in names()]
    return tuple(sorted(pairs, key=lambda pair: pair[1].lower()))


def create_case(db: Database, text: str, *, name: str | None = None, author: str = "",
                note: str = "") -> Version:
    """Start a case from a scenario's text (:func:`zopa.store.cases.create_case`)."""
    return _cases.create_case(db, text, name=name, author=author, note=note)


def check_scenario_text(text: str) -> tuple[Scenario, str]:
    """Check a scenario's text as the store would (:func:`zopa.store.cases.
    check_scenario_text`); saves nothing."""
    return _cases.check_scenario_text(text)


def read_upload(files: dict[str, bytes]) -> Upload:
    """The scenario text of uploaded files (:func:`zopa.store.uploads.read_upload`)."""
    return _uploads.read_upload(files)


def genius_available() -> bool:
    """Whether GENIUS XML can be read (:func:`zopa.store.uploads.genius_available`)."""
    return _uploads.genius_available()
