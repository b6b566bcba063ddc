"""Damages, medical records, folders, payment links and bills named by description, end to end: typed
into the console core, one confirmation, the record checked in the sandbox."""

from __future__ import annotations

import pytest

from tests.understanding.harness import Case, run_case

CASES = [
    {
        "say": "change the lost wages damage on garcia to $5,000",
        "op": "update",
        "resource": "damages",
        "target": {"resource": "damages", "id": 1320002},
        "expect": {"amount": 5000},
    },
    {
        "say": "delete garcia's medical expenses damage",
        "op": "delete",
        "resource": "damages",
        "target": {"resource": "damages", "id": 1320001},
        "expect": {},
    },
    {
        "say": "garcia is done treating at st mary's",
        "op": "update",
        "resource": "medical_records_details",
        "target": {"resource": "medical_records_details", "id": 1340001},
        "expect": {"in_treatment": False},
    },
    {
        "say": "add dr hart as medical provider on garcia, still treating, records requested",
        "resource": "medical_records_details",
        "expect": {"medical_provider.name": "Lena Hart", "in_treatment": True},
    },
    {
        "say": "create a Correspondence folder inside medical records on garcia",
        "resource": "folders",
        "expect": {"name": "Correspondence", "parent.name": "Medical Records"},
    },
    {
        "say": "rename the pleadings folder to court filings",
        "op": "update",
        "resource": "folders",
        "target": {"resource": "folders", "id": 990005},
        "expect": {"name": "court filings"},
    },
    {
        "say": "expire the acme payment link",
        "op": "update",
        "resource": "clio_payments/links",
        "target": {"resource": "clio_payments/links", "id": 1260002},
        "expect": {"active": False},
    },
    {
        "say": "approve the garcia bill",
        "op": "update",
        "resource": "bills",
        "target": {"resource": "bills", "id": 1220005},
        "expect": {"state": "awaiting_payment"},
    },
    {
        "say": "push the due date on the patel bill to jan 15",
        "op": "update",
        "resource": "bills",
        "target": {"resource": "bills", "id": 1220003},
        "expect": {"due_at": "{d+43}"},
    },
    {
        "say": "delete the globex draft bill",
        "op": "delete",
        "resource": "bills",
        "target": {"resource": "bills", "id": 1220004},
        "expect": {},
    },
    {
        "say": "payment link for what's left on the johnson bill",
        "resource": "clio_payments/links",
        "expect": {"amount": 1600, "bill.number": "1007"},
    },
]


@pytest.mark.parametrize("fields", CASES, ids=[str(c["say"]) for c in CASES])
async def test_a_record_named_by_description_is_written_after_one_confirmation(fields):
    case = Case.model_validate({"id": 0, "persona": "paralegal", **fields})
    outcome = await run_case(case)
    assert outcome.ok, outcome.why


async def test_several_damages_on_a_matter_are_offered_as_choices():
    case = Case.model_validate(
        {
            "id": 0,
            "persona": "paralegal",
            "say": "delete the damages on garcia",
            "resource": "damages",
            "op": "ask",
            "reply~": ["Lost wages", "Pain and suffering"],
        }
    )
    outcome = await run_case(case)
    assert outcome.ok, outcome.why
