"""The ASGI app (Starlette): Slack's request URL, Clio's OAuth and webhooks, a health check."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import AsyncIterator

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.clio import ClioError
from bot.config import Settings
from bot.connections import CALLBACK_PATH
from bot.runtime import Runtime, start
from bot.slack.app import build_app
from bot.slack.notifications.relay import Relay
from bot.webhooks import receiver as webhooks
from bot.webhooks.upkeep import Upkeep

log = logging.getLogger(__name__)


def _attach(app: Starlette, runtime: Runtime) -> None:
    slack_app, deps = build_app(runtime)
    app.state.runtime = runtime
    app.state.bolt = slack_app
    app.state.slack = AsyncSlackRequestHandler(slack_app)
    app.state.slack_client = slack_app.client
    app.state.deps = deps

    async def slack_for(team_id: str) -> AsyncWebClient:
        return await deps.client_for_team(slack_app.client, team_id)

    app.state.relay = Relay(
        runtime.store,
        slack_for=slack_for,
        owner_clio=runtime.owner_clio,
        app_host=runtime.app_host,
        clock=runtime.clock,
    )
    app.state.upkeep = Upkeep(
        runtime.store, runtime.watches, owner_clio=runtime.owner_clio, clock=runtime.clock
    )
    if runtime.to_self is not None:
        runtime.to_self.app = app


def start_background(app: Starlette) -> None:
    """The webhook relay and upkeep, for as long as the runtime lives."""
    runtime: Runtime = app.state.runtime
    runtime.tasks += [
        asyncio.create_task(app.state.relay.run()),
        asyncio.create_task(app.state.upkeep.run()),
    ]


async def slack_request(request: Request) -> Response:
    """Events, commands, interactions, and (many workspaces) the install pages."""
    return await request.app.state.slack.handle(request)


def _page(title: str, text: str, status: int = 200) -> HTMLResponse:
    body = f"<!doctype html><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>"
    return HTMLResponse(body, status_code=status)


async def clio_callback(request: Request) -> Response:
    """Clio's OAuth redirect after `/clio connect`: check the state, keep the tokens, tell Slack."""
    connections = request.app.state.runtime.connections
    if connections is None:
        return _page("Not set up", "This bot uses one shared Clio account.", 404)
    code, state = request.query_params.get("code"), request.query_params.get("state", "")
    if not code:
        return _page(
            "Not connected", "Clio did not approve the connection. Run /clio connect again.", 400
        )
    try:
        row, name = await connections.finish(code, state)
    except LookupError:
        log.warning("oauth callback refused: unknown, used or expired state")
        return _page(
            "Link expired",
            "This link was already used or has expired. Run /clio connect again.",
            400,
        )
    except ClioError:
        return _page("Not connected", "Clio refused the connection. Run /clio connect again.", 502)
    await request.app.state.deps.connected(request.app.state.slack_client, row, name)
    return _page("Connected to Clio", f"You are connected as {name}. You can go back to Slack.")


async def healthz(request: Request) -> Response:
    return JSONResponse({"ok": True})


def create_server(settings: Settings, *, runtime: Runtime | None = None) -> Starlette:
    """The bot's ASGI app; without a `runtime` it starts one with the server (lifespan)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        started = await start(settings)
        _attach(app, started)
        start_background(app)
        log.info("bot ready")
        try:
            yield
        finally:
            await started.close()

    app = Starlette(
        routes=[
            Route("/slack/events", slack_request, methods=["POST"]),
            Route("/slack/install", slack_request, methods=["GET"]),
            Route("/slack/oauth_redirect", slack_request, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route(CALLBACK_PATH, clio_callback, methods=["GET"]),
            Route(webhooks.PATH, webhooks.clio_webhook, methods=["POST"]),
        ],
        lifespan=lifespan if runtime is None else None,
    )
    if runtime is not None:
        _attach(app, runtime)
    return app
