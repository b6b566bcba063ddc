"""Everything a running bot shares: settings, the store, Clio, and the clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from bot.assistant import Assistant
from bot.assistant.files import FileSource
from bot.assistant.resolve import EmailLookup
from bot.clio import ClioClient, StaticToken, app_host
from bot.config import Settings
from bot.store import Store

log = logging.getLogger(__name__)

SANDBOX_URL = "http://sandbox.clio.local"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Runtime:
    """One Clio identity acts for everyone until per-user accounts are connected."""

    settings: Settings
    store: Store
    clio: ClioClient
    app_host: str
    clock: Callable[[], dt.datetime] = utc_now
    sandbox: object | None = field(default=None, repr=False)
    tidying: asyncio.Task | None = field(default=None, repr=False)

    def assistant(self, email_for: EmailLookup, *, files: FileSource | None = None) -> Assistant:
        return Assistant(
            self.clio,
            self.store,
            app_host=self.app_host,
            email_for=email_for,
            clock=self.clock,
            files=files,
        )

    async def housekeeping(self, every: float = 3600) -> None:
        """Tidy the store now and then, for as long as the bot runs."""
        while True:
            await self.store.tidy(now=self.clock())
            await asyncio.sleep(every)

    async def close(self) -> None:
        if self.tidying is not None:
            self.tidying.cancel()
        await self.clio.aclose()
        await self.store.close()


async def start(settings: Settings, *, sandbox_db: str | None = "clio-sandbox.db") -> Runtime:
    """Connect the store and Clio: `CLIO_ACCESS_TOKEN`, or the embedded sandbox's demo attorney."""
    store = Store(settings.database_url)
    await store.migrate()
    if settings.clio_access_token is not None:
        clio = ClioClient(
            StaticToken(settings.clio_access_token.get_secret_value()),
            region=settings.clio_region,
            base_url=settings.clio_base_url,
            api_version=settings.clio_api_version,
        )
        host = app_host(settings.clio_region, settings.clio_base_url)
        log.info("using one shared Clio identity on %s", host)
        return _running(Runtime(settings, store, clio, host))
    from bot.sandbox import create_app

    sandbox_app = create_app(db_path=sandbox_db, public_url=SANDBOX_URL)
    sandbox = sandbox_app.state.sandbox
    token = sandbox.issue_token()["access_token"]
    clio = ClioClient(
        StaticToken(token),
        base_url=SANDBOX_URL,
        transport=httpx.ASGITransport(app=sandbox_app),
        api_version=settings.clio_api_version,
    )
    log.info("no Clio credentials: using the embedded sandbox")
    return _running(Runtime(settings, store, clio, SANDBOX_URL, sandbox=sandbox))


def _running(runtime: Runtime) -> Runtime:
    runtime.tidying = asyncio.create_task(runtime.housekeeping())
    return runtime
