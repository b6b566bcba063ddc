"""Persistence (SQLAlchemy 2 on `DATABASE_URL`): confirmations, undo, preferences, caches."""

from __future__ import annotations

import datetime as dt

from bot.secrets import Cipher
from bot.store.accounts import ClioAccounts, OAuthStates
from bot.store.cache import Cache
from bot.store.channels import ChannelDefaults
from bot.store.confirmations import Claim, Confirmations
from bot.store.db import make_engine, make_sessions
from bot.store.drafts import Drafts
from bot.store.events import SeenEvents
from bot.store.identities import IdentityMaps
from bot.store.leases import Leases
from bot.store.migrate import upgrade_to_head
from bot.store.outbox import Outbox, Threads
from bot.store.prefs import Preferences
from bot.store.slack_tables import SlackTokens
from bot.store.subscriptions import Subscriptions
from bot.store.undo import UndoLog
from bot.store.vocabularies import Stored, Vocabularies

SEEN_EVENTS_KEPT = dt.timedelta(days=1)
WEBHOOK_HISTORY_KEPT = dt.timedelta(days=30)


class Store:
    """Every repository on one database."""

    def __init__(self, url: str, *, cipher: Cipher | None = None):
        self.engine = make_engine(url)
        self.cipher = cipher
        sessions = make_sessions(self.engine)
        self.accounts = ClioAccounts(sessions, cipher)
        self.oauth_states = OAuthStates(sessions)
        self.subscriptions = Subscriptions(sessions, cipher)
        self.outbox = Outbox(sessions, self.engine.dialect.name)
        self.threads = Threads(sessions)
        self.confirmations = Confirmations(sessions)
        self.undo = UndoLog(sessions)
        self.drafts = Drafts(sessions)
        self.prefs = Preferences(sessions)
        self.channels = ChannelDefaults(sessions)
        self.cache = Cache(sessions)
        self.events = SeenEvents(sessions)
        self.leases = Leases(sessions)
        self.slack_tokens = SlackTokens(sessions, cipher)
        self.identity_maps = IdentityMaps(sessions)
        self.vocabularies = Vocabularies(sessions)

    async def tidy(self, *, now: dt.datetime) -> None:
        """Drop what has expired: cached lookups, old drafts, event ids older than a day, settled
        webhook events and threads older than a month."""
        await self.cache.purge(now=now)
        await self.drafts.purge(now=now)
        await self.events.forget_before(now - SEEN_EVENTS_KEPT)
        await self.oauth_states.purge(now=now)
        await self.outbox.purge(before=now - WEBHOOK_HISTORY_KEPT)
        await self.threads.purge(before=now - WEBHOOK_HISTORY_KEPT)

    async def migrate(self) -> str | None:
        """Upgrade the database to the newest schema, keeping its data; the revision it is now at
        (see `bot.store.migrate`; a migration that seals secrets uses the store's cipher)."""
        async with self.engine.begin() as connection:
            return await connection.run_sync(upgrade_to_head, self.cipher)

    async def rotate_keys(self) -> dict[str, int]:
        """Encrypt every secret at rest again with the newest key: how many of each kind."""
        return {
            "Clio accounts": await self.accounts.rotate_keys(),
            "Slack installations": await self.slack_tokens.rotate_keys(),
            "webhook secrets": await self.subscriptions.rotate_keys(),
        }

    async def close(self) -> None:
        await self.engine.dispose()


__all__ = ["Claim", "Store", "Stored"]
