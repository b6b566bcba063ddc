"""Clio Payments links: for a bill or a contact, with an amount and an expiry; expire one."""

from __future__ import annotations

import datetime as dt

from bot.assistant import bills
from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, money, quote
from bot.assistant.plans import Plan
from bot.assistant.writes import values
from bot.assistant.writes.common import target, today, typed
from bot.clio import models as m

DEFAULT_DURATION = 30 * values.DAY_SECONDS
MAX_DURATION = 90 * values.DAY_SECONDS  # Clio's limit
ASK_DURATION = "e.g. 7 days (at most 90)"


async def _account(ctx: Ctx) -> m.BankAccount:
    """The firm's bank account with Clio Payments enabled (the default one first)."""
    enabled = [a async for a in ctx.clio.bank_accounts.list() if a.clio_payments_enabled]
    if not enabled:
        raise Need(
            "destination_account",
            "No bank account in Clio has Clio Payments enabled, so there is nowhere to pay into.",
        )
    return sorted(enabled, key=lambda a: not a.default_account)[0]


async def create(ctx: Ctx) -> Plan:
    amount = values.amount(ctx.value("amount"))
    matter_id = None
    if "bill" in ctx.draft.refs:
        bill = await bills.find(ctx)
        subject = {"id": bill.id, "type": "Bill"}
        about = f"bill #{bill.number}" + (f" ({bill.client.name})" if bill.client else "")
        description = f"Payment for invoice {bill.number}"
        matter_id = bill.matters[0].id if bill.matters else None
        if amount is None:
            amount = bill.balance
    else:
        contact = await ctx.ref(
            "contact",
            required=True,
            prompt="Who is this payment link for? Name a contact or a bill.",
        )
        subject = {"id": contact.id, "type": "Contact"}
        about, description = contact.label, f"Payment from {contact.label}"
    if amount is None or amount <= 0:
        raise Need("amount", "How much should the link ask for?", ask="Amount, e.g. $500")
    duration = values.seconds(ctx.value("duration")) or DEFAULT_DURATION
    if not 0 < duration <= MAX_DURATION:
        raise Need("duration", "A payment link lasts at most 90 days. How long?", ask=ASK_DURATION)
    account = await _account(ctx)
    description = ctx.value("description") or description
    body: dict = {
        "amount": amount,
        "currency": account.currency or "USD",
        "description": description,
        "destination_account": {"id": account.id},
        "duration": duration,
        "subject": subject,
    }
    lines = [money(amount), f"for {about}", quote(description)]
    if email := ctx.value("email_address"):
        body["email_address"] = email
        lines.append(f"to {email}")
    until = today(ctx) + dt.timedelta(seconds=duration)
    lines += [f"expires in {values.days(duration)} ({day(until)})", f"into {account.name}"]
    return Plan(
        collection="clio_payments/links",
        action="create",
        title="Payment link",
        lines=lines,
        body=body,
        model=typed(m.PaymentLinkCreate, body),
        matter_id=matter_id,
    )


async def update(ctx: Ctx) -> Plan:
    """Expire a link now (the only change Clio allows; it cannot be undone)."""
    link = await target(ctx, m.PaymentLink)
    if not link.active:
        raise Need("id:payment_link", f"Payment link {link.id} is no longer active.")
    lines = [money(link.amount), "expire now: the link stops working"]
    return Plan(
        collection="clio_payments/links",
        action="update",
        title=f"Payment link {link.id}",
        lines=lines,
        record_id=link.id,
        body={"expired": True},
        model=m.PaymentLinkUpdate(expired=True),
        etag=link.etag,
    )
