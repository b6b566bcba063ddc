"""Documents (a create is an upload of a shared file)."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import documents
from bot.clio import models as m

RESOURCE = Resource(
    path="documents",
    noun="document",
    plural="documents",
    access=lambda clio: clio.documents,
    record=m.Document,
    update=m.DocumentUpdate,
    describe=describe.document,
    ref_params={"matter": "matter_id", "contact": "contact_id", "folder": "parent_id"},
    planners={"create": documents.create, "delete": documents.delete},
    form={"create": ["name", "ref:matter"]},
    labels={"name": "Document name"},
)
