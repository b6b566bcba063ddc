"""Bills (no create), bank accounts (read-only), Clio Payments links and payments."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import bad_request, unprocessable
from ..model import Ctx, Link, Predicate, Ref, Refs, Resource
from ..store import Record
from ..timeutil import iso, parse_datetime

STATES = ("draft", "awaiting_approval", "awaiting_payment", "paid", "void", "deleted")
TRANSITIONS = {
    "draft": ("awaiting_approval", "awaiting_payment", "deleted"),
    "awaiting_approval": ("awaiting_payment", "deleted"),
    "awaiting_payment": ("paid", "void"),
    "paid": (),
    "void": (),
    "deleted": (),
}
MAX_LINK_DURATION = 7_776_000


def balance(_ctx: Ctx, bill: Record) -> float:
    if bill["state"] in ("void", "deleted"):
        return 0.0
    return round(float(bill.get("total") or 0) - float(bill.get("paid") or 0), 2)


def overdue(ctx: Ctx, bill: Record) -> bool:
    due = bill.get("due_at")
    return bill["state"] == "awaiting_payment" and due is not None and due < ctx.today().isoformat()


def matter_attr(attr: str) -> Any:
    def get(ctx: Ctx, bill: Record) -> list[Any]:
        found = (ctx.store.get("matters", ident) for ident in bill.get("matter_ids") or [])
        return [m.get(attr) for m in found if m]

    return get


def any_of(getter: Any) -> Any:
    def factory(values: list[str]) -> Predicate:
        wanted = {int(v) for v in f.split_values(values)}
        return lambda ctx, r: bool(wanted & set(getter(ctx, r)))

    return factory


def by_status(values: list[str]) -> Predicate:
    if values[-1] not in ("all", "overdue"):
        raise ValueError(values[-1])
    return overdue if values[-1] == "overdue" else (lambda ctx, r: True)


def by_number(values: list[str]) -> Predicate:
    try:
        number = int(values[-1])
    except ValueError:
        raise bad_request("query must be an integer (the bill number)") from None
    return lambda ctx, r: r.get("number") == str(number)


def write_state(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    w.text(choices=STATES)(ctx, record, name, value)


def check_bill(ctx: Ctx, record: Record, old: Record | None) -> None:
    if old is not None and record["state"] != old["state"]:
        if record["state"] not in TRANSITIONS[old["state"]]:
            raise unprocessable(f"A bill cannot move from {old['state']} to {record['state']}")
        if record["state"] == "paid":
            record["paid"] = record.get("total")
            record["paid_at"] = iso(ctx.now())


def delete_bill(ctx: Ctx, bill: Record) -> None:
    """Draft and pending-approval bills are deleted; unpaid ones are voided; paid ones refuse."""
    if float(bill.get("paid") or 0) > 0 or bill["state"] == "paid":
        raise unprocessable("Bills with recorded payments cannot be deleted")
    if bill["state"] == "awaiting_payment":
        from ..api import stamp

        voided = {**bill, "state": "void"}
        stamp(ctx, BILLS, voided, new=False)
        ctx.store.put("bills", voided)
        return
    ctx.store.delete("bills", bill["id"])


def client_name(ctx: Ctx, bill: Record) -> str:
    from .people import contact_name

    client = ctx.store.get("contacts", bill["client_id"])
    return contact_name(ctx, client) if client else ""


BILLS = Resource(
    key="bills",
    path="bills",
    label="Bill",
    schema="Bill",
    id_base=1_220_000,
    actions=frozenset({"list", "get", "update", "delete"}),
    relations={
        "client": Ref("contacts", "client_id"),
        "matters": Refs("matters", "matter_ids"),
        "user": Ref("users", "user_id"),
    },
    computed={
        "balance": balance,
        "due": lambda ctx, r: balance(ctx, r) if r["state"] == "awaiting_payment" else 0.0,
        "pending": lambda ctx, r: 0.0,
        "sub_total": lambda ctx, r: r.get("total"),
        "tax_sum": lambda ctx, r: 0.0,
        "total_tax": lambda ctx, r: 0.0,
        "credits_issued": lambda ctx, r: 0.0,
        "shared": lambda ctx, r: False,
        "can_update": lambda ctx, r: r["state"] in ("draft", "awaiting_approval"),
        "available_state_transitions": lambda ctx, r: list(TRANSITIONS[r["state"]]),
        "type": lambda ctx, r: "MatterBill",
        "kind": lambda ctx, r: "revenue_kind",
    },
    filters={
        "state": f.by_value("state", choices=STATES),
        "status": by_status,
        "overdue_only": f.only_when(overdue),
        "client_id": f.by_id("client_id"),
        "matter_id": any_of(lambda ctx, r: r.get("matter_ids") or []),
        "originating_attorney_id": any_of(matter_attr("originating_attorney_id")),
        "responsible_attorney_id": any_of(matter_attr("responsible_attorney_id")),
        "due_at": f.by_value("due_at"),
        "due_after": f.date_from("due_at"),
        "due_before": f.date_to("due_at"),
        "issued_after": f.date_from("issued_at"),
        "issued_before": f.date_to("issued_at"),
        "type": f.by_value(lambda ctx, r: "revenue", choices=("revenue", "trust")),
        "query": by_number,
        "bill_number": f.by_value("number"),
    },
    sort_keys={
        "client_name": client_name,
        "matter_display_number": lambda ctx, r: (matter_attr("display_number")(ctx, r) or [None])[
            0
        ],
        "balance": balance,
        "number": lambda ctx, r: int(r["number"]),
    },
    writes={
        "state": write_state,
        "due_at": w.day(),
        "issued_at": w.day(),
        "memo": w.text(),
        "number": w.text(),
        "subject": w.text(),
        "purchase_order": w.text(),
        "tax_rate": w.number(),
        "secondary_tax_rate": w.number(),
        "discount": w.ignored,
        "interest": w.ignored,
        "bill_theme": w.ignored,
        "currency_id": w.ignored,
        "use_grace_period": w.ignored,
    },
    validate=check_bill,
    on_delete=delete_bill,
    webhook_model="bill",
)

BANK_ACCOUNTS = Resource(
    key="bank_accounts",
    path="bank_accounts",
    label="BankAccount",
    schema="BankAccount",
    id_base=1_240_000,
    actions=frozenset({"list", "get"}),
)


# -- Clio Payments ---------------------------------------------------------------------------------
SUBJECTS = {"BankAccount": "bank_accounts", "Bill": "bills", "Contact": "contacts"}


def subject_link(kind: str) -> Any:
    def compute(ctx: Ctx, link: Record) -> Link | None:
        if link["subject_type"] != kind:
            return None
        found = ctx.store.get(SUBJECTS[kind], link["subject_id"])
        return Link(SUBJECTS[kind], found) if found else None

    return compute


def link_active(ctx: Ctx, link: Record) -> bool:
    if link.get("expired") or link.get("payment_id"):
        return False
    return parse_datetime(link["expires_at"]) > ctx.now()


def write_subject(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, dict) or value.get("type") not in SUBJECTS:
        raise unprocessable(f"{name}.type must be one of: {', '.join(SUBJECTS)}")
    found = w.load_ref(ctx, SUBJECTS[value["type"]], w.ref_id(value, name) or 0)
    record["subject_type"], record["subject_id"] = value["type"], found["id"]


def write_destination(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    account = w.load_ref(ctx, "bank_accounts", w.ref_id(value, name) or 0)
    if not account.get("clio_payments_enabled"):
        raise unprocessable("Clio Payments is not enabled on that bank account")
    record["destination_account_id"] = account["id"]


def write_expired(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if value not in w.TRUTHY:
        raise unprocessable("expired can only be set to true")
    record["expired"] = True
    record["expires_at"] = min(record["expires_at"], iso(ctx.now()))


def check_link(ctx: Ctx, record: Record, old: Record | None) -> None:
    if old is not None:
        return
    w.require(record.get("currency") == "USD", "currency must match the account currency (USD)")
    duration = record.get("duration") or 0
    w.require(0 < duration <= MAX_LINK_DURATION, f"duration must be 1..{MAX_LINK_DURATION} seconds")
    if record["subject_type"] == "BankAccount":
        w.require(bool(record.get("description")), "description can't be blank")
    if record["subject_type"] == "Bill" and record.get("amount") is None:
        bill = ctx.store.get("bills", record["subject_id"]) or {}
        record["amount"] = balance(ctx, bill) if bill else None
    record["expires_at"] = iso(ctx.now() + timedelta(seconds=duration))


def link_url(ctx: Ctx, link: Record) -> str:
    return f"{ctx.sb.public_url}/clio_payments/pay/{link['token']}"


PAYMENT_LINKS = Resource(
    key="clio_payments_links",
    path="clio_payments/links",
    label="ClioPaymentsLink",
    schema="ClioPaymentsLink",
    id_base=1_260_000,
    actions=frozenset({"list", "get", "create", "update"}),
    relations={
        "destination_account": Ref("bank_accounts", "destination_account_id"),
        "destination_contact": Ref("contacts", "destination_contact_id"),
        "clio_payments_payment": Ref("clio_payments_payments", "payment_id"),
    },
    computed={
        "active": link_active,
        "url": link_url,
        "bank_account": subject_link("BankAccount"),
        "bill": subject_link("Bill"),
        "contact": subject_link("Contact"),
    },
    filters={"active": f.by_bool(link_active)},
    writes={
        "amount": w.number(),
        "currency": w.text(),
        "description": w.text(),
        "destination_account": write_destination,
        "destination_contact": w.ref("contacts", "destination_contact_id"),
        "duration": w.number(integer=True),
        "email_address": w.text(),
        "is_allocated_as_revenue": w.boolean(),
        "redirect_url": w.text(),
        "subject": write_subject,
        "expired": write_expired,
    },
    required=("currency", "destination_account", "duration", "subject"),
    initial=lambda ctx: {
        "expired": False,
        "is_allocated_as_revenue": False,
        "payment_id": None,
        "token": ctx.sb.new_uuid(),
    },
    validate=check_link,
)

PAYMENT_STATES = (
    "pending",
    "authorized",
    "completed",
    "voided",
    "failed",
    "canceled",
    "requires_confirmation",
    "completed_requiring_allocation",
)

PAYMENTS = Resource(
    key="clio_payments_payments",
    path="clio_payments/payments",
    label="ClioPaymentsPayment",
    schema="ClioPaymentsPayment",
    id_base=1_280_000,
    actions=frozenset({"list", "get"}),
    relations={
        "contact": Ref("contacts", "contact_id"),
        "bills": Refs("bills", "bill_ids"),
        "matters": Refs("matters", "matter_ids"),
        "clio_payments_link": Ref("clio_payments_links", "link_id"),
        "destination_account": Ref("bank_accounts", "destination_account_id"),
        "user": Ref("users", "user_id"),
    },
    filters={
        "bill_id": any_of(lambda ctx, r: r.get("bill_ids") or []),
        "contact_id": f.by_id("contact_id"),
        "state": f.by_value("state", choices=PAYMENT_STATES),
    },
    webhook_model="clio_payments_payment",
)

RESOURCES = (BILLS, BANK_ACCOUNTS, PAYMENT_LINKS, PAYMENTS)
