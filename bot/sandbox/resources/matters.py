"""Matters and practice areas."""

from __future__ import annotations

from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import unprocessable
from ..model import Ctx, Link, Ref, Resource
from ..store import Record
from ..timeutil import iso

STATUSES = {"open": "Open", "pending": "Pending", "closed": "Closed"}
STATUS_DATES = {"Open": "open_date", "Pending": "pending_date", "Closed": "close_date"}


def client_name(ctx: Ctx, record: Record) -> str:
    from .people import contact_name

    client = ctx.store.get("contacts", record["client_id"])
    return contact_name(ctx, client) if client else ""


def has_tasks(ctx: Ctx, record: Record) -> bool:
    return any(t.get("matter_id") == record["id"] for t in ctx.store.all("tasks"))


def last_activity_date(ctx: Ctx, record: Record) -> str | None:
    dates = [a["date"] for a in ctx.store.all("activities") if a.get("matter_id") == record["id"]]
    return max(dates, default=None)


def matter_folder(ctx: Ctx, record: Record) -> Link | None:
    for folder in ctx.store.all("folders"):
        if folder.get("matter_id") == record["id"] and folder.get("matter_root"):
            return Link("folders", folder)
    return None


def write_relationships(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """`relationships[{description, contact{id}}]` (with `id` to update, `_destroy` to remove)."""
    if not isinstance(value, list):
        raise unprocessable(f"{name} must be a list")
    current = [dict(rel) for rel in record.get("relationships") or []]
    for item in value:
        if not isinstance(item, dict):
            raise unprocessable(f"{name} must be a list of objects")
        existing = next((r for r in current if item.get("id") and r["id"] == int(item["id"])), None)
        if existing is not None and item.get("_destroy") in w.TRUTHY:
            current.remove(existing)
            continue
        target = existing or {"id": ctx.sb.next_id("nested"), "created_at": iso(ctx.now())}
        if "contact" in item:
            ident = w.ref_id(item["contact"], "relationships.contact")
            target["contact_id"] = w.load_ref(ctx, "contacts", ident or 0)["id"]
        if "description" in item:
            target["description"] = item["description"]
        if "contact_id" not in target:
            raise unprocessable("relationships.contact can't be blank")
        target["updated_at"] = iso(ctx.now())
        if existing is None:
            current.append(target)
    record["relationships"] = current


def prepare_matter(ctx: Ctx, record: Record, old: Record | None) -> None:
    """Number new matters, stamp status dates, default the display number."""
    if old is None:
        numbers = [m.get("number", 0) for m in ctx.store.all("matters")]
        record["number"] = max(numbers, default=0) + 1
    if not record.get("display_number"):
        client = ctx.store.get("contacts", record["client_id"]) or {}
        surname = client.get("last_name") or str(client.get("name") or "Matter").split()[0]
        record["display_number"] = f"{record['number']:05d}-{surname}"
    if old is None or old.get("status") != record["status"]:
        attr = STATUS_DATES[record["status"]]
        record[attr] = record.get(attr) or ctx.today().isoformat()


MATTERS = Resource(
    key="matters",
    path="matters",
    label="Matter",
    schema="Matter",
    id_base=110_000,
    relations={
        "client": Ref("contacts", "client_id"),
        "responsible_attorney": Ref("users", "responsible_attorney_id"),
        "responsible_staff": Ref("users", "responsible_staff_id"),
        "originating_attorney": Ref("users", "originating_attorney_id"),
        "practice_area": Ref("practice_areas", "practice_area_id"),
        "user": Ref("users", "creator_id"),
    },
    computed={
        "has_tasks": has_tasks,
        "last_activity_date": last_activity_date,
        "shared": lambda ctx, r: False,
        "folder": matter_folder,
        "maildrop_address": lambda ctx, r: f"matter-{r['number']}@maildrop.demo-firm.test",
    },
    filters={
        "status": f.by_value("status", choices=STATUSES, stored=STATUSES.__getitem__),
        "client_id": f.by_id("client_id"),
        "practice_area_id": f.by_id("practice_area_id"),
        "responsible_attorney_id": f.by_id("responsible_attorney_id"),
        "responsible_staff_id": f.by_id("responsible_staff_id"),
        "originating_attorney_id": f.by_id("originating_attorney_id"),
        "billable": f.by_bool("billable"),
        "open_date[]": f.date_ops("open_date"),
        "close_date[]": f.date_ops("close_date"),
        "pending_date[]": f.date_ops("pending_date"),
    },
    search=lambda ctx, r: (
        r["display_number"],
        str(r["number"]),
        r.get("description"),
        client_name(ctx, r),
    ),
    writes={
        "client": w.ref("contacts", "client_id"),
        "description": w.text(),
        "status": w.text(choices=STATUSES, stored=STATUSES.__getitem__),
        "display_number": w.text(),
        "open_date": w.day(),
        "pending_date": w.day(),
        "close_date": w.day(),
        "responsible_attorney": w.ref("users", "responsible_attorney_id"),
        "responsible_staff": w.ref("users", "responsible_staff_id"),
        "originating_attorney": w.ref("users", "originating_attorney_id"),
        "practice_area": w.ref("practice_areas", "practice_area_id"),
        "billable": w.boolean(),
        "client_reference": w.text(),
        "location": w.text(),
        "relationships": write_relationships,
        "custom_field_values": w.ignored,
        "custom_field_set_associations": w.ignored,
        "group": w.ignored,
        "currency": w.ignored,
    },
    initial=lambda ctx: {
        "status": "Open",
        "billable": True,
        "billing_method": "hourly",
        "creator_id": ctx.user["id"],
        "relationships": [],
    },
    validate=prepare_matter,
    webhook_model="matter",
)

PRACTICE_AREAS = Resource(
    key="practice_areas",
    path="practice_areas",
    label="PracticeArea",
    schema="PracticeArea",
    id_base=130_000,
    filters={
        "name": f.by_value(lambda ctx, r: r["name"].lower(), stored=str.lower),
        "code": f.by_value("code"),
        "matter_id": lambda values: (
            lambda ctx, r: any(
                m["practice_area_id"] == r["id"] and m["id"] in {int(v) for v in values}
                for m in ctx.store.all("matters")
            )
        ),
    },
    writes={"name": w.text(), "code": w.text(), "category": w.text()},
)

RESOURCES = (MATTERS, PRACTICE_AREAS)
