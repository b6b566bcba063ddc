"""Per-user Clio accounts (tokens encrypted at rest) and single-use OAuth states."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.cli import main
from bot.clio.auth import TokenSet
from bot.secrets import Cipher, SecretsError
from bot.store import Store

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
TOKENS = TokenSet(access_token="acc-secret-1", refresh_token="ref-secret-1", expires_at=NOW)


@contextlib.asynccontextmanager
async def opened(url: str, *keys: bytes):
    """The store as a bot started with these encryption keys would open it."""
    store = Store(url, cipher=Cipher(list(keys)))
    try:
        yield store
    finally:
        await store.close()


async def test_tokens_are_stored_encrypted_and_read_back(store, database_url):
    async with opened(database_url, Fernet.generate_key()) as bot:
        await bot.accounts.save(
            "T1", "U1", clio_user_id=7, host="https://app.clio.com", tokens=TOKENS, now=NOW
        )
        async with bot.engine.connect() as connection:
            raw = (
                await connection.execute(
                    text("select access_token, refresh_token from clio_accounts")
                )
            ).one()
        assert "acc-secret-1" not in raw[0]
        assert "ref-secret-1" not in raw[1]
        account = await bot.accounts.get("T1", "U1")
        assert account.tokens.access_token == "acc-secret-1"
        assert account.clio_user_id == 7
        assert await bot.accounts.get("T1", "U2") is None  # one person's token is never another's


async def test_refresh_rotation_and_delete(store, database_url):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    async with opened(database_url, old) as bot:
        await bot.accounts.save("T1", "U1", clio_user_id=7, host="h", tokens=TOKENS, now=NOW)
        await bot.accounts.update_tokens(
            "T1", "U1", TOKENS.model_copy(update={"access_token": "acc-2"})
        )
    async with opened(database_url, new, old) as bot:  # BOT_ENCRYPTION_KEY="new,old"
        assert await bot.accounts.rotate_keys() == 1
    async with opened(database_url, new) as bot:  # the old key can now be dropped
        assert (await bot.accounts.get("T1", "U1")).tokens.access_token == "acc-2"
        assert await bot.accounts.delete("T1", "U1")
        assert await bot.accounts.get("T1", "U1") is None


async def test_no_key_no_tokens(store):
    with pytest.raises(SecretsError):
        await store.accounts.save("T1", "U1", clio_user_id=7, host="h", tokens=TOKENS, now=NOW)


async def test_state_is_single_use_bound_and_expiring(store):
    state = await store.oauth_states.create("T1", "U1", resume={"text": "my tasks"}, now=NOW)
    results = await asyncio.gather(*(store.oauth_states.consume(state, now=NOW) for _ in range(5)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    assert winners[0].user_id == "U1"
    assert winners[0].resume == {"text": "my tasks"}
    assert await store.oauth_states.consume("forged", now=NOW) is None
    late = await store.oauth_states.create("T1", "U1", resume=None, now=NOW)
    assert await store.oauth_states.consume(late, now=NOW + dt.timedelta(minutes=11)) is None


def test_rotate_key_command(tmp_path, monkeypatch):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    url = f"sqlite:///{tmp_path / 'bot.db'}"

    async def save_with_old_key():
        async with opened(url, old) as bot:
            await bot.migrate()
            await bot.accounts.save("T1", "U1", clio_user_id=7, host="h", tokens=TOKENS, now=NOW)

    asyncio.run(save_with_old_key())
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("BOT_ENCRYPTION_KEY", f"{new.decode()},{old.decode()}")
    assert main(["rotate-key"]) == 0

    async def read_with_new_key():
        async with opened(url, new) as bot:
            return (await bot.accounts.get("T1", "U1")).tokens.access_token

    assert asyncio.run(read_with_new_key()) == "acc-secret-1"
