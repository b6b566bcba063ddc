"""Creates told as a story or tersely (dev 8800-8979, variants 9880-9929): the work's day said
inside the story with a short weekday ("wed afternoon", "2.5 sat prepping", "most of wed",
"called him wed re ..."), "nc" for no charge, the record asked for after the story ("log as
telephone call", "add as expense", "could you expense it", "please note it on the matter", "put
a note on X so I don't forget", "make her a task"), terse tasks ("me: ...", "low prio - clean up
...", "follow up ... thurs", "renew ..., due end of month"), "X note <what it says>", "phone w
<party>", a walk-through on the calendar and "parking 28 fri" (examples and counter-examples,
with a small firm vocabulary, on Sunday 6 December 2026 at 21:00 in New York)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)  # Sunday 6 December, 21:00 in New York
TZ = "America/New_York"
SMITH = {
    "id": 1,
    "name": "John Smith",
    "type": "Person",
    "first_name": "John",
    "last_name": "Smith",
}
CHEN = {"id": 4, "name": "Emily Chen", "type": "Person", "first_name": "Emily", "last_name": "Chen"}
ACME = {"id": 5, "name": "Acme Corp", "type": "Company"}
RAVI = {"id": 3, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
GLOBEX = {"id": 6, "name": "Globex Industries", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones", "client": SMITH},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": CHEN},
        {"id": 38, "display_number": "00038-Acme", "description": "Acme Corp contract review", "client": ACME},
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 41, "display_number": "00041-Globex", "description": "Globex Industries lease dispute", "client": GLOBEX},
    ],
    contacts=[SMITH, CHEN, ACME, RAVI, GLOBEX],
    users=[
        {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
        {"id": 13, "name": "Priya Shah", "first_name": "Priya", "email": "priya@demo-firm.test"},
        {"id": 14, "name": "Hannah Whitaker", "first_name": "Hannah", "email": "hannah@demo-firm.test"},
    ],
    activity_descriptions=[{"id": 31, "name": "Telephone call"}, {"id": 32, "name": "Legal research"}],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("smith v jones 2.5 sat prepping depo outline", "2026-12-05"),
        ("spent most of wed at acme's offices on the contract review - 4.2 hrs", "2026-12-02"),
        ("2.2h, smith v jones, deposition outline. did it wed night", "2026-12-02"),
        ("i was at the chen mediation sat morning, 3 hrs", "2026-12-05"),
        ("chen 1.2h mon drafting the settlement memo", "2026-11-30"),
        # "sat" and "wed" as words stay words
        ("smith v jones 1h, sat in on the call with the client", "2026-12-06"),
        ("chen 1h call w emily, she sat down with her bank", "2026-12-06"),
    ],
)
def test_a_short_weekday_told_in_the_story_dates_the_work(text: str, day: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["date"] == day


def test_a_short_weekday_before_re_dates_a_call() -> None:
    intent = read("i called john smith wed re final title docs")
    assert intent.resource == "communications"
    assert str(intent.fields["received_at"]).startswith("2026-12-02")
    assert "wed" not in str(intent.fields["subject"])


@pytest.mark.parametrize(
    ("text", "no_charge"),
    [
        ("smith v jones .5 nc internal strategy", True),
        ("nc - 0.2 chen email to emily re schedule", True),
        ("chen 15 min n/c - emily q about school holidays", True),
        ("smith v jones .5 internal strategy", None),
    ],
)
def test_nc_is_no_charge(text: str, no_charge: bool | None) -> None:
    intent = read(text)
    assert intent.fields.get("no_charge") is no_charge
    assert "nc" not in str(intent.fields.get("note")).split()


def test_log_as_an_activity_said_last_is_time_with_that_activity() -> None:
    intent = read(
        "hannah was on the phone w/ emily for 0.5 on tuesday re support. log as telephone call"
    )
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["quantity"] == 1800
    assert intent.refs["activity_description"] == "Telephone call"


@pytest.mark.parametrize(
    "text",
    [
        "court reporter invoice 245.50 for the smith v jones transcript, add as expense",
        "took a taxi to the patel signing, $22, pls expense it",
        "i paid for lunch w/ the acme GC during the contract review mtg, $74 - add as an expense pls",
        "parking 28 fri at the courthouse - smith v jones",
    ],
)
def test_an_expense_asked_for_or_said_by_what_was_paid_for(text: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["type"] == "ExpenseEntry"


@pytest.mark.parametrize(
    "text", ["mileage 42 miles to the chen site", "parking 2h at the courthouse"]
)
def test_a_count_or_a_length_after_what_was_paid_for_is_no_price(text: str) -> None:
    assert read(text).fields.get("type") != "ExpenseEntry"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Acme contract review - the client wants the non-compete removed. please note it on the matter",
            "non-compete",
        ),
        (
            "the widget works side would accept a retired judge. can you put a note on acme contract review so I don't forget",
            "retired judge",
        ),
        ("patel estate note ravi wants daughter as successor trustee", "successor trustee"),
    ],
)
def test_a_note_says_the_story(text: str, said: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("notes", "create")
    assert said in intent.fields["detail"]
    assert "forget" not in intent.fields["detail"]


def test_a_note_looked_up_by_its_words_stays_a_look_up() -> None:
    assert read("acme note from last week about the indemnity clause").action == "search"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("me: send engagement ltr to globex tmrw", "2026-12-07"),
        ("follow up w/ their gc on signature pages thurs", "2026-12-10"),
        ("renew my notary commission, low priority, due end of month", "2026-12-31"),
        (
            "need hannah to approve the flat fee for ravi's will by friday, can you make her a task",
            "2026-12-11",
        ),
        ("low prio - clean up chen discovery folder", None),
    ],
)
def test_terse_work_to_do_is_a_task(text: str, due: str | None) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.fields.get("due_at") == due
    assert "task" not in intent.fields["name"]


def test_follow_alone_still_watches() -> None:
    assert read("follow the acme matter").action == "watch"


def test_phone_w_a_party_is_a_call() -> None:
    intent = read("log: phone w john smith fri abt trial date")
    assert (intent.resource, intent.action) == ("communications", "create")
    assert str(intent.fields["received_at"]).startswith("2026-12-04")


def test_a_walk_through_ahead_at_a_time_is_on_the_calendar() -> None:
    intent = read("globex walk thru of premises w landlord thu 2p, 1h")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith("2026-12-10T14:00")


@pytest.mark.parametrize(
    ("text", "kind", "matter"),
    [
        ("hannah emailed ravi patel the trust draft today - pls log under patel", "EmailCommunication", None),
        # "log on the X matter" names where the story's record goes, not a new matter
        ("hannah emailed emily chen on tuesday to confirm the mediation date, pls log on the chen matter",
         "EmailCommunication", "43"),
        ("priya called john smith this morning about the depo, can you record it under the smith case",
         "PhoneCommunication", "42"),
    ],
)  # fmt: skip
def test_a_call_or_email_told_then_logged_under_a_matter_is_that_record(
    text: str, kind: str, matter: str | None
) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("communications", "create")
    assert intent.fields["type"] == kind
    if matter:
        assert intent.refs["matter"] == matter


def test_a_new_matter_said_by_its_particulars_with_no_verb() -> None:
    intent = read("globex needs a zoning variance. real estate matter, hannah responsible")
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["responsible_attorney"] in ("hannah", "14")  # by name or by the firm's names
    assert "zoning variance" in intent.fields["description"]


@pytest.mark.parametrize(
    ("text", "day", "left"),
    [
        (
            "not sure where the weekend went. yesterday I did an hour of research for the chen divorce",
            "2026-12-05",
            "yesterday",
        ),
        (
            "long one today. spent most of the afternoon on smith v jones, 3.3 hours marking up the brief",
            "2026-12-06",
            "afternoon",
        ),
        (
            "spent all morning on the chen divorce, 2h drafting the settlement",
            "2026-12-06",
            "morning",
        ),
    ],
)
def test_the_day_over_the_period_and_no_part_of_the_day_in_the_note(
    text: str, day: str, left: str
) -> None:
    intent = read(text)
    assert intent.fields["date"] == day
    assert left not in intent.fields["note"]


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        (
            "the process server's invoice arrived, $85 for serving robert jones on smith v jones",
            "activities",
        ),
        (
            "invoice from metro court reporting came in - $412.50 for the chen deposition transcript",
            "activities",
        ),
        ("acme's invoice 1002 came in at $5,200", "bills"),
    ],
)
def test_an_invoice_received_is_an_expense(text: str, resource: str) -> None:
    assert read(text).resource == resource


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("parking at the smith v jones hearing on wednesday, $18", "2026-12-02"),
        ("$62 lunch for the chen mediation on friday", "2026-12-04"),
        ("2h prep for the smith v jones hearing on wednesday", "2026-12-06"),  # the work's own day
    ],
)
def test_money_spent_for_an_event_is_spent_on_its_day(text: str, day: str) -> None:
    assert read(text).fields["date"] == day


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("follow up on acme's unpaid invoice 1002, assign it to priya, by thursday", "tasks"),
        ("chase the unpaid chen invoice by friday", "tasks"),
        ("unpaid invoices for acme", "bills"),
    ],
)
def test_work_about_an_unpaid_bill_by_a_day_is_a_task(text: str, resource: str) -> None:
    assert read(text).resource == resource


@pytest.mark.parametrize(
    "text",
    [
        "pls put my uber to the globex mediation on the file, it was $41.25 on wednesday",
        "add the parking for the chen hearing, $28",
    ],
)
def test_money_spent_added_for_an_event_is_an_expense(text: str) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["type"] == "ExpenseEntry"


def test_a_task_to_pay_a_fee_stays_a_task() -> None:
    intent = read("add a task to pay the $50 filing fee for the chen hearing")
    assert (intent.resource, intent.action) == ("tasks", "create")


# rule "the story's own record": a note asked "on the matter", "on her case", "on his contact"
# after a story is the story, on the matter or the person the story named
@pytest.mark.parametrize(
    ("text", "kind", "ref"),
    [
        (
            "Opposing counsel in Smith v Jones said on Friday that they'd be open to mediation in "
            "January - could you put a note on the matter so it's on file?",
            "Matter", ("matter", "42"),
        ),
        (
            "Emily Chen mentioned on the phone that the school schedule is a sticking point. Could "
            "you add a note about that on her case?",
            "Matter", ("matter", "43"),
        ),
        (
            "Just so you know, Ravi Patel has moved and prefers email now. Would you mind putting a "
            "note on his contact record?",
            "Contact", ("contact", "3"),
        ),
        (
            "Ravi Patel's assistant said he'll be in Mumbai until the 20th, so it's best not to "
            "schedule anything with him before then - could you leave a note on his contact?",
            "Contact", ("contact", "3"),
        ),
    ],
)  # fmt: skip
def test_a_note_on_the_storys_own_record(text, kind, ref):
    intent = read(text)
    assert (intent.resource, intent.action) == ("notes", "create")
    assert intent.fields["type"] == kind
    assert intent.refs[ref[0]] == ref[1]
    story = re.split(r"\s+-\s+|\.\s+(?=Could|Would)", text)[0]
    assert story.rstrip(".") in intent.fields["detail"]
