"""Webhook deliveries rendered as channel messages: content, redaction, escaping, digests, limits."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from bot.slack.notifications.messages import (
    Delivered,
    Message,
    digest,
    mentionable,
    render,
    thread_key,
)
from bot.webhooks.catalog import WATCHABLE
from tests.slack_fake.blockkit import check_message

HOST = "https://app.clio.com"
LINK = re.compile(r"<(https://[^|>]+)\|")

SMITH = {
    "id": 110005,
    "display_number": "00042-Smith",
    "description": "Smith v Jones",
    "client_id": 220001,
}
ACME = {
    "id": 110001,
    "display_number": "00038-Acme",
    "description": "Acme Corp contract review",
    "client_id": 220007,
}
ALICE = {"id": 340001, "name": "Alice Nguyen", "email": "alice@demo-firm.test"}
HIDDEN_PERSON = {"id": 220015, "name": "*****", "type": "Person", "redacted": True}

# Shapes as the sandbox returns them for each catalog `fields` string.
RECORDS: dict[str, dict[str, Any]] = {
    "matter": {
        "id": 110001,
        "etag": '"8c03"',
        "display_number": "00038-Acme",
        "description": "Acme Corp contract review",
        "status": "Open",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "client": {"id": 220007, "name": "Acme Corp", "type": "Company"},
        "practice_area": {"id": 130003, "name": "Corporate"},
        "responsible_attorney": ALICE,
    },
    "task": {
        "id": 550002,
        "etag": '"088b"',
        "name": "Prepare deposition outline",
        "status": "in_progress",
        "priority": "High",
        "due_at": "2026-11-22",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
        "assignee": {"id": 340004, "name": "Priya Shah", "type": "User"},
        "assigner": ALICE,
    },
    "contact": {
        "id": 220007,
        "etag": '"9280"',
        "name": "Acme Corp",
        "type": "Company",
        "updated_at": "2026-08-23T03:39:11-04:00",
    },
    "calendar_entry": {
        "id": "770001",
        "etag": '"e4c6"',
        "summary": "Deposition of Robert Jones",
        "start_at": "2026-11-23T10:00:00-05:00",
        "end_at": "2026-11-23T12:00:00-05:00",
        "all_day": False,
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
    },
    "communication": {
        "id": 880001,
        "etag": '"366d"',
        "subject": "Witness availability",
        "type": "EmailCommunication",
        "received_at": "2026-11-17T15:00:00-05:00",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
        "user": ALICE,
    },
    "activity": {
        "id": 440001,
        "etag": '"1812"',
        "type": "TimeEntry",
        "date": "2026-11-12",
        "quantity_in_hours": 2.5,
        "quantity_redacted": False,
        "total": 875.0,
        "note": "Reviewed police report and witness statements",
        "updated_at": "2026-11-12T18:00:00-05:00",
        "matter": SMITH,
        "user": ALICE,
    },
    "document": {
        "id": 1010001,
        "etag": '"dac9"',
        "name": "Complaint.pdf",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
        "parent": {"id": 990005, "name": "Pleadings"},
    },
    "folder": {
        "id": 990005,
        "etag": '"04a1"',
        "name": "Pleadings",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
        "parent": {"id": 990002, "name": "00042-Smith"},
    },
    "bill": {
        "id": 1220002,
        "etag": '"c2f4"',
        "number": "1002",
        "state": "awaiting_payment",
        "total": 5200.0,
        "balance": 5200.0,
        "due_at": "2026-11-11",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "client": {"id": 220007, "name": "Acme Corp", "type": "Company"},
        "matters": [ACME],
    },
    "clio_payments_payment": {
        "id": 1280002,
        "amount": 500.0,
        "currency": "USD",
        "state": "pending",
        "description": "Partial payment for invoice 1007",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "contact": {"id": 220006, "name": "Sarah Johnson", "type": "Person"},
        "matters": [
            {
                "id": 110008,
                "display_number": "00045-Johnson",
                "description": "Johnson vs. Brightline Logistics",
            }
        ],
    },
    "note": {
        "id": 890001,
        "etag": '"n1"',
        "subject": "Client called about the will",
        "type": "Matter",
        "updated_at": "2026-08-23T03:39:11-04:00",
        "matter": SMITH,
        "author": {"id": 340001, "name": "Alice Nguyen", "email": "alice@demo-firm.test"},
    },
}

# What each record is called in its message.
NAMES = {
    "matter": "00038-Acme: Acme Corp contract review",
    "task": "Prepare deposition outline",
    "contact": "Acme Corp",
    "calendar_entry": "Deposition of Robert Jones",
    "communication": "Witness availability",
    "activity": "2.5 h",
    "document": "Complaint.pdf",
    "folder": "Pleadings",
    "bill": "Bill 1002",
    "clio_payments_payment": "500.00 USD",
    "note": "Client called about the will",
}

TITLES = {
    ("matter", "created"): "Matter created",
    ("matter", "updated"): "Matter updated",
    ("matter", "deleted"): "Matter deleted",
    ("matter", "matter_opened"): "Matter opened",
    ("matter", "matter_pended"): "Matter marked pending",
    ("matter", "matter_closed"): "Matter closed",
    ("task", "created"): "Task created",
    ("task", "updated"): "Task updated",
    ("task", "deleted"): "Task deleted",
    ("contact", "created"): "Contact created",
    ("contact", "updated"): "Contact updated",
    ("contact", "deleted"): "Contact deleted",
    ("calendar_entry", "created"): "Calendar entry created",
    ("calendar_entry", "updated"): "Calendar entry updated",
    ("calendar_entry", "deleted"): "Calendar entry deleted",
    ("communication", "created"): "Email logged",
    ("communication", "updated"): "Email updated",
    ("communication", "deleted"): "Email deleted",
    ("activity", "created"): "Time entry created",
    ("activity", "updated"): "Time entry updated",
    ("activity", "deleted"): "Time entry deleted",
    ("document", "created"): "Document created",
    ("document", "updated"): "Document updated",
    ("document", "deleted"): "Document deleted",
    ("folder", "created"): "Folder created",
    ("folder", "updated"): "Folder updated",
    ("folder", "deleted"): "Folder deleted",
    ("bill", "created"): "Bill 1002 created",
    ("bill", "updated"): "Bill 1002 updated",
    ("bill", "deleted"): "Bill 1002 deleted",
    ("clio_payments_payment", "created"): "Payment created",
    ("clio_payments_payment", "updated"): "Payment updated",
    ("note", "created"): "Note added",
    ("note", "updated"): "Note updated",
}

WEB_PAGES = {
    "matter": "matters",
    "task": "tasks",
    "contact": "contacts",
    "calendar_entry": "calendars",
    "communication": "communications",
    "activity": "activities",
    "document": "documents",
    "folder": "documents",
    "bill": "bills",
}


def each_event() -> list[tuple[str, str]]:
    return [(w.model, event) for w in WATCHABLE.values() for event in w.events]


def section(message: Message) -> str:
    return message.blocks[0]["text"]["text"]


def everything(message: Message) -> str:
    """All text a reader could see: the notification and every block."""
    return repr(message.model_dump())


def assert_valid(message: Message) -> None:
    assert check_message(message.blocks) == []
    assert len(message.text) <= 300


# -- every model, every event -------------------------------------------------------------------


@pytest.mark.parametrize(("model", "event"), each_event())
def test_every_event_names_the_change_the_record_and_links_it(model: str, event: str) -> None:
    record = RECORDS[model]
    message = render(model, event, record, app_host=HOST, mentions={})
    line = section(message)
    title = TITLES[(model, event)]
    assert title in line
    assert title in message.text
    assert NAMES[model] in line
    links = LINK.findall(line)
    if event == "deleted" or model not in WEB_PAGES:
        assert links == []
        assert (":wastebasket:" in line) == (event == "deleted")
    else:
        assert links == [f"{HOST}/nc/#/{WEB_PAGES[model]}/{record['id']}"]
    assert_valid(message)


@pytest.mark.parametrize(("model", "event"), each_event())
def test_matter_is_shown_for_records_filed_under_one(model: str, event: str) -> None:
    line = section(render(model, event, RECORDS[model], app_host=HOST, mentions={}))
    if "matter" in RECORDS[model]:
        assert "00042-Smith: Smith v Jones" in line
    elif "matters" in RECORDS[model]:
        first = RECORDS[model]["matters"][0]
        assert f"{first['display_number']}: {first['description']}" in line


@pytest.mark.parametrize("model", [w.model for w in WATCHABLE.values() if "deleted" in w.events])
def test_a_deleted_record_with_only_id_and_etag(model: str) -> None:
    message = render(model, "deleted", {"id": 550001, "etag": '"x"'}, app_host=HOST, mentions={})
    line = section(message)
    assert line.startswith(":wastebasket: *")
    assert "deleted*" in line
    assert "#550001" in line
    assert "<http" not in line
    assert_valid(message)


@pytest.mark.parametrize(("model", "event"), [*each_event(), ("note", "created")])
def test_no_data_at_all_never_raises(model: str, event: str) -> None:
    message = render(model, event, {}, app_host=HOST, mentions={})
    assert "None" not in everything(message)
    assert_valid(message)


def test_fields_in_an_unexpected_shape_are_left_out_not_fatal() -> None:
    data = {**RECORDS["task"], "due_at": "soon", "matter": "00042", "priority": ["High"]}
    line = section(render("task", "updated", data, app_host=HOST, mentions={}))
    assert "Prepare deposition outline" in line
    assert "due" not in line
    assert "00042" not in line
    assert "assigned to Priya Shah" in line


def test_the_model_reads_every_field_the_catalog_asks_for() -> None:
    for watched in WATCHABLE.values():
        top_level = re.sub(r"\{[^}]*\}", "", watched.fields).split(",")
        read = {*Delivered.model_fields, "etag", "updated_at"}
        missing = [f for f in top_level if f not in read]
        assert missing == [], watched.model


# -- per model ----------------------------------------------------------------------------------


def test_task_completed_reads_as_one_compact_line() -> None:
    task = {
        "id": 550001,
        "name": "File response to motion",
        "status": "complete",
        "priority": "Normal",
        "due_at": "2026-11-19",
        "matter": SMITH,
        "assignee": {"id": 340001, "name": "Alice Nguyen", "type": "User"},
    }
    message = render("task", "updated", task, app_host=HOST, mentions={340001: "U123"})
    assert section(message) == (
        ":white_check_mark: *Task completed* · <https://app.clio.com/nc/#/tasks/550001|File response to motion>"
        " · 00042-Smith: Smith v Jones · due Thu 19 Nov · assigned to <@U123>"
    )
    assert message.text == "Task completed · File response to motion"
    assert len(message.blocks) == 1


def test_task_priority_and_status() -> None:
    line = section(render("task", "updated", RECORDS["task"], app_host=HOST, mentions={}))
    assert "high priority" in line
    assert "in progress" in line
    assert "due Sun 22 Nov" in line
    normal = {**RECORDS["task"], "priority": "Normal", "status": "pending"}
    quiet = section(render("task", "updated", normal, app_host=HOST, mentions={}))
    assert "priority" not in quiet
    assert "pending" not in quiet


def test_a_completed_task_is_only_completed_on_update() -> None:
    done = {**RECORDS["task"], "status": "complete"}
    assert "*Task completed*" in section(
        render("task", "updated", done, app_host=HOST, mentions={})
    )
    created = section(render("task", "created", done, app_host=HOST, mentions={}))
    assert "*Task created*" in created
    assert "complete" in created.split("*Task created*")[1]


def test_assignee_is_mentioned_when_mapped_else_named() -> None:
    task = RECORDS["task"]
    mapped = section(render("task", "created", task, app_host=HOST, mentions={340004: "U0PRIYA"}))
    assert "assigned to <@U0PRIYA>" in mapped
    assert "Priya Shah" not in mapped
    other = section(render("task", "created", task, app_host=HOST, mentions={340001: "U0ALICE"}))
    assert "assigned to Priya Shah" in other
    assert "<@" not in other


def test_a_contact_assignee_is_never_mentioned_even_with_the_same_id() -> None:
    task = {**RECORDS["task"], "assignee": {"id": 340004, "name": "Dr. Lee", "type": "Person"}}
    line = section(render("task", "created", task, app_host=HOST, mentions={340004: "U0PRIYA"}))
    assert "assigned to Dr. Lee" in line
    assert "<@" not in line


def test_a_mention_that_is_not_a_slack_user_id_falls_back_to_the_name() -> None:
    bad = {340004: "U1> <!channel"}
    line = section(render("task", "created", RECORDS["task"], app_host=HOST, mentions=bad))
    assert "assigned to Priya Shah" in line
    assert "<!channel" not in line


def test_who_assigned_a_task_unless_they_took_it_themselves() -> None:
    line = section(render("task", "created", RECORDS["task"], app_host=HOST, mentions={}))
    assert line.endswith("assigned to Priya Shah by Alice Nguyen")
    own = {**RECORDS["task"], "assignee": {"id": 340001, "name": "Alice Nguyen", "type": "User"}}
    assert section(render("task", "created", own, app_host=HOST, mentions={})).endswith(
        "assigned to Alice Nguyen"
    )


def test_mentionable_is_a_task_assignee_of_type_user() -> None:
    assert mentionable("task", RECORDS["task"]) == [340004]
    contact = {
        **RECORDS["task"],
        "assignee": {"id": 220001, "name": "John Smith", "type": "Person"},
    }
    assert mentionable("task", contact) == []
    assert mentionable("task", {**RECORDS["task"], "assignee": HIDDEN_PERSON}) == []
    assert mentionable("task", {"id": 1}) == []
    assert mentionable("activity", RECORDS["activity"]) == []
    assert mentionable("matter", RECORDS["matter"]) == []


@pytest.mark.parametrize(
    ("event", "title", "emoji"),
    [
        ("matter_opened", "Matter opened", ":briefcase:"),
        ("matter_pended", "Matter marked pending", ":hourglass_flowing_sand:"),
        ("matter_closed", "Matter closed", ":lock:"),
    ],
)
def test_matter_status_events(event: str, title: str, emoji: str) -> None:
    line = section(render("matter", event, RECORDS["matter"], app_host=HOST, mentions={}))
    assert line.startswith(
        f"{emoji} *{title}* · <{HOST}/nc/#/matters/110001|00038-Acme: Acme Corp contract review>"
    )
    assert "Acme Corp · Corporate · responsible: Alice Nguyen" in line


def test_a_matters_responsible_staff() -> None:
    priya = {"id": 340004, "name": "Priya Shah", "email": "priya@demo-firm.test"}
    staffed = {**RECORDS["matter"], "responsible_staff": priya}
    line = section(render("matter", "updated", staffed, app_host=HOST, mentions={}))
    assert "responsible: Alice Nguyen · staff: Priya Shah" in line


def test_contact_type() -> None:
    company = section(render("contact", "created", RECORDS["contact"], app_host=HOST, mentions={}))
    assert company.endswith("|Acme Corp> · company")
    person = {**RECORDS["contact"], "name": "John Smith", "type": "Person"}
    assert section(render("contact", "created", person, app_host=HOST, mentions={})).endswith(
        "|John Smith> · person"
    )


def test_calendar_entry_time_is_shown_in_each_readers_zone() -> None:
    line = section(
        render("calendar_entry", "created", RECORDS["calendar_entry"], app_host=HOST, mentions={})
    )
    # 10:00 and 12:00 at UTC-5 are 15:00 and 17:00 UTC on 23 Nov 2026.
    assert "<!date^1795446000^{date_short_pretty} {time}|Mon 23 Nov 10 AM>" in line
    assert "to <!date^1795453200^{time}|12 PM>" in line


def test_communication_time_is_shown_in_each_readers_zone() -> None:
    line = section(
        render("communication", "created", RECORDS["communication"], app_host=HOST, mentions={})
    )
    # 15:00 at UTC-5 is 20:00 UTC on 17 Nov 2026.
    assert "<!date^1794945600^{date_short_pretty} {time}|Tue 17 Nov 3 PM>" in line


def test_an_all_day_entry_shows_its_date_only() -> None:
    entry = {
        **RECORDS["calendar_entry"],
        "summary": "Filing deadline: Globex response",
        "start_at": "2026-11-28T00:00:00-05:00",
        "end_at": "2026-11-29T00:00:00-05:00",
        "all_day": True,
    }
    line = section(render("calendar_entry", "created", entry, app_host=HOST, mentions={}))
    # Noon UTC on 28 Nov: the same day from UTC-11 to UTC+11.
    assert "<!date^1795867200^{date_short_pretty}|Sat 28 Nov>, all day" in line
    assert "{time}" not in line


def test_an_all_day_entry_takes_its_day_from_start_date() -> None:
    entry = {  # an all-day entry of a London colleague, read in New York: Clio's start_date
        **RECORDS["calendar_entry"],
        "start_at": "2026-11-27T19:00:00-05:00",
        "end_at": "2026-11-28T19:00:00-05:00",
        "start_date": "2026-11-28",
        "all_day": True,
    }
    line = section(render("calendar_entry", "created", entry, app_host=HOST, mentions={}))
    assert "|Sat 28 Nov>, all day" in line


def test_a_private_entry_is_busy_at_its_time_and_nothing_else() -> None:
    entry = {  # 4.0.12: on a calendar shared as Free/Busy, Clio nulls all but the times
        **{key: None for key in RECORDS["calendar_entry"]},
        "id": "770007",
        "start_at": "2026-11-23T10:00:00-05:00",
        "end_at": "2026-11-23T12:00:00-05:00",
        "all_day": False,
        "redacted": True,
    }
    message = render("calendar_entry", "created", entry, app_host=HOST, mentions={})
    line = section(message)
    assert "private (busy)" in line
    assert "untitled" not in line
    assert "|Mon 23 Nov 10 AM>" in line
    assert "|12 PM>" in line
    assert "#770007" not in line
    assert_valid(message)


def test_communication_type_subject_and_user() -> None:
    line = section(
        render("communication", "created", RECORDS["communication"], app_host=HOST, mentions={})
    )
    assert line.startswith(":email: *Email logged*")
    assert "Witness availability" in line
    assert "Tue 17 Nov 3 PM" in line
    assert "by Alice Nguyen" in line
    phone = {
        **RECORDS["communication"],
        "type": "PhoneCommunication",
        "subject": "Trustee questions",
    }
    call = section(render("communication", "updated", phone, app_host=HOST, mentions={}))
    assert call.startswith(":telephone_receiver: *Phone call updated*")


def test_time_entry_hours_total_and_note() -> None:
    message = render("activity", "created", RECORDS["activity"], app_host=HOST, mentions={})
    assert section(message) == (
        f":stopwatch: *<{HOST}/nc/#/activities/440001|Time entry created>* · 2.5 h · total 875.00"
        " · Thu 12 Nov · 00042-Smith: Smith v Jones · Alice Nguyen"
    )
    assert message.blocks[1] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "Reviewed police report and witness statements"}],
    }


def test_expense_entry_has_a_total_and_no_hours() -> None:
    expense = {
        **RECORDS["activity"],
        "type": "ExpenseEntry",
        "quantity_in_hours": 1.0,
        "total": 45.2,
    }
    line = section(render("activity", "created", expense, app_host=HOST, mentions={}))
    assert "Expense created" in line
    assert "total 45.20" in line
    assert " h ·" not in line


def test_a_long_note_is_cut_to_about_150_characters() -> None:
    note = "Reviewed discovery responses " * 20
    message = render(
        "activity", "updated", {**RECORDS["activity"], "note": note}, app_host=HOST, mentions={}
    )
    shown = message.blocks[1]["elements"][0]["text"]
    assert len(shown) <= 150
    assert shown.endswith("…")
    assert shown.startswith("Reviewed discovery responses Reviewed")


def test_document_and_folder_places() -> None:
    doc = section(render("document", "created", RECORDS["document"], app_host=HOST, mentions={}))
    assert "|Complaint.pdf> · in Pleadings · 00042-Smith: Smith v Jones" in doc
    # A folder directly in the matter's folder: the matter says where it is.
    folder = section(render("folder", "created", RECORDS["folder"], app_host=HOST, mentions={}))
    assert folder.endswith("|Pleadings> · 00042-Smith: Smith v Jones")


def test_bill_paid() -> None:
    paid = {
        **RECORDS["bill"],
        "number": "1001",
        "state": "paid",
        "balance": 0.0,
        "matters": [SMITH, ACME],
    }
    message = render("bill", "updated", paid, app_host=HOST, mentions={})
    assert section(message) == (
        f":moneybag: *<{HOST}/nc/#/bills/1220002|Bill 1001 paid>* · total 5,200.00 · Acme Corp"
        " · 00042-Smith: Smith v Jones +1 more"
    )
    assert message.text == "Bill 1001 paid"


def test_bill_awaiting_payment() -> None:
    line = section(render("bill", "updated", RECORDS["bill"], app_host=HOST, mentions={}))
    assert "Bill 1002 updated" in line
    assert (
        "awaiting payment · total 5,200.00 · balance 5,200.00 · due Wed 11 Nov · Acme Corp" in line
    )


def test_payment_amount_state_contact_and_matter() -> None:
    pending = section(
        render(
            "clio_payments_payment",
            "created",
            RECORDS["clio_payments_payment"],
            app_host=HOST,
            mentions={},
        )
    )
    assert pending == (
        ":credit_card: *Payment created* · 500.00 USD · pending · Sarah Johnson"
        " · 00045-Johnson: Johnson vs. Brightline Logistics"
    )
    done = {**RECORDS["clio_payments_payment"], "state": "completed"}
    received = section(render("clio_payments_payment", "updated", done, app_host=HOST, mentions={}))
    assert received.startswith(":moneybag: *Payment received* · 500.00 USD · Sarah Johnson")
    assert "completed" not in received


def test_unknown_model_is_named_without_a_link() -> None:
    message = render(
        "damage", "created", {"id": 7, "name": "Lost wages"}, app_host=HOST, mentions={}
    )
    assert section(message) == ":bell: *Damage created* · Lost wages"


def test_backfilled_changes_say_so() -> None:
    plain = render("task", "updated", RECORDS["task"], app_host=HOST, mentions={})
    assert len(plain.blocks) == 1
    late = render("task", "updated", RECORDS["task"], app_host=HOST, mentions={}, backfilled=True)
    assert late.blocks[1]["type"] == "context"
    assert "Caught up after a gap" in late.blocks[1]["elements"][0]["text"]
    assert_valid(late)


# -- redaction ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "key"),
    [
        ("matter", "client"),
        ("task", "assignee"),
        ("bill", "client"),
        ("clio_payments_payment", "contact"),
    ],
)
def test_a_hidden_contact_shows_nothing_of_itself(model: str, key: str) -> None:
    data = {**RECORDS[model], key: HIDDEN_PERSON}
    message = render(model, "updated", data, app_host=HOST, mentions={220015: "U0LEAK"})
    line = section(message)
    assert "a hidden contact" in line
    assert "*****" not in everything(message)
    assert "U0LEAK" not in line
    assert "220015" not in line
    assert_valid(message)


def test_a_hidden_contact_record_itself() -> None:
    data = {"id": 220015, "etag": '"e"', "name": "*****", "type": "Person", "redacted": True}
    message = render("contact", "updated", data, app_host=HOST, mentions={})
    assert section(message) == ":bust_in_silhouette: *Contact updated* · a hidden contact"
    assert "*****" not in message.text


def test_hidden_hours_hide_the_total_too() -> None:
    data = {
        **RECORDS["activity"],
        "quantity_in_hours": None,
        "total": None,
        "quantity_redacted": True,
    }
    line = section(render("activity", "updated", data, app_host=HOST, mentions={}))
    assert "hours hidden" in line
    assert "total" not in line
    # Even if a total slipped through, it is not shown while hours are hidden.
    leaky = {**data, "total": 875.0}
    assert "875" not in section(render("activity", "updated", leaky, app_host=HOST, mentions={}))


# -- escaping and limits ------------------------------------------------------------------------

HOSTILE = "<!channel> Smith & Sons <https://evil.test|click> <@U999>"


@pytest.mark.parametrize(
    ("model", "key"),
    [
        ("task", "name"),
        ("contact", "name"),
        ("calendar_entry", "summary"),
        ("communication", "subject"),
        ("document", "name"),
        ("matter", "description"),
        ("activity", "note"),
        ("bill", "number"),
    ],
)
def test_record_text_cannot_inject_mentions_or_links(model: str, key: str) -> None:
    message = render(model, "created", {**RECORDS[model], key: HOSTILE}, app_host=HOST, mentions={})
    shown = everything(message)
    assert (
        "&lt;!channel&gt; Smith &amp; Sons &lt;https://evil.test|click&gt; &lt;@U999&gt;" in shown
    )
    assert "<!channel>" not in shown
    links = LINK.findall(shown)
    assert links
    assert all(link.startswith(f"{HOST}/nc/#/") for link in links)
    assert "<@U999>" not in shown


def test_escaping_in_nested_names() -> None:
    data = {**RECORDS["matter"], "client": {"id": 1, "name": "Smith & <Co>", "type": "Company"}}
    assert "Smith &amp; &lt;Co&gt;" in section(
        render("matter", "updated", data, app_host=HOST, mentions={})
    )


def test_enormous_text_stays_within_block_kit_limits() -> None:
    huge = "&" * 10_000
    data = {
        **RECORDS["task"],
        "name": huge,
        "matter": {"id": 1, "display_number": huge, "description": huge},
        "assignee": {"id": 2, "name": huge, "type": "Contact"},
    }
    message = render("task", "created", data, app_host=HOST, mentions={})
    assert_valid(message)
    assert len(section(message)) < 1000
    note = render(
        "activity", "created", {**RECORDS["activity"], "note": huge}, app_host=HOST, mentions={}
    )
    assert len(note.blocks[1]["elements"][0]["text"]) <= 150
    assert_valid(note)


def test_message_text_is_bounded_by_the_model() -> None:
    with pytest.raises(ValidationError):
        Message(text="x" * 301, blocks=[])


# -- threads ------------------------------------------------------------------------------------


def test_thread_key_is_model_and_id() -> None:
    assert thread_key("task", RECORDS["task"]) == "task:550002"
    assert thread_key("task", {"id": 550002, "etag": '"later"'}) == "task:550002"
    assert thread_key("calendar_entry", {"id": "770001"}) == thread_key(
        "calendar_entry", {"id": 770001}
    )
    assert thread_key("task", RECORDS["task"]) != thread_key("matter", {"id": 550002})


# -- digests ------------------------------------------------------------------------------------


def matters(count: int, event: str, start: int = 0) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (
            "matter",
            event,
            {
                "id": 120000 + i,
                "display_number": f"{i:05d}-Import",
                "description": f"Imported matter {i}",
            },
        )
        for i in range(start, start + count)
    ]


def test_digest_counts_then_ten_lines_then_the_rest() -> None:
    items = matters(12, "created") + matters(2, "updated", start=12)
    message = digest(items, app_host=HOST)
    assert message.blocks[0]["text"]["text"] == "*14 changes to matters: 12 created, 2 updated*"
    assert message.text == "14 changes to matters: 12 created, 2 updated"
    lines = "\n".join(b["text"]["text"] for b in message.blocks[1:-1]).split("\n")
    assert len(lines) == 10
    assert (
        lines[0]
        == f":briefcase: *Matter created* · <{HOST}/nc/#/matters/120000|00000-Import: Imported matter 0>"
    )
    assert "00009-Import" in lines[9]
    assert "00010-Import" not in everything(message)
    assert message.blocks[-1] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "…and 4 more"}],
    }
    assert_valid(message)


def test_digest_of_several_models() -> None:
    items = [
        *matters(3, "created"),
        ("task", "deleted", {"id": 550001}),
        ("task", "created", RECORDS["task"]),
        ("task", "updated", RECORDS["task"]),
        ("task", "deleted", {"id": 550003}),
        *matters(1, "matter_closed", start=3),
    ]
    message = digest(items, app_host=HOST)
    assert message.text == (
        "8 changes: matters 3 created, 1 closed; tasks 1 created, 1 updated, 2 deleted"
    )
    assert "more" not in everything(message)
    assert_valid(message)


def test_digest_of_one_change() -> None:
    message = digest([("task", "created", RECORDS["task"])], app_host=HOST)
    assert message.text == "1 change to tasks: 1 created"
    assert "Prepare deposition outline" in message.blocks[1]["text"]["text"]


def test_digest_of_nothing() -> None:
    message = digest([], app_host=HOST)
    assert message.text == "No changes"
    assert_valid(message)


def test_digest_of_500_changes_stays_within_limits() -> None:
    huge = "<&>" * 2000
    items = [
        (model, event, {**RECORDS[model], "name": huge, "summary": huge, "subject": huge})
        for model, event in each_event()
    ] * 20
    items = items[:500]
    assert len(items) == 500
    message = digest(items, app_host=HOST)
    assert_valid(message)
    assert len(message.blocks) <= 12
    assert message.text.startswith("500 changes: ")
    assert message.blocks[-1]["elements"][0]["text"] == "…and 490 more"


# -- real data from the sandbox -----------------------------------------------------------------


async def listing(app: Any, email: str | None) -> dict[str, list[dict[str, Any]]]:
    """Every watchable model's records as `email` sees them, with the webhook's `fields`."""
    token = app.state.sandbox.issue_token(email)["access_token"]
    found = {}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sandbox.test",
        headers={"Authorization": f"Bearer {token}"},
    ) as client:
        for watched in WATCHABLE.values():
            path = watched.listing or watched.collection
            params = {"fields": watched.fields, **watched.listing_params[0]}
            response = await client.get(f"/api/v4/{path}.json", params=params)
            response.raise_for_status()
            found[watched.model] = response.json()["data"]
    return found


def name_of(model: str, record: dict[str, Any]) -> str:
    if record.get("redacted"):
        return "private (busy)" if model == "calendar_entry" else "a hidden contact"
    if model == "matter":
        return record["display_number"]
    if model == "bill":
        return f"Bill {record['number']}"
    if model == "activity":
        return record["matter"]["display_number"]
    if model == "clio_payments_payment":
        return f"{record['amount']:,.2f} {record['currency']}"
    return record.get("name") or record.get("summary") or record["subject"]


async def test_every_sandbox_record_renders_for_every_event(sandbox_app: Any) -> None:
    records = await listing(sandbox_app, None)
    for model, event in each_event():
        assert records[model], model
        for record in records[model]:
            message = render(model, event, record, app_host=HOST, mentions={})
            expected = name_of(model, record).replace("&", "&amp;")
            assert expected in section(message), (model, event, record["id"])
            assert_valid(message)


async def test_what_a_restricted_user_sees_stays_hidden(sandbox_app: Any) -> None:
    records = await listing(sandbox_app, "priya@demo-firm.test")
    shown = [
        render(model, "updated", record, app_host=HOST, mentions={})
        for model in records
        for record in records[model]
    ]
    text = "\n".join(everything(m) for m in shown)
    assert "*****" not in text
    assert "hours hidden" in text
    assert "assigned to a hidden contact" in text
    assert "Medical appointment" not in text  # Hannah's calendar is Free/Busy to others
    assert "private (busy)" in text
