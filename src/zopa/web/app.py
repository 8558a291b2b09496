"""The FastAPI application: the pages, the JSON API, the static assets, and the guards
around them (request size limit, access secret, same-origin writes, allowed hosts)."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.routing import Match

from .. import __version__
from ..errors import ScenarioError
from ..store.db import Database
from .auth import SESSION_COOKIE, SESSION_SECONDS, check_secret, new_session, valid_session
from .schemas import ErrorBody, ErrorItem

__all__ = ["SESSION_COOKIE", "SESSION_SECONDS", "WebSettings", "check_secret", "create_app",
           "is_loopback", "new_session", "valid_session"]

HERE = Path(__file__).parent
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class WebSettings:
    """How the app guards itself. ``require_secret``: every request must carry the access
    secret (``zopa serve`` sets it when not bound to loopback); ``allowed_hosts``: the
    ``Host`` headers accepted (``None``: any), against DNS rebinding on loopback."""

    max_upload_bytes: int = 2 * 1024 * 1024
    require_secret: bool = False
    allowed_hosts: tuple[str, ...] | None = None
    #: The time limit of one request, in seconds: past it the client gets 503 while the
    #: work (bounded by its work budget) finishes in its worker thread, and every other
    #: request is answered meanwhile.
    request_seconds: float = 30.0
    #: The time limit of a report download (``/cases/{id}/report``): a document with every
    #: mediation result, and a PDF printed by Chromium, takes longer than a page.
    report_seconds: float = 300.0


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(db: Database, settings: WebSettings | None = None) -> FastAPI:
    """The workbench over the case library in ``db``."""
    from . import api, conflict_pages, pages

    settings = settings or WebSettings()
    app = FastAPI(title="zopa workbench", version=__version__,
                  description="The analyst's workbench over zopa's case library: every page "
                              "of the web app is also this JSON API.",
                  docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.settings = settings
    app.state.verified = set()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(conflict_pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        from ..render.plotlyjs import BUNDLE

        return FileResponse(BUNDLE, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    _api_docs(app)
    _handlers(app)
    app.add_middleware(_Guard, settings=settings, db=db, state=app.state)
    app.add_middleware(_Deadline, seconds=settings.request_seconds,
                       report_seconds=settings.report_seconds)
    return app


def _api_docs(app: FastAPI) -> None:
    """The API docs at ``/docs`` (Swagger UI) and ``/redoc``, their scripts served from the
    app itself (the copies fastapi-offline ships), so that they work offline."""
    import fastapi_offline
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    files = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/vendor/docs", StaticFiles(directory=files), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title}: API",
                                   swagger_js_url="/vendor/docs/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/docs/swagger-ui.css",
                                   swagger_favicon_url="/vendor/docs/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/openapi.json", title=f"{app.title}: API",
                              redoc_js_url="/vendor/docs/redoc.standalone.js",
                              redoc_favicon_url="/vendor/docs/favicon.png",
                              with_google_fonts=False)


def _error(status: int, detail: str, errors: list[ErrorItem] | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(detail=detail, errors=errors or []).model_dump(),
                        status_code=status)


def _handlers(app: FastAPI) -> None:
    from . import pages

    @app.exception_handler(ScenarioError)
    async def scenario_error(request: Request, exc: ScenarioError) -> Response:
        if not request.url.path.startswith("/api"):
            return pages.error_page(request, 422, str(exc))
        return _error(422, str(exc), [ErrorItem.of(exc)])

    @app.exception_handler(LookupError)
    async def not_found(request: Request, exc: LookupError) -> Response:
        detail = str(exc.args[0]) if exc.args else "not found"
        if not request.url.path.startswith("/api"):
            return pages.error_page(request, 404, detail)
        return _error(404, detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        items = [ErrorItem(message=str(e.get("msg", "")), path=".".join(
            str(p) for p in e.get("loc", ())), line=None, file=None,
            text=f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}")
            for e in exc.errors()]
        return _error(422, "the request does not match the API", items)

    @app.exception_handler(405)
    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        # Starlette lists only the first route's methods; a path may have several routes.
        allowed = sorted({m for route in request.app.routes
                          if route.matches(request.scope)[0] != Match.NONE
                          for m in getattr(route, "methods", ()) or ()})
        response = _error(405, "method not allowed")
        response.headers["Allow"] = ", ".join(allowed)
        return response

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, exc: OverflowError) -> Response:
        # An id or an offset beyond what the database stores (2^63 and up): no such thing.
        detail = "not found: a number in the request is out of range"
        if not request.url.path.startswith("/api"):
            return pages.error_page(request, 404, detail)
        return _error(404, detail)

    @app.exception_handler(SQLAlchemyError)
    async def database_busy(request: Request, exc: SQLAlchemyError) -> Response:
        return _error(503, "the database could not complete the request; nothing was "
                           "changed, try again")


class _Guard:
    """Pure ASGI middleware: the allowed hosts, the size limit on request bodies, the
    access secret, and no cross-site writes (a browser's ``Origin`` must be this host)."""

    def __init__(self, app: ASGIApp, settings: WebSettings, db: Database, state: Any) -> None:
        self.app = app
        self.settings = settings
        self.db = db
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        refusal = self._refuse(scope, headers, host)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        limit = self.settings.max_upload_bytes + 64 * 1024
        seen = 0
        exceeded = False

        async def limited() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise _TooLargeError()
            return message

        async def checked_send(message: Message) -> None:
            # Once the body went over the limit, whatever the app makes of the broken
            # read (FastAPI answers 400) gives way to our 413.
            if not exceeded:
                await send(message)

        with contextlib.suppress(_TooLargeError):
            await self.app(scope, limited, checked_send)
        if exceeded:
            await _error(413, f"the request is larger than {limit // 1024} KiB")(
                scope, receive, send)

    def _refuse(self, scope: Scope, headers: dict[str, str], host: str) -> Response | None:
        path: str = scope.get("path", "")
        if _LONG_NUMBER.search(path):
            # No id has 20 digits; thousands of them would fail in the router's int().
            return _error(404, "not found: a number in the address is out of range")
        allowed = self.settings.allowed_hosts
        if allowed is not None and _hostname(host) not in allowed:
            return _error(400, "unexpected Host header")
        length = headers.get("content-length", "")
        limit = self.settings.max_upload_bytes + 64 * 1024
        if length.isdigit() and int(length) > limit:
            return _error(413, f"the request is larger than {limit // 1024} KiB")
        method = scope.get("method", "GET")
        origin = headers.get("origin")
        writes = method not in ("GET", "HEAD", "OPTIONS")
        # A browser names where a request comes from in Origin and, since 2020 in every
        # major browser, in Sec-Fetch-Site; either one saying "another site" is refused.
        if writes and ((origin and origin != "null" and origin.split("://", 1)[-1] != host)
                       or headers.get("sec-fetch-site") == "cross-site"):
            return _error(403, "cross-site request refused")
        if self.settings.require_secret and not self._authorised(path, headers):
            if path.startswith("/api") or method != "GET":
                return _error(401, "this workbench needs its access secret "
                                   "(Authorization: Bearer ...)")
            return RedirectResponse("/login", status_code=303)
        return None

    def _authorised(self, path: str, headers: dict[str, str]) -> bool:
        if path == "/login" or path.startswith("/static/"):
            return True
        cookies = headers.get("cookie", "")
        for part in cookies.split(";"):
            name, _, value = part.strip().partition("=")
            if name == SESSION_COOKIE and valid_session(self.db, value):
                return True
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return check_secret(self.state, self.db, auth[7:].strip())
        return False


class _Deadline:
    """Pure ASGI middleware: a request that takes longer than ``seconds`` is answered 503.

    The endpoints that compute run in worker threads (FastAPI runs plain ``def`` endpoints
    there), so the event loop keeps answering other requests; a thread cannot be stopped,
    so past the limit the client is told and whatever the work sends later is dropped.
    The work itself is bounded by its work budget (:mod:`zopa.budget`)."""

    #: The paths of report downloads, which get ``report_seconds`` instead.
    REPORTS = re.compile(r"/cases/\d+/report\Z")

    def __init__(self, app: ASGIApp, seconds: float, report_seconds: float) -> None:
        self.app = app
        self.seconds = seconds
        self.report_seconds = report_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        import asyncio

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        late = False

        async def timed_send(message: Message) -> None:
            nonlocal started
            if late:
                return
            started = True
            await send(message)

        limit = (self.report_seconds if self.REPORTS.match(scope.get("path", ""))
                 else self.seconds)
        task = asyncio.ensure_future(self.app(scope, receive, timed_send))
        done, _ = await asyncio.wait({task}, timeout=limit)
        if task in done:
            task.result()
            return
        late = True
        task.add_done_callback(_forget)
        if not started:
            await _error(503, f"the request took longer than {limit:g} s; try a smaller "
                              "question, or the command line")(scope, receive, send)


def _forget(task: Any) -> None:
    if not task.cancelled():
        task.exception()  # retrieved, so asyncio does not log it as never retrieved


_LONG_NUMBER = re.compile(r"\d{20,}")


class _TooLargeError(Exception):
    """A request body went over the size limit while it was being read."""


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
