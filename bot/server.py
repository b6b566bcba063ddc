"""The ASGI app (Starlette): Slack's request URL and a health check."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.config import Settings
from bot.runtime import Runtime, start
from bot.slack.app import build_app

log = logging.getLogger(__name__)


def _attach(app: Starlette, runtime: Runtime) -> None:
    app.state.runtime = runtime
    app.state.slack = AsyncSlackRequestHandler(build_app(runtime))


async def slack_events(request: Request) -> Response:
    return await request.app.state.slack.handle(request)


async def healthz(request: Request) -> Response:
    return JSONResponse({"ok": True})


def create_server(settings: Settings, *, runtime: Runtime | None = None) -> Starlette:
    """The bot's ASGI app; without a `runtime` it starts one with the server (lifespan)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        started = await start(settings)
        _attach(app, started)
        log.info("bot ready")
        try:
            yield
        finally:
            await started.close()

    app = Starlette(
        routes=[
            Route("/slack/events", slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan if runtime is None else None,
    )
    if runtime is not None:
        _attach(app, runtime)
    return app
