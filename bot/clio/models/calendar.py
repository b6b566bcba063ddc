"""Calendars and calendar entries."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from bot.clio.models.base import ClioModel, NestedInput, Record, Ref, StrId, WriteModel
from bot.clio.models.stubs import CalendarStub, MatterStub


class Calendar(Record):
    name: str | None = None
    type: str | None = None
    permission: str | None = None
    visible: bool | None = None
    color: str | None = None


class CalendarUpdate(WriteModel):
    name: str | None = None
    color: str | None = None
    visible: bool | None = None


class CalendarCreate(CalendarUpdate):
    name: str


class Attendee(ClioModel):
    """A calendar (user) or contact invited; a hidden contact is redacted."""

    id: int
    type: str | None = None
    name: str | None = None
    email: str | None = None


class CalendarEntry(Record):
    """An event; the spec types its id as a string (recurring instances)."""

    id: StrId  # type: ignore[assignment]
    summary: str | None = None
    description: str | None = None
    location: str | None = None
    start_at: dt.datetime | None = None
    end_at: dt.datetime | None = None
    all_day: bool | None = None
    recurrence_rule: str | None = None
    parent_calendar_entry_id: int | None = None
    calendar_owner_id: int | None = None
    permission: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    calendar_owner: CalendarStub | None = None
    attendees: list[Attendee] | None = None


class AttendeeInput(NestedInput):
    type: Literal["Calendar", "Contact"] | None = None


class CalendarEntryUpdate(WriteModel):
    summary: str | None = None
    description: str | None = None
    location: str | None = None
    start_at: dt.datetime | None = None
    end_at: dt.datetime | None = None
    all_day: bool | None = None
    recurrence_rule: str | None = None
    matter: Ref | None = None
    calendar_owner: Ref | None = None
    attendees: list[AttendeeInput] | None = None
    send_email_notification: bool | None = None
    deleted: Literal["single", "future"] | None = Field(default=None, alias="_deleted")


class CalendarEntryCreate(CalendarEntryUpdate):
    summary: str
    start_at: dt.datetime
    end_at: dt.datetime
    calendar_owner: Ref
