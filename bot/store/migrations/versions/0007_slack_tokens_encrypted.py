"""Slack tokens encrypted at rest: token columns widened to text, stored tokens encrypted

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 14:00:00.000000
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENS = {
    "slack_installations": ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token"),
    "slack_bots": ("bot_token", "bot_refresh_token"),
}


def _each_token(change: Callable[[str], str]) -> None:
    """Apply `change` to every stored token, row by row."""
    connection = op.get_bind()
    for name, columns in TOKENS.items():
        table = sa.table(name, sa.column("id"), *(sa.column(c) for c in columns))
        for row in connection.execute(sa.select(table)).mappings():
            values = {c: change(row[c]) for c in columns if row[c] is not None}
            if values:
                connection.execute(sa.update(table).where(table.c.id == row["id"]).values(values))


def _cipher_for(rows_with_tokens: bool) -> Any:
    cipher = context.config.attributes.get("cipher")
    if cipher is None and rows_with_tokens:
        raise RuntimeError(
            "Slack tokens are stored in plain text and this migration encrypts them: set "
            "BOT_ENCRYPTION_KEY (or keep BOT_KEY_FILE beside the database) and run it again"
        )
    return cipher


def _has_tokens() -> bool:
    connection = op.get_bind()
    return any(
        connection.execute(sa.text(f"SELECT 1 FROM {name} LIMIT 1")).first() is not None
        for name in TOKENS
    )


def upgrade() -> None:
    for name, columns in TOKENS.items():
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, existing_type=sa.String(length=200), type_=sa.Text())
    cipher = _cipher_for(_has_tokens())
    if cipher is not None:
        _each_token(cipher.encrypt)


def downgrade() -> None:
    cipher = _cipher_for(_has_tokens())
    if cipher is not None:
        _each_token(cipher.decrypt)
    for name, columns in TOKENS.items():
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, existing_type=sa.Text(), type_=sa.String(length=200))
