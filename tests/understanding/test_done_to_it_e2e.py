"""The fifteenth round's classes end to end (`harness.run_case`: typed into the console core, one
confirmation, the record read back from the sandbox), at the moment the round was written for
(Wednesday 16 December, 11:30 in New York): a record said first, then the change done to "it" or
"that" and why ("- make that non billable", "- kill it, it was a duplicate", "- bump it up to
405"); an entry told by its minutes; a charge's bare new amount; a task cancelled with
why after a comma; whose time it is said with a pronoun or "entering this for"; a date written
with a dot or as a holiday; a contact's new detail told as news; what an entry says, then what it
should; a task going to someone; a note's subject said bare. Written in new words, not the round's
own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.harness import Case, run_case

NOW = dt.datetime(2026, 12, 16, 16, 30, tzinfo=dt.UTC)  # Wednesday 11:30 in New York
CASES = [
    {
        "say": "hannah's 18 min call with mr patel on monday - kill it, it was a duplicate",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440008},
    },
    {
        "say": "the court filing fee on smith from the 10th - bump it up to 405, the clerk raised it",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440019},
        "expect": {"price": 405},
    },
    {
        "say": "change priya's courier charge on johnson to 30",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440021},
        "expect": {"price": 30},
    },
    {
        "say": "the 30 min intake on garcia marcus logged - make that non billable",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440004},
        "expect": {"non_billable": True},
    },
    {
        "say": "call off the conflict check task, globex already cleared it",
        "resource": "tasks",
        "op": "delete",
        "target": {"resource": "tasks", "id": 550009},
    },
    {
        "say": "nix the chen financial disclosures task - not needed",
        "resource": "tasks",
        "op": "delete",
        "target": {"resource": "tasks", "id": 550008},
    },
    {
        "say": "remind me to send ravi the trust deed draft 12.21",
        "resource": "tasks",
        "op": "create",
        "expect": {"name~": ["trust deed"], "due_at": "{d+5}"},
    },
    {
        "say": "entering this for priya: 1.2 on garcia 12/15, pulled the bus maintenance logs",
        "resource": "activities",
        "op": "create",
        "expect": {"user.name": "Priya", "quantity": 4320, "date": "{d-1}"},
    },
    {
        "say": "priya was at the garcia site visit on the 14th for 2h — pls log it for her, billable",
        "resource": "activities",
        "op": "create",
        "expect": {"user.name": "Priya", "quantity": 7200, "date": "{d-2}"},
    },
    {
        "say": "ravi patel has a new email, ravi.p@example.org - use that one from now on",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220002},
        "expect": {"email_addresses~": ["ravi.p@example.org"]},
    },
    {
        "say": "the transcript cost on garcia says $420, metro actually billed 380. pls fix",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440020},
        "expect": {"price": 380},
    },
    {
        "say": "hannah's swamped - can the collect financial disclosures task go to marcus instead",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550008},
        "expect": {"assignee.name": "Marcus"},
    },
    {
        "say": "note on the chen divorce, subject custody, emily says the kids want alternate weekends",
        "resource": "notes",
        "op": "create",
        "expect": {
            "subject~": ["custody"],
            "detail~": ["alternate weekends"],
            "matter.display_number": "00043-Chen",
        },
    },
    {
        "say": "task for priya: chase the trust deed signatures, due new year's eve",
        "resource": "tasks",
        "op": "create",
        "expect": {"assignee.name": "Priya", "due_at": "{eom}", "name~": ["trust deed"]},
    },
    {
        "say": "northwind is back with a trademark question - opposition against a copycat "
        "brand. corporate, hannah responsible",
        "resource": "matters",
        "op": "create",
        "expect": {
            "client.name": "Northwind",
            "practice_area.name": "Corporate",
            "responsible_attorney.name": "Hannah",
            "description~": ["trademark"],
        },
    },
    {
        "say": "emily chen emailed this morning, her landlord is refusing to return the deposit. "
        "new matter for emily, real estate, marcus as responsible attorney",
        "resource": "matters",
        "op": "create",
        "expect": {
            "client.name": "Emily Chen",
            "practice_area.name": "Real Estate",
            "responsible_attorney.name": "Marcus",
            "description~": ["deposit"],
        },
    },
    {
        "say": "marcus's 2 hr strategy memo on garcia from last saturday - mark it no charge",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440005},
        "expect": {"non_billable": True, "no_charge": True, "quantity": 7200},
    },
]


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"])[:48] for c in CASES])
async def test_done_to_it_ends_right_after_one_confirmation(fields):
    case = Case.model_validate({"id": 1, "persona": "attorney", "now": NOW, **fields})
    outcome = await run_case(case, now=NOW)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
