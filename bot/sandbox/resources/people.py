"""Users (read-only) and contacts, plus the contacts nested under a matter."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import unprocessable
from ..model import Ctx, Ref, Resource
from ..redaction import contact_visible
from ..store import Record
from .common import account

CAPITALISED_SUBSCRIPTIONS = {"attorney": "Attorney", "nonattorney": "NonAttorney"}


USERS = Resource(
    key="users",
    path="users",
    label="User",
    schema="User",
    id_base=340_000,
    actions=frozenset({"list", "get"}),
    computed={"account": account},
    filters={
        "name": f.by_value(lambda ctx, r: r["name"].lower(), stored=str.lower),
        "role": f.by_member("roles", choices=("admin", "accounts", "billing", "reports")),
        "subscription_type": f.by_value(
            "subscription_type",
            choices=CAPITALISED_SUBSCRIPTIONS,
            stored=CAPITALISED_SUBSCRIPTIONS.__getitem__,
        ),
        "enabled": f.by_bool("enabled"),
    },
    max_limit=2000,
)


# -- contacts --------------------------------------------------------------------------------------
def contact_name(_ctx: Ctx, record: Record) -> str:
    if record["type"] == "Company":
        return str(record.get("name") or "")
    parts = (record.get("first_name"), record.get("middle_name"), record.get("last_name"))
    return " ".join(p for p in parts if p)


def initials(ctx: Ctx, record: Record) -> str:
    if record["type"] == "Company":
        return "".join(word[0] for word in contact_name(ctx, record).split()[:2]).upper()
    parts = (record.get("first_name"), record.get("last_name"))
    return "".join(p[0] for p in parts if p).upper()


def _ordered(record: Record, attr: str) -> list[dict[str, Any]]:
    items = list(record.get(attr) or [])
    return sorted(items, key=lambda item: not item.get("primary"))


def nth(attr: str, key: str, index: int) -> Any:
    def compute(_ctx: Ctx, record: Record) -> Any:
        items = _ordered(record, attr)
        return items[index][key] if len(items) > index else None

    return compute


def address(index: int, name: str | None = None) -> Any:
    def compute(_ctx: Ctx, record: Record) -> Any:
        items = [a for a in _ordered(record, "addresses") if name is None or a.get("name") == name]
        return items[index] if len(items) > index else None

    return compute


def is_client(ctx: Ctx, record: Record) -> bool:
    return any(m["client_id"] == record["id"] for m in ctx.store.all("matters"))


def initial_letter(ctx: Ctx, record: Record) -> str:
    key = record.get("last_name") or contact_name(ctx, record)
    return key[:1].upper()


def contact_text(ctx: Ctx, record: Record) -> list[str | None]:
    texts: list[str | None] = [contact_name(ctx, record), record.get("title")]
    for attr, key in (("email_addresses", "address"), ("phone_numbers", "number")):
        texts += [item.get(key) for item in record.get(attr) or []]
    for item in record.get("addresses") or []:
        texts += [item.get("street"), item.get("city"), item.get("province")]
    company = ctx.store.get("contacts", record.get("company_id") or 0)
    if company:
        texts.append(company.get("name"))
    return texts


# 4.0.13's association limits: at most this many of each on one contact, else 422.
ITEM_LIMIT = 20
LIMITED = {"email_addresses": "email addresses", "phone_numbers": "phone numbers",
           "addresses": "addresses"}  # fmt: skip


def check_limits(record: Record, old: Record | None) -> None:
    """A write may not take a contact past ITEM_LIMIT emails, phones or addresses (one that is
    already past it may still lose some)."""
    for attr, words in LIMITED.items():
        count, before = len(record.get(attr) or []), len((old or {}).get(attr) or [])
        if count > ITEM_LIMIT and count > before:
            raise unprocessable(
                f"A contact can have at most {ITEM_LIMIT} {words}; this would make {count}"
            )


def check_contact(_ctx: Ctx, record: Record, old: Record | None) -> None:
    """A Person needs a first or last name (else `name` is split); a Company needs a name;
    emails, phones and addresses stay within their limits."""
    check_limits(record, old)
    if record["type"] == "Company":
        w.require(bool(record.get("name")), "name can't be blank")
        return
    if not (record.get("first_name") or record.get("last_name")):
        words = str(record.get("name") or "").split()
        if not words:
            raise unprocessable("At least one of first name or last name must be provided")
        record["first_name"], record["last_name"] = words[0], " ".join(words[1:]) or None
    record.pop("name", None)


def refuse_client_delete(ctx: Ctx, record: Record) -> None:
    if is_client(ctx, record):
        raise unprocessable("Contact is the client of a matter and cannot be deleted")
    ctx.store.delete("contacts", record["id"])


EMAIL_KEYS = ("name", "address", "default_email")
PHONE_KEYS = ("name", "number", "default_number")
ADDRESS_KEYS = ("name", "street", "city", "province", "postal_code", "country")
WEB_KEYS = ("name", "address", "default_web_site")

CONTACT_COMPUTED = {
    "name": contact_name,
    "initials": initials,
    "primary_email_address": nth("email_addresses", "address", 0),
    "secondary_email_address": nth("email_addresses", "address", 1),
    "primary_phone_number": nth("phone_numbers", "number", 0),
    "secondary_phone_number": nth("phone_numbers", "number", 1),
    "primary_address": address(0),
    "secondary_address": address(1),
    "primary_work_address": address(0, "Work"),
    "is_client": is_client,
    "is_bill_recipient": is_client,
    "is_co_counsel": lambda ctx, r: False,
    "has_clio_for_clients_permission": lambda ctx, r: False,
    "is_clio_for_client_user": lambda ctx, r: False,
    "locked_clio_connect_email": lambda ctx, r: False,
    "primary_web_site": lambda ctx, r: next(iter(_ordered(r, "web_sites")), None),
}

CONTACTS = Resource(
    key="contacts",
    path="contacts",
    label="Contact",
    schema="Contact",
    id_base=220_000,
    relations={"company": Ref("contacts", "company_id")},
    computed=CONTACT_COMPUTED,
    filters={
        "type": f.by_value("type", choices=("Person", "Company")),
        "client_only": f.only_when(is_client),
        "email_only": f.only_when(lambda ctx, r: bool(r.get("email_addresses"))),
        "initial": f.by_value(initial_letter, stored=str.upper),
        "exclude_ids[]": f.excluding_ids,
    },
    search=contact_text,
    sort_keys={"name": contact_name},
    writes={
        "type": w.text(choices=("Person", "Company")),
        "name": w.text(),
        "first_name": w.text(),
        "middle_name": w.text(),
        "last_name": w.text(),
        "prefix": w.text(),
        "title": w.text(),
        "date_of_birth": w.day(),
        "company": w.ref("contacts", "company_id"),
        "email_addresses": w.items(
            allowed=EMAIL_KEYS, rename={"default_email": "primary"}, primary="primary"
        ),
        "phone_numbers": w.items(
            allowed=PHONE_KEYS, rename={"default_number": "primary"}, primary="primary"
        ),
        "addresses": w.items(allowed=ADDRESS_KEYS),
        "web_sites": w.items(allowed=WEB_KEYS, primary="default_web_site"),
        "instant_messengers": w.items(allowed=("name", "address")),
        "clio_connect_email": w.text(),
        "ledes_client_id": w.text(),
        "sales_tax_number": w.text(),
        "custom_field_values": w.ignored,
        "custom_field_set_associations": w.ignored,
        "avatar": w.ignored,
        "currency": w.ignored,
        "co_counsel_rate": w.ignored,
    },
    required=("type",),
    initial=lambda ctx: {"creator_id": ctx.user["id"]},
    validate=check_contact,
    on_delete=refuse_client_delete,
    visible=contact_visible,
    webhook_model="contact",
)


# -- contacts of one matter (/matters/{matter_id}/contacts.json) ---------------------------------
def matter_contact_rows(ctx: Ctx, _params: Any) -> list[Record]:
    from ..api import load
    from .matters import MATTERS

    matter = load(ctx, MATTERS, ctx.path_params["matter_id"])
    rows: list[Record] = []
    entries = [
        (matter["client_id"], None, None),
        *(
            (rel["contact_id"], rel.get("description"), rel)
            for rel in matter.get("relationships", [])
        ),
    ]
    for contact_id, description, relationship in entries:
        contact = ctx.store.get("contacts", contact_id)
        if contact is None:
            continue
        rows.append(
            {
                **contact,
                "is_client": relationship is None,
                "relationship_name": description,
                "description": description,
                "relationship": relationship,
                "matter_id": matter["id"],
                "matter_number": matter["display_number"],
                "contact_created_at": contact["created_at"],
                "contact_updated_at": contact["updated_at"],
            }
        )
    return rows


MATTER_CONTACTS = replace(
    CONTACTS,
    key="matter_contacts",
    path="matters/{matter_id}/contacts",
    schema="MatterContacts",
    actions=frozenset({"list"}),
    computed={k: v for k, v in CONTACT_COMPUTED.items() if k != "is_client"},
    filters={},
    search=None,
    rows=matter_contact_rows,
    default_order="is_client(asc)",
    sort_keys={"is_client": lambda ctx, r: r["is_client"]},
    webhook_model=None,
)


RESOURCES = (USERS, CONTACTS, MATTER_CONTACTS)
