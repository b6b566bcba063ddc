"""Communications: logged phone calls and emails."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import AwareDatetime, Field

from bot.clio.models.base import Record, Ref, WriteModel
from bot.clio.models.stubs import MatterStub, ParticipantStub, UserStub

CommunicationType = Literal["PhoneCommunication", "EmailCommunication"]


class Communication(Record):
    """A logged call or email; `date` is the day of `received_at` (Clio still returns it)."""

    type: str | None = None
    subject: str | None = None
    body: str | None = None
    date: dt.date | None = None
    received_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    user: UserStub | None = None
    senders: list[ParticipantStub] | None = None
    receivers: list[ParticipantStub] | None = None


class CommunicationParty(WriteModel):
    """A sender or receiver in a write; `deleted=True` (sent as `_deleted`) removes it."""

    id: int
    type: Literal["User", "Contact"]
    deleted: bool | None = Field(default=None, alias="_deleted")


class CommunicationUpdate(WriteModel):
    """A change; Clio dates a communication by `received_at` only (it takes no `date`)."""

    type: CommunicationType | None = None
    subject: str | None = None
    body: str | None = None
    received_at: AwareDatetime | None = None
    matter: Ref | None = None
    senders: list[CommunicationParty] | None = None
    receivers: list[CommunicationParty] | None = None


class CommunicationCreate(CommunicationUpdate):
    type: CommunicationType
    subject: str
    body: str
    received_at: AwareDatetime
