"""Clio Payments: payment links and the payments made through them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import ClioModel, Record, Ref, WriteModel
from bot.clio.models.stubs import BillStub, ContactStub, UserStub


class BankAccountStub(ClioModel):
    id: int
    name: str | None = None


class BankAccount(Record):
    """A bank account; payment links pay into one with Clio Payments enabled."""

    name: str | None = None
    type: str | None = None
    currency: str | None = None
    clio_payments_enabled: bool | None = None
    default_account: bool | None = None


class PaymentLink(Record):
    url: str | None = None
    active: bool | None = None
    amount: float | None = None
    currency: str | None = None
    description: str | None = None
    email_address: str | None = None
    expires_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    bill: BillStub | None = None
    contact: ContactStub | None = None
    destination_account: BankAccountStub | None = None


class PaymentSubject(WriteModel):
    id: int
    type: Literal["BankAccount", "Bill", "Contact"]


class PaymentLinkUpdate(WriteModel):
    expired: bool | None = None


class PaymentLinkCreate(WriteModel):
    """A link to pay a bill or a contact's balance; `duration` in seconds (max 90 days)."""

    currency: str
    description: str
    destination_account: Ref
    duration: int
    subject: PaymentSubject
    amount: float | None = None
    email_address: str | None = None
    destination_contact: Ref | None = None
    is_allocated_as_revenue: bool | None = None


class Payment(ClioModel):
    """A payment made through Clio Payments (the spec gives it no etag)."""

    id: int
    amount: float | None = None
    currency: str | None = None
    state: str | None = None
    description: str | None = None
    confirmation_number: str | None = None
    email_address: str | None = None
    created_at: dt.datetime | None = None
    contact: ContactStub | None = None
    bills: list[BillStub] | None = None
    user: UserStub | None = None
