"""A record named by description: a time entry ("my last entry") among the person's own records
by the words of its note, a note by what it is about; tasks, calls and emails are looked for
among the firm's records (`described_words`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rapidfuzz import fuzz

from bot.assistant import described_entries
from bot.assistant.context import Ctx
from bot.assistant.described_pick import MINE, chosen, final, newest
from bot.assistant.described_words import described_by_words
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import quote
from bot.assistant.resolve import MIN_SCORE, Candidate, pick
from bot.assistant.wording import SHORT, telling
from bot.clio import models as m

LAST = re.compile(r"^(?:my\s+)?(?:last|latest|most recent|previous)\b\s*", re.I)
FILLER = re.compile(r"\b(?:the|my|entry|task|one|note)\b", re.I)
_NOTE_FILLER = frozenset(
    {"about", "on", "re", "for", "of", "in", "to", "s", "a", "an", "the", "that", "this", "only"}
    | {"him", "her", "his", "them", "their"}  # "the note about him only taking calls after 5pm"
)
_WORD = re.compile(r"[^\W_]+")
RECENT = 50  # how many of the person's newest records a description is looked for among


async def described(ctx: Ctx, kind: str, text: str) -> m.Record | None:
    """The person's own record of the request's collection that `text` describes; asks with
    buttons when several match, says what was searched when none does; None for other kinds."""
    collection = ctx.collection()
    if collection.record in LISTED:
        return await listed(ctx, kind, text)
    if collection.record in (m.Task, m.Communication):  # the firm's, not only the person's own
        return await described_by_words(ctx, kind, text)
    if collection.record not in (m.Activity, m.Note):
        return None
    last = bool(LAST.match(text))
    words = FILLER.sub(" ", LAST.sub("", text)).strip()
    if collection.record is m.Note:
        return await _note(ctx, kind, text, words)
    me = await ctx.me()
    if not (last and not words):
        return await _entry(ctx, kind, text, words, last=last, me=int(me.id))
    # "my last entry": the person's newest
    records = await newest(ctx, RECENT, {"user_id": int(me.id)})
    if records:
        return records[0]
    raise Need(
        f"id:{kind}",
        f"You have no {collection.noun} in Clio yet.",
        ask=f"{collection.noun} number",
    )


async def _entry(ctx: Ctx, kind: str, text: str, words: str, *, last: bool, me: int) -> Any:
    """A time or expense entry by description, the firm's as well as the person's own."""
    records = await described_entries.entries(ctx, text, words)
    matter = await _locating_matter(ctx)
    wanted = described_entries.wanted(words)
    resolution = described_entries.resolve(
        wanted,
        records,
        last=last,
        me=me,
        matter=int(matter.id) if matter else None,
        final=final(ctx),
    )
    if (found := chosen(ctx, kind, "entry", text, records, resolution)) is not None:
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


async def _locating_matter(ctx: Ctx) -> Any:
    """The matter named beside an entry's description, which only breaks ties among entries: one
    that names several ("acme") is no question to ask before the entry is found."""
    if not ctx.draft.refs.get("matter"):
        return None
    try:
        return await ctx.ref("matter")
    except Need as need:
        if not need.choices:
            raise
        ctx.draft.choices.pop(need.slot, None)
        return None


async def _note(ctx: Ctx, kind: str, text: str, words: str) -> m.Record | None:
    """A note named by what it is about and whose it is ("the note about physio on garcia",
    "ravi patel's preferences note"), among the newest notes the person can see."""
    wanted = [SHORT.get(w, w) for w in _WORD.findall(words.lower()) if w not in _NOTE_FILLER]
    resource = ctx.collection().resource(ctx.clio)
    records: list[Any] = []
    for note_type in ("Matter", "Contact"):  # the newest RECENT of each type
        params = {"type": note_type, "order": "id(desc)", "limit": RECENT}
        kept = len(records) + RECENT
        async for record in resource.list(params):
            records.append(record)
            if len(records) == kept:
                break
    records = await _of_day_and_author(ctx, text, records)
    wanted = telling(wanted, (_note_words(r) for r in records), final=final(ctx))
    ranked = []
    for record in records:
        matter, contact = record.matter, record.contact
        have = _WORD.findall(_note_words(record))
        hits = sum(any(h.startswith(w) or fuzz.ratio(w, h) >= 85 for h in have) for w in wanted)
        dated = bool(ctx.draft.refs.get("note_on"))  # "my note from thursday": the day tells it
        score = 100.0 * hits / len(wanted) if wanted else 100.0 if dated else 0.0
        subject = record.subject or record.detail or "untitled"
        whose = getattr(matter, "display_number", None) or getattr(contact, "name", None) or ""
        label = " · ".join(x for x in (quote(subject, 60), whose) if x)
        ranked.append(Candidate(record.id, label, score))
    ranked = [c for c in ranked if c.score >= MIN_SCORE]
    resolution = pick("note", words, ranked)
    if (found := chosen(ctx, kind, "note", text, records, resolution)) is not None:
        return found
    raise Need(f"id:{kind}", f"I couldn't find a note matching “{text}”.", ask="note number")


async def _of_day_and_author(ctx: Ctx, text: str, records: list[Any]) -> list[Any]:
    """Rule "a note told by its day" (`intents.notes`): the notes of the day said, and the
    person's own for "my note"."""
    on = ctx.draft.refs.get("note_on")
    if not on:
        return records
    day = dt.date.fromisoformat(on[:10])
    kept = [r for r in records if r.date == day]
    if MINE.match(text):
        me = int((await ctx.me()).id)
        kept = [r for r in kept if r.author is not None and r.author.id == me]
    return kept


def _note_words(record: Any) -> str:
    """Every word a person may name a note by: its subject and text, its matter or contact."""
    matter, contact = record.matter, record.contact
    return " ".join(
        x or ""
        for x in (
            record.subject,
            record.detail,
            getattr(matter, "display_number", None),
            getattr(matter, "description", None),
            getattr(contact, "name", None),
            getattr(record.author, "name", None),
        )
    ).lower()


# Records of a matter or the firm named by what they say ("the lost wages damage on garcia", "the
# pleadings folder", "the st mary's medical record", "the acme payment link"): few per matter, so
# they are listed and each is scored by the words it has (its own and its matter's or client's).
LISTED: frozenset[type[m.Record]] = frozenset(
    {m.Damage, m.MedicalRecordsDetail, m.Folder, m.PaymentLink, m.Bill}
)
_MATTER_FILTER = frozenset({m.Damage})  # collections Clio lists by `matter_id`
_LISTED_FILLER = frozenset(
    {"the", "my", "a", "an", "this", "that", "one", "entry", "s", "on", "for", "in", "of", "from"}
    | {"bill", "invoice", "dr", "doctor", "mr", "mrs", "ms"}
)
LISTED_MAX = 200


def _own_words(record: Any) -> str:
    """What a record says of itself, the words a person names it by."""
    provider = getattr(record, "medical_provider", None)
    bill = getattr(record, "bill", None)
    contact = getattr(record, "contact", None)
    parts = [
        getattr(record, "name", None),
        getattr(record, "description", None),
        getattr(record, "subject", None),
        getattr(record, "number", None),
        getattr(provider, "name", None),
        getattr(bill, "number", None),
        getattr(contact, "name", None),
        getattr(getattr(record, "client", None), "name", None),
    ]
    return " ".join(str(x) for x in parts if x)


def _whose_words(record: Any, bills: dict[int, str]) -> str:
    """Where a record belongs: its matter (or a bill's matters), a payment link's bill's client."""
    matters = [getattr(record, "matter", None), *(getattr(record, "matters", None) or [])]
    words = [f"{x.display_number or ''} {x.description or ''}" for x in matters if x is not None]
    bill = getattr(record, "bill", None)
    if bill is not None:
        words.append(bills.get(int(bill.id), ""))
    return " ".join(words)


def words_of(text: str) -> list[str]:
    """The words of a description that can name a record (not articles nor place words)."""
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _LISTED_FILLER]


def hits_in(wanted: list[str], text: str) -> int:
    """How many of the `wanted` words `text` has (as a word's start, or nearly the word)."""
    have = _WORD.findall(text.lower())
    return sum(any(h.startswith(w) or fuzz.ratio(w, h) >= 85 for h in have) for w in wanted)


async def listed(ctx: Ctx, kind: str, text: str) -> m.Record | None:
    """A damage, medical record, folder, payment link or bill named by its words, in the matter
    named when one is; asks with buttons when several fit, None when none does."""
    collection = ctx.collection()
    matter = await ctx.ref("matter") if "matter" in ctx.draft.refs else None
    params: dict[str, Any] = {"limit": LISTED_MAX}
    if matter is not None and collection.record in _MATTER_FILTER:
        params["matter_id"] = matter.id
    records: list[Any] = []
    async for record in collection.resource(ctx.clio).list(params):
        records.append(record)
        if len(records) >= LISTED_MAX:
            break
    if matter is not None:
        records = [r for r in records if _in_matter(r, int(matter.id))]
    bills: dict[int, str] = {}
    if collection.record is m.PaymentLink:
        async for bill in ctx.clio.bills.list({"limit": LISTED_MAX}):
            client = bill.client.name if bill.client else ""
            matters = " ".join(f"{x.display_number} {x.description}" for x in bill.matters or [])
            bills[int(bill.id)] = f"{client} {matters}"
    abouts = (f"{_own_words(r)} {_whose_words(r, bills)}" for r in records)
    wanted = telling(words_of(text), abouts, final=final(ctx))
    ranked = []
    for record in records:
        own = _own_words(record)
        own_hits = hits_in(wanted, own)
        hits = hits_in(wanted, f"{own} {_whose_words(record, bills)}")
        score = 100.0 * hits / len(wanted) if wanted else float(MIN_SCORE)
        title, lines = collection.describe(record)
        label = " · ".join([title, *lines[:3]])
        ranked.append(Candidate(record.id, label, score, (int(own_hits > 0),)))
    ranked = [c for c in ranked if c.score >= MIN_SCORE]
    resolution = pick("record", text, ranked)
    said = text or f"the {collection.plural}"
    if (found := chosen(ctx, kind, collection.noun, said, records, resolution)) is not None:
        return found
    where = f" on {matter.label}" if matter is not None else ""
    raise Need(
        f"id:{kind}",
        f"I couldn't find a {collection.noun} matching “{text}”{where}.",
        ask=f"{collection.noun} number",
    )


def _in_matter(record: Any, matter_id: int) -> bool:
    """Whether a record belongs to the matter; records that name no matter are kept."""
    matters = [getattr(record, "matter", None), *(getattr(record, "matters", None) or [])]
    ids = [int(x.id) for x in matters if x is not None]
    return not ids or matter_id in ids
