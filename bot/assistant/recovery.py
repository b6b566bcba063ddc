"""After the bot stopped mid-confirm: look in Clio for the write it may have made (never write).

The markers, per kind of plan:
- a create: one record of the collection created since the confirmation (a minute's margin for
  clocks) that shows every planned value it has a field for: plain values, and references by id
  (a time entry's matter, date, quantity, note, user...);
- an update: the record's etag moved on and it shows the planned values (written), or its etag
  is still the one the plan was made against (not written: Clio refuses a second try with a
  stale etag anyway);
- a delete: the record is gone (written) or still there (not written);
- an upload, a timer, a payment link or a raw API call leave no marker: unknown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from bot.assistant.plans import Plan
from bot.assistant.registry import RESOURCES, runner
from bot.assistant.runners import Outcome
from bot.clio import ClioClient, ClioNotFound

CLOCK_MARGIN = dt.timedelta(minutes=1)
REQUIRED_FILTERS = {"notes": ("type",)}  # list filters Clio requires, from the planned body

Verdict = Literal["written", "not written", "unknown"]


@dataclass(frozen=True)
class Finding:
    """What Clio shows of a plan's write; `outcome` is the write, when it was found."""

    verdict: Verdict
    outcome: Outcome | None = None


UNKNOWN = Finding("unknown")
NOT_WRITTEN = Finding("not written")


async def look_for(clio: ClioClient, plan: Plan, *, since: dt.datetime) -> Finding:
    """Whether the write of `plan`, proposed at `since`, is in Clio."""
    if plan.file_id is not None or runner(plan) is not None:
        return UNKNOWN
    resource = RESOURCES[plan.collection].resource(clio)
    if plan.action == "create":
        created = {"created_since": (since - CLOCK_MARGIN).isoformat()}
        created |= {name: plan.body[name] for name in REQUIRED_FILTERS.get(plan.collection, ())}
        matches = [r async for r in resource.list(created) if shows(r, plan.body)]
        return _written(plan, matches[0]) if len(matches) == 1 else UNKNOWN
    assert plan.record_id is not None
    try:
        record = await resource.get(plan.record_id)
    except ClioNotFound:
        gone = Finding("written", Outcome(record_id=plan.record_id))
        return gone if plan.action == "delete" else UNKNOWN
    if plan.action == "delete" or (plan.etag is not None and record.etag == plan.etag):
        return NOT_WRITTEN
    return _written(plan, record) if shows(record, plan.body) else UNKNOWN


def _written(plan: Plan, record: Any) -> Finding:
    outcome = Outcome(record_id=record.id, link_to=(plan.collection, record.id), record=record)
    return Finding("written", outcome)


def shows(record: Any, body: dict[str, Any]) -> bool:
    """Whether `record` shows every planned value of `body` that it has a field for (at least
    one): plain values and `{"id": …}` references; lists and other nested bodies are skipped."""
    names = {info.alias or name: name for name, info in type(record).model_fields.items()}
    compared = 0
    for key, planned in body.items():
        if key not in names or isinstance(planned, list):
            continue
        if isinstance(planned, dict) and "id" not in planned:
            continue
        if not _same(planned, getattr(record, names[key])):
            return False
        compared += 1
    return compared > 0


def _same(planned: Any, actual: Any) -> bool:
    if isinstance(planned, dict):
        return getattr(actual, "id", None) == planned["id"]
    if actual is None or planned is None:
        return actual is planned
    if isinstance(actual, dt.datetime):
        try:
            return dt.datetime.fromisoformat(str(planned)) == actual
        except ValueError:
            return False
    if isinstance(actual, dt.date):
        return str(planned)[:10] == actual.isoformat()
    if isinstance(actual, int | float) and not isinstance(actual, bool):
        return isinstance(planned, int | float) and float(planned) == float(actual)
    return planned == actual
