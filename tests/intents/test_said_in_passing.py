"""Requests as they are said in passing (tenth blind round, written for Monday 7 December 13:00):
a value taken back further on, a record asked to be had ("could we get a task ..."), a lead said
with a mention or "i'm the responsible attorney", a subject labelled after a note's noun, "date it
friday", digits after a day as its time, "put on cal"; and the words around them that are no part
of a title or a note."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import corrections, form, hedges, parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.UTC)  # Monday 13:00 in New York
EMILY = {
    "id": 4,
    "name": "Emily Chen",
    "type": "Person",
    "first_name": "Emily",
    "last_name": "Chen",
}
RAVI = {"id": 2, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
SARAH = {
    "id": 6,
    "name": "Sarah Johnson",
    "type": "Person",
    "first_name": "Sarah",
    "last_name": "Johnson",
}
GLOBEX = {"id": 8, "name": "Globex Industries", "type": "Company"}
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
NORTHWIND = {"id": 9, "name": "Northwind Traders LLC", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 41, "display_number": "00041-Globex", "description": "Globex Industries lease dispute", "client": GLOBEX},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": EMILY},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics", "client": SARAH},
    ],
    contacts=[EMILY, RAVI, SARAH, GLOBEX, ACME, NORTHWIND],
    users=[
        {"id": 1, "name": "Alice Nguyen"},
        {"id": 2, "name": "Marcus Bell"},
        {"id": 3, "name": "Hannah Whitaker"},
        {"id": 5, "name": "Tom Reyes"},
    ],
    practice_areas=[{"id": 2, "name": "Estate Planning"}, {"id": 3, "name": "Employment"},
                    {"id": 4, "name": "Corporate"}],
)  # fmt: skip


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "friday i spent 3 hrs on the chen divorce prepping the affidavit - make that 3.2",
            "friday i spent 3.2 hrs on the chen divorce prepping the affidavit",
        ),
        (  # two takings back: the last one stands, a decimal after minutes is hours
            "15 min call w/ sarah re the offer, no wait it was more like 25 min - just put .4",
            ".4h call w/ sarah re the offer",
        ),
        ("2h on garcia no wait 2.5 reviewing reports", "2.5h on garcia reviewing reports"),
        ("lunch w ravi at 1 at nobu, actually 1:30", "lunch w ravi at 1:30 at nobu"),
        ("task: call john by 5pm, make that 6", "task: call john by 6 pm"),
        ("$40 parking at court for garcia, sorry $45", "$45 parking at court for garcia"),
    ],
)
def test_a_value_taken_back_later_takes_the_old_one_s_place(text: str, said: str) -> None:
    assert corrections.said_again(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "log 2h on acme, make it billable",  # no value after the cue
        "add 3h for acme - no, globex",  # a matter taken back, not a value
        "make that 2h on acme",  # nothing earlier to take back
        "the will package - 30 min is wrong, make it 45",  # a change of a record
    ],
)
def test_no_value_taken_back(text: str) -> None:
    assert corrections.said_again(text) == text


def test_a_day_taken_back_is_no_correction_of_a_record() -> None:
    intent = read("remind me to send ravi the revised trust deed by wed - actually thurs")
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.fields["due_at"] == "2026-12-10"
    moved = read("calendar: call with sarah johnson thurs - actually fri - 2pm, 30 min")
    assert (moved.resource, moved.action) == ("calendar_entries", "create")
    assert moved.fields["start_at"] == "2026-12-11T14:00:00-05:00"
    # counter-example: a value said to be wrong still corrects a record
    assert read("my last entry was actually 2h").action != "create"


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("could we please get a task on the patel matter for hannah, due friday?", "tasks"),
        ("can we get a task for tom to call the clerk tomorrow?", "tasks"),
        ("can I get a meeting with ravi on the calendar tomorrow at 3", "calendar_entries"),
        (
            "could we get friday's call logged please - emily rang me about the mediation",
            "communications",
        ),
    ],
)
def test_a_record_asked_to_be_had_is_made(text: str, resource: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, "create")


@pytest.mark.parametrize(
    "text", ["give me the tasks due tomorrow", "can you get me a contact at acme", "get my tasks"]
)
def test_a_record_asked_for_to_look_at_is_looked_up(text: str) -> None:
    assert read(text).action != "create"


def test_the_words_that_ask_are_no_part_of_what_is_written() -> None:
    call = read("could we get friday's call logged please - emily chen rang me about the mediation")
    assert call.fields["subject"] == "emily chen rang me about the mediation"
    assert call.fields["received_at"].startswith("2026-12-04")
    task = read("task for hannah: review the trust deed, due friday. normal priority is fine")
    assert (task.fields["name"], task.fields["priority"]) == ("review the trust deed", "Normal")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("open a new matter for acme corp trademark opposition, corporate, and i'm the responsible attorney", "me"),
        ("open new mtr: sarah johnson - severance agmt review, employment, @marcus lead", "@marcus"),
        ("new estate planning mtr -> emily chen, post-divorce will update, @hannah responsible", "@hannah"),
    ],
)  # fmt: skip
def test_a_new_matter_s_lead_as_said(text: str, lead: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["responsible_attorney"] == lead
    assert (
        "@" not in intent.fields["description"]
        and "responsible" not in intent.fields["description"]
    )


def test_a_client_and_area_around_an_arrow() -> None:
    intent = read(
        "new estate planning mtr -> emily chen, post-divorce will update, @hannah responsible"
    )
    assert (intent.refs["client"], intent.refs["practice_area"]) == ("4", "Estate Planning")
    assert intent.fields["description"] == "post-divorce will update"


def test_a_subject_labelled_after_a_note_s_noun_makes_the_note() -> None:
    intent = read("globex lease dispute note, subj 'settlement authority' -> CFO ok'd up to 85k")
    assert (intent.resource, intent.action) == ("notes", "create")
    assert (intent.fields["subject"], intent.refs["matter"]) == ("settlement authority", "41")
    # counter-example: notes looked up by their subject
    assert read("globex notes with subject settlement").action == "search"


def test_date_it_after_the_note_s_text_is_its_date() -> None:
    intent = read("note on emily chen's contact: she moved out, new address tbd\ndate it friday")
    assert intent.fields["date"] == "2026-12-04"
    assert "date it" not in intent.fields["detail"]
    # counter-example: "dated" inside the text is the story's
    story = read("note on the globex lease: the amendment is dated dec 2, client confirmed")
    assert "date" not in story.fields


def test_digits_after_a_day_are_its_time() -> None:
    intent = read("lunch w/ ravi fri 1230 @ Gramercy Tavern re trust funding")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"] == "2026-12-11T12:30:00-05:00"
    assert intent.fields["location"] == "Gramercy Tavern"
    # counter-example: a length after a day is no time
    entry = read("fri 45 min garcia depo prep")
    assert "start_at" not in entry.fields


def test_put_on_cal_is_the_calendar() -> None:
    intent = read("put on cal 12/15 4p w/ sarah johnson re brightline settlement offer, 30 min")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["end_at"] == "2026-12-15T16:30:00-05:00"


def test_a_name_split_in_two_is_the_firm_s_one_word() -> None:
    intent = read(
        "new employment matter for north wind traders wrongful termination claim, me responsible"
    )
    assert intent.refs["client"] == "9"
    assert intent.fields["description"].startswith("wrongful termination")
    found = VOCABULARY.find("call north wind re the audit")
    assert [m.text for m in found] == ["north wind"]
    # counter-examples: a word of the firm's names stays itself; nothing joins across a clause
    assert [m.text for m in VOCABULARY.find("acme corp review")] == ["acme corp"]
    assert not any(m.text == "north, wind" for m in VOCABULARY.find("north, wind"))


def test_an_entry_s_activity_told_with_is() -> None:
    intent = read(
        "time entry for yesterday two hours drafting the motion in the chen case activity is drafting"
    )
    assert (intent.resource, intent.action) == ("activities", "create")
    assert (intent.refs["activity_description"], intent.fields["quantity"]) == ("drafting", 7200)
    assert form.told("2h on chen, activity is research") == "2h on chen, activity: research"
    # counter-examples: a record's activity said so is a change; no length, no new entry
    assert form.told("my 2h chen entry yesterday, activity is drafting").endswith(
        "activity is drafting"
    )
    assert form.told("the chen call activity is billing") == "the chen call activity is billing"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("tom -> send payment reminder to acme on the overdue invoice, by wed, low pri", "5"),
        ("@tom send the engagement letter to acme by wed", "5"),
        ("hannah: draft the parenting plan for the chen divorce by the 15th", "3"),
    ],
)
def test_work_handed_to_a_colleague_is_their_task(text: str, who: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs["assignee"] == who
    assert not intent.fields["name"].lower().startswith(("tom", "hannah", "@"))


@pytest.mark.parametrize(
    "text",
    [
        "tom 2h on the chen divorce drafting",  # no order: time
        "emily: call back re the mediation date",  # a client, not one of the firm
    ],
)
def test_no_work_handed(text: str) -> None:
    intent = read(text)
    assert not (intent.resource == "tasks" and intent.refs.get("assignee") in ("5", "4"))


def test_a_quoted_name_inside_a_description_stays_in_it() -> None:
    intent = read('new corporate matter for acme corp - trademark opposition against "Acmee Tools"')
    assert "trademark opposition" in intent.fields["description"]
    titled = read("open a corporate matter 'Acme trademark opposition' for acme corp")
    assert titled.fields["description"] == "Acme trademark opposition"


def test_a_job_said_before_whom_it_serves() -> None:
    intent = read(
        "new contact anita rao, she's the physical therapist treating emily chen, arao@citypt.com"
    )
    assert intent.fields["title"] == "physical therapist"


def test_a_co_contact_is_a_company() -> None:
    intent = read("new co contact -> Brightline Logistics Inc, main line 312-555-0177")
    assert (intent.fields["type"], intent.fields["name"]) == ("Company", "Brightline Logistics Inc")


def test_a_record_named_alone_after_a_verb() -> None:
    oliver = {
        "id": 16,
        "name": "Oliver Grant",
        "type": "Person",
        "first_name": "Oliver",
        "last_name": "Grant",
    }
    vocabulary = Vocabulary.build(contacts=[oliver], users=[{"id": 3, "name": "Hannah Whitaker"}])
    intent = read("Please delete Oliver Grant.", vocabulary)
    assert (intent.resource, intent.action) == ("contacts", "delete")
    assert read("show oliver grant", vocabulary).resource == "contacts"
    # counter-examples: a colleague is no record; nothing without the firm's names
    assert read("show hannah", vocabulary).action == "unknown"
    assert read("Please delete Oliver Grant.", None).action == "unknown"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "could you change my acme call yesterday from half an hour to 45 minutes",
            "could you change my acme call yesterday to 45 minutes",
        ),
        (
            "reduce the filing fee expense from $400 to $405",
            "reduce the filing fee expense to $405",
        ),
        ("log 2h from 9 to 11 on acme", "log 2h from 9 to 11 on acme"),  # no change asked
    ],
)
def test_from_the_old_value_to_the_new(text: str, said: str) -> None:
    assert corrections.from_old_to_new(text) == said


def test_a_value_made_smaller_is_a_change() -> None:
    intent = read(
        "could you reduce my entry on the chen divorce for the affidavit to 2 hours, please?"
    )
    assert (intent.resource, intent.action) == ("activities", "update")
    assert intent.fields["quantity"] == 7200
    changed = read("change my acme call yesterday from 30 min to 45 min")
    assert changed.fields == {"quantity": 2700} and "matter" not in changed.refs


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("delete the patel preferences note, outdated", "delete the patel preferences note"),
        ("pls remove the johnson courier charge, client paid direct", "remove the johnson courier charge"),
        ("delete marcus's closing time entry, its a dupe", "delete marcus's closing time entry"),
        ("delete the acme call entry, the one from friday", "delete the acme call entry, the one from friday"),
    ],
)  # fmt: skip
def test_why_a_record_goes_is_no_part_of_it(text: str, said: str) -> None:
    assert corrections.rewrite(text) == said


def test_a_contact_told_of_then_changed() -> None:
    hart = {
        "id": 14,
        "name": "Lena Hart",
        "type": "Person",
        "first_name": "Lena",
        "last_name": "Hart",
    }
    vocabulary = Vocabulary.build(
        contacts=[hart, GLOBEX], users=[{"id": 3, "name": "Hannah Whitaker"}]
    )
    promoted = read(
        "Dr. Lena Hart has been promoted; please change her title to Chief of Surgery.", vocabulary
    )
    assert (promoted.resource, promoted.action, promoted.refs["contact"]) == (
        "contacts",
        "update",
        "Lena Hart",
    )
    assert promoted.fields["title"] == "Chief of Surgery"
    moved = read(
        "Globex would like all mail sent to legal@globex.example.com. Please change the company's email "
        "address accordingly.",
        vocabulary,
    )
    assert moved.refs["contact"] == "Globex Industries"
    assert moved.fields["email_addresses"][0]["address"] == "legal@globex.example.com"
    phoned = read(
        "Lena Hart has a new cell, +1 973 555 0188. Could you replace the old one on her contact?",
        vocabulary,
    )
    assert phoned.fields["phone_numbers"][0]["number"] == "+1 973 555 0188"
    mailed = read(
        "lena hart has a new email, lena@newclinic.com - please update her contact", vocabulary
    )
    assert mailed.fields["email_addresses"][0]["address"] == "lena@newclinic.com"
    # counter-examples: no field of a contact is changed; two values, none chosen
    assert (
        read("lena hart called. change her appointment to 3pm", vocabulary).resource != "contacts"
    )
    two = read("lena hart: a@b.com or c@d.com. please update her contact", vocabulary)
    assert two.refs.get("contact") != "Lena Hart" or not two.fields.get("email_addresses")


@pytest.mark.parametrize(
    "text",
    [
        "robert jones depo wed will run til 1pm",
        "extend the jones depo wed until 1pm",
        "change the end of the jones depo wed to 1pm",
        "the jones depo wed now ends at 1pm",
    ],
)
def test_an_appointment_s_new_end(text: str) -> None:
    intent = read(text, None)
    assert (intent.resource, intent.action) == ("calendar_entries", "update")
    assert intent.fields == {"end_time": "13:00"}
    assert "end" not in intent.refs["calendar_entry"]


@pytest.mark.parametrize(
    "text", ["the call with acme ran until 3", "block 9 to 11 for the depo prep"]
)
def test_no_new_end_of_an_appointment(text: str) -> None:
    assert "end_time" not in read(text, None).fields


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "make Marcus the responsible attorney on the Northwind handbook matter",
            "change responsible attorney on the Northwind handbook matter to Marcus",
        ),
        (
            "im taking over the northwind handbook matter as resp atty",
            "change responsible attorney on the northwind handbook matter to me",
        ),
    ],
)
def test_a_matter_s_new_lead_said_as_news(text: str, said: str) -> None:
    assert corrections.rewrite(text) == said


def test_for_the_file_is_no_part_of_the_request() -> None:
    intent = read(
        "For the file, could you set the location of the chen mediation on 17 November to Room 4?"
    )
    assert (intent.resource, intent.action) == ("calendar_entries", "update")
    assert intent.fields["location"] == "Room 4"


def test_why_it_is_asked_before_the_asking_is_no_part_of_it() -> None:
    intent = read(
        "While Hannah is on leave, could you make Marcus the responsible attorney on the Chen "
        "divorce matter?"
    )
    assert (intent.resource, intent.action) == ("matters", "update")
    assert intent.refs["responsible_attorney"] == "Marcus"
    # counter-example: a day after "since" that is no reason before an asking stays
    assert (
        hedges.plain("since friday I have spent 3h on chen")
        == "since friday I have spent 3h on chen"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "conflict check update task due end of month, not the 12th",
            "change conflict check update task due date to end of month",
        ),
        (
            "priya's entry for the chen records should be dated thursday the 3rd, not friday. could "
            "you correct the date, please?",
            "change the date on priya's entry for the chen records to thursday the 3rd",
        ),
    ],
)
def test_a_day_said_right_then_wrong(text: str, said: str) -> None:
    assert corrections.rewrite(text) == said


def test_month_is_no_weekday() -> None:
    assert corrections.rewrite("call john due end of month, not monday") == (
        "change call john due date to end of month"
    )
    assert corrections.said_again("log 2h on chen monthly review, sorry") == (
        "log 2h on chen monthly review, sorry"
    )


def test_a_priority_raised_and_a_due_date_brought_forward() -> None:
    intent = read(
        "Please raise my chen financial disclosures review to high priority and bring its due date "
        "forward to this Friday, the 11th."
    )
    assert (intent.resource, intent.action) == ("tasks", "update")
    assert intent.fields == {"priority": "High", "due_at": "2026-12-11"}
    # counter-example: "raise" said of no priority is no change
    assert read("raise the issue with emily chen tomorrow").action != "update"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "patel matter desc -> Patel estate planning and revocable trust",
            "change the patel matter description to Patel estate planning and revocable trust",
        ),
        (
            "chen matter resp atty -> hannah",
            "change the chen matter responsible attorney to hannah",
        ),
        ("task: call john -> due friday", "task: call john -> due friday"),  # a new task's fields
    ],
)
def test_a_field_by_its_label_after_an_arrow(text: str, said: str) -> None:
    assert corrections.rewrite(text) == said


def test_a_month_or_week_names_the_entries_of_its_days() -> None:
    month = read("delete marcus's closing time entry from nov", None)
    assert month.refs["activity_on"] == "2026-11-01/2026-11-30"
    week = read("delete the chen call entry from last week", None)
    assert week.refs["activity_on"] == "2026-11-30/2026-12-06"
    day = read("update the chen call entry from yesterday to 0.8", None)
    assert day.refs["activity_on"] == "2026-12-06"


def test_work_told_then_given_to_a_colleague_is_their_task() -> None:
    intent = read(
        "after the mediation wednesday somebody has to order the expedited chen transcript, give "
        "that to tom due thursday"
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert (intent.refs["assignee"], intent.fields["due_at"]) == ("5", "2026-12-10")
    assert "transcript" in intent.fields["name"]
    # counter-example: a task the story names is handed over, not made anew
    told = read("the chen transcript task is overdue, give it to tom")
    assert told.action != "create"
