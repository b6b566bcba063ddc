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
        # (a story naming another kind of record, which "it" is, is read as that record's change:
        # `test_told_and_pointed`)
    ],
)  # fmt: skip
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


@pytest.mark.parametrize(
    ("said", "fields", "refs"),
    [
        ("close out the witness list task", {"status": "complete"}, {"task": "witness list"}),
        (
            "set the deposition outline to low priority",
            {"priority": "Low"},
            {"task": "deposition outline"},
        ),
        (
            "make the conflict check update high priority",
            {"priority": "High"},
            {"task": "conflict check update"},
        ),
        (
            "move the witness list task from marcus to priya",
            {},
            {"task": "witness list", "assignee": "priya"},  # the bot finds her by name
        ),
        (
            "push the witness list task from the 15th to the 18th",
            {"due_at": "2026-12-18"},
            {"task": "witness list"},
        ),
        (
            "change the description on the trust deed task to include ravi's daughter",
            {"description": "include ravi's daughter"},
            {"task": "trust deed"},
        ),
        (
            "change the name of the trust deed task to Draft revocable trust deed",
            {"name": "Draft revocable trust deed"},
            {"task": "trust deed"},
        ),
        (
            "set the details for the witness list task: include the expert witnesses",
            {"description": "include the expert witnesses"},
            {"task": "witness list"},
        ),
        (
            "conflict check task: priority high, due friday",
            {"priority": "High", "due_at": "2026-12-11"},
            {"task": "conflict check"},
        ),
    ],
)
def test_task_changes_by_their_values(said, fields, refs):
    intent = read(said)
    assert (intent.resource, intent.action) == ("tasks", "update")
    assert intent.fields == fields
    assert intent.refs == refs


@pytest.mark.parametrize(
    "said",
    [
        "set the smith matter to high priority",  # a matter's, not a task's
        "change the due date on invoice 1004 to friday",
    ],
)
def test_a_priority_or_due_date_of_another_record_is_not_a_task(said):
    assert "task" not in rewrite(said)


@pytest.mark.parametrize(
    ("said", "fields", "task"),
    [
        (
            "can you un-complete the send closing documents task",
            {"status": "pending"},
            "send closing",
        ),
        ("tom's conflict check task -> done", {"status": "complete"}, "tom's conflict check"),
        (
            "priya's depo outline task - mark complete",
            {"status": "complete"},
            "priya's depo outline",
        ),
        (
            "the trust deed task needs to move to next wednesday",
            {"due_at": "2026-12-09"},
            "trust deed",
        ),
    ],
)
def test_task_states_said_their_own_way(said, fields, task):
    intent = read(said)
    assert (intent.resource, intent.action) == ("tasks", "update")
    assert intent.fields == fields
    assert intent.refs["task"] == task
    assert "assignee" not in intent.refs  # "needs to move": no one named "move"


def test_an_appointment_said_before_a_call_stays_one():
    intent = read("deposition call with john smith tomorrow 3pm")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")


def test_a_new_tasks_work_after_a_dash_is_not_why():
    said = "can you give priya a task - she needs to prep the exhibit list by the 18th"
    assert rewrite(said) == said
    assert rewrite("can you reopen the witness list task, it came back") != (
        "can you reopen the witness list task, it came back"
    )


@pytest.mark.parametrize(
    "said",
    [
        "delete the conflict check task and the trust deed task",
        "mark the witness list and the trust deed tasks done",
        "push the engagement letter task and the lease amendments task to friday",
    ],
)
def test_two_tasks_in_one_request_ask_which(said):
    intent = read(said)
    assert intent.resource == "tasks" and "task" not in intent.refs
    assert intent.hint is not None and intent.confidence < 1


def test_a_task_named_with_and_is_one_task():
    intent = read('rename the lease amendments task to "Review lease amendments and estoppel"')
    assert intent.refs == {"task": "lease amendments"}


def test_an_appointment_in_the_reason_is_not_the_record_changed() -> None:
    said = "deposition outline for smith - bump it to low priority, the depo got pushed anyway"
    assert rewrite(said).startswith("bump deposition outline task for smith to low priority")


def test_a_record_kind_inside_another_noun_does_not_stop_the_change() -> None:
    said = "the client wants changes to the fee section so the engagement letter is late. push it to friday"
    assert requests.change_asked(said) == "push the engagement letter task to friday"
