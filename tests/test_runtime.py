"""The runtime's lifetime: closing it leaves nothing running, whatever the background tasks were
doing (a task cancelled mid database call used to outlive the store and hang the exit)."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.config import Settings
from bot.runtime import start


async def test_close_waits_for_background_tasks_busy_in_the_store(tmp_path):
    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'bot.db'}")
    runtime = await start(settings, sandbox_db=str(tmp_path / "sandbox.db"))
    started = asyncio.Event()

    async def busy() -> None:
        while True:
            await runtime.store.tidy(now=dt.datetime.now(dt.UTC))
            started.set()

    runtime.tasks.append(asyncio.create_task(busy()))
    await started.wait()

    await asyncio.wait_for(runtime.close(), timeout=30)

    assert all(task.done() for task in [runtime.tidying, *runtime.tasks] if task is not None)
