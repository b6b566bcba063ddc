"""Requests of the fifteenth blind round (written for Wednesday 16 December 11:30): a record said
first, then the change done to "it" or "that" (`corrections._done_to_it`); what an entry says, then
what it should; a contact's new detail told as news; a task that goes to someone; a practice area
a matter belongs under; a record pulled up; a call named by its length; a charge's bare new
amount; a task's name before a clause's break; "call off", "nix" and "slide"; whose time it is;
holidays; notes asked for after a story or with a bare subject; new matters told by who leads
them; a new contact's job; places with their town and address; "no charge" on an entry."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import corrections, parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 16, 16, 30, tzinfo=dt.UTC)  # Wednesday 11:30 in New York
GLOBEX = {"id": 8, "name": "Globex Industries", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 40, "display_number": "00040-Garcia", "description": "Garcia v. Metro Transit Authority"},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics"},
        {"id": 41, "display_number": "00041-Globex", "description": "Globex Industries lease dispute", "client": GLOBEX},
    ],
    contacts=[GLOBEX, {"id": 2, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}],
    practice_areas=[{"id": 1, "name": "Real Estate"}, {"id": 2, "name": "Employment"}],
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


@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        ("ravi patel has a new email, r.patel@example.net - swap it on his contact", "email_addresses", "r.patel@example.net"),
        ("metro court reporting has a new main number, 212-555-0170", "phone_numbers", "212-555-0170"),
        ("john smith got a new cell: 917 555 0123", "phone_numbers", "917 555 0123"),
    ],
)  # fmt: skip
def test_a_new_detail_told_as_news(said: str, field: str, value: str) -> None:
    intent = read(said, None)
    assert (intent.resource, intent.action) == ("contacts", "update")
    assert value in str(intent.fields[field])


def test_a_title_that_needs_updating() -> None:
    intent = read(
        "dr lena hart's title needs updating - she's Chief of Orthopaedic Surgery now", None
    )
    assert intent.fields == {"title": "Chief of Orthopaedic Surgery"}
    assert corrections.has_new("sarah has a new job") == "sarah has a new job"


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("task for hannah: get the signed forms back from mr patel, due christmas eve", "2026-12-24"),
        ("remind me to file the motion by new year's eve", "2026-12-31"),
    ],
)  # fmt: skip
def test_a_holiday_as_a_day(said: str, due: str) -> None:
    assert read(said, None).fields["due_at"] == due


def test_a_holiday_in_a_name_stays_a_word() -> None:
    intent = read("office christmas party on the 18th at 6pm", None)
    assert "christmas" in intent.fields["summary"]


def test_a_note_head_with_a_comma_and_its_subject_said_bare() -> None:
    intent = read(
        "note on the globex lease dispute, subject landlord, their lawyer said they'd waive the "
        "late fees"
    )
    assert (intent.resource, intent.action, intent.refs["matter"]) == ("notes", "create", "41")
    assert intent.fields["subject"] == "landlord"
    last = read("note on smith v jones, client is moving. subject relocation", None)
    assert last.fields["subject"] == "relocation"
    assert (
        "subject" not in read("note on smith v jones: subject to board approval, ok", None).fields
    )


@pytest.mark.parametrize(
    ("said", "resource"),
    [
        ("opposing counsel hinted they'd settle for under 200k. put that in a note on the matter. internal obviously", "notes"),
        ("need to call the adjuster back on garcia tomorrow. put that on my task list", "tasks"),
        ("call the clerk re the filing fee tomorrow, add it to my to-do list", "tasks"),
    ],
)  # fmt: skip
def test_the_record_asked_for_last(said: str, resource: str) -> None:
    intent = read(said)
    assert (intent.resource, intent.action) == (resource, "create")


@pytest.mark.parametrize(
    ("said", "fields"),
    [
        ("alice's court filing fee on smith from the 10th says $350, the court actually charged 405. fix the amount", {"price": 405.0}),
        ("priya's research on garcia from last friday is in at 1.5h, she says it was really 1.2. pls fix", {"quantity": 4320}),
        ("priya's exhibit binder time on johnson monday - bill it at 125/hr instead of 150 pls", {"price": 125.0}),
    ],
)  # fmt: skip
def test_what_it_says_then_what_it_should(said: str, fields: dict[str, object]) -> None:
    intent = read(said)
    assert (intent.resource, intent.action, intent.fields) == ("activities", "update", fields)


def test_no_new_number_is_no_change_of_amount() -> None:
    assert (
        corrections._old_then_new("my 2h entry on garcia says drafting, it was really research")
        is None
    )


def test_a_task_goes_to_someone() -> None:
    intent = read(
        "marcus is slammed - can the prepare witness list task on johnson go to priya instead"
    )
    assert (intent.resource, intent.action, intent.refs["assignee"]) == ("tasks", "update", "4")
    assert read("the witness list task can go to the printer", None).action != "update"


def test_a_call_with_a_length_is_time() -> None:
    intent = read(
        "hannah's 18 min call with mr patel on monday shouldn't be there, please delete it"
    )
    assert (intent.resource, intent.action) == ("activities", "delete")
    untimed = read("delete my call with maria on monday")
    assert untimed.resource == "communications"


def test_a_job_said_after_the_name_outranks_the_companys_role_before_it() -> None:
    intent = read(
        "pls add a contact for acme's new GC — Dana Whitcomb, General Counsel at Acme Corp, "
        "dana@acme.example.com",
        None,
    )
    assert (intent.fields["title"], intent.refs["company"]) == ("General Counsel", "Acme Corp")
    owned = read("new contact: northwind traders' CFO, Greg Halvorsen, greg@northwind.example.com")
    assert (owned.fields["title"], owned.refs["company"]) == ("CFO", "northwind traders")


def test_a_job_at_a_place_named_with_an_apostrophe() -> None:
    intent = read("add dr. anita desai - physiatrist at st mary's hospital, ad@stmarys.example.org")
    assert intent.fields["title"] == "physiatrist"
    assert intent.refs["company"].startswith("st mary's hospital")


def test_an_events_day_is_not_the_works() -> None:
    intent = read("smith v jones 45m this morning prepping for fri's depo of robert jones", None)
    assert intent.fields["date"] == "2026-12-16"


def test_a_new_matter_asked_after_the_story_is_about_the_story() -> None:
    intent = read(
        "ravi patel called monday, he's buying a rental property in hoboken and wants us on it. "
        "new matter for ravi, real estate, me as responsible attorney"
    )
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.fields["description"].startswith("he's buying a rental property in hoboken")
    assert intent.refs["responsible_attorney"] == "me"


@pytest.mark.parametrize(
    "said",
    [
        "globex needs us on an employment thing too - wrongful termination claim from a former "
        "warehouse manager. marcus responsible",
        "bluebird bakery is back: lease review for their second location. real estate, i'm "
        "responsible, open date today",
    ],
)
def test_a_matter_told_by_who_leads_it(said: str) -> None:
    intent = read(said)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["responsible_attorney"]


def test_who_leads_a_matter_asked_is_no_new_matter() -> None:
    assert read("who is responsible for the garcia matter?").action != "create"


def test_for_now_is_no_client() -> None:
    intent = read('open a matter "nurse overtime claims", employment, status pending for now', None)
    assert "client" not in intent.refs


def test_a_flag_set_never_takes_the_length_that_names_the_entry() -> None:
    intent = read("marcus's 3 hr strategy memo on garcia from saturday - mark it no charge", None)
    assert intent.fields == {"no_charge": True}
    assert read("change my garcia entry to 2h and non-billable", None).fields == {
        "non_billable": True,
        "quantity": 7200,
    }


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("site inspection friday 1pm to 4pm at the widget works plant in newark", "widget works plant in newark"),
        ("meeting maria at her place in brooklyn thursday at 10 to go over her testimony", "her place in brooklyn"),
        ("SJ hearing widget works 12/18 @ 11am, SDNY ctrm 15A, 1 hr", "ctrm 15A"),
    ],
)  # fmt: skip
def test_a_place_and_the_town_it_is_in(said: str, place: str) -> None:
    intent = read(said, None)
    assert (intent.resource, intent.fields["location"]) == ("calendar_entries", place)


def test_the_time_of_day_is_no_town() -> None:
    intent = read("client meeting friday 10am at the office in the morning", None)
    assert intent.fields.get("location") == "office"


def test_an_email_from_the_writer_is_outgoing() -> None:
    mine = read("log email from me to ravi patel today re trust deed draft", None)
    assert (mine.resource, mine.fields.get("incoming")) == ("communications", None)
    theirs = read("log call from maria garcia today re physio", None)
    assert theirs.fields["incoming"] is True


def test_a_length_said_again_is_the_entrys_even_for_a_call() -> None:
    said = corrections.rewrite("hannah's call w/ mr patel is logged at 18 min, should be 30")
    assert said == "change hannah's call w/ mr patel time entry to 30 min"


def test_a_note_asked_about_the_story_holds_the_story() -> None:
    intent = read(
        "maria said she's been back at work part time since december 1st. can you put a note on "
        "the garcia matter about that"
    )
    assert (intent.resource, intent.action) == ("notes", "create")
    assert "part time" in intent.fields["detail"]


@pytest.mark.parametrize(
    ("said", "practice"),
    [
        ("acme contract review should be under litigation now that it's turned into a dispute", "litigation"),
        ("the bluebird matter needs to go under corporate", "corporate"),
    ],
)  # fmt: skip
def test_which_practice_it_belongs_under(said: str, practice: str) -> None:
    intent = read(said, None)
    assert (intent.resource, intent.action) == ("matters", "update")
    assert intent.refs["practice_area"] == practice


def test_a_room_is_no_practice_area() -> None:
    assert read("the depo should be in room 5", None).resource == "calendar_entries"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("pull the smith v jones deposition up an hour, robert jones has to leave early", -60),
        ("bring the chen mediation forward 30 min", -30),
    ],
)
def test_pulled_up_is_moved_earlier(said: str, minutes: int) -> None:
    intent = read(said, None)
    assert (intent.resource, intent.fields["shift_minutes"]) == ("calendar_entries", minutes)


def test_a_place_keeps_the_address_said_after_it() -> None:
    intent = read(
        "site inspection at the globex warehouse wednesday 9-10:30am, 400 industrial way, newark",
        None,
    )
    assert intent.fields["location"] == "globex warehouse, 400 industrial way, newark"
