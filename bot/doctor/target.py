"""Which Clio account `clio-bot doctor` checks: a shared token, a connected person's own
account, or (with no credentials) the embedded sandbox. Tokens are never printed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from sqlalchemy.exc import SQLAlchemyError

from bot.clio import ClioClient, app_host
from bot.config import Settings
from bot.replies import Requester
from bot.runtime import embedded_clio, per_person, shared_clio
from bot.secrets import Cipher, SecretsError, load_cipher
from bot.store import Store


class NoTarget(Exception):
    """No Clio account can be checked with these settings; the message says what to set."""


@asynccontextmanager
async def clio_to_check(
    settings: Settings,
    *,
    slack_user: str | None = None,
    slack_team: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncIterator[tuple[ClioClient, str]]:
    """The client to check with, and which account it is in words."""
    if slack_user is not None:
        async with _person(settings, slack_user, slack_team, transport) as found:
            yield found
        return
    if settings.clio_access_token is not None:
        clio = shared_clio(settings, transport=transport)
        host = app_host(settings.clio_region, settings.clio_base_url)
        try:
            yield clio, f"CLIO_ACCESS_TOKEN on {host}"
        finally:
            await clio.aclose()
        return
    if settings.clio_client_id is not None:
        raise NoTarget(
            "CLIO_CLIENT_ID is set, so each person uses their own Clio account: give "
            "--slack-user U… (someone who ran /clio connect), or set CLIO_ACCESS_TOKEN."
        )
    clio, sandbox = embedded_clio(settings, sandbox_db=None)
    try:
        yield clio, "the embedded sandbox (no Clio credentials are set)"
    finally:
        await clio.aclose()
        await sandbox.aclose()


def _cipher(settings: Settings) -> Cipher:
    """The bot's own key: doctor makes none (tokens under a new key could not be read)."""
    key = settings.bot_encryption_key.get_secret_value() if settings.bot_encryption_key else None
    if key is None and not Path(settings.bot_key_file).exists():
        raise NoTarget(
            f"No BOT_ENCRYPTION_KEY and no key file at {settings.bot_key_file}: run doctor "
            "with the bot's settings, where the bot runs."
        )
    return load_cipher(key, settings.bot_key_file)


@asynccontextmanager
async def _person(
    settings: Settings,
    user_id: str,
    team_id: str | None,
    transport: httpx.AsyncBaseTransport | None,
) -> AsyncIterator[tuple[ClioClient, str]]:
    """A connected person's client: their stored tokens, refreshed (and kept) as the bot does."""
    if settings.clio_client_id is None:
        raise NoTarget("--slack-user needs CLIO_CLIENT_ID: people connect through that Clio app.")
    store = Store(settings.database_url, cipher=_cipher(settings))
    connections = per_person(settings, store, transport=transport)
    try:
        teams = [team_id] if team_id else await store.accounts.teams_of(user_id)
        if len(teams) != 1:
            raise NoTarget(
                f"{user_id} has connected Clio in several workspaces: add --slack-team T… (which)."
                if teams
                else f"{user_id} has not connected a Clio account here (/clio connect)."
            )
        account = await store.accounts.get(teams[0], user_id)
        if account is None:
            raise NoTarget(f"{user_id} has not connected a Clio account in {teams[0]}.")
        clio = await connections.client_for(Requester(team_id=teams[0], user_id=user_id))
        yield clio, f"the Clio account {user_id} connected (Clio user {account.clio_user_id})"
    except SecretsError as error:
        raise NoTarget(
            f"The stored tokens cannot be read ({error}): run doctor with the bot's "
            "BOT_ENCRYPTION_KEY or BOT_KEY_FILE."
        ) from None
    except SQLAlchemyError as error:
        raise NoTarget(
            f"The bot's database cannot be read ({type(error).__name__}): is DATABASE_URL "
            "the bot's, and migrated (`clio-bot migrate`)?"
        ) from None
    finally:
        await connections.close()
        await store.close()
