"""Calendars and calendar entries."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

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
    """An event; its id is an opaque string (one occurrence of a series has its own).

    `start_date`/`start_time`/`end_date`/`end_time` are read-only, in the current user's
    time zone (`start_time` is text with the zone's abbreviation, e.g. "14:00 EST"). On an
    entry of a calendar shared with the reader as Free/Busy (4.0.12), Clio leaves the times
    and nulls the rest: it parses with `redacted` True.
    """

    NOT_FIELDS: ClassVar[frozenset[str]] = frozenset({"redacted"})

    id: StrId  # type: ignore[assignment]
    summary: str | None = None
    description: str | None = None
    location: str | None = None
    start_at: dt.datetime | None = None
    end_at: dt.datetime | None = None
    start_date: dt.date | None = None
    start_time: str | None = None
    end_date: dt.date | None = None
    end_time: str | None = None
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
    redacted: bool = False

    @property
    def occurrence(self) -> bool:
        """One occurrence of a recurring series (Clio names its series as the parent)."""
        parent = self.parent_calendar_entry_id
        return bool(self.recurrence_rule) and parent is not None and str(parent) != self.id


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
