"""Contacts: people and companies (clients, opposing parties, providers...)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import model_validator

from bot.clio.models.base import ClioModel, NestedInput, Record, Ref, WriteModel
from bot.clio.models.stubs import ContactStub

ContactType = Literal["Person", "Company"]

ITEM_LIMIT = 20
"""Since 4.0.13 a contact holds at most this many email addresses, phone numbers and addresses
(each); Clio answers 422 past it."""


class EmailAddress(ClioModel):
    id: int | None = None
    address: str | None = None
    name: str | None = None
    primary: bool | None = None


class PhoneNumber(ClioModel):
    id: int | None = None
    number: str | None = None
    name: str | None = None
    primary: bool | None = None


class Address(ClioModel):
    id: int | None = None
    name: str | None = None
    street: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    primary: bool | None = None


class WebSite(ClioModel):
    id: int | None = None
    name: str | None = None
    address: str | None = None
    default_web_site: bool | None = None


class Contact(Record):
    """A contact; with restricted contacts visibility Clio may return a redacted stub."""

    NOT_FIELDS: ClassVar[frozenset[str]] = frozenset({"redacted"})

    name: str | None = None
    type: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    prefix: str | None = None
    title: str | None = None
    is_client: bool | None = None
    primary_email_address: str | None = None
    primary_phone_number: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    company: ContactStub | None = None
    email_addresses: list[EmailAddress] | None = None
    phone_numbers: list[PhoneNumber] | None = None
    addresses: list[Address] | None = None
    web_sites: list[WebSite] | None = None
    redacted: bool = False

    @property
    def hidden(self) -> bool:
        return self.redacted


EmailKind = Literal["Work", "Home", "Other"]
PhoneKind = Literal["Work", "Home", "Mobile", "Fax", "Pager", "Skype", "Other"]
AddressKind = Literal["Work", "Home", "Billing", "Other"]


class EmailAddressNew(WriteModel):
    name: EmailKind | None = None
    address: str | None = None
    default_email: bool | None = None


class PhoneNumberNew(WriteModel):
    name: PhoneKind | None = None
    number: str | None = None
    default_number: bool | None = None


class AddressNew(WriteModel):
    name: AddressKind | None = None
    street: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None


class WebSiteNew(WriteModel):
    name: str | None = None
    address: str | None = None
    default_web_site: bool | None = None


class EmailAddressInput(NestedInput, EmailAddressNew):
    """An email in an update: with `id` it changes (or with `destroy` removes) that one."""


class PhoneNumberInput(NestedInput, PhoneNumberNew):
    pass


class AddressInput(NestedInput, AddressNew):
    pass


class WebSiteInput(NestedInput, WebSiteNew):
    pass


class _ContactFields(WriteModel):
    """What a new contact and a change to one share; their nested lists differ (an update's
    items may name the `id` they change)."""

    name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    prefix: str | None = None
    title: str | None = None
    date_of_birth: dt.date | None = None
    company: Ref | None = None


class ContactUpdate(_ContactFields):
    email_addresses: list[EmailAddressInput] | None = None
    phone_numbers: list[PhoneNumberInput] | None = None
    addresses: list[AddressInput] | None = None
    web_sites: list[WebSiteInput] | None = None


class ContactCreate(_ContactFields):
    """A new contact: a Person needs a first or last name, a Company a name.

    The spec requires `name` for both; for a Person it is filled from the first and last
    names when not given.
    """

    type: ContactType
    email_addresses: list[EmailAddressNew] | None = None
    phone_numbers: list[PhoneNumberNew] | None = None
    addresses: list[AddressNew] | None = None
    web_sites: list[WebSiteNew] | None = None

    @model_validator(mode="after")
    def _full_name(self) -> ContactCreate:
        if self.name is None and self.type == "Person":
            parts = [p for p in (self.first_name, self.middle_name, self.last_name) if p]
            if parts:
                self.name = " ".join(parts)
        return self
