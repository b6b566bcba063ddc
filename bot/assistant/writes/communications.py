"""Communications: log a phone call or an email, change it, delete it.

The person talked to (`refs.contact`) is a contact, or a colleague when mentioned ("<@U…>",
"me"). They are the sender when the reading says so (`incoming`: "X called", "email from X") or
the log says "from" them, else the receiver; the requester's Clio user is on the other side.
When it happened is `received_at`, shown in the person's time zone (Clio takes no `date`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from bot.assistant import bills
from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import moment, quote
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate, is_mention
from bot.assistant.writes.common import delete_plan, target, typed, undated, update_plan
from bot.clio import models as m
from intents.communications import NOON_ASSUMED
from intents.vocabulary import told_apart

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


async def _named_party(ctx: Ctx) -> tuple[str, Candidate] | None:
    """The person a call "with smith" was with, when the name was read as a matter: the one
    contact of that name, or a question when several have it (John Smith, Karen Smith)."""
    said = ctx.draft.refs.get("party")
    if not said:
        return None
    resolution = await ctx.resolver.contact(said)
    if resolution.found is not None:
        return "Contact", resolution.found
    if resolution.ambiguous:
        choices = resolution.choices
        ctx.draft.choices["ref:contact"] = [Chosen(id=c.id, label=c.label) for c in choices]
        raise Need(
            "ref:contact", f"Who did you mean by “{said}”?", choices=choices, picker="contact"
        )
    return None


async def _only_open_matter(ctx: Ctx, contact: Candidate) -> Candidate | None:
    """ "log call w/ john smith re settlement": a client's one open matter is the call's matter
    (his closed will matter is not); of several open matters, the one the call's subject and
    body name by its own words ("emily called re the custody schedule": her divorce), else the
    person is asked which."""
    if "matter" in ctx.draft.refs:
        return None
    fields = "id,display_number,description,status"
    found = [
        row
        async for row in ctx.clio.matters.list({"client_id": contact.id}, fields=fields, limit=20)
        if row.status in ("Open", "Pending")
    ]
    choices = [
        Candidate(row.id, ": ".join(str(p) for p in (row.display_number, row.description) if p))
        for row in found
    ]
    said = " ".join(str(ctx.value(name) or "") for name in ("subject", "body"))
    topics = {row.id: row.description or "" for row in found}
    if len(choices) > 1 and (one := told_apart(topics, said, besides=contact.label)):
        return next(c for c in choices if c.id == one)
    if len(choices) > 1:  # "log call w/ acme": which of Acme's open matters it was about
        ctx.draft.choices["ref:matter"] = [Chosen(id=c.id, label=c.label) for c in choices]
        raise Need("ref:matter", "Which matter was it about?", choices=choices, picker="matter")
    return choices[0] if choices else None


def _from_them(subject: str, name: str) -> bool:
    return bool(re.search(rf"\bfrom\s+{re.escape(name)}", subject, re.I))


def _local(value: str | dt.datetime, ctx: Ctx) -> dt.datetime:
    """A moment in the person's zone, to the second."""
    stamp = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.astimezone(ZoneInfo(ctx.who.tz)).replace(microsecond=0)


def _received_at(ctx: Ctx) -> str:
    """When it happened, as parsed or edited; now when nothing was said."""
    return _local(ctx.value("received_at") or ctx.now, ctx).isoformat()


async def create(ctx: Ctx) -> Plan:
    kind = ctx.value("type") or "PhoneCommunication"
    subject = ctx.value("subject")
    if not subject:
        raise Need("subject", "What was it about?", ask="Subject")
    received_at = _received_at(ctx)
    body: dict[str, Any] = {
        "type": kind,
        "subject": subject,
        "body": ctx.value("body") or subject,  # Clio requires a body
        "received_at": received_at,
    }
    lines = [quote(subject)]
    if body["body"] != subject:
        lines.append(quote(body["body"], 200))
    lines.append(moment(received_at))
    me = await ctx.me()
    mine = {"id": me.id, "type": "User"}
    other = await _party(ctx, "contact") or await _named_party(ctx)
    parties: list[tuple[str, Candidate]] = []  # who it was from, then to
    if other is None and ctx.value("incoming"):  # "email in from widget works' counsel": to me
        body |= {"senders": [], "receivers": [mine]}
        lines.append(f"to {me.label}")
    elif other is None:
        body |= {"senders": [mine], "receivers": []}
        lines.append(f"from {me.label}")
    else:
        written = ctx.draft.refs.get("contact", "")  # as typed, or the id the vocabulary found
        incoming = (
            bool(ctx.value("incoming"))
            or _from_them(subject, written)
            or _from_them(subject, other[1].label)
        )
        sender, receiver = (other, ("User", me)) if incoming else (("User", me), other)
        if (recipient := await _party(ctx, "recipient")) is not None:
            sender, receiver = other, recipient  # "email from emily chen to hannah"
        body |= {
            "senders": [{"id": sender[1].id, "type": sender[0]}],
            "receivers": [{"id": receiver[1].id, "type": receiver[0]}],
        }
        lines.append(f"from {sender[1].label} to {receiver[1].label}")
        parties = [sender, receiver]
    matter = await ctx.ref("matter")
    if matter is None and "matter" not in ctx.draft.refs:  # "reminding them invoice 1002 ..."
        matter = await bills.named_matter(ctx, f"{subject} {body['body']}")
    # "hannah called ravi": the matter of the party who is a contact, the sender first
    client = next((who for kind, who in parties if kind == "Contact"), None)
    if matter is None and client is not None and not ctx.has("matter"):
        matter = await _only_open_matter(ctx, client)
    if matter is not None:
        body["matter"] = {"id": matter.id}
        lines.append(matter.label)
    return Plan(
        collection="communications",
        action="create",
        title=KINDS.get(kind, "Communication"),
        lines=lines,
        body=body,
        model=typed(m.CommunicationCreate, body),
        matter_id=matter.id if matter else None,
    )


def _untimed(ctx: Ctx) -> bool:
    """Whether a new day was said without a time ("change the date on the X call to thursday")."""
    said = NOON_ASSUMED in ctx.draft.intent.assumptions
    return said and "received_at" not in ctx.draft.answers


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Communication)
    changes = {key: ctx.value(key) for key in ("type", "subject", "body") if ctx.value(key)}
    if added := ctx.draft.refs.get("appended"):  # "append to the trustee call: ..."
        changes["body"] = f"{(record.body or '').rstrip()} {added}".strip()
    lines = [
        f"{key} {quote(KINDS.get(getattr(record, key) or '', getattr(record, key) or 'none'), 40)}"
        f" → {quote(KINDS.get(value, value))}"
        for key, value in changes.items()
    ]
    if ctx.value("received_at"):
        when = _local(ctx.value("received_at"), ctx)
        if undated(ctx) and "received_at" not in ctx.draft.answers and record.received_at:
            day = _local(record.received_at, ctx).date()  # "to 4pm": the day it already has
            when = _local(dt.datetime.combine(day, when.time(), ZoneInfo(ctx.who.tz)), ctx)
        elif _untimed(ctx) and record.received_at:  # "to thursday": at the time it already has
            at = _local(record.received_at, ctx).time()
            when = _local(dt.datetime.combine(when.date(), at, ZoneInfo(ctx.who.tz)), ctx)
        changes["received_at"] = when.isoformat()
        lines.append(f"when → {moment(when)}")
    matter = await ctx.ref("matter")
    was = record.matter
    if matter is not None and (was is None or was.id != matter.id):  # not the matter it is on
        changes["matter"] = {"id": matter.id}
        lines.append(f"matter {was.display_number if was else 'none'} → {matter.label}")
    if not changes:
        raise Need("subject", "What should change on this communication?", ask="New subject")
    return update_plan(ctx, record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Communication))
