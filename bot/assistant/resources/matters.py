"""Matters."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import matters
from bot.clio import models as m

DETAILS = [
    "ref:practice_area",
    "ref:responsible_attorney",
    "ref:responsible_staff",
    "ref:originating_attorney",
    "billable",
    "open_date",
]

RESOURCE = Resource(
    path="matters",
    noun="matter",
    plural="matters",
    access=lambda clio: clio.matters,
    record=m.Matter,
    create=m.MatterCreate,
    update=m.MatterUpdate,
    describe=describe.matter,
    ref_params={
        "client": "client_id",
        "user": "responsible_attorney_id",
        "practice_area": "practice_area_id",
        "responsible_attorney": "responsible_attorney_id",
        "responsible_staff": "responsible_staff_id",
        "originating_attorney": "originating_attorney_id",
    },
    planners={"create": matters.create, "update": matters.update, "delete": matters.delete},
    form={
        "create": ["description", "ref:client", "status", *DETAILS],
        "update": ["description", "status", *DETAILS],
    },
)
