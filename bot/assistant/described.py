"""A task or time entry named by description ("the engagement letter task", "my last entry"):
found among the person's own records in Clio by the words of its name or note."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from bot.assistant import described_entries
from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import quote
from bot.assistant.resolve import MIN_SCORE, Candidate, Resolution, pick
from bot.clio import models as m

LAST = re.compile(r"^(?:my\s+)?(?:last|latest|most recent|previous)\b\s*", re.I)
FILLER = re.compile(r"\b(?:the|my|entry|task|one|note)\b", re.I)
_NOTE_FILLER = frozenset({"about", "on", "re", "for", "of", "in", "to", "s", "a", "an"})
_WORD = re.compile(r"[^\W_]+")
RECENT = 50  # how many of the person's newest records a description is looked for among


async def described(ctx: Ctx, kind: str, text: str) -> m.Record | None:
    """The person's own record of the request's collection that `text` describes; asks with
    buttons when several match, says what was searched when none does; None for other kinds."""
    collection = ctx.collection()
    if collection.record not in (m.Task, m.Activity, m.Note):
        return None
    last = bool(LAST.match(text))
    words = FILLER.sub(" ", LAST.sub("", text)).strip()
    if collection.record is m.Note:
        return await _note(ctx, kind, text, words)
    me = await ctx.me()
    if collection.record is m.Activity and not (last and not words):
        return await _entry(ctx, kind, text, words, last=last, me=int(me.id))
    records = await _own(ctx, collection.record, int(me.id))
    if last and not words:
        if records:
            return records[0]
        raise Need(
            f"id:{kind}",
            f"You have no {collection.noun} in Clio yet.",
            ask=f"{collection.noun} number",
        )
    ranked = [c for c in (_candidate(words, r) for r in records) if c.score >= MIN_SCORE]
    if last and ranked:  # "my last smith entry": the newest of those that fit
        ranked = [max(ranked, key=lambda c: int(c.id))]
    resolution = pick("task" if collection.record is m.Task else "activity", words, ranked)
    noun = collection.noun
    if (found := _chosen(ctx, kind, noun, text, records, resolution)) is not None:
        return found
    raise Need(
        f"id:{kind}",
        f"I couldn't find a {noun} matching “{text}” among your {RECENT} newest {collection.plural}.",
        ask=f"{noun} number",
    )


async def _entry(ctx: Ctx, kind: str, text: str, words: str, *, last: bool, me: int) -> Any:
    """A time or expense entry by description, the firm's as well as the person's own."""
    records = await described_entries.entries(ctx, text, words)
    matter = await ctx.ref("matter") if ctx.draft.refs.get("matter") else None
    wanted = described_entries.wanted(words)
    resolution = described_entries.resolve(
        wanted, records, last=last, me=me, matter=int(matter.id) if matter else None
    )
    if (found := _chosen(ctx, kind, "entry", text, records, resolution)) is not None:
        return found
    if ctx.draft.refs.get("activity_on"):  # none that day: those of other days, asked about
        anyday = await described_entries.entries(ctx, text, words, by_day=False)
        if choices := described_entries.other_days(wanted, anyday):
            ctx.draft.choices[f"ref:{kind}"] = [Chosen(id=c.id, label=c.label) for c in choices]
            raise Need(
                f"ref:{kind}", f"No entry that day fits “{text}”. Did you mean…", choices=choices
            )
    raise Need(
        f"id:{kind}",
        f"I couldn't find a time or expense entry matching “{text}” among the newest entries.",
        ask="entry number",
    )


async def _note(ctx: Ctx, kind: str, text: str, words: str) -> m.Record | None:
    """A note named by what it is about and whose it is ("the note about physio on garcia",
    "ravi patel's preferences note"), among the newest notes the person can see."""
    wanted = [w for w in _WORD.findall(words.lower()) if w not in _NOTE_FILLER]
    resource = ctx.collection().resource(ctx.clio)
    records: list[Any] = []
    for note_type in ("Matter", "Contact"):  # the newest RECENT of each type
        params = {"type": note_type, "order": "id(desc)", "limit": RECENT}
        kept = len(records) + RECENT
        async for record in resource.list(params):
            records.append(record)
            if len(records) == kept:
                break
    ranked = []
    for record in records:
        matter, contact = record.matter, record.contact
        about = " ".join(
            x or ""
            for x in (
                record.subject,
                record.detail,
                getattr(matter, "display_number", None),
                getattr(matter, "description", None),
                getattr(contact, "name", None),
            )
        ).lower()
        have = _WORD.findall(about)
        hits = sum(any(h.startswith(w) or fuzz.ratio(w, h) >= 85 for h in have) for w in wanted)
        score = 100.0 * hits / len(wanted) if wanted else 0.0
        subject = record.subject or record.detail or "untitled"
        whose = getattr(matter, "display_number", None) or getattr(contact, "name", None) or ""
        label = " · ".join(x for x in (quote(subject, 60), whose) if x)
        ranked.append(Candidate(record.id, label, score))
    ranked = [c for c in ranked if c.score >= MIN_SCORE]
    resolution = pick("note", words, ranked)
    if (found := _chosen(ctx, kind, "note", text, records, resolution)) is not None:
        return found
    raise Need(f"id:{kind}", f"I couldn't find a note matching “{text}”.", ask="note number")


def _chosen(
    ctx: Ctx, kind: str, noun: str, text: str, records: list[Any], resolution: Resolution
) -> Any:
    """The one record `resolution` found, kept in the draft; several ask with buttons; None when
    nothing fits."""
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


async def _own(ctx: Ctx, model: type[m.Record], user_id: int) -> list[Any]:
    """The person's newest records, newest first."""
    params: dict[str, Any] = {"order": "id(desc)", "limit": RECENT}
    if model is m.Task:
        params |= {"assignee_id": user_id, "assignee_type": "user"}
    else:
        params |= {"user_id": user_id}
    resource = ctx.collection().resource(ctx.clio)
    found: list[Any] = []
    async for record in resource.list(params):
        found.append(record)
        if len(found) >= RECENT:
            break
    return sorted(found, key=lambda r: r.id, reverse=True)


def _candidate(words: str, record: Any) -> Candidate:
    said = getattr(record, "name", None) or getattr(record, "note", None) or ""
    matter = getattr(getattr(record, "matter", None), "display_number", None) or ""
    text = f"{said} {matter}".lower()
    score = fuzz.token_set_ratio(words.lower(), text) if words else float(MIN_SCORE)
    label = " · ".join(x for x in (quote(said or "untitled", 60), matter) if x)
    return Candidate(record.id, label, score)
