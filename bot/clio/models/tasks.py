"""Tasks, assigned to a user or a contact."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import DayAsTimestamp, ParticipantRef, Record, Ref, WriteModel
from bot.clio.models.stubs import MatterStub, ParticipantStub, TaskTypeStub, UserStub

TaskPriority = Literal["High", "Normal", "Low"]
TaskStatus = Literal["pending", "in_progress", "in_review", "complete", "draft"]
TaskPermission = Literal["private", "public"]


class Task(Record):
    name: str | None = None
    description: str | None = None
    status: str | None = None
    priority: str | None = None
    due_at: dt.date | None = None
    permission: str | None = None
    completed_at: dt.datetime | None = None
    statute_of_limitations: bool | None = None
    time_estimated: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    assignee: ParticipantStub | None = None
    assigner: UserStub | None = None
    task_type: TaskTypeStub | None = None


class TaskUpdate(WriteModel):
    name: str | None = None
    description: str | None = None
    assignee: ParticipantRef | None = None
    due_at: DayAsTimestamp | None = None
    priority: TaskPriority | None = None
    status: TaskStatus | None = None
    permission: TaskPermission | None = None
    matter: Ref | None = None
    task_type: Ref | None = None
    notify_assignee: bool | None = None
    notify_completion: bool | None = None
    time_estimated: int | None = None


class TaskCreate(TaskUpdate):
    name: str
    description: str
    assignee: ParticipantRef
    statute_of_limitations: bool | None = None
