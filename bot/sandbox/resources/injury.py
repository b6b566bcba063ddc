"""Personal Injury: damages and medical records details (with nested records and bills)."""

from __future__ import annotations

from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import unprocessable
from ..model import Ctx, Ref, Resource
from ..store import Record

DAMAGE_TYPES = ("special", "general", "other")
RECORD_STATUSES = ("not_yet_requested", "requested", "received", "incomplete", "certified")


def id_of(target: str, attr: str, *, hidden_status: int = 422) -> Any:
    """A bare id attribute (`matter_id`, `medical_provider_id`) naming a `target` record."""

    def write(ctx: Ctx, record: Record, name: str, value: Any) -> None:
        ident = w.ref_id(value, name)
        if ident is None:
            raise unprocessable(f"{name} can't be blank")
        w.load_ref(ctx, target, ident, hidden_status=hidden_status)
        record[attr] = ident

    return write


DAMAGES = Resource(
    key="damages",
    path="damages",
    label="Damage",
    schema="Damage",
    id_base=1_320_000,
    relations={"matter": Ref("matters", "matter_id")},
    filters={"matter_id": f.by_id("matter_id")},
    writes={
        "amount": w.number(),
        "damage_type": w.text(choices=DAMAGE_TYPES),
        "description": w.text(),
        "matter_id": id_of("matters", "matter_id"),
    },
)

BALANCE_TYPES = ("lien", "outstanding_balance", "neither")
MEDICAL_BILL_KEYS = (
    "name",
    "amount",
    "adjustment",
    "balance",
    "mark_balance_type_as",
    "bill_date",
    "bill_received_date",
    "document_id",
    "payers",
)
_write_bills = w.items(allowed=MEDICAL_BILL_KEYS)


def write_medical_bills(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """`medical_bills[]`: a new bill says how its balance counts, `mark_balance_type_as`
    (lien, outstanding_balance or neither; it replaced the boolean `mark_balance_as_lien`)."""
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict) or item.get("_destroy") in w.TRUTHY:
            continue
        kind = item.get("mark_balance_type_as")
        if kind is None and item.get("id") is None:
            raise unprocessable(f"{name}.mark_balance_type_as can't be blank")
        if kind is not None and kind not in BALANCE_TYPES:
            raise unprocessable(
                f"{name}.mark_balance_type_as must be one of: {', '.join(BALANCE_TYPES)}"
            )
    _write_bills(ctx, record, name, value)


MEDICAL_RECORDS_DETAILS = Resource(
    key="medical_records_details",
    path="medical_records_details",
    label="MedicalRecordsRequest",
    schema="MedicalRecordsRequest",
    id_base=1_340_000,
    relations={
        "matter": Ref("matters", "matter_id"),
        "medical_provider": Ref("contacts", "medical_provider_id"),
    },
    filters={
        "treatment_start_date": f.date_from("treatment_start_date"),
        "treatment_end_date": f.date_to("treatment_end_date"),
    },
    writes={
        "matter_id": id_of("matters", "matter_id"),
        "medical_provider_id": id_of("contacts", "medical_provider_id"),
        "description": w.text(),
        "in_treatment": w.boolean(),
        "records_status": w.text(choices=RECORD_STATUSES),
        "bills_status": w.text(choices=RECORD_STATUSES),
        "treatment_start_date": w.moment(),
        "treatment_end_date": w.moment(),
        "records_request_date": w.moment(),
        "records_follow_up_date": w.moment(),
        "bills_request_date": w.moment(),
        "bills_follow_up_date": w.moment(),
        "medical_records": w.items(allowed=("document_id", "start_date", "end_date")),
        "medical_bills": write_medical_bills,
    },
)

RESOURCES = (DAMAGES, MEDICAL_RECORDS_DETAILS)
