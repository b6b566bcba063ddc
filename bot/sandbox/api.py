"""Generic list/get/create/update/delete driven by the resource registry, and their endpoints."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import ApiError, bad_request, not_found, unprocessable
from .fields import Selection, parse_fields
from .filters import COMMON
from .model import Ctx, Predicate, Resource
from .paging import next_url, page, parse_limit, sort_records
from .render import render
from .store import Record
from .timeutil import http_date, iso, parse_datetime, parse_http_date

Endpoint = Callable[[Request], Awaitable[Response]]
Params = Mapping[str, list[str]]


def ctx_of(request: Request) -> Ctx:
    return Ctx(request.app.state.sandbox, request.state.user, dict(request.path_params))


def params_of(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    return params


def first(params: Params, name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


def picks_for(res: Resource, params: Params) -> Selection:
    return parse_fields(first(params, "fields"), res.schema)


async def read_data(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise bad_request("The request body is not valid JSON") from None
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        raise bad_request('The request body must be a JSON object with a "data" object')
    return data


# -- records -------------------------------------------------------------------------------------
def etag_for(res: Resource, record: Record) -> str:
    seed = f"{res.key}:{record['id']}:{record.get('_v', 0)}:{record.get('updated_at')}"
    return '"' + hashlib.md5(seed.encode()).hexdigest() + '"'


def stamp(ctx: Ctx, res: Resource, record: Record, *, new: bool) -> None:
    now = iso(ctx.now())
    if new:
        record["id"] = ctx.sb.next_id(res.key)
        record.setdefault("created_at", now)
    record["updated_at"] = now
    record["_v"] = record.get("_v", 0) + 1
    record["etag"] = etag_for(res, record)


def visible(ctx: Ctx, res: Resource, record: Record) -> bool:
    return res.visible is None or res.visible(ctx, record)


def load(ctx: Ctx, res: Resource, raw_id: str | int) -> Record:
    try:
        ident = int(raw_id)
    except (TypeError, ValueError):
        raise not_found(res.label, raw_id) from None
    record = ctx.store.get(res.key, ident)
    if record is None or not visible(ctx, res, record):
        raise not_found(res.label, raw_id)
    return record


def blank(value: Any) -> bool:
    if isinstance(value, dict):
        return value.get("id") in (None, "")
    return value is None or value == "" or value == []


def apply(ctx: Ctx, res: Resource, record: Record, data: Mapping[str, Any]) -> None:
    for name, value in data.items():
        writer = res.writes.get(name)
        if writer is not None:
            writer(ctx, record, name, value)


def create(ctx: Ctx, res: Resource, data: Mapping[str, Any]) -> Record:
    for name in res.create_required:
        if blank(data.get(name)):
            raise unprocessable(f"{name} can't be blank")
    record: Record = res.initial(ctx) if res.initial else {}
    apply(ctx, res, record, data)
    if res.validate:
        res.validate(ctx, record, None)
    stamp(ctx, res, record, new=True)
    ctx.store.put(res.key, record)
    if res.after_save:
        res.after_save(ctx, record, None)
        record = ctx.store.get(res.key, record["id"]) or record
    ctx.sb.webhooks.record_changed(res, "created", None, record)
    return record


def update(
    ctx: Ctx,
    res: Resource,
    old: Record,
    data: Mapping[str, Any],
    *,
    adjust: Callable[[Record], None] | None = None,
) -> Record:
    """Apply `data` (and `adjust`, for internal state) to a copy of `old`, validate and save it."""
    record = copy.deepcopy(old)
    apply(ctx, res, record, data)
    if adjust is not None:
        adjust(record)
    if res.validate:
        res.validate(ctx, record, old)
    stamp(ctx, res, record, new=False)
    ctx.store.put(res.key, record)
    if res.after_save:
        res.after_save(ctx, record, old)
        record = ctx.store.get(res.key, record["id"]) or record
    ctx.sb.webhooks.record_changed(res, "updated", old, record)
    return record


def destroy(ctx: Ctx, res: Resource, record: Record) -> None:
    """Delete (or let the resource trash, void, refuse...) and tell the webhooks."""
    if res.on_delete:
        res.on_delete(ctx, record)
    else:
        ctx.store.delete(res.key, record["id"])
    ctx.sb.webhooks.record_changed(res, "deleted", record, None)


# -- responses -----------------------------------------------------------------------------------
def record_headers(res: Resource, record: Record) -> dict[str, str]:
    return {"ETag": record["etag"], "Last-Modified": http_date(record["updated_at"])}


def show(ctx: Ctx, res: Resource, record: Record, picks: Selection, status: int = 200) -> Response:
    body = {"data": render(ctx, res, record, picks)}
    return JSONResponse(body, status_code=status, headers=record_headers(res, record))


def not_modified(request: Request, record: Record) -> bool:
    tags = request.headers.get("if-none-match")
    if tags is not None:
        return record["etag"] in [t.strip() for t in tags.split(",")] or tags.strip() == "*"
    since = request.headers.get("if-modified-since")
    moment = parse_http_date(since) if since else None
    return moment is not None and parse_datetime(record["updated_at"]) <= moment


def predicates(res: Resource, params: Params) -> list[Predicate]:
    found: list[Predicate] = []
    for name, values in params.items():
        factory = res.filters.get(name) or COMMON.get(name)
        if factory is None:
            continue
        try:
            found.append(factory(values))
        except (ValueError, TypeError):
            raise bad_request(f"{name} has an invalid value: {', '.join(values)}") from None
    query = first(params, "query")
    if query and res.search is not None:
        needle = query.lower()
        search = res.search
        found.append(
            lambda ctx, record: any(needle in (t or "").lower() for t in search(ctx, record))
        )
    return found


def list_response(request: Request, ctx: Ctx, res: Resource, params: Params) -> Response:
    """An index: filter, order (`rows` hooks keep their own order unless asked), page, render."""
    if res.check_list:
        res.check_list(params)
    picks = picks_for(res, params)
    limit = parse_limit(first(params, "limit"), res.max_limit)
    asked = first(params, "order")
    order = asked or res.default_order
    tests = predicates(res, params)
    rows = res.rows(ctx, params) if res.rows else ctx.store.all(res.key)
    rows = [r for r in rows if visible(ctx, res, r) and all(test(ctx, r) for test in tests)]
    if asked or res.rows is None or order != "id(asc)":
        rows = sort_records(ctx, res, rows, order)
    chunk, state = page(
        rows,
        order=order if res.rows is None else "",
        limit=limit,
        token=first(params, "page_token"),
        offset=first(params, "offset"),
    )
    paging: dict[str, str] = {}
    if state is not None:
        base = ctx.sb.public_url + request.scope.get("sandbox.path", request.url.path)
        paging["next"] = next_url(base, list(request.query_params.multi_items()), state)
    data = [render(ctx, res, record, picks) for record in chunk]
    return JSONResponse({"data": data, "meta": {"paging": paging, "records": len(rows)}})


# -- endpoints -----------------------------------------------------------------------------------
def collection_endpoint(res: Resource) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        ctx = ctx_of(request)
        params = params_of(request)
        if request.method == "GET" and res.can("list"):
            return list_response(request, ctx, res, params)
        if request.method == "POST" and res.can("create"):
            picks = picks_for(res, params)
            record = create(ctx, res, await read_data(request))
            return show(ctx, res, record, picks, status=201)
        raise ApiError(405, f"{request.method} is not supported here", type="MethodNotAllowed")

    return endpoint


def member_endpoint(res: Resource) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        ctx = ctx_of(request)
        params = params_of(request)
        record = load(ctx, res, request.path_params["id"])
        if request.method == "GET" and res.can("get"):
            picks = picks_for(res, params)
            if not_modified(request, record):
                return Response(status_code=304, headers=record_headers(res, record))
            return show(ctx, res, record, picks)
        if request.method == "PATCH" and res.can("update"):
            picks = picks_for(res, params)
            data = await read_data(request)
            expected = request.headers.get("if-match")
            if expected is not None and expected.strip() not in (record["etag"], "*"):
                raise ApiError(412, "The resource has been changed since it was last fetched")
            return show(ctx, res, update(ctx, res, record, data), picks)
        if request.method == "DELETE" and res.can("delete"):
            destroy(ctx, res, record)
            return Response(status_code=204)
        raise ApiError(405, f"{request.method} is not supported here", type="MethodNotAllowed")

    return endpoint
