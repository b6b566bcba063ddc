"""Personal Injury: damages and medical records details (create, update, delete) on a matter."""

from __future__ import annotations

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, money, quote
from bot.assistant.plans import Plan
from bot.assistant.writes import values
from bot.assistant.writes.common import delete_plan, matter_or_default, target, typed, update_plan
from bot.clio import models as m

DAMAGE_TYPES = ("special", "general", "other")
RECORD_STATUSES = ("not_yet_requested", "requested", "received", "incomplete", "certified")


def _damage_type(ctx: Ctx) -> str | None:
    value = ctx.value("damage_type")
    if value is None:
        return None
    kind = str(value).strip().lower().removesuffix(" damages")
    if kind not in DAMAGE_TYPES:
        raise Need(
            "damage_type", "Which kind: special, general or other?", ask="special, general or other"
        )
    return kind


async def create_damage(ctx: Ctx) -> Plan:
    matter = await matter_or_default(ctx, prompt="Which matter are these damages for?")
    amount = values.amount(ctx.value("amount"))
    if amount is None or amount <= 0:
        raise Need("amount", "How much are the damages?", ask="Amount, e.g. $12,000")
    kind = _damage_type(ctx)
    if kind is None:
        raise Need(
            "damage_type",
            "Which kind of damages: special, general or other?",
            ask="special, general or other",
        )
    description = ctx.value("description")
    if not description:
        raise Need("description", "What are the damages for?", ask="e.g. lost wages")
    body = {
        "amount": amount,
        "damage_type": kind,
        "description": description,
        "matter_id": matter.id,
    }
    lines = [money(amount), f"{kind} damages", quote(description), matter.label]
    return Plan(
        collection="damages",
        action="create",
        title="Damage",
        lines=lines,
        body=body,
        model=typed(m.DamageCreate, body),
        matter_id=matter.id,
    )


async def update_damage(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Damage)
    changes: dict = {}
    whose = [quote(record.description) if record.description else None, record.matter]
    lines: list[str] = [str(x.label if isinstance(x, m.MatterStub) else x) for x in whose if x]
    if ctx.has("amount"):
        amount = values.amount(ctx.value("amount"))
        if amount is None:
            raise Need("amount", "What amount?", ask="Amount, e.g. $15,000")
        changes["amount"] = amount
        lines.append(f"amount → {money(amount)}")
    if kind := _damage_type(ctx):
        changes["damage_type"] = kind
        lines.append(f"type → {kind}")
    if ctx.has("description"):
        changes["description"] = ctx.value("description")
        lines.append(f"description → {quote(changes['description'])}")
    if not changes:
        raise Need("amount", "What should change on these damages?", ask="e.g. $15,000")
    return update_plan(ctx, record, changes, lines)


async def delete_damage(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Damage))


def _status(ctx: Ctx, name: str) -> str:
    value = str(ctx.value(name) or "not_yet_requested").strip().lower().replace(" ", "_")
    if value not in RECORD_STATUSES:
        options = ", ".join(s.replace("_", " ") for s in RECORD_STATUSES)
        raise Need(name, f"Use one of: {options}.", ask="e.g. requested")
    return value


async def create_medical(ctx: Ctx) -> Plan:
    matter = await matter_or_default(ctx, prompt="Which matter are these medical records for?")
    provider = await ctx.ref(
        "contact", required=True, prompt="Which medical provider (a contact in Clio)?"
    )
    in_treatment = bool(ctx.value("in_treatment"))
    records, bills = _status(ctx, "records_status"), _status(ctx, "bills_status")
    body: dict = {
        "matter_id": matter.id,
        "medical_provider_id": provider.id,
        "in_treatment": in_treatment,
        "records_status": records,
        "bills_status": bills,
    }
    lines = [
        provider.label,
        matter.label,
        "in treatment" if in_treatment else "not in treatment",
        f"records {records.replace('_', ' ')}",
        f"bills {bills.replace('_', ' ')}",
    ]
    for name, said in (("treatment_start_date", "treatment from"), ("treatment_end_date", "to")):
        if ctx.value(name):
            body[name] = str(ctx.value(name))[:10]
            lines.append(f"{said} {day(body[name])}")
    if description := ctx.value("description"):
        body["description"] = description
        lines.append(quote(description))
    return Plan(
        collection="medical_records_details",
        action="create",
        title="Medical records",
        lines=lines,
        body=body,
        model=typed(m.MedicalRecordsDetailCreate, body),
        matter_id=matter.id,
    )


async def update_medical(ctx: Ctx) -> Plan:
    """Treatment, records and bills statuses, treatment dates or the description of one provider's
    medical records ("garcia is done treating at st mary's", "st mary's bills received")."""
    record = await target(ctx, m.MedicalRecordsDetail)
    changes: dict = {}
    whose = [record.medical_provider.name if record.medical_provider else None, record.matter]
    lines: list[str] = [str(x.label if isinstance(x, m.MatterStub) else x) for x in whose if x]
    if ctx.has("in_treatment"):
        changes["in_treatment"] = bool(ctx.value("in_treatment"))
        lines.append("in treatment" if changes["in_treatment"] else "treatment → done")
    for name, said in (("records_status", "records"), ("bills_status", "bills")):
        if ctx.has(name):
            changes[name] = _status(ctx, name)
            lines.append(f"{said} → {changes[name].replace('_', ' ')}")
    for name, said in (("treatment_start_date", "treatment from"), ("treatment_end_date", "to")):
        if ctx.value(name):
            changes[name] = str(ctx.value(name))[:10]
            lines.append(f"{said} {day(changes[name])}")
    if ctx.has("description"):
        changes["description"] = ctx.value("description")
        lines.append(f"description → {quote(changes['description'])}")
    if not changes:
        raise Need(
            "records_status", "What should change on these medical records?", ask="e.g. received"
        )
    return update_plan(ctx, record, changes, lines)


async def delete_medical(ctx: Ctx) -> Plan:
    record = await target(ctx, m.MedicalRecordsDetail)
    return delete_plan(ctx, record)
