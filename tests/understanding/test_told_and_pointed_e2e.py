"""The eleventh round's classes end to end (`harness.run_case`: typed into the console core, one
confirmation, the record read back from the sandbox), at the moment the round was written for:
a record told of and then pointed at ("... Go ahead and delete that entry."), a change needed
("I need its practice area changed"), the record said first and its change after it ("patel
trust deed task pls delete"), a contact's new value taken from the story ("change her title to
that"), and requests written as other Englishes write them ("0,3 h", "16h", "please to"); and
the twelfth round's, at its own moment: a record and its change as a list line, a change asked
after "so" or "just", a voice memo's "uh" and spoken numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.harness import Case, run_case

NOW = dt.datetime(2026, 12, 10, 14, 20, tzinfo=dt.UTC)  # Thursday 09:20 in New York
CASES = [
    {
        "say": "Priya's comparative negligence research from Saturday turned out to be for her "
        "CLE talk. Could you delete that entry?",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440003},
    },
    {
        "say": "The O'Brien closing from November 20 is long over and that file is closed, so "
        "go ahead and delete that event please",
        "resource": "calendar_entries",
        "op": "delete",
        "target": {"resource": "calendar_entries", "id": 770005},
    },
    {
        "say": "The Johnson vs. Brightline Logistics matter has become a plain lawsuit. We need "
        "its practice area changed to Litigation.",
        "resource": "matters",
        "op": "update",
        "target": {"resource": "matters", "id": 110008},
        "expect": {"practice_area.name": "Litigation"},
    },
    {
        "say": "Hannah started drafting the trust deed for the Patel estate yesterday, so let's "
        "set that task to in progress",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550006},
        "expect": {"status": "in_progress"},
    },
    {
        "say": "Dr. Lena Hart has just been appointed Head of Orthopaedics at St. Mary's. Please "
        "update her title to that.",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220015},
        "expect": {"title~": ["Head of Orthopaedics"]},
    },
    {
        "say": "patel trust deed task please delete",
        "resource": "tasks",
        "op": "delete",
        "target": {"resource": "tasks", "id": 550006},
    },
    {
        "say": "robert jones depo moved to conference room c",
        "resource": "calendar_entries",
        "op": "update",
        "target": {"resource": "calendar_entries", "id": 770001},
        "expect": {"location~": ["conference room c"]},
    },
    {
        "say": "chen divorce i'm resp atty now",
        "resource": "matters",
        "op": "update",
        "target": {"resource": "matters", "id": 110006},
        "expect": {"responsible_attorney.name": "Alice Nguyen"},
    },
    {
        "say": "0,5 h today on globex lease dispute reviewing the estoppel certificate",
        "resource": "activities",
        "expect": {
            "quantity": 1800,
            "matter.display_number": "00041-Globex",
            "note~": ["estoppel"],
        },
    },
    {
        "say": "please to put in my calendar friday 14h to 15h30 call with ravi about the trust, "
        "patel estate",
        "resource": "calendar_entries",
        "expect": {
            "start_at": "{d+1}T14:00",
            "end_at": "{d+1}T15:30",
            "matter.display_number": "00039-Patel",
        },
    },
    {  # the aside tells how the lunch came about; it makes no email log
        "say": "lunch w/ ravi patel fri 1-2pm at nobu (he emailed to confirm), patel estate",
        "resource": "calendar_entries",
        "expect": {"start_at": "{d+1}T13:00", "location~": ["nobu"]},
    },
]


FRIDAY = dt.datetime(2026, 12, 11, 21, 45, tzinfo=dt.UTC)  # Friday 16:45 in New York
LISTED = [
    {
        "say": "courier to court on johnson 12/8: $45 -> $52",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440021},
        "expect": {"price": 52},
    },
    {
        "say": '"Review lease amendments" (globex): priority -> high',
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550007},
        "expect": {"priority": "High"},
    },
    {
        "say": "x Tom's billing summary entry today, admin time",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440016},
    },
    {
        "say": "the collect financial disclosures task on chen, uh, hannah's out next week, so "
        "just reassign it to priya",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550008},
        "expect": {"assignee.name": "Priya"},
    },
    {
        "say": "my widget works answer review from today, I put in one point eight but it was "
        "really one and a half, so just change it to one point five hours",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440017},
        "expect": {"quantity": 5400},
    },
]


@pytest.mark.parametrize(
    ("fields", "now"),
    [(c, NOW) for c in CASES] + [(c, FRIDAY) for c in LISTED],
    ids=[str(c["say"])[:48] for c in [*CASES, *LISTED]],
)
async def test_told_and_pointed_ends_right_after_one_confirmation(fields, now):
    case = Case.model_validate({"id": 1, "persona": "attorney", "now": now, **fields})
    outcome = await run_case(case, now=now)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])


async def test_a_message_quoted_after_a_colon_asks_the_bot_nothing():
    """ "phone msg from sarah johnson: can we move her depo prep to thurs" logs the call; what
    she asks is its content, never a change the bot makes."""
    case = Case.model_validate(
        {
            "id": 2,
            "persona": "attorney",
            "say": "phone msg from sarah johnson: can we move her depo prep to thurs",
            "resource": "communications",
            "now": NOW,
            "expect": {"type": "PhoneCommunication", "senders.name": "Sarah Johnson"},
        }
    )
    outcome = await run_case(case, now=NOW)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
