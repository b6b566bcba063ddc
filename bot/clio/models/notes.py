"""Notes on a matter or a contact."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import Record, Ref, WriteModel
from bot.clio.models.stubs import ContactStub, MatterStub, UserStub

NoteType = Literal["Matter", "Contact"]


class Note(Record):
    type: str | None = None
    subject: str | None = None
    detail: str | None = None
    date: dt.date | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    contact: ContactStub | None = None
    author: UserStub | None = None


class NoteUpdate(WriteModel):
    subject: str | None = None
    detail: str | None = None
    date: dt.date | None = None


class NoteCreate(NoteUpdate):
    """A new note: `matter` for a Matter note, `contact` for a Contact note."""

    type: NoteType
    matter: Ref | None = None
    contact: Ref | None = None
