"""Small helpers shared by the sandbox tests."""

from __future__ import annotations

from typing import Any

import httpx

from bot.sandbox import Sandbox


async def listed(client: httpx.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every record of an index (following `next`), as a list."""
    response = await client.get(f"/api/v4/{path}.json", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    records = list(body["data"])
    while "next" in body["meta"]["paging"]:
        body = (await client.get(body["meta"]["paging"]["next"])).json()
        records += body["data"]
    return records


def ident(sandbox: Sandbox, resource: str, **attrs: Any) -> int:
    """The id of the one stored record matching `attrs`."""
    (record,) = sandbox.find(resource, **attrs)
    return int(record["id"])


def user_id(sandbox: Sandbox, name: str) -> int:
    return int(sandbox.users.by_email(f"{name}@demo-firm.test")["id"])


def matter_id(sandbox: Sandbox, display_number: str) -> int:
    return ident(sandbox, "matters", display_number=display_number)


def contact_id(sandbox: Sandbox, **attrs: Any) -> int:
    return ident(sandbox, "contacts", **attrs)
