"""Communications: phone calls and emails."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import communications
from bot.clio import models as m

FIELDS = ["type", "subject", "body", "received_at"]

RESOURCE = Resource(
    path="communications",
    noun="communication",
    plural="communications",
    access=lambda clio: clio.communications,
    record=m.Communication,
    create=m.CommunicationCreate,
    update=m.CommunicationUpdate,
    describe=describe.communication,
    ref_params={"matter": "matter_id", "contact": "contact_id", "user": "user_id"},
    planners={
        "create": communications.create,
        "update": communications.update,
        "delete": communications.delete,
    },
    form={"create": [*FIELDS, "ref:contact", "ref:matter"], "update": [*FIELDS, "ref:matter"]},
    labels={"contact": "With (contact or @person)"},
)
