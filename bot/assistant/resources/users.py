"""The firm's users (read only)."""

from __future__ import annotations

from bot.assistant import describe
from bot.assistant.resource import Resource
from bot.clio import models as m

RESOURCE = Resource(
    path="users",
    noun="user",
    plural="users",
    access=lambda clio: clio.users,
    record=m.User,
    describe=describe.user,
)
