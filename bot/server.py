"""The ASGI app (Starlette): Slack's request URL, Clio's OAuth and webhooks, a health check."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import logging
import time
from collections.abc import AsyncIterator

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot import readiness
from bot.clio import ClioError
from bot.config import Settings
from bot.connections import CALLBACK_PATH, WrongClioUser
from bot.guard import Guard, refuse
from bot.runtime import Runtime, start
from bot.slack import intake
from bot.slack.app import build_app
from bot.slack.notifications.relay import Relay
from bot.webhooks import receiver as webhooks
from bot.webhooks.upkeep import Upkeep

log = logging.getLogger(__name__)

REFUSED = {400: "Bad request", 401: "Unauthorized"}


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
    """Events, commands and interactions, signed by Slack; (many workspaces) the install pages."""
    if request.method == "POST":
        body = await request.body()
        secret = request.app.state.runtime.settings.slack_signing_secret
        refusal = intake.signature_refusal(
            secret.get_secret_value() if secret else None, request.headers, body, now=time.time()
        ) or intake.body_refusal(request.headers.get("content-type"), body)
        if refusal is not None:
            refuse(request, refusal.reason)
            return PlainTextResponse(REFUSED[refusal.status], status_code=refusal.status)
    return await request.app.state.slack.handle(request)


def _page(title: str, text: str, status: int = 200) -> HTMLResponse:
    body = f"<!doctype html><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>"
    return HTMLResponse(body, status_code=status)


async def clio_callback(request: Request) -> Response:
    """Clio's OAuth redirect after `/clio connect`: check the state, keep the tokens, tell Slack."""
    connections = request.app.state.runtime.connections
    if connections is None:
        refuse(request, "each person does not connect their own Clio account here")
        return _page("Not set up", "This bot uses one shared Clio account.", 404)
    code, state = request.query_params.get("code"), request.query_params.get("state", "")
    if not code:
        refuse(request, "no code: Clio did not approve")
        return _page(
            "Not connected", "Clio did not approve the connection. Run /clio connect again.", 400
        )
    deps = request.app.state.deps
    try:
        expected = functools.partial(deps.expected_clio_email, request.app.state.slack_client)
        row, name = await connections.finish(code, state, expected)
    except WrongClioUser as wrong:
        await deps.refused(request.app.state.slack_client, wrong)
        return _page("Not connected", wrong.text, 403)
    except LookupError:
        refuse(request, "unknown, used or expired state")
        return _page(
            "Link expired",
            "This link was already used or has expired. Run /clio connect again.",
            400,
        )
    except ClioError:
        return _page("Not connected", "Clio refused the connection. Run /clio connect again.", 502)
    await deps.connected(request.app.state.slack_client, row, name)
    return _page("Connected to Clio", f"You are connected as {name}. You can go back to Slack.")


async def healthz(request: Request) -> Response:
    """Liveness: the process answers (nothing else is checked)."""
    return JSONResponse({"ok": True})


async def readyz(request: Request) -> Response:
    """Readiness: the database and Clio answer; 503 with what does not."""
    found = await readiness.checks(request.app.state.runtime)
    ready = all(state == "ok" for state in found.values())
    if ready != getattr(request.app.state, "ready", True):  # logged when it changes
        states = ", ".join(f"{name} {state}" for name, state in found.items())
        log.warning("%s: %s", "ready" if ready else "not ready", states)
    request.app.state.ready = ready
    return JSONResponse({"ok": ready, **found}, status_code=200 if ready else 503)


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
            Route("/readyz", readyz, methods=["GET"]),
            Route(CALLBACK_PATH, clio_callback, methods=["GET"]),
            Route(webhooks.PATH, webhooks.clio_webhook, methods=["POST"]),
        ],
        middleware=[Middleware(Guard)],
        lifespan=lifespan if runtime is None else None,
    )
    if runtime is not None:
        _attach(app, runtime)
    return app
