"""Rotating bot tokens of installed workspaces, refreshed before every use, one refresh at a time.

Bolt refreshes a token only when a request comes in from Slack; the relay and the other
background work post without one, so every use asks `BotTokens` for the token, incoming requests
included (`FreshTokens`). slack_sdk stamps a token's expiry with the system time; the bot keeps it
on its own clock, which decides when to refresh (slack_sdk's `AsyncTokenRotator` then does it).
Slack takes each refresh token once, so one instance refreshes a workspace's token at a time (a
lease in the database) while the others wait for its result.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
import time
from collections import defaultdict
from collections.abc import Callable

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.errors import SlackApiError, SlackTokenRotationError
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.secrets import Cipher, SecretsError
from bot.store import Store
from bot.store.leases import Leases
from bot.store.slack_tables import sealed_tables

log = logging.getLogger(__name__)

REFRESH_BEFORE = dt.timedelta(hours=2)  # refresh when less than this is left (bolt's default)
LEASE = dt.timedelta(seconds=30)  # how long one instance may take to refresh a workspace's token
WAIT = 0.05  # seconds between looks while another instance refreshes
WAITS = 600  # looks before giving up on it (30 s)
RETRY_REFUSED = dt.timedelta(minutes=10)  # a refused refresh token is not tried again before this
ANY_EXPIRY = 10**7  # minutes: the rotator weighs expiry on system time; the bot's clock decides
Clock = Callable[[], dt.datetime]


class TokenRefused(Exception):
    """Slack refused to refresh a workspace's bot token (revoked, or the app's credentials
    changed): the app must be installed again there."""

    def __init__(self, team_id: str, error: str):
        super().__init__(f"Slack refused to refresh the bot token of team {team_id}: {error}")
        self.team_id = team_id
        self.error = error


class Installations(AsyncSQLAlchemyInstallationStore):
    """slack_sdk's installation store on the bot's database: tokens encrypted at rest with the
    bot's key (`sealed_tables`), expiries on the bot's clock."""

    def __init__(self, client_id: str, engine: AsyncEngine, clock: Clock, cipher: Cipher | None):
        super().__init__(client_id, engine)
        if cipher is None:
            raise SecretsError("no encryption key: Slack tokens are kept encrypted")
        self.installations, self.bots = sealed_tables(cipher)
        self._clock = clock

    async def async_save(self, installation: Installation) -> None:
        """Keep an install or a refresh; its expiry, just stamped with the system time by
        slack_sdk, moves onto the bot's clock."""
        expires_at = installation.bot_token_expires_at
        if expires_at is not None:
            installation = Installation(**installation.to_dict_for_copying())
            shift = self._clock().timestamp() - time.time()
            installation.bot_token_expires_at = round(expires_at + shift)
        await super().async_save(installation)


class BotTokens:
    """Each installed workspace's bot token, valid for a while yet whenever it is handed out."""

    def __init__(
        self,
        installations: Installations,
        rotator: AsyncTokenRotator,
        leases: Leases,
        *,
        clock: Clock,
    ):
        self._installations = installations
        self._rotator = rotator
        self._leases = leases
        self._clock = clock
        self._holder = secrets.token_hex(8)  # this instance, in the lease table
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._refused: dict[str, tuple[str, dt.datetime, str]] = {}  # refresh token, when, why

    async def installation(self, team_id: str) -> Installation | None:
        """The workspace's installation, its bot token refreshed first when it runs out within
        `REFRESH_BEFORE` (None: not installed). Raises `TokenRefused`."""
        found = await self._find(team_id)
        if found is None or not self._due(found):
            return found
        async with self._locks[team_id]:  # one task of this instance; the lease: one instance
            return await self._refreshed(team_id)

    async def token(self, team_id: str) -> str | None:
        found = await self.installation(team_id)
        return found.bot_token if found else None

    async def _find(self, team_id: str) -> Installation | None:
        return await self._installations.async_find_installation(
            enterprise_id=None, team_id=team_id
        )

    def _due(self, found: Installation) -> bool:
        expires = found.bot_token_expires_at
        if expires is None or found.bot_refresh_token is None:
            return False  # a token that does not rotate
        return expires - self._clock().timestamp() <= REFRESH_BEFORE.total_seconds()

    async def _refreshed(self, team_id: str) -> Installation | None:
        name = f"slack-bot-token:{team_id}"
        for _ in range(WAITS):
            found = await self._find(team_id)  # another task or instance may have refreshed it
            if found is None or not self._due(found):
                return found
            self._check_refused(team_id, found)
            if await self._leases.take(name, self._holder, now=self._clock(), ttl=LEASE):
                try:
                    return await self._rotate(team_id, found)
                finally:
                    await self._leases.release(name, self._holder)
            await asyncio.sleep(WAIT)
        raise TimeoutError(f"another instance is still refreshing the token of team {team_id}")

    def _check_refused(self, team_id: str, found: Installation) -> None:
        refused = self._refused.get(team_id)
        if refused is None:
            return
        refresh_token, when, error = refused
        if refresh_token == found.bot_refresh_token and self._clock() - when < RETRY_REFUSED:
            raise TokenRefused(team_id, error)

    async def _rotate(self, team_id: str, found: Installation) -> Installation | None:
        try:
            rotated = await self._rotator.perform_token_rotation(
                installation=found, minutes_before_expiration=ANY_EXPIRY
            )
        except SlackTokenRotationError as failure:
            error = str(failure.api_error.response.get("error") or "refused")
            assert found.bot_refresh_token is not None
            self._refused[team_id] = (found.bot_refresh_token, self._clock(), error)
            log.error("slack refused to refresh the bot token of team %s: %s", team_id, error)
            raise TokenRefused(team_id, error) from failure
        if rotated is None:  # Slack answered with no bot token: keep what there is
            log.warning("slack sent no bot token refreshing team %s", team_id)
            return found
        await self._installations.async_save(rotated)
        self._refused.pop(team_id, None)
        log.info("slack bot token of team %s refreshed", team_id)
        return await self._find(team_id)


def bot_tokens(settings: Settings, store: Store, clock: Clock) -> BotTokens | None:
    """Installs by many workspaces (`SLACK_CLIENT_ID`/`SECRET`): their bot tokens, refreshed
    through `SLACK_API_URL` (Slack's, or a fake's); None with one fixed `SLACK_BOT_TOKEN`."""
    if not (settings.slack_client_id and settings.slack_client_secret):
        return None
    rotator = AsyncTokenRotator(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        client=AsyncWebClient(base_url=settings.slack_api_url or AsyncWebClient.BASE_URL),
    )
    installations = Installations(settings.slack_client_id, store.engine, clock, store.cipher)
    return BotTokens(installations, rotator, store.leases, clock=clock)


class FreshTokens(AsyncAuthorize):
    """Bolt's authorization of incoming requests, with the token `BotTokens` keeps fresh (so a
    request and the relay never refresh the same token at once)."""

    def __init__(self, tokens: BotTokens):
        self._tokens = tokens

    async def __call__(
        self,
        *,
        context: AsyncBoltContext,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        actor_enterprise_id: str | None = None,
        actor_team_id: str | None = None,
        actor_user_id: str | None = None,
    ) -> AuthorizeResult | None:
        if team_id is None:
            return None
        try:
            found = await self._tokens.installation(team_id)
            if found is None or found.bot_token is None:
                log.info("no installation for team %s", team_id)
                return None
            answer = await context.client.auth_test(token=found.bot_token)
        except (TokenRefused, SlackApiError) as failure:
            log.warning("request from team %s not authorized: %s", team_id, type(failure).__name__)
            return None
        return AuthorizeResult.from_auth_test_response(
            auth_test_response=answer, bot_token=found.bot_token, bot_scopes=found.bot_scopes
        )
