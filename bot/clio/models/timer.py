"""The running timer (one per user)."""

from __future__ import annotations

import datetime as dt

from bot.clio.models.base import Record, Ref, WriteModel
from bot.clio.models.stubs import ActivityStub


class Timer(Record):
    start_time: dt.datetime | None = None
    elapsed_time: float | None = None  # hours
    activity: ActivityStub | None = None


class TimerStart(WriteModel):
    activity: Ref
