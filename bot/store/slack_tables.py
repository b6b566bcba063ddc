"""Slack's OAuth tables (installations, bots, install states), written by slack_sdk's stores.

They are declared on the bot's metadata so migrations create them and tests check them. Their
tokens are encrypted at rest with the bot's key, like Clio's: slack_sdk's store reads and writes
them through `sealed_tables`, which encrypt on the way in and decrypt on the way out.
"""

from __future__ import annotations

import sqlalchemy as sa
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.secrets import Cipher
from bot.store.db import Base

INSTALLATIONS_TABLE, BOTS_TABLE = "slack_installations", "slack_bots"
TOKENS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")


def _tables(metadata: sa.MetaData) -> tuple[sa.Table, sa.Table]:
    installations = SQLAlchemyInstallationStore.build_installations_table(
        metadata, INSTALLATIONS_TABLE
    )
    bots = SQLAlchemyInstallationStore.build_bots_table(metadata, BOTS_TABLE)
    return installations, bots


def token_columns(table: sa.Table) -> list[sa.Column]:
    return [table.c[name] for name in TOKENS if name in table.c]


INSTALLATIONS, BOTS = _tables(Base.metadata)
for _column in token_columns(INSTALLATIONS) + token_columns(BOTS):
    _column.type = sa.Text()  # a Fernet token outgrows slack_sdk's String(200)
INSTALL_STATES = SQLAlchemyOAuthStateStore.build_oauth_states_table(
    Base.metadata, "slack_oauth_states"
)


class Sealed(sa.TypeDecorator):
    """Text encrypted with the bot's key in the database, plain in Python."""

    impl = sa.Text
    cache_ok = False  # each carries its own cipher

    def __init__(self, cipher: Cipher):
        super().__init__()
        self.cipher = cipher

    def process_bind_param(self, value: str | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else self.cipher.encrypt(value)

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else self.cipher.decrypt(value)


def sealed_tables(cipher: Cipher) -> tuple[sa.Table, sa.Table]:
    """The installations and bots tables as slack_sdk's store uses them, tokens sealed."""
    installations, bots = _tables(sa.MetaData())
    for column in token_columns(installations) + token_columns(bots):
        column.type = Sealed(cipher)
    return installations, bots


class SlackTokens:
    """The Slack tokens at rest, for `rotate-key`."""

    def __init__(self, sessions: async_sessionmaker, cipher: Cipher | None):
        self._sessions = sessions
        self._cipher = cipher

    async def rotate_keys(self) -> int:
        """Encrypt every stored Slack token again with the newest key; the number of rows."""
        assert self._cipher is not None, "rotating keys needs the store's cipher"
        rows = 0
        async with self._sessions.begin() as session:
            for table in (INSTALLATIONS, BOTS):
                columns = token_columns(table)
                found = await session.execute(sa.select(table.c.id, *columns))
                for row in found.mappings():
                    sealed = {c.name: row[c.name] for c in columns if row[c.name] is not None}
                    rotated = {name: self._cipher.rotate(v) for name, v in sealed.items()}
                    if rotated:
                        await session.execute(
                            sa.update(table).where(table.c.id == row["id"]).values(**rotated)
                        )
                        rows += 1
        return rows
