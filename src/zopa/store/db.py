"""Where the database is, and how to open it with its schema up to date.

>>> database_url("sqlite:///tmp/x.db")
'sqlite:///tmp/x.db'
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, sessionmaker

__all__ = ["Base", "Database", "connect", "database_url", "default_data_dir", "write"]

T = TypeVar("T")

#: How long a write waits for SQLite's lock in all, and in one slice (milliseconds): a
#: signal is handled between two slices, never after the whole wait.
WRITE_PATIENCE = 30.0
SLICE_MS = 100

_MIGRATIONS = Path(__file__).parent / "migrations"


class Base(DeclarativeBase):
    """The declarative base of every table zopa stores."""


def default_data_dir() -> Path:
    """``$ZOPA_DATA_DIR`` when set, else the user's data directory for zopa."""
    explicit = os.environ.get("ZOPA_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("zopa", appauthor=False))


def database_url(explicit: str | None = None) -> str:
    """The database to use: ``explicit``, else ``$ZOPA_DATABASE_URL``, else a SQLite file
    ``zopa.db`` in :func:`default_data_dir`."""
    if explicit:
        return explicit
    from_env = os.environ.get("ZOPA_DATABASE_URL")
    if from_env:
        return from_env
    folder = default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'zopa.db'}"


class Database:
    """An engine with its session factory, the schema migrated to the latest version."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _engine(url)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()


def connect(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open the database (see :func:`database_url`), bringing its schema up to date."""
    db = Database(database_url(url))
    if migrate:
        upgrade(db.engine)
    return db


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations up to ``revision`` on ``engine``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def write(db: Database, work: Callable[[Connection], T], *,
          patience: float = WRITE_PATIENCE) -> T:
    """Run ``work(connection)`` in one transaction and commit it.

    On SQLite, a write that finds the database locked by another connection waits in
    slices of :data:`SLICE_MS` and tries again, for ``patience`` seconds in all: between
    two slices a signal is handled (:func:`zopa.interrupts.checkpoint`), where SQLite's
    own busy wait would hold it for the whole timeout. Other databases wait as their
    driver does.
    """
    from ..interrupts import checkpoint

    if db.engine.dialect.name != "sqlite":
        with db.engine.begin() as connection:
            return work(connection)
    deadline = time.monotonic() + patience
    while True:
        with db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute(f"PRAGMA busy_timeout={SLICE_MS}")
            try:
                with connection.begin():
                    return work(connection)
            except OperationalError as exc:
                if not _locked(exc) or time.monotonic() >= deadline:
                    raise
            finally:
                raw.execute(f"PRAGMA busy_timeout={int(WRITE_PATIENCE * 1000)}")
        checkpoint()


def _locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": WRITE_PATIENCE})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: object, _: object) -> None:
            cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)
