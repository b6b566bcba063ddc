"""Slack tokens at rest: encrypted like Clio's, rotated by `rotate-key`, plain rows migrated;
the SQLite database and the key file are readable by their owner only."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import stat
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
import sqlalchemy as sa
from alembic import command
from cryptography.fernet import Fernet
from slack_sdk.oauth.installation_store import Installation

from bot.cli import main
from bot.clio.auth import TokenSet
from bot.secrets import Cipher, SecretsError, load_cipher
from bot.slack.tokens import Installations
from bot.store import Store
from bot.store.migrate import alembic_config
from bot.store.slack_tables import BOTS, INSTALLATIONS
from bot.store.tables import Subscription
from tests.store.conftest import empty

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
BOT_TOKEN = "xoxe.xoxb-1-MS0yLTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NS02NjY2LTc3NzctODg4OC05OTk5"
REFRESH_TOKEN = "xoxe-1-My0xLTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NS1yZWZyZXNo"
CLIENT_ID = "1111.2222"


def installation() -> Installation:
    return Installation(
        app_id="A1",
        team_id="T1",
        user_id="U1",
        bot_token=BOT_TOKEN,
        bot_id="B1",
        bot_user_id="UB1",
        bot_scopes="chat:write",
        bot_refresh_token=REFRESH_TOKEN,
        bot_token_expires_in=43200,
        installed_at=NOW.timestamp(),
    )


@asynccontextmanager
async def opened(url: str, *keys: bytes) -> AsyncIterator[Store]:
    store = Store(url, cipher=Cipher(list(keys)))
    try:
        yield store
    finally:
        await store.close()


def installations(store: Store) -> Installations:
    return Installations(CLIENT_ID, store.engine, lambda: NOW, store.cipher)


async def raw_text(store: Store) -> str:
    """Every value in Slack's two tables, as stored."""
    async with store.engine.connect() as connection:
        found = [
            *(await connection.execute(sa.select(INSTALLATIONS))),
            *(await connection.execute(sa.select(BOTS))),
        ]
    assert found, "no rows"
    return repr([tuple(row) for row in found])


async def found_tokens(store: Store) -> tuple[str | None, str | None]:
    found = await installations(store).async_find_installation(enterprise_id=None, team_id="T1")
    assert found is not None
    return found.bot_token, found.bot_refresh_token


async def test_a_saved_installation_holds_no_token_text(store, database_url):
    key = Fernet.generate_key()
    async with opened(database_url, key) as bot:
        await installations(bot).async_save(installation())
        stored = await raw_text(bot)
        assert BOT_TOKEN not in stored and REFRESH_TOKEN not in stored and "xox" not in stored
        assert await found_tokens(bot) == (BOT_TOKEN, REFRESH_TOKEN)
        bot_row = await installations(bot).async_find_bot(enterprise_id=None, team_id="T1")
        assert bot_row.bot_token == BOT_TOKEN
    async with opened(database_url, Fernet.generate_key()) as other:
        with pytest.raises(SecretsError):  # another key reads nothing
            await found_tokens(other)


def test_rotate_key_reencrypts_slack_tokens_too(tmp_path, monkeypatch, capsys):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    url = f"sqlite:///{tmp_path / 'bot.db'}"

    async def with_the_old_key() -> None:
        async with opened(url, old) as bot:
            await bot.migrate()
            await installations(bot).async_save(installation())
            await bot.accounts.save(
                "T1", "U1", clio_user_id=7, host="h", tokens=TokenSet(access_token="a"), now=NOW
            )
            await bot.subscriptions.add(
                Subscription(
                    id="sub1", team_id="T1", channel_id="C1", owner_id="U1", model="matter",
                    events=["created"], filters={}, status="pending", created_at=NOW,
                    deliveries=0, failures=0,
                )
            )  # fmt: skip
            await bot.subscriptions.activate("sub1", "hook-secret")

    asyncio.run(with_the_old_key())
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("BOT_ENCRYPTION_KEY", f"{new.decode()},{old.decode()}")
    assert main(["rotate-key"]) == 0
    assert capsys.readouterr().out == (
        "Re-encrypted with the newest key: 1 Clio accounts, 2 Slack installations, "
        "1 webhook secrets\n"
    )

    async def with_the_new_key_alone() -> None:
        async with opened(url, new) as bot:  # the old key is dropped
            assert await found_tokens(bot) == (BOT_TOKEN, REFRESH_TOKEN)
            assert (await bot.accounts.get("T1", "U1")).tokens.access_token == "a"
            sub = await bot.subscriptions.get("sub1")
            assert sub is not None
            assert bot.subscriptions.secret_of(sub) == "hook-secret"

    asyncio.run(with_the_new_key_alone())


def _at_0006_with_plain_tokens(connection: sa.Connection) -> None:
    """The database as the bot left it before Slack tokens were encrypted."""
    command.upgrade(alembic_config(connection), "0006")
    columns = "client_id, app_id, team_id, bot_token, bot_refresh_token, is_enterprise_install"
    values = {"bot": BOT_TOKEN, "refresh": REFRESH_TOKEN, "at": NOW.replace(tzinfo=None)}
    connection.execute(
        sa.text(
            f"INSERT INTO slack_installations ({columns}, user_id, installed_at) VALUES "
            f"('{CLIENT_ID}', 'A1', 'T1', :bot, :refresh, false, 'U1', :at)"
        ),
        values,
    )
    connection.execute(
        sa.text(
            f"INSERT INTO slack_bots ({columns}, installed_at) VALUES "
            f"('{CLIENT_ID}', 'A1', 'T1', :bot, :refresh, false, :at)"
        ),
        values,
    )


async def test_plain_tokens_are_encrypted_by_the_migration(database_url):
    key = Fernet.generate_key()
    async with opened(database_url, key) as bot:
        await empty(bot)
        async with bot.engine.begin() as connection:
            await connection.run_sync(_at_0006_with_plain_tokens)
        assert BOT_TOKEN in await raw_text(bot)
        await bot.migrate()
        stored = await raw_text(bot)
        assert BOT_TOKEN not in stored and REFRESH_TOKEN not in stored
        assert await found_tokens(bot) == (BOT_TOKEN, REFRESH_TOKEN)
        await empty(bot)


async def test_plain_tokens_without_a_key_stop_the_migration_and_say_why(database_url):
    store = Store(database_url)
    try:
        await empty(store)
        async with store.engine.begin() as connection:
            await connection.run_sync(_at_0006_with_plain_tokens)
        with pytest.raises(RuntimeError, match="set BOT_ENCRYPTION_KEY"):
            await store.migrate()
        assert BOT_TOKEN in await raw_text(store)  # left as it was
        await empty(store)
    finally:
        await store.close()


async def test_the_database_and_key_files_are_created_owner_only(tmp_path):
    previous = os.umask(0o022)  # a usual umask: files readable by everyone unless the bot says
    try:
        cipher = load_cipher(None, tmp_path / "clio-bot.key")
        store = Store(f"sqlite:///{tmp_path / 'clio-bot.db'}", cipher=cipher)
        await store.migrate()
        await installations(store).async_save(installation())  # writes the -wal file
        files = sorted(p.name for p in tmp_path.iterdir())
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
        await store.close()
    finally:
        os.umask(previous)
    assert files == ["clio-bot.db", "clio-bot.db-shm", "clio-bot.db-wal", "clio-bot.key"]
    assert modes == dict.fromkeys(files, 0o600)
