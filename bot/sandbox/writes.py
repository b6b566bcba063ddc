"""Writer factories: how one attribute of a request's `data` object is validated and stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from . import redaction
from .errors import ApiError, not_found, unprocessable
from .model import Ctx, Writer
from .store import Record
from .timeutil import iso, parse_date, parse_datetime

TRUTHY = (True, "true", "1", 1)


def text(
    attr: str | None = None,
    *,
    choices: Iterable[str] | None = None,
    stored: Callable[[str], Any] | None = None,
) -> Writer:
    """A string; `choices` restricts the accepted values, `stored` converts before storing."""
    allowed = tuple(choices) if choices is not None else None

    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            raise unprocessable(f"{name} must be a string")
        if value is not None and allowed is not None and value not in allowed:
            raise unprocessable(f"{name} must be one of: {', '.join(allowed)}")
        record[attr or name] = stored(value) if stored and value is not None else value

    return write


def number(attr: str | None = None, *, integer: bool = False) -> Writer:
    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        if value is None:
            record[attr or name] = None
            return
        try:
            parsed = int(value) if integer else float(value)
        except (TypeError, ValueError):
            raise unprocessable(f"{name} must be a number") from None
        if isinstance(value, bool):
            raise unprocessable(f"{name} must be a number")
        record[attr or name] = parsed

    return write


def boolean(attr: str | None = None) -> Writer:
    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        if value not in (True, False, "true", "false", 1, 0, "1", "0"):
            raise unprocessable(f"{name} must be true or false")
        record[attr or name] = value in TRUTHY

    return write


def day(attr: str | None = None) -> Writer:
    """A date, stored as `YYYY-MM-DD` (a timestamp is cut to its date)."""

    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        try:
            record[attr or name] = parse_date(value).isoformat() if value else None
        except (TypeError, ValueError):
            raise unprocessable(f"{name} must be a date (YYYY-MM-DD)") from None

    return write


def moment(attr: str | None = None) -> Writer:
    """A timestamp, stored in UTC."""

    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        try:
            record[attr or name] = iso(parse_datetime(value)) if value else None
        except (TypeError, ValueError):
            raise unprocessable(f"{name} must be an ISO 8601 timestamp") from None

    return write


def ref_id(value: Any, name: str) -> int | None:
    """The id in `{"id": N}` (or a bare N); None clears the reference."""
    if value is None:
        return None
    ident = value.get("id") if isinstance(value, dict) else value
    if ident is None:
        raise unprocessable(f"{name} must be an object with an id")
    try:
        return int(ident)
    except (TypeError, ValueError):
        raise unprocessable(f"{name} must be an object with an id") from None


def load_ref(ctx: Ctx, target: str, ident: int, *, hidden_status: int = 422) -> Record:
    """A referenced record, or 404; a contact the user may not see answers `hidden_status`."""
    from .registry import REGISTRY

    found = ctx.store.get(target, ident)
    if found is None:
        raise not_found(REGISTRY[target].label, ident)
    if target == "contacts" and not redaction.contact_visible(ctx, found):
        if hidden_status == 404:
            raise not_found("Contact", ident)
        raise unprocessable(f"Contact with id {ident} is not visible to the current user")
    return found


def ref(target: str, attr: str, *, hidden_status: int = 422) -> Writer:
    """A reference `{"id": N}` to a `target` record, stored as its id in `attr`."""

    def write(ctx: Ctx, record: Record, name: str, value: Any) -> None:
        ident = ref_id(value, name)
        if ident is not None:
            load_ref(ctx, target, ident, hidden_status=hidden_status)
        record[attr] = ident

    return write


def items(
    attr: str | None = None,
    *,
    allowed: Iterable[str],
    rename: Mapping[str, str] | None = None,
    primary: str | None = None,
) -> Writer:
    """A nested collection: items with `id` update, without create, with `_destroy: true` delete.

    `rename` maps body names to stored names (e.g. `default_email` -> `primary`); when an item
    becomes `primary`, the others stop being so.
    """
    keys = tuple(allowed)
    names = dict(rename or {})

    def write(ctx: Ctx, record: Record, name: str, value: Any) -> None:
        if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
            raise unprocessable(f"{name} must be a list of objects")
        current = [dict(item) for item in record.get(attr or name) or []]
        for item in value:
            fields = {names.get(k, k): v for k, v in item.items() if k in keys}
            if item.get("id") is not None:
                existing = next((c for c in current if c["id"] == ref_id(item["id"], name)), None)
                if existing is None:
                    raise not_found(name, item["id"])
                if item.get("_destroy") in TRUTHY:
                    current.remove(existing)
                    continue
                existing.update(fields)
                target = existing
            else:
                target = {"id": ctx.sb.next_id("nested"), **fields}
                target.setdefault("created_at", iso(ctx.now()))
                current.append(target)
            target["updated_at"] = iso(ctx.now())
            if primary and target.get(primary) in TRUTHY:
                for other in current:
                    other[primary] = other is target
        record[attr or name] = current

    return write


def refused(instead: str) -> Writer:
    """An attribute Clio no longer takes: 422 naming it and what to send `instead`."""

    def write(_ctx: Ctx, _record: Record, name: str, _value: Any) -> None:
        raise unprocessable(f"{name} is not accepted; use {instead}", type="ArgumentError")

    return write


def ignored(_ctx: Ctx, _record: Record, _name: str, _value: Any) -> None:
    """Accepted for compatibility; the sandbox does not model it."""


def require(condition: bool, message: str) -> None:
    if not condition:
        raise ApiError(422, message, type="RecordInvalid")
