"""Tasks, calls and emails named by description among the firm's records (a colleague's too), the
record just written named "that", and calendar entries by their matter or place, end to end."""

from __future__ import annotations

import pytest

from tests.understanding.harness import Case, run_case

CASES = [
    {  # Hannah's task, by two words of its name
        "say": "push the trust deed task to dec 14",
        "op": "update",
        "resource": "tasks",
        "target": {"resource": "tasks", "id": 550006},
        "expect": {"due_at": "{d+11}"},
    },
    {  # Marcus's task, by his name and its words
        "say": "drop marcus's witness list task",
        "op": "delete",
        "resource": "tasks",
        "target": {"resource": "tasks", "id": 550011},
        "expect": {},
    },
    {  # a call, by its subject and its matter
        "say": "delete the trustee questions call log on patel",
        "op": "delete",
        "resource": "communications",
        "target": {"resource": "communications", "id": 880002},
        "expect": {},
    },
    {  # "that": the task just created
        "say": "assign that to marcus",
        "setup": ["task for me file motion due Friday high priority", "1"],
        "op": "update",
        "resource": "tasks",
        "target": {"resource": "tasks", "setup": True},
        "expect": {"assignee.name": "Marcus Bell"},
    },
    {  # an entry weeks ago, by its client's name
        "say": "remove the o'brien closing from the calendar",
        "op": "delete",
        "resource": "calendar_entries",
        "target": {"resource": "calendar_entries", "id": 770005},
        "expect": {},
    },
]


@pytest.mark.parametrize("raw", CASES, ids=[str(c["say"]) for c in CASES])
async def test_a_record_named_by_description_is_the_one_changed(raw):
    outcome = await run_case(Case.model_validate({"id": 0, "persona": "attorney", **raw}))
    assert outcome.ok, outcome.why


async def test_two_tasks_that_fit_as_well_are_asked_about():
    case = {"say": "delete the prepare task", "op": "ask", "resource": "tasks", "expect": {}}
    outcome = await run_case(Case.model_validate({"id": 0, "persona": "attorney", **case}))
    card = "\n".join(outcome.transcript)
    assert outcome.ok and "deposition outline" in card and "witness list" in card, card


async def test_a_new_subject_shows_the_old_one():
    case = {
        "say": "change the subject of the notice of deposition email to 'amended notice'",
        "op": "update",
        "resource": "communications",
        "target": {"resource": "communications", "id": 880003},
        "expect": {"subject~": ["amended notice"]},
    }
    outcome = await run_case(Case.model_validate({"id": 0, "persona": "attorney", **case}))
    card = "\n".join(outcome.transcript)
    assert outcome.ok and "Notice of deposition → amended notice" in card, card
