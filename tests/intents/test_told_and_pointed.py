"""Requests of the eleventh blind round (written for Thursday 10 December 09:20): a record told of,
then pointed at ("... Go ahead and delete that entry"), a change needed ("I need its practice
area changed to ..."), the record said first and its change after it ("patel trust deed task pls
delete"), a contact's new value taken from the story, and requests written as other Englishes
write them (a decimal comma, a 24-hour "h" clock, "please to")."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import corrections, hedges, listed_changes, other_usage, parse, requests, spoken
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 10, 14, 20, tzinfo=dt.UTC)  # Thursday 09:20 in New York
MARIA = {
    "id": 3,
    "name": "Maria Garcia",
    "type": "Person",
    "first_name": "Maria",
    "last_name": "Garcia",
}
SARAH = {
    "id": 6,
    "name": "Sarah Johnson",
    "type": "Person",
    "first_name": "Sarah",
    "last_name": "Johnson",
}
HART = {"id": 15, "name": "Lena Hart", "type": "Person", "first_name": "Lena", "last_name": "Hart"}
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
GLOBEX = {"id": 8, "name": "Globex Industries", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 40, "display_number": "00040-Garcia", "description": "Garcia v. Metro Transit Authority", "client": MARIA},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics", "client": SARAH},
    ],
    contacts=[MARIA, SARAH, HART, ACME, GLOBEX],
    users=[{"id": 1, "name": "Alice Nguyen"}, {"id": 2, "name": "Marcus Bell"}],
)  # fmt: skip


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Turns out Priya's comparative negligence research from Saturday was for a CLE "
            "paper. Go ahead and delete that entry.",
            "delete Priya's comparative negligence research entry from Saturday",
        ),
        (
            "The O'Brien closing from November 20 is still on Marcus's calendar, and that matter "
            "is closed now. Let's delete that event.",
            "delete The O'Brien closing event from November 20",
        ),
        (  # a change needed is the change asked; "vs." ends no sentence
            "The Johnson vs. Brightline Logistics matter is filed under Employment. I need its "
            "practice area changed to Litigation.",
            "change the practice area of The Johnson vs. Brightline Logistics matter to Litigation",
        ),
        (  # "its subject": a call's or an email's; someone's email is the email from them
            "John's email from Monday about witness availability is hard to find. Can you change "
            "its subject to 'Witness availability for deposition'?",
            "retitle the email from John from Monday about witness availability to 'Witness "
            "availability for deposition'",
        ),
        (  # "it": the thing the story names as a record of its kind
            "The O'Brien closing is long done and the send closing documents task is already "
            "checked off. Can you delete it to clean up Marcus's list?",
            "delete the send closing documents task",
        ),
        (  # a billing flag is an entry's: the cost the story names
            "The filing had to go twice because of our mistake, so we're not passing Priya's $45 "
            "courier charge on to the client. Let's mark it non-billable.",
            "mark Priya's $45 courier charge expense non-billable",
        ),
        (  # the whole thing the story names, not its tail ("the Patel estate")
            "Hannah started on the trust deed for the Patel estate this morning, so we should "
            "flip that task to in progress.",
            "set the trust deed task for the Patel estate to in progress",
        ),
    ],
)
def test_a_record_told_of_then_pointed_at(text: str, said: str) -> None:
    assert requests.change_told(text) == (said, True)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # "it" after a story naming an appointment: the appointment, never a new one
            "The garcia hearing got moved by the court. Can you push it to 2pm?",
            "push The garcia hearing to 2pm",
        ),
        (
            "her courier to court expense on johnson shouldn't be billed, the firm covers "
            "couriers. can you delete it?",
            "delete her courier to court expense on johnson",
        ),
        (
            "garcia finished physio - that treatment note about her physio twice a week is stale, "
            "please delete it",
            "delete that treatment note",
        ),
        (  # the record, not "the wrong matter" it went to
            "The notice of deposition email went to the wrong matter. Please delete it.",
            "delete The notice of deposition email",
        ),
    ],
)
def test_it_after_a_story_naming_a_record_of_another_kind(text: str, said: str) -> None:
    assert requests.change_asked(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # a task said by its work; a change needed is the change asked
            "The hearing is on Tuesday and we still don't have the records. I need Priya's task "
            "to request medical records bumped to high priority.",
            "bump Priya's request medical records task to high priority",
        ),
        (  # whose task it is, said after it, names no task
            "Dr. Hart is no longer our expert in Garcia. Delete the expert report on injuries "
            "task she was assigned.",
            "Delete the expert report on injuries task",
        ),
    ],
)
def test_a_task_named_after_the_story(text: str, said: str) -> None:
    assert requests.change_asked(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "phone msg from sarah johnson: can we move her depo prep to thurs",  # what she asked
        "The notice went out late. Change the location on it.",  # no new value said
    ],
)
def test_no_record_told_of_is_changed(text: str) -> None:
    found = requests.change_told(text)
    assert found is None or found[1] is False


def test_a_change_said_after_a_statement_is_no_record_told_of() -> None:
    """ "... was actually $405, update the expense": the statement says the change; the clause
    names no record of the story's, so the statement's own rules read it."""
    text = (
        "smith court filing fee was actually $405 with the e-filing surcharge, update the expense"
    )
    assert requests.change_told(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("patel trust deed task pls delete", "delete patel trust deed task"),
        (
            "obrien closing mtg time from nov 10 make it non billable",
            "make obrien closing mtg time from nov 10 non billable",
        ),
        (
            "started the lease amendments review set to in progress",
            "set the lease amendments review task to in progress",
        ),
        (
            "obrien closing appt on cal add location 55 water st",
            "change the location of obrien closing appt to 55 water st",
        ),
        (
            "witness availability email from john smith retitle depo prep availability",
            "change the subject of witness availability email from john smith to depo prep "
            "availability",
        ),
        ("depo outline due mon now", "move the due date on depo outline task to mon"),
        (
            "marcus is resp atty on northwind handbook now",
            "change responsible attorney on northwind handbook to marcus",
        ),
        (
            "chen divorce im responsible atty now not hannah",
            "change responsible attorney on chen divorce to me",
        ),
        (  # "fix date" after the statement
            "northwind remote work policy drafting was mon not sun fix date",
            "change northwind remote work policy drafting entry date to mon",
        ),
    ],
)
def test_the_record_said_first_then_its_change(text: str, said: str) -> None:
    assert corrections.rewrite(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "draft the reply assign to priya",  # no record's noun: a new task
        "garcia time entry make it 2 hrs",  # a new length: rule "the record, then what to make it"
    ],
)
def test_no_record_said_first(text: str) -> None:
    assert not corrections.rewrite(text).startswith(("assign", "make garcia"))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("0,3 h today on globex", "0.3 h today on globex"),
        ("I pay 42,50 dollars parking", "I pay 42.50 dollars parking"),
        ("$42,50 parking", "$42.50 parking"),
        ("tomorrow 15:30 to 16h call", "tomorrow 15:30 to 16:00 call"),
        ("john rang me this morning 8h45", "john rang me this morning 8:45"),
        ("Please to enter 3,25 hours", "Please enter 3.25 hours"),
        ("not for to charge client", "not to charge client"),
    ],
)
def test_written_as_other_englishes_write_it(text: str, said: str) -> None:
    assert other_usage.plain(text) == said


@pytest.mark.parametrize(
    "text", ["1,500 dollars", "log 2h15 on smith", "on 12/3, 2 hours", "change it to 2h"]
)
def test_commas_and_hs_that_stay(text: str) -> None:
    assert other_usage.plain(text) == text


def test_an_aside_telling_how_it_came_is_dropped() -> None:
    said = hedges.plain("lunch w/ emily tmrw 12:30 at balthazar (she emailed to confirm). chen")
    assert said == "lunch w/ emily tmrw 12:30 at balthazar. chen"
    assert hedges.plain("police report entry (smith, 11/24) - delete it") == (
        "police report entry (smith, 11/24) - delete it"
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Dr. Lena Hart was just named Chief of Orthopaedics at St. Mary's. Let's change her "
            "title to that.",
            "title",
            "Chief of Orthopaedics",
        ),
        (
            "Maria Garcia wants us to use maria.g@gmail.example.com from now on. Update her email "
            "to that.",
            "email_addresses",
            [{"name": "Work", "address": "maria.g@gmail.example.com", "default_email": True}],
        ),
    ],
)
def test_a_contact_s_new_value_told_in_the_story(text: str, field: str, value: object) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "update")
    assert intent.fields[field] == value


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("sarah johnson is at acme now pls update her company", "Acme Corp"),
        (
            "Sarah Johnson left Brightline and started at Globex Industries. Go ahead and set "
            "Globex as her company on her contact.",
            "Globex",
        ),
    ],
)
def test_a_contact_s_new_company(text: str, company: str) -> None:
    intent = read(text)
    assert (intent.action, intent.refs.get("contact"), intent.refs.get("company")) == (
        "update",
        "Sarah Johnson",
        company,
    )


def test_a_record_named_by_its_kind_alone_is_no_record_told_of() -> None:
    """ "Update her email to that" names no email log: her contact's address changes."""
    intent = read(
        "Maria Garcia wrote from a new address, m.g@x.example.com. Update her email to that."
    )
    assert intent.resource == "contacts"


def test_a_new_matter_s_labelled_description_beats_a_quoted_forward() -> None:
    intent = read(
        'new matter for maria garcia - landlord issue (fwd: "mold, landlord won\'t fix"), '
        'desc "Garcia landlord habitability"'
    )
    assert intent.fields["description"] == "Garcia landlord habitability"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("create contact for court reporter Aaron Blake, aaron@metro.example.com", "Aaron", "Blake"),
        ('new contact from a sig: "Jennifer Okafor | jokafor@globex.example.com"', "Jennifer", "Okafor"),
        ("dr hart's office mgr is beth kowalski, beth.k@hart.example.com - add her as a contact", "Beth", "Kowalski"),
    ],
)  # fmt: skip
def test_a_new_contact_s_name(text: str, first: str, last: str) -> None:
    intent = read(text)
    assert (intent.fields["first_name"], intent.fields["last_name"]) == (first, last)
    assert "company" not in intent.refs or intent.refs["company"] != "dr hart"


def test_a_weekday_before_what_the_work_was_on() -> None:
    intent = read("johnson 2.4h of legal research mon on retaliation claims", None)
    assert intent.fields["date"] == "2026-12-07"
    assert intent.fields["quantity"] == 8640


def test_a_clock_time_after_this_morning_is_no_length() -> None:
    intent = read("log phone call: John Smith rang me this morning 8h45 about the offer", None)
    assert (intent.resource, intent.fields["received_at"]) == (
        "communications",
        "2026-12-10T08:45:00-05:00",
    )


def test_when_an_email_came_said_by_its_verb() -> None:
    intent = read(
        'log email from John Smith, subj "Re: Witness availability" - he can\'t do the 14th. '
        "rec'd this morning",
        None,
    )
    assert intent.fields["received_at"].startswith("2026-12-10")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("garcia depo dec 16 9:30-12:30, at office of Metro Court Reporting", "office of Metro Court Reporting"),
        ("garcia depo dec 16 at 10 at the offices of opposing counsel", "offices of opposing counsel"),
        ("meeting at the office tomorrow 3pm", "office"),
    ],
)  # fmt: skip
def test_whose_office_a_place_is(text: str, place: str) -> None:
    assert read(text, None).fields["location"] == place


def test_a_weekday_before_a_length() -> None:
    intent = read("northwind hndbook: drafted parental leave section sun 1.7 hrs, drafting", None)
    assert (intent.fields["date"], intent.fields["quantity"]) == ("2026-12-06", 6120)


def test_who_called_whom_in_brackets_stays() -> None:
    said = "phone call w/ dr lena hart yesterday re her report (she called me)"
    assert hedges.plain(said) == said


# the twelfth round (written for Friday 11 December 16:45): a list line's record and change, a
# voice memo's fillers, spoken phone numbers and minutes, a change asked after "so" or "just"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("court filing fee on smith 12/5: $350 -> $335", "change court filing fee on smith on 12/5 to $335"),
        ('chen "Collect financial disclosures": status -> in progress', 'set chen "Collect financial disclosures" task to in progress'),
        ('"Update conflict check" (tom, 12/16): delete', 'delete "Update conflict check" (tom, 12/16)'),
        ("courier to court $45 (johnson 12/8): x", "delete courier to court $45 (johnson 12/8)"),
        ("x O'Brien \"Closing meeting\" 11/11, double counted", "delete O'Brien \"Closing meeting\" on 11/11"),
        ("comparative negligence research 12/6 (priya): hrs 1.5 -> 1.0", "change comparative negligence research on 12/6 (priya) to 1.0h"),
        ('"Request medical records" garcia due 12/14 -> 12/15', 'move the due date on "Request medical records" garcia task to 12/15'),
        ("Robert Jones depo sun 12/13 10-12 -> mon 12/14 same time", "move Robert Jones depo sun on 12/13 10-12 to mon 12/14"),
        ("hrs: today's widget works entry 1.8 = 1.5", "change today's widget works entry to 1.5h"),
        ("depo outline task (priya, in progress) -> reassign to me", "reassign depo outline task to me"),
        ("send engagement letter - widget works: done", "mark send engagement letter - widget works task done"),
    ],
)  # fmt: skip
def test_a_list_line_s_record_and_change(text: str, said: str) -> None:
    assert listed_changes.said(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "note for oliver grant: moved to boston",  # a new record's head
        "text from Marcus: finished the exhibit index for smith v jones -- log it under Marcus",
        "can u add a site visit to the intersection -> fri 8am to 10am",  # a new one asked for
        "call at 10:30 w ravi",  # a clock's colon
        "garcia: 2h reviewing records",  # a new entry's matter
    ],
)
def test_no_list_line(text: str) -> None:
    assert listed_changes.said(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "priya's deposition outline task for smith that's due tomorrow, let's just push it to "
            "monday the 14th",
            "push priya's deposition outline task for smith to monday the 14th",
        ),
        (  # after "so", without a word that asks; the task over the person named after it
            "the request medical records task on garcia, priya's completely swamped, so reassign "
            "that one to tom",
            "reassign the request medical records task on garcia to tom",
        ),
        (  # "the one due ..." says which, not what; "hand it over" reassigns
            "marcus's prepare witness list task on johnson, the one due the 19th, hand it over to "
            "priya instead",
            "reassign marcus's prepare witness list task on johnson to priya",
        ),
        (  # who logged it is no word of the entry
            "the patel call entry hannah logged on wednesday, it's a flat fee matter so we "
            "shouldn't have it, delete it",
            "delete the patel call entry on wednesday",
        ),
        (  # the record's own noun, whatever its words ("will" is no verb here)
            "the smith will and power of attorney matter, it was opened by mistake basically, so "
            "delete it",
            "delete the smith will and power of attorney matter",
        ),
    ],
)
def test_a_change_said_after_so_or_just(text: str, said: str) -> None:
    assert requests.change_asked(text) == said


def test_a_sound_while_thinking_is_dropped() -> None:
    assert hedges.plain("priya's garcia entry, uh, we're not gonna bill it") == (
        "priya's garcia entry, we're not gonna bill it"
    )
    assert hedges.plain("um so log drafting the reply") == "um so log drafting the reply"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("it was more like two hours forty five", "it was more like 2 hours 45 minutes"),
        ("the new one is nine one seven, five five five, zero one eight eight", "the new one is 9175550188"),
    ],
)  # fmt: skip
def test_numbers_said_in_a_voice_memo(text: str, said: str) -> None:
    assert spoken.written(text) == said
