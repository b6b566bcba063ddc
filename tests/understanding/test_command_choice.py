"""The right command end to end (issue 15, class 4): each request typed into the console core,
one confirmation, the record checked in the sandbox; or the right answer or question."""

from __future__ import annotations

import pytest

from tests.understanding.harness import Case, run_case

CASES = [
    {
        "say": "weekly team mtg every monday 9am for 8 weeks",
        "kind": "recurring",
        "resource": "calendar_entries",
        "expect": {"summary~": ["team"], "start_at": "{wd:mon:next}T09:00"},
        "extra": {"recurrence_rule~": ["WEEKLY", "COUNT=8"]},
    },
    {
        "say": "cancel team meeting on dec 14",
        "op": "delete",
        "resource": "calendar_entries",
        "target": {"resource": "calendar_entries", "id": "770004_20261214"},
        "kept": [{"resource": "calendar_entries", "id": 770004}],
    },
    {
        "say": "statute of limitations task for the Garcia matter: file complaint by nov 28 2029",
        "resource": "tasks",
        "expect": {
            "name~": ["file complaint"],
            "due_at": "2029-11-28",
            "matter.display_number": "00040-Garcia",
        },
    },
    {
        "say": "statute of limitations task for Roe matter: file complaint by nov 28 2029",
        "op": "ask",
        "resource": "tasks",
    },
    {
        "say": "1.25 research on johnson as Legal research",
        "resource": "activities",
        "expect": {
            "type": "TimeEntry",
            "quantity": 4500,
            "matter.display_number": "00045-Johnson",
            "activity_description.name": "Legal research",
        },
    },
    {
        "say": "half an hour on Patel this morning reviewing docs",
        "resource": "activities",
        "expect": {
            "type": "TimeEntry",
            "quantity": 1800,
            "date": "{d+0}",
            "matter.display_number": "00039-Patel",
            "note~": ["reviewing docs"],
        },
    },
    {
        "say": "block friday all day for trial prep",
        "resource": "calendar_entries",
        "expect": {
            "summary~": ["trial prep"],
            "summary!~": ["block"],
            "start_at": "{wd:fri:next}",
            "all_day": True,
        },
    },
    {
        "say": "who owes us money",
        "op": "read",
        "resource": "bills",
        "reply~": ["1002", "1007"],
        "reply!~": ["1001"],
    },
    {
        "say": "add contact Jane Roe, jane.roe@example.com, 555-0142",
        "resource": "contacts",
        "expect": {
            "first_name": "Jane",
            "last_name": "Roe",
            "email_addresses~": ["jane.roe@example.com"],
            "phone_numbers~": ["555-0142"],
        },
    },
    {
        "say": "1",
        "op": "read",
        "resource": "activities",
        "reply~": ["What should 1 be?"],
        "reply!~": ["Create"],
    },
    {
        "say": "frobnicate the wibble",
        "op": "read",
        "resource": "activities",
        "reply~": ["I didn't understand that", "“frobnicate”, “wibble”"],
    },
]


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"])[:48] for c in CASES])
async def test_the_right_command_after_one_confirmation(fields):
    case = Case.model_validate({"id": 1, "persona": "attorney", **fields})
    outcome = await run_case(case)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
