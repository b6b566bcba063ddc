"""Turning stored records into Clio-shaped JSON for a selection of fields, as seen by one user."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from . import redaction
from .catalog import Field, catalog
from .fields import Pick, Selection
from .model import Ctx, Link, Resource
from .store import Record
from .timeutil import local_iso


def value_of(ctx: Ctx, res: Resource, record: Record, name: str) -> Any:
    """A field's raw value: a relation's Link(s), a computed value, or what is stored."""
    relation = res.relations.get(name)
    if relation is not None:
        return relation.resolve(ctx, record)
    compute = res.computed.get(name)
    if compute is not None:
        return compute(ctx, record)
    return record.get(name)


def render(
    ctx: Ctx,
    res: Resource,
    record: Record,
    picks: Selection,
    *,
    schema: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    fields = catalog().schema(schema or res.schema)
    hidden = res.redact(ctx, record) if res.redact else None
    out: dict[str, Any] = {}
    for pick in picks:
        field = fields.get(pick.name)
        if field is None:
            continue
        if hidden and pick.name in hidden[0]:
            out[pick.name] = None
            continue
        if overrides and pick.name in overrides:
            raw = overrides[pick.name]
        else:
            raw = value_of(ctx, res, record, pick.name)
        out[pick.name] = shape(ctx, field, raw, pick.sub)
    if hidden:
        out[hidden[1]] = True
    return out


def shape(ctx: Ctx, field: Field, raw: Any, sub: tuple[str, ...] | None) -> Any:
    if not field.nested:
        return coerce(ctx, field.type, raw)
    names = sub or catalog().defaults(field.type)
    if field.many:
        return [_nested(ctx, field.type, item, names) for item in raw or []]
    return None if raw is None else _nested(ctx, field.type, raw, names)


def _nested(ctx: Ctx, schema: str, item: Any, names: tuple[str, ...]) -> Any:
    if isinstance(item, Link):
        from .registry import REGISTRY

        if item.resource == "contacts" and not redaction.contact_visible(ctx, item.record):
            return redaction.contact_stub(item.record, item.overrides.get("type"))
        picks = tuple(Pick(name) for name in names)
        target = REGISTRY[item.resource]
        return render(
            ctx, target, item.record, picks, schema=schema, overrides=dict(item.overrides)
        )
    if isinstance(item, dict):
        fields = catalog().schema(schema)
        if "etag" in names and "etag" not in item:
            item = {**item, "etag": embedded_etag(item)}
        return {n: shape(ctx, fields[n], item.get(n), None) for n in names if n in fields}
    return item


def embedded_etag(item: dict[str, Any]) -> str:
    """Items stored inside a record (emails, relationships...) get an etag from their content."""
    digest = hashlib.md5(json.dumps(item, sort_keys=True, default=str).encode()).hexdigest()
    return f'"{digest}"'


def coerce(ctx: Ctx, kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "integer" and not isinstance(value, bool):
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "string" and isinstance(value, int | float):
        return str(value)
    if kind == "boolean":
        return bool(value)
    if kind == "date-time" and isinstance(value, str):
        return local_iso(value, ctx.tz)
    return value
