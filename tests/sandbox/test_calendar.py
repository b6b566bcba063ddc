"""Recurring calendar entries: expansion, one-occurrence edits, whole-series edits."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from bot.sandbox import Sandbox
from bot.sandbox.recurrence import parse_rule

from .conftest import ClientFor
from .helpers import listed

FIELDS = "id,summary,start_at,end_at,recurrence_rule,parent_calendar_entry_id"
WINDOW = {"from": "2025-03-01", "to": "2025-04-30"}


async def weekly(client: httpx.AsyncClient, sandbox: Sandbox, rule: str) -> str:
    firm = sandbox.find("calendars", type="AccountCalendar")[0]["id"]
    created = await client.post(
        "/api/v4/calendar_entries.json",
        params={"fields": "id"},
        json={"data": {
            "summary": "Standup",
            "start_at": "2025-03-13T09:30:00-04:00",
            "end_at": "2025-03-13T09:45:00-04:00",
            "calendar_owner": {"id": firm},
            "recurrence_rule": rule,
        }},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    return str(created.json()["data"]["id"])


async def occurrences(client: httpx.AsyncClient) -> list[dict[str, str]]:
    found = await listed(client, "calendar_entries", expanded="true", fields=FIELDS, **WINDOW)
    return [e for e in found if (e["summary"] or "").startswith("Standup")]


@pytest.mark.parametrize(
    ("rule", "starts"),
    [
        ("FREQ=DAILY;COUNT=3", ["2025-03-13", "2025-03-14", "2025-03-15"]),
        ("FREQ=WEEKLY;INTERVAL=2;COUNT=3", ["2025-03-13", "2025-03-27", "2025-04-10"]),
        (
            "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250320T235959Z",
            ["2025-03-13", "2025-03-18", "2025-03-20"],
        ),
        ("FREQ=MONTHLY;COUNT=2", ["2025-03-13", "2025-04-13"]),
        ("FREQ=YEARLY;COUNT=2", ["2025-03-13"]),
    ],
)
async def test_expansion(
    client: httpx.AsyncClient, sandbox: Sandbox, rule: str, starts: list[str]
) -> None:
    series = await weekly(client, sandbox, rule)
    found = await occurrences(client)
    assert [e["start_at"][:10] for e in found] == starts
    assert found
    assert all(e["start_at"][10:] == "T09:30:00-04:00" for e in found)
    assert all(e["parent_calendar_entry_id"] == int(series) for e in found)
    assert [e["id"] for e in found] == [f"{series}_{d.replace('-', '')}" for d in starts]


async def test_unexpanded_lists_the_series_once(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=5")
    found = await listed(client, "calendar_entries", fields=FIELDS, **WINDOW)
    assert [e["id"] for e in found if e["summary"] == "Standup"] == [series]


async def test_invalid_rules(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    firm = sandbox.find("calendars", type="AccountCalendar")[0]["id"]
    for rule in ("FREQ=HOURLY", "FREQ=DAILY;BYMONTH=3", "nonsense"):
        response = await client.post(
            "/api/v4/calendar_entries.json",
            json={"data": {
                "summary": "x",
                "start_at": "2025-03-13T09:00:00Z",
                "end_at": "2025-03-13T10:00:00Z",
                "calendar_owner": {"id": firm}, "recurrence_rule": rule,
            }},
        )  # fmt: skip
        assert response.status_code == 422, rule


async def test_get_one_occurrence(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=3")
    one = await client.get(
        f"/api/v4/calendar_entries/{series}_20250314.json", params={"fields": FIELDS}
    )
    assert one.json()["data"]["start_at"] == "2025-03-14T09:30:00-04:00"
    assert (await client.get(f"/api/v4/calendar_entries/{series}_20250320.json")).status_code == 404


async def test_edit_a_single_occurrence(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=3")
    moved = await client.patch(
        f"/api/v4/calendar_entries/{series}_20250314.json",
        params={"fields": FIELDS},
        json={"data": {
            "_deleted": "single",
            "summary": "Standup (moved)",
            "start_at": "2025-03-14T11:00:00-04:00",
            "end_at": "2025-03-14T11:15:00-04:00",
        }},
    )  # fmt: skip
    assert moved.status_code == 200, moved.text
    detached = moved.json()["data"]
    assert detached["parent_calendar_entry_id"] == int(series)
    assert detached["recurrence_rule"] is None
    found = [(e["summary"], e["start_at"][:16]) for e in await occurrences(client)]
    assert found == [
        ("Standup", "2025-03-13T09:30"),
        ("Standup (moved)", "2025-03-14T11:00"),
        ("Standup", "2025-03-15T09:30"),
    ]


async def test_delete_one_and_the_following(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=5")
    assert (
        await client.delete(f"/api/v4/calendar_entries/{series}_20250314.json")
    ).status_code == 204
    ended = await client.patch(
        f"/api/v4/calendar_entries/{series}_20250316.json", json={"data": {"_deleted": "future"}}
    )
    assert ended.status_code == 200
    assert [e["start_at"][:10] for e in await occurrences(client)] == ["2025-03-13", "2025-03-15"]


async def test_edit_following_occurrences(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=4")
    await client.patch(
        f"/api/v4/calendar_entries/{series}_20250315.json",
        json={"data": {"_deleted": "future", "summary": "Standup v2"}},
    )
    found = [(e["summary"], e["start_at"][:10]) for e in await occurrences(client)]
    assert ("Standup", "2025-03-14") in found
    assert ("Standup v2", "2025-03-15") in found
    assert ("Standup", "2025-03-15") not in found


async def test_edit_the_whole_series(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=2")
    await client.patch(
        f"/api/v4/calendar_entries/{series}_20250314.json", json={"data": {"location": "Room 2"}}
    )
    whole = await client.get(
        f"/api/v4/calendar_entries/{series}.json", params={"fields": "location"}
    )
    assert whole.json()["data"] == {"location": "Room 2"}
    assert (await client.delete(f"/api/v4/calendar_entries/{series}.json")).status_code == 204
    assert await occurrences(client) == []


def test_rule_round_trip() -> None:
    rule = parse_rule("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4;WKST=MO")
    assert rule.text() == "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"


# -- what each reader sees (start_date/start_time..., 4.0.12 Free/Busy) ---------------------------
SEEN = "start_at,start_date,start_time,end_date,end_time"


async def entry_as(client: httpx.AsyncClient, ident: str, fields: str = SEEN) -> dict:
    response = await client.get(f"/api/v4/calendar_entries/{ident}.json", params={"fields": fields})
    assert response.status_code == 200, response.text
    return response.json()["data"]


async def test_dates_and_times_are_the_readers(client_for: ClientFor, sandbox: Sandbox) -> None:
    alice = await client_for("alice@demo-firm.test")
    firm = sandbox.find("calendars", type="AccountCalendar")[0]["id"]
    late = {  # 9-10pm in New York is 1-2am the next day in London
        "summary": "Late call",
        "start_at": "2025-03-14T21:00:00-04:00",
        "end_at": "2025-03-14T22:00:00-04:00",
        "calendar_owner": {"id": firm},
    }
    created = await alice.post(
        "/api/v4/calendar_entries.json", params={"fields": "id"}, json={"data": late}
    )
    ident = created.json()["data"]["id"]
    assert await entry_as(alice, ident) == {
        "start_at": "2025-03-14T21:00:00-04:00",
        "start_date": "2025-03-14",
        "start_time": "21:00 EDT",
        "end_date": "2025-03-14",
        "end_time": "22:00 EDT",
    }
    hannah = await client_for("hannah@demo-firm.test")
    assert await entry_as(hannah, ident) == {
        "start_at": "2025-03-15T01:00:00+00:00",
        "start_date": "2025-03-15",
        "start_time": "01:00 GMT",
        "end_date": "2025-03-15",
        "end_time": "02:00 GMT",
    }


async def test_an_all_day_entry_keeps_its_own_days(client_for: ClientFor, sandbox: Sandbox) -> None:
    hannah = await client_for("hannah@demo-firm.test")
    london = sandbox.users.by_email("hannah@demo-firm.test")["default_calendar_id"]
    day_off = {
        "summary": "Day off",
        "start_at": "2025-03-20T00:00:00+00:00",
        "end_at": "2025-03-21T00:00:00+00:00",
        "all_day": True,
        "calendar_owner": {"id": london},
    }
    created = await hannah.post(
        "/api/v4/calendar_entries.json", params={"fields": "id"}, json={"data": day_off}
    )
    ident = created.json()["data"]["id"]
    alice = await client_for("alice@demo-firm.test")
    seen = await entry_as(alice, ident)  # in New York it starts the evening before
    assert seen["start_at"] == "2025-03-19T20:00:00-04:00"
    assert (seen["start_date"], seen["end_date"]) == ("2025-03-20", "2025-03-20")
    assert seen["start_time"] is None
    assert seen["end_time"] is None


PRIVATE = "id,summary,location,matter{id},attendees,calendars,start_at,end_at,start_time,permission"


async def hannahs_appointment(client: httpx.AsyncClient, sandbox: Sandbox) -> dict:
    london = sandbox.users.by_email("hannah@demo-firm.test")["default_calendar_id"]
    entries = await listed(client, "calendar_entries", calendar_id=london, fields=PRIVATE, **WINDOW)
    at = datetime(2025, 3, 13, 15, 0, tzinfo=UTC)  # 11:00 in New York
    [appointment] = [e for e in entries if datetime.fromisoformat(e["start_at"]) == at]
    return appointment


async def test_a_free_busy_reader_sees_only_when(
    client: httpx.AsyncClient, client_for: ClientFor, sandbox: Sandbox
) -> None:
    appointment = await hannahs_appointment(client, sandbox)  # Alice, on Hannah's calendar
    assert appointment == {
        "id": appointment["id"],
        "summary": None,
        "location": None,
        "matter": None,
        "attendees": None,
        "calendars": None,
        "start_at": "2025-03-13T11:00:00-04:00",
        "end_at": "2025-03-13T12:00:00-04:00",
        "start_time": "11:00 EDT",
        "permission": "limited_viewer",
        "redacted": True,
    }
    assert await entry_as(client, appointment["id"], "id") == {
        "id": appointment["id"],
        "redacted": True,  # even when not asked for
    }
    hannah = await client_for("hannah@demo-firm.test")
    own = await hannahs_appointment(hannah, sandbox)
    assert own["summary"] == "Medical appointment"
    assert own["permission"] == "owner"
    assert "redacted" not in own
    found = await listed(client, "calendar_entries", query="Medical", fields="id", **WINDOW)
    assert found == []  # its words are not searchable by a Free/Busy reader either
    path = f"/api/v4/calendar_entries/{appointment['id']}.json"
    assert (await client.patch(path, json={"data": {"summary": "x"}})).status_code == 403
    assert (await client.delete(path)).status_code == 403


async def test_an_invited_free_busy_reader_sees_the_entry(
    client: httpx.AsyncClient, client_for: ClientFor, sandbox: Sandbox
) -> None:
    hannah = await client_for("hannah@demo-firm.test")
    london = sandbox.users.by_email("hannah@demo-firm.test")["default_calendar_id"]
    alices = sandbox.users.by_email("alice@demo-firm.test")["default_calendar_id"]
    lunch = {
        "summary": "Lunch with Alice",
        "start_at": "2025-03-14T12:00:00+00:00",
        "end_at": "2025-03-14T13:00:00+00:00",
        "calendar_owner": {"id": london},
        "attendees": [{"id": alices, "type": "Calendar"}],
    }
    created = await hannah.post(
        "/api/v4/calendar_entries.json", params={"fields": "id"}, json={"data": lunch}
    )
    seen = await entry_as(client, created.json()["data"]["id"], "summary,permission")
    assert seen == {"summary": "Lunch with Alice", "permission": "viewer"}


async def test_opaque_occurrence_ids(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.settings.occurrence_ids = "opaque"
    series = await weekly(client, sandbox, "FREQ=DAILY;COUNT=3")
    found = await occurrences(client)
    ids = [e["id"] for e in found]
    assert ids
    assert all("_" not in i and series not in i and not i.isdigit() for i in ids), ids
    assert all(e["parent_calendar_entry_id"] == int(series) for e in found)
    one = await entry_as(client, ids[1], "start_at")
    assert one["start_at"] == "2025-03-14T09:30:00-04:00"
    moved = await client.patch(
        f"/api/v4/calendar_entries/{ids[1]}.json",
        params={"fields": FIELDS},
        json={"data": {"_deleted": "single", "start_at": "2025-03-14T11:00:00-04:00",
                       "end_at": "2025-03-14T11:15:00-04:00"}},
    )  # fmt: skip
    assert moved.status_code == 200, moved.text
    assert (await client.delete(f"/api/v4/calendar_entries/{ids[2]}.json")).status_code == 204
    assert [e["start_at"][:16] for e in await occurrences(client)] == [
        "2025-03-13T09:30",
        "2025-03-14T11:00",
    ]
    other_shape = await client.get(f"/api/v4/calendar_entries/{series}_20250313.json")
    assert other_shape.status_code == 404
    assert (await client.get("/api/v4/calendar_entries/notanid.json")).status_code == 404
