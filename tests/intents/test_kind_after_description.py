"""Rule "kind after description": the task or call/email noun closing a record's description
names its kind, though a word of the description is another resource's noun."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


def read(text: str):
    return parse(text, now=NOW, tz="America/New_York")


@pytest.mark.parametrize(
    ("text", "resource", "kind", "ref"),
    [
        ("reassign the deposition outline task to marcus", "tasks", "task", "deposition outline"),
        ("mark the medical records task done", "tasks", "task", "medical records"),
        ("delete the notice of deposition email", "communications", "communication", None),
        ("reopen the closing documents task", "tasks", "task", None),
    ],
)
def test_the_closing_noun_names_the_kind(text, resource, kind, ref):
    intent = read(text)
    assert intent.resource == resource and intent.action in ("update", "delete")
    assert kind in intent.refs
    if ref:
        assert intent.refs[kind] == ref


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("move the deposition to friday", "calendar_entries"),
        ("schedule a deposition task review on friday", "calendar_entries"),
        ("log a call with the client about the deposition", "communications"),
    ],
)
def test_without_a_closing_noun_the_first_noun_stays(text, resource):
    assert read(text).resource == resource


def test_the_subject_of_a_logged_email_is_the_words_after_to():
    intent = read("change the subject of the notice of deposition email to 'amended notice'")
    assert intent.fields["subject"] == "amended notice"
    assert intent.refs["communication"] == "notice of deposition"


@pytest.mark.parametrize(
    ("text", "resource", "action", "field", "value"),
    [
        ("chen disclosures task is done", "tasks", "update", "status", "complete"),
        ("the johnson task - move it to tomorrow", "tasks", "update", "due_at", "2026-12-04"),
        ("the jones depo should be at 1pm not 10", "calendar_entries", "update", "start_at", None),
    ],
)
def test_a_change_said_after_the_record_updates_it(text, resource, action, field, value):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)
    assert field in intent.fields and (value is None or intent.fields[field] == value)
    assert not any("not" in v or "move" in v for v in intent.refs.values())


def test_an_entry_renamed_keeps_its_day_and_takes_the_words_after_to():
    intent = read("rename the depo on saturday to 'deposition of r. jones (video)'")
    assert intent.fields == {"summary": "deposition of r. jones (video)"}
    assert intent.refs["calendar_entry"] == "depo"
    assert intent.refs["calendar_entry_on"] == "2026-12-05"


def test_an_hour_alone_after_to_is_the_new_start():
    intent = read("move my 10am on saturday to 11")
    assert intent.fields["start_at"].startswith("2026-12-05T11:00")
    assert intent.refs["calendar_entry_on"].startswith("2026-12-05T10:00")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mark task 'file response to motion' complete", "file response to motion"),
        ("mark 'collect financial disclosures' as completed", "collect financial disclosures"),
        ("remove the task to collect financial disclosures", "collect financial disclosures"),
    ],
)
def test_a_task_named_in_quotes_or_by_what_to_do(text, name):
    intent = read(text)
    assert intent.resource == "tasks" and intent.refs["task"] == name


@pytest.mark.parametrize(
    ("text", "resource", "action", "ref"),
    [
        (
            "take the garcia hearing off the calendar",
            "calendar_entries",
            "delete",
            "garcia hearing",
        ),
        ("start on the lease amendments task (in progress)", "tasks", "update", "lease amendments"),
        ("priya finished the deposition outline, mark it complete", "tasks", "update", None),
    ],
)
def test_other_ways_of_naming_a_change(text, resource, action, ref):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)
    kind = "calendar_entry" if resource == "calendar_entries" else "task"
    assert ref is None or intent.refs[kind] == ref


def test_that_names_the_task_just_written():
    assert read("assign that to marcus").refs["task"] == "that"
    assert read("mark it done").refs["task"] == "it"
