"""Finding the Clio record a person meant: matters, contacts and users, ranked, never guessed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from bot.clio import ClioClient, ClioNotFound
from bot.replies import Requester
from bot.store import Store

Kind = Literal[
    "matter",
    "contact",
    "user",
    "practice_area",
    "task_type",
    "calendar_entry",
    "task",
    "activity",
    "note",
    "communication",
    "bill",
    "folder",
    "record",  # a damage, medical record, folder, payment link or bill found by its words
]
CACHE_TTL = dt.timedelta(minutes=2)
MIN_SCORE = 60.0  # rapidfuzz 0..100: below this a lone candidate is not a match
CLEAR_MARGIN = 10.0  # how far ahead the best candidate must be to be taken without asking
MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
TYPED = re.compile(r"^@(\S+)$")  # `@marcus` typed out rather than picked from Slack's list
STOP_WORDS = {"v", "vs", "the", "and", "of", "matter", "estate", "inc", "llc", "corp"}

EmailLookup = Callable[[str], Awaitable[str | None]]


def is_mention(ref: str) -> bool:
    """A person named by a Slack mention, picked (`<@U…>`) or typed (`@marcus`)."""
    return bool(MENTION.match(ref) or TYPED.match(ref))


@dataclass(frozen=True)
class Candidate:
    """A possible match, as shown on a "which one?" button (a calendar entry's id is a string)."""

    id: int | str
    label: str
    score: float = 0.0
    boost: tuple[int, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """`found` when one record is clearly meant; `choices` when the person must pick."""

    kind: Kind
    query: str
    found: Candidate | None = None
    choices: list[Candidate] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.found is None and bool(self.choices)


def pick(kind: Kind, query: str, ranked: list[Candidate]) -> Resolution:
    """Take the best candidate only when nothing else is close to it."""
    if not ranked:
        return Resolution(kind, query)
    ranked.sort(key=lambda c: (c.boost, c.score), reverse=True)
    best = ranked[0]
    if len(ranked) == 1:
        clear = best.score >= MIN_SCORE or any(best.boost)
    else:
        second = ranked[1]
        clear = best.boost > second.boost or best.score - second.score >= CLEAR_MARGIN
        clear = clear and (best.score >= MIN_SCORE or any(best.boost))
    if clear:
        return Resolution(kind, query, found=best)
    return Resolution(kind, query, choices=ranked[:5])


def _open(row: dict[str, Any]) -> bool:
    return row.get("status") in ("Open", "Pending")


def _only_open(resolution: Resolution, open_ids: set[Any]) -> Resolution:
    """ "john smith" names Smith v Jones (open) and his closed will matter alike: the one open
    matter among the closest choices is meant (a closed one is named by its own words)."""
    if not resolution.ambiguous:
        return resolution
    best = resolution.choices[0]
    close = [
        c
        for c in resolution.choices
        if c.boost == best.boost and best.score - c.score < CLEAR_MARGIN
    ]
    still_open = [c for c in close if c.id in open_ids]
    if len(still_open) == 1 and len(close) > 1:
        return Resolution(resolution.kind, resolution.query, found=still_open[0])
    return resolution


_WORD = re.compile(r"[a-z0-9][a-z0-9'’&-]*")


def _said_words(text: str) -> set[str]:
    return {w.replace("’", "'") for w in _WORD.findall(text.lower())}


def _wanted(query: str) -> set[str]:
    """The words of a matter query that may name one (not "the", "case", "re")."""
    return {w for w in _said_words(query) if w not in STOP_WORDS and len(w) >= 3}


def _holds(row: dict[str, Any], wanted: set[str]) -> bool:
    """Whether every wanted word is a whole word of the matter's number, description or client."""
    client = (row.get("client") or {}).get("name") or ""
    said = _said_words(" ".join((row.get("display_number") or "", row.get("description") or "")))
    return bool(wanted) and wanted <= said | _said_words(client)


def _one_by_its_words(
    resolution: Resolution, rows: list[dict[str, Any]], ranked: list[Candidate]
) -> Resolution:
    """ "the transit case": a matter word that is a whole word of exactly one matter's number,
    description or client name names that matter, however long its description (rule "one
    matter by its words"); a word of several matters' still asks."""
    if resolution.found is not None or not ranked:
        return resolution
    wanted = _wanted(resolution.query)
    holding = [row for row in rows if _holds(row, wanted)]
    if len(holding) != 1:
        return resolution
    best = next((c for c in ranked if c.id == holding[0]["id"]), None)
    return resolution if best is None else Resolution(resolution.kind, resolution.query, found=best)


def _typed(kind: Kind, ref: str, handle: str, users: list[dict[str, Any]]) -> Resolution:
    """`@marcus`, `@marcus.bell`: the colleague whose name, first name or email name it is."""
    wanted = re.sub(r"[._-]+", " ", handle).lower().strip()
    exact = [
        u
        for u in users
        if wanted
        in (
            (u.get("name") or "").lower(),
            (u.get("name") or "").lower().partition(" ")[0],
            re.sub(r"[._-]+", " ", (u.get("email") or "").partition("@")[0].lower()),
        )
    ]
    ranked = [Candidate(u["id"], u.get("name") or "", 100.0) for u in exact] or [
        Candidate(u["id"], u.get("name") or "", fuzz.WRatio(wanted, u.get("name") or ""))
        for u in users
    ]
    return pick(kind, ref, [c for c in ranked if c.score >= MIN_SCORE])


_HONORIFIC = re.compile(r"^(?:dr|doctor|mr|mrs|ms|miss|prof|professor)\b\.?\s+(?=\S)", re.I)
# "the bakery client", "for our trucking company": a contact named by a word of its name and its
# role; the word is looked for
_ROLE_WRAPPED = re.compile(
    r"^(?:(?:for|to|with)\s+)?(?:the|our)\s+(?P<name>.+?)\s+(?:client|company|customer)(?:['’]s)?$",
    re.I,
)


def _words(query: str) -> list[str]:
    """Distinctive words of a query, longest first, then as written (fallback searches)."""
    said = re.findall(r"[A-Za-z][\w'&-]+", query)
    words = dict.fromkeys(w for w in said if w.lower() not in STOP_WORDS)
    return sorted(words, key=len, reverse=True)[:2]


class Resolver:
    """Resolves the references of an intent against Clio, with a short shared cache."""

    def __init__(
        self,
        clio: ClioClient,
        store: Store,
        *,
        email_for: EmailLookup,
        clock: Callable[[], dt.datetime],
    ):
        self._clio = clio
        self._store = store
        self._email_for = email_for
        self._clock = clock

    async def _cached(self, key: str, load: Callable[[], Awaitable[Any]]) -> Any:
        now = self._clock()
        hit = await self._store.cache.get(key, now=now)
        if hit is not None:
            return hit
        value = await load()
        await self._store.cache.put(key, value, now=now, ttl=CACHE_TTL)
        return value

    async def _search(self, collection: str, query: str, fields: str) -> list[dict[str, Any]]:
        async def load() -> list[dict[str, Any]]:
            body = await self._clio.request(
                "GET", f"{collection}.json", params={"query": query, "fields": fields, "limit": 25}
            )
            return body.get("data") or []

        return await self._cached(f"{collection}:q:{query.lower()}", load)

    async def _search_with_fallback(
        self, collection: str, query: str, fields: str
    ) -> list[dict[str, Any]]:
        found = await self._search(collection, query, fields)
        if not found:
            seen: dict[int, dict[str, Any]] = {}
            for word in _words(query):
                for item in await self._search(collection, word, fields):
                    seen.setdefault(item["id"], item)
            found = list(seen.values())
        return found

    async def matter(self, ref: str, who: Requester) -> Resolution:
        """By id, display number, or fuzzy on number, description and client name.

        Ranking: an exact number beats the channel's default matter, which beats a
        recently used one, which beats the fuzzy score.
        """
        ref = ref.strip()
        if ref.isdigit() and (label := await self._matter_label(int(ref))):
            return Resolution("matter", ref, found=Candidate(int(ref), label, 100.0))
        rows = await self._search_with_fallback(
            "matters", ref, "id,display_number,number,description,status,client{name}"
        )
        default = await self._store.channels.get(who.team_id, who.channel_id or "")
        prefs = await self._store.prefs.get(who.team_id, who.user_id)
        recent = prefs.recent_matters if prefs else []
        ranked = []
        wanted = _wanted(ref)
        for row in rows:
            number = (row.get("display_number") or "").lower()
            label = ": ".join(p for p in (row.get("display_number"), row.get("description")) if p)
            client = (row.get("client") or {}).get("name") or ""
            exact = ref.lower() in (number, str(row.get("number")), str(row["id"]))
            # matters that all hold the words said are named alike, however long their
            # descriptions: "johnson" is each of Sarah Johnson's matters, and is asked about
            score = (
                100.0
                if _holds(row, wanted)
                else fuzz.WRatio(ref, f"{number} {row.get('description') or ''} {client}")
            )
            boost = (
                int(exact),
                int(default is not None and default.matter_id == row["id"]),
                int(row["id"] in recent),
            )
            ranked.append(Candidate(row["id"], label or f"matter {row['id']}", score, boost))
        resolution = _only_open(pick("matter", ref, ranked), {r["id"] for r in rows if _open(r)})
        return _one_by_its_words(resolution, rows, ranked)

    async def search(self, kind: str, query: str) -> list[Candidate]:
        """Records matching a free search (a searchable select), best first."""
        query = query.strip()
        if kind == "matter":
            rows = await self._search("matters", query, "id,display_number,description")
            labels = [
                (
                    r["id"],
                    ": ".join(p for p in (r.get("display_number"), r.get("description")) if p),
                )
                for r in rows
            ]
        elif kind == "contact":
            rows = await self._search("contacts", query, "id,name")
            labels = [(r["id"], r.get("name") or "") for r in rows]
        else:
            labels = [
                (u["id"], u.get("name") or "")
                for u in await self._users()
                if query.lower() in (u.get("name") or "").lower()
            ]
        ranked = [Candidate(id_, label, fuzz.WRatio(query, label)) for id_, label in labels]
        return sorted(ranked, key=lambda c: c.score, reverse=True)

    async def recent_matters(self, who: Requester, count: int = 5) -> list[Candidate]:
        """The person's most recently used matters that still exist."""
        prefs = await self._store.prefs.get(who.team_id, who.user_id)
        found = []
        for matter_id in (prefs.recent_matters if prefs else [])[:count]:
            if label := await self._matter_label(matter_id):
                found.append(Candidate(matter_id, label, 100.0))
        return found

    async def _matter_label(self, matter_id: int) -> str | None:
        """The label of the matter with this id (kept a short while), None when there is none."""

        async def load() -> str | None:
            try:
                return (await self._clio.matters.get(matter_id)).label
            except ClioNotFound:
                return None

        label: str | None = await self._cached(f"matters:label:{matter_id}", load)
        return label

    async def contact(self, ref: str, *, kind: str | None = None) -> Resolution:
        """By id, or fuzzy on the name; `kind` ("Company", "Person") keeps that type only."""
        ref = ref.strip()
        ref = _HONORIFIC.sub("", ref) or ref  # "dr hart": Clio keeps the title apart (prefix)
        if wrapped := _ROLE_WRAPPED.match(ref):
            ref = wrapped["name"]
        if ref.isdigit():

            async def load() -> str | None:
                try:
                    return (await self._clio.contacts.get(int(ref))).name or ref
                except ClioNotFound:
                    return None

            if name := await self._cached(f"contacts:label:{ref}", load):
                return Resolution("contact", ref, found=Candidate(int(ref), name, 100.0))
        rows = await self._search_with_fallback("contacts", ref, "id,name,type")
        if kind is not None:
            rows = [row for row in rows if row.get("type") == kind]
        ranked = [
            Candidate(
                row["id"],
                row.get("name") or f"contact {row['id']}",
                fuzz.WRatio(ref, row.get("name") or ""),
                (int((row.get("name") or "").lower() == ref.lower()),),
            )
            for row in rows
        ]
        return pick("contact", ref, ranked)

    async def _users(self) -> list[dict[str, Any]]:
        async def load() -> list[dict[str, Any]]:
            body = await self._clio.request(
                "GET",
                "users.json",
                params={"fields": "id,name,email,enabled,subscription_type", "limit": 2000},
            )
            return body.get("data") or []

        return await self._cached("users:all", load)

    async def default_calendar(self, user_id: int) -> int | None:
        """The user's own calendar (Clio's `default_calendar_id`), kept a short while."""

        async def load() -> int | None:
            return (await self._clio.users.get(user_id)).default_calendar_id

        calendar: int | None = await self._cached(f"users:calendar:{user_id}", load)
        return calendar

    async def activity_descriptions(self) -> list[tuple[int, str]]:
        """The firm's activity descriptions the person may use, as (id, name), kept a short
        while."""

        async def load() -> list[tuple[int, str]]:
            return [
                (d.id, d.name or "")
                async for d in self._clio.activity_descriptions.list({})
                if d.accessible_to_user is not False
            ]

        return [(int(i), str(n)) for i, n in await self._cached("activity_descriptions:all", load)]

    async def attorney(self, user_id: int | str) -> bool:
        """Whether the user is one of the firm's attorneys (Clio's subscription type)."""
        return any(
            str(u["id"]) == str(user_id) and u.get("subscription_type") == "Attorney"
            for u in await self._users()
        )

    async def user(self, ref: str, who: Requester) -> Resolution:
        """`me`, a Slack mention (matched on email), an id, or a name."""
        ref = ref.strip()
        users = await self._users()
        email: str | None = None
        if ref.lower() == "me":
            email = who.email
            if email is None:
                if not who.own_clio:  # a shared token's owner is never "me" for anyone else
                    return Resolution("user", ref)
                me = await self._clio.users.who_am_i()
                return Resolution("user", ref, found=Candidate(me.id, me.name or "me", 100.0))
        elif mention := MENTION.match(ref):
            email = await self._email_for(mention.group(1))
            if email is None:
                return Resolution("user", ref)
        if email is not None:
            match = [u for u in users if (u.get("email") or "").lower() == email.lower()]
            return Resolution(
                "user",
                ref,
                found=Candidate(match[0]["id"], match[0].get("name") or email, 100.0)
                if match
                else None,
            )
        if typed := TYPED.match(ref):
            return _typed("user", ref, typed.group(1), [u for u in users if u.get("enabled", True)])
        if ref.isdigit():
            match = [u for u in users if str(u["id"]) == ref]
            if match:
                return Resolution("user", ref, found=Candidate(int(ref), match[0]["name"], 100.0))
        ranked = [
            Candidate(u["id"], u.get("name") or "", fuzz.WRatio(ref, u.get("name") or ""))
            for u in users
            if u.get("enabled", True)
        ]
        return pick("user", ref, [c for c in ranked if c.score >= MIN_SCORE])

    async def practice_area(self, ref: str) -> Resolution:
        """A practice area by its name or code (exact first, else fuzzy on the name)."""
        ref = ref.strip()

        async def load() -> list[dict[str, Any]]:
            body = await self._clio.request(
                "GET", "practice_areas.json", params={"fields": "id,name,code", "limit": 200}
            )
            return body.get("data") or []

        areas = await self._cached("practice_areas:all", load)
        ranked = [
            Candidate(
                area["id"],
                area.get("name") or f"practice area {area['id']}",
                fuzz.WRatio(ref, area.get("name") or ""),
                (
                    int(
                        ref.lower()
                        in ((area.get("name") or "").lower(), (area.get("code") or "").lower())
                    ),
                ),
            )
            for area in areas
        ]
        close = [c for c in ranked if c.score >= MIN_SCORE or any(c.boost)]
        if not close:  # let the person pick from the firm's practice areas
            ranked.sort(key=lambda c: c.score, reverse=True)
            return Resolution("practice_area", ref, choices=ranked[:10])
        return pick("practice_area", ref, close)

    async def task_type(self, ref: str) -> Resolution:
        """One of the firm's enabled task types by name (exact first, else fuzzy); with nothing
        close, all of them to pick from."""
        ref = ref.strip()

        async def load() -> list[dict[str, Any]]:
            body = await self._clio.request(
                "GET",
                "task_types.json",
                params={"fields": "id,name", "enabled": "true", "limit": 200},
            )
            return body.get("data") or []

        ranked = [
            Candidate(
                row["id"],
                row.get("name") or f"task type {row['id']}",
                fuzz.WRatio(ref, row.get("name") or ""),
                (int(ref.lower() == (row.get("name") or "").lower()),),
            )
            for row in await self._cached("task_types:enabled", load)
        ]
        close = [c for c in ranked if c.score >= MIN_SCORE or any(c.boost)]
        if not close:
            ranked.sort(key=lambda c: c.label)
            return Resolution("task_type", ref, choices=ranked[:10])
        return pick("task_type", ref, close)
