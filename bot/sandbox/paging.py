"""Limits, ordering and cursor paging for index endpoints (`meta.paging.next`, `page_token`)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from .errors import ApiError, bad_request
from .model import Ctx, Link, Resource
from .store import Record

ORDER = re.compile(r"(?P<field>[\w.]+)\((?P<direction>asc|desc)\)")
MAX_OFFSET = 10_000


def parse_limit(raw: str | None, maximum: int) -> int:
    if raw is None:
        return maximum
    try:
        limit = int(raw)
    except ValueError:
        raise bad_request("limit must be an integer") from None
    if not 1 <= limit <= maximum:
        raise bad_request(f"limit must be between 1 and {maximum}")
    return limit


def encode_token(state: dict[str, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


def decode_token(token: str) -> dict[str, int]:
    try:
        padded = token + "=" * (-len(token) % 4)
        state = json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError):
        raise bad_request("page_token is invalid") from None
    if not isinstance(state, dict) or not all(isinstance(v, int) for v in state.values()):
        raise bad_request("page_token is invalid")
    return state


def path_value(ctx: Ctx, res: Resource, record: Record, path: str) -> Any:
    """A sortable value for `field` or `relation.field`."""
    from .registry import REGISTRY
    from .render import value_of

    head, _, rest = path.partition(".")
    value = value_of(ctx, res, record, head)
    if rest and isinstance(value, Link):
        if rest in value.overrides:
            return value.overrides[rest]
        return value_of(ctx, REGISTRY[value.resource], value.record, rest)
    return None if isinstance(value, Link | list | dict) else value


def sort_records(ctx: Ctx, res: Resource, records: list[Record], order: str) -> list[Record]:
    match = ORDER.fullmatch(order)
    if match is None or order not in res.orders:
        raise bad_request(f"order {order!r} is not one of: {', '.join(sorted(res.orders))}")
    field, descending = match["field"], match["direction"] == "desc"
    custom = res.sort_keys.get(field)
    getter: Callable[[Record], Any] = (
        (lambda r: custom(ctx, r)) if custom else (lambda r: path_value(ctx, res, r, field))
    )

    def key(record: Record) -> tuple[bool, Any, int]:
        value = getter(record)
        if isinstance(value, str):
            value = value.lower()
        return (value is None, value if value is not None else 0, record["id"])

    if field == "id":
        return sorted(records, key=lambda r: r["id"], reverse=descending)
    return sorted(records, key=key, reverse=descending)


def page(
    records: list[Record], *, order: str, limit: int, token: str | None, offset: str | None
) -> tuple[list[Record], dict[str, int] | None]:
    """The requested page and the state for the next page's token (None on the last page)."""
    start = 0
    if token:
        state = decode_token(token)
        if "after" in state:
            records = [r for r in records if r["id"] > state["after"]]
        elif "before" in state:
            records = [r for r in records if r["id"] < state["before"]]
        else:
            start = state.get("offset", 0)
    elif offset is not None:
        try:
            start = int(offset)
        except ValueError:
            raise bad_request("offset must be an integer") from None
        if start > MAX_OFFSET or start < 0:
            raise ApiError(422, f"offset must be between 0 and {MAX_OFFSET}", type="ArgumentError")
    chunk = records[start : start + limit]
    if start + limit >= len(records) or not chunk:
        return chunk, None
    if order == "id(asc)":
        return chunk, {"after": chunk[-1]["id"]}
    if order == "id(desc)":
        return chunk, {"before": chunk[-1]["id"]}
    return chunk, {"offset": start + limit}


def next_url(base: str, params: list[tuple[str, str]], state: dict[str, int]) -> str:
    """`base` with the request's parameters repeated, minus paging ones, plus the new page token."""
    kept = [(k, v) for k, v in params if k not in ("page_token", "offset")]
    kept.append(("page_token", encode_token(state)))
    return f"{base}?{urlencode(kept, safe=',()')}"
