"""Searches and lookups answered at once, as paged cards."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from typing import Any

from bot.assistant.calendar_refs import named_entry
from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, hours, money
from bot.assistant.resource import Resource
from bot.assistant.resources.users import RESOURCE as USERS
from bot.clio import ClioNotFound
from bot.clio import models as m
from bot.clio.resources import Page
from bot.clio.web import web_link
from bot.mrkdwn import escape
from bot.replies import Button, Card, Reply

PAGE_SIZE = 10
MORE = "more"
PAGE_TTL = dt.timedelta(minutes=30)
PEOPLE = ("user", "assignee")
# The order people expect when they name none: by date or due date, not Clio's id order.
NATURAL = {
    "activities": "date(asc)",
    "tasks": "due_at(asc)",
    "bills": "due_at(asc)",
    "communications": "received_at(asc)",
    "notes": "date(asc)",
    "matters": "display_number(asc)",
}
TOTAL_LIMIT = 2_000  # entries summed for a period's total; past it the total says so
# A search's window, by the query parameter that holds each end (communications' `date` is a day).
STARTS = ("start_date", "due_at_from", "from", "received_since", "date")
ENDS = ("end_date", "due_at_to", "to", "received_before", "date")


async def _query(ctx: Ctx, collection: Resource) -> tuple[dict[str, Any], list[str]]:
    """Clio query parameters for the search, and how to say what was searched."""
    params = {k: v for k, v in ctx.draft.fields.items() if v is not None}
    said: list[str] = []
    if collection.path == "notes":
        params.setdefault(
            "type", "Contact" if {"contact", "client"} & set(ctx.draft.refs) else "Matter"
        )
    for kind, param in collection.ref_params.items():
        if kind not in ctx.draft.refs:
            continue
        found = await ctx.ref(kind, required=True)  # named, so found or asked about
        if kind in PEOPLE:
            said.append("you" if ctx.draft.refs[kind] == "me" else found.label)
            if param == "calendar_id":  # a person's calendar entries are on their own calendar
                params[param] = await ctx.resolver.default_calendar(int(found.id))
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


def item_lines(collection: Resource, records: list[Any], app_host: str) -> list[str]:
    """One bullet per record, linked to Clio where it has a page."""
    lines = []
    for record in records:
        title, summary = collection.describe(record)
        link = web_link(app_host, collection.path, record.id)
        label = f"<{link}|{title} {record.id}>" if link else f"{title} {record.id}"
        lines.append(f"• *{label}* · " + escape(" · ".join(summary)))
    return lines


EXPENSES = ("ExpenseEntry", "HardCostEntry", "SoftCostEntry")  # Clio's kinds of expense


def _total(collection: str, records: list[Any], *, label: str = "Time shown") -> str | None:
    """Time and expenses of `records`: "Time shown: 2.8 h" on a page, or the period's."""
    if collection != "activities":
        return _sum(collection, records, whole=label != "Time shown")
    visible = [r.quantity for r in records if r.type == "TimeEntry" and not r.hours_hidden]
    hidden = sum(1 for r in records if r.hours_hidden)
    spent = [r.total for r in records if r.type in EXPENSES and r.total is not None]
    if not visible and not hidden and not spent:
        return None
    said = [hours(sum(q or 0 for q in visible))] if visible or hidden else []
    if spent:
        said.append(f"expenses {money(sum(spent))}")
    text = f"{label}: {' · '.join(said)}"
    return text + (f" ({hidden} with hidden hours)" if hidden else "")


# What a list of money records adds up to: the field summed and how the total is said, for the
# records shown on a page and for all the records found.
SUMS: dict[str, tuple[str, str, str]] = {
    "bills": ("balance", "Balance due shown", "Balance due in total"),
    "damages": ("amount", "Damages shown", "Total damages"),
    "clio_payments/payments": ("amount", "Paid shown", "Total paid"),
}


def _sum(collection: str, records: list[Any], *, whole: bool) -> str | None:
    """ "Total damages: $72,700.00": the money of `records`, all found or (not `whole`) a page's."""
    if collection not in SUMS or not records:
        return None
    field, page_label, whole_label = SUMS[collection]
    amounts = [getattr(r, field, None) for r in records]
    total = sum(a for a in amounts if a is not None)
    return f"{whole_label if whole else page_label}: {money(total)}"


def total_of(collection: str, records: list[Any]) -> str | None:
    """ "Total damages: $72,700.00" for every record found (None where records do not add up)."""
    return _sum(collection, records, whole=True)


async def _whole_total(
    ctx: Ctx, collection: Resource, params: dict[str, Any], first: Page
) -> str | None:
    """The total over every page of a search whose records add up (bills, damages, payments);
    for time and expenses, over a period only (without one, each page says its own)."""
    if collection.path == "activities":
        return await _period_total(ctx, params, first)
    if collection.path not in SUMS:
        return None
    if not first.next_url:
        return _sum(collection.path, first.items, whole=True)
    records: list[Any] = []
    async for record in collection.resource(ctx.clio).list(params):
        records.append(record)
        if len(records) >= TOTAL_LIMIT:
            return f"More than {TOTAL_LIMIT:,} found: no total; narrow the search."
    return _sum(collection.path, records, whole=True)


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
    collection: Resource,
    page: Page,
    *,
    app_host: str,
    heading: str,
    total: str | None = None,
) -> Reply:
    """A page of records under `heading` (plain text, as the person and Clio said it);
    `total` is the whole period's, on every page."""
    lines = item_lines(collection, _natural(collection.path, page.items), app_host)
    buttons = []
    if page.next_url:
        key = f"page:{ctx.who.user_id}:{secrets.token_hex(8)}"
        await ctx.store.cache.put(
            key,
            {
                "collection": collection.path,
                "next": page.next_url,
                "heading": heading,
                "total": total,
            },
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
                note=total or _total(collection.path, page.items),
            )
        ],
    )


async def search(ctx: Ctx, collection: Resource, *, app_host: str) -> Reply:
    params, said = await _query(ctx, collection)
    if collection.path in NATURAL and "order" not in params:
        params["order"] = NATURAL[collection.path]
    resource = collection.resource(ctx.clio)
    page = await resource.page(params, limit=PAGE_SIZE)
    noun = collection.plural
    what = f"{noun} ({', '.join(said)})" if said else noun
    if not page.items and collection.path == "contacts" and params.get("query"):
        colleagues = await _colleagues(ctx, str(params["query"]), app_host=app_host)
        if colleagues is not None:
            return colleagues
    if not page.items:
        return Reply.notice(f"No {escape(what)} found in Clio.").model_copy(
            update={"visibility": "thread"}
        )
    total = await _whole_total(ctx, collection, params, page)
    heading = what[0].upper() + what[1:]
    return await page_reply(ctx, collection, page, app_host=app_host, heading=heading, total=total)


async def _colleagues(ctx: Ctx, name: str, *, app_host: str) -> Reply | None:
    """ "what's marcus's number": no contact has the name, so the firm's users named so."""
    words = name.lower().replace("'s", " ").replace("’s", " ").split()
    found: list[Any] = []
    async for user in USERS.resource(ctx.clio).list():
        parts = (user.name or "").lower().split()
        if words and all(any(p.startswith(w) for p in parts) for w in words):
            found.append(user)
        if len(found) >= PAGE_SIZE:
            break
    if not found:
        return None
    heading = f"Colleagues (“{name}”)"
    page = Page(items=found, next_url=None)
    return await page_reply(ctx, USERS, page, app_host=app_host, heading=heading)


async def more(ctx: Ctx, key: str, collections: Mapping[str, Resource], *, app_host: str) -> Reply:
    saved = await ctx.store.cache.get(key, now=ctx.now)
    if not saved or not key.startswith(f"page:{ctx.who.user_id}:"):
        return Reply.notice("That list has expired; search again to see more.")
    collection = collections[saved["collection"]]
    resource = collection.resource(ctx.clio)
    page = await resource.next_page(Page(items=[], next_url=saved["next"]))
    if page is None or not page.items:
        return Reply.notice("That's everything.")
    return await page_reply(
        ctx,
        collection,
        page,
        app_host=app_host,
        heading=saved["heading"],
        total=saved.get("total"),
    )


async def get(ctx: Ctx, collection: Resource, *, app_host: str) -> Reply:
    path, kind = collection.path, collection.kind or collection.path
    if path in ("matters", "contacts", "users"):  # named as a person or matter is named
        record_id: int | str | None = (await ctx.ref(kind, required=True)).id
    else:
        record_id = ctx.record_id(kind)
    noun = collection.noun
    if path == "calendar_entries":  # by its opaque id, or by what it is and when
        record = await named_entry(ctx)
    elif record_id is None:
        raise Need(f"id:{kind}", f"Which {noun}? Give its number.", ask=f"{noun} number")
    else:
        try:
            record = await collection.resource(ctx.clio).get(record_id)
        except ClioNotFound:
            return Reply.notice(f"Clio has no {noun} {record_id} that you can see.")
    title, summary = collection.describe(record)
    link = web_link(app_host, path, record.id)
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
