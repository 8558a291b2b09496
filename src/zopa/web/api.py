"""The JSON API (``/api/...``): everything the pages do, for scripts and other tools.

Errors answer with :class:`~zopa.web.schemas.ErrorBody`: 404 for an unknown case or
version, 422 for input the format refuses (with the format's messages), 413 for an upload
over the size limit. A request that fails writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..errors import ScenarioError
from ..examples import example_path, names
from ..history import standing
from ..scenario import dump_scenario
from ..store.db import Database
from . import service
from .schemas import (
    AnalysisOut,
    ArticleIn,
    CaseDetailOut,
    CaseOut,
    DiffOut,
    ErrorBody,
    ErrorItem,
    ExampleIn,
    MediationOut,
    NewCase,
    NewVersion,
    ProposalsOut,
    StandingOut,
    StatementsSave,
    TimelineOut,
    TimelinePointOut,
    ValidateIn,
    ValidateOut,
    VersionInfoOut,
    VersionOut,
    WhatIfIn,
    WhatIfOut,
    WhatIfSave,
)
from .service import add_version, create_case, get_version, list_versions, read_upload

if TYPE_CHECKING:
    from ..store.cases import Version

__all__ = ["analysis_out", "read_files", "router", "scenario_text"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The request body could not be read."},
    404: {"model": ErrorBody, "description": "No such case or version."},
    413: {"model": ErrorBody, "description": "The request is larger than the limit."},
    422: {"model": ErrorBody, "description": "The input breaks the scenario format."},
}

router = APIRouter(prefix="/api", tags=["api"], responses=_ERRORS)

CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The case.")]
Number = Annotated[int, Path(ge=1, le=2**31 - 1, description="The version number.")]


def db_of(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def scenario_text(source: str | dict[str, Any]) -> str:
    """The text to check and store for a scenario given as text or as a JSON object."""
    if isinstance(source, str):
        return source
    import json

    return json.dumps(source, ensure_ascii=False, default=str)


async def read_files(files: list[UploadFile], limit: int) -> dict[str, bytes]:
    """The uploaded files by name, each read up to ``limit`` bytes."""
    out: dict[str, bytes] = {}
    for k, upload in enumerate(files):
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise ScenarioError(f"the file is larger than {limit // 1024} KiB",
                                file=upload.filename)
        out[upload.filename or f"file{k + 1}"] = data
    return out


def analysis_out(case_id: int, number: int, text: str) -> AnalysisOut:
    brief = service.brief_of(text)
    analysis = brief.analysis
    return AnalysisOut(
        case_id=case_id, version=number, analysis=brief.to_dict(),
        standing=StandingOut.of(standing(analysis)),
        red_lines=[r.to_dict() for r in service.red_lines(analysis)],
        concessions=service.concession_sentences(analysis))


@router.get("/cases", summary="The library: every case with its latest standing")
def list_all(request: Request) -> list[CaseOut]:
    return [CaseOut.of(s.case, s.standing) for s in service.case_statuses(db_of(request))]


@router.post("/cases", status_code=201, summary="Start a case from a scenario")
def create(request: Request, body: NewCase) -> VersionOut:
    version = create_case(db_of(request), scenario_text(body.scenario), name=body.name,
                          author=body.author, note=body.note)
    return VersionOut.of_version(version)


@router.post("/cases/upload", status_code=201,
             summary="Start a case from uploaded files (YAML, JSON or GENIUS XML)")
async def upload_case(request: Request, files: Annotated[list[UploadFile], File()],
                      name: Annotated[str | None, Form(max_length=200)] = None,
                      author: Annotated[str, Form(max_length=200)] = "",
                      note: Annotated[str, Form(max_length=10_000)] = "") -> VersionOut:
    received = await read_files(files, request.app.state.settings.max_upload_bytes)

    def save() -> Version:  # reading and checking are work: off the event loop
        return create_case(db_of(request), read_upload(received).text, name=name or None,
                           author=author, note=note)

    return VersionOut.of_version(await run_in_threadpool(save))


@router.get("/examples", summary="The bundled example scenarios")
def examples() -> list[str]:
    return names()


@router.post("/examples", status_code=201, summary="Start a case from a bundled example")
def from_example(request: Request, body: ExampleIn) -> VersionOut:
    if body.name not in names():
        raise ScenarioError(f"no bundled example '{body.name}'")
    text = example_path(body.name).read_text(encoding="utf-8")
    return VersionOut.of_version(create_case(db_of(request), text, author=body.author,
                                             note=body.note or f"from example {body.name}"))


@router.post("/validate", summary="Check a scenario against the format; saves nothing")
def validate(body: ValidateIn) -> ValidateOut:
    try:
        scenario, _ = service.check_scenario_text(scenario_text(body.scenario))
    except ScenarioError as exc:
        return ValidateOut(valid=False, errors=[ErrorItem.of(exc)])
    return ValidateOut(valid=True, errors=[], parties=len(scenario.parties),
                       issues=len(scenario.issues))


@router.get("/cases/{case_id:int}", summary="A case, its standing and its latest versions")
def case_detail(request: Request, case_id: CaseId,
                history: Annotated[int, Query(ge=0, le=1000, description=(
                    "How many of the latest versions to list (all of them: "
                    "/versions)."))] = 50) -> CaseDetailOut:
    db = db_of(request)
    status = service.case_status(db, case_id)
    first = max(0, status.case.versions - history)
    return CaseDetailOut(**CaseOut.of(status.case, status.standing).model_dump(),
                         history=[VersionInfoOut.of(v) for v in
                                  list_versions(db, case_id, offset=first, limit=history)])


@router.get("/cases/{case_id:int}/versions", summary="The versions of a case, oldest first")
def versions(request: Request, case_id: CaseId,
             offset: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int | None, Query(ge=1, le=100_000)] = None
             ) -> list[VersionInfoOut]:
    return [VersionInfoOut.of(v) for v in list_versions(db_of(request), case_id,
                                                        offset=offset, limit=limit)]


@router.post("/cases/{case_id:int}/versions", status_code=201,
             summary="Save a scenario as the next version of a case")
def save_version(request: Request, case_id: CaseId, body: NewVersion) -> VersionOut:
    version = add_version(db_of(request), case_id, scenario_text(body.scenario),
                          author=body.author, note=body.note, parent=body.parent)
    return VersionOut.of_version(version)


@router.post("/cases/{case_id:int}/upload", status_code=201,
             summary="Save uploaded files as the next version of a case")
async def upload_version(request: Request, case_id: CaseId,
                         files: Annotated[list[UploadFile], File()],
                         author: Annotated[str, Form(max_length=200)] = "",
                         note: Annotated[str, Form(max_length=10_000)] = "") -> VersionOut:
    received = await read_files(files, request.app.state.settings.max_upload_bytes)

    def save() -> Version:  # reading and checking are work: off the event loop
        return add_version(db_of(request), case_id, read_upload(received).text,
                           author=author, note=note)

    return VersionOut.of_version(await run_in_threadpool(save))


@router.get("/cases/{case_id:int}/versions/{number:int}", summary="One version, with its scenario")
def version(request: Request, case_id: CaseId, number: Number) -> VersionOut:
    return VersionOut.of_version(get_version(db_of(request), case_id, number))


@router.get("/cases/{case_id:int}/versions/{number:int}/download",
            summary="Download a version as a YAML or JSON file",
            response_class=Response,
            responses={200: {"content": {"application/yaml": {}, "application/json": {}},
                             "description": "The scenario file."}})
def download(request: Request, case_id: CaseId, number: Number,
             format: Annotated[Literal["yaml", "json"], Query()] = "yaml") -> Response:
    found = get_version(db_of(request), case_id, number)
    if format == "json":
        body, media = dump_scenario(service.scenario_of(found.text), fmt="json"), \
            "application/json"
    else:
        body, media = found.text, "application/yaml"
    filename = f"case-{case_id}-v{number}.{format}"
    return Response(body.encode("utf-8"), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/cases/{case_id:int}/versions/{number:int}/analysis",
            summary="The analysis of a version")
def analysis(request: Request, case_id: CaseId, number: Number) -> AnalysisOut:
    found = get_version(db_of(request), case_id, number)
    return analysis_out(case_id, number, found.text)


@router.get("/cases/{case_id:int}/mediation",
            summary="The mediation results of a version: Adjusted Winner, the single "
                    "negotiating text, the trades and the sensitivity")
def mediation(request: Request, case_id: CaseId,
              version: Annotated[int | None, Query(ge=1, le=2**31 - 1,
                                                   description="Default: the latest.")] = None
              ) -> MediationOut:
    found = get_version(db_of(request), case_id, version)
    return MediationOut.of(case_id, found.info.number, service.mediation_of(found.text))


@router.post("/cases/{case_id:int}/whatif",
             summary="Analyse the case with red lines off, weights or reservations moved; "
                     "saves nothing")
def whatif(request: Request, case_id: CaseId, body: WhatIfIn) -> WhatIfOut:
    tried = service.try_whatif(db_of(request), case_id, body.version, body.whatif())
    return WhatIfOut(case_id=case_id, version=tried.version.info.number,
                     whatif=body.whatif().to_dict(), analysis=tried.brief.to_dict(),
                     standing=StandingOut.of(standing(tried.brief.analysis)),
                     comparison=tried.comparison.to_dict())


@router.post("/cases/{case_id:int}/whatif/save", status_code=201,
             summary="Save a what-if as the next version of the case")
def whatif_save(request: Request, case_id: CaseId, body: WhatIfSave) -> VersionOut:
    saved = service.save_whatif(db_of(request), case_id, body.version, body.whatif(),
                                author=body.author, note=body.note)
    return VersionOut.of_version(saved)


@router.get("/cases/{case_id:int}/diff",
            summary="What changed between two versions (positions, red lines, ...)")
def diff(request: Request, case_id: CaseId,
         old: Annotated[int, Query(ge=1, le=2**31 - 1)],
         new: Annotated[int, Query(ge=1, le=2**31 - 1)]) -> DiffOut:
    return DiffOut.of(case_id, old, new, service.diff_versions(db_of(request), case_id, old, new))


@router.get("/cases/{case_id:int}/timeline",
            summary="Agreement space, blocked issues and Nash package across versions")
def timeline(request: Request, case_id: CaseId) -> TimelineOut:
    points = service.timeline(db_of(request), case_id)
    return TimelineOut(case_id=case_id, points=[
        TimelinePointOut(version=VersionInfoOut.of(p.version), standing=StandingOut.of(p.standing))
        for p in points])


@router.post("/cases/{case_id:int}/statements/proposals",
             summary="Read an article and list what it proposes for the case; saves nothing")
def statement_proposals(request: Request, case_id: CaseId, body: ArticleIn) -> ProposalsOut:
    reading = service.read_article(body.text, file=body.file, date=body.date)
    found, proposals = service.propose_statements(db_of(request), case_id, body.version,
                                                  reading)
    data = proposals.to_dict()
    return ProposalsOut(case_id=case_id, version=found.info.number,
                        proposals=data["proposals"], unresolved=data["unresolved"],
                        known=data["known"])


@router.post("/cases/{case_id:int}/statements", status_code=201,
             summary="Apply the accepted proposals of an article as the next version")
def statements_save(request: Request, case_id: CaseId, body: StatementsSave) -> VersionOut:
    reading = service.read_article(body.text, file=body.file, date=body.date)
    saved = service.save_statements(db_of(request), case_id, body.version, reading,
                                    body.accept, author=body.author)
    assert saved is not None  # accept has at least one id
    return VersionOut.of_version(saved)
