"""A contact's nested emails, phones, addresses and web sites as the one line an Edit form shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _first(key: str, value: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    def read(body: dict[str, Any]) -> Any:
        items = body.get(key) or []
        return value(items[0]) if items else None

    return read


def address(item: dict[str, Any]) -> str:
    """ "1 Main St, Springfield, IL 62701": the parts as `intents.contacts.parse_address` reads them."""
    region = " ".join(str(item[k]) for k in ("province", "postal_code") if item.get(k))
    parts = [item.get("street"), item.get("city"), region, item.get("country")]
    return ", ".join(str(p) for p in parts if p)


PREFILL: dict[str, Callable[[dict[str, Any]], Any]] = {
    "email": _first("email_addresses", lambda item: item.get("address")),
    "phone": _first("phone_numbers", lambda item: item.get("number")),
    "address": _first("addresses", address),
    "website": _first("web_sites", lambda item: item.get("address")),
}
