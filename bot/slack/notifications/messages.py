"""Clio webhook deliveries as compact Slack messages: one change per message, or a burst as a digest.

Pure: data in, Block Kit out. Record text is escaped for mrkdwn (`bot.mrkdwn`) and clipped,
hidden contacts and hidden hours stay hidden, a calendar entry the subscriber sees as Free/Busy is
"private (busy)" at its time, and missing fields (a deleted record may arrive as id and etag only)
are simply left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from bot.assistant.humanize import time_of_day
from bot.assistant.summaries import STATES as BILL_STATES
from bot.clio.web import web_link
from bot.mrkdwn import one_line
from bot.slack.blocks import Block, clip, sections
from bot.webhooks.catalog import WATCHABLE

TEXT_CHARS = 300
NAME_CHARS = 150
NOTE_CHARS = 150
DIGEST_LINES = 10
HIDDEN = "a hidden contact"
PRIVATE = "private (busy)"

VERBS = {
    "created": "created",
    "updated": "updated",
    "deleted": "deleted",
    "matter_opened": "opened",
    "matter_pended": "marked pending",
    "matter_closed": "closed",
}
DELETED = ":wastebasket:"
TASK_STATUSES = {"in_progress": "in progress", "in_review": "in review", "complete": "complete"}
_SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,}")


class Message(BaseModel):
    """A channel message: `text` for notifications, `blocks` for the message itself."""

    text: str = Field(max_length=TEXT_CHARS)
    blocks: list[dict[str, Any]]


# -- the record as delivered ----------------------------------------------------------------------


def _day_part(value: Any) -> Any:
    return value[:10] if isinstance(value, str) else value


Day = Annotated[dt.date, BeforeValidator(_day_part)]
"""A calendar day; a timestamp keeps its own date."""


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, coerce_numbers_to_str=True)


class Party(_Loose):
    """A nested contact, user, practice area or folder; a hidden contact is `redacted`."""

    id: int | None = None
    name: str | None = None
    type: str | None = None
    redacted: bool = False


class MatterRef(_Loose):
    id: int | None = None
    display_number: str | None = None
    description: str | None = None


class Delivered(_Loose):
    """A record as a webhook delivers it: any of the fields the catalog asks for, all optional."""

    id: int | str | None = None
    redacted: bool = False
    name: str | None = None
    type: str | None = None
    display_number: str | None = None
    description: str | None = None
    status: str | None = None
    priority: str | None = None
    due_at: Day | None = None
    summary: str | None = None
    start_at: dt.datetime | None = None
    end_at: dt.datetime | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    all_day: bool | None = None
    subject: str | None = None
    received_at: dt.datetime | None = None
    date: Day | None = None
    quantity_in_hours: float | None = None
    quantity_redacted: bool | None = None
    total: float | None = None
    note: str | None = None
    number: str | None = None
    state: str | None = None
    balance: float | None = None
    amount: float | None = None
    currency: str | None = None
    client: Party | None = None
    practice_area: Party | None = None
    responsible_attorney: Party | None = None
    responsible_staff: Party | None = None
    assignee: Party | None = None
    assigner: Party | None = None
    user: Party | None = None
    contact: Party | None = None
    author: Party | None = None
    parent: Party | None = None
    matter: MatterRef | None = None
    matters: list[MatterRef] | None = None


def delivered(data: Mapping[str, Any]) -> Delivered:
    """The record's fields; a field in an unexpected shape is dropped rather than raising."""
    try:
        return Delivered.model_validate(data)
    except ValidationError as error:
        bad = {e["loc"][0] for e in error.errors() if e["loc"]}
        return Delivered.model_validate({k: v for k, v in data.items() if k not in bad})


# -- pieces of text -------------------------------------------------------------------------------


def _who(party: Party | None) -> str | None:
    if party is None:
        return None
    if party.redacted:
        return HIDDEN
    return one_line(party.name, NAME_CHARS) if party.name else None


def _matter(matter: MatterRef | None) -> str | None:
    if matter is None:
        return None
    parts = [one_line(p, NAME_CHARS) for p in (matter.display_number, matter.description) if p]
    if parts:
        return ": ".join(parts)
    return f"matter #{matter.id}" if matter.id is not None else None


def _first_matter(matters: list[MatterRef] | None) -> str | None:
    if not matters:
        return None
    label = _matter(matters[0])
    return f"{label} +{len(matters) - 1} more" if label and len(matters) > 1 else label


def _day(value: dt.date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


def _money(value: float) -> str:
    return f"{value:,.2f}"


def _slack_date(moment: dt.datetime, tokens: str, fallback: str) -> str:
    """A time each reader sees in their own time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"<!date^{int(moment.timestamp())}^{tokens}|{fallback}>"


def _when(r: Delivered) -> str | None:
    """When an entry happens; an all-day entry is its date (Clio's `start_date`, else the start's),
    at noon UTC so no zone shifts it."""
    start, end = r.start_at, r.end_at
    first = r.start_date or (start.date() if start else None)
    if r.all_day and first is not None:
        noon = dt.datetime.combine(first, dt.time(12), tzinfo=dt.UTC)
        return f"{_slack_date(noon, '{date_short_pretty}', _day(first))}, all day"
    if start is None:
        return None
    text = _moment(start)
    if end is not None and end.date() == start.date():
        text += f" to {_slack_date(end, '{time}', time_of_day(end))}"
    return text


def _moment(at: dt.datetime) -> str:
    """A moment as a Slack date, shown in each reader's own zone."""
    return _slack_date(at, "{date_short_pretty} {time}", f"{_day(at.date())} {time_of_day(at)}")


def _id(record: Delivered) -> str | None:
    return f"#{one_line(record.id, NAME_CHARS)}" if record.id is not None else None


# -- one line per change --------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A change in a few words: `title` links to the record unless it has a `name` to link."""

    emoji: str
    title: str
    name: str | None = None
    facts: tuple[str | None, ...] = ()
    note: str | None = None


def _headline(noun: str, emoji: str, event: str) -> tuple[str, str]:
    verb = VERBS.get(event, event.replace("_", " "))
    return (DELETED if event == "deleted" else emoji), f"{noun} {verb}"


Mentions = Mapping[int, str]
Describe = Callable[[Delivered, str, Mentions], Line]


MATTER_EMOJI = {"matter_pended": ":hourglass_flowing_sand:", "matter_closed": ":lock:"}


def _matter_line(r: Delivered, event: str, _: Mentions) -> Line:
    mark, title = _headline("Matter", MATTER_EMOJI.get(event, ":briefcase:"), event)
    name = _matter(MatterRef(id=None, display_number=r.display_number, description=r.description))
    attorney, staff = _who(r.responsible_attorney), _who(r.responsible_staff)
    return Line(
        mark,
        title,
        name or _id(r),
        (
            _who(r.client),
            _who(r.practice_area),
            f"responsible: {attorney}" if attorney else None,
            f"staff: {staff}" if staff else None,
        ),
    )


def _assignment(r: Delivered, mentions: Mentions) -> str | None:
    """ "assigned to <@U123> by Alice Nguyen": a user assignee mentioned when mapped."""
    party = r.assignee
    if party is None:
        return None
    slack_user = mentions.get(party.id, "") if party.id is not None else ""
    if party.type == "User" and not party.redacted and _SLACK_USER.fullmatch(slack_user):
        who: str | None = f"<@{slack_user}>"
    else:
        who = _who(party)
    if who is None:
        return None
    themselves = party.type == "User" and r.assigner is not None and r.assigner.id == party.id
    by = None if themselves else _who(r.assigner)
    return f"assigned to {who} by {by}" if by else f"assigned to {who}"


def _task_line(r: Delivered, event: str, mentions: Mentions) -> Line:
    done = event == "updated" and r.status == "complete"
    if done:
        mark, title = ":white_check_mark:", "Task completed"
    else:
        mark, title = _headline("Task", ":ballot_box_with_check:", event)
    return Line(
        mark,
        title,
        one_line(r.name, NAME_CHARS) if r.name else _id(r),
        (
            _matter(r.matter),
            f"due {_day(r.due_at)}" if r.due_at else None,
            "high priority" if r.priority == "High" else None,
            None if done else TASK_STATUSES.get(r.status or ""),
            _assignment(r, mentions),
        ),
    )


def _contact_line(r: Delivered, event: str, _: Mentions) -> Line:
    mark, title = _headline("Contact", ":bust_in_silhouette:", event)
    if r.redacted:
        return Line(mark, title, HIDDEN)
    kind = one_line(r.type.lower(), NAME_CHARS) if r.type else None
    return Line(mark, title, one_line(r.name, NAME_CHARS) if r.name else _id(r), (kind,))


def _calendar_line(r: Delivered, event: str, _: Mentions) -> Line:
    mark, title = _headline("Calendar entry", ":calendar:", event)
    if r.redacted:
        return Line(mark, title, PRIVATE, (_when(r),))
    return Line(
        mark,
        title,
        one_line(r.summary, NAME_CHARS) if r.summary else _id(r),
        (_when(r), _matter(r.matter)),
    )


COMMUNICATIONS = {
    "EmailCommunication": ("Email", ":email:"),
    "PhoneCommunication": ("Phone call", ":telephone_receiver:"),
}


def _communication_line(r: Delivered, event: str, _: Mentions) -> Line:
    noun, emoji = COMMUNICATIONS.get(r.type or "", ("Communication", ":speech_balloon:"))
    mark, title = _headline(noun, emoji, event)
    if event == "created":
        title = f"{noun} logged"
    user = _who(r.user)
    return Line(
        mark,
        title,
        one_line(r.subject, NAME_CHARS) if r.subject else _id(r),
        (
            _moment(r.received_at) if r.received_at else None,
            _matter(r.matter),
            f"by {user}" if user else None,
        ),
    )


def _activity_line(r: Delivered, event: str, _: Mentions) -> Line:
    time_entry = r.type == "TimeEntry"
    noun = "Time entry" if time_entry else "Expense" if r.type else "Time or expense entry"
    mark, title = _headline(noun, ":stopwatch:" if time_entry else ":receipt:", event)
    hidden = bool(r.quantity_redacted)
    hours = None
    if hidden:
        hours = "hours hidden"
    elif time_entry and r.quantity_in_hours is not None:
        hours = f"{round(r.quantity_in_hours, 2):g} h"
    total = None if hidden or r.total is None else f"total {_money(r.total)}"
    return Line(
        mark,
        title,
        _id(r) if event == "deleted" else None,
        (
            hours,
            total,
            _day(r.date) if r.date else None,
            _matter(r.matter),
            _who(r.user),
        ),
        one_line(r.note, NOTE_CHARS) if r.note else None,
    )


def _filed_line(noun: str, emoji: str) -> Describe:
    """Documents and folders: where they sit."""

    def line(r: Delivered, event: str, _: Mentions) -> Line:
        mark, title = _headline(noun, emoji, event)
        folder = r.parent.name if r.parent else None
        matter_folder = r.matter.display_number if r.matter else None
        where = f"in {one_line(folder, NAME_CHARS)}" if folder and folder != matter_folder else None
        return Line(
            mark,
            title,
            one_line(r.name, NAME_CHARS) if r.name else _id(r),
            (where, _matter(r.matter)),
        )

    return line


def _bill_line(r: Delivered, event: str, _: Mentions) -> Line:
    noun = f"Bill {one_line(r.number, NAME_CHARS)}" if r.number else "Bill"
    paid = event == "updated" and r.state == "paid"
    mark, title = (
        (":moneybag:", f"{noun} paid") if paid else _headline(noun, ":page_with_curl:", event)
    )
    state = (
        None if paid or r.state is None else one_line(BILL_STATES.get(r.state, r.state), NAME_CHARS)
    )
    return Line(
        mark,
        title,
        None if r.number or event != "deleted" else _id(r),
        (
            state,
            f"total {_money(r.total)}" if r.total is not None else None,
            f"balance {_money(r.balance)}" if r.balance is not None and not paid else None,
            f"due {_day(r.due_at)}" if r.due_at and not paid else None,
            _who(r.client),
            _first_matter(r.matters),
        ),
    )


PAYMENT_STATES = {
    "completed": (":moneybag:", "Payment received"),
    "failed": (":x:", "Payment failed"),
}


def _payment_line(r: Delivered, event: str, _: Mentions) -> Line:
    mark, title = PAYMENT_STATES.get(r.state or "") or _headline("Payment", ":credit_card:", event)
    amount = None
    if r.amount is not None:
        amount = (
            f"{_money(r.amount)} {one_line(r.currency, NAME_CHARS)}"
            if r.currency
            else _money(r.amount)
        )
    state = None
    if r.state is not None and r.state not in PAYMENT_STATES:
        state = one_line(r.state.replace("_", " "), NAME_CHARS)
    return Line(mark, title, None, (amount, state, _who(r.contact), _first_matter(r.matters)))


def _note_line(r: Delivered, event: str, _: Mentions) -> Line:
    """A note's subject, never its text."""
    mark, title = _headline("Note", ":memo:", event)
    if event == "created":
        title = "Note added"
    author = _who(r.author)
    return Line(
        mark,
        title,
        one_line(r.subject, NAME_CHARS) if r.subject else _id(r),
        (_matter(r.matter) or _who(r.contact), f"by {author}" if author else None),
    )


def _other_line(model: str) -> Describe:
    """A model the catalog does not know yet: its name and id."""

    def line(r: Delivered, event: str, _: Mentions) -> Line:
        noun = model.replace("_", " ").capitalize()
        mark, title = _headline(noun, ":bell:", event)
        return Line(mark, title, one_line(r.name, NAME_CHARS) if r.name else _id(r))

    return line


DESCRIBE: dict[str, Describe] = {
    "matter": _matter_line,
    "task": _task_line,
    "contact": _contact_line,
    "calendar_entry": _calendar_line,
    "communication": _communication_line,
    "activity": _activity_line,
    "document": _filed_line("Document", ":page_facing_up:"),
    "folder": _filed_line("Folder", ":file_folder:"),
    "bill": _bill_line,
    "clio_payments_payment": _payment_line,
    "note": _note_line,
}


def _link(model: str, event: str, record: Delivered, app_host: str) -> str | None:
    watched = WATCHABLE.get(model)
    if watched is None or record.id is None or record.redacted or event == "deleted":
        return None
    return web_link(app_host, watched.collection, record.id)


def _mrkdwn(line: Line, link: str | None) -> str:
    if line.name is None:
        head = [f"{line.emoji} *<{link}|{line.title}>*" if link else f"{line.emoji} *{line.title}*"]
    else:
        head = [f"{line.emoji} *{line.title}*", f"<{link}|{line.name}>" if link else line.name]
    return " · ".join([*head, *(f for f in line.facts if f)])


def _describe(
    model: str, event: str, data: Mapping[str, Any], app_host: str, mentions: Mentions
) -> tuple[Line, str]:
    """The change's line and its mrkdwn, the record linked where Clio has a page for it."""
    record = delivered(data)
    line = (DESCRIBE.get(model) or _other_line(model))(record, event, mentions)
    return line, _mrkdwn(line, _link(model, event, record, app_host))


def _section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def _context(texts: list[str]) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t} for t in texts]}


# -- the API --------------------------------------------------------------------------------------


def render(
    model: str,
    event: str,
    data: Mapping[str, Any],
    *,
    app_host: str,
    mentions: Mentions,
    backfilled: bool = False,
) -> Message:
    """One change as a one-line message, with the record's note or a catch-up remark below."""
    line, mrkdwn = _describe(model, event, data, app_host, mentions)
    blocks = [_section(mrkdwn)]
    notes = [line.note] if line.note else []
    if backfilled:
        notes.append("_Caught up after a gap in Clio's deliveries; it may have happened earlier._")
    if notes:
        blocks.append(_context(notes))
    text = f"{line.title} · {line.name}" if line.name else line.title
    return Message(text=clip(text, TEXT_CHARS), blocks=blocks)


def mentionable(model: str, data: Mapping[str, Any]) -> list[int]:
    """The Clio user ids a message about this record could @mention: a task's assignee."""
    if model != "task":
        return []
    assignee = delivered(data).assignee
    if assignee is None or assignee.type != "User" or assignee.redacted or assignee.id is None:
        return []
    return [assignee.id]


def thread_key(model: str, data: Mapping[str, Any]) -> str:
    """Where later changes of the same record thread: "task:550001"."""
    return f"{model}:{delivered(data).id}"


def _label(model: str) -> str:
    watched = WATCHABLE.get(model)
    return watched.label if watched else model.replace("_", " ")


def _counts(model: str, events: Counter[str]) -> str:
    order = WATCHABLE[model].events if model in WATCHABLE else ()
    ranked = sorted(events, key=lambda e: (order.index(e) if e in order else len(order), e))
    return ", ".join(f"{events[e]} {VERBS.get(e, e.replace('_', ' '))}" for e in ranked)


def _tally(items: Sequence[tuple[str, str, Mapping[str, Any]]]) -> str:
    """ "14 changes to matters: 12 created, 2 updated"; several models are listed one by one."""
    by_model: dict[str, Counter[str]] = {}
    for model, event, _ in items:
        by_model.setdefault(model, Counter())[event] += 1
    changes = f"{len(items)} change{'' if len(items) == 1 else 's'}"
    if not by_model:
        return "No changes"
    if len(by_model) == 1:
        [(model, events)] = by_model.items()
        return f"{changes} to {_label(model)}: {_counts(model, events)}"
    return f"{changes}: " + "; ".join(f"{_label(m)} {_counts(m, e)}" for m, e in by_model.items())


def digest(items: Sequence[tuple[str, str, Mapping[str, Any]]], *, app_host: str) -> Message:
    """A burst of changes as one message: the counts, the first ten changes, how many more."""
    header = one_line(_tally(items), 2000)
    lines = [_describe(m, e, d, app_host, {})[1] for m, e, d in items[:DIGEST_LINES]]
    blocks = [_section(f"*{header}*"), *sections(lines)]
    if len(items) > DIGEST_LINES:
        blocks.append(_context([f"…and {len(items) - DIGEST_LINES} more"]))
    return Message(text=clip(header, TEXT_CHARS), blocks=blocks)
