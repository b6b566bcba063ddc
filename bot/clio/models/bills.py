"""Bills (invoices); Clio generates them, so there is no create."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import Record, WriteModel
from bot.clio.models.stubs import ContactStub, MatterStub

BillState = Literal["draft", "awaiting_approval", "awaiting_payment", "paid", "void", "deleted"]


class Bill(Record):
    number: str | None = None
    subject: str | None = None
    state: str | None = None
    type: str | None = None
    issued_at: dt.date | None = None
    due_at: dt.date | None = None
    paid_at: dt.datetime | None = None
    total: float | None = None
    balance: float | None = None
    paid: float | None = None
    due: float | None = None
    memo: str | None = None
    last_sent_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    client: ContactStub | None = None
    matters: list[MatterStub] | None = None


class BillUpdate(WriteModel):
    state: BillState | None = None
    due_at: dt.date | None = None
    issued_at: dt.date | None = None
    subject: str | None = None
    memo: str | None = None
    purchase_order: str | None = None
