"""A time or expense entry named by description ("the courier expense on johnson", "hannah's 0.3
patel call entry", "my acme call from yesterday"): found among the firm's newest entries, not only
the person's own, by the words of its note, matter, activity, timekeeper, hours and amount.

"my ..." looks among the person's own entries only. A day said with it ("from yesterday", "on
tuesday", the grammar's `activity_on`) keeps the entries of that day. When several fit equally, the
matter named and then the person's own entries decide; otherwise the person is asked with buttons.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rapidfuzz import fuzz

from bot.assistant.context import Ctx
from bot.assistant.described_pick import MINE, newest
from bot.assistant.humanize import quote
from bot.assistant.resolve import MIN_SCORE, Candidate, Resolution, pick
from bot.assistant.wording import telling

RECENT = 50  # how many of the newest entries (the person's own, and the firm's) are looked among
_POSSESSIVE = re.compile(r"(?<=\w)(?:'s|’s|s'|’)(?=\s|$)", re.I)
_WORD = re.compile(r"[^\W_]+(?:\.\d+)?|\.\d+")
_NOISE = frozenset(
    {"s", "on", "for", "re", "from", "the", "a", "an", "of", "in", "to", "entry"}
    | {"h", "hr", "hrs", "hour", "hours"}  # "my 2.5h entry": the hours are the number's
)
_EXPENSE_TYPES = ("ExpenseEntry", "HardCostEntry")
_STEM = 6  # letters two words share at the start to be one word in another form


async def entries(ctx: Ctx, text: str, words: str, *, by_day: bool = True) -> list[Any]:
    """The entries a description may name: the person's own newest, and unless it says "my",
    the firm's newest too; only those of the day said, if one was (and `by_day`)."""
    me = int((await ctx.me()).id)
    found = await newest(ctx, RECENT, {"user_id": me})
    if not MINE.match(text):
        seen = {r.id for r in found}
        found += [r for r in await newest(ctx, RECENT, {}) if r.id not in seen]
    on = ctx.draft.refs.get("activity_on") if by_day else None
    if on:  # a day, or a stretch of days: "2026-11-01/2026-11-30"
        first, _, last = str(on).partition("/")
        start, end = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat((last or first)[:10])
        found = [r for r in found if r.date is not None and start <= r.date <= end]
    return sorted(found, key=lambda r: r.id, reverse=True)


def wanted(words: str) -> list[str]:
    """The words of a description that say which entry: no possessives, articles or "entry"."""
    plain = _POSSESSIVE.sub("", words.lower())
    found = [w for w in _WORD.findall(plain) if w not in _NOISE]
    return [f"0{w}" if w.startswith(".") else w for w in found]  # ".3" is written 0.3


def _about(record: Any) -> str:
    """Every word a person may name an entry by."""
    matter = getattr(record, "matter", None)
    user = getattr(record, "user", None)
    expense = record.type in _EXPENSE_TYPES
    hours = (record.quantity or 0) / 3600 if not expense else None
    return " ".join(
        str(x)
        for x in (
            record.note,
            getattr(matter, "display_number", None),
            getattr(matter, "description", None),
            getattr(getattr(record, "activity_description", None), "name", None),
            getattr(user, "name", None),
            getattr(getattr(record, "vendor", None), "name", None),
            "expense cost" if expense else "time",
            f"{hours:g} {hours:.1f}" if hours else None,
            f"{hours * 60:g} min" if hours and hours < 3 else None,  # "the 45 min priya logged"
            f"{record.price:g}" if expense and record.price else None,
        )
        if x
    )


def candidate(words: list[str], record: Any) -> Candidate:
    """How well `words` describe `record` (0..100), and its label for a button."""
    matter = getattr(record, "matter", None)
    user = getattr(record, "user", None)
    expense = record.type in _EXPENSE_TYPES
    hours = (record.quantity or 0) / 3600 if not expense else None
    have = _WORD.findall(_POSSESSIVE.sub("", _about(record).lower()))
    hits = sum(any(_same(w, h) for h in have) for w in words)
    score = 100.0 * hits / len(words) if words else float(MIN_SCORE)
    said = record.note or "untitled"
    when = record.date.strftime("%a %-d %b") if record.date else ""
    amount = f"${record.price:,.2f}" if expense else f"{hours:g} h" if hours else ""
    parts = (quote(said, 50), amount, when, getattr(matter, "display_number", None))
    label = " · ".join(x for x in (*parts, getattr(user, "name", None)) if x)
    return Candidate(record.id, label, score)


def _same(word: str, have: str) -> bool:
    if word == have:
        return True
    if len(word) >= 4 and have.startswith(word):  # "depo" for "deposition"
        return True
    if word[:_STEM] == have[:_STEM] and min(len(word), len(have)) >= _STEM:
        return True  # "collection" for "collected": one word in another form
    return len(word) >= 5 and fuzz.ratio(word, have) >= 85


def resolve(
    words: list[str],
    records: list[Any],
    *,
    last: bool,
    me: int,
    matter: int | None,
    final: bool = False,
) -> Resolution:
    """The entry `words` name among `records`; ties broken by the matter named, then by whose.
    For a `final` write (a delete), an entry on another matter than the one named is never taken
    alone: it is offered as a choice."""
    words = telling(words, (_about(r) for r in records), final=final)
    ranked = [c for c in (candidate(words, r) for r in records) if c.score >= MIN_SCORE]
    if last and ranked:  # "my last smith entry": the newest of those that fit
        ranked = [max(ranked, key=lambda c: int(c.id))]
    by_id = {r.id: r for r in records}
    top = max((c.score for c in ranked), default=0.0)
    for prefer in (
        lambda r: getattr(getattr(r, "matter", None), "id", None) == matter,
        lambda r: getattr(getattr(r, "user", None), "id", None) == me,
    ):
        best = [c for c in ranked if c.score == top]
        if len(best) > 1 and (narrowed := [c for c in best if prefer(by_id[c.id])]):
            ranked = narrowed + [c for c in ranked if c.score < top]
    resolution = pick("activity", " ".join(words), ranked)
    found = resolution.found
    elsewhere = found is not None and getattr(by_id[found.id].matter, "id", None) != matter
    if final and matter is not None and elsewhere:  # asked, never taken alone
        return Resolution(resolution.kind, resolution.query, choices=ranked[:5])
    return resolution


def other_days(words: list[str], records: list[Any]) -> list[Candidate]:
    """The entries that fit the words on any day, best first: offered when none fits on the day
    said (a day misread, or misremembered), rather than a guess."""
    ranked = [c for c in (candidate(words, r) for r in records) if c.score >= MIN_SCORE]
    return sorted(ranked, key=lambda c: c.score, reverse=True)[:5]
