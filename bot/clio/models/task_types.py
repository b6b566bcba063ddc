"""Task types: the firm's kinds of task ("Court Filing", "Research"); disabled, never deleted."""

from __future__ import annotations

import datetime as dt

from bot.clio.models.base import Record, WriteModel


class TaskType(Record):
    name: str | None = None
    deleted_at: dt.datetime | None = None  # set: the type is disabled
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class TaskTypeUpdate(WriteModel):
    name: str | None = None
    deleted_at: dt.date | None = None  # a day disables the type, None enables it again


class TaskTypeCreate(TaskTypeUpdate):
    name: str
