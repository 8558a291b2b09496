"""The workbench page for conflict files: upload or paste a conflict (zopa's YAML or a
``.gmcr`` file) and see the equilibria table, the graph of states and moves and the
status quo paths, laid out by the report's own partial (``_conflict.html.j2``) from the
library's :class:`~zopa.conflict.brief.ConflictBrief`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from ..errors import ScenarioError
from .pages import templates

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Conflicts past this many feasible states are refused on the web (the CLI has --budget).
WEB_WORK = 50_000_000


@router.get("/conflict", response_class=HTMLResponse)
def conflict_form(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "conflict.html", {"text": "", "error": None})


@router.post("/conflict", response_class=HTMLResponse)
async def conflict_analysis(request: Request,
                            file: Annotated[UploadFile | None, File()] = None,
                            text: Annotated[str, Form()] = "") -> HTMLResponse:
    from ..budget import WorkBudget
    from ..conflict.brief import conflict_brief
    from ..conflict.load import parse_any
    from ..render.conflict import conflict_charts, conflict_context

    name = "pasted text"
    if file is not None and file.filename:
        raw = await file.read()
        name = file.filename
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _form_error(request, "", f"{name}: not UTF-8 text")
    if not text.strip():
        return _form_error(request, text, "give a conflict file or paste one")
    try:
        brief = conflict_brief(parse_any(text, file=name),
                               WorkBudget(WEB_WORK, what="a conflict analysis on the web",
                                          hint="use zopa conflict on the command line"))
    except ScenarioError as exc:
        message = str(exc.with_source(exc.file or name))
        return _form_error(request, text, message)
    return templates.TemplateResponse(request, "conflict.html", {
        "text": text, "error": None, "charts": conflict_charts(brief),
        **conflict_context(brief)})


def _form_error(request: Request, text: str, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "conflict.html",
                                      {"text": text, "error": message}, status_code=422)
