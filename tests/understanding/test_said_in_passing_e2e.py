"""The tenth round's classes end to end (`harness.run_case`: typed into the console core, one
confirmation, the record read back from the sandbox), at the moment the round was written for:
a value taken back later, a record asked to be had, an appointment's new end, a change from the
old value to the new, a record named alone, a contact told of and then changed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.harness import Case, run_case

NOW = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.UTC)  # Monday 13:00 in New York
CASES = [
    {
        "say": "2h on garcia no wait 2.5 reviewing the incident reports",
        "resource": "activities",
        "expect": {
            "quantity": 9000,
            "matter.display_number": "00040-Garcia",
            "note~": ["incident"],
        },
    },
    {
        "say": "Could we please get a task on the Patel matter for Hannah - review the trust deed "
        "draft - due friday? Normal priority is fine. Thanks!",
        "resource": "tasks",
        "expect": {
            "assignee.name": "Hannah Whitaker",
            "matter.display_number": "00039-Patel",
            "due_at": "{d+4}",
            "name!~": ["fine"],
        },
    },
    {
        "say": "robert jones depo wed will run til 1pm",
        "resource": "calendar_entries",
        "op": "update",
        "target": {"resource": "calendar_entries", "id": 770001},
        "expect": {"start_at": "{d+2}T10:00", "end_at": "{d+2}T13:00"},
    },
    {
        "say": "could you change my call with acme's general counsel yesterday from half an hour "
        "to 45 minutes? it ran over",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440010},
        "expect": {"quantity": 2700, "matter.display_number": "00038-Acme"},
    },
    {  # a month names the entries of that month; why it goes is no part of it
        "say": "delete marcus's closing meeting time entry from nov, its a dupe",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440018},
    },
    {  # an end before the start is asked again, never written
        "say": "extend the jones depo wed until 9am",
        "resource": "calendar_entries",
        "op": "ask",
    },
    {
        "say": "Please delete Oliver Grant.",
        "resource": "contacts",
        "op": "delete",
        "target": {"resource": "contacts", "id": 220016},
    },
    {
        "say": "Dr. Lena Hart has been promoted; please change her title to Chief of Orthopaedic "
        "Surgery.",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220015},
        "expect": {"title~": ["Chief of Orthopaedic Surgery"]},
    },
    {
        "say": "Globex would like all correspondence sent to legal@globex.example.com. Please "
        "change the company's email address accordingly.",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220008},
        "expect": {"email_addresses~": ["legal@globex.example.com"]},
    },
]


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"])[:48] for c in CASES])
async def test_said_in_passing_ends_right_after_one_confirmation(fields):
    case = Case.model_validate({"id": 1, "persona": "attorney", "now": NOW, **fields})
    outcome = await run_case(case, now=NOW)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])


async def test_a_delete_never_takes_an_entry_on_another_matter_alone():
    """ "delete the call with the garcia adjuster from last week": the one call entry of that week
    is on Acme, so it is offered as a choice, not deleted."""
    case = Case.model_validate(
        {
            "id": 2,
            "persona": "attorney",
            "say": "delete the call time entry with the garcia adjuster from last week",
            "resource": "activities",
            "op": "ask",
            "now": NOW,
        }
    )
    outcome = await run_case(case, now=NOW)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
