"""A file-backed sandbox keeps its state across restarts and is seeded only once."""

from __future__ import annotations

from pathlib import Path

import httpx

from bot.sandbox import SandboxClock, create_app

from .conftest import BASE_URL, NOW


async def test_state_survives_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    first = create_app(db, clock=SandboxClock(lambda: NOW))
    token = first.state.sandbox.issue_token()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=first), base_url=BASE_URL) as c:
        created = await c.post(
            "/api/v4/practice_areas.json",
            params={"fields": "id,etag"},
            json={"data": {"name": "Tax"}},
            headers=headers,
        )
    record = created.json()["data"]
    first.state.sandbox.store.close()

    second = create_app(db, clock=SandboxClock(lambda: NOW))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=second), base_url=BASE_URL) as c:
        again = await c.get(
            f"/api/v4/practice_areas/{record['id']}.json",
            params={"fields": "id,etag,name"},
            headers=headers,
        )
        matters = await c.get("/api/v4/matters.json", headers=headers)
    assert again.json()["data"] == {**record, "name": "Tax"}
    assert matters.json()["meta"]["records"] == 12
    assert second.state.sandbox.seed_today.isoformat() == "2025-03-12"


def test_seed_is_deterministic() -> None:
    one = create_app(clock=SandboxClock(lambda: NOW)).state.sandbox
    two = create_app(clock=SandboxClock(lambda: NOW)).state.sandbox
    for resource in ("matters", "contacts", "activities", "tasks", "calendar_entries", "bills"):
        assert one.store.all(resource) == two.store.all(resource)
