"""The guards: the access secret off loopback, same-origin writes, allowed hosts, request
size limits."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from zopa.store.access import set_secret
from zopa.store.db import Database
from zopa.web import WebSettings, create_app, is_loopback
from zopa.web.app import SESSION_COOKIE, new_session, valid_session

SECRET = "tulips in the rain 42"


@pytest.fixture
def guarded(sqlite_db: Database) -> TestClient:
    set_secret(sqlite_db, SECRET)
    return TestClient(create_app(sqlite_db, WebSettings(require_secret=True)))


def test_loopback_addresses() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.4", "example.org"))


def test_requests_without_the_secret_are_refused(guarded: TestClient) -> None:
    assert guarded.get("/api/cases").status_code == 401
    assert guarded.post("/api/examples", json={"name": "ukraine-russia-2022-03"}
                        ).status_code == 401
    page = guarded.get("/", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/login"
    assert guarded.get("/static/app.css").status_code == 200
    wrong = {"Authorization": "Bearer not the secret"}
    assert guarded.get("/api/cases", headers=wrong).status_code == 401
    right = {"Authorization": f"Bearer {SECRET}"}
    assert guarded.get("/api/cases", headers=right).status_code == 200
    assert guarded.post("/api/examples", json={"name": "ukraine-russia-2022-03"},
                        headers=right).status_code == 201
    # The refused write above changed nothing; the accepted one made one case.
    assert len(guarded.get("/api/cases", headers=right).json()) == 1


def test_login_sets_a_session(guarded: TestClient) -> None:
    assert guarded.get("/login").status_code == 200
    assert guarded.post("/login", data={"secret": "nope"}).status_code == 401
    response = guarded.post("/login", data={"secret": SECRET}, follow_redirects=False)
    assert response.status_code == 303
    assert "httponly" in response.headers["set-cookie"].lower()
    assert guarded.get("/").status_code == 200
    assert guarded.get("/api/cases").status_code == 200


def test_a_login_outlives_a_restart_and_ends_with_the_secret(sqlite_db: Database) -> None:
    """Sessions are signed, not remembered: a new server process on the same library
    accepts them; a changed, expired or foreign cookie, or a replaced secret, does not."""
    set_secret(sqlite_db, SECRET)
    settings = WebSettings(require_secret=True)
    first = TestClient(create_app(sqlite_db, settings))
    first.post("/login", data={"secret": SECRET}, follow_redirects=False)
    cookie = first.cookies[SESSION_COOKIE]
    assert "max-age=604800" in first.post(
        "/login", data={"secret": SECRET}, follow_redirects=False).headers["set-cookie"].lower()

    def status(value: str) -> int:
        restarted = TestClient(create_app(sqlite_db, settings))
        restarted.cookies.set(SESSION_COOKIE, value)
        return restarted.get("/api/cases").status_code

    assert status(cookie) == 200
    flipped = cookie[:-1] + ("0" if cookie[-1] != "0" else "1")
    assert status(flipped) == 401
    assert status("4102444800.nonce.signature") == 401
    assert status("not a session") == 401
    assert not valid_session(sqlite_db, new_session(sqlite_db, now=0))  # expired in 1970
    set_secret(sqlite_db, "a brand new secret 7")
    assert status(cookie) == 401


def test_cross_site_writes_are_refused(client: TestClient) -> None:
    body = {"name": "ukraine-russia-2022-03"}
    evil = client.post("/api/examples", json=body, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    no_origin = client.post("/api/examples", json=body, headers={"Sec-Fetch-Site": "cross-site"})
    assert no_origin.status_code == 403
    same = client.post("/api/examples", json=body, headers={"Origin": "http://testserver",
                                                            "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 201
    assert len(client.get("/api/cases").json()) == 1
    assert client.get("/api/cases", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 200


def test_unexpected_host_is_refused(sqlite_db: Database) -> None:
    app = create_app(sqlite_db, WebSettings(allowed_hosts=("127.0.0.1", "localhost")))
    assert TestClient(app).get("/api/cases").status_code == 400
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/api/cases").status_code == 200


def test_bodies_over_the_limit_are_refused(sqlite_db: Database) -> None:
    client = TestClient(create_app(sqlite_db, WebSettings(max_upload_bytes=1024)))
    text = "zopa: 1\n" + "#" * 200_000
    declared = client.post("/api/validate", json={"scenario": text})
    assert declared.status_code == 413

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"x" * 4096

    streamed = client.post("/api/validate", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413
