"""Contacts: add a person or a company, change their details, delete them.

Emails, phones, addresses and web sites come parsed as Clio's nested lists, or from the Edit
form as one line each (`email`, `phone`, `address`, `website`). In an update a new item of a
kind the contact already has (a second "Work" email) replaces that one in place; otherwise it
is added, within Clio's limit of 20 emails, phones and addresses per contact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.assistant import one_line
from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import quote
from bot.assistant.plans import Plan
from bot.assistant.writes.common import delete_plan, typed, update_plan
from bot.clio import models as m
from bot.clio.models.contacts import ITEM_LIMIT
from intents.contacts import name_fields, parse_address

NAME_KEYS = ("prefix", "first_name", "middle_name", "last_name", "name")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[\d\s().-]{7,}(?:\s*(?:x|ext\.?)\s*\d+)?$")


def _one_line(
    ctx: Ctx, line: str, items: str, make: Callable[[str, dict[str, Any]], dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """The nested list `items`, with the form's one-line value `line` over its first item."""
    parsed = [dict(item) for item in ctx.value(items) or []]
    if not ctx.has(line):
        return parsed or None
    text = str(ctx.value(line) or "").strip()
    if not text:
        return parsed[1:] or None
    return [make(text, parsed[0] if parsed else {}), *parsed[1:]]


def _email(text: str, item: dict[str, Any]) -> dict[str, Any]:
    if not EMAIL.match(text):
        raise Need("email", f"“{text}” doesn't look like an email address.", ask="Email")
    return {"name": item.get("name", "Work"), "address": text, "default_email": True}


def _phone(text: str, item: dict[str, Any]) -> dict[str, Any]:
    if not PHONE.match(text):
        raise Need("phone", f"“{text}” doesn't look like a phone number.", ask="Phone")
    return {"name": item.get("name", "Work"), "number": text, "default_number": True}


def _website(text: str, item: dict[str, Any]) -> dict[str, Any]:
    return {"name": item.get("name", "Work"), "address": text, "default_web_site": True}


def _address(text: str, item: dict[str, Any]) -> dict[str, Any]:
    return parse_address(item.get("name"), text)


def channels(ctx: Ctx) -> dict[str, list[dict[str, Any]]]:
    """Emails, phones, addresses and web sites to write, by Clio field name."""
    found = {
        "email_addresses": _one_line(ctx, "email", "email_addresses", _email),
        "phone_numbers": _one_line(ctx, "phone", "phone_numbers", _phone),
        "addresses": _one_line(ctx, "address", "addresses", _address),
        "web_sites": _one_line(ctx, "website", "web_sites", _website),
    }
    return {key: items for key, items in found.items() if items}


# Clio field -> (the Edit form's field, what people call them)
LIMITED = {
    "email_addresses": ("email", "email addresses"),
    "phone_numbers": ("phone", "phone numbers"),
    "addresses": ("address", "addresses"),
}


def _within_limits(found: dict[str, list[dict[str, Any]]], record: m.Contact | None) -> None:
    """Clio refuses a contact with more than ITEM_LIMIT of each: say so before the card."""
    for key, (slot, words) in LIMITED.items():
        have = len(getattr(record, key) or []) if record is not None else 0
        added = sum(1 for item in found.get(key, []) if "id" not in item)
        over = have + added - ITEM_LIMIT
        if added == 0 or over <= 0:
            continue
        said = f"Clio allows at most {ITEM_LIMIT} {words} on a contact"
        if record is None:
            raise Need(slot, f"{said}; this one would have {added}.")
        name = record.name or f"contact {record.id}"
        remove = "one" if over == 1 else str(over)
        raise Need(slot, f"{said}; {name} already has {have}. Remove {remove} in Clio first.")


def _channel_lines(found: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = []
    for item in found.get("email_addresses", []):
        lines.append(f"{item.get('name', 'Work').lower()} email {item['address']}")
    for item in found.get("phone_numbers", []):
        lines.append(f"{item.get('name', 'Work').lower()} phone {item['number']}")
    for item in found.get("addresses", []):
        lines.append(f"{item.get('name', 'Work').lower()} address {one_line.address(item)}")
    for item in found.get("web_sites", []):
        lines.append(f"web site {item['address']}")
    return lines


def _names(ctx: Ctx) -> dict[str, Any]:
    """Name fields given; a typed `name` answer for a person is split into its parts."""
    names = {key: ctx.value(key) for key in NAME_KEYS if ctx.value(key)}
    if "name" in ctx.draft.answers and ctx.value("type", "Person") == "Person":
        names = {k: v for k, v in name_fields(str(ctx.value("name")), False).items() if k != "type"}
    return names


def _full_name(kind: str, names: dict[str, Any]) -> str:
    if kind == "Company":
        return str(names.get("name") or "")
    parts = (names.get(k) for k in ("prefix", "first_name", "middle_name", "last_name"))
    return " ".join(str(p) for p in parts if p)


async def create(ctx: Ctx) -> Plan:
    kind = ctx.value("type") or "Person"
    names = _names(ctx)
    full = _full_name(kind, names)
    if not full or (kind == "Person" and not (names.get("first_name") or names.get("last_name"))):
        raise Need("name", "What is the contact's name?", ask="e.g. Jane Roe")
    body: dict[str, Any] = {"type": kind, **names}
    lines = [full, "company" if kind == "Company" else "person"]
    if ctx.value("title"):
        body["title"] = ctx.value("title")
        lines.append(quote(body["title"]))
    try:
        company = await ctx.ref("company")
    except Need as need:  # "counsel at Widget Works", a company not in Clio: the person still added
        if need.choices or need.slot != "ref:company":
            raise
        company = None
        lines.append(f"company “{ctx.draft.refs['company']}” is not in Clio: not linked")
    if company is not None:
        body["company"] = {"id": company.id}
        lines.append(f"at {company.label}")
    found = channels(ctx)
    _within_limits(found, None)
    body |= found
    return Plan(
        collection="contacts",
        action="create",
        title="Contact",
        lines=lines + _channel_lines(found),
        body=body,
        model=typed(m.ContactCreate, body),
    )


async def _contact(ctx: Ctx) -> m.Contact:
    chosen = await ctx.ref("contact", required=True, prompt="Which contact?")
    return await ctx.clio.contacts.get(chosen.id)


DEFAULTS = {"email_addresses": "default_email", "phone_numbers": "default_number",
            "web_sites": "default_web_site"}  # fmt: skip
WRITABLE = {
    "email_addresses": ("name", "address"),
    "phone_numbers": ("name", "number"),
    "addresses": ("name", "street", "city", "province", "postal_code", "country"),
    "web_sites": ("name", "address"),
}


def _merge(
    record: m.Contact, key: str, items: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Items to PATCH (same kind replaced in place by id) and the values they replace."""
    current = list(getattr(record, key) or [])
    out: list[dict[str, Any]] = []
    previous: list[dict[str, Any]] = []
    for item in items:
        same = next((c for c in current if c.name == item.get("name") and c.id), None)
        if same is None:
            out.append(item)
            continue
        out.append({"id": same.id, **item})
        old = {field: getattr(same, field) for field in WRITABLE[key]}
        if key in DEFAULTS:
            old[DEFAULTS[key]] = bool(
                getattr(same, "primary", None) or getattr(same, DEFAULTS[key], None)
            )
        previous.append({"id": same.id, **{k: v for k, v in old.items() if v is not None}})
    return out, previous


async def update(ctx: Ctx) -> Plan:
    record = await _contact(ctx)
    if record.hidden:
        raise Need(
            "ref:contact", "That contact is hidden from you by your firm's visibility settings."
        )
    changes: dict[str, Any] = {k: v for k, v in _names(ctx).items() if v}
    changes.pop("type", None)
    lines = [record.name or f"contact {record.id}"]
    lines += [f"{key.replace('_', ' ')} → {quote(value)}" for key, value in changes.items()]
    if ctx.value("title"):
        changes["title"] = ctx.value("title")
        lines.append(f"title {quote(record.title or 'none')} → {quote(changes['title'])}")
    company = await ctx.ref("company")
    if company is not None:
        changes["company"] = {"id": company.id}
        before = (record.company.name if record.company else None) or "none"
        lines.append(f"company {before} → {company.label}")
    found = channels(ctx)
    previous_items: dict[str, list[dict[str, Any]]] = {}
    for key, items in found.items():
        changes[key], previous_items[key] = _merge(record, key, items)
    _within_limits(changes, record)
    lines += _channel_lines(found)
    if not changes:
        raise Need("email", "What should change on this contact?", ask="e.g. jane@roe.example")
    plan = update_plan(ctx, record, changes, lines)
    previous = dict(plan.previous or {}) | previous_items
    return plan.model_copy(update={"previous": previous})


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await _contact(ctx))
