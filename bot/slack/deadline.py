"""Slack's 3 seconds: wait on work (Clio) for part of them, and let it carry on past them."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
ACK_BUDGET = 1.5  # seconds of Slack's 3 spent waiting before answering without the outcome


async def within(work: Coroutine[Any, Any, T], budget: float = ACK_BUDGET) -> asyncio.Task[T]:
    """Start `work` and wait for it at most `budget` seconds: the task, done or still running."""
    task = asyncio.create_task(work)
    await asyncio.wait({task}, timeout=budget)
    return task
