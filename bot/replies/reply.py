"""What the bot answers (the core, connections), independent of the surface that shows it.

A reply's `text` and a card's `lines` and `note` are Slack mrkdwn (`*bold*`, `<url|label>`), the
primary surface's markup; other surfaces translate it. Text from people or Clio (names, notes,
summaries, Clio's messages) goes in through `bot.mrkdwn.escape`, so it shows as typed and never
mentions, links or notifies anyone. Titles, button labels, placeholders and confirm dialogs are
plain text, as Slack shows them: nothing in them is escaped.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Style = Literal["primary", "danger"]
Visibility = Literal["requester", "thread", "channel"]
"""Who sees a reply: only the requester (confirmations, questions, problems), the thread it
answers (reads, shown privately on surfaces without threads), or the whole channel."""


class ConfirmDialog(BaseModel):
    """A second "are you sure?" before a button acts (deletes)."""

    title: str
    text: str
    ok: str = "Delete"
    cancel: str = "Keep it"


class Button(BaseModel):
    """An action the person can take; `value` is an opaque server-side key, never data."""

    label: str
    action: str
    value: str = ""
    style: Style | None = None
    confirm: ConfirmDialog | None = None
    url: str | None = None


class Picker(BaseModel):
    """A searchable choice backed by Clio (an external select on Slack)."""

    action: str
    value: str
    placeholder: str
    kind: Literal["matter", "contact", "user"] = "matter"


class Ask(BaseModel):
    """A free-text answer requested in place (e.g. a missing duration)."""

    action: str
    value: str
    label: str
    placeholder: str = ""


class Card(BaseModel):
    title: str | None = None
    lines: list[str] = Field(default_factory=list)
    buttons: list[Button] = Field(default_factory=list)
    picker: Picker | None = None
    ask: Ask | None = None
    note: str | None = None


class Attachment(BaseModel):
    """A text too long for a card (a raw API reply): each surface decides how to hand it over."""

    filename: str
    title: str
    content: str


class Reply(BaseModel):
    """One answer: cards, a plain-text fallback, and where it goes."""

    text: str
    cards: list[Card] = Field(default_factory=list)
    visibility: Visibility = "requester"
    replace: bool = False
    attachment: Attachment | None = None

    @classmethod
    def notice(cls, text: str, *, replace: bool = False) -> Reply:
        """A short sentence, e.g. an error in plain words."""
        return cls(text=text, cards=[Card(lines=[text])], replace=replace)
