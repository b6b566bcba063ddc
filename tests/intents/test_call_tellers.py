"""Who called whom in a new call or email log (dev 8767-8768, 9669, variants 9780-9786): the
call told after a colon by its caller ("log a call: maria garcia phoned ..."), a head of names
only before it ("phone log johnson: sarah called marcus ..."), and an arrow between the two ends
("log email hannah -> ravi patel"); an office that is no contact (dev 8144, variants 9792-9795)."""

from __future__ import annotations

import datetime as dt

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.UTC)
TZ = "America/New_York"
RAVI = {"id": 3, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
GARCIA = {"id": 5, "name": "Maria Garcia", "type": "Person", "first_name": "Maria",
          "last_name": "Garcia"}  # fmt: skip
SARAH = {"id": 6, "name": "Sarah Johnson", "type": "Person", "first_name": "Sarah",
         "last_name": "Johnson"}  # fmt: skip
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 40, "display_number": "00040-Garcia", "description": "Garcia v. Metro Transit", "client": GARCIA},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics", "client": SARAH},
    ],
    contacts=[RAVI, GARCIA, SARAH],
    users=[
        {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
        {"id": 12, "name": "Marcus Bell", "first_name": "Marcus", "email": "marcus@demo-firm.test"},
        {"id": 14, "name": "Hannah Whitaker", "first_name": "Hannah", "email": "hannah@demo-firm.test"},
    ],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


def test_the_caller_told_after_the_colon_is_the_contact() -> None:
    intent = read("log a call: maria garcia phoned this afternoon asking about the IME")
    assert intent.refs["contact"] == "5"
    assert intent.fields["incoming"] is True
    assert "maria garcia phoned" in intent.fields["subject"]


def test_a_head_of_names_only_leaves_the_told_call_as_the_subject() -> None:
    intent = read("phone log johnson: sarah called marcus thurs re brightline mediation offer")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("6", "@Marcus.Bell")
    assert "mediation offer" in intent.fields["subject"]


def test_an_arrow_goes_from_the_sender_to_the_receiver() -> None:
    intent = read("log email hannah -> ravi patel fri re draft trust deed")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("@Hannah.Whitaker", "3")
    intent = read("log call ravi patel → hannah yesterday re funding the trust")
    assert (intent.refs["contact"], intent.refs["recipient"]) == ("3", "@Hannah.Whitaker")


def test_words_said_to_someone_named_in_the_head_stay_the_body() -> None:
    intent = read("log email to marcus: ravi patel called, wants a meeting")
    assert intent.refs["contact"] == "@Marcus.Bell"
    assert intent.fields["body"] == "ravi patel called, wants a meeting"


def test_an_office_is_no_contact() -> None:
    for said in (
        "log an email received today from the Kings County clerk's office re the hearing",
        "log call from the Brooklyn Supreme Court clerk this morning re the motion calendar",
        "log email from the Queens County DA's office re discovery",
        "pls log an email recieved yesterday from the NYC Department of Buildings",
    ):
        intent = read(said)
        assert "contact" not in intent.refs, said
        assert intent.fields["incoming"] is True, said


def test_a_contact_of_the_firm_with_an_office_is_still_the_contact() -> None:
    intent = read("log call from ravi patel's office re the trust")
    assert intent.refs["contact"] == "3"
