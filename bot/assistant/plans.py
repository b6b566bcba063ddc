"""A planned Clio write: exactly what will be sent, and how to say it in human terms."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from bot.clio.models import WriteModel

WriteAction = Literal["create", "update", "delete", "start", "stop", "call"]


class Plan(BaseModel):
    """One create, update or delete (or a timer start/stop, a raw API call), stored with its
    confirmation until Confirm.

    `body` is the request's `data` (Clio field names, only what is sent); `previous`
    keeps the current values of the fields an update changes, so it can be undone. `model` is
    the body validated as the client's write model by the planner (not stored: None when the
    plan is read back, or when the body would be refused, which is then said before the card). `title` and
    `lines` are plain text (a card escapes them).
    """

    collection: str
    action: WriteAction
    title: str
    lines: list[str] = Field(default_factory=list)
    record_id: int | str | None = None
    body: dict[str, Any] = Field(default_factory=dict)
    etag: str | None = None
    previous: dict[str, Any] | None = None
    matter_id: int | None = None
    file_id: str | None = None  # a shared file whose bytes a document create uploads
    source: dict[str, Any] = Field(default_factory=dict)  # the draft it came from (for Edit)
    model: WriteModel | None = Field(default=None, exclude=True)  # `body` as the client's model

    @property
    def headline(self) -> str:
        """One line: the title and the summary, e.g. "Time entry · 1.5 h · ..."."""
        return " · ".join([self.title, *self.lines])
