"""The timer: started on a new time entry, looked at, stopped (no collection of its own)."""

from __future__ import annotations

from bot.assistant import lookups, runners
from bot.assistant.resource import Handlers
from bot.assistant.writes import timer

HANDLERS = Handlers(
    path="timer",
    planners={"start": timer.start},
    lookups={"get": lookups.timer, "stop": lookups.stop_timer},
    runners={"start": runners.start_timer, "stop": runners.stop_timer},
    form={"start": ["ref:matter", "note"]},
)
