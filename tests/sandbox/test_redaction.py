"""Contacts visibility (4.0.9) and activity hours visibility (4.0.8) for the paralegal."""

from __future__ import annotations

import httpx

from bot.sandbox import Sandbox

from .conftest import ClientFor
from .helpers import contact_id, listed, matter_id, user_id

STUB_KEYS = {"id", "name", "type", "redacted"}
HOURS = (
    "quantity",
    "rounded_quantity",
    "quantity_in_hours",
    "rounded_quantity_in_hours",
    "total",
    "non_billable_total",
)


async def test_hidden_contacts_are_omitted_from_lists(
    client: httpx.AsyncClient, priya: httpx.AsyncClient
) -> None:
    everyone = {c["name"] for c in await listed(client, "contacts", fields="name")}
    visible = {c["name"] for c in await listed(priya, "contacts", fields="name")}
    hidden = everyone - visible
    assert hidden == {"Robert Jones", "Metro Court Reporting LLC", "Lena Hart"}
    assert {"John Smith", "Karen Smith", "Oliver Grant", "St. Mary's Hospital"} <= visible


async def test_hidden_contacts_are_stubs_when_nested(
    priya: httpx.AsyncClient, client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    jones = contact_id(sandbox, last_name="Jones")
    communications = await listed(priya, "communications", fields="subject,receivers{id,name,type}")
    notice = next(c for c in communications if c["subject"] == "Notice of deposition")
    assert notice["receivers"] == [
        {"id": jones, "name": "*****", "type": "Person", "redacted": True}
    ]
    unrestricted = await listed(client, "communications", fields="subject,receivers{name}")
    assert {"name": "Robert Jones"} in [r for c in unrestricted for r in c["receivers"]]

    tasks = await listed(priya, "tasks", fields="name,assignee{name}", assignee_type="contact")
    assert set(tasks[0]["assignee"]) == STUB_KEYS
    expenses = await listed(priya, "activities", type="HardCostEntry", fields="vendor{name}")
    assert expenses[0]["vendor"]["name"] == "*****"
    assert expenses[0]["vendor"]["type"] == "Company"
    entries = await listed(priya, "calendar_entries", fields="summary,attendees")
    deposition = next(e for e in entries if e["summary"] == "Deposition of Robert Jones")
    stub = {"id": jones, "name": "*****", "type": "Contact", "redacted": True}
    assert stub in deposition["attendees"]
    assert (await priya.get(f"/api/v4/contacts/{jones}.json")).status_code == 404


async def test_visible_contacts_are_not_stubs(priya: httpx.AsyncClient) -> None:
    matters = await listed(priya, "matters", fields="display_number,client{name}")
    assert matters
    assert all(m["client"]["name"] != "*****" for m in matters)


async def test_writes_naming_hidden_contacts(priya: httpx.AsyncClient, sandbox: Sandbox) -> None:
    jones = contact_id(sandbox, last_name="Jones")
    task = {"name": "x", "description": "y", "assignee": {"id": jones, "type": "Contact"}}
    assert (await priya.post("/api/v4/tasks.json", json={"data": task})).status_code == 422
    calendar = sandbox.users.by_email("priya@demo-firm.test")["default_calendar_id"]
    entry = {
        "summary": "x",
        "start_at": "2025-03-13T10:00:00Z",
        "end_at": "2025-03-13T11:00:00Z",
        "calendar_owner": {"id": calendar},
        "attendees": [{"id": jones, "type": "Contact"}],
    }
    assert (
        await priya.post("/api/v4/calendar_entries.json", json={"data": entry})
    ).status_code == 422
    expense = {"type": "HardCostEntry", "date": "2025-03-12", "price": 10, "vendor": {"id": jones}}
    assert (await priya.post("/api/v4/activities.json", json={"data": expense})).status_code == 422
    call = {
        "type": "PhoneCommunication",
        "subject": "x",
        "body": "y",
        "received_at": "2025-03-12T10:00:00-04:00",
        "receivers": [{"id": jones, "type": "Contact"}],
    }
    assert (await priya.post("/api/v4/communications.json", json={"data": call})).status_code == 404


async def test_contacts_created_by_the_user_are_visible(priya: httpx.AsyncClient) -> None:
    created = await priya.post(
        "/api/v4/contacts.json",
        params={"fields": "id,name"},
        json={"data": {"type": "Person", "first_name": "New", "last_name": "Witness"}},
    )
    assert created.status_code == 201
    names = {c["name"] for c in await listed(priya, "contacts", fields="name")}
    assert "New Witness" in names


async def test_other_users_hours_are_redacted(priya: httpx.AsyncClient, sandbox: Sandbox) -> None:
    fields = ",".join([*HOURS, "quantity_redacted", "user{id}", "type", "price"])
    entries = await listed(priya, "activities", type="TimeEntry", fields=fields)
    me = user_id(sandbox, "priya")
    own = [e for e in entries if e["user"]["id"] == me]
    others = [e for e in entries if e["user"]["id"] != me]
    assert own
    assert others
    assert all(e["quantity_redacted"] is False and e["quantity"] > 0 for e in own)
    for entry in others:
        assert entry["quantity_redacted"] is True
        assert entry["quantity"] is None
        assert entry["rounded_quantity"] is None
        assert entry["quantity_in_hours"] is None
        assert entry["rounded_quantity_in_hours"] is None
        assert entry["total"] is None
        assert entry["non_billable_total"] is None
    default = await listed(priya, "activities", user_id=user_id(sandbox, "alice"), type="TimeEntry")
    assert default
    assert all(e["quantity_redacted"] is True for e in default)
    expenses = await listed(
        priya, "activities", type="ExpenseEntry", fields="total,quantity_redacted"
    )
    assert expenses
    assert all(e["quantity_redacted"] is False for e in expenses)


async def test_nested_time_entries_are_redacted(
    priya: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    fields = "name,time_entries{quantity,quantity_redacted}"
    alice = await client.post(
        "/api/v4/activities.json",
        json={"data": {"type": "TimeEntry", "date": "2025-03-12", "quantity": 600}},
        params={"fields": "id"},
    )
    tasks = await listed(client, "tasks", fields="id,name")
    task = tasks[0]["id"]
    await client.patch(
        f"/api/v4/activities/{alice.json()['data']['id']}.json",
        json={"data": {"task": {"id": task}}},
    )
    seen = (await priya.get(f"/api/v4/tasks/{task}.json", params={"fields": fields})).json()["data"]
    assert seen["time_entries"] == [{"quantity": None, "quantity_redacted": True}]


async def test_patching_redacted_hours_is_forbidden(
    priya: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    alices = sandbox.find("activities", note="Drafted complaint")[0]["id"]
    url = f"/api/v4/activities/{alices}.json"
    refused = await priya.patch(url, json={"data": {"quantity": 60}})
    assert refused.status_code == 403
    assert set(refused.json()["error"]) == {"type", "message"}
    allowed = await priya.patch(
        url, params={"fields": "note"}, json={"data": {"note": "Drafted the complaint"}}
    )
    assert allowed.status_code == 200


async def test_responsible_attorney_sees_hours(client_for: ClientFor, sandbox: Sandbox) -> None:
    """Hours show on matters where the user is the responsible attorney."""
    garcia = sandbox.get("matters", matter_id(sandbox, "00040-Garcia"))
    assert garcia is not None
    sandbox.store.put("matters", {**garcia, "responsible_attorney_id": user_id(sandbox, "priya")})
    priya = await client_for("priya@demo-firm.test")
    entries = await listed(
        priya, "activities", matter_id=garcia["id"], type="TimeEntry", fields="quantity_redacted"
    )
    assert entries
    assert all(e["quantity_redacted"] is False for e in entries)
