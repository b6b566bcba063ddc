"""The smaller modules as people type them (damages, medical records, folders, payment links):
each class of reading with examples and counter-examples."""

from __future__ import annotations

import pytest

from intents import money
from intents.scan import Scan
from tests.intents.test_records import read


@pytest.mark.parametrize(
    ("text", "fields", "matter"),
    [
        (
            "garcia - add $3,200 in special damages for physical therapy",
            {"amount": 3200.0, "damage_type": "special", "description": "physical therapy"},
            "40",
        ),
        (
            "add damages: $850 ambulance bill, special, garcia",
            {"amount": 850.0, "damage_type": "special", "description": "ambulance bill"},
            "40",
        ),
        (
            "add 12k general damages on garcia for emotional distress",
            {"amount": 12000.0, "damage_type": "general", "description": "emotional distress"},
            "40",
        ),
        (
            "garcia: $1,450 special damages - prescription meds",
            {"amount": 1450.0, "damage_type": "special", "description": "prescription meds"},
            "40",
        ),
        (
            "add punitive damages of $100,000 to garcia",
            {"amount": 100000.0, "damage_type": "other", "description": "Punitive damages"},
            "40",
        ),
    ],
)
def test_damages_by_client_with_a_lead_or_an_amount_first(text, fields, matter) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("damages", "create")
    assert intent.fields == fields
    assert intent.refs["matter"] == matter


def test_damages_without_an_amount_are_still_a_list() -> None:
    intent = read("damages on garcia")
    assert (intent.resource, intent.action) == ("damages", "search")


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("change the lost wages damage on garcia to $5,000", "lost wages"),
        ("bump the medical expenses damages on garcia to $21,000", "medical expenses"),
    ],
)
def test_a_damage_is_named_by_its_description(text, ref) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("damages", "update")
    assert intent.refs["damage"] == ref


def test_thousands_as_k_only_where_an_amount_is_bare() -> None:
    assert money.take(Scan("65k"), bare=True) == 65000.0
    assert money.take(Scan("65k")) is None


@pytest.mark.parametrize(
    ("text", "contact", "fields"),
    [
        (
            "add dr hart as medical provider on garcia, still treating, records requested",
            "dr hart",
            {"in_treatment": True, "records_status": "requested"},
        ),
        (
            "garcia medical records from st mary's hospital - treatment done, records received",
            "st mary's hospital",
            {"in_treatment": False, "records_status": "received"},
        ),
        (
            "new medical record on garcia - st mary's hospital, records and bills requested",
            "st mary's hospital",
            {"records_status": "requested", "bills_status": "requested"},
        ),
    ],
)
def test_a_provider_is_found_by_role_title_or_kind(text, contact, fields) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("medical_records_details", "create")
    assert intent.refs["contact"] == contact
    assert intent.refs["matter"] == "40"
    assert {k: intent.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("garcia is done treating at st mary's", {"in_treatment": False}),
        ("garcia - st mary's bills came in, mark bills received", {"bills_status": "received"}),
        ("change garcia's st mary's records status to certified", {"records_status": "certified"}),
    ],
)
def test_news_of_a_treatment_updates_the_providers_records(text, fields) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("medical_records_details", "update")
    assert intent.fields == fields
    assert "st mary" in intent.refs["medical_records_detail"]


def test_bills_received_in_a_period_stay_a_bill_list() -> None:
    intent = read("bills received this month")
    assert intent.resource == "bills"


@pytest.mark.parametrize(
    ("text", "name", "folder"),
    [
        ("add a subfolder Drafts in the pleadings folder for smith", "Drafts", "pleadings"),
        ("create a Correspondence folder inside medical records on garcia", "Correspondence",
         "medical records"),
        ("make a Bills subfolder in garcia's medical records", "Bills", "medical records"),
    ],
)  # fmt: skip
def test_a_parent_folder_by_its_name(text, name, folder) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("folders", "create")
    assert intent.fields["name"] == name
    assert intent.refs["folder"] == folder


def test_in_a_matter_is_not_a_parent_folder() -> None:
    intent = read("create folder Pleadings in Smith v Jones", vocabulary=None)
    assert "folder" not in intent.refs
    assert intent.fields["name"] == "Pleadings"


@pytest.mark.parametrize(
    ("text", "resource", "action"),
    [
        ("delete the medical records folder in garcia", "folders", "delete"),
        ("pls add a Trial Exhibits folder to the smith case", "folders", "create"),
        ("delete garcia's medical expenses damage", "damages", "delete"),
        ("folder for johnson called Intake Docs", "folders", "create"),
        ("medical records for garcia", "medical_records_details", "search"),
        ("schedule trial for the folder review friday 3pm", "calendar_entries", "create"),
    ],
)
def test_a_compound_is_named_by_its_head_noun(text, resource, action) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)


def test_folder_renamed_by_the_name_of_phrase() -> None:
    intent = read("change the name of the smith pleadings folder to Pleadings and Motions")
    assert intent.fields["name"] == "Pleadings and Motions"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("expire the acme payment link", "acme"),
        ("kill the pay link on invoice 1002", "bill 1002"),
        ("shut off the payment link for invoice 1002", "bill 1002"),
    ],
)
def test_a_link_is_expired_by_what_it_is_for(text, ref) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("clio_payments/links", "update")
    assert intent.fields == {"expired": True}
    assert intent.refs["payment_link"] == ref


@pytest.mark.parametrize(
    ("text", "bill"),
    [
        ("payment link for the patel invoice", "patel"),
        ("make a payment link for acme's overdue invoice", "acme overdue"),
        ("payment link for what's left on the johnson bill", "johnson"),
    ],
)
def test_a_link_for_a_bill_named_by_its_client(text, bill) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("clio_payments/links", "create")
    assert intent.refs["bill"] == bill


def test_a_link_sent_to_someone_named_before_it() -> None:
    intent = read("send maria garcia a $500 payment link")
    assert intent.refs["contact"] == "maria garcia"
    assert intent.fields == {"amount": 500.0}


@pytest.mark.parametrize(
    ("text", "action", "fields", "refs"),
    [
        ("approve the garcia bill", "update", {"state": "awaiting_payment"}, {"matter": "40"}),
        ("push the due date on the garcia bill to jan 15", "update", {"due_at": "2027-01-15"},
         {"matter": "40"}),
        ("mark invoice 1007 paid", "update", {"state": "paid"}, {"bill": "1007"}),
        ("void invoice 1003", "delete", {}, {"bill": "1003"}),
    ],
)  # fmt: skip
def test_a_bill_is_changed_by_number_or_matter(text, action, fields, refs) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("bills", action)
    assert intent.fields == fields
    assert intent.refs == refs


@pytest.mark.parametrize(
    ("text", "fields", "ref"),
    [
        ("change pain and suffering on garcia to 75k", {"amount": 75000.0}, "pain and suffering"),
        ("mark the lost wages damage on garcia as general", {"damage_type": "general"},
         "lost wages"),
    ],
)  # fmt: skip
def test_a_kind_of_damages_names_the_record_unless_it_is_the_new_type(text, fields, ref) -> None:
    intent = read(text)
    assert (intent.resource, intent.action) == ("damages", "update")
    assert intent.fields == fields
    assert intent.refs["damage"] == ref


def test_a_pain_appointment_is_not_damages() -> None:
    assert read("pain management appointment friday 3pm").resource == "calendar_entries"


def test_a_subfolder_under_a_folder_named_without_the_word() -> None:
    intent = read("create a subfolder called Exhibits under pleadings")
    assert intent.fields["name"] == "Exhibits"
    assert intent.refs["folder"] == "pleadings"


def test_an_article_is_not_a_link_description() -> None:
    intent = read("send a $250 pay link to david o'brien")
    assert "description" not in intent.fields


def test_treatment_news_with_a_bills_status_is_an_update() -> None:
    intent = read("st mary's: treatment ended, bills requested - garcia")
    assert (intent.resource, intent.action) == ("medical_records_details", "update")
    assert intent.fields == {"in_treatment": False, "bills_status": "requested"}
