"""Tournament runs and their sessions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True), nullable=True),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("planned", sa.Integer, nullable=False),
        sa.Column("zopa_version", sa.String(32), nullable=False),
    )
    op.create_table(
        "run_scenarios",
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
    )
    op.create_table(
        "run_sessions",
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("scenario", sa.Integer, nullable=False),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("protocol", sa.String(32), nullable=False),
        sa.Column("strategies", sa.Text, nullable=False),
        sa.Column("agreement", sa.Text, nullable=True),
        sa.Column("rounds", sa.Integer, nullable=False),
        sa.Column("end_reason", sa.String(32), nullable=False),
        sa.Column("utilities", sa.Text, nullable=False),
        sa.Column("pareto_distance", sa.Float, nullable=True),
        sa.Column("nash_distance", sa.Float, nullable=True),
        sa.Column("welfare", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("run_sessions")
    op.drop_table("run_scenarios")
    op.drop_table("runs")
