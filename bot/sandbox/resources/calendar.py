"""Calendars and calendar entries, including recurring series, expanded occurrences and edits of one
occurrence (`_deleted: single|future`; occurrence ids as `settings.occurrence_ids` says), calendar
sharing and the fields a Free/Busy reader may not see (4.0.12)."""

from __future__ import annotations

import base64
import binascii
import copy
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import api
from .. import filters as f
from .. import writes as w
from ..errors import ApiError, bad_request, forbidden, not_found, unprocessable
from ..model import Ctx, Link, Redaction, Ref, Resource
from ..recurrence import Rule, occurrences, parse_rule
from ..redaction import CALENDAR_ENTRY
from ..store import Record
from ..timeutil import iso, parse_datetime
from .common import time_entries, time_entries_count

FIRM_ZONE = "America/New_York"
COLORS = (
    "#367B9C", "#FFA5A4", "#83D17F", "#FFAC7B", "#8E3F64", "#C75300", "#009CEC", "#62D6B1",
    "#9EEDCB", "#F9A2C4", "#616161", "#BBDA81", "#DFD3F8", "#D6C4A5", "#FFD478", "#6AC9DE",
    "#EABBB0", "#BFC2E1", "#DADADA", "#CDE2F5",
)  # fmt: skip
DEFAULT_WINDOW = timedelta(days=366)


# -- calendars -------------------------------------------------------------------------------------
def calendar_permission(ctx: Ctx, calendar: Record) -> str:
    """The reader's permission: a calendar's `shares` map a user id (or "firm") to `editor`,
    `viewer` or `limited_viewer` (Clio's "Free/Busy"); unshared, the firm calendar and personal
    calendars are everyone's to edit (the demo firm shares them so) and others' calendars to view."""
    shares = calendar.get("shares") or {}
    shared = shares.get(str(ctx.user["id"])) or shares.get("firm")
    if calendar["type"] == "AccountCalendar":
        return shared or "editor"
    if calendar.get("owner_id") == ctx.user["id"] or calendar.get("creator_id") == ctx.user["id"]:
        return "owner"
    return shared or ("editor" if calendar["type"] == "UserCalendar" else "viewer")


def can_write(permission: str) -> bool:
    return permission in ("owner", "editor")


def refuse_builtin_delete(ctx: Ctx, calendar: Record) -> None:
    if calendar["type"] != "AdhocCalendar":
        raise forbidden("User and firm calendars cannot be deleted")
    ctx.store.delete("calendars", calendar["id"])


CALENDARS = Resource(
    key="calendars",
    path="calendars",
    label="Calendar",
    schema="Calendar",
    id_base=660_000,
    relations={"creator": Ref("users", "creator_id")},
    computed={"permission": calendar_permission},
    filters={
        "type": f.by_value("type", choices=("AccountCalendar", "AdhocCalendar", "UserCalendar")),
        "visible": f.by_bool("visible"),
        "owner": f.only_when(lambda ctx, r: calendar_permission(ctx, r) == "owner"),
        "writeable": f.only_when(lambda ctx, r: calendar_permission(ctx, r) != "viewer"),
        "source": f.by_value("source", choices=("web", "mobile")),
    },
    writes={
        "name": w.text(),
        "color": w.text(choices=COLORS),
        "visible": w.boolean(),
        "source": w.text(choices=("web", "mobile")),
    },
    initial=lambda ctx: {
        "type": "AdhocCalendar",
        "creator_id": ctx.user["id"],
        "color": COLORS[0],
        "visible": True,
        "source": "web",
    },
    on_delete=refuse_builtin_delete,
)


# -- entries ---------------------------------------------------------------------------------------
def owner_zone(ctx: Ctx, entry: Record) -> ZoneInfo:
    calendar = ctx.store.get("calendars", entry.get("calendar_owner_id") or 0) or {}
    user = ctx.store.get("users", calendar.get("owner_id") or 0) or {}
    return ZoneInfo(user.get("time_zone") or FIRM_ZONE)


def attendees(ctx: Ctx, entry: Record) -> list[Link]:
    from .people import CONTACT_COMPUTED

    links: list[Link] = []
    for item in entry.get("attendees") or []:
        if item["type"] == "Calendar":
            calendar = ctx.store.get("calendars", item["id"])
            if calendar:
                links.append(Link("calendars", calendar, {"type": "Calendar"}))
        else:
            contact = ctx.store.get("contacts", item["id"])
            if contact:
                email = CONTACT_COMPUTED["primary_email_address"](ctx, contact)
                links.append(Link("contacts", contact, {"type": "Contact", "email": email}))
    return links


def calendars_of(ctx: Ctx, entry: Record) -> list[Link]:
    ids = [entry["calendar_owner_id"]]
    ids += [a["id"] for a in entry.get("attendees") or [] if a["type"] == "Calendar"]
    found = (ctx.store.get("calendars", ident) for ident in dict.fromkeys(ids))
    return [Link("calendars", c) for c in found if c]


def entry_permission(ctx: Ctx, entry: Record) -> str:
    """The calendar's permission; a Free/Busy reader who attends the entry is its viewer."""
    calendar = ctx.store.get("calendars", entry["calendar_owner_id"])
    permission = calendar_permission(ctx, calendar) if calendar else "viewer"
    invited = {a["id"] for a in entry.get("attendees") or [] if a["type"] == "Calendar"}
    if permission == "limited_viewer" and ctx.user.get("default_calendar_id") in invited:
        return "viewer"
    return permission


def restricted(ctx: Ctx, entry: Record) -> bool:
    return entry_permission(ctx, entry) == "limited_viewer"


def entry_redaction(ctx: Ctx, entry: Record) -> Redaction | None:
    return CALENDAR_ENTRY if restricted(ctx, entry) else None


def require_editor(ctx: Ctx, entry: Record) -> None:
    if not can_write(entry_permission(ctx, entry)):
        raise forbidden("You need editor permission on that calendar")


def write_owner(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    ident = w.ref_id(value, name)
    calendar = w.load_ref(ctx, "calendars", ident or 0)
    if not can_write(calendar_permission(ctx, calendar)):
        raise forbidden("You need editor permission on that calendar")
    record["calendar_owner_id"] = calendar["id"]


def write_attendees(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise unprocessable(f"{name} must be a list of objects")
    current = [dict(item) for item in record.get("attendees") or []]
    for item in value:
        kind = item.get("type")
        if kind not in ("Calendar", "Contact"):
            raise unprocessable(f"{name}.type must be Calendar or Contact")
        ident = w.ref_id(item, name) or 0
        entry = {"type": kind, "id": ident}
        if item.get("_destroy") in w.TRUTHY:
            current = [c for c in current if c != entry]
            continue
        w.load_ref(ctx, "calendars" if kind == "Calendar" else "contacts", ident, hidden_status=422)
        if entry not in current:
            current.append(entry)
    record["attendees"] = current


def write_rule(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if value in (None, ""):
        record["recurrence_rule"] = None
        return
    try:
        record["recurrence_rule"] = parse_rule(str(value)).text()
    except (ValueError, KeyError) as error:
        raise unprocessable(f"{name} is invalid: {error}") from None


def write_moment(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """Timestamps; dates before 1900 are moved to the year 1900, as Clio does."""
    w.moment()(ctx, record, name, value)
    if record.get(name) and parse_datetime(record[name]).year < 1900:
        record[name] = iso(parse_datetime(record[name]).replace(year=1900))


def check_entry(_ctx: Ctx, record: Record, _old: Record | None) -> None:
    w.require(record["end_at"] >= record["start_at"], "end_at must be after start_at")
    record.pop("_deleted", None)


def local_day(ctx: Ctx, entry: Record, name: str) -> str:
    """`start_date`/`end_date`: the reader's date; an all-day entry's own dates (its last day is
    the one before an end at midnight)."""
    moment = parse_datetime(entry[name])
    if not entry.get("all_day"):
        return moment.astimezone(ctx.tz).date().isoformat()
    if name == "end_at":
        moment = max(moment - timedelta(seconds=1), parse_datetime(entry["start_at"]))
    return moment.astimezone(owner_zone(ctx, entry)).date().isoformat()


def local_time(ctx: Ctx, entry: Record, name: str) -> str | None:
    """`start_time`/`end_time`: the reader's wall clock with the zone's abbreviation ("14:00
    EST"); none for an all-day entry."""
    if entry.get("all_day"):
        return None
    return parse_datetime(entry[name]).astimezone(ctx.tz).strftime("%H:%M %Z")


def series(ctx: Ctx, entry: Record, start: datetime, end: datetime) -> list[Record]:
    """The entry's occurrences overlapping [start, end] (the entry itself when not recurring)."""
    duration = parse_datetime(entry["end_at"]) - parse_datetime(entry["start_at"])
    if not entry.get("recurrence_rule"):
        first = parse_datetime(entry["start_at"])
        return [entry] if first <= end and first + duration >= start else []
    zone = owner_zone(ctx, entry)
    rule = parse_rule(entry["recurrence_rule"])
    found = []
    for moment in occurrences(rule, parse_datetime(entry["start_at"]), zone, end):
        day = moment.astimezone(zone).strftime("%Y%m%d")
        if moment + duration < start or day in entry.get("exdates", []):
            continue
        found.append(occurrence(ctx, entry, moment, duration, day))
    return found


def occurrence(ctx: Ctx, entry: Record, moment: datetime, duration: timedelta, day: str) -> Record:
    return {
        **entry,
        "start_at": iso(moment),
        "end_at": iso(moment + duration),
        "_occurrence_id": occurrence_id(ctx, entry["id"], day),
        "_day": day,
        "parent_calendar_entry_id": entry["id"],
    }


def occurrence_id(ctx: Ctx, series_id: int, day: str) -> str:
    """`<series>_<YYYYMMDD>`, or with `occurrence_ids="opaque"` a token that looks like neither."""
    if ctx.sb.settings.occurrence_ids == "opaque":
        return base64.b32encode(f"{series_id}:{day}".encode()).decode().rstrip("=").lower()
    return f"{series_id}_{day}"


def split_id(ctx: Ctx, raw_id: str) -> tuple[str, str | None]:
    """(series id, YYYYMMDD or None) from an entry's id in the shape this sandbox uses."""
    if raw_id.isdigit():
        return raw_id, None
    if ctx.sb.settings.occurrence_ids == "series_day":
        ident, _, day = raw_id.partition("_")
        return ident, day or None
    try:
        padded = raw_id.upper() + "=" * (-len(raw_id) % 8)
        ident, _, day = base64.b32decode(padded).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise not_found("CalendarEntry", raw_id) from None
    return ident, day or None


def bound(value: str | None, *, end: bool) -> datetime | None:
    if not value:
        return None
    try:
        moment = parse_datetime(value)
    except ValueError:
        raise bad_request(f"{'to' if end else 'from'} must be an ISO 8601 timestamp") from None
    if end and len(value.strip()) == 10:
        moment += timedelta(days=1) - timedelta(seconds=1)
    return moment


def entry_rows(ctx: Ctx, params: Mapping[str, list[str]]) -> list[Record]:
    start = bound(api.first(params, "from"), end=False)
    end = bound(api.first(params, "to"), end=True)
    expanded = f.parse_bool(api.first(params, "expanded") or "false")
    entries = ctx.store.all("calendar_entries")
    if not expanded and start is None and end is None:
        return entries
    low = start or datetime(1900, 1, 1, tzinfo=UTC)
    high = end or (start or ctx.now()) + DEFAULT_WINDOW
    rows: list[Record] = []
    for entry in entries:
        found = series(ctx, entry, low, high)
        if expanded:
            rows += found
        elif found:
            rows.append(entry)
    return sorted(rows, key=lambda r: (r["start_at"], r["id"])) if expanded else rows


def on_calendar(values: list[str]) -> Any:
    wanted = {int(v) for v in values}
    return lambda ctx, r: bool(wanted & {c.record["id"] for c in calendars_of(ctx, r)})


CALENDAR_ENTRIES = Resource(
    key="calendar_entries",
    path="calendar_entries",
    label="CalendarEntry",
    schema="CalendarEntry",
    id_base=770_000,
    relations={
        "calendar_owner": Ref("calendars", "calendar_owner_id"),
        "matter": Ref("matters", "matter_id"),
        "parent_calendar_entry": Ref("calendar_entries", "parent_calendar_entry_id"),
    },
    computed={
        "id": lambda ctx, r: r.get("_occurrence_id", r["id"]),
        "start_date": lambda ctx, r: local_day(ctx, r, "start_at"),
        "end_date": lambda ctx, r: local_day(ctx, r, "end_at"),
        "start_time": lambda ctx, r: local_time(ctx, r, "start_at"),
        "end_time": lambda ctx, r: local_time(ctx, r, "end_at"),
        "attendees": attendees,
        "calendars": calendars_of,
        "permission": entry_permission,
        "start_at_time_zone": lambda ctx, r: owner_zone(ctx, r).key,
        "court_rule": lambda ctx, r: False,
        "time_entries": time_entries("calendar_entry_id"),
        "time_entries_count": time_entries_count("calendar_entry_id"),
    },
    filters={
        "calendar_id": on_calendar,
        "matter_id": f.by_id("matter_id"),
        "is_all_day": f.by_bool("all_day"),
        "visible": f.only_when(
            lambda ctx, r: bool(
                (ctx.store.get("calendars", r["calendar_owner_id"]) or {}).get("visible")
            )
        ),
        "source": f.by_value("source", choices=("web", "mobile")),
    },
    search=lambda ctx, r: (
        () if restricted(ctx, r) else (r["summary"], r.get("description"), r.get("location"))
    ),
    redact=entry_redaction,
    writes={
        "summary": w.text(),
        "description": w.text(),
        "location": w.text(),
        "start_at": write_moment,
        "end_at": write_moment,
        "all_day": w.boolean(),
        "recurrence_rule": write_rule,
        "calendar_owner": write_owner,
        "matter": w.ref("matters", "matter_id"),
        "attendees": write_attendees,
        "external_properties": w.items(allowed=("name", "value")),
        "send_email_notification": w.ignored,
        "calendar_entry_event_type": w.ignored,
        "conference_meeting": w.ignored,
    },
    required=("summary", "start_at", "end_at", "calendar_owner"),
    initial=lambda ctx: {
        "all_day": False,
        "attendees": [],
        "exdates": [],
        "creator_id": ctx.user["id"],
        "source": "web",
        "recurrence_rule": None,
    },
    validate=check_entry,
    rows=entry_rows,
    webhook_model="calendar_entry",
)


# -- one occurrence of a series --------------------------------------------------------------------
def find_occurrence(ctx: Ctx, raw_id: str) -> tuple[Record, Record | None]:
    """The series and, for an occurrence's id, that day's occurrence."""
    ident, day = split_id(ctx, raw_id)
    entry = api.load(ctx, CALENDAR_ENTRIES, ident)
    if not day:
        return entry, None
    if not entry.get("recurrence_rule"):
        raise not_found("CalendarEntry", raw_id)
    zone = owner_zone(ctx, entry)
    try:
        local_day = datetime.strptime(day, "%Y%m%d").replace(tzinfo=zone)
    except ValueError:
        raise not_found("CalendarEntry", raw_id) from None
    for found in series(ctx, entry, local_day - timedelta(days=1), local_day + timedelta(days=2)):
        if found["_occurrence_id"] == raw_id:
            return entry, found
    raise not_found("CalendarEntry", raw_id)


def edit_occurrence(ctx: Ctx, entry: Record, found: Record, data: dict[str, Any]) -> Record:
    """`_deleted: single` detaches this occurrence; `future` ends the series before it. Other
    attributes in `data` then apply to the detached occurrence (or to a new series from it)."""
    scope = data.get("_deleted")
    changes = {k: v for k, v in data.items() if k != "_deleted"}
    if scope == "future":
        rule = parse_rule(entry["recurrence_rule"])
        cut = parse_datetime(found["start_at"]) - timedelta(seconds=1)
        ended = Rule(rule.freq, rule.interval, None, cut, rule.byday).text()
        api.update(ctx, CALENDAR_ENTRIES, entry, {"recurrence_rule": ended})
        if not changes:
            return ctx.store.get("calendar_entries", entry["id"]) or entry
        rest = Rule(rule.freq, rule.interval, None, rule.until, rule.byday).text()
        return clone(ctx, found, {"recurrence_rule": rest, **changes}, parent=None)
    day = found["_day"]
    updated = api.update(
        ctx, CALENDAR_ENTRIES, entry, {}, adjust=lambda r: r.setdefault("exdates", []).append(day)
    )
    if not changes:
        return updated
    return clone(ctx, found, {"recurrence_rule": None, **changes}, parent=entry["id"])


def clone(ctx: Ctx, found: Record, data: dict[str, Any], *, parent: int | None) -> Record:
    """A new entry from an occurrence: detached from its series (`parent` the series), or the
    start of a new series (no parent)."""
    base = {
        k: v
        for k, v in found.items()
        if k not in ("id", "etag", "_v", "_occurrence_id", "_day", "created_at", "updated_at")
    }
    base["exdates"] = []
    base["parent_calendar_entry_id"] = parent

    def initial(_ctx: Ctx) -> Record:
        return copy.deepcopy(base)

    return api.create(ctx, replace(CALENDAR_ENTRIES, initial=initial, required=()), data)


async def entry_endpoint(request: Request) -> Response:
    ctx = api.ctx_of(request)
    params = api.params_of(request)
    entry, found = find_occurrence(ctx, request.path_params["id"])
    picks = api.picks_for(CALENDAR_ENTRIES, params)
    if request.method == "GET":
        if api.not_modified(request, entry):
            return Response(status_code=304, headers=api.record_headers(CALENDAR_ENTRIES, entry))
        return api.show(ctx, CALENDAR_ENTRIES, found or entry, picks)
    if request.method == "PATCH":
        require_editor(ctx, entry)
        data = await api.read_data(request)
        expected = request.headers.get("if-match")
        if expected is not None and expected.strip() not in (entry["etag"], "*"):
            raise ApiError(412, "The resource has been changed since it was last fetched")
        if found is not None and data.get("_deleted") in ("single", "future"):
            return api.show(ctx, CALENDAR_ENTRIES, edit_occurrence(ctx, entry, found, data), picks)
        return api.show(
            ctx, CALENDAR_ENTRIES, api.update(ctx, CALENDAR_ENTRIES, entry, data), picks
        )
    if request.method == "DELETE":
        require_editor(ctx, entry)
        if found is not None:
            edit_occurrence(ctx, entry, found, {"_deleted": "single"})
        else:
            api.destroy(ctx, CALENDAR_ENTRIES, entry)
        return Response(status_code=204)
    raise ApiError(405, f"{request.method} is not supported here", type="MethodNotAllowed")


def routes() -> list[Route]:
    return [
        Route("/api/v4/calendar_entries/{id}", entry_endpoint, methods=["GET", "PATCH", "DELETE"])
    ]


RESOURCES = (CALENDARS, CALENDAR_ENTRIES)
