"""Practice areas (family, personal injury, real estate...)."""

from __future__ import annotations

from bot.clio.models.base import Record, WriteModel


class PracticeArea(Record):
    name: str | None = None
    code: str | None = None
    category: str | None = None


class PracticeAreaUpdate(WriteModel):
    name: str | None = None
    code: str | None = None
    category: str | None = None


class PracticeAreaCreate(PracticeAreaUpdate):
    name: str
