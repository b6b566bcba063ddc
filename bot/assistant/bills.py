"""Bills from chat (read only): found by invoice number, searched by client or matter."""

from __future__ import annotations

import re

from bot.assistant import reads, summaries
from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
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
    match = NUMBER.match(text.strip())
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
