"""`create_app`: the Starlette application serving the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import api, oauth, uploads
from .core import Sandbox
from .errors import DEFAULT_TYPES, ApiError, not_found
from .fields import parse_fields
from .gate import ApiGate
from .redaction import contact_stub, contact_visible
from .registry import REGISTRY
from .render import render
from .resources import calendar, documents, timer, webhooks
from .resources.matters import MATTERS
from .resources.people import CONTACTS, USERS
from .settings import SandboxSettings

CUSTOM_COLLECTIONS = {"documents"}
CUSTOM_MEMBERS = {"calendar_entries"}


async def who_am_i(request: Request) -> Response:
    ctx = api.ctx_of(request)
    picks = api.picks_for(USERS, api.params_of(request))
    if api.not_modified(request, ctx.user):
        return Response(status_code=304, headers=api.record_headers(USERS, ctx.user))
    return api.show(ctx, USERS, ctx.user, picks)


async def matter_client(request: Request) -> Response:
    ctx = api.ctx_of(request)
    params = api.params_of(request)
    matter = api.load(ctx, MATTERS, request.path_params["matter_id"])
    client = ctx.store.get("contacts", matter["client_id"])
    if client is None:
        raise not_found("Contact", matter["client_id"])
    headers = api.record_headers(CONTACTS, client)
    if not contact_visible(ctx, client):
        return JSONResponse({"data": contact_stub(client)}, headers=headers)
    picks = parse_fields(api.first(params, "fields"), "Client")
    data = render(
        ctx, CONTACTS, client, picks, schema="Client", overrides={"is_matter_client": True}
    )
    return JSONResponse({"data": data}, headers=headers)


def routes() -> list[BaseRoute]:
    found: list[BaseRoute] = [
        *oauth.routes(),
        *uploads.routes(),
        Route("/api/v4/users/who_am_i", who_am_i, methods=["GET"]),
        Route("/api/v4/matters/{matter_id}/client", matter_client, methods=["GET"]),
        *timer.routes(),
        *calendar.routes(),
        *documents.routes(),
        *webhooks.routes(),
    ]
    for res in REGISTRY.values():
        if res.actions & {"list", "create"} and res.key not in CUSTOM_COLLECTIONS:
            methods = ["GET"] * res.can("list") + ["POST"] * res.can("create")
            found.append(
                Route(f"/api/v4/{res.path}", api.collection_endpoint(res), methods=methods)
            )
    for res in REGISTRY.values():
        if res.actions & {"get", "update", "delete"} and res.key not in CUSTOM_MEMBERS:
            methods = ["GET"] * res.can("get") + ["PATCH"] * res.can("update")
            methods += ["DELETE"] * res.can("delete")
            found.append(
                Route(f"/api/v4/{res.path}/{{id}}", api.member_endpoint(res), methods=methods)
            )
    return found


async def api_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return error.response()


async def http_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    kind = DEFAULT_TYPES.get(error.status_code, "Error")
    message = "No such endpoint" if error.status_code == 404 else str(error.detail)
    return ApiError(error.status_code, message, type=kind).response()


def create_app(
    db_path: str | None = None,
    *,
    public_url: str = "http://sandbox.test",
    clock: Callable[[], datetime] | None = None,
    settings: SandboxSettings | None = None,
    webhook_transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    """A Clio API v4-compatible app with the demo firm; `app.state.sandbox` is its `Sandbox`."""
    sandbox = Sandbox(
        db_path,
        public_url=public_url,
        clock=clock,
        settings=settings,
        webhook_transport=webhook_transport,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        await sandbox.aclose()

    app = Starlette(
        routes=routes(),
        middleware=[Middleware(ApiGate, sandbox=sandbox)],
        exception_handlers={ApiError: api_error, HTTPException: http_error},
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    return app
