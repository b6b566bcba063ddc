"""The firm's vocabulary: the names people type (matters, clients, colleagues...) and a matcher
that finds them in a message, case-insensitively, fuzzily and longest-first.

A `Vocabulary` is built from plain records (as Clio returns them) and is immutable. `find` proposes
`Match`es: a span of the text, and every record (kind, id, label) its words name, with a score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from intents import lazy
from intents.lexicon import TOPIC_WORDS
from intents.names import ARTICLES, CUES, KIND_WORDS, PRONOUNS, STOPS, WORK
from intents.nicknames import short_forms

Record = Mapping[str, Any]

_CLAUSE = lazy.regex(r"[:;,()]|\s[-–—]\s|[–—→]")
K = TypeVar("K")
_WORD = lazy.regex(r"@?[^\W_][\w'’&-]*\.?")
_POSSESSIVE = lazy.regex(r"(?:'s|’s|'|’)$")
_VERSUS = frozenset({"v", "vs", "versus"})
_COMPANY = frozenset({"corp", "corporation", "inc", "llc", "llp", "ltd", "co", "company", "plc"})
_LONGEST = 8  # words in the longest name looked for
_FUZZY_MIN = 5  # letters a word needs before a typo in it is forgiven
_FUZZY_SCORE = 80.0
_JOINED_MIN = 6  # letters a word typed in two needs ("north wind": "northwind")
_SPACE_ONLY = lazy.regex(r" ")
_OTHER_SIDE_MIN = 6  # letters the first word of the other side needs to name the matter alone
_INITIALS_MIN = 3  # words of the other side whose initials name the matter ("MTA")
# Words that are never a name alone, whatever a record calls itself.
_COMMON = (
    WORK
    | STOPS
    | ARTICLES
    | CUES
    | KIND_WORDS
    | frozenset(
        [
            "my",
            "me",
            "i",
            "all",
            "any",
            "new",
            "open",
            "closed",
            "pending",
            "this",
            "next",
            "last",
            "week",
            "month",
            "year",
            "day",
            "hour",
            "hours",
            "time",
            "entry",
            "entries",
            "log",
            "bill",
            "bills",
            "list",
            "show",
            "find",
            "search",
            "what",
            "who",
            "how",
            "much",
            "when",
            "where",
            "mine",
            "will",
            "trust",
            "estate",
            "planning",
            "lease",
            "dispute",
            "review",
            "contract",
            "handbook",
            "purchase",
            "home",
            "power",
            "attorney",
            "general",
        ]
    )
)


def word(token: str) -> str:
    """A token as it is compared: lower case, no edge dots, possessive or "@"."""
    text = _POSSESSIVE.sub("", token.lower().lstrip("@").rstrip("."))
    return "v" if text in _VERSUS else text


def words(text: str) -> tuple[str, ...]:
    return tuple(w for w in (word(t) for t in _WORD.findall(text or "")) if w)


@dataclass(frozen=True, slots=True)
class Sense:
    """One record a name may mean: `kind` (matter, matter_topic: what a matter is about,
    contact, first_name: a person contact's first name alone, which names them only as the other
    party of a call or email, matter_person: a person a matter is named through, user,
    practice_area, activity_description, task_type, calendar),
    its id and its label."""

    kind: str
    id: int
    label: str


@dataclass(frozen=True, slots=True)
class Match:
    """A span of the message naming one or more records; `score` 0..100 (100: exact)."""

    start: int
    end: int
    text: str
    senses: tuple[Sense, ...]
    score: float
    mention: bool = False

    def of(self, kind: str) -> tuple[Sense, ...]:
        return tuple(s for s in self.senses if s.kind == kind)


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    senses: list[Sense] = field(default_factory=list)


def _company(name: str) -> tuple[str, ...]:
    """A company's name without "Corp", "Inc"...: "Acme Corp" -> ("acme",)."""
    return tuple(w for w in words(name) if w not in _COMPANY)


def matter_names(matter: Record) -> set[tuple[str, ...]]:
    """What people call a matter: its display number, description (with and without the
    client's "Corp"), the client's name and surname, "X v Y" and "X v Y Z", the other side of several
    words and its initials ("the MTA case")."""
    names = {words(matter.get("display_number") or ""), words(str(matter.get("number") or ""))}
    # "00042" of "00042-Smith": the number as Clio pads it, said bare (rule "a display number
    # said bare"; a short number, "42", is too weak a name to look for)
    names.add(words((matter.get("display_number") or "").split("-")[0]))
    description = words(matter.get("description") or "")
    names |= {description, tuple(w for w in description if w not in _COMPANY)}
    client = matter.get("client") or {}
    names |= client_names(client)
    if "v" in description:
        cut = description.index("v")
        left = [w for w in description[:cut] if w not in _COMPANY]
        right = [w for w in description[cut + 1 :] if w not in _COMPANY]
        if left and right:
            for size in range(
                1, len(right) + 1
            ):  # "garcia v metro transit": the other side cut short
                names |= {(left[-1], "v", *right[:size]), (*left, "v", *right[:size])}
            names.add(tuple(left))  # "garcia" of "Garcia v. Metro Transit Authority"
            if len(right) >= 2:  # the other side, named in full: "widget works"
                names.add(tuple(right))
                names.add(tuple(right[:2]))  # "metro transit" of "Metro Transit Authority"
                if len(right[0]) >= _OTHER_SIDE_MIN and right[0] not in _COMMON:
                    names.add(tuple(right[:1]))  # "brightline" of "Brightline Logistics"
            if len(right) >= _INITIALS_MIN:  # "mta" of "Metro Transit Authority"
                names.add(("".join(w[0] for w in right),))
    short = tuple(w for w in words(client.get("name") or "") if w not in _COMPANY)
    if len(short) >= 2 and description[: len(short)] == short and len(description) > len(short):
        names.add((short[0], *description[len(short) :]))  # "globex lease dispute"
    surname = _surname(client)
    if surname and description[:1] == (surname,) and len(description) > 2:
        names.add(description[:2])  # "patel estate" of "Patel estate planning"
    return {n for n in names if n}


def matter_topic(matter: Record) -> tuple[str, ...]:
    """What a matter is about, without its client: "lease dispute" of "Globex Industries lease
    dispute", "divorce" of "Chen divorce"; none for a suit ("X v Y" is named by its sides)."""
    description = words(matter.get("description") or "")
    if "v" in description:
        return ()
    client = {w for name in client_names(matter.get("client") or {}) for w in name}
    return tuple(w for w in description if w not in client and w not in _COMPANY)


def other_side(matter: Record) -> tuple[str, ...]:
    """The party a suit is against: "jones" of "Smith v Jones"; none for other matters."""
    description = words(matter.get("description") or "")
    if "v" not in description:
        return ()
    return tuple(w for w in description[description.index("v") + 1 :] if w not in _COMPANY)


def matter_people(
    matters: list[Record], contacts: list[Record]
) -> Iterable[tuple[tuple[str, ...], Sense]]:
    """The people a matter is named through (kind `matter_person`): its person client's first
    name ("ravi" of the Patel matter) and a contact who is the other side of a suit ("robert
    jones", "jones" of Smith v Jones)."""
    by_id = {int(c["id"]): c for c in contacts if "id" in c}
    for m in matters:
        label = m.get("display_number") or m.get("description") or str(m["id"])
        sense = Sense("matter_person", int(m["id"]), label)
        client = by_id.get(int((m.get("client") or {}).get("id") or 0)) or {}
        if client.get("type") == "Person" and (first := words(client.get("first_name") or "")):
            yield first, sense
        side = other_side(m)
        if not side:
            continue
        for contact in contacts:
            names = client_names(contact)
            if side in names:
                yield from ((name, sense) for name in names)


# Words that name a matter after its client's first name ("maria's case", "john's file").
_MATTER_WORDS = ("case", "matter", "file", "suit", "lawsuit", "claim", "deal")


def first_name_matters(
    matters: list[Record], contacts: list[Record]
) -> Iterable[tuple[tuple[str, ...], Sense]]:
    """Rule "a client's first name with a matter word": what people who know the client call
    their matter: the first name with a matter word ("maria's case") or with what the matter is
    about ("emily's divorce", "emily's divorce case"). A client with open matters is named
    through those only ("john's case" is John Smith's open suit, not his closed will); a name
    that fits several matters means them all, and the core asks which."""
    by_id = {int(c["id"]): c for c in contacts if "id" in c}
    clients: dict[int, list[Record]] = {}
    for m in matters:
        client = by_id.get(int((m.get("client") or {}).get("id") or 0)) or {}
        if client.get("type") == "Person" and words(client.get("first_name") or ""):
            clients.setdefault(int(client["id"]), []).append(m)
    for client_id, theirs in clients.items():
        first = words(by_id[client_id].get("first_name") or "")
        open_ones = [m for m in theirs if (m.get("status") or "Open") != "Closed"]
        for m in open_ones or theirs:
            label = m.get("display_number") or m.get("description") or str(m["id"])
            sense = Sense("matter", int(m["id"]), label)
            topic = matter_topic(m)
            # a word that means what the matter is about: "ravi's trust" (estate planning)
            meant = tuple((w,) for w, means in TOPIC_WORDS.items() if means & set(topic))
            for said in (*((w,) for w in _MATTER_WORDS), topic, topic[:1], *meant):
                if said:
                    yield (*first, *said), sense
            for said in (topic, topic[:1]):
                if said:
                    yield from (((*first, *said, w), sense) for w in _MATTER_WORDS[:3])


def _surname(contact: Record) -> str | None:
    if contact.get("type") == "Person" or contact.get("last_name"):
        last = words(contact.get("last_name") or "") or words(contact.get("name") or "")[-1:]
        return last[-1] if last else None
    company = _company(contact.get("name") or "")
    return company[0] if company else None


# What kind of place a company is, said last in its name and left out when its people are named
# ("st mary's billing office" of "St. Mary's Hospital"); the rest must keep two words.
_INSTITUTION = frozenset(
    {"hospital", "clinic", "center", "centre", "bank", "university", "college"}
)


def _institution(name: str) -> tuple[str, ...]:
    """A company's name without the kind of place it is: "St. Mary's Hospital" -> ("st", "mary")."""
    said = _company(name)
    return said[:-1] if len(said) > 2 and said[-1] in _INSTITUTION else ()


def client_names(contact: Record) -> set[tuple[str, ...]]:
    """A contact's name, its company form without "Corp" or the kind of place it is, a person's
    surname, and their full name with a short form of the first ("bob jones" of Robert Jones)."""
    names = {words(contact.get("name") or ""), _company(contact.get("name") or "")}
    if contact.get("type") == "Company":
        names.add(_institution(contact.get("name") or ""))
    first, last = contact.get("first_name"), contact.get("last_name")
    if first and last:
        names.add(words(f"{first} {last}"))
        names.update(words(f"{short} {last}") for short in short_forms(first))  # "bob jones"
    surname = _surname(contact)
    if surname:
        names.add((surname,))
    return {n for n in names if n}


def user_names(user: Record) -> set[tuple[str, ...]]:
    """A colleague's full name, first name, email name ("marcus.bell") and full name with a
    short form of the first ("tom reyes" of Thomas Reyes)."""
    full = words(user.get("name") or "")
    first = words(user.get("first_name") or "") or full[:1]
    email = words((user.get("email") or "").partition("@")[0].replace(".", " "))
    short = (
        (words(f"{s} {' '.join(full[1:])}") for s in short_forms(" ".join(first)))
        if full[1:]
        else ()
    )
    return {n for n in (full, first, email, *short) if n}


class Vocabulary:
    """Names by the words they are written in, each with the records it may mean."""

    def __init__(self, names: Iterable[tuple[tuple[str, ...], Sense]]):
        self._root = _Node()
        self._typos: dict[str, set[str]] = {}
        self._words: dict[Sense, set[str]] = {}  # every word of a record's names
        self._all_words: dict[Sense, set[str]] = {}  # and of those too weak to look for
        self._parts: set[str] = set()  # every word a name looked for is written with
        self.size = 0
        for name, sense in names:
            self._add(name, sense)

    def _add(self, name: tuple[str, ...], sense: Sense) -> None:
        self._all_words.setdefault(sense, set()).update(name)
        if len(name) > _LONGEST or (len(name) == 1 and _weak(name[0])):
            return
        node = self._root
        self._parts.update(name)
        for part in name:
            node = node.children.setdefault(part, _Node())
            if len(part) >= _FUZZY_MIN:  # a letter left out, swapped, or (the part itself
                # among the typed word's deletions) one too many: "garcias ER bill"
                for variant in (part, *_deletions(part)):
                    self._typos.setdefault(variant, set()).add(part)
        if sense not in node.senses:
            node.senses.append(sense)
            self.size += 1
        self._words.setdefault(sense, set()).update(name)

    def narrow(
        self, senses: tuple[Sense, ...], text: str, start: int, end: int, *, topics: bool = True
    ) -> Sense | None:
        """Of the records one name may mean (the `start`:`end` span of `text`), the one whose own
        other words the message also says (rule "narrowed by its own words"): "acme ... the
        contract review mtg" is Acme's contract review matter, not its suit against Widget Works.
        Its own words: two, or one that is not a common word, or one right after the name ("the
        acme contract matter"), or one a topic word means ("re the msa": contract). None when no
        record or several are told apart. `topics` False: topic words tell nothing."""
        said = {word(m.group()) for m in _WORD.finditer(text) if not start <= m.start() < end}
        next_word = _NEXT_WORD.match(text, end)
        after = word(next_word[1]) if next_word else ""
        names = {sense: self._words.get(sense, set()) for sense in senses}
        return _told_apart(names, said, after, topics=topics)

    def named_with(self, kind: str, wanted: frozenset[str]) -> tuple[Sense, ...]:
        """The records of `kind` whose names hold every word of `wanted`."""
        return tuple(s for s, said in self._all_words.items() if s.kind == kind and wanted <= said)

    @classmethod
    def build(
        cls,
        *,
        matters: Iterable[Record] = (),
        contacts: Iterable[Record] = (),
        users: Iterable[Record] = (),
        practice_areas: Iterable[Record] = (),
        activity_descriptions: Iterable[Record] = (),
        task_types: Iterable[Record] = (),
        calendars: Iterable[Record] = (),
    ) -> Vocabulary:
        """The vocabulary of Clio records (dicts with Clio's field names)."""

        matters, contacts = list(matters), list(contacts)

        def names() -> Iterable[tuple[tuple[str, ...], Sense]]:
            yield from matter_people(matters, contacts)
            yield from first_name_matters(matters, contacts)
            for m in matters:
                label = m.get("display_number") or m.get("description") or str(m["id"])
                for name in matter_names(m):
                    yield name, Sense("matter", int(m["id"]), label)
                topic = matter_topic(m)
                if topic:
                    yield topic, Sense("matter_topic", int(m["id"]), label)
            for c in contacts:
                label = c.get("name") or str(c["id"])
                for name in client_names(c):
                    yield name, Sense("contact", int(c["id"]), label)
                if c.get("type") == "Person" and (first := words(c.get("first_name") or "")):
                    yield first, Sense("first_name", int(c["id"]), label)
            for u in users:
                if u.get("enabled", True):
                    for name in user_names(u):
                        yield name, Sense("user", int(u["id"]), u.get("name") or str(u["id"]))
            for kind, rows in (
                ("practice_area", practice_areas),
                ("activity_description", activity_descriptions),
                ("task_type", task_types),
                ("calendar", calendars),
            ):
                for row in rows:
                    label = row.get("name") or str(row["id"])
                    yield words(label), Sense(kind, int(row["id"]), label)
                    if kind == "practice_area" and words(label)[1:] == ("law",):
                        yield words(label)[:1], Sense(kind, int(row["id"]), label)  # "family"
                    code = row.get("code") or _utbms(row)
                    if code:
                        yield (code.lower(),), Sense(kind, int(row["id"]), label)
                    if kind == "activity_description" and _utbms(row):
                        for said in _utbms_names(label):
                            yield said, Sense(kind, int(row["id"]), label)

        return cls(names())

    def find(self, text: str) -> list[Match]:
        """The names in `text`, longest first, never overlapping, in the order written."""
        tokens = self._joined([(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)], text)
        options = [self._options(token) for _, _, token in tokens]
        # a name never runs on over a clause's end: "bluebird trademark: registration received"
        cut = {
            i for i in range(1, len(tokens)) if _CLAUSE.search(text, tokens[i - 1][1], tokens[i][0])
        }
        found: list[Match] = []
        index = 0
        while index < len(tokens):
            best = self._longest(tokens, options, index, cut)
            if best is None:
                index += 1
                continue
            last, senses, score = best
            start, end = tokens[index][0], tokens[last][1]
            if text[end - 1] == "." and tokens[last][2].lower().rstrip(".") not in ("v", "vs"):
                end -= 1
            mention = tokens[index][2].startswith("@")
            found.append(Match(start, end, text[start:end], senses, score, mention))
            index = last + 1
        return found

    def _joined(self, tokens: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
        """Rule "a name split in two": two words typed apart that the firm writes as one ("north
        wind traders", "blue bird bakery") read as that one word; never when the first is a word
        of the firm's names itself ("acme corp"), nor across a clause's end."""
        joined: list[tuple[int, int, str]] = []
        for token in tokens:
            if joined and _SPACE_ONLY.fullmatch(text, joined[-1][1], token[0]):
                first, second = word(joined[-1][2]), word(token[2])
                together = first + second
                if (
                    len(together) >= _JOINED_MIN
                    and min(len(first), len(second)) >= 2
                    and together in self._parts
                    and first not in self._parts
                ):
                    joined[-1] = (joined[-1][0], token[1], together)
                    continue
            joined.append(token)
        return joined

    def _options(self, token: str) -> list[tuple[str, float]]:
        """The vocabulary's words `token` may be: itself, or one typo away (long words only),
        closest first, then in alphabetical order."""
        plain = word(token)
        if not plain:
            return []
        options = [(plain, 100.0)]
        if len(plain) >= _FUZZY_MIN and plain not in _COMMON:
            near: set[str] = set()
            for variant in (plain, *_deletions(plain)):
                near |= self._typos.get(variant, set())
            typos = [
                (o, fuzz.ratio(plain, o)) for o in near - {plain} if OSA.distance(plain, o) <= 1
            ]
            options += sorted(typos, key=lambda option: (-option[1], option[0]))
        return options

    def _longest(
        self,
        tokens: list[tuple[int, int, str]],
        options: list[list[tuple[str, float]]],
        index: int,
        cut: set[int],
    ) -> tuple[int, tuple[Sense, ...], float] | None:
        """The longest name starting at token `index`: its last token, senses and score. Names
        read as closely as each other (one typo from two names) mean the records of all of them."""
        frontier: list[tuple[_Node, float]] = [(self._root, 0.0)]
        best: tuple[int, tuple[Sense, ...], float] | None = None
        for last in range(index, min(index + _LONGEST, len(tokens))):
            if last > index and last in cut:
                break
            step: list[tuple[_Node, float]] = []
            for node, total in frontier:
                for part, score in options[last]:
                    child = node.children.get(part)
                    if child is not None:
                        step.append((child, total + score))
            if not step:
                break
            frontier = step
            count = last - index + 1
            ends = [(total / count, node) for node, total in step if node.senses]
            if ends:
                score = max(pair[0] for pair in ends)
                if score >= _FUZZY_SCORE:  # readings as close as each other: all their records
                    tied = (s for pair in ends if pair[0] == score for s in pair[1].senses)
                    best = (last, tuple(dict.fromkeys(tied)), score)
        return best


# Words that tell no record apart: "her landlord kept the deposit" is not named by "her file"
_GLUE = STOPS | ARTICLES | PRONOUNS | frozenset({"she", "hers", "they", "theirs", "he", "we"})
_NEXT_WORD = lazy.regex(r"\s+(" + _WORD.pattern + ")")


def told_apart(descriptions: Mapping[K, str], text: str, *, besides: str = "") -> K | None:
    """Of several records that fit a request (a client's open matters), the one whose own
    description words `text` says, by rule "narrowed by its own words" (`Vocabulary.narrow`):
    "emily called re the custody schedule" is her divorce, not her condo purchase. The words of
    `besides` (the client's name, which chose the records) tell nothing. None when no record or
    several are told apart."""
    known = set(words(besides))
    said = set(words(text)) - known
    names = {key: set(words(d)) - known for key, d in descriptions.items()}
    return _told_apart(names, said, "")


def _told_apart(
    names: Mapping[K, set[str]], said: set[str], after: str, *, topics: bool = True
) -> K | None:
    """The one record of `names` (its words) whose own words, not shared with the others, `said`
    holds: two, or one that is not a common word, or one right `after` the name, or one a topic
    word means (`topics`)."""
    meant = set().union(*(TOPIC_WORDS.get(w, frozenset()) for w in said if topics))
    told = []
    for key, name in names.items():
        own = name - set().union(*(n for k, n in names.items() if k != key))
        hits = {w for w in own & said if len(w) >= 3 and not w.isdigit() and w not in _GLUE}
        if len(hits) >= 2 or hits - _COMMON or after in hits or own & meant:
            told.append(key)
    return told[0] if len(told) == 1 else None


def _weak(name: str) -> bool:
    """A single word too common or too short to be a name on its own."""
    return name in _COMMON or len(name) < 3 or (name.isdigit() and len(name) < 3)


def _deletions(text: str) -> set[str]:
    return {text[:i] + text[i + 1 :] for i in range(len(text))}


def _utbms_names(label: str) -> set[tuple[str, ...]]:
    """A UTBMS activity's name said without its code: "fact investigation" (and "fact
    investigation development") of "L110 Fact Investigation/Development"; only names of two
    words or more ("analysis" of "L120 Analysis/Strategy" is any work's word)."""
    rest = label.split(" ", 1)[1] if " " in label else ""
    names = {words(rest), *(words(part) for part in rest.split("/"))}
    return {name for name in names if len(name) >= 2}


def _utbms(row: Record) -> str | None:
    """ "L110" of "L110 Fact Investigation/Development"."""
    head = (row.get("name") or "").split(" ", 1)[0]
    return head if re.fullmatch(r"[A-Z]\d{3}", head) else None
