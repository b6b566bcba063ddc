"""Requests of the fifteenth blind round (written for Wednesday 16 December 11:30): a record said
first, then the change done to "it" or "that" (`corrections._done_to_it`); a charge's bare new
amount; a task's name before a clause's break; the verbs "call off", "nix" and "slide"; whose time
it is said with "entering this for" or a pronoun."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import corrections, parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 16, 16, 30, tzinfo=dt.UTC)  # Wednesday 11:30 in New York
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 40, "display_number": "00040-Garcia", "description": "Garcia v. Metro Transit Authority"},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics"},
    ],
    users=[
        {"id": 1, "name": "Alice Nguyen"}, {"id": 2, "name": "Marcus Bell"},
        {"id": 4, "name": "Priya Shah"},
    ],
)  # fmt: skip


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "the 45 min priya logged on garcia sunday - make that non-billable, it's admin",
            "mark the 45 min priya logged time entry on garcia on sunday non-billable",
        ),
        (
            "priya's $45 courier to court on johnson isn't billable, we ate that one. flag it "
            "non-billable",
            "mark priya's $45 courier to court expense on johnson non-billable",
        ),
        (
            "going thru pre-bills. priya's courier charge on johnson - knock it down to 35, the "
            "receipt says $35",
            "change priya's courier charge expense on johnson to 35",
        ),
        (
            "tom's billing summary entry from this morning - delete it, he'll redo it later",
            "delete tom's billing summary entry from this morning",
        ),
        (
            "northwind handbook matter is wrapped up, go ahead and close it",
            "close northwind handbook matter",
        ),
    ],
)
def test_a_record_then_the_change_done_to_it(said: str, meant: str) -> None:
    assert corrections.rewrite(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "log 2h on garcia - make it non-billable",  # a command first: a new entry
        "he retired - that note about him is stale, please delete it",  # read by its own rule
    ],
)
def test_not_a_record_then_its_change(said: str) -> None:
    assert corrections._done_to_it(said) is None


def test_a_new_entry_with_its_billing_said_after_stays_new() -> None:
    intent = read("log 2h on garcia - make it non-billable")
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["non_billable"] is True


def test_a_charges_bare_new_amount_is_dollars() -> None:
    intent = read("change priya's courier charge on johnson from the 13th to 35")
    assert (intent.action, intent.fields) == ("update", {"price": 35.0})
    assert "matter" not in intent.refs or intent.refs["matter"] != "35"
    time = read("change my courier time on johnson to 2")
    assert time.fields == {"quantity": 7200}


@pytest.mark.parametrize(
    "said",
    [
        "delete the chen financial disclosures task, the other side already produced them",
        "call off the chen financial disclosures task - the other side already produced them",
        "nix the chen financial disclosures task. not needed",
    ],
)
def test_a_task_named_before_why_it_goes(said: str) -> None:
    intent = read(said, None)
    assert (intent.resource, intent.action) == ("tasks", "delete")
    assert intent.refs["task"] == "chen financial disclosures"


def test_a_task_named_after_its_noun_still_is() -> None:
    assert read("delete the task call the clerk", None).refs["task"] == "call the clerk"


def test_slide_moves() -> None:
    intent = read("slide the robert jones depo to monday, same time pls", None)
    assert (intent.resource, intent.action) == ("calendar_entries", "update")


@pytest.mark.parametrize(
    "said",
    [
        "fyi entering this for marcus: 0.5 on johnson 12/14, call w/ sarah johnson re exhibit list",
        "marcus was at the status conf on johnson 12/11 for 1.5h — pls log it for him as court "
        "appearance",
        "marcus rang in and wants his time logged, so an hour forty five this morning prepping "
        "sarah johnson, the brightline case",
    ],
)
def test_whose_time_it_is(said: str) -> None:
    intent = read(said)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.refs["user"] == "2"
    assert "entering" not in intent.fields.get("note", "")


def test_the_person_own_time_stays_theirs() -> None:
    assert "user" not in read("0.5 on johnson 12/14, call w/ sarah johnson re exhibit list").refs
