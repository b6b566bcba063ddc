"""Helpers shared by resources: polymorphic links, participants and nested time entries."""

from __future__ import annotations

from typing import Any

from ..errors import unprocessable
from ..model import Ctx, Link
from ..store import Record
from ..writes import load_ref, ref_id

FIRM_NAME = "Demo Firm LLP"


def user_link(user: Record) -> Link:
    """A user nested where Clio nests participants (tasks, communications): `type` is "User"."""
    return Link("users", user, {"type": "User", "identifier": user.get("email")})


def party_link(ctx: Ctx, kind: str, ident: int) -> Link | None:
    """A `{type: User|Contact, id}` participant as a Link."""
    if kind == "User":
        user = ctx.store.get("users", ident)
        return user_link(user) if user else None
    contact = ctx.store.get("contacts", ident)
    return Link("contacts", contact) if contact else None


def parties(ctx: Ctx, items: list[dict[str, Any]]) -> list[Link]:
    found = (party_link(ctx, item["type"], item["id"]) for item in items)
    return [link for link in found if link is not None]


def read_party(ctx: Ctx, name: str, value: Any, *, hidden_status: int) -> dict[str, Any]:
    """Validate `{id, type: User|Contact}` and return it in stored form."""
    if not isinstance(value, dict):
        raise unprocessable(f"{name} must be an object with id and type")
    kind = value.get("type")
    if kind not in ("User", "Contact"):
        raise unprocessable(f"{name}.type must be User or Contact")
    ident = ref_id(value, name)
    if ident is None:
        raise unprocessable(f"{name}.id can't be blank")
    load_ref(ctx, "users" if kind == "User" else "contacts", ident, hidden_status=hidden_status)
    return {"type": kind, "id": ident}


def time_entries(attr: str) -> Any:
    """Computed field: TimeEntries pointing at this record through `attr`."""

    def compute(ctx: Ctx, record: Record) -> list[Link]:
        return [
            Link("activities", a)
            for a in ctx.store.all("activities")
            if a.get(attr) == record["id"] and a.get("type") == "TimeEntry"
        ]

    return compute


def time_entries_count(attr: str) -> Any:
    entries = time_entries(attr)
    return lambda ctx, record: len(entries(ctx, record))


def account(_ctx: Ctx, _record: Record) -> dict[str, Any]:
    return {"id": 1, "name": FIRM_NAME, "state": "active"}
