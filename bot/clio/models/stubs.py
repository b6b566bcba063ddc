"""Nested records as they appear inside other records (one level of `fields`)."""

from __future__ import annotations

from typing import ClassVar

from bot.clio.models.base import ClioModel, StrId


class UserStub(ClioModel):
    id: int
    name: str | None = None
    email: str | None = None


class ContactStub(ClioModel):
    """A contact inside another record; a redacted one has a masked name and `redacted`."""

    NOT_FIELDS: ClassVar[frozenset[str]] = frozenset({"redacted"})

    id: int
    name: str | None = None
    type: str | None = None
    redacted: bool = False

    @property
    def hidden(self) -> bool:
        return self.redacted


class ParticipantStub(ContactStub):
    """A user or contact taking part (task assignee, communication sender or receiver)."""


class MatterStub(ClioModel):
    id: int
    display_number: str | None = None
    description: str | None = None

    @property
    def label(self) -> str:
        parts = [p for p in (self.display_number, self.description) if p]
        return ": ".join(parts) if parts else f"matter {self.id}"


class PracticeAreaStub(ClioModel):
    id: int
    name: str | None = None


class CalendarStub(ClioModel):
    id: int
    name: str | None = None


class CalendarEntryStub(ClioModel):
    id: StrId


class ActivityDescriptionStub(ClioModel):
    id: int
    name: str | None = None


class BillStub(ClioModel):
    id: int
    number: str | None = None


class FolderStub(ClioModel):
    id: int
    name: str | None = None
    type: str | None = None


class TaskTypeStub(ClioModel):
    id: int
    name: str | None = None


class TaskStub(ClioModel):
    id: int


class ActivityStub(ClioModel):
    id: int
