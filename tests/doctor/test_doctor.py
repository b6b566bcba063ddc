"""`clio-bot doctor` against the sandbox: green as Clio is documented, and each setting that
breaks one of the bot's assumptions fails that check, by name, with a non-zero exit."""

from __future__ import annotations

import pytest

from bot.doctor import run
from bot.doctor.checks import CHECKS
from tests.doctor.conftest import MOVED

NAMES = [name for name, _ in CHECKS]


def status(report) -> dict[str, str]:
    return {f.name: f.status for f in report.findings}


def found(report, name: str) -> str:
    return next(f.found for f in report.findings if f.name == name)


async def test_green_on_the_default_sandbox(clio, sandbox, transport):
    report = await run(clio, target="the sandbox")
    assert NAMES == [
        "version",
        "fields",
        "rate limits",
        "idle timer",
        "occurrence ids",
        "received_at",
        "redaction",
        "practice areas",
    ]
    assert status(report) == dict.fromkeys(NAMES, "ok"), report.lines()
    assert report.exit_status == 0
    alice = sandbox.users.by_email("alice@demo-firm.test")
    assert f"who_am_i: user {alice['id']} {alice['name']}" in found(report, "version")
    assert "X-API-VERSION 4.0.13 as pinned" in found(report, "version")
    assert "all 21 collections" in found(report, "fields")
    assert found(report, "idle timer") == "404 (no timer running)"
    assert "id shape {parent}_{YYYYMMDD}" in found(report, "occurrence ids")
    assert found(report, "practice areas") == "answered directly (200)"
    lines = report.lines()
    assert len(lines) == len(NAMES) + 2
    assert lines[-1] == "All 8 assumptions hold."
    token = transport.tokens[0]
    assert token
    assert all(token not in line for line in lines)
    assert {method for method, _, _ in transport.requests} == {"GET"}  # it only reads


@pytest.mark.parametrize(
    ("change", "failing"),
    [
        ({"answered_api_version": "4.0.12"}, {"version"}),
        ({"rate_limit_headers": False}, {"rate limits"}),
        ({"refused_fields": {"quantity_redacted"}}, {"fields", "redaction"}),
        ({"refused_fields": {"received_at"}}, {"fields", "received_at"}),
        (
            {"practice_areas_moved_to": "https://elsewhere.example/api/v4/practice_areas.json"},
            {"fields", "practice areas"},
        ),
    ],
)
async def test_each_broken_assumption_fails_its_check(settings, clio, change, failing):
    for name, value in change.items():
        setattr(settings, name, value)
    report = await run(clio, target="the sandbox")
    assert {n for n, s in status(report).items() if s == "fail"} == failing, report.lines()
    assert report.exit_status == 1
    assert report.lines()[-1] == f"Failing: {', '.join(n for n in NAMES if n in failing)}."


async def test_what_fails_is_named(settings, clio):
    settings.answered_api_version = "4.0.12"
    settings.refused_fields = {"quantity_redacted"}
    settings.practice_areas_moved_to = "https://elsewhere.example/api/v4/practice_areas.json"
    report = await run(clio, target="the sandbox")
    assert "Clio answered X-API-VERSION 4.0.12, the bot pins 4.0.13" in found(report, "version")
    assert "activities: quantity_redacted is not a valid field" in found(report, "fields")
    assert "elsewhere.example/api/v4/practice_areas.json" in found(report, "practice areas")


async def test_practice_areas_redirected_within_the_api_are_followed(settings, clio):
    settings.practice_areas_moved_to = MOVED
    report = await run(clio, target="the sandbox")
    assert report.exit_status == 0, report.lines()
    assert found(report, "practice areas") == (
        f"answered after a 307 to {MOVED}, which the client follows"
    )
    areas = [a async for a in clio.practice_areas.list()]  # and so does the typed client
    assert len(areas) > 1


async def test_a_refused_version_stops_at_once(clio, transport):
    clio.api_version = "3.9.0"
    report = await run(clio, target="the sandbox")
    [finding] = report.findings
    assert finding.name == "version"
    assert finding.status == "fail"
    assert "Clio refuses X-API-VERSION 3.9.0 (410" in finding.found
    assert report.exit_status == 1
    assert len(transport.requests) == 1
    assert report.lines()[-1] == "7 more checks need Clio to answer who_am_i first."


@pytest.mark.parametrize(
    ("idle", "says"),
    [
        ("not_found", "404 (no timer running)"),
        ("null", '200 with "data": null (no timer running)'),
        ("empty", '200 with empty "data" (no timer running)'),
    ],
)
async def test_each_idle_timer_answer_the_sandbox_can_give_holds(settings, clio, idle, says):
    settings.idle_timer = idle
    report = await run(clio, target="the sandbox")
    assert found(report, "idle timer") == says
    assert report.exit_status == 0, report.lines()


async def test_opaque_occurrence_ids_hold_and_are_reported(settings, clio):
    settings.occurrence_ids = "opaque"
    report = await run(clio, target="the sandbox")
    assert status(report)["occurrence ids"] == "ok", report.lines()
    said = found(report, "occurrence ids")
    assert "{YYYYMMDD}" not in said
    assert "parent_calendar_entry_id and start_at identify" in said


# Shapes the sandbox's settings do not give: injected answers.
@pytest.mark.parametrize(
    ("status_code", "body", "verdict", "says"),
    [
        (200, {"data": None}, "ok", '200 with "data": null'),
        (200, {"data": {}}, "ok", '200 with empty "data"'),
        (200, {"data": {"id": 5, "start_time": None}}, "warn", "a timer is running"),
        (200, {"data": "idle"}, "fail", "unknown shape"),
        (400, None, "fail", "Clio answered 400"),
    ],
)
async def test_idle_timer_answers(sandbox, clio, status_code, body, verdict, says):
    sandbox.faults.add("GET", "/api/v4/timer", status_code, body=body)
    report = await run(clio, target="the sandbox")
    assert status(report)["idle timer"] == verdict
    assert says in found(report, "idle timer")
    assert report.exit_status == (1 if verdict == "fail" else 0)


def entries(*rows: dict) -> dict:
    return {"data": [{"etag": '"e"', **row} for row in rows]}


@pytest.mark.parametrize(
    ("body", "verdict", "says"),
    [
        (entries({"id": 770001, "start_at": "2026-11-30T14:00:00-05:00"}), "warn", "no recurring"),
        (
            entries(
                {"id": "880_1", "start_at": "2026-11-30T14:00:00Z", "recurrence_rule": "FREQ=DAILY"}
            ),
            "fail",
            "1 lack parent_calendar_entry_id or start_at",
        ),
        (
            entries(
                *[
                    {"id": 99, "parent_calendar_entry_id": 99, "start_at": f"2026-12-0{d}T14:00Z"}
                    for d in (1, 2)
                ]
            ),
            "ok",
            "2 occurrences, id shape {parent}; parent_calendar_entry_id and start_at identify",
        ),
        (
            entries(
                *[
                    {"id": i, "parent_calendar_entry_id": 99, "start_at": "2026-12-01T14:00Z"}
                    for i in (1, 2)
                ]
            ),
            "fail",
            "some share parent_calendar_entry_id and start_at",
        ),
    ],
)
async def test_occurrence_ids(sandbox, clio, body, verdict, says):
    # the fields check reads calendar entries first: both reads get the injected answer
    sandbox.faults.add("GET", "/api/v4/calendar_entries", 200, body=body, times=2)
    report = await run(clio, target="the sandbox")
    assert status(report)["occurrence ids"] == verdict, report.lines()
    assert says in found(report, "occurrence ids")
