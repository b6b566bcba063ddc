"""The pieces of the resource registry: resources, relations, links and the request context."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .catalog import catalog
from .store import Record, Store

if TYPE_CHECKING:
    from .core import Sandbox


@dataclass
class Ctx:
    """Who is asking (a user record) and the sandbox they ask; caches per-request derived facts."""

    sb: Sandbox
    user: Record
    path_params: Mapping[str, str] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.sb.store

    def now(self) -> datetime:
        return self.sb.clock.now()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.user.get("time_zone") or "UTC")

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    @cached_property
    def visible_contact_ids(self) -> frozenset[int]:
        """Contacts a restricted user may see: their own, matters' clients and related contacts."""
        ids: set[int] = set()
        for matter in self.store.all("matters"):
            ids.add(matter["client_id"])
            ids.update(rel["contact_id"] for rel in matter.get("relationships", []))
        ids.update(
            c["id"] for c in self.store.all("contacts") if c.get("creator_id") == self.user["id"]
        )
        return frozenset(ids)


@dataclass(frozen=True)
class Link:
    """A record of another resource nested in a response; `overrides` adjust its fields there."""

    resource: str
    record: Record
    overrides: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Ref:
    """To-one relation: `record[attr]` holds the id of a `target` record."""

    target: str
    attr: str

    def resolve(self, ctx: Ctx, record: Record) -> Link | None:
        ident = record.get(self.attr)
        found = ctx.store.get(self.target, ident) if ident is not None else None
        return Link(self.target, found) if found else None


@dataclass(frozen=True)
class Refs:
    """To-many relation: `record[attr]` holds a list of `target` ids."""

    target: str
    attr: str

    def resolve(self, ctx: Ctx, record: Record) -> list[Link]:
        found = (ctx.store.get(self.target, ident) for ident in record.get(self.attr) or [])
        return [Link(self.target, r) for r in found if r]


@dataclass(frozen=True)
class Children:
    """One-to-many relation: `target` records whose `attr` holds this record's id."""

    target: str
    attr: str

    def records(self, ctx: Ctx, record: Record) -> list[Record]:
        return [r for r in ctx.store.all(self.target) if r.get(self.attr) == record["id"]]

    def resolve(self, ctx: Ctx, record: Record) -> list[Link]:
        return [Link(self.target, r) for r in self.records(ctx, record)]


Relation = Ref | Refs | Children
Computed = Callable[[Ctx, Record], Any]
Predicate = Callable[[Ctx, Record], bool]
FilterFactory = Callable[[list[str]], Predicate]
Writer = Callable[[Ctx, Record, str, Any], None]
Hook = Callable[[Ctx, Record, "Record | None"], None]
Redaction = tuple[frozenset[str], str]
"""Fields a reader may not see on a record (rendered null) and the flag that says so."""


@dataclass(frozen=True)
class Resource:
    """One Clio resource: where it lives, how it is rendered, filtered, ordered and written."""

    key: str
    path: str
    label: str
    schema: str
    id_base: int
    actions: frozenset[str] = frozenset({"list", "get", "create", "update", "delete"})
    relations: Mapping[str, Relation] = field(default_factory=dict)
    computed: Mapping[str, Computed] = field(default_factory=dict)
    filters: Mapping[str, FilterFactory] = field(default_factory=dict)
    search: Callable[[Ctx, Record], Iterable[str | None]] | None = None
    sort_keys: Mapping[str, Computed] = field(default_factory=dict)
    default_order: str = "id(asc)"
    writes: Mapping[str, Writer] = field(default_factory=dict)
    required: tuple[str, ...] | None = None
    initial: Callable[[Ctx], Record] | None = None
    validate: Hook | None = None
    after_save: Hook | None = None
    on_delete: Callable[[Ctx, Record], None] | None = None
    visible: Predicate | None = None
    redact: Callable[[Ctx, Record], Redaction | None] | None = None
    rows: Callable[[Ctx, Mapping[str, list[str]]], list[Record]] | None = None
    max_limit: int = 200
    check_list: Callable[[Mapping[str, list[str]]], None] | None = None
    webhook_model: str | None = None

    @property
    def create_required(self) -> tuple[str, ...]:
        if self.required is not None:
            return self.required
        return tuple(catalog().resource(self.key).get("create_required", []))

    @property
    def orders(self) -> frozenset[str]:
        listed = catalog().resource(self.key).get("orders", [])
        return frozenset([*listed, "id(asc)", "id(desc)"])

    def can(self, action: str) -> bool:
        return action in self.actions
