"""The main filters of each index endpoint, against the demo firm."""

from __future__ import annotations

from datetime import timedelta

import httpx

from bot.sandbox import Sandbox

from .helpers import contact_id, listed, matter_id, user_id


def day(sandbox: Sandbox, offset: int) -> str:
    return (sandbox.seed_today + timedelta(days=offset)).isoformat()


async def test_seed_today_follows_the_clock(sandbox: Sandbox) -> None:
    assert sandbox.seed_today.isoformat() == "2025-03-12"


async def test_matter_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    fields = "display_number,status"
    open_ = await listed(client, "matters", status="open", fields=fields)
    assert {m["status"] for m in open_} == {"Open"}
    assert len(open_) == 7
    not_open = await listed(client, "matters", status="pending,closed", fields=fields)
    assert {m["status"] for m in not_open} == {"Pending", "Closed"}
    assert len(open_) + len(not_open) == 12
    bad = await client.get("/api/v4/matters.json", params={"status": "Open"})
    assert bad.status_code == 400

    smith = contact_id(sandbox, first_name="John", last_name="Smith")
    by_client = await listed(client, "matters", client_id=smith, fields="display_number")
    assert [m["display_number"] for m in by_client] == ["00042-Smith", "00048-Smith"]

    area = sandbox.find("practice_areas", name="Personal Injury")[0]["id"]
    injury = await listed(client, "matters", practice_area_id=area, fields="display_number")
    assert [m["display_number"] for m in injury] == ["00040-Garcia"]

    lawyer = user_id(sandbox, "marcus")
    marcus = await listed(client, "matters", responsible_attorney_id=lawyer, fields="id")
    assert len(marcus) == 3  # Garcia, O'Brien, Johnson
    staff = await listed(
        client,
        "matters",
        responsible_staff_id=user_id(sandbox, "priya"),
        fields="display_number,responsible_staff{name}",
    )
    assert [m["display_number"] for m in staff] == ["00040-Garcia", "00042-Smith"]
    assert {m["responsible_staff"]["name"] for m in staff} == {"Priya Shah"}
    queried = await listed(client, "matters", query="smith", fields="display_number")
    assert {m["display_number"] for m in queried} == {"00042-Smith", "00048-Smith"}
    vs = await listed(client, "matters", query="v.", fields="description")
    assert {m["description"] for m in vs} >= {"Garcia v. Metro Transit Authority"}

    params = {
        "open_date[]": [f">={day(sandbox, -60)}", f"<={day(sandbox, -40)}"],
        "fields": "open_date",
    }
    response = await client.get("/api/v4/matters.json", params=params)
    dates = [m["open_date"] for m in response.json()["data"]]
    assert dates
    assert all(day(sandbox, -60) <= d <= day(sandbox, -40) for d in dates)


async def test_task_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    priya = user_id(sandbox, "priya")
    mine = await listed(client, "tasks", assignee_id=priya, assignee_type="user", fields="name")
    assert {t["name"] for t in mine} == {"Prepare deposition outline", "Request medical records"}
    missing_type = await client.get("/api/v4/tasks.json", params={"assignee_id": priya})
    assert missing_type.status_code == 400

    week = await listed(
        client,
        "tasks",
        due_at_from=day(sandbox, 0),
        due_at_to=day(sandbox, 6),
        fields="name,due_at",
    )
    assert week
    assert all(day(sandbox, 0) <= t["due_at"] <= day(sandbox, 6) for t in week)
    assert "File response to motion" not in {t["name"] for t in week}  # overdue

    done = await listed(client, "tasks", status="complete", fields="name,status,completed_at")
    assert [t["name"] for t in done] == ["Send closing documents"]
    assert done[0]["completed_at"] is not None
    pending = await listed(client, "tasks", complete="false", fields="status")
    assert {t["status"] for t in pending} == {"pending", "in_progress"}
    high = await listed(client, "tasks", priority="high", fields="priority")
    assert {t["priority"] for t in high} == {"High"}
    smith = await listed(client, "tasks", matter_id=matter_id(sandbox, "00042-Smith"), fields="id")
    assert len(smith) == 2
    contact = await listed(client, "tasks", assignee_type="contact", fields="assignee{type,name}")
    assert contact == [{"assignee": {"type": "Person", "name": "Lena Hart"}}]


async def test_private_tasks_are_seen_by_their_people(
    client: httpx.AsyncClient,
    client_for,
) -> None:
    marcus = await client_for("marcus@demo-firm.test")
    names = {t["name"] for t in await listed(marcus, "tasks", fields="name")}
    assert "Personal CLE registration" in names
    assert "Personal CLE registration" not in {
        t["name"] for t in await listed(client, "tasks", fields="name")
    }


async def test_activity_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    recent = await listed(
        client, "activities", start_date=day(sandbox, -5), end_date=day(sandbox, 0), fields="date"
    )
    assert recent
    assert all(day(sandbox, -5) <= a["date"] <= day(sandbox, 0) for a in recent)
    marcus = await listed(
        client, "activities", user_id=user_id(sandbox, "marcus"), fields="user{name}"
    )
    assert {a["user"]["name"] for a in marcus} == {"Marcus Bell"}
    garcia = await listed(
        client, "activities", matter_id=matter_id(sandbox, "00040-Garcia"), fields="id"
    )
    assert len(garcia) == 4
    expenses = await listed(client, "activities", type="ExpenseEntry", fields="type,total")
    assert {a["type"] for a in expenses} == {"ExpenseEntry"}
    billed = await listed(client, "activities", status="billed", fields="billed")
    assert billed
    assert all(a["billed"] for a in billed)
    unbilled = await listed(client, "activities", status="unbilled", fields="billed,on_bill")
    assert unbilled
    assert all(not a["billed"] for a in unbilled)
    noted = await listed(client, "activities", query="deposition", fields="note")
    assert [a["note"] for a in noted] == ["Deposition transcript"]


async def test_calendar_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    window = {
        "from": f"{day(sandbox, 0)}T00:00:00-04:00",
        "to": f"{day(sandbox, 6)}T23:59:59-04:00",
    }
    entries = await listed(client, "calendar_entries", fields="summary,start_at", **window)
    names = {e["summary"] for e in entries}
    assert "Deposition of Robert Jones" in names
    assert "Closing: O'Brien home purchase" not in names
    assert "Weekly team meeting" in names
    expanded = await listed(
        client,
        "calendar_entries",
        expanded="true",
        fields="id,summary,start_at,parent_calendar_entry_id",
        **{"from": f"{day(sandbox, -7)}", "to": f"{day(sandbox, 13)}"},
    )
    weekly = [e for e in expanded if e["summary"] == "Weekly team meeting"]
    assert len(weekly) == 3
    assert all(e["start_at"].endswith("T09:00:00-04:00") for e in weekly)
    assert len({e["id"] for e in weekly}) == 3
    starts = [e["start_at"] for e in expanded]
    assert starts == sorted(starts)
    alice_calendar = sandbox.users.by_email("alice@demo-firm.test")["default_calendar_id"]
    alice = await listed(client, "calendar_entries", calendar_id=alice_calendar, fields="summary")
    assert {e["summary"] for e in alice} == {
        "Deposition of Robert Jones",
        "Filing deadline: Globex response",
    }
    all_day = await listed(client, "calendar_entries", is_all_day="true", fields="all_day")
    assert all_day == [{"all_day": True}]


async def test_bill_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    overdue = await listed(client, "bills", status="overdue", fields="number")
    assert {b["number"] for b in overdue} == {"1002", "1007"}
    assert {
        b["number"] for b in await listed(client, "bills", overdue_only="true", fields="number")
    } == {
        "1002",
        "1007",
    }
    for state in ("draft", "awaiting_approval", "paid", "void"):
        found = await listed(client, "bills", state=state, fields="state")
        assert [b["state"] for b in found] == [state]
    awaiting = await listed(client, "bills", state="awaiting_payment", fields="number,balance")
    assert {b["number"]: b["balance"] for b in awaiting} == {
        "1002": 5200.0,
        "1003": 1500.0,
        "1007": 1600.0,
    }
    smith = contact_id(sandbox, first_name="John", last_name="Smith")
    assert [
        b["number"] for b in await listed(client, "bills", client_id=smith, fields="number")
    ] == ["1001"]
    acme = matter_id(sandbox, "00038-Acme")
    assert [
        b["number"] for b in await listed(client, "bills", matter_id=acme, fields="number")
    ] == ["1002"]
    due_soon = await listed(client, "bills", due_after=day(sandbox, 0), fields="number")
    assert {b["number"] for b in due_soon} == {"1003", "1005", "1006"}
    assert [b["number"] for b in await listed(client, "bills", query="1004", fields="number")] == [
        "1004"
    ]
    assert (await client.get("/api/v4/bills.json", params={"query": "abc"})).status_code == 400
    exact = await listed(client, "bills", bill_number="1004", fields="number")
    assert [b["number"] for b in exact] == ["1004"]
    assert await listed(client, "bills", bill_number="100", fields="number") == []


async def test_user_filters(client: httpx.AsyncClient) -> None:
    attorneys = await listed(client, "users", subscription_type="attorney", fields="name")
    assert [u["name"] for u in attorneys] == ["Alice Nguyen", "Marcus Bell", "Hannah Whitaker"]
    staff = await listed(
        client, "users", subscription_type="nonattorney", fields="subscription_type"
    )
    assert {u["subscription_type"] for u in staff} == {"NonAttorney"}
    billing = await listed(client, "users", role="billing", fields="name")
    assert [u["name"] for u in billing] == ["Alice Nguyen", "Marcus Bell", "Tom Reyes"]
    named = await listed(
        client, "users", name="priya shah", fields="email,time_zone,default_calendar_id"
    )
    assert named[0]["email"] == "priya@demo-firm.test"
    assert named[0]["time_zone"] == "America/New_York"
    assert isinstance(named[0]["default_calendar_id"], int)
    assert len(await listed(client, "users", enabled="true", fields="id")) == 5
    assert (
        await client.get("/api/v4/users.json", params={"subscription_type": "Attorney"})
    ).status_code == 400


async def test_contact_filters(client: httpx.AsyncClient) -> None:
    companies = await listed(client, "contacts", type="Company", fields="name,type")
    assert {c["type"] for c in companies} == {"Company"}
    assert "Acme Corp" in {c["name"] for c in companies}
    clients = await listed(client, "contacts", client_only="true", fields="name,is_client")
    assert len(clients) == 10
    assert all(c["is_client"] for c in clients)
    queried = await listed(client, "contacts", query="smith", fields="name")
    assert {c["name"] for c in queried} == {"John Smith", "Karen Smith"}
    by_email = await listed(client, "contacts", query="acme.example.com", fields="name")
    assert [c["name"] for c in by_email] == ["Acme Corp"]
    initial = await listed(client, "contacts", initial="G", fields="name")
    assert {c["name"] for c in initial} == {"Maria Garcia", "Globex Industries", "Oliver Grant"}
    ordered = await listed(client, "contacts", order="name(asc)", fields="name", type="Person")
    assert [c["name"] for c in ordered] == sorted((c["name"] for c in ordered), key=str.lower)


async def test_communications_by_day_and_in_order_of_receipt(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    seeded = await listed(client, "communications", fields="subject,date,received_at")
    assert [(c["date"], c["received_at"]) for c in seeded] == [
        (day(sandbox, -3), f"{day(sandbox, -3)}T08:47:00-04:00"),
        (day(sandbox, -2), f"{day(sandbox, -2)}T14:20:00-04:00"),
        (day(sandbox, -1), f"{day(sandbox, -1)}T16:05:00-04:00"),
    ]  # Clio's default order is date(asc)
    late = {"type": "EmailCommunication", "subject": "Late", "body": "x"}
    late["received_at"] = f"{day(sandbox, -2)}T23:30:00-04:00"  # the next day in UTC
    assert (await client.post("/api/v4/communications.json", json={"data": late})).is_success
    on_day = await listed(client, "communications", date=day(sandbox, -2), fields="subject")
    assert [c["subject"] for c in on_day] == ["Trustee questions", "Late"]
    newest = await listed(client, "communications", order="received_at(desc)", fields="subject")
    assert [c["subject"] for c in newest] == [
        "Notice of deposition", "Late", "Trustee questions", "Witness availability",
    ]  # fmt: skip
    by_date = await listed(client, "communications", order="date(desc)", fields="subject")
    assert [c["subject"] for c in by_date] == [c["subject"] for c in newest]


async def test_other_filters(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    garcia = matter_id(sandbox, "00040-Garcia")
    assert len(await listed(client, "damages", matter_id=garcia, fields="id")) == 3
    emails = await listed(client, "communications", type="EmailCommunication", fields="type")
    assert len(emails) == 2
    jones = contact_id(sandbox, last_name="Jones")
    assert len(await listed(client, "communications", contact_id=jones, fields="id")) == 1
    contact_notes = await listed(client, "notes", type="Contact", fields="contact{name}")
    assert contact_notes == [{"contact": {"name": "Ravi Patel"}}]
    bill = sandbox.find("bills", number="1007")[0]["id"]
    payments = await listed(client, "clio_payments/payments", bill_id=bill, fields="amount")
    assert payments == [{"amount": 500.0}]
    active = await listed(client, "clio_payments/links", active="true", fields="amount")
    assert active == [{"amount": 5200.0}]
    areas = await listed(client, "practice_areas", name="personal injury", fields="code")
    assert areas == [{"code": "PI"}]
    flat = await listed(client, "activity_descriptions", flat_rate="true", fields="name")
    assert flat == [{"name": "Flat fee: will package"}]
    utbms = await listed(client, "activity_descriptions", type="utbms", fields="name")
    assert len(utbms) == 4
    calendars = await listed(client, "calendars", type="UserCalendar", fields="name")
    assert len(calendars) == 5
