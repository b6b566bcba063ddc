"""The typed result of parsing one chat message: the `Intent` contract."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Resource = Literal[
    "matters",
    "contacts",
    "activities",
    "tasks",
    "calendar_entries",
    "communications",
    "notes",
    "folders",
    "documents",
    "bills",
    "users",
    "timer",
    "clio_payments/links",
    "clio_payments/payments",
    "damages",
    "medical_records_details",
    "webhooks",
    "api",
    "help",
]

Action = Literal[
    "search",
    "get",
    "create",
    "update",
    "delete",
    "watch",
    "unwatch",
    "health",
    "start",
    "stop",
    "call",
    "show",
    "unknown",
]


class Alternative(BaseModel):
    """Another plausible reading of part of the message, for the bot to offer."""

    reason: str
    fields: dict[str, Any] = Field(default_factory=dict)
    refs: dict[str, str] = Field(default_factory=dict)


class Intent(BaseModel):
    """One chat message as a Clio operation.

    `resource` is Clio's collection path, `fields` uses Clio's own request or query field names,
    and `refs` holds what must still be resolved against Clio, by kind, as the person wrote it.
    `webhooks` are the channel's subscriptions: `search` lists them, `health` reports on them.
    """

    resource: Resource | None = None
    action: Action = "unknown"
    fields: dict[str, Any] = Field(default_factory=dict)
    refs: dict[str, str] = Field(default_factory=dict)
    confidence: float = 1.0
    alternatives: list[Alternative] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    unparsed: list[str] = Field(default_factory=list)
    hint: str | None = None
