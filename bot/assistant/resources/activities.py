"""Time and expense entries."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import activities
from bot.clio import models as m

TIME_ENTRY = ["quantity", "date", "ref:matter", "note", "non_billable", "ref:activity_description"]

RESOURCE = Resource(
    path="activities",
    noun="time entry",
    plural="time and expense entries",
    access=lambda clio: clio.activities,
    record=m.Activity,
    create=m.ActivityCreate,
    update=m.ActivityUpdate,
    describe=describe.activity,
    ref_params={"matter": "matter_id", "user": "user_id"},
    planners={
        "create": activities.create,
        "update": activities.update,
        "delete": activities.delete,
    },
    form={
        "TimeEntry": TIME_ENTRY,
        "create": TIME_ENTRY,
        "ExpenseEntry": ["price", "date", "ref:matter", "note", "non_billable"],
    },
)
