"""Persistence: scenarios (versioned cases), tournament runs and their results.

SQLAlchemy over an embedded SQLite file by default (in ``$ZOPA_DATA_DIR`` or the user's
data directory), any database by URL (``--database-url`` or ``ZOPA_DATABASE_URL``),
PostgreSQL included. The schema is managed by Alembic migrations (``migrations/``),
applied on first use.
"""

from .db import Base, connect, database_url, default_data_dir

__all__ = ["Base", "connect", "database_url", "default_data_dir"]
