"""A raw Clio API call: a read answered at once, a write confirmed first."""

from __future__ import annotations

from bot.assistant import api_call, lookups, runners
from bot.assistant.resource import Handlers

HANDLERS = Handlers(
    path="api",
    planners={"call": api_call.plan},
    lookups={"call": lookups.call},
    runners={"call": runners.raw_call},
    form={"call": ["method", "path", "body"]},
)
