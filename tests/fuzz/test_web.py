"""The web API under hostile requests: every endpoint answers 4xx (or 2xx), never 500,
and other requests are still answered; a slow request gets 503 at the time limit while
the others go on."""

from __future__ import annotations

import re
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from tests.fuzz.readers import CORPUS
from zopa.examples import example_path
from zopa.store.db import Database, connect

HOSTILE_IDS = [str(2**63), str(2**64 + 1), "-1", "0", "x", "1e5", "%00", "9" * 5000, "１"]
CORPUS_TEXTS = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir())
                if p.suffix in (".yaml", ".json", ".xml")}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = connect(f"sqlite:///{tmp_path / 'zopa.db'}")
    yield database
    database.dispose()


def _client(db: Database, **settings: object):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from zopa.web import WebSettings, create_app

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    warnings.filterwarnings("ignore", message="Pydantic serializer warnings")
    return TestClient(create_app(db, WebSettings(**settings)),  # type: ignore[arg-type]
                      raise_server_exceptions=False)


def _case(db: Database) -> None:
    """The example case, created under the default time limits: a test of a tight limit
    times what it tests, not the set-up (which a loaded machine may take longer over)."""
    assert _client(db).post("/api/cases", json={"scenario": example_path().read_text()}
                            ).status_code == 201


def _routes(routes: list[object]) -> list[APIRoute]:
    out: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append(route)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            out += _routes(inner.routes)
    return out


def _still_answering(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/examples").status_code == 200


@pytest.mark.timeout(120)
def test_every_endpoint_refuses_hostile_ids_and_offsets_without_a_500(db: Database):
    client = _client(db)
    assert client.post("/api/cases", json={"scenario": example_path().read_text()}
                       ).status_code == 201
    routes = _routes(client.app.routes)
    assert len(routes) > 20
    for route in routes:
        for hostile in HOSTILE_IDS:
            path = re.sub(r"\{[^}]+\}", hostile, route.path)
            for method in sorted(route.methods):
                response = client.request(method, path, params={
                    "offset": hostile, "limit": hostile, "a": hostile, "b": hostile,
                    "version": hostile, "history": hostile},
                    data={"version": hostile, "parent": hostile, "scenario": "zopa: 1"})
                assert response.status_code < 500, (method, path, response.text[:300])
    _still_answering(client)


@pytest.mark.timeout(120)
def test_hostile_scenarios_are_refused_on_every_way_in(db: Database):
    client = _client(db)
    assert client.post("/api/cases", json={"scenario": example_path().read_text()}
                       ).status_code == 201
    for name, data in CORPUS_TEXTS.items():
        text = data.decode("utf-8", "surrogateescape")
        answers = [
            client.post("/api/validate", json={"scenario": text}),
            client.post("/api/cases", json={"scenario": text}),
            client.post("/api/cases/1/versions", json={"scenario": text}),
            client.post("/api/cases/upload", files={"files": (name, data)}),
            client.post("/api/cases/1/upload", files={"files": (name, data)}),
            client.post("/cases/new/upload", files={"files": (name, data)}),
            client.post("/cases/1/edit/yaml", data={"scenario": text}),
        ]
        for response in answers:
            assert response.status_code < 500, (name, response.request.url,
                                                response.text[:300])
            assert response.status_code != 201, (name, response.request.url)
    # Nothing hostile was saved, so the library still lists and shows its one case.
    assert client.get("/").status_code == 200
    assert len(client.get("/api/cases").json()) == 1


def test_a_json_body_nested_a_thousand_deep_is_refused(db: Database):
    client = _client(db)
    body = '{"scenario": ' + "[" * 1000 + "]" * 1000 + "}"
    response = client.post("/api/validate", content=body,
                           headers={"content-type": "application/json"})
    assert response.status_code < 500
    _still_answering(client)


@pytest.mark.parametrize("cookie", [
    "zopa_session=" + "1" * 5000 + ".a.b", "zopa_session=²³.a.b", "zopa_session=.",
    "zopa_session=99999999999999999999.x.y", "zopa_session", "zopa_session=;;;=",
    "zopa_session=" + "a." * 3000])
def test_malformed_login_cookies_answer_401(db: Database, cookie: str):
    from zopa.store.access import set_secret

    set_secret(db, "a-secret-long-enough-for-the-test")
    client = _client(db, require_secret=True)
    response = client.get("/api/cases", headers={"cookie": cookie.encode()})
    assert response.status_code == 401


def test_a_slow_request_gets_503_and_the_others_are_answered(db: Database,
                                                             monkeypatch: pytest.MonkeyPatch):
    from zopa.web import service

    _case(db)
    client = _client(db, request_seconds=1.0)
    real = service.brief_of

    def slow(text: str):  # type: ignore[no-untyped-def]
        time.sleep(3)
        return real(text)

    monkeypatch.setattr(service, "brief_of", slow)
    slow_answer: dict[str, object] = {}

    def ask() -> None:
        started = time.monotonic()
        response = client.get("/api/cases/1/versions/1/analysis")
        slow_answer.update(status=response.status_code, took=time.monotonic() - started)

    worker = threading.Thread(target=ask)
    worker.start()
    time.sleep(0.2)
    started = time.monotonic()
    _still_answering(client)
    quick = time.monotonic() - started
    worker.join(10)
    assert slow_answer["status"] == 503
    assert slow_answer["took"] < 2.5  # type: ignore[operator]
    assert quick < 1.0


def test_a_report_download_has_its_own_longer_limit(db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A report (every mediation result, a PDF printed by Chromium) takes longer than a
    page: past ``request_seconds`` it still arrives, within ``report_seconds``."""
    from zopa.web import service

    _case(db)
    client = _client(db, request_seconds=0.5, report_seconds=30.0)
    real = service.report_of

    def slow(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        time.sleep(1.5)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "report_of", slow)
    response = client.get("/cases/1/report")
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('-report.html"')
    # and a page that slow is still cut off at request_seconds
    monkeypatch.setattr(service, "brief_of", lambda text: time.sleep(1.5))
    assert client.get("/api/cases/1/versions/1/analysis").status_code == 503
