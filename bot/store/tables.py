"""Tables: pending confirmations, undo log, preferences, channel defaults, caches, seen events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from bot.store.db import Base


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime on every database (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetimes are not stored")
            value = value.astimezone(dt.UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


class Confirmation(Base):
    """A planned Clio write waiting for its requester's Confirm (the idempotency record).

    `state` moves pending -> executing -> done | failed, or pending -> cancelled | expired;
    only the request that moves it out of `pending` may execute the write. An `executing`
    confirmation holds a lease until `lease_until`: once it lapses without a finish (the bot
    stopped mid-write), the next click looks in Clio for the write instead of waiting forever.
    """

    __tablename__ = "confirmations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32), index=True)
    channel_id: Mapped[str | None] = mapped_column(String(32))
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    message: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Draft(Base):
    """A request still being completed: waiting for a pick or a missing value."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class UndoEntry(Base):
    """How to reverse one executed write, available for a short while."""

    __tablename__ = "undo_log"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the confirmation's id
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="available")
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class UserPreference(Base):
    """Per Slack user: time zone, Clio user, recently used matters."""

    __tablename__ = "user_preferences"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tz: Mapped[str | None] = mapped_column(String(64))
    tz_checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    recent_matters: Mapped[list[int]] = mapped_column(JSON, default=list)


class ChannelDefault(Base):
    """A channel's default matter for time entries and other matter-bound writes."""

    __tablename__ = "channel_defaults"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    matter_id: Mapped[int] = mapped_column(Integer)
    matter_label: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ClioAccount(Base):
    """A Slack user's own Clio connection; tokens are stored encrypted (see `bot/secrets.py`)."""

    __tablename__ = "clio_accounts"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    clio_user_id: Mapped[int] = mapped_column(Integer)
    host: Mapped[str] = mapped_column(String(255))
    access_token: Mapped[str] = mapped_column(Text)
    refresh_token: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    connected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class IdentityMap(Base):
    """An admin's mapping of a Slack user to the Clio user's email they act as (instead of
    their Slack email)."""

    __tablename__ = "identity_maps"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    clio_email: Mapped[str] = mapped_column(String(255))
    mapped_by: Mapped[str] = mapped_column(String(32))
    mapped_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class OAuthState(Base):
    """A pending `/clio connect`: single use, bound to one Slack user, short-lived."""

    __tablename__ = "oauth_states"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    resume: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    used: Mapped[bool] = mapped_column(default=False)


class Subscription(Base):
    """A channel's watch on a Clio model: the Clio webhook behind it and its health."""

    __tablename__ = "webhook_subscriptions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(32), index=True)
    owner_id: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(32))
    events: Mapped[list[str]] = mapped_column(JSON)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    clio_webhook_id: Mapped[int | None] = mapped_column(Integer)
    secret: Mapped[str | None] = mapped_column(Text)  # encrypted, like Clio tokens
    status: Mapped[str] = mapped_column(String(16), default="pending")
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_delivery_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # backfilled up to
    gaps_filled: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(255))


class OutboxEvent(Base):
    """A Clio webhook delivery, stored before Clio gets its 2xx, until posted to Slack once."""

    __tablename__ = "webhook_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[str] = mapped_column(String(32), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    record_id: Mapped[str | None] = mapped_column(String(32))
    etag: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16), default="webhook")  # or "backfill"
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    posted_ts: Mapped[str | None] = mapped_column(String(32))  # the Slack message that showed it
    # noted just before each chat.postMessage, cleared when Slack answered that it posted nothing:
    # a relay taking over a row with `posting_at` set must check whether that post reached Slack
    posting_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    posting_thread: Mapped[str | None] = mapped_column(String(32))  # the thread it went to

    __table_args__ = (Index("ix_webhook_outbox_change", "subscription_id", "record_id", "etag"),)


class Thread(Base):
    """A record's first message in a channel: later changes to it reply in its thread."""

    __tablename__ = "webhook_threads"

    channel_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    ts: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class Lease(Base):
    """A named task one instance does at a time (e.g. refreshing a workspace's bot token); a
    holder that dies lets go when `until` passes."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class CacheEntry(Base):
    """A short-lived cached lookup (e.g. a Clio search), shared by instances."""

    __tablename__ = "cache"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class SeenEvent(Base):
    """An inbound delivery already handled (Slack retries, redeliveries)."""

    __tablename__ = "seen_events"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


from bot.store import slack_tables  # noqa: E402, F401  (Slack's tables on the same metadata)


class VocabularyRecords(Base):
    """The Clio records one person's vocabulary is built from (matters, contacts, users...),
    by collection, and when they were fetched: in full (`built_at`) and last (`refreshed_at`)."""

    __tablename__ = "vocabularies"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    records: Mapped[Any] = mapped_column(JSON)
    built_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    refreshed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
