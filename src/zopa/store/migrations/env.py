"""Alembic environment: migrations run on the connection zopa hands over."""

from __future__ import annotations

from alembic import context

from zopa.store.db import Base

target_metadata = Base.metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - zopa always passes a connection
    raise RuntimeError("run migrations through zopa.store.db.upgrade()")
context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
