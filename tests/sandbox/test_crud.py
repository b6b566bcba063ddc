"""Create, read, update and delete for each resource, and 422 when required fields are missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bot.sandbox import Sandbox

from .conftest import ClientFor
from .helpers import contact_id, matter_id, user_id

Body = Callable[[Sandbox], dict[str, Any]]


def calendar_of(sandbox: Sandbox, name: str) -> int:
    return int(sandbox.users.by_email(f"{name}@demo-firm.test")["default_calendar_id"])


# resource path -> (create body, fields to read back, update body, expected after update)
CASES: dict[str, tuple[Body, str, dict[str, Any], dict[str, Any]]] = {
    "matters": (
        lambda sb: {
            "client": {"id": contact_id(sb, last_name="Patel")},
            "description": "Patel trust",
        },
        "description,status,display_number,client{name}",
        {"status": "closed"},
        {"status": "Closed"},
    ),
    "contacts": (
        lambda sb: {"type": "Person", "first_name": "Ada", "last_name": "Lovelace"},
        "name,type,first_name",
        {"title": "Countess"},
        {"name": "Ada Lovelace"},
    ),
    "activities": (
        lambda sb: {
            "type": "TimeEntry",
            "date": "2025-03-12",
            "quantity": 5400,
            "matter": {"id": matter_id(sb, "00042-Smith")},
        },
        "quantity,quantity_in_hours,price,total,user{name}",
        {"quantity": 1800},
        {"quantity": 1800.0, "quantity_in_hours": 0.5, "total": 175.0},
    ),
    "activity_descriptions": (
        lambda sb: {"name": "Mediation", "rate": {"type": "FlatRate", "amount": 900}},
        "name,rate",
        {"name": "Mediation session"},
        {"name": "Mediation session"},
    ),
    "tasks": (
        lambda sb: {
            "name": "Call client",
            "description": "About the hearing",
            "assignee": {"id": user_id(sb, "marcus"), "type": "User"},
            "priority": "High",
            "due_at": "2025-03-14",
        },
        "name,priority,status,due_at,assignee{name,type}",
        {"status": "complete"},
        {"status": "complete"},
    ),
    "calendar_entries": (
        lambda sb: {
            "summary": "Strategy meeting",
            "start_at": "2025-03-13T14:00:00-04:00",
            "end_at": "2025-03-13T15:00:00-04:00",
            "calendar_owner": {"id": calendar_of(sb, "alice")},
        },
        "summary,start_at,end_at,calendar_owner{id}",
        {"location": "Room B"},
        {"summary": "Strategy meeting"},
    ),
    "calendars": (
        lambda sb: {"name": "Trial team", "color": "#FFA5A4"},
        "name,type,permission,color",
        {"visible": False},
        {"type": "AdhocCalendar", "permission": "owner"},
    ),
    "communications": (
        lambda sb: {
            "type": "PhoneCommunication",
            "subject": "Call from Mr. Patel",
            "body": "Asked about fees",
            "received_at": "2025-03-11T15:00:00-04:00",
            "senders": [{"id": contact_id(sb, last_name="Patel"), "type": "Contact"}],
        },
        "subject,type,senders{name},received_at,date",
        {"subject": "Fee call", "received_at": "2025-03-12T02:30:00Z"},
        {"subject": "Fee call", "received_at": "2025-03-11T22:30:00-04:00", "date": "2025-03-11"},
    ),
    "notes": (
        lambda sb: {
            "type": "Matter",
            "matter": {"id": matter_id(sb, "00042-Smith")},
            "subject": "Idea",
        },
        "subject,type,matter{display_number}",
        {"detail": "Use the footage"},
        {"subject": "Idea"},
    ),
    "folders": (
        lambda sb: {
            "name": "Discovery",
            "parent": {"id": matter_id(sb, "00042-Smith"), "type": "Matter"},
        },
        "name,parent{name},matter{display_number}",
        {"name": "Discovery (2)"},
        {"name": "Discovery (2)"},
    ),
    "practice_areas": (
        lambda sb: {"name": "Immigration", "code": "IMM", "category": "immigration"},
        "name,code,category",
        {"code": "IMMI"},
        {"code": "IMMI"},
    ),
    "damages": (
        lambda sb: {
            "amount": 1200.5,
            "damage_type": "other",
            "description": "Replacement glasses",
            "matter_id": matter_id(sb, "00040-Garcia"),
        },
        "amount,damage_type,description,matter{id}",
        {"amount": 1300},
        {"amount": 1300.0},
    ),
    "medical_records_details": (
        lambda sb: {
            "matter_id": matter_id(sb, "00040-Garcia"),
            "medical_provider_id": contact_id(sb, name="St. Mary's Hospital"),
            "in_treatment": False,
            "records_status": "requested",
            "bills_status": "not_yet_requested",
            "medical_bills": [
                {
                    "name": "Physio",
                    "amount": 300,
                    "adjustment": 0,
                    "balance": 300,
                    "mark_balance_type_as": "neither",
                },
            ],
        },
        "records_status,medical_provider{name},medical_bills{name,amount}",
        {"records_status": "received"},
        {"records_status": "received"},
    ),
    "webhooks": (
        lambda sb: {
            "url": "https://hooks.example.com/clio",
            "model": "matter",
            "fields": "id,status",
        },
        "url,model,status,events,fields",
        {"events": ["updated"]},
        {"events": ["updated"]},
    ),
}


@pytest.mark.parametrize("path", sorted(CASES))
async def test_lifecycle(client: httpx.AsyncClient, sandbox: Sandbox, path: str) -> None:
    make, fields, changes, expected = CASES[path]
    created = await client.post(
        f"/api/v4/{path}.json", params={"fields": f"id,etag,{fields}"}, json={"data": make(sandbox)}
    )
    assert created.status_code == 201, created.text
    record = created.json()["data"]
    assert created.headers["etag"] == record["etag"]
    url = f"/api/v4/{path}/{record['id']}.json"
    fetched = await client.get(url, params={"fields": f"id,etag,{fields}"})
    assert fetched.status_code == 200
    assert fetched.json()["data"] == record

    updated = await client.patch(
        url, params={"fields": f"id,etag,{fields}"}, json={"data": changes}
    )
    assert updated.status_code == 200, updated.text
    body = updated.json()["data"]
    assert body["etag"] != record["etag"]
    assert {key: body[key] for key in expected} == expected

    deleted = await client.delete(url)
    assert deleted.status_code == 204
    assert deleted.content == b""
    after = await client.get(url)
    if path == "folders":  # folders go to the trash
        assert after.json()["data"]["id"] == record["id"]
    else:
        assert after.status_code == 404


REQUIRED = {
    "matters": ({"description": "No client"}, "client"),
    "contacts": ({"first_name": "No type"}, "type"),
    "activities": ({"type": "TimeEntry"}, "date"),
    "activity_descriptions": ({}, "name"),
    "tasks": ({"name": "No assignee", "description": "x"}, "assignee"),
    "calendar_entries": (
        {"summary": "x", "start_at": "2025-03-12T10:00:00Z", "end_at": "2025-03-12T11:00:00Z"},
        "calendar_owner",
    ),
    "calendars": ({"color": "#FFA5A4"}, "name"),
    "communications": ({"type": "EmailCommunication", "subject": "x"}, "body"),
    "notes": ({"subject": "x"}, "type"),
    "folders": ({"name": "x"}, "parent"),
    "documents": ({"name": "x.pdf"}, "parent"),
    "practice_areas": ({"code": "X"}, "name"),
    "task_types": ({"deleted_at": None}, "name"),
    "damages": ({"amount": 1, "damage_type": "other", "description": "x"}, "matter_id"),
    "medical_records_details": ({"in_treatment": True}, "bills_status"),
    "webhooks": ({"url": "https://x.example.com", "model": "matter"}, "fields"),
    "clio_payments/links": ({"currency": "USD"}, "destination_account"),
    "timer": ({}, "activity"),
}


@pytest.mark.parametrize("path", sorted(REQUIRED))
async def test_missing_required_field(client: httpx.AsyncClient, path: str) -> None:
    body, field = REQUIRED[path]
    response = await client.post(f"/api/v4/{path}.json", json={"data": body})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["message"].startswith(field)


async def test_person_name_is_split_or_refused(client: httpx.AsyncClient) -> None:
    split = await client.post(
        "/api/v4/contacts.json",
        params={"fields": "first_name,last_name,name"},
        json={"data": {"type": "Person", "name": "Grace Brewster Hopper"}},
    )
    assert split.json()["data"] == {
        "first_name": "Grace",
        "last_name": "Brewster Hopper",
        "name": "Grace Brewster Hopper",
    }
    refused = await client.post("/api/v4/contacts.json", json={"data": {"type": "Person"}})
    assert refused.status_code == 422
    assert "first name or last name" in refused.json()["error"]["message"]


async def test_notes_need_the_record_of_their_type(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    matter = {"id": matter_id(sandbox, "00042-Smith")}
    wrong = await client.post(
        "/api/v4/notes.json", json={"data": {"type": "Contact", "matter": matter}}
    )
    assert wrong.status_code == 422
    assert wrong.json()["error"]["message"] == "contact can't be blank"
    assert (await client.get("/api/v4/notes.json")).status_code == 400


async def test_communications_are_dated_by_received_at_alone(
    client: httpx.AsyncClient, client_for: ClientFor
) -> None:
    call = {"type": "PhoneCommunication", "subject": "Fee call", "body": "x"}
    missing = await client.post("/api/v4/communications.json", json={"data": call})
    assert missing.status_code == 422
    assert missing.json()["error"]["message"] == "received_at can't be blank"
    dated = {**call, "received_at": "2025-03-11T22:30:00-04:00", "date": "2025-03-11"}
    refused = await client.post("/api/v4/communications.json", json={"data": dated})
    assert refused.status_code == 422
    assert refused.json()["error"] == {
        "type": "ArgumentError",
        "message": "date is not accepted; use received_at",
    }
    del dated["date"]
    created = await client.post(
        "/api/v4/communications.json", params={"fields": "id,date"}, json={"data": dated}
    )
    assert created.json()["data"]["date"] == "2025-03-11"  # in New York, Alice's zone
    url = f"/api/v4/communications/{created.json()['data']['id']}.json"
    london = await (await client_for("hannah@demo-firm.test")).get(
        url, params={"fields": "date,received_at"}
    )
    assert london.json()["data"] == {
        "date": "2025-03-12",
        "received_at": "2025-03-12T02:30:00+00:00",
    }
    patched = await client.patch(url, json={"data": {"date": "2025-03-10"}})
    assert patched.status_code == 422
    assert "date is not accepted" in patched.text


async def test_enum_values_are_checked(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    matter = f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json"
    assert (await client.patch(matter, json={"data": {"status": "Closed"}})).status_code == 422
    task = {
        "name": "x",
        "description": "y",
        "assignee": {"id": user_id(sandbox, "tom"), "type": "User"},
    }
    bad = await client.post("/api/v4/tasks.json", json={"data": {**task, "priority": "Medium"}})
    assert bad.status_code == 422


async def test_referenced_records_must_exist(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v4/matters.json", json={"data": {"client": {"id": 1}, "description": "x"}}
    )
    assert response.status_code == 404


async def test_new_matter_numbering_and_status_dates(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    body = {"client": {"id": contact_id(sandbox, last_name="Chen")}, "description": "Chen custody"}
    created = await client.post(
        "/api/v4/matters.json",
        params={"fields": "id,number,display_number,open_date,status"},
        json={"data": body},
    )
    data = created.json()["data"]
    assert data["display_number"] == "00050-Chen"
    assert data["status"] == "Open"
    assert data["open_date"] == sandbox.seed_today.isoformat()
    closed = await client.patch(
        f"/api/v4/matters/{data['id']}.json",
        params={"fields": "status,close_date"},
        json={"data": {"status": "closed"}},
    )
    assert closed.json()["data"] == {
        "status": "Closed",
        "close_date": sandbox.seed_today.isoformat(),
    }


async def test_contact_nested_collections(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/api/v4/contacts.json",
        params={"fields": "id,email_addresses{id,address,primary},primary_email_address"},
        json={"data": {"type": "Company", "name": "Initech", "email_addresses": [
            {"name": "Work", "address": "a@initech.test", "default_email": True},
            {"name": "Other", "address": "b@initech.test"},
        ]}},
    )  # fmt: skip
    data = created.json()["data"]
    assert data["primary_email_address"] == "a@initech.test"
    first, second = data["email_addresses"]
    patched = await client.patch(
        f"/api/v4/contacts/{data['id']}.json",
        params={"fields": "email_addresses{address,primary},primary_email_address"},
        json={"data": {"email_addresses": [
            {"id": first["id"], "_destroy": True},
            {"id": second["id"], "address": "b2@initech.test", "default_email": True},
            {"name": "Home", "address": "c@initech.test"},
        ]}},
    )  # fmt: skip
    assert patched.json()["data"] == {
        "email_addresses": [
            {"address": "b2@initech.test", "primary": True},
            {"address": "c@initech.test", "primary": None},
        ],
        "primary_email_address": "b2@initech.test",
    }


async def test_clients_cannot_be_deleted(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    smith = contact_id(sandbox, first_name="John", last_name="Smith")
    assert (await client.delete(f"/api/v4/contacts/{smith}.json")).status_code == 422


async def test_users_are_read_only(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    url = f"/api/v4/users/{user_id(sandbox, 'tom')}.json"
    assert (await client.get(url)).status_code == 200
    assert (await client.patch(url, json={"data": {"name": "x"}})).status_code == 405
    assert (await client.post("/api/v4/users.json", json={"data": {}})).status_code == 405


async def test_bills_update_and_delete(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    draft = sandbox.find("bills", number="1004")[0]["id"]
    unpaid = sandbox.find("bills", number="1003")[0]["id"]
    paid = sandbox.find("bills", number="1001")[0]["id"]
    assert (await client.post("/api/v4/bills.json", json={"data": {}})).status_code == 405
    moved = await client.patch(
        f"/api/v4/bills/{draft}.json", params={"fields": "state,memo"},
        json={"data": {"state": "awaiting_approval", "memo": "Check hours"}},
    )  # fmt: skip
    assert moved.json()["data"] == {"state": "awaiting_approval", "memo": "Check hours"}
    illegal = await client.patch(f"/api/v4/bills/{paid}.json", json={"data": {"state": "draft"}})
    assert illegal.status_code == 422
    assert (await client.delete(f"/api/v4/bills/{unpaid}.json")).status_code == 204
    voided = await client.get(f"/api/v4/bills/{unpaid}.json", params={"fields": "state"})
    assert voided.json()["data"]["state"] == "void"
    assert (await client.delete(f"/api/v4/bills/{draft}.json")).status_code == 204
    assert (await client.get(f"/api/v4/bills/{draft}.json")).status_code == 404
    assert (await client.delete(f"/api/v4/bills/{paid}.json")).status_code == 422


async def test_payment_links(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    account = sandbox.find("bank_accounts", name="Operating Account")[0]["id"]
    bill = sandbox.find("bills", number="1003")[0]["id"]
    body = {
        "currency": "USD",
        "destination_account": {"id": account},
        "duration": 86_400,
        "subject": {"id": bill, "type": "Bill"},
    }
    created = await client.post(
        "/api/v4/clio_payments/links.json",
        params={"fields": "id,active,amount,expires_at,url,bill{id}"},
        json={"data": body},
    )
    assert created.status_code == 201, created.text
    link = created.json()["data"]
    assert link["active"] is True
    assert link["amount"] == 1500.0
    assert link["bill"] == {"id": bill}
    expired = await client.patch(
        f"/api/v4/clio_payments/links/{link['id']}.json",
        params={"fields": "active"},
        json={"data": {"expired": True}},
    )
    assert expired.json()["data"] == {"active": False}
    direct = {**body, "subject": {"id": account, "type": "BankAccount"}}
    no_description = await client.post("/api/v4/clio_payments/links.json", json={"data": direct})
    assert no_description.status_code == 422
    too_long = {**body, "duration": 7_776_001}
    assert (
        await client.post("/api/v4/clio_payments/links.json", json={"data": too_long})
    ).status_code == 422
    trust = sandbox.find("bank_accounts", name="Client Trust Account")[0]["id"]
    disabled = {**body, "destination_account": {"id": trust}}
    assert (
        await client.post("/api/v4/clio_payments/links.json", json={"data": disabled})
    ).status_code == 422


async def test_payments_are_read_only(client: httpx.AsyncClient) -> None:
    listed = (
        await client.get(
            "/api/v4/clio_payments/payments.json", params={"fields": "id,amount,state"}
        )
    ).json()
    assert {p["state"] for p in listed["data"]} == {"completed"}
    one = listed["data"][0]["id"]
    assert (await client.get(f"/api/v4/clio_payments/payments/{one}.json")).status_code == 200
    assert (
        await client.post("/api/v4/clio_payments/payments.json", json={"data": {}})
    ).status_code == 405


async def test_timer(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    assert (await client.get("/api/v4/timer.json")).status_code == 404
    activity = sandbox.find("activities", note="Call with Acme general counsel")[0]
    started = await client.post(
        "/api/v4/timer.json", params={"fields": "id,start_time,activity{id}"},
        json={"data": {"activity": {"id": activity["id"]}}},
    )  # fmt: skip
    assert started.status_code == 201
    assert started.json()["data"]["activity"] == {"id": activity["id"]}
    sandbox.clock.advance(minutes=30)
    running = await client.get("/api/v4/timer.json", params={"fields": "elapsed_time"})
    assert running.json()["data"] == {"elapsed_time": 0.5}
    assert (await client.delete("/api/v4/timer.json")).status_code == 204
    assert (await client.get("/api/v4/timer.json")).status_code == 404
    after = await client.get(
        f"/api/v4/activities/{activity['id']}.json", params={"fields": "quantity"}
    )
    assert after.json()["data"]["quantity"] == activity["quantity"] + 1800


@pytest.mark.parametrize(
    ("idle", "status", "body"),
    [("not_found", 404, None), ("null", 200, {"data": None}), ("empty", 200, {"data": {}})],
)
async def test_idle_timer_answers_as_set(
    client: httpx.AsyncClient, sandbox: Sandbox, idle: str, status: int, body: dict | None
) -> None:
    sandbox.settings.idle_timer = idle  # type: ignore[assignment]
    response = await client.get("/api/v4/timer.json", params={"fields": "id,start_time"})
    assert response.status_code == status
    if body is not None:
        assert response.json() == body
    assert (await client.delete("/api/v4/timer.json")).status_code == 404  # nothing to stop


async def test_matter_contacts_and_client(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    smith = matter_id(sandbox, "00042-Smith")
    contacts = await client.get(
        f"/api/v4/matters/{smith}/contacts.json",
        params={"fields": "name,is_client,relationship_name"},
    )
    assert contacts.json()["data"] == [
        {"name": "Karen Smith", "is_client": False, "relationship_name": "Spouse"},
        {"name": "John Smith", "is_client": True, "relationship_name": None},
    ]
    found = await client.get(
        f"/api/v4/matters/{smith}/client.json", params={"fields": "name,is_matter_client"}
    )
    assert found.json()["data"] == {"name": "John Smith", "is_matter_client": True}
    assert (await client.get("/api/v4/matters/1/client.json")).status_code == 404


async def test_medical_bills_say_how_their_balance_counts(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    """4.0.13: `mark_balance_type_as` (lien, outstanding_balance, neither) replaced the boolean
    `mark_balance_as_lien`; a new bill without it is refused."""
    make = CASES["medical_records_details"][0]

    def with_bill(**marks: object) -> dict:
        body = make(sandbox)
        body["medical_bills"] = [{"name": "MRI", "amount": 900, "adjustment": 0, "balance": 900}]
        body["medical_bills"][0].update(marks)
        return {"data": body}

    url = "/api/v4/medical_records_details.json"
    old = await client.post(url, json=with_bill(mark_balance_as_lien=True))
    assert old.status_code == 422
    assert old.json()["error"]["message"] == "medical_bills.mark_balance_type_as can't be blank"
    bad = await client.post(url, json=with_bill(mark_balance_type_as="yes"))
    assert bad.status_code == 422
    assert "lien, outstanding_balance, neither" in bad.json()["error"]["message"]
    made = await client.post(url, json=with_bill(mark_balance_type_as="outstanding_balance"))
    assert made.status_code == 201, made.text
    [stored] = sandbox.store.get("medical_records_details", made.json()["data"]["id"])[
        "medical_bills"
    ]
    assert stored["mark_balance_type_as"] == "outstanding_balance"
    assert "mark_balance_as_lien" not in stored


async def test_matter_responsible_staff(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    """Matters name a responsible staff member (a user), written as `responsible_staff{id}`."""
    fields = {"fields": "id,responsible_staff{id,name},responsible_attorney{name}"}
    body = {
        "client": {"id": contact_id(sandbox, last_name="Patel")},
        "description": "Patel trust",
        "responsible_staff": {"id": user_id(sandbox, "tom")},
    }
    created = await client.post("/api/v4/matters.json", params=fields, json={"data": body})
    assert created.status_code == 201, created.text
    assert created.json()["data"]["responsible_staff"]["name"] == "Tom Reyes"
    url = f"/api/v4/matters/{created.json()['data']['id']}.json"
    priya = {"id": user_id(sandbox, "priya")}
    moved = await client.patch(url, params=fields, json={"data": {"responsible_staff": priya}})
    assert moved.json()["data"]["responsible_staff"]["name"] == "Priya Shah"
    unknown = await client.patch(url, json={"data": {"responsible_staff": {"id": 1}}})
    assert unknown.status_code == 404
    cleared = await client.patch(url, params=fields, json={"data": {"responsible_staff": None}})
    assert cleared.json()["data"]["responsible_staff"] is None


async def test_task_status_draft(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    """4.0.13 adds the task status `draft`: written, and filtered by `status` and `statuses[]`."""
    body = {
        "name": "Outline interrogatories",
        "description": "x",
        "assignee": {"id": user_id(sandbox, "alice"), "type": "User"},
        "status": "draft",
    }
    created = await client.post(
        "/api/v4/tasks.json", params={"fields": "id,status"}, json={"data": body}
    )
    assert created.status_code == 201, created.text
    assert created.json()["data"]["status"] == "draft"
    for params in ({"status": "draft"}, {"statuses[]": "draft"}):
        found = await client.get("/api/v4/tasks.json", params={**params, "fields": "name,status"})
        assert found.json()["data"] == [{"name": "Outline interrogatories", "status": "draft"}]
    url = f"/api/v4/tasks/{created.json()['data']['id']}.json"
    pending = await client.patch(
        url, params={"fields": "status"}, json={"data": {"status": "pending"}}
    )
    assert pending.json()["data"]["status"] == "pending"
    back = await client.patch(url, params={"fields": "status"}, json={"data": {"status": "draft"}})
    assert back.json()["data"]["status"] == "draft"
