"""Users of the firm's Clio account (read-only)."""

from __future__ import annotations

import datetime as dt

from bot.clio.models.base import ClioModel, Record


class Account(ClioModel):
    id: int | None = None
    name: str | None = None


class User(Record):
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    enabled: bool | None = None
    roles: list[str] | None = None
    subscription_type: str | None = None
    time_zone: str | None = None
    initials: str | None = None
    default_calendar_id: int | None = None
    rate: float | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class Me(User):
    """`who_am_i`: the user behind the token, with the firm's account."""

    account: Account | None = None
