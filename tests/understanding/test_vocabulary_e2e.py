"""The firm's names as people type them, end to end: typed into the console core, confirmed
once, the record checked in the sandbox (lowercase and short names, several words, colleagues)."""

from __future__ import annotations

import pytest

from tests.understanding.harness import NOW, Case, World

CASES = [
    {
        "say": "2h15m garcia depo prep",
        "resource": "activities",
        "expect": {"quantity": 8100, "matter.display_number": "00040-Garcia", "note": "depo prep"},
    },
    {
        "say": "2h30m research for Acme merger",
        "resource": "activities",
        "expect": {"quantity": 9000, "matter.description": "Acme merger", "note": "research"},
    },
    {
        "say": "0.5h acme v widget works reviewed answer",
        "resource": "activities",
        "expect": {"matter.display_number": "00049-Acme", "note": "reviewed answer"},
    },
    {
        "say": "task for Marcus file motion to compel",
        "resource": "tasks",
        "expect": {"assignee.name": "Marcus Bell", "name": "file motion to compel"},
    },
    {
        "say": "@priya pls call court clerk",
        "resource": "tasks",
        "expect": {"assignee.name": "Priya Shah", "name": "call court clerk"},
    },
    {
        "say": "tasks for marcus",
        "resource": "tasks",
        "op": "read",
        "reply~": ["Tasks (Marcus Bell)", "Prepare witness list"],
    },
    {
        "say": "bills for acme",
        "resource": "bills",
        "op": "read",
        "reply~": ["Bills (Acme Corp)", "#1002"],
    },
    {
        "say": "time on garcia this month",
        "resource": "activities",
        "op": "read",
        "reply~": ["00040-Garcia"],
        "reply!~": ["00042-Smith"],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["say"] for c in CASES])
async def test_the_firms_names_as_people_type_them(case):
    async with World(NOW) as world:
        acme = await world.reader.get("/api/v4/contacts.json", params={"query": "Acme Corp"})
        client = {"id": acme.json()["data"][0]["id"]}
        made = await world.reader.post(
            "/api/v4/matters.json", json={"data": {"description": "Acme merger", "client": client}}
        )
        assert made.status_code == 201
        outcome = await world.play(Case.model_validate({"id": 1, "persona": "attorney", **case}))
    assert outcome.why == [], "\n".join(outcome.transcript)
