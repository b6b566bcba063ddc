"""Every sandbox response validates against Clio's OpenAPI response schemas (skipped without it)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.sandbox import Sandbox
from bot.sandbox.catalog import catalog
from bot.sandbox.registry import REGISTRY

from ..openapi_spec import load_spec, requires_spec, validate_request, validate_response
from .helpers import matter_id
from .test_crud import CASES

pytestmark = requires_spec

LISTS = {
    "matters": {},
    "contacts": {},
    "activities": {},
    "activity_descriptions": {},
    "tasks": {},
    "task_types": {},
    "calendar_entries": {"expanded": "true", "from": "2025-03-01", "to": "2025-04-01"},
    "calendars": {},
    "communications": {},
    "notes": {"type": "Matter"},
    "folders": {},
    "folders/list": {},
    "documents": {"show_uncompleted": "true"},
    "bills": {},
    "users": {},
    "practice_areas": {},
    "webhooks": {},
    "clio_payments/links": {},
    "clio_payments/payments": {},
    "damages": {},
    "medical_records_details": {},
    "bank_accounts": {},
}


def every_field(schema: str) -> str:
    return ",".join(catalog().schema(schema))


def every_nested(schema: str) -> list[str]:
    """One `fields` value per nested field, asking for all of its own fields."""
    values = []
    for name, field in catalog().schema(schema).items():
        inner = catalog().schema(field.type)
        if field.nested and inner:
            values.append(f"id,{name}{{{','.join(inner)}}}")
    return values


def schema_of(path: str) -> str:
    return next(r for r in REGISTRY.values() if r.path == path).schema


async def check(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> httpx.Response:
    spec = load_spec()
    assert spec is not None
    if method == "GET":
        validate_request(spec, method, url, kwargs.get("params") or {}, None)
    response = await client.request(method, url, **kwargs)
    payload = response.json() if response.content else None
    validate_response(spec, method, url, response.status_code, payload)
    return response


async def seed_extras(client: httpx.AsyncClient) -> None:
    hook = {"url": "https://hooks.example.com/clio", "model": "task", "fields": "id,name"}
    await client.post("/api/v4/webhooks.json", json={"data": hook})


@pytest.mark.parametrize("path", sorted(LISTS))
async def test_lists_and_records(
    client: httpx.AsyncClient, priya: httpx.AsyncClient, path: str
) -> None:
    await seed_extras(client)
    schema = schema_of(path)
    for who in (client, priya):
        for fields in [every_field(schema), *every_nested(schema)]:
            params = {**LISTS[path], "fields": fields, "limit": "50"}
            listed = await check(who, "GET", f"/api/v4/{path}.json", params=params)
            assert listed.status_code == 200, listed.text
        first = listed.json()["data"][:1]
        if first and REGISTRY[next(k for k, r in REGISTRY.items() if r.path == path)].can("get"):
            one = await check(
                who,
                "GET",
                f"/api/v4/{path}/{first[0]['id']}.json",
                params={"fields": every_field(schema)},
            )
            assert one.status_code == 200, one.text


@pytest.mark.parametrize("path", sorted(CASES))
async def test_create_and_update(client: httpx.AsyncClient, sandbox: Sandbox, path: str) -> None:
    make, _, changes, _ = CASES[path]
    schema = schema_of(path)
    params = {"fields": every_field(schema)}
    created = await check(
        client, "POST", f"/api/v4/{path}.json", params=params, json={"data": make(sandbox)}
    )
    assert created.status_code == 201, created.text
    url = f"/api/v4/{path}/{created.json()['data']['id']}.json"
    updated = await check(client, "PATCH", url, params=params, json={"data": changes})
    assert updated.status_code == 200, updated.text
    deleted = await check(client, "DELETE", url)
    assert deleted.status_code == 204


async def test_singletons_and_sub_resources(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    smith = matter_id(sandbox, "00042-Smith")
    me = await check(
        client, "GET", "/api/v4/users/who_am_i.json", params={"fields": every_field("User")}
    )
    assert me.status_code == 200
    contacts = await check(
        client,
        "GET",
        f"/api/v4/matters/{smith}/contacts.json",
        params={"fields": every_field("MatterContacts")},
    )
    assert contacts.status_code == 200
    owner = await check(
        client,
        "GET",
        f"/api/v4/matters/{smith}/client.json",
        params={"fields": every_field("Client")},
    )
    assert owner.status_code == 200
    activity = sandbox.find("activities", note="Drafted complaint")[0]["id"]
    started = await check(
        client,
        "POST",
        "/api/v4/timer.json",
        params={"fields": every_field("Timer")},
        json={"data": {"activity": {"id": activity}}},
    )
    assert started.status_code == 201
    assert (
        await check(client, "GET", "/api/v4/timer.json", params={"fields": every_field("Timer")})
    ).status_code == 200
    assert (await check(client, "DELETE", "/api/v4/timer.json")).status_code == 204
    for idle in ("not_found", "null", "empty"):  # every way Clio may say no timer runs
        sandbox.settings.idle_timer = idle
        await check(client, "GET", "/api/v4/timer.json", params={"fields": every_field("Timer")})
    link_fields = {"fields": every_field("ClioPaymentsLink")}
    links = (
        await check(client, "GET", "/api/v4/clio_payments/links.json", params=link_fields)
    ).json()
    expired = await check(
        client,
        "PATCH",
        f"/api/v4/clio_payments/links/{links['data'][1]['id']}.json",
        params=link_fields,
        json={"data": {"expired": True}},
    )
    assert expired.status_code == 200
    bill = sandbox.find("bills", number="1004")[0]["id"]
    patched = await check(
        client,
        "PATCH",
        f"/api/v4/bills/{bill}.json",
        params={"fields": every_field("Bill")},
        json={"data": {"memo": "Thanks"}},
    )
    assert patched.status_code == 200


async def test_documents_upload_responses(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    fields = {"fields": every_field("Document")}
    body = {
        "data": {
            "name": "x.pdf",
            "parent": {"id": matter_id(sandbox, "00042-Smith"), "type": "Matter"},
        }
    }
    created = await check(client, "POST", "/api/v4/documents.json", params=fields, json=body)
    assert created.status_code == 201


@pytest.mark.parametrize(
    ("method", "url", "params", "status"),
    [
        ("GET", "/api/v4/matters.json", {"fields": "nope"}, 400),
        ("GET", "/api/v4/matters/1.json", {}, 404),
        ("POST", "/api/v4/tasks.json", {}, 422),
    ],
)
async def test_errors(
    client: httpx.AsyncClient, method: str, url: str, params: dict[str, str], status: int
) -> None:
    spec = load_spec()
    assert spec is not None
    response = await client.request(
        method, url, params=params, json={"data": {}} if method == "POST" else None
    )
    assert response.status_code == status
    validate_response(spec, method, url, status, response.json())


async def test_unauthorized_body(anon: httpx.AsyncClient) -> None:
    spec = load_spec()
    assert spec is not None
    response = await anon.get("/api/v4/matters.json")
    validate_response(spec, "GET", "/api/v4/matters.json", 401, response.json())
