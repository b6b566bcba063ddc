"""Readiness (`/readyz`): the database answers a query and Clio answers HTTP; else why not."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from bot.clio import ClioUnavailable, ClioUnreachable
from bot.clio.auth import PROBE_TIMEOUT
from bot.runtime import Runtime

DATABASE_TIMEOUT = 5.0  # seconds


async def database(runtime: Runtime) -> str:
    """ "ok", or why the database does not answer (the kind of failure, never the URL)."""
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT):
            async with runtime.store.engine.connect() as connection:
                await connection.execute(sa.text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError) as error:
        return f"unreachable ({type(error).__name__})"
    return "ok"


async def clio(runtime: Runtime) -> str:
    """ "ok", or why Clio does not answer: with one shared identity its token must be taken;
    when each person connects their own, any answer short of a server error will do."""
    try:
        if runtime.clio is not None:
            status = await runtime.clio.probe()
            if status in (401, 403):
                return f"refuses the shared token ({status})"
            ok = status < 400 or status == 429
        else:
            assert runtime.connections is not None
            status = await runtime.connections.oauth.probe()
            ok = status < 500
    except ClioUnreachable:
        return "unreachable (no connection could be made)"
    except ClioUnavailable:
        return f"no answer within {PROBE_TIMEOUT:.0f} s"
    return "ok" if ok else f"answered {status}"


async def checks(runtime: Runtime) -> dict[str, str]:
    """Each dependency and its state, checked at once."""
    db, api = await asyncio.gather(database(runtime), clio(runtime))
    return {"database": db, "clio": api}
