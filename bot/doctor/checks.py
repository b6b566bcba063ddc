"""The assumptions the bot makes about Clio, one check each; every check only reads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from pydantic import ValidationError

from bot.clio import REGION_HOSTS, ClioClient, ClioError, ClioForbidden, ClioNotFound
from bot.clio import models as m
from bot.clio.models import fields_for
from bot.clio.regions import API_PREFIX
from bot.clio.resources import Resource
from bot.doctor.findings import Status

RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
REQUIRED_FILTERS = {"notes": {"type": "Matter"}}  # lists Clio reads only with a filter
WEEKS_AHEAD = 6  # how far the calendar is searched for a recurring entry

Verdict = tuple[Status, str]


@dataclass(frozen=True)
class Probe:
    """What the checks share: the client, who_am_i's answer (its headers too) and the time."""

    clio: ClioClient
    me: m.Me
    answer: httpx.Response
    now: dt.datetime


Check = Callable[[Probe], Awaitable[Verdict]]
CHECKS: list[tuple[str, Check]] = []


def check(name: str) -> Callable[[Check], Check]:
    """Register a check under the name its line shows; they run in this order."""

    def register(function: Check) -> Check:
        CHECKS.append((name, function))
        return function

    return register


async def who_am_i(clio: ClioClient) -> tuple[m.Me, httpx.Response]:
    """The typed `who_am_i` read, with Clio's answer kept for its headers."""
    answer = await clio.send("GET", "users/who_am_i.json", params={"fields": fields_for(m.Me)})
    return m.Me.model_validate(answer.json()["data"]), answer


def unparsed(error: ValidationError) -> str:
    """Where Clio's answer did not fit the model (locations only: values may be client data)."""
    places = sorted({".".join(str(part) for part in e["loc"]) for e in error.errors()})
    return f"the answer does not fit the client's model at {', '.join(places)}"


def where(base_url: str) -> str:
    """The API host, and the region it belongs to."""
    app = base_url.removesuffix(API_PREFIX)
    region = next((key for key, host in REGION_HOSTS.items() if host == app), None)
    host = urlsplit(app).netloc
    return f"host {host} ({region} region)" if region else f"host {host} (not a Clio region)"


@check("version")
async def version(probe: Probe) -> Verdict:
    """Clio answers in the pinned X-API-VERSION; where it is and who the token is."""
    answered = probe.answer.headers.get("X-API-VERSION")
    pinned = probe.clio.api_version
    me = f"who_am_i: user {probe.me.id} {probe.me.name or ''}".rstrip()
    facts = f"{where(probe.clio.base_url)} · {me}"
    if answered != pinned:
        said = f"X-API-VERSION {answered}" if answered else "no X-API-VERSION"
        return "fail", f"Clio answered {said}, the bot pins {pinned} (CLIO_API_VERSION) · {facts}"
    return "ok", f"X-API-VERSION {answered} as pinned · {facts}"


@check("fields")
async def fields(probe: Probe) -> Verdict:
    """Each collection the client reads accepts the `fields` its model asks for."""
    readable = [r for r in vars(probe.clio).values() if isinstance(r, Resource)]
    refused, closed = [], []
    for resource in readable:
        try:
            await resource.page(REQUIRED_FILTERS.get(resource.path), limit=1)
        except (ClioForbidden, ClioNotFound) as error:
            closed.append(f"{resource.path} ({error.status})")
        except ClioError as error:
            refused.append(f"{resource.path}: {error.message}")
        except ValidationError as error:
            refused.append(f"{resource.path}: {unparsed(error)}")
    if refused:
        return "fail", "; ".join(refused)
    total = len(readable)
    if closed:
        readable_now = total - len(closed)
        return "warn", (
            f"{readable_now} of {total} collections accept the client's fields; "
            f"this account may not read {', '.join(closed)}"
        )
    return "ok", f"all {total} collections the client reads accept its fields (limit=1 each)"


@check("rate limits")
async def rate_limits(probe: Probe) -> Verdict:
    """Answers carry the X-RateLimit-* headers the client paces itself by."""
    headers = probe.answer.headers
    missing = [name for name in RATE_LIMIT_HEADERS if name not in headers]
    if missing:
        return "fail", (
            f"no {', '.join(missing)} on Clio's answers: the client cannot pace itself "
            "before Clio refuses with 429 (it still waits out Retry-After)"
        )
    limit, remaining, reset = (headers[name] for name in RATE_LIMIT_HEADERS)
    try:
        ends = dt.datetime.fromtimestamp(float(reset), dt.UTC)
        int(remaining)
    except ValueError:
        return "fail", f"X-RateLimit-Remaining {remaining!r} or -Reset {reset!r} is not a number"
    return "ok", f"{limit} a minute, {remaining} left, window ends {ends:%H:%M:%S} UTC"


@check("idle timer")
async def idle_timer(probe: Probe) -> Verdict:
    """What GET /timer.json answers when no timer runs: 404, `data: null` or empty `data`."""
    try:
        answer = await probe.clio.send("GET", "timer.json", params={"fields": fields_for(m.Timer)})
    except ClioNotFound:
        return "ok", "404 (no timer running)"
    try:
        body = answer.json()
    except ValueError:
        return "fail", f"{answer.status_code} that is not JSON"
    if not isinstance(body, dict) or "data" not in body:
        return "fail", f'{answer.status_code} without "data"'
    data = body["data"]
    if data is None:
        return "ok", f'{answer.status_code} with "data": null (no timer running)'
    if data in ({}, []):
        return "ok", f'{answer.status_code} with empty "data" (no timer running)'
    if isinstance(data, dict) and data.get("id") is not None:
        return "warn", (
            f"a timer is running (timer {data['id']}), so the idle answer could not be seen: "
            "stop it and run doctor again"
        )
    return "fail", f'{answer.status_code} with "data" of an unknown shape'


def id_shape(entry: m.CalendarEntry) -> str:
    """An occurrence's id in words: `{parent}_{YYYYMMDD}`, `{parent}`, `<digits>`..."""
    text = entry.id
    if entry.parent_calendar_entry_id is not None:
        text = text.replace(str(entry.parent_calendar_entry_id), "{parent}", 1)
    if entry.start_at is not None:
        for moment in (entry.start_at, entry.start_at.astimezone(dt.UTC)):
            text = text.replace(f"{moment:%Y%m%d}", "{YYYYMMDD}", 1)
    return re.sub(r"\d+", "<digits>", text)


@check("occurrence ids")
async def occurrence_ids(probe: Probe) -> Verdict:
    """Occurrences of a recurring entry: their id shape, and that parent and start identify them."""
    params = {
        "expanded": "true",
        "from": probe.now.isoformat(timespec="seconds"),
        "to": (probe.now + dt.timedelta(weeks=WEEKS_AHEAD)).isoformat(timespec="seconds"),
    }
    page = await probe.clio.calendar_entries.page(
        params, fields="id,start_at,parent_calendar_entry_id,recurrence_rule"
    )
    recurring = [e for e in page.items if e.recurrence_rule or e.parent_calendar_entry_id]
    if not recurring:
        return "warn", (
            f"no recurring entry in the next {WEEKS_AHEAD} weeks ({len(page.items)} entries "
            "read), so the occurrence ids could not be seen"
        )
    keys = [(e.parent_calendar_entry_id, e.start_at) for e in recurring]
    lacking = sum(parent is None or start is None for parent, start in keys)
    shapes = ", ".join(sorted({id_shape(e) for e in recurring}))
    seen = f"{len(recurring)} occurrences, id shape {shapes}"
    if lacking:
        return "fail", (
            f"{seen}; {lacking} lack parent_calendar_entry_id or start_at, by which the bot "
            "finds an occurrence"
        )
    if len(set(keys)) < len(keys):
        return "fail", f"{seen}; some share parent_calendar_entry_id and start_at"
    return "ok", f"{seen}; parent_calendar_entry_id and start_at identify each"


@check("received_at")
async def received_at(probe: Probe) -> Verdict:
    """Communications are read with `received_at`, which the bot shows and sends."""
    page = await probe.clio.communications.page(
        {"order": "id(desc)"}, fields="id,received_at", limit=1
    )
    if not page.items:
        return "warn", "no communication to read, so received_at could not be seen"
    newest = page.items[0]
    if newest.received_at is None:
        return "fail", f"the newest communication ({newest.id}) came without received_at"
    return "ok", f"the newest communication ({newest.id}) has received_at"


def redaction_fields(model: type[m.ClioModel]) -> list[str]:
    """The redaction markers of a model that can be asked for with `fields`."""
    names = [info.alias or name for name, info in model.model_fields.items()]
    return [n for n in names if n.endswith("redacted") and n not in model.NOT_FIELDS]


@check("redaction")
async def redaction(probe: Probe) -> Verdict:
    """Reads with the redaction markers the client relies on are accepted."""
    marked = redaction_fields(m.Activity)
    activities = await probe.clio.activities.page(fields=",".join(["id", *marked]), limit=1)
    stub = fields_for(m.ContactStub)  # what a hidden contact still shows
    await probe.clio.contacts.page(fields=stub, limit=1)
    hidden = sum(bool(a.quantity_redacted) for a in activities.items)
    seen = f" (hours hidden on {hidden} of {len(activities.items)} read)" if hidden else ""
    return "ok", (
        f"activities accept {', '.join(marked)}{seen}; contacts accept {stub} "
        "(Clio adds redacted: true to a hidden contact by itself)"
    )


@check("practice areas")
async def practice_areas(probe: Probe) -> Verdict:
    """GET practice_areas answers directly or through a redirect the client follows (one
    elsewhere is a ClioError: the check fails saying where)."""
    answer = await probe.clio.send(
        "GET", "practice_areas.json", params={"fields": fields_for(m.PracticeArea), "limit": 1}
    )
    hops = [
        f"{hop.status_code} to {urlsplit(hop.headers['location']).path}" for hop in answer.history
    ]
    try:
        items = answer.json()["data"]
    except (ValueError, KeyError, TypeError):
        items = None
    if not isinstance(items, list):
        return "fail", f"{answer.status_code} without a list of practice areas"
    try:
        for item in items:
            m.PracticeArea.model_validate(item)
    except ValidationError as error:
        return "fail", unparsed(error)
    if hops:
        return "ok", f"answered after a {', then '.join(hops)}, which the client follows"
    return "ok", f"answered directly ({answer.status_code})"
