"""Records named by description, not number, end to end (issue 15, classes 3 and 6): typed into
the console core, one confirmation, the record checked in the sandbox; and the card's before and
after for what a move changes."""

from __future__ import annotations

import pytest

from tests.understanding.harness import Case, run_case

LOG = ["log 1.5h on Smith v Jones yesterday drafting motion", "1"]
CASES = [
    {
        "say": "change my last entry to 2h",
        "setup": LOG,
        "op": "update",
        "resource": "activities",
        "target": {"resource": "activities", "setup": True},
        "expect": {"quantity": 7200},
    },
    {
        "say": "undo",
        "setup": LOG,
        "op": "undo",
        "resource": "activities",
        "target": {"resource": "activities", "setup": True},
        "expect": {},
    },
    {
        "say": "mark the engagement letter task done",
        "op": "update",
        "resource": "tasks",
        "target": {"resource": "tasks", "id": 550003},
        "expect": {"status": "complete"},
    },
    {
        "say": "delete the hearing on dec 8",
        "op": "delete",
        "resource": "calendar_entries",
        "target": {"resource": "calendar_entries", "id": 770003},
        "expect": {},
    },
    {
        "say": "move the robert jones depo to 2pm",
        "op": "update",
        "resource": "calendar_entries",
        "target": {"resource": "calendar_entries", "id": 770001},
        "expect": {"start_at": "{d+2}T14:00", "end_at": "{d+2}T16:00"},
    },
    {
        "say": "delete my last entry",
        "setup": LOG,
        "op": "delete",
        "resource": "activities",
        "target": {"resource": "activities", "setup": True},
        "expect": {},
    },
]


def case(fields: dict) -> Case:
    return Case.model_validate({"id": 1, "persona": "attorney", **fields})


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"]) for c in CASES])
async def test_a_record_named_by_description_is_written_after_one_confirmation(fields):
    outcome = await run_case(case(fields))
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])


async def test_a_move_keeps_the_length_and_the_card_shows_before_and_after():
    outcome = await run_case(case(CASES[4]))
    card = "\n".join(outcome.transcript)
    assert outcome.ok, card
    assert "10 AM–12 PM → Sat 5 Dec 2026 2 PM–4 PM" in card, card


@pytest.mark.parametrize(("number", "change"), [(0, "1.5 h → 2 h"), (2, "→ complete")])
async def test_an_edit_card_shows_before_and_after(number, change):
    outcome = await run_case(case(CASES[number]))
    card = "\n".join(outcome.transcript)
    assert outcome.ok and change in card.replace("1.5h", "1.5 h"), card


async def test_a_description_that_fits_nothing_says_what_was_searched():
    outcome = await run_case(
        case(
            {
                "say": "mark the zebra migration task done",
                "op": "ask",
                "resource": "tasks",
                "expect": {},
            }
        )
    )
    card = "\n".join(outcome.transcript)
    assert "zebra migration" in card and "tasks you can see" in card, card
