"""Confirmed plans that are more than one create, update or delete of a record.

A runner makes the calls and says what Clio answered: a payment link to share, the time a timer
ran, a raw API reply. These have no Undo (a payment link can be expired, a timer stopped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.assistant import api_call
from bot.assistant.describe import activity
from bot.assistant.humanize import hours, moment
from bot.assistant.plans import Plan
from bot.clio import ClioClient
from bot.clio import models as m
from bot.mrkdwn import escape
from bot.replies import Attachment


@dataclass
class Outcome:
    """What a confirmed plan did: the record to link to (collection, id), lines to show (mrkdwn);
    `record` is the record a plain create or update wrote (so it can be undone)."""

    record_id: int | str | None = None
    link_to: tuple[str, int | str] | None = None
    lines: list[str] = field(default_factory=list)
    attachment: Attachment | None = None
    record: Any = None


async def payment_link(clio: ClioClient, plan: Plan) -> Outcome:
    link = await clio.payment_links.create(m.PaymentLinkCreate.model_validate(plan.body))
    lines = [f"*Link to share:* {escape(link.url)}" if link.url else "Clio gave no link address."]
    if link.expires_at:
        lines.append(f"Expires {moment(link.expires_at)}")
    lines.append(f"To withdraw it: `expire payment link {link.id}`")
    return Outcome(record_id=link.id, lines=lines)


async def start_timer(clio: ClioClient, plan: Plan) -> Outcome:
    """A new time entry with `start_timer`: Clio starts the timer on it as it saves it."""
    entry = await clio.activities.create(
        m.ActivityCreate.model_validate({**plan.body, "start_timer": True})
    )
    timer = await clio.timer.current()
    started = f"Timer running since {moment(timer.start_time)}" if timer else "Timer started"
    return Outcome(
        record_id=entry.id,
        link_to=("activities", entry.id),
        lines=[f"{started} on time entry {entry.id}. Say `stop timer` to stop it."],
    )


async def stop_timer(clio: ClioClient, plan: Plan) -> Outcome:
    timer = await clio.timer.current()
    if timer is None or timer.activity is None:
        return Outcome(lines=["No timer was running, so nothing changed."])
    await clio.timer.stop()
    entry = await clio.activities.get(timer.activity.id)
    ran = hours((timer.elapsed_time or 0) * 3600)
    title, summary = activity(entry)
    return Outcome(
        record_id=entry.id,
        link_to=("activities", entry.id),
        lines=[f"Ran {ran}.", f"{title} {entry.id} · " + escape(" · ".join(summary))],
    )


async def raw_call(clio: ClioClient, plan: Plan) -> Outcome:
    method, path = plan.body["method"], plan.body["path"]
    answer: Any = await api_call.send(clio, method, path, plan.body.get("body"))
    lines, attachment = api_call.shown(method, path, answer)
    return Outcome(lines=lines, attachment=attachment)
