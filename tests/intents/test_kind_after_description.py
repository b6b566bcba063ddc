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
