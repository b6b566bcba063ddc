"""Slack's 3 seconds: wait on work (Clio) for part of them, and let it carry on past them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from bot.mrkdwn import escape
from bot.replies import Reply
from bot.slack.delivery import deliver
from bot.slack.responder import Responder

T = TypeVar("T")
ACK_BUDGET = 1.5  # seconds of Slack's 3 spent waiting before answering without the outcome
Outcome = tuple[Reply | None, dict[str, str]]  # a reply, or the form's errors by field
log = logging.getLogger(__name__)


async def within(work: Coroutine[Any, Any, T], budget: float = ACK_BUDGET) -> asyncio.Task[T]:
    """Start `work` and wait for it at most `budget` seconds: the task, done or still running."""
    task = asyncio.create_task(work)
    await asyncio.wait({task}, timeout=budget)
    return task


async def submitted(
    ack: Callable[..., Awaitable[Any]],
    work: Coroutine[Any, Any, Outcome],
    responder: Responder,
    *,
    unsaved: str,
) -> bool:
    """Answer a view_submission in time: the form's errors when `work` finds them within the
    budget; else the form closes and the outcome (or, in words, what was wrong) follows
    through `responder`. True when the work was done."""
    task = await within(work)
    if task.done() and task.exception() is None and task.result()[1]:
        await ack(response_action="errors", errors=task.result()[1])
        return False
    await ack()
    reply, errors = await task
    if errors or reply is None:
        log.info("a form of user %s was refused after it closed", responder.user_id)
        await responder.send(f"{unsaved} " + escape(" ".join(errors.values())))
        return False
    await deliver(reply, client=responder.client, responder=responder)
    return True
