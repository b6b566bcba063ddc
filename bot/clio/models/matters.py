"""Matters: a client's legal case."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import Record, Ref, WriteModel
from bot.clio.models.stubs import ContactStub, PracticeAreaStub, UserStub

MatterStatus = Literal["open", "pending", "closed"]
"""Matter status as requests and filters take it (responses capitalise it)."""


class Matter(Record):
    display_number: str | None = None
    number: int | None = None
    description: str | None = None
    status: str | None = None
    billable: bool | None = None
    open_date: dt.date | None = None
    pending_date: dt.date | None = None
    close_date: dt.date | None = None
    client_reference: str | None = None
    location: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    client: ContactStub | None = None
    responsible_attorney: UserStub | None = None
    responsible_staff: UserStub | None = None
    originating_attorney: UserStub | None = None
    practice_area: PracticeAreaStub | None = None

    @property
    def label(self) -> str:
        parts = [p for p in (self.display_number, self.description) if p]
        return ": ".join(parts) if parts else f"matter {self.id}"


class MatterUpdate(WriteModel):
    description: str | None = None
    status: MatterStatus | None = None
    client: Ref | None = None
    billable: bool | None = None
    open_date: dt.date | None = None
    pending_date: dt.date | None = None
    close_date: dt.date | None = None
    client_reference: str | None = None
    location: str | None = None
    display_number: str | None = None
    responsible_attorney: Ref | None = None
    responsible_staff: Ref | None = None
    originating_attorney: Ref | None = None
    practice_area: Ref | None = None


class MatterCreate(MatterUpdate):
    client: Ref
    description: str
