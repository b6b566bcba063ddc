"""A new call or email told by labelled parts, or by who sent it to whom (dev 4151-4152, 4181,
variants 2768-2772): "email recieved from X to Y, subject Z, ...", "an email alice sent to acme
corp ... on the contract review matter", "from: X, to: Y, date: yesterday, subject: "...",
body: "..."" after the head's colon."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)  # Monday 7 December, 16:00 in New York
TZ = "America/New_York"
RAVI = {"id": 2, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
EMILY = {
    "id": 4,
    "name": "Emily Chen",
    "type": "Person",
    "first_name": "Emily",
    "last_name": "Chen",
}
SARAH = {"id": 6, "name": "Sarah Johnson", "type": "Person", "first_name": "Sarah",
         "last_name": "Johnson"}  # fmt: skip
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 38, "display_number": "00038-Acme", "description": "Acme Corp contract review", "client": ACME},
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": EMILY},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics", "client": SARAH},
        {"id": 49, "display_number": "00049-Acme", "description": "Acme Corp v. Widget Works", "client": ACME},
    ],
    contacts=[RAVI, EMILY, SARAH, ACME],
    users=[
        {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
        {"id": 12, "name": "Marcus Bell", "first_name": "Marcus", "email": "marcus@demo-firm.test"},
        {"id": 14, "name": "Hannah Whitaker", "first_name": "Hannah", "email": "hannah@demo-firm.test"},
    ],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


def test_an_email_received_from_someone_is_logged_with_its_labelled_subject() -> None:
    intent = read(
        "email recieved from sarah johnson yesterday to alice, subject termination letter, "
        "she forwarded the letter hr sent her. file under johnson v brightline"
    )
    assert (intent.resource, intent.action) == ("communications", "create")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("6", "@Alice.Nguyen")
    assert intent.fields["received_at"].startswith("2026-12-06")
    assert intent.fields["subject"] == "termination letter"
    assert intent.fields["body"] == "she forwarded the letter hr sent her"


def test_emails_received_is_still_a_search() -> None:
    assert read("emails received from sarah johnson last week").action == "search"


def test_a_colleague_sent_it_to_a_client_and_its_own_words_give_the_matter() -> None:
    intent = read(
        "log an email alice sent to acme corp today on the contract review matter, "
        "subject outstanding invoice 1002"
    )
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Alice.Nguyen", "7")
    assert intent.refs["matter"] == "38"
    assert intent.fields["subject"] == "outstanding invoice 1002"


def test_parts_after_the_heads_colon_are_the_logs_fields() -> None:
    intent = read(
        "Log this email on Johnson vs. Brightline: from Sarah Johnson to Marcus Bell, sent Friday, "
        'subject "Photos of the loading dock", body "Attached are the photos I took."'
    )
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("6", "@Marcus.Bell")
    assert intent.fields["received_at"].startswith("2026-12-04")
    assert intent.fields["subject"] == "Photos of the loading dock"
    assert intent.fields["body"] == "Attached are the photos I took."


def test_labels_with_colons() -> None:
    intent = read(
        "log an email for Chen divorce - from: Hannah Whitaker, to: Emily Chen, date: yesterday, "
        'subject: "Draft settlement", body: "the revised draft for review"'
    )
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Hannah.Whitaker", "4")
    assert intent.fields["received_at"].startswith("2026-12-06")
    assert (intent.fields["subject"], intent.fields["body"]) == (
        "Draft settlement",
        "the revised draft for review",
    )


def test_a_subject_labelled_last_leaves_the_story_as_the_body() -> None:
    intent = read(
        "i emailed ravi this afternoon with the two trustee options and asked him to decide by "
        "friday. log it as an email on his estate matter, subject trustee options"
    )
    assert intent.fields["subject"] == "trustee options"
    assert intent.fields["body"].endswith("asked him to decide by friday")


def test_words_said_after_the_colon_are_not_parts() -> None:
    intent = read("log email to marcus: ravi patel called, wants a meeting")
    assert "subject" in intent.fields and "ravi patel called" in intent.fields["body"]


def test_a_topic_after_re_and_an_article_names_no_matter() -> None:
    intent = read("Log an email from Marcus to Emily Chen today re: the PT invoices.")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Marcus.Bell", "4")
    assert "matter" not in intent.refs


def test_someone_speaking_for_a_contact_is_that_contacts_end() -> None:
    intent = read("sarah johnson's lawyer emailed marcus thursday asking for the personnel file")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("6", "@Marcus.Bell")
    assert intent.fields["incoming"] is True


def test_a_day_gone_by_between_the_call_and_its_party() -> None:
    intent = read("phone call today from emily chen re the house appraisal")
    assert (intent.resource, intent.action) == ("communications", "create")
    assert (intent.refs["contact"], intent.fields["incoming"]) == ("4", True)
    assert read("calls today from emily chen").action == "search"


def test_what_was_sent_between_the_verb_and_whom_it_went_to() -> None:
    intent = read(
        "marcus forwarded the settlement draft to emily chen today, log the email on chen"
    )
    assert (intent.resource, intent.action) == ("communications", "create")
    assert intent.fields["type"] == "EmailCommunication"
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Marcus.Bell", "4")
    assert intent.fields["subject"] == "marcus forwarded the settlement draft to emily chen"
    intent = read("hannah emailed emily chen on tuesday to confirm the mediation date, pls log")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Hannah.Whitaker", "4")


def test_a_display_number_opening_a_log_is_its_matter() -> None:
    intent = read("00045 email from sarah johnson friday re her depo")
    assert (intent.refs["matter"], intent.refs["contact"]) == (
        "45",
        "6",
    )  # 00045-Johnson, found by its display number
    assert intent.fields["subject"] == "email from sarah johnson re her depo"


def test_sent_closing_the_subject_belongs_to_the_day() -> None:
    intent = read("log: email to emily chen re the appraisal, sent yesterday")
    assert intent.fields["subject"] == "email to emily chen re the appraisal"


def test_an_arrow_after_the_heads_colon_tells_the_parts() -> None:
    intent = read("Log a phone call: Marcus → Emily Chen, Thursday 3pm, subject custody schedule")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Marcus.Bell", "4")
    assert intent.fields["received_at"] == "2026-12-03T15:00:00-05:00"
    assert intent.fields["subject"] == "custody schedule"


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        (
            "log an email I got from john smith on saturday for smith v jones, subject dashcam - he"
            " found old dashcam footage from the crash",
            "dashcam",
            "he found old dashcam footage from the crash",
        ),
        (
            "Ravi Patel emailed Hannah on Friday with the subject 'Trustee names' and said his"
            " brother has agreed to be a trustee, could you please log that on the Patel estate"
            " matter?",
            "Trustee names",
            "his brother has agreed to be a trustee",
        ),
    ],
)
def test_a_labelled_subject_ends_at_a_dash_or_its_single_quote(text, subject, body):
    fields = read(text).fields
    assert (fields["subject"], fields["body"]) == (subject, body)
