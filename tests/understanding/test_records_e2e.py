"""Notes, contacts and matters as firm staff type them, end to end (issue 15, "records"): typed
into the console core, one confirmation, the record checked in the sandbox."""

from __future__ import annotations

import pytest

from tests.understanding.harness import Case, run_case

CASES = [
    {
        "say": "add a note on ravi patel - new cell # 917-555-0188",
        "resource": "notes",
        "expect": {"type": "Contact", "detail~": ["917-555-0188"], "contact.name": "Ravi Patel"},
    },
    {
        "say": "matter note acme v widget works - widget's answer due 12/18",
        "resource": "notes",
        "expect": {
            "type": "Matter",
            "detail~": ["answer due 12/18"],
            "matter.display_number": "00049-Acme",
        },
    },
    {
        "say": "delete the note about physio on garcia",
        "op": "delete",
        "resource": "notes",
        "target": {"resource": "notes", "id": 890002},
        "expect": {},
    },
    {
        "say": "edit ravi's preferences note - prefers email now",
        "op": "update",
        "resource": "notes",
        "target": {"resource": "notes", "id": 890003},
        "expect": {"detail~": ["prefers email"]},
    },
    {
        "say": "pls add contact frank oneil, frank@oneil.example, title CFO at Acme Corp",
        "resource": "contacts",
        "expect": {
            "type": "Person",
            "first_name": "Frank",
            "last_name": "Oneil",
            "title": "CFO",
            "company.name": "Acme Corp",
        },
    },
    {
        "say": "add opposing counsel contact - mark davis, mdavis@davislaw.com",
        "resource": "contacts",
        "expect": {"type": "Person", "first_name": "Mark", "last_name": "Davis"},
    },
    {
        "say": "new matter: Globex Industries - trademark opposition, corporate, me as responsible"
        " attorney",
        "resource": "matters",
        "expect": {
            "client.name": "Globex Industries",
            "description~": ["trademark opposition"],
            "practice_area.name": "Corporate",
            "responsible_attorney.name": "Alice Nguyen",
        },
    },
    {
        "say": "open matter for emily chen re post-divorce modification, family law",
        "resource": "matters",
        "expect": {
            "client.name": "Emily Chen",
            "description~": ["modification"],
            "practice_area.name": "Family Law",
        },
    },
    {
        "say": "change responsible attorney on johnson to hannah",
        "op": "update",
        "resource": "matters",
        "target": {"resource": "matters", "id": 110008},
        "expect": {"responsible_attorney.name": "Hannah Whitaker"},
    },
]


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"]) for c in CASES])
async def test_a_record_is_written_right_after_one_confirmation(fields):
    case = Case.model_validate({"id": 1, "persona": "attorney", **fields})
    outcome = await run_case(case)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
