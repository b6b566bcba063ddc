"""Time entries as people type them: lengths in every form (fractions of an hour, a stretch of
clock time, a bare number after a "time:" label), with examples and counter-examples."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import Intent, parse
from intents.vocabulary import Vocabulary

NOW = datetime(2026, 12, 3, 10, 30)  # a Thursday, New York


def entry(text: str) -> dict[str, object]:
    intent = parse(text, now=NOW, tz="America/New_York")
    assert (intent.resource, intent.action) == ("activities", "create"), text
    return intent.fields


@pytest.mark.parametrize(
    "text,seconds,note",
    [
        ("1/2 hr call with client about her PT appointments", 1800, "call with client about her PT appointments"),
        ("3/4 hr on 00045-Johnson - call re severance", 2700, "call re severance"),
        ("log 1 1/2 hrs on 00043-Chen drafting", 5400, "drafting"),
        ("1/4 h on 00039-Patel trustee paperwork", 900, "trustee paperwork"),
        ("log 9:30-11 this morning on 00040-Garcia deposition prep", 5400, "deposition prep"),
        ("8-9:15 this am on 00042-Smith reviewed exhibits", 4500, "reviewed exhibits"),
        ("log 11-1:30 on 00040-Garcia trial prep", 9000, "trial prep"),  # past noon
        ("log 1:00pm - 2:30 on 00040-Garcia trial prep", 5400, "trial prep"),
        ("log 10:00 to 11:30 on 00040-Garcia trial prep", 5400, "trial prep"),
        ("time: 2.0 on 00038-Acme redline of MSA", 7200, "redline of MSA"),
        ("time: .6 on 00043-Chen reviewed disclosures", 2160, "reviewed disclosures"),
    ],
)  # fmt: skip
def test_lengths_in_every_form(text: str, seconds: int, note: str) -> None:
    fields = entry(text)
    assert fields["quantity"] == seconds
    assert fields["note"] == note
    assert fields["date"] == "2026-12-03"


@pytest.mark.parametrize(
    "text,seconds,date",
    [
        ("log 2h on 00040-Garcia 12/1 drafting", 7200, "2026-12-01"),  # a date, not a fraction
        ("log 2-3 on 00040-Garcia drafting", None, "2026-12-03"),  # no minutes nor am/pm: no stretch
    ],
)  # fmt: skip
def test_counter_examples(text: str, seconds: int | None, date: str) -> None:
    fields = entry(text)
    assert fields.get("quantity") == seconds
    assert fields["date"] == date


SMITH = {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones"}
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
WIDGET = {"id": 49, "display_number": "00049-Acme", "description": "Acme Corp v. Widget Works"}
VOCABULARY = Vocabulary.build(
    matters=[SMITH, {**WIDGET, "client": ACME}],
    contacts=[ACME],
    activity_descriptions=[
        {"id": 1, "name": "Court appearance"},
        {"id": 2, "name": "Legal research"},
        {"id": 3, "name": "L110 Fact Investigation/Development"},
    ],
)


def named(text: str) -> Intent:
    return parse(text, now=NOW, tz="America/New_York", vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    "text,activity,note",
    [
        ("1.5h reviewing police report in smith v jones, L110", "L110 Fact Investigation/Development", "reviewing police report"),
        ("2.0 smith v jones, l110, reviewed their production", "L110 Fact Investigation/Development", "reviewed their production"),
        ("4.5 hrs hearing on smith v jones, court appearance", "Court appearance", "hearing"),
        ("1.5h smith v jones - legal research - spoliation", "Legal research", "spoliation"),
        ("2h prepping for court appearance smith v jones", None, "prepping for court appearance"),  # narrative
        ("1h legal research on smith v jones re spoliation", None, "legal research re spoliation"),
    ],
)  # fmt: skip
def test_the_firms_activity_when_set_off_or_a_code(
    text: str, activity: str | None, note: str
) -> None:
    intent = named(text)
    assert intent.refs.get("activity_description") == activity
    assert intent.fields["note"] == note
    assert intent.refs["matter"] == "42"


def test_the_other_side_of_a_matter_names_it() -> None:
    assert named("1.2 hrs widget works - reviewed production").refs["matter"] == "49"


@pytest.mark.parametrize(
    "text,fields",
    [
        ("change my smith v jones entry from today to 2.0", {"quantity": 7200}),
        ("update the call entry from yesterday to .8", {"quantity": 2880}),
        ("change the filing fee expense to 375", {"price": 375.0}),
        ("change time entry 12 to 3.5 hrs", {"quantity": 12600}),
    ],
)
def test_a_bare_number_an_entry_is_changed_to(text: str, fields: dict[str, object]) -> None:
    intent = named(text)
    assert intent.action == "update"
    assert fields.items() <= intent.fields.items()
    assert "matter" not in intent.refs


def test_an_entry_named_by_its_matters_words() -> None:
    intent = named("delete my widget works entry from today")
    assert (intent.action, intent.refs.get("activity")) == ("delete", "widget works")


@pytest.mark.parametrize(
    "text,words",
    [
        ("make the police report entry on smith v jones non-billable", "police report"),
        ("delete the courier expense on smith v jones", "courier"),
        ("delete the filing fee expense for widget works", "filing fee"),
    ],
)
def test_an_entry_described_then_placed_on_its_matter(text: str, words: str) -> None:
    intent = named(text)
    assert intent.refs["activity"] == words
    assert intent.refs["matter"] in ("42", "49")
