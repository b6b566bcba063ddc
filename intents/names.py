"""How names are written in messages: word lists, a name at a position, and its clean form.

A reference's value is the text as written, without articles, possessive 's, or words that only
name the kind ("the Patel matter" -> "Patel").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from intents import lazy
from intents.lexicon import wordset
from intents.markup import ENTITY_BASE, ENTITY_CHARS
from intents.reading import Reading
from intents.scan import ending_at

ME = frozenset({"me", "my", "i", "myself", "mine", "i'm", "im", "self"})
ARTICLES = frozenset({"the", "a", "an", "this", "that"})
_ARTICLE_STARTS = tuple(ARTICLES)
PRONOUNS = frozenset({"his", "her", "their", "our", "its", "your", "him", "them", "us", "it"})
CUES = frozenset({"on", "for", "to", "re", "in", "under", "regarding", "against", "into"})
CONNECTORS = wordset(
    "v v. vs vs. versus & and of de del della da du la le van von der den y e el st. o' n' + -"
)
STOPS = wordset(
    "on for to re in under regarding against into with w/ w about at from by and or but then "
    "- : , ; | due as is was were be by via per after before since until through today "
    "tomorrow yesterday priority status assigned assign high low normal urgent note notes "
    "description named called titled subject body location"
)
WORK = wordset(
    """call calls called calling phone phoned telephone tc t/c conf conference email emails emailed
    e-mail mail letter letters memo memos meeting meetings meet met mtg zoom teams review reviewed
    revise revised revision revisions research researched draft drafted drafts prepare prepared
    prep preparation motion motions brief briefs discovery deposition depo hearing hearings trial
    filing filed court correspondence settlement negotiation negotiations travel traveled contract
    contracts agreement agreements pleading pleadings docs documents document analysis strategy
    summary outline exhibit exhibits interview witness witnesses opposing counsel oc consult
    consultation intake admin misc follow-up followup followed update updates status edits edit
    notes note work worked mediation parking mileage fee fees copies copying postage lunch dinner
    uber taxi courier transcript transcripts lexis westlaw client clients team internal strategy
    attend attended attendance appearance appear argument arguments investigation
    investigate drafting reviewing"""
)
MATTER_TAILS = wordset(
    "estate trust divorce custody probate litigation lawsuit appeal adoption bankruptcy "
    "guardianship immigration incorporation"
)
KIND_WORDS = wordset(
    """matter matters case cases contact contacts client clients person company task tasks
    activity activities event events appointment calendar note notes folder folders document
    documents bill bills invoice invoices user users communication communications"""
)

TOKEN = lazy.regex(r"[\ue000-\ue0ff]|[#$@]?[\w][\w.'’&/@$+-]*|&|\S")
_POSSESSIVE = lazy.regex(r"(?:'s|’s|s'|s’)$", re.I)
_EDGES = " \t,;:!?\"'`()[]{}<>*_~|"


def clean(value: str) -> str:
    """The reference text without articles, possessives, kind words or edge punctuation."""
    words = value.strip(_EDGES).split()
    while words and words[0].lower() in ARTICLES | {"of"}:
        words.pop(0)
    while len(words) > 1 and words[-1].lower().strip(".") in KIND_WORDS:
        words.pop()
    while len(words) > 1 and words[0].lower() in KIND_WORDS:
        words.pop(0)
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1].rstrip(".,;:!?")) or words[-1]
        if words[-1].endswith(".") and words[-1].lower() not in ("v.", "vs.", "inc.", "co."):
            words[-1] = words[-1].rstrip(".")
    text = " ".join(words).strip(_EDGES)
    if text[:1] == "#" and text[1:].isdigit():
        return text[1:]
    return "me" if text.lower() in ME else text


@dataclass(frozen=True, slots=True)
class Found:
    """A reference found in the text, and the span it covers (cue words included)."""

    value: str
    start: int
    end: int
    how: str = "shape"


def tokens_in(reading: Reading, start: int, end: int) -> list[re.Match[str]]:
    return list(TOKEN.finditer(reading.text, start, end))


def tokens_from(reading: Reading, pos: int) -> Iterator[re.Match[str]]:
    """The tokens of the free text from `pos` up to the first understood character, lazily.

    Reading stops where the caller stops, so looking at a few words costs a few words, however
    long the message (a token running into understood text is cut there).
    """
    text, mask, checked = reading.text, reading.scan.mask, pos
    for token in TOKEN.finditer(text, pos):
        start, end = token.span()
        taken = mask.find(1, checked, end)
        if taken >= 0:
            cut = TOKEN.match(text, start, taken) if taken > start else None
            if cut:
                yield cut
            return
        yield token
        checked = end


# How far back `name_before` reads: first a few words, at most more than five words of any name.
_BEFORE_WINDOWS = (48, 256)


def _tokens_before(reading: Reading, end: int) -> list[re.Match[str]]:
    """The free text's tokens just before `end`: six at least, if the text has them."""
    for size in _BEFORE_WINDOWS:
        window = max(0, end - size)
        start = reading.scan.mask.rfind(1, window, end) + 1 or window
        tokens = tokens_in(reading, start, end)
        if len(tokens) > 6 or start != window:
            break
    return tokens


def entity_value(reading: Reading, char: str, kind: str | None = None) -> str | None:
    """The id of a Clio link (of `kind`, if given) or the mention a Slack entity stands for."""
    entity = reading.message.entity(char)
    if entity is None:
        return None
    if entity.kind == "link" and (kind is None or entity.ref_kind == kind):
        return entity.value
    if entity.kind == "mention" and kind in (None, "user", "assignee", "contact"):
        return entity.value
    return None


def lowered(token: str) -> str:
    return token.lower().rstrip(".,;:!?")


def is_capital(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit() or token[:1] in "#$"


def gerund(token: str) -> bool:
    word = lowered(token)
    return len(word) > 5 and word.endswith("ing") and word.isalpha()


def describes_work(token: str) -> bool:
    """ "drafting", "call", "review": a word that tells what was done, not whose matter."""
    return lowered(token) in WORK or gerund(token)


_ORDINAL = lazy.regex(r"\d+(?:st|nd|rd|th)", re.I)


def phrase_at(
    reading: Reading, pos: int, *, lowercase: bool = True, limit: int = 6
) -> Found | None:
    """A name written from `pos` on: an entity, a capitalised run, or a few plain words."""
    head = reading.text[pos : pos + 4]
    if not lowercase and head[:1].islower() and not head.lower().startswith(_ARTICLE_STARTS):
        return None  # a plain word, not an article: no name here (read quickly after each cue)
    words = tokens_from(reading, pos)
    opening = next(words, None)
    while opening is not None and lowered(opening.group()) in ARTICLES:
        opening = next(words, None)
    if opening is None:
        return None
    first = opening.group()
    if _ORDINAL.fullmatch(first):
        return None  # "on 5th ave", "for the 2nd": a street or a day, never a name
    if len(first) == 1 and ENTITY_BASE <= ord(first) <= ENTITY_BASE + 0xFF:
        return Found(first, opening.start(), opening.end())
    taken: list[re.Match[str]] = []
    if is_capital(first) and first != "I":
        tokens = [opening, *islice(words, limit)]  # the words read, and the one after them
        for index, token in enumerate(tokens[:limit]):
            text = token.group()
            lower = lowered(text)
            if index and lower in WORK:
                break
            joins = lower in CONNECTORS and index + 1 < len(tokens)
            if (is_capital(text) and text != "I") or (
                joins and is_capital(tokens[index + 1].group())
            ):
                taken.append(token)
            elif index and lower in MATTER_TAILS:
                taken.append(token)
                break
            else:
                break
            if text[-1] in ",;:":
                break
    elif lowercase:
        word: re.Match[str] | None = opening
        for _ in range(4):
            if word is None:
                break
            text = word.group()
            lower = lowered(text)
            if lower in STOPS or lower in ARTICLES or lower in PRONOUNS or lower in ME:
                break
            if lower in WORK or gerund(text) or not (text[0].isalnum()):
                break
            taken.append(word)
            if text[-1] in ",;:":
                break
            word = next(words, None)
    if not taken:
        return None
    value = clean(reading.text[taken[0].start() : taken[-1].end()])
    return Found(value, taken[0].start(), taken[-1].end()) if value else None


def resolve_entity(reading: Reading, found: Found, kind: str) -> Found | None:
    if len(found.value) == 1 and ENTITY_BASE <= ord(found.value) <= ENTITY_BASE + 0xFF:
        value = entity_value(reading, found.value, kind)
        return Found(value, found.start, found.end) if value else None
    return found


def linked(reading: Reading, kind: str) -> Found | None:
    for found in reading.scan.matches(re.compile(ENTITY_CHARS)):
        entity = reading.message.entity(found.group())
        if entity and entity.kind == "link" and entity.ref_kind == kind:
            return Found(entity.value, found.start(), found.end())
    return None


def name_before(reading: Reading, end: int, work: bool = False) -> Found | None:
    """The name written just before a kind word ("the Patel matter", "the file motion task").

    Words describing work end a matter's name unless `work` (task and document names).
    """
    picked: list[re.Match[str]] = []
    after = end  # where the words picked so far start
    for token in reversed(_tokens_before(reading, end)):
        lower = lowered(token.group())
        if lower in CUES or lower in STOPS or lower in ARTICLES or lower in PRONOUNS or lower in ME:
            break
        if _CLAUSE_END.search(reading.text, token.end() - 1, after) and after < end:
            break  # "re successor trustees, trust deed matter": a name ends at a clause's end
        after = token.start()
        if not work and (lower in WORK or gerund(token.group())):
            break
        picked.insert(0, token)
        if len(picked) == 5:
            break
    if not picked or all(lowered(t.group()) in _WHICH_ONE for t in picked):
        return None  # "his new case", "her other matter": which of someone's, not a name
    value = clean(reading.text[picked[0].start() : picked[-1].end()])
    start = picked[0].start()
    article = ending_at(_ARTICLE_BEFORE, reading.text, start)
    if article and reading.scan.is_free(article.start(), start):
        start = article.start()
    return Found(value, start, end) if value else None


_ARTICLE_BEFORE = lazy.regex(r"\b(?:the|a|an|my|our|this|that)\s+$", re.I)
_CLAUSE_END = lazy.regex(r"[,;:!?()]")
# Words that say which of someone's matters, never a matter's name (rule "which one, not a name").
_WHICH_ONE = frozenset(
    {"new", "other", "old", "current", "pending", "first", "second", "last", "next", "own",
     "latest", "recent", "upcoming", "open", "closed", "another", "existing", "older", "newer"}
)  # fmt: skip
