"""A request being completed: the parsed intent plus what the person has answered so far."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from bot.assistant.resolve import Candidate
from intents.model import Intent


class Chosen(BaseModel):
    id: int | str
    label: str


class DraftState(BaseModel):
    """Stored between questions; `choices` remembers what each pick button stood for.

    `intent` is the typed `Intent` the parser gave (its values in their JSON shape, so a stored
    draft reads back the same after a restart).
    """

    intent: Intent
    resolved: dict[str, Chosen] = Field(default_factory=dict)
    answers: dict[str, Any] = Field(default_factory=dict)
    choices: dict[str, list[Chosen]] = Field(default_factory=dict)

    @property
    def fields(self) -> dict[str, Any]:
        return self.intent.fields

    @property
    def refs(self) -> dict[str, str]:
        return self.intent.refs


class Need(Exception):
    """The request cannot go on without the person: a pick, or a missing value.

    `slot` names what is missing: `ref:<kind>` for a record, else a field name. `prompt` is plain
    text (it may quote what the person typed, or a Clio name).
    """

    def __init__(
        self,
        slot: str,
        prompt: str,
        *,
        choices: list[Candidate] | None = None,
        picker: str | None = None,
        ask: str | None = None,
    ):
        super().__init__(prompt)
        self.slot = slot
        self.prompt = prompt
        self.choices = choices or []
        self.picker = picker
        self.ask = ask
