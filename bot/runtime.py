"""Everything a running bot shares: settings, the store, Clio, and the clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx
from starlette.types import ASGIApp

from bot.assistant import Assistant, vocabulary
from bot.assistant.files import FileSource
from bot.assistant.resolve import EmailLookup
from bot.assistant.watching import ChannelReach
from bot.clio import ClioClient, OAuthClient, StaticToken, app_host
from bot.config import Settings
from bot.connections import Connections
from bot.replies import Requester
from bot.secrets import load_cipher
from bot.store import Store
from bot.store.tables import Subscription
from bot.webhooks.watches import Watches

if TYPE_CHECKING:
    from bot.sandbox import Sandbox

log = logging.getLogger(__name__)

SANDBOX_URL = "http://sandbox.clio.local"


class ToSelf(httpx.AsyncBaseTransport):
    """How the embedded sandbox reaches this bot's webhook receiver: in process, once the
    server exists (`app` is set when it starts)."""

    app: ASGIApp | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.app is None:
            return httpx.Response(503)
        return await httpx.ASGITransport(app=self.app).handle_async_request(request)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Runtime:
    """Clio for everyone: each person's own account (`connections`), else one shared identity."""

    settings: Settings
    store: Store
    clio: ClioClient | None
    app_host: str
    clock: Callable[[], dt.datetime] = utc_now
    sandbox: Sandbox | None = field(default=None, repr=False)
    connections: Connections | None = None
    tidying: asyncio.Task | None = field(default=None, repr=False)
    to_self: ToSelf | None = field(default=None, repr=False)  # the embedded sandbox's webhooks
    tasks: list[asyncio.Task] = field(default_factory=list, repr=False)

    @functools.cached_property
    def watches(self) -> Watches:
        return Watches(
            self.store,
            base_url=self.settings.public_url,
            owner_clio=self.owner_clio,
            clock=self.clock,
            plain_http=self.sandbox is not None,
        )

    async def owner_clio(self, sub: Subscription) -> ClioClient:
        """The Clio client of the person who made a subscription (its webhook is theirs)."""
        return await self.clio_for(Requester(team_id=sub.team_id, user_id=sub.owner_id))

    async def clio_for(self, who: Requester) -> ClioClient:
        """The client acting for `who`: their own account when people connect their own."""
        if self.connections is not None:
            return await self.connections.client_for(who)
        assert self.clio is not None
        return self.clio

    def assistant(
        self,
        email_for: EmailLookup,
        *,
        files: FileSource | None = None,
        clio: ClioClient | None = None,
        channels: bool = True,
        reach: ChannelReach | None = None,
    ) -> Assistant:
        """The core; `channels` False (the console) has no channels to notify, `reach` says
        whether the bot can post in one."""
        acting = clio or self.clio
        if acting is None:
            raise RuntimeError(
                "each person connects their own Clio: pass the client acting for them"
            )
        return Assistant(
            acting,
            self.store,
            app_host=self.app_host,
            email_for=email_for,
            clock=self.clock,
            files=files,
            watches=self.watches if channels else None,
            reach=reach,
            vocabulary=self.settings.firm_vocabulary,
        )

    async def housekeeping(self, every: float = 3600) -> None:
        """Tidy the store now and then, for as long as the bot runs."""
        while True:
            await self.store.tidy(now=self.clock())
            await asyncio.sleep(every)

    async def close(self) -> None:
        """Stop the background tasks and wait for them to wind down, then close Clio and the
        store: a task cancelled inside a database call needs the store open to finish."""
        running = [task for task in [self.tidying, *self.tasks] if task is not None]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        await vocabulary.stop(self.store)
        if self.connections is not None:
            await self.connections.close()
        if self.clio is not None:
            await self.clio.aclose()
        await self.store.close()


async def start(settings: Settings, *, sandbox_db: str | None = "clio-sandbox.db") -> Runtime:
    """Connect the store and Clio: `CLIO_ACCESS_TOKEN`, or the embedded sandbox's demo attorney."""
    key = settings.bot_encryption_key.get_secret_value() if settings.bot_encryption_key else None
    store = Store(settings.database_url, cipher=load_cipher(key, settings.bot_key_file))
    await store.migrate()
    if settings.clio_client_id is not None:
        connections = per_person(settings, store)
        log.info("each person connects their own Clio account on %s", connections.oauth.host)
        runtime = Runtime(settings, store, None, connections.oauth.host, connections=connections)
        return _running(runtime)
    if settings.clio_access_token is not None:
        clio = shared_clio(settings)
        host = app_host(settings.clio_region, settings.clio_base_url)
        log.info("using one shared Clio identity on %s", host)
        return _running(Runtime(settings, store, clio, host))
    to_self = ToSelf()
    clio, sandbox = embedded_clio(settings, sandbox_db=sandbox_db, to_self=to_self)
    log.info("no Clio credentials: using the embedded sandbox")
    runtime = Runtime(settings, store, clio, SANDBOX_URL, sandbox=sandbox, to_self=to_self)
    return _running(runtime)


def per_person(
    settings: Settings, store: Store, *, transport: httpx.AsyncBaseTransport | None = None
) -> Connections:
    """`CLIO_CLIENT_ID`: everyone connects their own Clio account (OAuth)."""
    host = app_host(settings.clio_region, settings.clio_base_url)
    secret = settings.clio_client_secret.get_secret_value() if settings.clio_client_secret else ""
    http = httpx.AsyncClient(transport=transport) if transport is not None else None
    oauth = OAuthClient(host, settings.clio_client_id or "", secret, http=http)
    return Connections(
        store, oauth, public_url=settings.public_url, clock=utc_now, transport=transport
    )


def shared_clio(
    settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None
) -> ClioClient:
    """`CLIO_ACCESS_TOKEN`: one Clio identity for everyone."""
    assert settings.clio_access_token is not None
    return ClioClient(
        StaticToken(settings.clio_access_token.get_secret_value()),
        region=settings.clio_region,
        base_url=settings.clio_base_url,
        api_version=settings.clio_api_version,
        transport=transport,
    )


def embedded_clio(
    settings: Settings, *, sandbox_db: str | None, to_self: ToSelf | None = None
) -> tuple[ClioClient, Sandbox]:
    """No Clio credentials: the embedded sandbox, as its demo attorney; its webhooks reach this
    bot through `to_self`."""
    from bot.sandbox import SandboxSettings, create_app

    allowed = {httpx.URL(settings.public_url).host}
    sandbox_app = create_app(
        db_path=sandbox_db,
        public_url=SANDBOX_URL,
        settings=SandboxSettings(webhook_allowed_hosts=allowed),
        webhook_transport=to_self,
    )
    sandbox = sandbox_app.state.sandbox
    token = sandbox.issue_token()["access_token"]
    clio = ClioClient(
        StaticToken(token),
        base_url=SANDBOX_URL,
        transport=httpx.ASGITransport(app=sandbox_app),
        api_version=settings.clio_api_version,
    )
    return clio, sandbox


def _running(runtime: Runtime) -> Runtime:
    runtime.tidying = asyncio.create_task(runtime.housekeeping())
    return runtime
