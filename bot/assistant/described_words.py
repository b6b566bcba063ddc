"""A task or a logged call or email named by description ("the trust deed task", "marcus's witness
list task", "the trustee questions call log on patel"): found among the newest records of the
firm the person can see (a colleague's task too), by the words of its name or subject, its matter,
its assignee or the other party, and for a call or email its type."""

from __future__ import annotations

from typing import Any

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import quote
from bot.assistant.resolve import MIN_SCORE, Candidate, Resolution, pick
from bot.assistant.wording import coverage, wanted
from bot.clio import models as m

RECENT = 200  # how many of the firm's newest records a description is looked for among
_TYPE_WORDS = {
    "PhoneCommunication": "call phone rang",
    "EmailCommunication": "email mail e-mail",
}
_OPTIONAL = ("call", "phone", "email", "mail", "e", "communication", "comm")


async def described_by_words(ctx: Ctx, kind: str, text: str) -> m.Record:
    """The one task or communication `text` describes; asks with buttons when several fit."""
    collection = ctx.collection()
    model = collection.record
    said = wanted(text)
    matter = _matter_id(ctx)
    records = await _newest(ctx)
    ranked = []
    for record in records:
        score = coverage(said, _about(record), _OPTIONAL) if said else 0.0
        on = int(matter is not None and getattr(record.matter, "id", None) == matter)
        if score >= MIN_SCORE:  # on the matter named beside the words, before those elsewhere
            ranked.append(Candidate(record.id, _label(record), score, (on,)))
    noun = collection.noun
    resolution = pick("task" if model is m.Task else "communication", text, ranked)
    found = _chosen(ctx, kind, noun, text, records, resolution)
    if found is not None:
        return found
    raise Need(
        f"id:{kind}",
        f"I couldn't find a {noun} matching “{text}” among the {collection.plural} you can see.",
        ask=f"{noun} number",
    )


def _matter_id(ctx: Ctx) -> int | None:
    """The matter named beside the description ("the expert report task on garcia"), as an id;
    in "move the X email to garcia" it is the new matter, which no record fitting X is on."""
    value = ctx.draft.refs.get("matter")
    return int(value) if value and str(value).isdigit() else None


async def _newest(ctx: Ctx) -> list[Any]:
    params: dict[str, Any] = {"order": "id(desc)", "limit": RECENT}
    resource = ctx.collection().resource(ctx.clio)
    found: list[Any] = []
    async for record in resource.list(params):
        found.append(record)
        if len(found) >= RECENT:
            break
    return found


def _about(record: Any) -> str:
    """Every word a person may use to point at the record."""
    matter = record.matter
    parts = [getattr(matter, "display_number", None), getattr(matter, "description", None)]
    if isinstance(record, m.Task):
        parts += [record.name, getattr(record.assignee, "name", None)]
    else:
        parts += [record.subject, _TYPE_WORDS.get(record.type or "", "")]
        parts += [p.name for p in (record.senders or []) + (record.receivers or [])]
    return " ".join(p for p in parts if p)


def _label(record: Any) -> str:
    said = (record.name if isinstance(record, m.Task) else record.subject) or "untitled"
    matter = getattr(record.matter, "display_number", None) or ""
    return " · ".join(x for x in (quote(said, 60), matter) if x)


def _chosen(
    ctx: Ctx, kind: str, noun: str, text: str, records: list[Any], resolution: Resolution
) -> Any:
    if resolution.found is not None:
        found = next(r for r in records if r.id == resolution.found.id)
        ctx.draft.resolved[kind] = Chosen(id=found.id, label=resolution.found.label)
        return found
    if resolution.ambiguous:
        ctx.draft.choices[f"ref:{kind}"] = [
            Chosen(id=c.id, label=c.label) for c in resolution.choices
        ]
        raise Need(
            f"ref:{kind}", f"Which {noun} did you mean by “{text}”?", choices=resolution.choices
        )
    return None
