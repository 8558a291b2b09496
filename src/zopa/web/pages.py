"""The pages: the library, a case, the editor, what-if, history, and the login form.

Thin: each page reads through :mod:`zopa.web.service` (the same functions as the JSON
API), draws the report's figures (:mod:`zopa.render.figures`; the timeline from
:mod:`zopa.web.figures`), and renders a Jinja2 template. HTMX requests get the fragment
they replace. The templates of :mod:`zopa.render` are on the loader too: the case page's
mediation results are the report's partial ``_mediation.html.j2``, fetched after the page
has loaded (``GET /cases/{id}/mediation``), and every chart is embedded as the report
embeds it (``_chart.html.j2``) and drawn by the same script (``_charts.js.j2``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ..analysis import SOLUTION_TITLES, red_line_evidence
from ..brief import Brief
from ..errors import ScenarioError
from ..examples import example_path, names
from ..history import standing
from ..render import figures
from ..render.glossary import GLOSSARY
from ..render.report import MEDIATION_TEMPLATE, brief_context, mediation_view, statement_views
from ..render.wording import comparison_rows
from ..scenario import midpoint
from ..store.db import Database
from ..whatif import Comparison, WhatIf, moved_to
from . import service
from .api import read_files
from .auth import SESSION_COOKIE, SESSION_SECONDS, check_secret, new_session
from .figures import statements_figure, timeline_figure
from .forms import apply_action, data_from_form, field_of_error, form_view
from .service import (
    add_version,
    check_scenario_text,
    create_case,
    genius_available,
    get_version,
    read_upload,
)

__all__ = ["error_page", "router"]

HERE = Path(__file__).parent

router = APIRouter(include_in_schema=False)


def _templates() -> Jinja2Templates:
    """The web app's templates, then the report's (for the partials they share)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(HERE / "templates"),
                                    jinja2.PackageLoader("zopa.render", "templates")]),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True))
    env.globals["solution_titles"] = SOLUTION_TITLES
    env.globals["glossary"] = GLOSSARY
    return Jinja2Templates(env=env)


templates = _templates()

Version = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _go(request: Request, url: str) -> Response:
    """Redirect: through HTMX's header for an HTMX request, by 303 otherwise."""
    if request.headers.get("hx-request"):
        return Response(status_code=200, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _page(request, "error.html", status, code=status, message=message)


def _analysis_context(brief: Brief, *, detailed: bool,
                      comparison: Comparison | None = None) -> dict[str, Any]:
    """What ``_analysis.html`` shows: the brief, its assumptions first. ``detailed``: the
    utility space with the cloud of every package (the case page); otherwise the cheap form
    that what-if redraws at every change, beside the baseline (``comparison``)."""
    analysis = brief.analysis
    space = analysis.space
    charts = {
        "frontier": figures.utility_space_figure(brief, cloud=detailed),
        "preferences": figures.preferences_heatmap(space),
    }
    return {
        "a": analysis, "s": analysis.scenario, "standing": standing(analysis),
        "brief": brief_context(brief),
        "comparison": (comparison_rows(comparison, analysis.scenario)
                       if comparison is not None else None),
        "red_lines": service.red_lines(analysis),
        "evidence": {e.name: statement_views(e.statements)
                     for e in red_line_evidence(space)},
        "concessions": service.concession_sentences(analysis),
        "charts": {name: figures.chart_json(fig) for name, fig in charts.items()},
    }


@router.get("/", response_class=HTMLResponse)
def library(request: Request) -> HTMLResponse:
    return _library(request)


def _library(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
    return _page(request, "library.html", status, cases=service.case_statuses(_db(request)),
                 deleted=service.deleted_cases(_db(request)),
                 examples=service.example_titles(), genius=genius_available(), error=error)


@router.post("/cases/{case_id}/rename")
def rename(request: Request, case_id: int, name: Annotated[str, Form()]) -> Response:
    service.rename_case(_db(request), case_id, name)
    return _go(request, f"/cases/{case_id}")


@router.post("/cases/{case_id}/delete")
def delete(request: Request, case_id: int) -> Response:
    """Delete the case softly: it leaves the library, its versions stay (restore below)."""
    service.delete_case(_db(request), case_id)
    return _go(request, "/")


@router.post("/cases/{case_id}/restore")
def restore(request: Request, case_id: int) -> Response:
    service.delete_case(_db(request), case_id, restore=True)
    return _go(request, f"/cases/{case_id}")


@router.post("/cases/new/upload")
async def new_from_upload(request: Request, files: Annotated[list[UploadFile], File()],
                          name: Annotated[str, Form()] = "", author: Annotated[str, Form()] = "",
                          note: Annotated[str, Form()] = "") -> Response:
    try:
        received = await read_files(files, request.app.state.settings.max_upload_bytes)
        version = await run_in_threadpool(lambda: create_case(
            _db(request), read_upload(received).text, name=name or None, author=author,
            note=note))
    except ScenarioError as exc:
        return _library(request, str(exc), 422)
    return _go(request, f"/cases/{version.info.case_id}")


@router.post("/cases/new/example")
def new_from_example(request: Request, example: Annotated[str, Form()],
                     author: Annotated[str, Form()] = "") -> Response:
    if example not in names():
        return _library(request, f"no bundled example '{example}'", 422)
    text = example_path(example).read_text(encoding="utf-8")
    version = create_case(_db(request), text, author=author, note=f"from example {example}")
    return _go(request, f"/cases/{version.info.case_id}")


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: int, version: Version = None,
              written: str = "") -> HTMLResponse:
    db = _db(request)
    found = get_version(db, case_id, version)
    brief = service.brief_of(found.text)
    context = _analysis_context(brief, detailed=True)
    origins = service.statement_origins(db, case_id)
    if origins:
        latest = service.scenario_of(get_version(db, case_id).text)
        context["charts"]["statements"] = figures.chart_json(
            statements_figure(origins, latest, case_id))
    return _page(request, "case.html", case=service.case_status(db, case_id).case,
                 version=found.info, versions=service.versions(db, case_id),
                 origins=origins, notice=WRITTEN_ANEW if written == "anew" else None,
                 **context)


async def _article(request: Request, case_id: int) -> tuple[int | None, dict[str, Any],
                                                            dict[str, Any]]:
    """The pasted article's form: the version it is read against, its reading, and the
    fields to send back with the proposals."""
    import datetime

    raw = await request.form()
    form = {k: v for k, v in raw.items() if isinstance(v, str)}
    version = int(form["version"]) if form.get("version", "").isdigit() else None
    text = form.get("text", "")
    file = form.get("file", "").strip()[:200] or "pasted article"
    try:
        date = datetime.date.fromisoformat(form["date"]) if form.get("date") else None
    except ValueError:
        raise ScenarioError(f"{form['date']!r} is not a date: write YYYY-MM-DD",
                            file=file) from None
    if not text.strip():
        raise ScenarioError("the article is empty: paste its text", file=file)
    fields = {"text": text, "file": file, "date": date.isoformat() if date else "",
              "version": version, "accept": [v for v in raw.getlist("accept")
                                             if isinstance(v, str)],
              "author": form.get("author", "")[:200]}
    return version, service.read_article(text, file=file, date=date), fields


@router.post("/cases/{case_id}/statements/propose", response_class=HTMLResponse)
async def propose_statements(request: Request, case_id: int) -> HTMLResponse:
    """What a pasted article proposes for the case: a list to accept or reject."""
    try:
        version, reading, fields = await _article(request, case_id)
        found, proposals = service.propose_statements(_db(request), case_id, version, reading)
    except ScenarioError as exc:
        return _page(request, "_error_fragment.html", 422, message=str(exc))
    return _page(request, "_proposals.html", case_id=case_id, version=found.info.number,
                 proposals=proposals, fields=fields, saved=None)


@router.post("/cases/{case_id}/statements/apply")
async def apply_statements(request: Request, case_id: int) -> Response:
    """Save the accepted proposals as the next version (nothing when none is accepted)."""
    try:
        version, reading, fields = await _article(request, case_id)
        saved = service.save_statements(_db(request), case_id, version, reading,
                                        fields["accept"], author=fields["author"])
    except ScenarioError as exc:
        return _page(request, "_error_fragment.html", 422, message=str(exc))
    if saved is None:
        return _page(request, "_error_fragment.html", 422,
                     message="Nothing accepted, nothing saved: tick the proposals to keep.")
    return _go(request, f"/cases/{case_id}?version={saved.info.number}")


@router.get("/cases/{case_id}/mediation", response_class=HTMLResponse)
def mediation_fragment(request: Request, case_id: int, version: Version = None
                       ) -> HTMLResponse:
    """The mediation sections of the case page (the report's partial), which the page
    fetches once it has loaded: they take longer than the analysis."""
    found = get_version(_db(request), case_id, version)
    view = mediation_view(service.mediation_of(found.text))
    return _page(request, "_mediation_slot.html", partial=MEDIATION_TEMPLATE,
                 case_id=case_id, version=found.info.number, mediation=view.context,
                 charts={name: figures.chart_json(fig) for name, fig in view.charts.items()})


@router.get("/cases/{case_id}/forecast", response_class=HTMLResponse)
def forecast_fragment(request: Request, case_id: int, version: Version = None
                      ) -> HTMLResponse:
    """The forecast section of the case page (the report's partial), fetched once the
    page has loaded."""
    from ..render.forecast import FORECAST_TEMPLATE, scenario_forecast

    found = get_version(_db(request), case_id, version)
    view = scenario_forecast(service.scenario_of(found.text))
    return _page(request, FORECAST_TEMPLATE, forecast=view.context,
                 charts={name: figures.chart_json(fig) for name, fig in view.charts.items()})


@router.get("/cases/{case_id}/report")
def report_download(request: Request, case_id: int, version: Version = None,
                    format: Annotated[str, Query(pattern="^(html|pdf)$")] = "html"
                    ) -> Response:
    """The report of a version, to download: HTML (works offline) or PDF (A4, printed by
    Chromium; 503 with a clear message when no renderer is installed)."""
    from ..render.pdf import RendererMissing

    try:
        found, body = service.report_of(_db(request), case_id, version, format)
    except RendererMissing as exc:
        return error_page(request, 503, str(exc))
    name = f"case-{case_id}-v{found.info.number}-report.{format}"
    media = "application/pdf" if format == "pdf" else "text/html; charset=utf-8"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_id}/edit", response_class=HTMLResponse)
def edit_page(request: Request, case_id: int, version: Version = None) -> HTMLResponse:
    db = _db(request)
    found = get_version(db, case_id, version)
    data = service.scenario_of(found.text).to_dict()
    return _page(request, "edit.html", case=service.case_status(db, case_id).case,
                 version=found.info, f=form_view(data), errors={}, error=None,
                 yaml_text=found.text, yaml_error=None)


@router.post("/cases/{case_id}/edit/form", response_class=HTMLResponse)
async def edit_form(request: Request, case_id: int) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    action = form.get("action", "check")
    data = data_from_form(form)
    parent = int(form["parent"]) if form.get("parent", "").isdigit() else None
    if action not in ("check", "save"):
        data = apply_action(data, action)
        return _form(request, case_id, parent, data, None)
    try:
        await run_in_threadpool(check_scenario_text, json.dumps(data, ensure_ascii=False))
    except ScenarioError as exc:
        return _form(request, case_id, parent, data, exc)
    # The change made in the stored text where it can be, so its comments survive.
    text, in_place = await run_in_threadpool(service.form_text, _db(request), case_id,
                                             parent, data)
    if action == "save":
        saved = add_version(_db(request), case_id, text, author=form.get("author", ""),
                            note=form.get("note", ""), parent=parent)
        written = "" if in_place else "&written=anew"
        return _go(request, f"/cases/{case_id}?version={saved.info.number}{written}")
    return _form(request, case_id, parent, data, None, checked=True, in_place=in_place)


#: What the page says when a save cannot keep the file's text as written.
WRITTEN_ANEW = ("This change could not be made in the file's own text (a part shared "
                "through a YAML alias, a list emptied, or a JSON file), so it was written out "
                "anew: its comments and layout are gone. The previous version keeps them.")


def _form(request: Request, case_id: int, parent: int | None, data: dict[str, Any],
          exc: ScenarioError | None, checked: bool = False,
          in_place: bool = True) -> HTMLResponse:
    errors = {field_of_error(exc.path, data): exc.message} if exc is not None else {}
    return _page(request, "_form.html", 422 if exc is not None else 200, case_id=case_id,
                 parent=parent, f=form_view(data), errors=errors,
                 error=str(exc) if exc is not None else None, checked=checked,
                 in_place=in_place)


@router.post("/cases/{case_id}/edit/yaml", response_class=HTMLResponse)
def edit_yaml(request: Request, case_id: int, scenario: Annotated[str, Form()],
              action: Annotated[str, Form()] = "check", author: Annotated[str, Form()] = "",
              note: Annotated[str, Form()] = "",
              parent: Annotated[int | None, Form()] = None) -> Response:
    try:
        check_scenario_text(scenario)
    except ScenarioError as exc:
        return _page(request, "_yaml.html", 422, case_id=case_id, parent=parent,
                     yaml_text=scenario, yaml_error=exc, checked=False)
    if action == "save":
        saved = add_version(_db(request), case_id, scenario, author=author, note=note,
                            parent=parent)
        return _go(request, f"/cases/{case_id}?version={saved.info.number}")
    return _page(request, "_yaml.html", case_id=case_id, parent=parent, yaml_text=scenario,
                 yaml_error=None, checked=True)


@router.get("/cases/{case_id}/whatif", response_class=HTMLResponse)
def whatif_page(request: Request, case_id: int, version: Version = None) -> HTMLResponse:
    db = _db(request)
    found = get_version(db, case_id, version)
    brief = service.brief_of(found.text)
    analysis = brief.analysis
    s = analysis.scenario
    sliders = [{"party": p, "title": s.party(p).title,
                "reservation": midpoint(s.party(p).reservation),
                "weights": [{"issue": i.id, "title": i.title,
                             "value": midpoint(s.preferences[p].weights.get(i.id, 0.0))}
                            for i in s.issues]}
               for p in analysis.parties]
    return _page(request, "whatif.html", case=service.case_status(db, case_id).case,
                 version=found.info, sliders=sliders, whatif=WhatIf(),
                 **_analysis_context(brief, detailed=False))


async def _whatif_of(request: Request, case_id: int) -> tuple[int | None, WhatIf, dict[str, str]]:
    """The what-if the controls describe: red lines unticked, and the sliders the analyst
    moved (a slider posts its value only once moved: ``app.js`` names it then). A moved
    slider sets the number's midpoint: an interval keeps its width (:func:`zopa.whatif.
    moved_to`); nothing the analyst did not touch changes."""
    raw = await request.form(max_fields=5000)
    form = {k: v for k, v in raw.items() if isinstance(v, str)}
    version = int(form["version"]) if form.get("version", "").isdigit() else None
    found = get_version(_db(request), case_id, version)
    s = service.scenario_of(found.text)
    space = service.analysis_of(found.text).space
    active = set(v for v in raw.getlist("active") if isinstance(v, str))
    disabled = tuple(r.name for r in space.red_lines if r.name not in active)
    weights: dict[str, dict[str, float | list[float]]] = {}
    reservations: dict[str, float | list[float]] = {}
    for p in space.parties:
        moved = _number(form.get(f"r:{p}"))
        written = s.party(p).reservation
        if moved is not None and abs(moved - midpoint(written)) > 1e-9:
            reservations[p] = moved_to(written, moved, high=1.0)
        for issue in s.issues:
            value = _number(form.get(f"w:{p}:{issue.id}"))
            own = s.preferences[p].weights.get(issue.id, 0.0)
            if value is not None and abs(value - midpoint(own)) > 1e-9:
                weights.setdefault(p, {})[issue.id] = moved_to(own, value)
    extra = {"author": form.get("author", ""), "note": form.get("note", "")}
    return found.info.number, WhatIf(disabled, weights, reservations), extra


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


@router.post("/cases/{case_id}/whatif", response_class=HTMLResponse)
async def whatif_update(request: Request, case_id: int) -> HTMLResponse:
    version, whatif, _ = await _whatif_of(request, case_id)
    try:
        tried = await run_in_threadpool(service.try_whatif, _db(request), case_id, version,
                                        whatif)
    except ScenarioError as exc:
        return _page(request, "_error_fragment.html", 422, message=str(exc))
    return _page(request, "_analysis.html", whatif=whatif, case_id=case_id,
                 **_analysis_context(tried.brief, detailed=False,
                                     comparison=tried.comparison))


@router.post("/cases/{case_id}/whatif/save")
async def whatif_save(request: Request, case_id: int) -> Response:
    version, whatif, extra = await _whatif_of(request, case_id)
    try:
        saved = await run_in_threadpool(lambda: service.save_whatif(
            _db(request), case_id, version, whatif, author=extra["author"][:200],
            note=extra["note"] or "what-if: " + _describe(whatif)))
    except ScenarioError as exc:
        return _page(request, "_error_fragment.html", 422, message=str(exc))
    return _go(request, f"/cases/{case_id}?version={saved.info.number}")


def _describe(whatif: WhatIf) -> str:
    parts = []
    if whatif.disabled:
        parts.append("red lines off: " + ", ".join(whatif.disabled))
    for p, w in whatif.weights.items():
        parts.append(f"{p} weights " + ", ".join(f"{i}={v}" for i, v in w.items()))
    for p, r in whatif.reservations.items():
        parts.append(f"{p} reservation {r}")
    return "; ".join(parts) or "no change"


@router.get("/cases/{case_id}/history", response_class=HTMLResponse)
def history_page(request: Request, case_id: int,
                 old: Version = None, new: Version = None) -> HTMLResponse:
    return _history(request, case_id, old, new)


def _history(request: Request, case_id: int, old: int | None, new: int | None,
             error: str | None = None, status: int = 200) -> HTMLResponse:
    db = _db(request)
    points = service.timeline(db, case_id)
    latest = points[-1].version.number
    new = new or latest
    old = old or max(1, new - 1)
    diff = service.diff_versions(db, case_id, old, new)
    return _page(request, "history.html", status, case=service.case_status(db, case_id).case,
                 points=points, timeline=figures.chart_json(timeline_figure(points)),
                 diff=diff, old=old, new=new, error=error, genius=genius_available())


@router.post("/cases/{case_id}/upload")
async def upload_version(request: Request, case_id: int,
                         files: Annotated[list[UploadFile], File()],
                         author: Annotated[str, Form()] = "",
                         note: Annotated[str, Form()] = "") -> Response:
    try:
        received = await read_files(files, request.app.state.settings.max_upload_bytes)
        saved = await run_in_threadpool(lambda: add_version(
            _db(request), case_id, read_upload(received).text, author=author, note=note))
    except ScenarioError as exc:
        return _history(request, case_id, None, None, str(exc), 422)
    return _go(request, f"/cases/{case_id}?version={saved.info.number}")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return _page(request, "login.html", error=None)


@router.post("/login")
def login(request: Request, secret: Annotated[str, Form()]) -> Response:
    if not check_secret(request.app.state, _db(request), secret):
        return _page(request, "login.html", 401, error="That is not the access secret.")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, new_session(_db(request)), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict")
    return response
