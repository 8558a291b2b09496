"""Where the database is, and how to open it with its schema up to date.

>>> database_url("sqlite:///tmp/x.db")
'sqlite:///tmp/x.db'
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, sessionmaker

__all__ = ["Base", "Database", "connect", "database_url", "default_data_dir"]

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


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: object, _: object) -> None:
            cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)
