"""The classes fixed against the blind dev sets (ids 8000-8399, and 8500-8779 written for Sunday 6
December), end to end: one request of each, written in other words on other records (the dev set's
variants, ids 9000-9727), typed into the console core, confirmed once and checked in the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.understanding.harness import load_cases, run_case

VARIANTS = {
    9000: "one occurrence of a series, by its day",
    9003: "a reason said after a delete is no part of the record's name",
    9007: "a statement about a record, then a request on 'it'",
    9012: "a length corrected with 'lasted ... not ...'",
    9100: "weekdays of a repeating entry become BYDAY, 'for the next 6 wks' a count",
    9103: "a colleague's calendar said in lower case, 'cal'",
    9106: "a call told as news is logged, not searched",
    9115: "a deadline opening a task ('by cob monday:')",
    9200: "the activity told by the kind of work",
    9206: "the timekeeper opening the entry ('marcus: 1.2 hrs')",
    9212: "a new matter's clauses set off by slashes, the responsible attorney",
    9217: "a new contact's details set off by bars",
    9300: "a greeting and the name greeted before the request",
    9303: "the request said last ('can u put it on my cal')",
    9313: "postage with an amount is an expense, not an email",
    9324: "a contact described before the name ('the office manager lady from X')",
    9556: "who called whom by the verb, the matter of the party who is a client",
    9500: "the request after the story: a task for a colleague, the story's matter",
    9505: "the request after the story: a contact at a company, details after the colon",
    9506: "the request after the story: a new matter, its responsible attorney",
    9550: "who called whom: a colleague phoned a contact",
    9559: "a note's labelled subject",
    9602: "the request's day, not the story's ('landed late thursday so this morning ...')",
    9606: "a task due 'in 10 days'",
    9610: "a meeting's place kept whole (an address and a suite)",
    9650: "a file opened for a client is a new matter",
    9653: "an amount with what it paid for is an expense, whatever the story mailed",
    9657: "work billed to a client's case by a clock range is time",
    9700: "clock times without colons ('1030-1130')",
    9703: "'resp atty' names the responsible attorney",
    9712: "a time entry's matter through its client's first name",
}
CASES = {c.id: c for c in load_cases(Path(__file__).parent / "dev.jsonl") if c.id in VARIANTS}


@pytest.mark.parametrize("number", sorted(VARIANTS), ids=lambda n: f"{n}: {VARIANTS[n]}")
async def test_a_blind_class_ends_right_after_one_confirmation(number):
    outcome = await run_case(CASES[number])
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
