"""A new note's date and subject said with labels (dev 4149-4150, 4179, 4210, variants 2760-2767):
"dated friday" with no colon before the text, "title it X" closing it, "subject X:" after a long
lead that asks for the note, and the matter's display number said first."""

from __future__ import annotations

import datetime as dt

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
JOHN = {"id": 1, "name": "John Smith", "type": "Person", "first_name": "John", "last_name": "Smith"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones", "client": JOHN},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": EMILY},
    ],
    contacts=[RAVI, EMILY, JOHN],
    users=[{"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"}],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


def test_dated_gives_the_note_its_day_without_a_colon() -> None:
    intent = read("note for the chen divorce dated friday, emily wants to keep the house")
    assert (intent.resource, intent.fields["date"]) == ("notes", "2026-12-04")
    assert intent.fields["detail"] == "emily wants to keep the house"


def test_a_date_in_the_text_after_the_colon_stays_in_it() -> None:
    intent = read("note on smith v jones: the lease is dated dec 2 and expires in june")
    assert "date" not in intent.fields
    assert "dated dec 2" in intent.fields["detail"]


def test_title_it_closing_the_note_is_its_subject() -> None:
    intent = read(
        "put a note on the chen divorce that emily accepts the proposal, title it mediation"
    )
    assert intent.fields["subject"] == "mediation"
    assert intent.fields["detail"] == "emily accepts the proposal"


def test_a_subject_after_a_lead_asking_for_the_note() -> None:
    intent = read(
        "Hannah asked me to put a note on Ravi Patel's contact record, subject Travel: "
        '"In Mumbai until January 10."'
    )
    assert (intent.fields["type"], intent.refs["contact"]) == ("Contact", "2")
    assert intent.fields["subject"] == "Travel"
    assert intent.fields["detail"] == "In Mumbai until January 10."


def test_a_lead_that_asks_nothing_is_no_subject_label() -> None:
    intent = read("note on smith v jones the witness said the subject vehicle ran the light")
    assert "subject" not in intent.fields


def test_the_contact_record_named_is_not_in_the_note() -> None:
    intent = read("note on Ravi Patel's contact record: prefers email now")
    assert intent.fields["detail"] == "prefers email now"


def test_a_display_number_said_first_is_the_matter_not_a_length() -> None:
    intent = read("00042 note dated fri: robert jones' transcript has errata")
    assert (intent.resource, intent.action) == ("notes", "create")
    assert intent.fields["date"] == "2026-12-04"
    assert intent.refs["matter"] == "42"  # 00042-Smith, found by its display number
    assert read("00042 2h drafting").fields["quantity"] == 7200


def test_a_new_notes_text_telling_a_move_is_no_change() -> None:
    intent = read("note on smith v jones: sarah says the depo got pushed to jan 12")
    assert (intent.resource, intent.action) == ("notes", "create")
    assert intent.fields["detail"] == "sarah says the depo got pushed to jan 12"
    intent = read("note on smith v jones: any settlement is subject to board approval")
    assert (intent.action, intent.fields["detail"]) == (
        "create",
        "any settlement is subject to board approval",
    )


def test_a_statement_about_a_note_is_still_its_change() -> None:
    intent = read("Ravi Patel's preferences note is out of date: he now prefers email")
    assert (intent.resource, intent.action) == ("notes", "update")


def test_the_matter_named_before_its_kind_word_and_colon() -> None:
    intent = read("add a note to the estate planning matter: will signing set for the 18th")
    assert intent.fields["detail"] == "will signing set for the 18th"
    assert intent.refs["matter"] in ("39", "estate planning")


def test_a_note_to_file_is_no_part_of_its_text() -> None:
    intent = read("note to file on smith v jones: the MRI confirms the herniation")
    assert (intent.refs["matter"], intent.fields["detail"]) == (
        "42",
        "the MRI confirms the herniation",
    )


def test_a_day_before_the_note_word_or_backdated_is_its_date() -> None:
    intent = read("friday note for smith v jones: john dropped off his pay stubs")
    assert (intent.fields["date"], intent.fields["detail"]) == (
        "2026-12-04",
        "john dropped off his pay stubs",
    )
    intent = read("backdate a note to thursday on the chen divorce - emily signed")
    assert (intent.fields["date"], intent.fields["detail"]) == ("2026-12-03", "emily signed")


def test_subject_and_text_both_labelled() -> None:
    intent = read("note on the chen divorce, subject: settlement, text: emily will take the house")
    assert (intent.fields["subject"], intent.fields["detail"]) == (
        "settlement",
        "emily will take the house",
    )


def test_titled_names_the_subject_and_is_no_part_of_it() -> None:
    intent = read("contact note for emily chen titled Insurance - her adjuster is tom baker")
    assert intent.fields["subject"] == "Insurance"


def test_an_asking_head_before_a_dash_is_no_subject() -> None:
    intent = read("hannah wants a note on emily chen's record - she changed her number")
    assert (intent.refs["contact"], intent.fields["detail"]) == ("4", "she changed her number")
    assert "subject" not in intent.fields
