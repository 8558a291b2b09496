"""Fixtures for the case library and the web app: a fresh database per test (SQLite in a
temporary folder; PostgreSQL too when ``ZOPA_TEST_POSTGRES_URL`` names a server), an API
client, and a real server on 127.0.0.1 for the browser tests."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from zopa.examples import example_path
from zopa.store.db import Database, connect

POSTGRES = os.environ.get("ZOPA_TEST_POSTGRES_URL", "")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(autouse=True)
def _quiet() -> None:
    """Known noise, not ours: the core's interval serializer warns on ``to_dict()``
    (reported to the lead), and Starlette's deprecation of httpx in its test client."""
    warnings.filterwarnings("ignore", message="Pydantic serializer warnings")
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")


@pytest.fixture
def example_text() -> str:
    return example_path().read_text(encoding="utf-8")


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = connect(f"sqlite:///{tmp_path / 'zopa.db'}")
    yield db
    db.dispose()


@pytest.fixture
def postgres_db() -> Iterator[Database]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    if not POSTGRES:
        pytest.skip("ZOPA_TEST_POSTGRES_URL is not set (make test starts a server)")
    from sqlalchemy import create_engine, text

    name = f"zopa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = POSTGRES.rpartition("/")
    db = connect(f"{base}/{name}")
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The case-library tests run on SQLite and on PostgreSQL."""
    fixture = "sqlite_db" if request.param == "sqlite" else "postgres_db"
    db: Database = request.getfixturevalue(fixture)
    return db


@pytest.fixture
def client(sqlite_db: Database):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from zopa.web import create_app

    with TestClient(create_app(sqlite_db)) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def live_server(sqlite_db: Database) -> Iterator[str]:
    """The workbench served by uvicorn on 127.0.0.1 in a thread; yields its base URL."""
    import uvicorn

    from zopa.web import WebSettings, create_app

    port = free_port()
    settings = WebSettings(allowed_hosts=("127.0.0.1", "localhost"))
    config = uvicorn.Config(create_app(sqlite_db, settings), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
