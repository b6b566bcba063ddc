"""Questions answered end to end on the demo firm: nothing is written, and the answer shows what
was asked (the total of all that was found, a contact's detail, a matter's fact), in order."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.harness import Case, run_case

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)  # Thu 3 Dec 2026, the firm's seed day
READS = [
    ("all time in november", ["Total for the period: 25.15 h"], ["Time shown"]),
    ("did john smith pay us", ["2,450", "Total paid"], ["until you confirm"]),
    ("did smith pay invoice 1001", ["#1001", "paid"], ["until you confirm"]),
    ("damages on garcia", ["Total damages: $72,700.00"], []),
    ("how much is outstanding in total", ["Balance due in total: $8,300.00"], ["#1001"]),
    ("what's ravi patel's phone number", ["555 0202"], []),
    ("who's the client on smith v jones", ["client John Smith"], []),
    ("what's on priya's plate", ["deposition outline"], ["lease amendments"]),
    ("what's marcus's number", ["Marcus Bell", "555 0111"], ["No contacts"]),  # a colleague
    ("what's emily chen's email", ["emily.chen@example.com"], ["Colleagues"]),
]


@pytest.mark.parametrize(("say", "has", "lacks"), READS, ids=[r[0] for r in READS])
async def test_a_question_is_answered_without_a_write(say, has, lacks):
    case = Case.model_validate(
        {"id": 1, "persona": "attorney", "say": say, "resource": "activities", "op": "read",
         "reply~": has, "reply!~": lacks}
    )  # fmt: skip
    outcome = await run_case(case, now=NOW)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])


async def test_entries_come_in_date_order():
    case = Case.model_validate(
        {"id": 2, "persona": "attorney", "say": "my time last week", "resource": "activities",
         "op": "read"}
    )  # fmt: skip
    outcome = await run_case(case, now=NOW)
    said = outcome.said
    days = [said.index(d) for d in ("Tue 24 Nov", "Thu 26 Nov", "Fri 27 Nov")]
    assert days == sorted(days)
