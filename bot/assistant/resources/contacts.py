"""Contacts: people and companies."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import contacts
from bot.clio import models as m

DETAILS = ["title", "ref:company", "email", "phone", "address", "website"]
PERSON = ["first_name", "middle_name", "last_name", "prefix", *DETAILS]

RESOURCE = Resource(
    path="contacts",
    noun="contact",
    plural="contacts",
    access=lambda clio: clio.contacts,
    record=m.Contact,
    create=m.ContactCreate,
    update=m.ContactUpdate,
    describe=describe.contact,
    planners={"create": contacts.create, "update": contacts.update, "delete": contacts.delete},
    form={
        "Person": PERSON,
        "create": PERSON,
        "Company": ["name", *DETAILS],
        "update": ["first_name", "last_name", "name", *DETAILS],
    },
    labels={"name": "Name"},
)
