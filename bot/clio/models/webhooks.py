"""Webhook subscriptions."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import Record, WriteModel
from bot.clio.models.stubs import UserStub

WebhookModel = Literal[
    "activity",
    "bill",
    "calendar_entry",
    "clio_payments_payment",
    "communication",
    "contact",
    "document",
    "folder",
    "matter",
    "task",
]
WebhookEvent = Literal[
    "created", "updated", "deleted", "matter_opened", "matter_pended", "matter_closed"
]


class Webhook(Record):
    url: str | None = None
    model: str | None = None
    events: list[str] | None = None
    fields: str | None = None
    status: str | None = None
    shared_secret: str | None = None
    expires_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    user: UserStub | None = None


class WebhookUpdate(WriteModel):
    url: str | None = None
    events: list[WebhookEvent] | None = None
    fields: str | None = None
    expires_at: dt.datetime | None = None


class WebhookCreate(WebhookUpdate):
    url: str
    model: WebhookModel
    fields: str
