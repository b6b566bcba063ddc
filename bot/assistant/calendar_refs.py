"""The calendar entry a request names: by its id as Clio gives it (an opaque string: one occurrence
of a series has its own), or by what it is and when ("Monday's status call"), found among that
day's entries as Clio lists them with `expanded=true`, whatever shape Clio's ids have."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from zoneinfo import ZoneInfo

from bot.assistant.context import Ctx
from bot.assistant.describe import entry_when
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import day, quote
from bot.assistant.resolve import MIN_SCORE, Candidate, Kind, pick
from bot.assistant.wording import SHORT, coverage, found_among, wanted
from bot.clio import ClioNotFound
from bot.clio import models as m

KIND: Kind = "calendar_entry"
SERIES_SAID = "calendar_entry_series"  # the series itself was named ("the whole series")
ON = "calendar_entry_on"  # the entry's day (YYYY-MM-DD), or with a time its start (ISO 8601)
UPCOMING = dt.timedelta(days=14)  # where an entry named without a day is looked for
BEHIND, AHEAD = dt.timedelta(days=60), dt.timedelta(days=90)  # then, when none of those fits
# words for any event: they count only when the entry has them ("the patel meeting")
EVENT_WORDS = frozenset(
    ("meeting", "call", "appointment", "event", "calendar", "session", "conference", "same")
)
EVENT_WORDS |= {"time", "day", "date"}  # "same time" left over from the change
ID = re.compile(r"^#?\S*\d\S*$")  # one word with a digit: an id as Clio gave it
ASK = "calendar entry number"


async def named_entry(ctx: Ctx) -> m.CalendarEntry:
    """The entry the person named; asks with buttons when several match, or for its number."""
    chosen = ctx.draft.resolved.get(KIND)
    if chosen is not None:
        return await _get(ctx, str(chosen.id))
    text = (ctx.draft.refs.get(KIND) or "").strip()
    on = ctx.draft.refs.get(ON)
    if text and not on and ID.match(text):
        return await _get(ctx, text.lstrip("#"))
    if not text and not on:
        raise Need(
            f"id:{KIND}",
            "Which calendar entry? Give its number, or say what and when, "
            "e.g. “Monday's status call”.",
            ask=ASK,
        )
    entries = await _listed(ctx, on)
    ranked = [c for c in (_candidate(text, e) for e in entries) if c.score >= MIN_SCORE]
    if not ranked and not on and text:  # not in the next two weeks: further back and ahead
        entries = await _listed(ctx, on, wide=True)
        ranked = [c for c in (_candidate(text, e) for e in entries) if c.score >= MIN_SCORE]
    if not ranked and text:
        ranked = _named_amid(text, entries)
    named_series = SERIES.search(text) or SERIES_SAID in ctx.draft.refs
    if named_series and (series := await _series(ctx, ranked, entries)) is not None:
        return series
    resolution = pick(KIND, text, ranked)
    where = f" on {day(on)}" if on else ""
    if resolution.found is not None:
        found = next(e for e in entries if e.id == resolution.found.id)
        ctx.draft.resolved[KIND] = Chosen(id=found.id, label=resolution.found.label)
        return found
    if resolution.ambiguous:
        ctx.draft.choices[f"ref:{KIND}"] = [
            Chosen(id=c.id, label=c.label) for c in resolution.choices
        ]
        named = f"“{text}”{where}" if text else f"the entry{where}"
        raise Need(
            f"ref:{KIND}",
            f"Which calendar entry did you mean by {named}?",
            choices=resolution.choices,
        )
    named = f"“{text}”" if text else "an entry"
    hidden = await _free_busy(ctx, on)
    raise Need(
        f"id:{KIND}", f"I couldn't find {named}{where} in your Clio calendars.{hidden}", ask=ASK
    )


async def _free_busy(ctx: Ctx, on: str | None) -> str:
    """What cannot be looked in, said after "I couldn't find": the calendars shared with the
    person as Free/Busy that have entries then (Clio shows their times alone)."""
    owners = sorted(
        {
            e.calendar_owner.name
            async for e in _entries(ctx, on)
            if e.redacted and e.calendar_owner is not None and e.calendar_owner.name
        }
    )
    if not owners:
        return ""
    whose = " and ".join(f"{name}'s" for name in owners)
    has = "calendar has" if len(owners) == 1 else "calendars have"
    return (
        f" {whose} {has} entries shared with you as Free/Busy: Clio shows you only their "
        "times, and does not let you change them."
    )


# "the weekly team meeting series", "every one of them", "the whole thing": the series itself,
# not one of its occurrences
SERIES = re.compile(
    r"\b(?:series|every\s+one\s+of\s+them|all\s+of\s+them|(?:the\s+)?whole\s+(?:thing|series)"
    r"|entirely|every\s+(?:week|occurrence))\b",
    re.I,
)


async def _series(
    ctx: Ctx, ranked: list[Candidate], entries: list[m.CalendarEntry]
) -> m.CalendarEntry | None:
    """The one series whose occurrences fit best, when the words name a series; else None."""
    if not ranked:
        return None
    best = max(c.score for c in ranked)
    ids = {c.id for c in ranked if c.score == best}
    fitting = [e for e in entries if e.id in ids]
    parents = {str(e.parent_calendar_entry_id) for e in fitting if e.occurrence}
    if len(parents) != 1 or len(fitting) != sum(e.occurrence for e in fitting):
        return None
    found = await _get(ctx, parents.pop())
    ctx.draft.resolved[KIND] = Chosen(id=found.id, label=quote(found.summary or "event", 60))
    return found


async def _get(ctx: Ctx, ident: str) -> m.CalendarEntry:
    try:
        return await ctx.clio.calendar_entries.get(ident)
    except ClioNotFound:
        raise Need(
            f"id:{KIND}", f"Clio has no calendar entry {ident} that you can see.", ask=ASK
        ) from None


def _entries(ctx: Ctx, on: str | None, *, wide: bool = False) -> AsyncIterator[m.CalendarEntry]:
    """Clio's entries (one record per occurrence) on the day named, else in the next two weeks,
    or when `wide` in the months around today."""
    zone = ZoneInfo(ctx.who.tz)
    first = dt.date.fromisoformat(on[:10]) if on else ctx.now.astimezone(zone).date()
    if wide:
        first -= BEHIND
    start = dt.datetime.combine(first, dt.time(), zone)
    length = dt.timedelta(days=1) if on else (BEHIND + AHEAD if wide else UPCOMING)
    params = {
        "from": start.isoformat(),
        "to": (start + length - dt.timedelta(seconds=1)).isoformat(),
        "expanded": "true",
    }
    return ctx.clio.calendar_entries.list(params)


async def _listed(ctx: Ctx, on: str | None, *, wide: bool = False) -> list[m.CalendarEntry]:
    """Entries starting on the day named, at its time when one was said; without a day, the
    next two weeks' entries (the words are matched here, so "depo" finds a deposition), or when
    `wide` those of the months around today."""
    zone = ZoneInfo(ctx.who.tz)
    first = dt.date.fromisoformat(on[:10]) if on else None
    found = [
        e
        async for e in _entries(ctx, on, wide=wide)
        if not e.redacted and (first is None or _starts_on(e, first, zone))
    ]
    at = dt.datetime.fromisoformat(on) if on and len(on) > 10 else None
    timed = [e for e in found if at is not None and e.start_at == at]
    return timed or found


def _starts_on(entry: m.CalendarEntry, first: dt.date, zone: ZoneInfo) -> bool:
    if entry.all_day and entry.start_date is not None:
        return entry.start_date == first
    return entry.start_at is not None and entry.start_at.astimezone(zone).date() == first


def _candidate(text: str, entry: m.CalendarEntry) -> Candidate:
    """How well `text` fits the entry: its words among those of the entry's summary, matter,
    attendees, place and calendar ("the patel meeting", "hannah's 2pm", "the o'brien closing")."""
    summary = entry.summary or ""
    matter = entry.matter
    about = " ".join(
        x or ""
        for x in (
            summary,
            getattr(matter, "display_number", None),
            getattr(matter, "description", None),
            entry.location,
            getattr(entry.calendar_owner, "name", None),
            *(a.name for a in entry.attendees or []),
        )
    )
    said = wanted(text)
    score = coverage(said, about, EVENT_WORDS) if said else float(MIN_SCORE)
    exact = int(bool(text) and text.lower() == summary.lower())
    return Candidate(entry.id, _label(entry), score, (exact,))


def _named_amid(text: str, entries: list[m.CalendarEntry]) -> list[Candidate]:
    """Rule "the entry named amid a story": words that say more than the entry ("the weekly team
    mtg, we're doing slack standups now", "the o'brien closing ... it keeps showing up for
    marcus") name the entries whose own title words are most among them: two at least, or all
    of a shorter title's."""
    said = wanted(text)
    found: list[tuple[int, m.CalendarEntry]] = []
    for entry in entries:
        title = [w for w in wanted(entry.summary or "") if w not in EVENT_WORDS]
        hits = found_among(title, said)
        if title and hits >= min(2, len(title)):
            found.append((hits, entry))
    most = max((hits for hits, _ in found), default=0)
    return [Candidate(e.id, _label(e), MIN_SCORE) for hits, e in found if hits == most]


def _label(entry: m.CalendarEntry) -> str:
    return " · ".join(x for x in (quote(entry.summary or "untitled", 60), entry_when(entry)) if x)


_EVENT = re.compile(
    r"\b(?P<kind>depo|deposition|hearing|mediation|trial|closing|arbitration)s?\b", re.I
)
_NAME_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_NOT_NAMES = frozenset(
    {"deposition", "depo", "hearing", "mediation", "trial", "closing", "arbitration", "prep",
     "with", "from", "that", "this", "notes", "outline", "binder", "exhibit", "exhibits",
     "draft", "review", "before", "after", "for", "the"}
)  # fmt: skip


async def event_matter(ctx: Ctx, text: str) -> Candidate | None:
    """ "prep the exhibit binder for the robert jones depo": the matter of the one upcoming entry
    of that kind whose title shares a name with the text (the deposition of Robert Jones is on
    Smith v Jones); None when no entry, or entries of several matters, fit."""
    said = _EVENT.search(text)
    if said is None:
        return None
    kind = SHORT.get(said["kind"].lower(), said["kind"].lower())
    names = {w for w in _NAME_WORD.findall(text.lower()) if w not in _NOT_NAMES}
    if not names:
        return None
    matters = {
        e.matter.id: e.matter
        for e in await _listed(ctx, None)
        if e.matter is not None
        and kind in (e.summary or "").lower()
        and names & set(_NAME_WORD.findall((e.summary or "").lower()))
    }
    if len(matters) != 1:
        return None
    (matter,) = matters.values()
    return Candidate(matter.id, matter.label, 100.0)
