"""Task types: the firm's list (disabled, never deleted) and `task_type{id}` on tasks."""

from __future__ import annotations

import httpx

from bot.sandbox import Sandbox

from .helpers import ident, listed, user_id


async def test_seeded_types_enabled_and_by_name(client: httpx.AsyncClient) -> None:
    every = await listed(client, "task_types", fields="id,name,deleted_at")
    names = {t["name"] for t in every}
    assert {"Court Filing", "Client Call", "Research", "Discovery", "Billing"} <= names
    enabled = await listed(client, "task_types", fields="name", enabled="true")
    assert "Billing" not in {t["name"] for t in enabled}  # disabled: deleted_at is set
    [found] = await listed(client, "task_types", fields="name", name="Research")
    assert found["name"] == "Research"
    searched = await listed(client, "task_types", fields="name", query="court")
    assert [t["name"] for t in searched] == ["Court Filing"]


async def test_create_rename_disable_but_never_delete(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/api/v4/task_types.json", params={"fields": "id,name"}, json={"data": {"name": "Intake"}}
    )
    assert created.status_code == 201, created.text
    url = f"/api/v4/task_types/{created.json()['data']['id']}.json"
    renamed = await client.patch(url, params={"fields": "name"}, json={"data": {"name": "Triage"}})
    assert renamed.json()["data"]["name"] == "Triage"
    disabled = await client.patch(
        url, params={"fields": "deleted_at"}, json={"data": {"deleted_at": "2026-01-05"}}
    )
    assert disabled.json()["data"]["deleted_at"] is not None
    enabled = await listed(client, "task_types", fields="name", enabled="true")
    assert "Triage" not in {t["name"] for t in enabled}
    assert (await client.delete(url)).status_code == 405


async def test_tasks_take_an_enabled_task_type(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    research = ident(sandbox, "task_types", name="Research")
    body = {
        "name": "Find precedents",
        "description": "x",
        "assignee": {"id": user_id(sandbox, "alice"), "type": "User"},
        "task_type": {"id": research},
    }
    created = await client.post(
        "/api/v4/tasks.json", params={"fields": "id,task_type{id,name}"}, json={"data": body}
    )
    assert created.status_code == 201, created.text
    assert created.json()["data"]["task_type"] == {"id": research, "name": "Research"}
    typed = await listed(client, "tasks", fields="name", task_type_id=str(research))
    assert [t["name"] for t in typed] == ["Find precedents"]

    unknown = await client.post(
        "/api/v4/tasks.json", json={"data": {**body, "task_type": {"id": 999}}}
    )
    assert unknown.status_code == 404
    billing = ident(sandbox, "task_types", name="Billing")
    disabled = await client.post(
        "/api/v4/tasks.json", json={"data": {**body, "task_type": {"id": billing}}}
    )
    assert disabled.status_code == 422
    assert "disabled" in disabled.json()["error"]["message"]
