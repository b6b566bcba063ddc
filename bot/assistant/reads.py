"""Searches and lookups answered at once, as paged cards."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from bot.assistant.calendar_refs import named_entry
from bot.assistant.context import Ctx
from bot.assistant.describe import describe
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, hours, money
from bot.assistant.operations import COLLECTIONS
from bot.clio import ClioNotFound
from bot.clio import models as m
from bot.clio.resources import Page
from bot.clio.web import web_link
from bot.mrkdwn import escape
from bot.replies import Button, Card, Reply

PAGE_SIZE = 10
MORE = "more"
PAGE_TTL = dt.timedelta(minutes=30)
PLURALS = {
    "activities": "time and expense entries",
    "tasks": "tasks",
    "calendar_entries": "calendar entries",
    "notes": "notes",
    "matters": "matters",
    "contacts": "contacts",
    "communications": "communications",
    "users": "users",
    "bills": "bills",
    "clio_payments/links": "payment links",
    "clio_payments/payments": "payments",
    "damages": "damages",
    "medical_records_details": "medical records",
    "folders": "folders",
    "documents": "documents",
}
# How a reference narrows each collection's search: ref kind -> Clio query parameter.
REF_PARAMS: dict[str, dict[str, str]] = {
    "activities": {"matter": "matter_id", "user": "user_id"},
    "tasks": {
        "matter": "matter_id",
        "client": "client_id",
        "assignee": "assignee_id",
        "user": "assignee_id",
        "task_type": "task_type_id",
    },
    "calendar_entries": {"matter": "matter_id", "user": "calendar_id", "assignee": "calendar_id"},
    "notes": {"matter": "matter_id", "contact": "contact_id", "client": "contact_id"},
    "matters": {
        "client": "client_id",
        "user": "responsible_attorney_id",
        "practice_area": "practice_area_id",
        "responsible_attorney": "responsible_attorney_id",
        "responsible_staff": "responsible_staff_id",
        "originating_attorney": "originating_attorney_id",
    },
    "contacts": {},
    "communications": {"matter": "matter_id", "contact": "contact_id", "user": "user_id"},
    "users": {},
    "bills": {"matter": "matter_id", "client": "client_id"},
    "clio_payments/payments": {"contact": "contact_id", "client": "contact_id"},
    "folders": {"matter": "matter_id", "contact": "contact_id", "folder": "parent_id"},
    "documents": {"matter": "matter_id", "contact": "contact_id", "folder": "parent_id"},
}
PEOPLE = ("user", "assignee")
# The order people expect when they name none: by date or due date, not Clio's id order.
NATURAL = {"activities": "date(asc)", "tasks": "due_at(asc)"}
TOTAL_LIMIT = 2_000  # entries summed for a period's total; past it the total says so
# A search's window, by the query parameter that holds each end (communications' `date` is a day).
STARTS = ("start_date", "due_at_from", "from", "received_since", "date")
ENDS = ("end_date", "due_at_to", "to", "received_before", "date")


async def _query(ctx: Ctx, collection: str) -> tuple[dict[str, Any], list[str]]:
    """Clio query parameters for the search, and how to say what was searched."""
    params = {k: v for k, v in ctx.draft.fields.items() if v is not None}
    said: list[str] = []
    if collection == "notes":
        params.setdefault(
            "type", "Contact" if {"contact", "client"} & set(ctx.draft.refs) else "Matter"
        )
    for kind, param in REF_PARAMS.get(collection, {}).items():
        if kind not in ctx.draft.refs:
            continue
        found = await ctx.ref(kind, required=True)  # named, so found or asked about
        if kind in PEOPLE:
            said.append("you" if ctx.draft.refs[kind] == "me" else found.label)
            if param == "calendar_id":  # a person's calendar entries are on their own calendar
                params[param] = (await ctx.clio.users.get(found.id)).default_calendar_id
                continue
            if param == "assignee_id":
                params["assignee_type"] = "user"
        else:
            said.append(found.label)
        params[param] = found.id
    if "query" in params:
        said.append(f"“{params['query']}”")
    start, end = (next((params[k] for k in keys if params.get(k)), None) for keys in (STARTS, ENDS))
    if start and end and start[:10] == end[:10]:
        said.append(f"on {day(start)}")
    elif start or end:
        said.append(
            " ".join(x for x in (start and f"from {day(start)}", end and f"to {day(end)}") if x)
        )
    if "status" in params:
        said.append(str(params["status"]).replace("_", " "))
    if "state" in params:
        said.append(str(params["state"]).replace("_", " "))
    if params.get("complete") is False:
        said.append("open")
    if "order" in params:
        field, _, direction = str(params["order"]).rstrip(")").partition("(")
        name = field.replace(".name", "").replace(".", " ").replace("_", " ")
        said.append(f"sorted by {name}{', descending' if direction == 'desc' else ''}")
    return params, said


def item_lines(collection: str, records: list[Any], app_host: str) -> list[str]:
    """One bullet per record, linked to Clio where it has a page."""
    lines = []
    for record in records:
        title, summary = describe(collection, record)
        link = web_link(app_host, collection, record.id)
        label = f"<{link}|{title} {record.id}>" if link else f"{title} {record.id}"
        lines.append(f"• *{label}* · " + escape(" · ".join(summary)))
    return lines


def _total(collection: str, records: list[Any], *, label: str = "Time shown") -> str | None:
    """Time and expenses of `records`: "Time shown: 2.8 h" on a page, or the period's."""
    if collection != "activities":
        return None
    visible = [r.quantity for r in records if r.type == "TimeEntry" and not r.hours_hidden]
    hidden = sum(1 for r in records if r.hours_hidden)
    spent = [r.total for r in records if r.type == "ExpenseEntry" and r.total is not None]
    if not visible and not hidden and not spent:
        return None
    text = f"{label}: {hours(sum(q or 0 for q in visible))}"
    if spent:
        text += f" · expenses {money(sum(spent))}"
    return text + (f" ({hidden} with hidden hours)" if hidden else "")


async def _period_total(ctx: Ctx, params: dict[str, Any], first: Page) -> str | None:
    """The total over every page of a time and expense search over a period."""
    if not any(params.get(k) for k in ("start_date", "end_date")):
        return None
    if not first.next_url:  # one page: its total is the period's
        return _total("activities", first.items, label="Total for the period")
    records: list[Any] = []
    async for record in ctx.clio.activities.list({**params, "order": "id(asc)"}):
        records.append(record)
        if len(records) >= TOTAL_LIMIT:
            return f"More than {TOTAL_LIMIT:,} entries: no total; narrow the search."
    return _total("activities", records, label="Total for the period")


def _natural(collection: str, records: list[Any]) -> list[Any]:
    """Calendar entries in time order (Clio has no `order` for them); the rest as Clio gave."""
    if collection != "calendar_entries":
        return records
    return sorted(records, key=lambda r: (r.start_at is None, str(r.start_at or ""), str(r.id)))


async def page_reply(
    ctx: Ctx,
    collection: str,
    page: Page,
    *,
    app_host: str,
    heading: str,
    total: str | None = None,
) -> Reply:
    """A page of records under `heading` (plain text, as the person and Clio said it);
    `total` is the whole period's, on every page."""
    lines = item_lines(collection, _natural(collection, page.items), app_host)
    buttons = []
    if page.next_url:
        key = f"page:{ctx.who.user_id}:{secrets.token_hex(8)}"
        await ctx.store.cache.put(
            key,
            {"collection": collection, "next": page.next_url, "heading": heading, "total": total},
            now=ctx.now,
            ttl=PAGE_TTL,
        )
        buttons.append(Button(label="More", action=MORE, value=key))
    return Reply(
        visibility="thread",
        text=escape(heading),
        cards=[
            Card(
                title=heading,
                lines=lines,
                buttons=buttons,
                note=total or _total(collection, page.items),
            )
        ],
    )


async def search(ctx: Ctx, collection: str, *, app_host: str) -> Reply:
    params, said = await _query(ctx, collection)
    if collection in NATURAL and "order" not in params:
        params["order"] = NATURAL[collection]
    resource = COLLECTIONS[collection].resource(ctx.clio)
    page = await resource.page(params, limit=PAGE_SIZE)
    noun = PLURALS.get(collection, collection.replace("_", " "))
    what = f"{noun} ({', '.join(said)})" if said else noun
    if not page.items:
        return Reply.notice(f"No {escape(what)} found in Clio.").model_copy(
            update={"visibility": "thread"}
        )
    total = await _period_total(ctx, params, page) if collection == "activities" else None
    heading = what[0].upper() + what[1:]
    return await page_reply(ctx, collection, page, app_host=app_host, heading=heading, total=total)


async def more(ctx: Ctx, key: str, *, app_host: str) -> Reply:
    saved = await ctx.store.cache.get(key, now=ctx.now)
    if not saved or not key.startswith(f"page:{ctx.who.user_id}:"):
        return Reply.notice("That list has expired; search again to see more.")
    resource = COLLECTIONS[saved["collection"]].resource(ctx.clio)
    page = await resource.next_page(Page(items=[], next_url=saved["next"]))
    if page is None or not page.items:
        return Reply.notice("That's everything.")
    return await page_reply(
        ctx,
        saved["collection"],
        page,
        app_host=app_host,
        heading=saved["heading"],
        total=saved.get("total"),
    )


async def get(ctx: Ctx, collection: str, kind: str, *, app_host: str) -> Reply:
    if collection == "matters":
        record_id: int | str | None = (await ctx.ref("matter", required=True)).id
    elif collection == "contacts":
        record_id = (await ctx.ref("contact", required=True)).id
    elif collection == "users":
        record_id = (await ctx.ref("user", required=True)).id
    else:
        record_id = ctx.record_id(kind)
    noun = COLLECTIONS[collection].noun
    if collection == "calendar_entries":  # by its opaque id, or by what it is and when
        record = await named_entry(ctx)
    elif record_id is None:
        raise Need(f"id:{kind}", f"Which {noun}? Give its number.", ask=f"{noun} number")
    else:
        try:
            record = await COLLECTIONS[collection].resource(ctx.clio).get(record_id)
        except ClioNotFound:
            return Reply.notice(f"Clio has no {noun} {record_id} that you can see.")
    title, summary = describe(collection, record)
    link = web_link(app_host, collection, record.id)
    lines = [escape(" · ".join(summary))] + ([f"<{link}|Open in Clio>"] if link else [])
    note = (
        "Hours hidden by your firm's visibility settings."
        if isinstance(record, m.Activity) and record.hours_hidden
        else None
    )
    return Reply(
        visibility="thread",
        text=f"{title} {record.id}",
        cards=[Card(title=f"{title} {record.id}", lines=lines, note=note)],
    )
