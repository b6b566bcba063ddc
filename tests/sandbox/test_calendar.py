"""Recurring calendar entries: expansion, one-occurrence edits, whole-series edits."""

from __future__ import annotations

import httpx
import pytest

from bot.sandbox import Sandbox
from bot.sandbox.recurrence import parse_rule

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
    return [e for e in found if e["summary"].startswith("Standup")]


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
