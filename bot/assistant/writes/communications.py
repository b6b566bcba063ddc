"""Communications: log a phone call or an email, change it, delete it.

The person talked to (`refs.contact`) is a contact, or a colleague when mentioned ("<@U…>",
"me"). They are the sender when the log says "from" them ("call from Jane Roe"), else the
receiver; the requester's Clio user is on the other side.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, quote
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate, is_mention
from bot.assistant.writes.common import delete_plan, target, today, update_plan

KINDS = {"PhoneCommunication": "Phone call", "EmailCommunication": "Email"}


async def _party(ctx: Ctx, kind: str) -> tuple[str, Candidate] | None:
    """(Clio participant type, who) for the person named as `kind`, if any."""
    text = ctx.draft.refs.get(kind)
    if text is not None and kind not in ctx.draft.resolved and (text == "me" or is_mention(text)):
        found = await ctx.resolver.user(text, ctx.who)
        if found.found is None:
            raise Need(f"ref:{kind}", f"I couldn't find a Clio user for {text}.", picker="user")
        return "User", found.found
    contact = await ctx.ref(kind)
    return ("Contact", contact) if contact is not None else None


def _from_them(subject: str, name: str) -> bool:
    return bool(re.search(rf"\bfrom\s+{re.escape(name)}", subject, re.I))


async def create(ctx: Ctx) -> Plan:
    kind = ctx.value("type") or "PhoneCommunication"
    subject = ctx.value("subject")
    if not subject:
        raise Need("subject", "What was it about?", ask="Subject")
    date = ctx.value("date") or today(ctx).isoformat()
    body: dict[str, Any] = {
        "type": kind,
        "subject": subject,
        "body": ctx.value("body") or "",
        "date": date,
    }
    lines = [quote(subject)]
    if ctx.value("body"):
        lines.append(quote(ctx.value("body"), 200))
    lines.append(day(dt.date.fromisoformat(date)))
    me = await ctx.me()
    mine = {"id": me.id, "type": "User"}
    other = await _party(ctx, "contact")
    if other is None:
        body |= {"senders": [mine], "receivers": []}
        lines.append(f"from {me.label}")
    else:
        them = {"id": other[1].id, "type": other[0]}
        incoming = _from_them(subject, ctx.draft.refs.get("contact", ""))
        body |= {"senders": [them if incoming else mine], "receivers": [mine if incoming else them]}
        sender, receiver = (other[1], me) if incoming else (me, other[1])
        lines.append(f"from {sender.label} to {receiver.label}")
    matter = await ctx.ref("matter")
    if matter is not None:
        body["matter"] = {"id": matter.id}
        lines.append(matter.label)
    return Plan(
        collection="communications",
        action="create",
        title=KINDS.get(kind, "Communication"),
        lines=lines,
        body=body,
        matter_id=matter.id if matter else None,
    )


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, "communications", "communication")
    changes = {key: ctx.value(key) for key in ("type", "subject", "body", "date") if ctx.value(key)}
    lines = [f"{key} → {quote(KINDS.get(value, value))}" for key, value in changes.items()]
    matter = await ctx.ref("matter")
    if matter is not None:
        changes["matter"] = {"id": matter.id}
        lines.append(f"matter → {matter.label}")
    if not changes:
        raise Need("subject", "What should change on this communication?", ask="New subject")
    return update_plan("communications", record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan("communications", await target(ctx, "communications", "communication"))
