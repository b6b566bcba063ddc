"""`/timer.json`: the current user's single running timer (GET, POST to start, DELETE to stop)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import api
from ..errors import ApiError, not_found, unprocessable
from ..model import Ctx
from ..store import Record
from ..timeutil import iso, parse_datetime
from ..writes import ref_id
from .activities import ACTIVITIES, TIMERS


def running(ctx: Ctx) -> Record | None:
    return next((t for t in ctx.store.all("timers") if t["user_id"] == ctx.user["id"]), None)


def stop_timer(ctx: Ctx, timer: Record) -> None:
    """Add the elapsed time to the activity and remove the timer."""
    ctx.store.delete("timers", timer["id"])
    activity = ctx.store.get("activities", timer["activity_id"])
    if activity is not None:
        elapsed = (ctx.now() - parse_datetime(timer["start_time"])).total_seconds()
        quantity = float(activity.get("quantity") or 0) + round(elapsed)
        api.update(ctx, ACTIVITIES, activity, {"quantity": quantity})


def start_timer(ctx: Ctx, activity: Record) -> Record:
    current = running(ctx)
    if current is not None:
        stop_timer(ctx, current)
    timer: Record = {"user_id": ctx.user["id"], "activity_id": activity["id"]}
    timer["start_time"] = iso(ctx.now())
    api.stamp(ctx, TIMERS, timer, new=True)
    return ctx.store.put("timers", timer)


def idle(ctx: Ctx) -> Response:
    """`GET` with no timer running, answered as `settings.idle_timer` says."""
    answer = ctx.sb.settings.idle_timer
    if answer == "null":
        return JSONResponse({"data": None})
    if answer == "empty":
        return JSONResponse({"data": {}})
    raise not_found("Timer", "current")


async def timer_endpoint(request: Request) -> Response:
    ctx = api.ctx_of(request)
    params = api.params_of(request)
    picks = api.picks_for(TIMERS, params)
    if request.method == "POST":
        data = await api.read_data(request)
        ident = ref_id(data.get("activity"), "activity")
        if ident is None:
            raise unprocessable("activity can't be blank")
        activity = api.load(ctx, ACTIVITIES, ident)
        if activity.get("type") != "TimeEntry":
            raise unprocessable("Timers can only run on time entries")
        return api.show(ctx, TIMERS, start_timer(ctx, activity), picks, status=201)
    timer = running(ctx)
    if timer is None and request.method == "GET":
        return idle(ctx)
    if timer is None:
        raise not_found("Timer", "current")
    if request.method == "DELETE":
        stop_timer(ctx, timer)
        return Response(status_code=204)
    if request.method == "GET":
        return api.show(ctx, TIMERS, timer, picks)
    raise ApiError(405, f"{request.method} is not supported here", type="MethodNotAllowed")


def routes() -> list[Route]:
    return [Route("/api/v4/timer", timer_endpoint, methods=["GET", "POST", "DELETE"])]
