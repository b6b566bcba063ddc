"""Tasks."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.assistant.writes import tasks
from bot.clio import models as m

RESOURCE = Resource(
    path="tasks",
    noun="task",
    plural="tasks",
    access=lambda clio: clio.tasks,
    record=m.Task,
    create=m.TaskCreate,
    update=m.TaskUpdate,
    describe=describe.task,
    ref_params={
        "matter": "matter_id",
        "client": "client_id",
        "assignee": "assignee_id",
        "user": "assignee_id",
        "task_type": "task_type_id",
    },
    planners={"create": tasks.create, "update": tasks.update, "delete": tasks.delete},
    form={
        "create": [
            "name",
            "description",
            "due_at",
            "priority",
            "status",
            "ref:assignee",
            "ref:matter",
            "permission",
            "statute_of_limitations",
            "ref:task_type",
        ]
    },
)
