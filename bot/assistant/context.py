"""What a planner may use while turning a draft into a plan: refs, values, Clio."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, overload

from bot.assistant.drafts import Chosen, DraftState, Need
from bot.assistant.files import FileSource
from bot.assistant.identity import unknown_me
from bot.assistant.resolve import Candidate, Resolution, Resolver
from bot.clio import ClioClient
from bot.replies import Requester
from bot.store import Store

if TYPE_CHECKING:
    from bot.assistant.resource import Resource

NOUNS = {
    "matter": "matter",
    "client": "client",
    "contact": "contact",
    "recipient": "contact",
    "company": "company",
    "practice_area": "practice area",
    "task_type": "task type",
}  # others: "person"
PICKERS: dict[str, str | None] = {
    "matter": "matter",
    "client": "contact",
    "contact": "contact",
    "recipient": "contact",
    "company": "contact",
    "practice_area": None,
    "task_type": None,
}  # others: "user"
CONTACT_KINDS = ("client", "contact", "recipient", "company")
ID = re.compile(r"^#?(\d+)$")


@dataclass
class Ctx:
    who: Requester
    clio: ClioClient
    resolver: Resolver
    store: Store
    now: dt.datetime
    draft: DraftState
    files: FileSource | None = None  # the surface's shared files, where it has them
    resource: Resource | None = None  # the registry's entry for the intent's resource

    def collection(self) -> Resource:
        """The Clio collection the request is about (every read or write planner has one)."""
        if self.resource is None:
            raise LookupError(f"no Clio collection for {self.draft.intent.resource!r}")
        return self.resource

    def value(self, name: str, default: Any = None) -> Any:
        """A field: the person's answer to a question wins over what was parsed."""
        if name in self.draft.answers:
            return self.draft.answers[name]
        return self.draft.fields.get(name, default)

    def has(self, name: str) -> bool:
        return name in self.draft.answers or name in self.draft.fields

    @overload
    async def ref(
        self, kind: str, *, required: Literal[True], prompt: str | None = None
    ) -> Candidate: ...

    @overload
    async def ref(
        self,
        kind: str,
        *,
        required: bool = False,
        prompt: str | None = None,
        missing_ok: bool = False,
    ) -> Candidate | None: ...

    async def ref(
        self,
        kind: str,
        *,
        required: bool = False,
        prompt: str | None = None,
        missing_ok: bool = False,
    ) -> Candidate | None:
        """The record the person named for `kind`, resolved; asks when unclear.

        Returns None when nothing was named and the ref is optional, and with `missing_ok` when
        no record at all has that name (several close ones are still asked about).
        """
        slot = f"ref:{kind}"
        if kind in self.draft.resolved:
            chosen = self.draft.resolved[kind]
            return Candidate(int(chosen.id), chosen.label, 100.0)
        text = self.draft.refs.get(kind)
        noun = NOUNS.get(kind, "person")
        picker = PICKERS.get(kind, "user")
        if text is None:
            if not required:
                return None
            raise Need(slot, prompt or f"Which {noun}?", picker=picker)
        resolution = await self._resolve(kind, text)
        if resolution.found is None and picker == "user" and text.strip().lower() == "me":
            raise Need(slot, unknown_me(self.who))
        if resolution.found is not None:
            self.draft.resolved[kind] = Chosen(id=resolution.found.id, label=resolution.found.label)
            return resolution.found
        if resolution.ambiguous:
            self.draft.choices[slot] = [Chosen(id=c.id, label=c.label) for c in resolution.choices]
            raise Need(
                slot,
                f"Which {noun} did you mean by “{text}”?",
                choices=resolution.choices,
                picker=picker,
            )
        if missing_ok and not required:
            return None
        raise Need(slot, f"I couldn't find a {noun} matching “{text}” in Clio.", picker=picker)

    async def _resolve(self, kind: str, text: str) -> Resolution:
        if kind == "matter":
            return await self.resolver.matter(text, self.who)
        if kind in CONTACT_KINDS:
            return await self.resolver.contact(text, kind="Company" if kind == "company" else None)
        if kind == "practice_area":
            return await self.resolver.practice_area(text)
        if kind == "task_type":
            return await self.resolver.task_type(text)
        return await self.resolver.user(text, self.who)

    def record_id(self, kind: str) -> int | None:
        """An explicit id for a record ref ("task 88", "#88", a Clio link), else None."""
        text = self.draft.refs.get(kind)
        match = ID.match(text.strip()) if text else None
        return int(match.group(1)) if match else None

    async def me(self) -> Candidate:
        found = await self.resolver.user("me", self.who)
        if found.found is None:
            raise Need("ref:user", unknown_me(self.who))
        return found.found
