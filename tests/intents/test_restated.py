"""Changes to appointments, calls, emails and tasks said as statements (`intents.restated`):
each rule with examples and counter-examples, and what the parser then reads."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.corrections import rewrite

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # event_moved
        ("garcia hearing on the 8th is 9am now not 9:30", "move garcia hearing on the 8th to 9am"),
        ("the garcia hearing is at 10am now", "move the garcia hearing to 10am"),
        (
            "robert jones depo on saturday starts at 1pm instead of 10",
            "move robert jones depo on saturday to 1pm",
        ),
        (
            "garcia hearing got pushed to dec 15, still 9:30",
            "move garcia hearing to dec 15 at 9:30",
        ),
        (
            "globex filing deadline moved to dec 14, court granted the extension",
            "move globex filing deadline to dec 14",
        ),
        (
            "the deposition of robert jones is now on monday 12/7, 10 to 12",
            "move the deposition of robert jones to monday 12/7 from 10 to 12",
        ),
        (
            "the notice of deposition email was sent dec 2 at 5pm",
            "change the notice of deposition email to dec 2 at 5pm",
        ),
        # event_place
        (
            "jones depo is in conference room B now, A is being painted",
            "change the location of jones depo to 'conference room B'",
        ),
        (
            "location for the garcia hearing: Courtroom 4B, Kings County",
            "change the location of the garcia hearing to 'Courtroom 4B, Kings County'",
        ),
        # task_taken, task_due, task_priority
        ("priya's taking the lease review task", "assign the lease review task to priya"),
        (
            "marcus is doing the chen disclosures task now, not hannah",
            "assign the chen disclosures task to marcus",
        ),
        (
            "chen financial disclosures now due mon dec 7",
            "push chen financial disclosures task to mon dec 7",
        ),
        (
            "trust deed for patel - due date moved to dec 11",
            "push trust deed for patel task to dec 11",
        ),
        ("the trust deed task is low priority now", "set the trust deed task to low priority"),
        # renamed_quoted, event_off, subject_first, comm_matter, change_after
        ("retitle the patel call log 'Trustees'", "rename the patel call log to 'Trustees'"),
        ("no team mtg next monday (dec 7) pls, kill just that one", "cancel the team mtg on dec 7"),
        (
            "subject on the witness email should read 'Re: dates'",
            "change the subject of the witness email to 'Re: dates'",
        ),
        (
            "the witness availability email should be on the garcia matter",
            "move the witness availability email to the garcia matter",
        ),
        ("dr hart's expert report - push it to dec 16", "push dr hart's expert report to dec 16"),
        # taken_back
        (
            "bump prepare witness list (johnson) to high pri - actually it is already high, just move it to 12/9",
            "move prepare witness list (johnson) to 12/9",
        ),
        (
            "move the garcia hearing to 2pm - no wait, push it to 3pm",
            "push the garcia hearing to 3pm",
        ),
        (
            "set the trust deed task to high - actually never mind, mark it done",
            "mark the trust deed task done",
        ),
        # not_the_other
        (
            "kill the notice of deposition email, not the witness one",
            "delete the notice of deposition email",
        ),
    ],
)
def test_restated_change(said: str, meant: str) -> None:
    assert rewrite(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "lunch w hannah is at noon tmrw",  # a new appointment told as a sentence
        "depo smith is tomorrow at 3pm",
        "who is taking the lease review task",
        "the hearing went well",
        "the garcia hearing is in the afternoon",
        "no calls today",
        "task: call the clerk, now due friday",
    ],
)
def test_not_a_restated_change(said: str) -> None:
    assert rewrite(said) == said


def _read(text: str) -> tuple[str | None, str, dict, dict]:
    intent = parse(text, now=NOW, tz="America/New_York")
    return intent.resource, intent.action, dict(intent.refs), dict(intent.fields)


def test_statement_of_a_new_time_moves_the_entry() -> None:
    resource, action, refs, fields = _read("the garcia hearing on the 8th is 9am now not 9:30")
    assert (resource, action) == ("calendar_entries", "update")
    assert refs["calendar_entry_on"] == "2026-12-08"
    assert fields["start_at"].startswith("2026-12-08T09:00")


def test_call_said_to_be_on_another_day_changes_when_it_was() -> None:
    said = "the trustee questions call hannah had w ravi was dec 2 at 2:20pm, not dec 1"
    resource, action, refs, fields = _read(said)
    assert (resource, action) == ("communications", "update")
    assert refs["communication"].startswith("trustee questions")
    assert fields == {"received_at": "2026-12-02T14:20:00-05:00"}


def test_new_place_takes_all_after_to() -> None:
    said = "change the location of the garcia hearing to Courtroom 4B, Kings County"
    resource, action, refs, fields = _read(said)
    assert (resource, action) == ("calendar_entries", "update")
    assert refs["calendar_entry"] == "garcia hearing"
    assert fields == {"location": "Courtroom 4B, Kings County"}


@pytest.mark.parametrize(
    ("said", "task", "fields"),
    [
        ("mark file response to motion done", "file response to motion", {"status": "complete"}),
        (
            "garcia medical records request is finished, check it off",
            "garcia medical records request",
            {"status": "complete"},
        ),
        (
            "request medical records task can be marked complete",
            "request medical records",
            {"status": "complete"},
        ),
        (
            "move the medical records request to dec 10",
            "medical records request",
            {"due_at": "2026-12-10"},
        ),
    ],
)
def test_task_named_by_its_work(said: str, task: str, fields: dict) -> None:
    resource, action, refs, got = _read(said)
    assert (resource, action) == ("tasks", "update")
    assert refs["task"] == task
    assert got == fields


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        ("cancel the team meeting on dec 14 only, rest stays", "team meeting"),
        ("cancel just the dec 21 team mtg, keep the rest", "team mtg"),
    ],
)
def test_one_occurrence_said_beside_the_entry(said: str, entry: str) -> None:
    resource, action, refs, _ = _read(said)
    assert (resource, action) == ("calendar_entries", "delete")
    assert refs["calendar_entry"] == entry
