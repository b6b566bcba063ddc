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
        ("1h legal research on smith v jones re spoliation", "Legal research", "legal research re spoliation"),  # said as the work: named, kept in the note
        ("2h on smith v jones, notes from the legal research memo", None, "notes from the legal research memo"),  # its object
        ("0.4 smith v jones as a court appearance activity, status conf", "Court appearance", "status conf"),
        ("L110 fact investigation 2h smith v jones, canvassed witnesses", "L110 Fact Investigation/Development", "canvassed witnesses"),
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


@pytest.mark.parametrize(
    "text,seconds",
    [
        ("smith v jones .3 reviewing opposing counsel's letter", 1080),
        ("time: 00043-Chen, 1.5, drafting interrogatories", 5400),
        ("00038-Acme contract review, .7, conflicts double-check", 2520),
        ("maria called, spent .2 w/ her re her physio schedule", 720),
        ("hrs 3.0 // 00043-Chen // mediation session", 10800),
        ("for the patel estate log 0.9 reviewing his beneficiary forms", 3240),
        ("00043-Chen 0.75 organizing the disclosures binder", 2700),  # below one: no amount
        ("00042-Smith 1.25 drafting the reply", 4500),  # work said: a length, not $1.25
    ],
)  # fmt: skip
def test_tenths_of_an_hour_without_a_unit(text: str, seconds: int) -> None:
    fields = entry(text)
    assert (fields["type"], fields["quantity"]) == ("TimeEntry", seconds)


@pytest.mark.parametrize(
    "text",
    [
        "parking 8.50 for the garcia site visit",  # an amount: no work said
        "photocopies 63.20 for 00042-Smith",
    ],
)
def test_a_decimal_that_is_an_amount(text: str) -> None:
    fields = entry(text)
    assert fields["type"] == "ExpenseEntry"


def test_a_numbered_section_or_two_decimals_are_no_length() -> None:
    intent = parse(
        "reviewing section 4.2 of the lease for 00041-Globex", now=NOW, tz="America/New_York"
    )
    assert "quantity" not in intent.fields
    two = parse("00041-Globex .5 call and .3 email", now=NOW, tz="America/New_York")
    assert "quantity" not in two.fields or two.fields["quantity"] not in (1800, 1080)


@pytest.mark.parametrize(
    "text,date",
    [
        ("3h 00043-Chen mediation // thurs 11/26", "2026-11-26"),  # the weekday goes with the date
        ("2h 00040-Garcia canvassed witnesses, wed", "2026-12-02"),  # set off at the end
        ("$19.99 postage 00046-Northwind - mon", "2026-11-30"),
        ("lst fri 2h 00045-Johnson research", "2026-11-27"),  # "lst": last
    ],
)
def test_dates_said_as_people_type_them(text: str, date: str) -> None:
    assert entry(text)["date"] == date


def test_half_an_hour_written_short() -> None:
    assert entry("half hr billable, 00039-Patel - emailed ravi")["quantity"] == 1800
    assert entry("quarter hr on 00039-Patel, emailed ravi")["quantity"] == 900


@pytest.mark.parametrize(
    "text,seconds,date",
    [
        ("lst fri 4-6pm researching whistleblower retaliation for johnson", 7200, "2026-11-27"),
        ("globex, today 8:30-9:10am, prepped for call w/ client", 2400, "2026-12-03"),
        ("bill 2:00-3:30pm yesterday to johnson - call with opposing counsel", 5400, "2026-12-02"),
        # bare hours whose half of the day the part of the day after them names
        ("was on the widget works reply brief from 8 to 10 this morning", 7200, "2026-12-03"),
        ("garcia, records review from 1 to 4 yesterday afternoon", 10800, "2026-12-02"),
        ("drafted the chen settlement letter 7 to 9 this am", 7200, "2026-12-03"),
    ],
)  # fmt: skip
def test_a_stretch_of_work_already_over_is_time(text: str, seconds: int, date: str) -> None:
    fields = entry(text)
    assert (fields["quantity"], fields["date"]) == (seconds, date)


@pytest.mark.parametrize(
    "text",
    ["tomorrow 4-6pm researching at the library", "friday 2-3pm reviewing session with marcus"],
)
def test_a_stretch_still_to_come_is_an_appointment(text: str) -> None:
    assert parse(text, now=NOW, tz="America/New_York").resource == "calendar_entries"


def test_an_amount_said_before_a_record_word_is_spent_on_it() -> None:
    fields = entry("garcia: $27.35 for medical record postage to the insurer, 11/25")
    assert (fields["type"], fields["price"], fields["date"]) == (
        "ExpenseEntry",
        27.35,
        "2026-11-25",
    )


def test_the_most_specific_matter_name_wins() -> None:
    smith_will = {"id": 48, "display_number": "00048-Smith", "description": "Smith will",
                  "client": {"id": 1, "name": "John Smith", "type": "Person"}}  # fmt: skip
    smith = {**SMITH, "client": {"id": 1, "name": "John Smith", "type": "Person"}}
    vocabulary = Vocabulary.build(matters=[smith, smith_will])
    text = "40 min on the phone w/ John Smith, bill it to smith v jones"
    intent = parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)
    assert intent.refs["matter"] == "42"
    assert "John Smith" in intent.fields["note"]


@pytest.mark.parametrize(
    "text,matter",
    [
        ("lunch w/ the acme GC during the contract review mtg, $74", "38"),
        ("9:15 to 10:45 on the acme widget works matter, reviewing production", "49"),
        ("1h on acme, reviewing", None),  # nothing tells them apart: asked
    ],
)
def test_a_name_of_several_matters_narrowed_by_their_own_words(
    text: str, matter: str | None
) -> None:
    contract = {"id": 38, "display_number": "00038-Acme", "description": "Acme Corp contract review",
                "client": ACME}  # fmt: skip
    vocabulary = Vocabulary.build(matters=[contract, {**WIDGET, "client": ACME}], contacts=[ACME])
    intent = parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)
    assert intent.refs.get("matter") == matter or (
        matter is None and not str(intent.refs.get("matter")).isdigit()
    )


def test_an_expense_with_a_short_number_and_what_it_was_for() -> None:
    fields = entry("expense 250 deposition transcript 00040-Garcia")
    assert (fields["type"], fields["price"]) == ("ExpenseEntry", 250.0)
    alone = parse("expense 440021", now=NOW, tz="America/New_York")
    assert (alone.action, alone.refs.get("activity")) == ("get", "440021")


def test_work_named_by_its_noun_in_a_stretch_already_over() -> None:
    fields = entry("1pm-2:30pm yesterday 00040-Garcia - depo prep w/ marcus")
    assert (fields["quantity"], fields["date"]) == (5400, "2026-12-02")
    depo = parse("depo 1-2:30pm yesterday garcia", now=NOW, tz="America/New_York")
    assert depo.resource == "calendar_entries"  # an appointment's word alone: its entry


@pytest.mark.parametrize(
    "text,seconds",
    [("3 tenths on 00042-Smith email to client", 1080), ("a tenth on 00039-Patel, vm", 360),
     ("log 2 tenths of an hour 00043-Chen", 720)],
)  # fmt: skip
def test_tenths_said_in_words(text: str, seconds: int) -> None:
    assert entry(text)["quantity"] == seconds


@pytest.mark.parametrize(
    "text,note",
    [
        ("so I was on the phone for about 40 minutes re depo prep, 00042-Smith", "so I was on the phone re depo prep"),
        ("spent like 2 hours on 00043-Chen, financial affidavit review", "financial affidavit review"),
        ("log 1.3 for me on 00044-OBrien final walkthrough docs", "final walkthrough docs"),
    ],
)  # fmt: skip
def test_the_note_leaves_out_what_leads_into_the_length(text: str, note: str) -> None:
    assert entry(text)["note"] == note


def test_mileage_is_no_typo_of_files() -> None:
    fields = entry("mileage 42 miles to court for 00045-Johnson $27.30")
    assert (fields["type"], fields["price"]) == ("ExpenseEntry", 27.3)


EMILY = {
    "id": 5,
    "name": "Emily Chen",
    "type": "Person",
    "first_name": "Emily",
    "last_name": "Chen",
}
CHEN = {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": EMILY}


@pytest.mark.parametrize(
    "text,note",
    [
        ("45m phone w/ emily chen re custody", "phone w/ emily chen re custody"),
        ("emily chen called in, .2 re custody", "emily chen called in re custody"),
        ("6 min email to emily chen re mediation date", "email to emily chen re mediation date"),
        ("20 min on the phone with emily chen, bill it to chen divorce", "the phone with emily chen"),
        ("0.5 custody schedule, can you bill that time to chen divorce", "custody schedule"),
    ],
)  # fmt: skip
def test_who_the_work_was_with_stays_in_the_note(text: str, note: str) -> None:
    vocabulary = Vocabulary.build(matters=[CHEN], contacts=[EMILY])
    intent = parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)
    assert intent.refs["matter"] == "43"
    assert intent.fields["note"] == note


GLOBEX = {"id": 41, "display_number": "00041-Globex", "description": "Globex Industries lease dispute",
          "client": {"id": 9, "name": "Globex Industries", "type": "Company"}}  # fmt: skip


@pytest.mark.parametrize(
    "text,matter,note",
    [
        (".5 on the lease dispute reviewing estoppel", "41", "reviewing estoppel"),
        ("the divorce - 2.0 - drafting the QDRO", "43", "drafting the QDRO"),
        ("drafting a divorce settlement memo 1h", None, "drafting a divorce settlement memo"),  # in passing
        ("1h lease dispute research for the chen divorce", "43", "lease dispute research"),  # a name wins
    ],
)  # fmt: skip
def test_the_matter_by_its_topic(text: str, matter: str | None, note: str) -> None:
    vocabulary = Vocabulary.build(matters=[CHEN, GLOBEX], contacts=[EMILY])
    intent = parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)
    assert intent.refs.get("matter") == matter
    assert intent.fields["note"] == note


@pytest.mark.parametrize(
    "text,action",
    [
        ("time on 00043-Chen re mediation", "create"),  # its length is asked
        ("time for 00041-Globex drafting the notice", "create"),
        ("time on 00043-Chen", "search"),
        ("time on 00043-Chen this month", "search"),
        ("time entries on 00043-Chen re mediation", "search"),
    ],
)
def test_time_with_the_work_it_was_for_is_logged(text: str, action: str) -> None:
    intent = parse(text, now=NOW, tz="America/New_York")
    assert (intent.resource, intent.action) == ("activities", action)


@pytest.mark.parametrize(
    "text,seconds,note",
    [
        # hours and a part of one, said in words
        ("an hr and a half on 00043-Chen, custody schedule", 5400, "custody schedule"),
        ("one hour and a quarter 00042-Smith reviewing discovery", 4500, "reviewing discovery"),
        ("3 and a half hrs 00040-Garcia trial prep", 12600, "trial prep"),
        ("hour and 20 on 00045-Johnson, severance letter", 4800, "severance letter"),
        ("2 hours and three quarters on 00038-Acme - markup", 9900, "markup"),
        # a ten and a unit in words
        ("thirty-five minutes 00039-Patel call with ravi", 2100, "call with ravi"),
        ("twenty five mins on 00043-Chen, emails", 1500, "emails"),
    ],
)  # fmt: skip
def test_lengths_said_in_words(text: str, seconds: int, note: str) -> None:
    fields = entry(text)
    assert (fields["quantity"], fields["note"]) == (seconds, note)


def test_a_number_and_a_part_with_no_unit_is_no_length() -> None:
    fields = parse("2 and a half on 00043-Chen", now=NOW, tz="America/New_York").fields
    assert fields.get("quantity") != 9000


@pytest.mark.parametrize(
    "text,date",
    [
        ("2h wed, 00042-Smith deposition outline", "2026-12-02"),
        ("$12.40 parking 00040-Garcia mon", "2026-11-30"),
        ("1.5h on 00038-Acme drafting. date it tuesday the 1st", "2026-12-01"),
    ],
)
def test_short_weekdays_closing_a_clause(text: str, date: str) -> None:
    assert entry(text)["date"] == date


@pytest.mark.parametrize(
    "text,price,note",
    [
        ("cab to the courthouse for 00042-Smith, 38.50, yesterday. expense", 38.5, "cab to the courthouse"),
        ("filing fee for the 00040-Garcia motion, 45$", 45.0, "filing fee"),
        ("log an expense of thirty-five dollars on 00043-Chen, parking", 35.0, "parking"),
        ("records fee for the medical records, 1,250.00, 00040-Garcia", 1250.0, "records fee"),
    ],
)  # fmt: skip
def test_amounts_as_people_write_them(text: str, price: float, note: str) -> None:
    fields = entry(text)
    assert (fields["type"], fields["price"]) == ("ExpenseEntry", price)
    assert note in str(fields["note"])


@pytest.mark.parametrize(
    "text,activity,note",
    [
        ("1h smith v jones - research on spoliation, use legal research as the activity", "Legal research", "research on spoliation"),
        ("2h smith v jones, hearing, put court appearance as the activity", "Court appearance", "hearing"),
    ],
)  # fmt: skip
def test_the_activity_said_as_what_to_use(text: str, activity: str, note: str) -> None:
    intent = named(text)
    assert (intent.refs["activity_description"], intent.fields["note"]) == (activity, note)


def test_the_initials_of_the_other_side_name_the_matter() -> None:
    vocabulary = Vocabulary.build(
        matters=[{"id": 40, "display_number": "00040-Garcia",
                  "description": "Garcia v. Metro Transit Authority"}],
    )  # fmt: skip
    intent = parse("1h on the MTA case, records review", now=NOW, tz="America/New_York",
                   vocabulary=vocabulary)  # fmt: skip
    assert (intent.refs["matter"], intent.fields["note"]) == ("40", "records review")


def test_a_matter_named_loosely_as_a_thing() -> None:
    intent = named("1.5h on the smith v jones thing, drafted the reply")
    assert (intent.refs["matter"], intent.fields["note"]) == ("42", "drafted the reply")
