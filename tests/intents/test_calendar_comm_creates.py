"""New calendar entries, call and email logs and tasks as staff type them in Slack: where an
appointment is, a call already made, both ends of an email, the task's own assignee and matter
(examples and counter-examples, with the firm's vocabulary)."""

from __future__ import annotations

import pytest

from intents import parse
from tests.intents.test_vocabulary import NOW, VOCABULARY

TZ = "America/New_York"


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mtg w/ ravi patel re the trust docs next tues 2-3:30, my office", "my office"),
        ("status conf for garcia dec 18th 10:00, kings county supreme ct", "kings county supreme ct"),
        ("lunch w marcus fri at noon, that thai place on 5th ave", "that thai place on 5th ave"),
        ("site inspection for garcia at the bus depot on atlantic ave, wed 12/9 9-11am",
         "bus depot on atlantic ave"),
        ("client lunch w/ ravi on the 11th at 12:30 at balthazar, re the trust", "balthazar"),
        ("tmrw 9-10 prep session w/ marcus for the garcia depo, zoom", "Zoom"),
        ("coffee w/ ravi tmrw 8:30am at the starbucks on court st, 45 min",
         "starbucks on court st"),
    ],
)  # fmt: skip
def test_where_an_appointment_is_leaves_its_title(text, place):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["location"] == place
    assert place.lower() not in intent.fields["summary"].lower()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # rule "the place kept whole": an address, a unit or a room clause after the place
        ("calendar ime with dr hart on 12/10 at 9:30, an hour, at her office 205 main st",
         "her office 205 main st"),
        ("walkthrough wed 12/9 at 11 at the title company's office 40 wall st",
         "title company's office 40 wall st"),
        ("chen mediation tuesday 10am-12pm at the mediator's office, 500 fifth ave suite 1200",
         "mediator's office, 500 fifth ave suite 1200"),
        ("handbook meeting at their offices (163 Main St), tuesday 12/15 10:00 to 11:30",
         "their offices (163 Main St)"),
        ("pretrial conference dec 17 at 10am, room 312 at 60 centre st. calendar it",
         "room 312 at 60 centre st"),
        ("mri walkthrough tuesday 3-4pm at st mary's, radiology consult room. add it",
         "st mary's, radiology consult room"),
        # "at <name>" closing a clause or a sentence; a room with a word before it; a name on
        # its street as a clause of its own
        ("lunch with ravi friday 12:30 to 1:30 at balthazar. put it on my calendar", "balthazar"),
        ("lunch with ravi thursday 1 to 2 at gramercy tavern, patel estate", "gramercy tavern"),
        ("signing mtg with ravi dec 22 at 11 in the big conf room, 1hr", "big conf room"),
        # the building said before a room, as a clause of its own
        ("pre-trial conf garcia 1/19 9:30am kings county supreme, courtroom 4",
         "kings county supreme, courtroom 4"),
        ("tmrw 8am breakfast w/ acme's GC, le pain on 5th ave, an hour", "le pain on 5th ave"),
    ],
)  # fmt: skip
def test_the_place_is_kept_whole(text, place):
    intent = read(text)
    assert intent.fields["location"] == place
    assert place.lower() not in intent.fields["summary"].lower()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # rule "a place ending the message": a kind of place or a forum's name right after the time
        ("cal: chen med 12/14 930-1230 jams", "jams"),
        ("garcia hrg prep w/ priya tues 2-330 law library", "law library"),
        ("custody eval mon 9-11 kings county family court", "kings county family court"),
        # "@" set off by spaces is "at"
        ("handbook training 12/18 all day @ northwind offices", "northwind offices"),
        ("lunch w/ ravi fri 12-1 @ nobu", "nobu"),
    ],
)
def test_a_place_said_after_the_time(text, place):
    intent = read(text)
    assert intent.fields["location"] == place
    assert place.lower() not in intent.fields["summary"].lower()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street address as a clause of its own, with the town when it ends the message
        ("depo prep w/ sarah johnson thurs 2-4pm, 233 south wacker dr, chicago",
         "233 south wacker dr, chicago"),
        # a place labelled "location" or "address", a number after "location"
        ("client mtg w ravi patel friday 3pm, location: 12 park pl 5th floor", "12 park pl 5th floor"),
        ("o'brien closing prep tue 10-11am, address is 88 pine street", "88 pine street"),
        ("patel signing 12/14 11am, location 40 wall st 12th fl", "40 wall st 12th fl"),
        # a meeting platform as the last word; a forum's name with its branch
        ("garcia mediation 12/15 9a-1p teams", "Teams"),
        ("chen arbitration session jan 8, 10am-4pm, AAA downtown", "AAA downtown"),
    ],
)  # fmt: skip
def test_a_place_said_as_an_address_a_label_or_a_last_word(text, place):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["location"] == place
    assert place.lower() not in intent.fields["summary"].lower()


def test_a_labelled_place_still_changes_an_entry_named_as_one() -> None:
    intent = read("the jones depo location is now conference room B")
    assert (intent.resource, intent.action) == ("calendar_entries", "update")


@pytest.mark.parametrize(
    "text",
    [
        "lunch w marcus fri at noon re the acme call",
        "depo prep w/ priya tmrw 3pm, room tbd",
        "call with ravi tmrw at 3, re the trust",  # a time is never the place
        "the conference is now set for dec 21 at 2pm. calendar it",
        "prep w/ marcus tues 2-3 urgent",  # a word after the time is no place unless it is one
        "call with jane fri 3pm re settlement",
    ],
)
def test_no_place_is_made_up(text):
    assert "location" not in read(text).fields


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("can u put a status conf for garcia on the calendar, dec 18th 10:00", "status conf"),
        ("pls put the garcia IME on the calendar for the 17th at 10am", "the garcia IME"),
    ],
)
def test_the_calendar_named_is_not_in_the_title(text, summary):
    assert read(text).fields["summary"] == summary


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("interview robert jones for garcia, dec 16 2:00, 1.5 hrs", "2026-12-16T14:00", "T15:30"),
        ("meet w/ marcus re garcia, fri dec 11 at 2, for 90 min", "2026-12-11T14:00", "T15:30"),
        ("thurs 12/10 4p: garcia custody call w/ maria", "2026-12-10T16:00", "T17:00"),
    ],
)
def test_an_appointment_ahead_with_its_length_is_no_time_entry(text, start, end):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)
    assert end in intent.fields["end_at"]


@pytest.mark.parametrize(
    ("text", "received"),
    [
        ("maria garcia called at 9:15 this am re her deposition", "2026-12-03T09:15"),
        ("phone call w/ ravi patel yesterday 4pm - talked trustees", "2026-12-02T16:00"),
        ("robert jones emailed yesterday at 7:10pm re the trial date", "2026-12-02T19:10"),
        ("log call w/ acme re widget works discovery, 9:45 this morning", "2026-12-03T09:45"),
    ],
)
def test_a_call_already_made_is_logged_at_its_time(text, received):
    intent = read(text)
    assert (intent.resource, intent.action) == ("communications", "create")
    assert intent.fields["received_at"].startswith(received)


def test_a_call_ahead_is_still_an_appointment():
    assert read("call w/ maria garcia tmrw 4pm re her claim").resource == "calendar_entries"


@pytest.mark.parametrize(
    ("text", "sender", "recipient"),
    [
        ("log an email from maria garcia to priya re the bills", "8", "@Priya.Shah"),
        ("log an email from priya to maria garcia re the bills", "@Priya.Shah", "8"),
        ("email to ravi patel from marcus re the trust", "@Marcus.Bell", "10"),
    ],
)
def test_both_ends_of_an_email_are_kept(text, sender, recipient):
    intent = read(text)
    assert intent.refs["contact"] == sender
    assert intent.refs["recipient"] == recipient
    assert intent.fields["incoming"] is True


def test_one_end_named_leaves_the_requester_on_the_other():
    assert "recipient" not in read("email to ravi patel re the trust").refs


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("new task for marcus: send acme a reminder on the contract review invoice", "38"),
        ("remind me monday to chase acme on the msa - contract review matter", "38"),
    ],
)
def test_a_client_named_in_passing_keeps_the_matter_its_own_words_name(text, matter):
    assert read(text).refs["matter"] == matter


def test_a_client_named_in_passing_alone_names_no_matter():
    assert "matter" not in read("task for marcus: send acme an invoice reminder").refs


@pytest.mark.parametrize(
    ("text", "assignee", "name"),
    [
        ("marcus wants a task for priya: schedule the jones interview", "4", "schedule the jones interview"),
        ("need priya to prep the acme v widget works privilege log by fri", "4", "prep privilege log"),
        ("ask marcus to call the court clerk re garcia tmrw", "2", "call the court clerk"),
    ],
)  # fmt: skip
def test_the_colleague_handed_the_task_is_its_assignee(text, assignee, name):
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs["assignee"] == assignee
    assert intent.fields["name"] == name


def test_whose_records_are_not_handed_work():
    assert read("need marcus's hours this week").resource == "activities"


@pytest.mark.parametrize(
    "text", ["left vm for maria re the ime", "spoke to maria on the phone monday"]
)
def test_a_client_by_first_name_is_the_other_party_of_a_call(text):
    assert read(text).refs["contact"] == "8"


@pytest.mark.parametrize(
    "text",
    ["task for marcus: call maria re the ime", "maria wants the ime moved, note it on garcia"],
)
def test_a_first_name_alone_names_no_one_elsewhere(text):
    intent = read(text)
    assert intent.refs.get("contact") != "8"
    assert intent.refs.get("assignee") != "8"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ravi patel called yesterday re the funding, pls log it to the patel estate",
         "ravi patel called re the funding"),
        ("emailed maria garcia the ime details this morning - log under garcia",
         "emailed maria garcia the ime details"),
        ("spoke w/ ravi patel re the trust. file it under patel", "spoke w/ ravi patel re the trust"),
    ],
)  # fmt: skip
def test_the_request_to_log_it_is_not_its_subject(text, subject):
    assert read(text).fields["subject"] == subject


@pytest.mark.parametrize(
    "text", ["call w/ marcus re the call log review", "call with maria garcia re the log sheet"]
)
def test_a_log_that_is_what_it_was_about_stays(text):
    assert "log" in read(text).fields["subject"]


@pytest.mark.parametrize(
    "text",
    [
        # "drop ... on the calendar" puts it there
        "can u drop a hold on my calendar for the chen mediation prep thurs 1-3pm",
        # a closing "please calendar it" asks for the entry the story tells, even when told as news
        "the garcia settlement conference is now set for jan 6 at 10am, part 12. please calendar it",
    ],
)
def test_an_entry_asked_for_on_the_calendar_is_new(text: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")


def test_drop_from_the_calendar_still_deletes() -> None:
    intent = read("drop the patel meeting from my calendar")
    assert (intent.resource, intent.action) == ("calendar_entries", "delete")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a range that starts at noon ends after it
        ("lunch w ravi fri noon to 1:30", "12:00", "13:30"),
        ("team lunch fri from noon until 2", "12:00", "14:00"),
        ("call fri between noon and 2", "12:00", "14:00"),
        ("lunch fri noon-1pm", "12:00", "13:00"),
    ],
)
def test_a_range_from_noon(text: str, start: str, end: str) -> None:
    fields = read(text).fields
    assert (fields["start_at"][11:16], fields["end_at"][11:16]) == (start, end)
    assert "noon" not in fields["summary"]


def test_noon_and_a_count_is_no_range() -> None:
    fields = read("lunch fri noon and 2 others").fields
    assert fields["start_at"][11:16] == "12:00"
    assert "2 others" in fields["summary"]


def test_a_colleague_named_for_an_event_is_no_matter() -> None:
    intent = read("firm lunch for Priya's birthday tuesday noon to 1:30 at Carmine's")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert "matter" not in intent.refs


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "marcus asked me to put the settlement call on his calendar: wed 12/9, 4 to 4:30pm",
            "marcus",
        ),
        ("hannah wants the chen prep session on her cal thurs 2-3", "hannah"),
    ],
)
def test_his_or_her_calendar_is_the_colleague_who_asked(text: str, owner: str) -> None:
    assert read(text).refs["calendar"].lower() == owner


def test_his_calendar_with_no_colleague_asking_names_no_owner() -> None:
    assert (
        "calendar" not in read("the client asked me to put the call on his calendar fri 2pm").refs
    )


def test_at_sign_before_a_time_is_at() -> None:
    intent = read("hearing for chen mon dec 21 @ 9:15")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"][11:16] == "09:15"
