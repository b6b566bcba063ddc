"""Changes and deletions of tasks as people type them amid their news (examples and
counter-examples): a change asked after the story, a task's own field, a change after a dash on
work named without "task", a task taken off its matter, the verb after the task, why run on, a
rename's new name after a colon, and a task for someone the firm may not have."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse, requests
from intents.corrections import rewrite
from tests.intents.test_vocabulary import VOCABULARY

NOW = dt.datetime(2026, 12, 7, 14, 30, tzinfo=dt.UTC)  # Monday 7 Dec, 09:30 in New York
TZ = "America/New_York"


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "per marcus can you push the witness list task on johnson to fri the 18th",
            "push the witness list task on johnson to fri the 18th",
        ),
        (
            "alice hasn't gotten to the engagement letter for acme v widget works yet, can you"
            " move it to wednesday",
            "move the engagement letter task for acme v widget works to wednesday",
        ),
        (
            "started pulling together the chen financial disclosures this morning, bank statements"
            " are in - can you set that task to in progress?",
            "set the chen financial disclosures task to in progress",
        ),
        (
            "so the trust deed isn't going out this week. move it to monday the 14th",
            "move the trust deed task to monday the 14th",
        ),
        (
            "globex's landlord sent more amendments - bump that review task to high priority",
            "bump the review task to high priority",
        ),
        (
            "dr hart needs another week on the expert report, move the due date to the 16th",
            "move the due date on the expert report task to the 16th",
        ),
        (
            "O'Brien \"Send closing documents\" shouldn't be complete - a page came back. Put it"
            " back to in review please.",
            'set O\'Brien "Send closing documents" task back to in review',
        ),
    ],
)
def test_a_change_asked_after_the_story(said, asked):
    assert requests.change_asked(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        "move the witness list task to friday, then push the trust deed one too",  # a command first
        "the jones depo got moved, can you tell me when it is",  # no change asked
        "we talked it over, can you push it to friday",  # nothing named to point back at
    ],
)
def test_no_change_asked_after_a_story(said):
    assert requests.change_asked(said) is None


def test_a_task_changed_after_the_story_is_read_as_that_change():
    intent = read("tom hasn't gotten to the conflict check update yet, can you push it to friday")
    assert (intent.resource, intent.action) == ("tasks", "update")
    assert intent.refs["task"] == "conflict check update"
    assert intent.fields["due_at"] == "2026-12-11"


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "move the due date on the lease amendments review to the 9th",
            "move the due date on the lease amendments review task to the 9th",
        ),
        (
            "change the priority of the deposition outline to low",
            "change the priority on the deposition outline task to low",
        ),
        (
            "take dr hart's expert report task off the garcia matter, we don't need it",
            "delete dr hart's expert report task on the garcia matter",
        ),
        (
            "delete the obrien send closing docs task matters closed",
            "delete the obrien send closing docs task",
        ),
        ("remove the conflict check task not needed anymore", "remove the conflict check task"),
        (
            "response to motion task on smith mark done filed it fri",
            "mark response to motion task on smith done",
        ),
        (
            "witness list for johnson — give it to priya, she's got the transcripts anyway",
            "give witness list task for johnson to priya",
        ),
        (
            "deposition outline - bump it to low priority",
            "bump deposition outline task to low priority",
        ),
    ],
)
def test_task_changes_said_their_own_way(said, meant):
    assert rewrite(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "change the due date on invoice 1004 to friday",  # a bill's due date
        "take the garcia hearing off the calendar",  # an appointment's rule
        "take the trust deed task off hannah's plate",  # someone else may take it
        "the jones depo - push it to friday",  # an appointment may move as well
    ],
)
def test_not_read_as_a_task_change_of_these_rules(said):
    assert "task" not in rewrite(said).replace(said, "")


def test_a_renamed_task_takes_the_words_after_the_colon():
    intent = read(
        "retitle the depo outline task so it names the witness: Prepare deposition outline - Robert Jones"
    )
    assert intent.refs == {"task": "depo outline"}
    assert intent.fields == {"name": "Prepare deposition outline - Robert Jones"}


def test_a_new_name_keeps_the_firm_names_in_it():
    intent = read("rename the engagement letter task to Send engagement letter - Widget Works")
    assert intent.fields["name"] == "Send engagement letter - Widget Works"
    assert "matter" not in intent.refs


@pytest.mark.parametrize(
    ("said", "who", "name"),
    [
        ("make a task for jordan to call the court clerk tmrw", "jordan", "call the court clerk"),
        ("task for me to review the MRI report", "me", "review the MRI report"),
    ],
)
def test_a_task_for_someone_named_before_the_work(said, who, name):
    intent = read(said)
    assert intent.refs["assignee"] == who
    assert intent.fields["name"] == name


def test_a_task_for_whom_the_message_addresses_is_not_a_name():
    intent = read("Alice - add a task for yourself to approve invoice 1005 by Monday")
    assert intent.refs.get("assignee") != "yourself"
