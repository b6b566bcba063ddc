"""Folders of documents."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import folders
from bot.clio import models as m

RESOURCE = Resource(
    path="folders",
    noun="folder",
    plural="folders",
    access=lambda clio: clio.folders,
    record=m.Folder,
    create=m.FolderCreate,
    update=m.FolderUpdate,
    describe=describe.folder,
    ref_params={"matter": "matter_id", "contact": "contact_id", "folder": "parent_id"},
    planners={"create": folders.create, "update": folders.update, "delete": folders.delete},
    form={"create": ["name", "ref:matter"]},
    labels={"name": "Folder name"},
)
