"""4.0.13's association limits: at most 20 email addresses, phone numbers and addresses on a
contact; a create or update that would pass them is answered 422 in Clio's error envelope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.sandbox import Sandbox

from .helpers import contact_id

ITEMS: dict[str, tuple[str, Any]] = {
    "email_addresses": (
        "email addresses",
        lambda n: {"name": "Other", "address": f"x{n}@example.com"},
    ),
    "phone_numbers": ("phone numbers", lambda n: {"name": "Other", "number": f"212-555-{n:04d}"}),
    "addresses": ("addresses", lambda n: {"name": "Other", "street": f"{n} Main St"}),
}


def items(kind: str, count: int, start: int = 0) -> list[dict[str, Any]]:
    make = ITEMS[kind][1]
    return [make(start + n) for n in range(count)]


@pytest.mark.parametrize("kind", sorted(ITEMS))
async def test_create_with_twenty_is_accepted_twenty_one_refused(
    client: httpx.AsyncClient, kind: str
) -> None:
    person = {"type": "Person", "first_name": "Ada", "last_name": "Lovelace"}
    fields = {"fields": f"id,{kind}"}
    full = await client.post(
        "/api/v4/contacts.json", params=fields, json={"data": {**person, kind: items(kind, 20)}}
    )
    assert full.status_code == 201, full.text
    assert len(full.json()["data"][kind]) == 20
    over = await client.post(
        "/api/v4/contacts.json", params=fields, json={"data": {**person, kind: items(kind, 21)}}
    )
    assert over.status_code == 422
    words = ITEMS[kind][0]
    assert over.json() == {
        "error": {
            "type": "RecordInvalid",
            "message": f"A contact can have at most 20 {words}; this would make 21",
        }
    }


@pytest.mark.parametrize("kind", sorted(ITEMS))
async def test_update_past_the_limit_is_refused_and_changes_nothing(
    client: httpx.AsyncClient, sandbox: Sandbox, kind: str
) -> None:
    ident = contact_id(sandbox, first_name="Emily", last_name="Chen")
    url = f"/api/v4/contacts/{ident}.json"
    have = len(sandbox.store.get("contacts", ident).get(kind) or [])
    filled = await client.patch(url, json={"data": {kind: items(kind, 20 - have)}})
    assert filled.status_code == 200, filled.text
    etag = filled.json()["data"]["etag"]
    over = await client.patch(url, json={"data": {kind: items(kind, 1, start=100)}})
    assert over.status_code == 422
    assert over.json()["error"]["message"].startswith(
        f"A contact can have at most 20 {ITEMS[kind][0]}"
    )
    stored = sandbox.store.get("contacts", ident)
    assert len(stored[kind]) == 20
    assert stored["etag"] == etag
    # replacing one in place, or removing one, stays within the limit
    first = stored[kind][0]["id"]
    swapped = await client.patch(url, json={"data": {kind: [{"id": first, "name": "Work"}]}})
    assert swapped.status_code == 200, swapped.text
    removed = await client.patch(url, json={"data": {kind: [{"id": first, "_destroy": True}]}})
    assert removed.status_code == 200
    assert len(sandbox.store.get("contacts", ident)[kind]) == 19
