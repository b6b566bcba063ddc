"""Calendar entries."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import calendar
from bot.clio import models as m

RESOURCE = Resource(
    path="calendar_entries",
    noun="calendar entry",
    plural="calendar entries",
    access=lambda clio: clio.calendar_entries,
    record=m.CalendarEntry,
    create=m.CalendarEntryCreate,
    update=m.CalendarEntryUpdate,
    describe=describe.calendar_entry,
    ref_params={"matter": "matter_id", "user": "calendar_id", "assignee": "calendar_id"},
    planners={"create": calendar.create, "update": calendar.update, "delete": calendar.delete},
    form={
        "create": [
            "summary",
            "start_at",
            "end_at",
            "all_day",
            "location",
            "description",
            "ref:matter",
            "recurrence_rule",
            "ref:calendar",
            "ref:attendees",
        ]
    },
)
