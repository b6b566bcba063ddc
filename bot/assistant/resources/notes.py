"""Notes on matters and contacts."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import notes
from bot.clio import models as m

RESOURCE = Resource(
    path="notes",
    noun="note",
    plural="notes",
    access=lambda clio: clio.notes,
    record=m.Note,
    create=m.NoteCreate,
    update=m.NoteUpdate,
    describe=describe.note,
    ref_params={"matter": "matter_id", "contact": "contact_id", "client": "contact_id"},
    planners={"create": notes.create, "update": notes.update, "delete": notes.delete},
    form={"create": ["subject", "detail", "date", "ref:matter"]},
)
