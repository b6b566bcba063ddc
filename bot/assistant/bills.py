"""Bills from chat (read only): found by invoice number, searched by client or matter."""

from __future__ import annotations

import datetime as dt
import re

from bot.assistant import reads, summaries
from bot.assistant.context import Ctx
from bot.assistant.described import hits_in, words_of
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import Candidate, pick
from bot.assistant.writes.common import today
from bot.clio import ClioNotFound
from bot.clio import models as m
from bot.replies import Reply

NUMBER = re.compile(r"^#?(\d+)$")
DISPLAY_NUMBER = re.compile(r"^\d{2,}-\w")
ASK = "bill number"


async def find(ctx: Ctx) -> m.Bill:
    """The bill named by its invoice number ("bill 1002") or, failing that, by its Clio id."""
    text = ctx.draft.refs.get("bill") or ""
    if "bill" in ctx.draft.resolved:
        return await ctx.clio.bills.get(int(ctx.draft.resolved["bill"].id))
    match = NUMBER.match(text.strip())
    if match is None and text.strip():
        return await described(ctx, text)
    if match is None and "matter" in ctx.draft.refs:  # "the patel bill": the matter's bill
        return await described(ctx, "", matter=await ctx.ref("matter", required=True))
    if match is None:
        raise Need("id:bill", "Which bill? Give its number, e.g. “bill 1002”.", ask=ASK)
    number = match.group(1)
    page = await ctx.clio.bills.page({"bill_number": number}, limit=5)
    found = [b for b in page.items if b.number == number]
    if len(found) == 1:
        return found[0]
    try:
        return await ctx.clio.bills.get(int(number))
    except ClioNotFound:
        raise Need("id:bill", f"Clio has no bill {number} that you can see.", ask=ASK) from None


_NAMED = re.compile(r"\b(?:invoice|bill)\s*(?:number\s+|no\.?\s*|num\.?\s*)?#?\s*(\d{3,})\b", re.I)


async def named_matter(ctx: Ctx, text: str) -> Candidate | None:
    """ "chase acme on invoice 1002": the matter of the one bill a new record's words name by
    its number, when that bill is on one matter; None otherwise (nothing guessed)."""
    said = _NAMED.search(text)
    if said is None:
        return None
    page = await ctx.clio.bills.page({"bill_number": said[1]}, limit=5)
    found = [b for b in page.items if b.number == said[1]]
    matters = (found[0].matters or []) if len(found) == 1 else []
    if len(matters) != 1:
        return None
    matter = matters[0]
    label = ": ".join(str(p) for p in (matter.display_number, matter.description) if p)
    return Candidate(matter.id, label, 100.0)


_STATE_WORDS = {
    "draft": "draft",
    "awaiting_approval": "awaiting approval unapproved pending",
    "awaiting_payment": "unpaid outstanding open awaiting payment",
    "paid": "paid",
    "void": "void voided",
}
BILLS_LISTED = 200


def _bill_words(bill: m.Bill, on: dt.date) -> str:
    """What a person calls a bill by: its client, matters, number and state ("the acme overdue
    invoice", "the johnson bill")."""
    matters = " ".join(
        f"{x.display_number or ''} {x.description or ''}" for x in bill.matters or []
    )
    client = bill.client.name if bill.client else ""
    state = _STATE_WORDS.get(bill.state or "", bill.state or "")
    overdue = "overdue late" if bill.due_at and bill.due_at < on else ""
    return f"{client} {matters} {bill.number or ''} {state} {overdue}"


async def described(ctx: Ctx, text: str, matter: Candidate | None = None) -> m.Bill:
    """A bill named by its client or matter and state; a bill still owed is preferred (links and
    reminders are for what is owed). Asks with buttons when several fit."""
    wanted = words_of(text)
    found: dict[int, m.Bill] = {}
    ranked: list[Candidate] = []
    on = today(ctx)
    params: dict = {"limit": BILLS_LISTED}
    if matter is not None:
        params["matter_id"] = matter.id
    async for bill in ctx.clio.bills.list(params):
        if matter is not None and matter.id not in [x.id for x in bill.matters or []]:
            continue
        if matter is None and (not wanted or hits_in(wanted, _bill_words(bill, on)) < len(wanted)):
            continue
        found[int(bill.id)] = bill
        owed = int((bill.balance or 0) > 0 and bill.state not in ("void", "deleted"))
        label = f"bill #{bill.number}" + (f" · {bill.client.name}" if bill.client else "")
        ranked.append(Candidate(bill.id, label, 100.0, (owed,)))
        if len(found) >= BILLS_LISTED:
            break
    resolution = pick("bill", text, ranked)
    if resolution.found is not None:
        bill = found[int(resolution.found.id)]
        ctx.draft.resolved["bill"] = Chosen(id=bill.id, label=resolution.found.label)
        return bill
    if resolution.ambiguous:
        ctx.draft.choices["ref:bill"] = [Chosen(id=c.id, label=c.label) for c in resolution.choices]
        said = text or (matter.label if matter else "")
        raise Need("ref:bill", f"Which bill did you mean by “{said}”?", choices=resolution.choices)
    said = text or (matter.label if matter else "")
    raise Need("id:bill", f"I couldn't find a bill for “{said}”.", ask=ASK)


async def _client_or_matter(ctx: Ctx) -> None:
    """ "bills for Acme": a matter if it names one clearly, else the client of that name."""
    text = ctx.draft.refs.get("matter")
    if text is None or "matter" in ctx.draft.resolved or DISPLAY_NUMBER.match(text):
        return
    if (await ctx.resolver.matter(text, ctx.who)).found is not None:
        return
    client = (await ctx.resolver.contact(text)).found
    if client is not None:
        refs = ctx.draft.intent.refs
        refs["client"] = refs.pop("matter")
        ctx.draft.resolved["client"] = Chosen(id=client.id, label=client.label)


async def search(ctx: Ctx, app_host: str) -> Reply:
    await _client_or_matter(ctx)
    with summaries.as_of(today(ctx)):
        return await reads.search(ctx, ctx.collection(), app_host=app_host)


async def get(ctx: Ctx, app_host: str) -> Reply:
    bill = await find(ctx)
    ctx.draft.intent.refs["bill"] = str(bill.id)
    with summaries.as_of(today(ctx)):
        return await reads.get(ctx, ctx.collection(), app_host=app_host)
