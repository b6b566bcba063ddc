"""Webhook relay: each change's record and etag (backfill dedupe), posted ts, threads, sync marks

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 07:39:07.138744
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "webhook_threads",
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "key"),
    )
    with op.batch_alter_table("webhook_threads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_threads_created_at"), ["created_at"], unique=False
        )

    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("etag", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="webhook")
        )
        batch_op.add_column(sa.Column("posted_ts", sa.String(length=32), nullable=True))
        batch_op.create_index(
            "ix_webhook_outbox_change", ["subscription_id", "record_id", "etag"], unique=False
        )

    with op.batch_alter_table("webhook_subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("gaps_filled", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("last_error", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("webhook_subscriptions", schema=None) as batch_op:
        batch_op.drop_column("last_error")
        batch_op.drop_column("gaps_filled")
        batch_op.drop_column("synced_at")

    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_outbox_change")
        batch_op.drop_column("posted_ts")
        batch_op.drop_column("source")
        batch_op.drop_column("etag")
        batch_op.drop_column("record_id")

    with op.batch_alter_table("webhook_threads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_threads_created_at"))

    op.drop_table("webhook_threads")
