"""References to Clio records as people write them: ids, Clio links, Slack mentions, names, "me".

A reference's value is the text as written, without articles, possessive 's, or words that only
name the kind ("the Patel matter" -> "Patel"); ids and links give the id, mentions the mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from intents.lexicon import wordset
from intents.markup import ENTITY_BASE, ENTITY_CHARS
from intents.model import Alternative
from intents.reading import Reading

ME = frozenset({"me", "my", "i", "myself", "mine", "i'm", "im", "self"})
ARTICLES = frozenset({"the", "a", "an", "this", "that"})
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

_TOKEN = re.compile(r"[\ue000-\ue0ff]|[#$@]?[\w][\w.'’&/@$+-]*|&|\S")
_DISPLAY_NUMBER = re.compile(
    r"(?<![\w/.-])(?:\d{2,}-[A-Za-z][\w'’]*(?:-[\w'’]+)*|[A-Za-z]{2,}-\d{2,}(?:-\d+)?|\d{4}-\d{3,})(?![\w/-])"
)
_CASE_NAME = re.compile(
    r"(?:\b(?:In\s+re|Estate\s+of|Matter\s+of)\s+|(?<![\w.])(?:(?:(?-i:[A-Z0-9])[\w.'’&-]*|&)\s+){0,3}"
    r"(?-i:[A-Z0-9])[\w.'’&-]*\s+(?:v\.?|vs\.?|versus)\s+)"
    r"(?-i:[A-Z0-9])[\w'’&-]*\.?(?:\s+(?:(?-i:[A-Z0-9])[\w'’&.-]*|&|and|of)(?=\s|$|[,;:]))*",
    re.I,
)
_CASE_NAME_LOWER = re.compile(
    r"(?<![\w.])[a-z][\w'’&-]*\s+(?:v\.?|vs\.?|versus)\s+[a-z][\w'’&-]*(?![\w])"
)
_KEYWORD = re.compile(r"\b(?P<kw>matter|case)\b(?:\s*(?:#|no\.|number|num\.?)\s*)?", re.I)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:on|for|to|re|in|under|regarding|against|into|matter|case|file)\s*:?\s*)$", re.I
)
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$", re.I)
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


def _segment_end(reading: Reading, pos: int) -> int:
    mask = reading.scan.mask
    end = mask.find(b"\x01", pos)
    return len(mask) if end < 0 else end


def _tokens(reading: Reading, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(reading.text, start, end))


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


def _word(token: str) -> str:
    return token.lower().rstrip(".,;:!?")


def _is_capital(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit() or token[:1] in "#$"


def _gerund(token: str) -> bool:
    word = _word(token)
    return len(word) > 5 and word.endswith("ing") and word.isalpha()


def phrase_at(
    reading: Reading, pos: int, *, lowercase: bool = True, limit: int = 6
) -> Found | None:
    """A name written from `pos` on: an entity, a capitalised run, or a few plain words."""
    end = _segment_end(reading, pos)
    tokens = _tokens(reading, pos, end)
    while tokens and _word(tokens[0].group()) in ARTICLES:
        tokens.pop(0)
    if not tokens:
        return None
    first = tokens[0].group()
    if len(first) == 1 and ENTITY_BASE <= ord(first) <= ENTITY_BASE + 0xFF:
        return Found(first, tokens[0].start(), tokens[0].end())
    taken: list[re.Match[str]] = []
    if _is_capital(first) and first != "I":
        for index, token in enumerate(tokens[:limit]):
            text = token.group()
            lower = _word(text)
            if index and lower in WORK:
                break
            joins = lower in CONNECTORS and index + 1 < len(tokens)
            if (_is_capital(text) and text != "I") or (
                joins and _is_capital(tokens[index + 1].group())
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
        for token in tokens[:4]:
            text = token.group()
            lower = _word(text)
            if lower in STOPS or lower in ARTICLES or lower in PRONOUNS or lower in ME:
                break
            if lower in WORK or _gerund(text) or not (text[0].isalnum()):
                break
            taken.append(token)
            if text[-1] in ",;:":
                break
    if not taken:
        return None
    value = clean(reading.text[taken[0].start() : taken[-1].end()])
    return Found(value, taken[0].start(), taken[-1].end()) if value else None


def _with_cue(reading: Reading, found: Found) -> Found:
    cue = _CUE_BEFORE.search(reading.text, 0, found.start)
    if cue and reading.scan.is_free(cue.start(), found.start):
        return Found(found.value, cue.start(), found.end, found.how)
    return found


def _resolve_entity(reading: Reading, found: Found, kind: str) -> Found | None:
    if len(found.value) == 1 and ENTITY_BASE <= ord(found.value) <= ENTITY_BASE + 0xFF:
        value = entity_value(reading, found.value, kind)
        return Found(value, found.start, found.end) if value else None
    return found


def _link(reading: Reading, kind: str) -> Found | None:
    for found in reading.scan.matches(re.compile(ENTITY_CHARS)):
        entity = reading.message.entity(found.group())
        if entity and entity.kind == "link" and entity.ref_kind == kind:
            return Found(entity.value, found.start(), found.end())
    return None


def _after_keyword(reading: Reading, keyword: re.Pattern[str], kind: str) -> Found | None:
    for found in reading.scan.matches(keyword):
        pos = _skip_space(reading, found.end())
        for pattern in (_DISPLAY_NUMBER, _DIGITS):
            number = pattern.match(reading.text, pos)
            if number and reading.scan.is_free(*number.span()):
                return Found(number.group(), found.start(), number.end())
        phrase = phrase_at(reading, pos, lowercase=False)
        phrase = phrase and _resolve_entity(reading, phrase, kind)
        if phrase:
            return Found(phrase.value, found.start(), phrase.end)
        before = name_before(reading, found.start())
        if before:
            return Found(before.value, before.start, found.end())
        phrase = phrase_at(reading, pos, limit=4)
        phrase = phrase and _resolve_entity(reading, phrase, kind)
        if phrase:
            return Found(phrase.value, found.start(), phrase.end)
    return None


_DIGITS = re.compile(r"\d+\b")


def _skip_space(reading: Reading, pos: int) -> int:
    while pos < len(reading.text) and reading.text[pos] in " \t:#":
        pos += 1
    return pos


def name_before(reading: Reading, end: int, work: bool = False) -> Found | None:
    """The name written just before a kind word ("the Patel matter", "the file motion task").

    Words describing work end a matter's name unless `work` (task and document names).
    """
    start = end
    mask = reading.scan.mask
    while start > 0 and not mask[start - 1]:
        start -= 1
    tokens = _tokens(reading, start, end)
    picked: list[re.Match[str]] = []
    for token in reversed(tokens):
        lower = _word(token.group())
        if lower in CUES or lower in STOPS or lower in ARTICLES or lower in PRONOUNS or lower in ME:
            break
        if not work and (lower in WORK or _gerund(token.group())):
            break
        picked.insert(0, token)
        if len(picked) == 5:
            break
    if not picked:
        return None
    value = clean(reading.text[picked[0].start() : picked[-1].end()])
    start = picked[0].start()
    article = _ARTICLE_BEFORE.search(reading.text, 0, start)
    if article and reading.scan.is_free(article.start(), start):
        start = article.start()
    return Found(value, start, end) if value else None


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|my|our|this|that)\s+$", re.I)


def _regex(pattern: re.Pattern[str]) -> Callable[[Reading, str], Found | None]:
    def finder(reading: Reading, kind: str) -> Found | None:
        found = reading.scan.first(pattern)
        if found is None:
            return None
        start, end = found.span()
        tokens = _tokens(reading, start, end)
        while len(tokens) > 3 and (
            _word(tokens[-1].group()) in WORK or _gerund(tokens[-1].group())
        ):
            tokens.pop()
        end = tokens[-1].end()
        return Found(reading.text[start:end].strip(), start, end)

    return finder


def _cued(
    reading: Reading, kind: str, *, cues: frozenset[str] = CUES, lowercase: bool = False
) -> Found | None:
    """A name after a cue word; plain lower-case words only when `lowercase` and no article."""
    for found in reading.scan.matches(_CUE):
        cue = found["cue"].lower()
        if cue not in cues:
            continue
        article = _ARTICLE_AFTER.match(reading.text, found.end())
        plain = lowercase and cue not in ("re", "to") and article is None
        phrase = phrase_at(reading, found.end(), lowercase=plain)
        if phrase is None:
            continue
        phrase = _resolve_entity(reading, phrase, kind)
        if phrase is not None:
            lower = not _is_capital(reading.text[phrase.start : phrase.start + 1])
            return Found(phrase.value, found.start(), phrase.end, "guess" if lower else "cue")
    return None


_ARTICLE_AFTER = re.compile(r"(?:the|a|an|my|his|her|their|our|this|that)\s", re.I)
_CUE = re.compile(r"\b(?P<cue>on|for|to|re|in|under|regarding|against|into)\b:?\s+", re.I)


def _opening(reading: Reading) -> int | None:
    """Where the first free words start, unless they describe work."""
    segments = reading.scan.segments()
    if not segments:
        return None
    start = segments[0][0]
    first = _TOKEN.match(reading.text, start)
    if first is None or _word(first.group()) in WORK or _gerund(first.group()):
        return None
    return start


def _leading(reading: Reading, kind: str) -> Found | None:
    """A capitalised name opening the free text ("1.5h Smith drafting")."""
    start = _opening(reading)
    phrase = phrase_at(reading, start, lowercase=False) if start is not None else None
    found = _resolve_entity(reading, phrase, kind) if phrase else None
    return Found(found.value, found.start, found.end, "guess") if found else None


_HEAD = re.compile(r"(?P<name>[^\s:–-][^:–]{0,60}?)\s*(?::|\s[-–]\s)\s*\S")


def _head(reading: Reading, kind: str) -> Found | None:
    """A short capitalised name before ":" or " - " opening the text ("Jones divorce - prep")."""
    start = _opening(reading)
    found = _HEAD.match(reading.text, start) if start is not None else None
    if found is None or not reading.scan.is_free(*found.span("name")):
        return None
    name = found["name"]
    if not _is_capital(name) or len(name.split()) > 5:
        return None
    return Found(clean(name), start, found.end("name"), "guess")


_FINDERS: tuple[Callable[[Reading, str], Found | None], ...] = (
    lambda r, k: _after_keyword(r, _KEYWORD, k),
    _regex(_DISPLAY_NUMBER),
    _regex(_CASE_NAME),
    _regex(_CASE_NAME_LOWER),
)


def looks_like_matter(text: str) -> bool:
    """A case name or a display number: never a person's name."""
    return bool(_CASE_NAME.fullmatch(text) or _DISPLAY_NUMBER.fullmatch(text))


def take_matter(
    reading: Reading,
    *,
    leading: bool = False,
    kind: str = "matter",
    cues: frozenset[str] = CUES,
    also: str | None = None,
) -> str | None:
    """Find the matter a message is about, mark it understood and record it in `refs`.

    Strong shapes first (a Clio link, "matter X", a display number, a case name), then a name
    after a cue word ("on", "for", ...), then (`leading`) a capitalised name opening the text.
    Plain lower-case names ("on acme") are read only with `leading` (time entries and notes).
    A name found only after a cue may name `also` instead (an assignee, a client): that reading
    goes to `alternatives`.
    """
    if kind in reading.refs:
        return reading.refs[kind]
    found = _link(reading, "matter")
    cued = partial(_cued, cues=cues, lowercase=leading)
    finders = [*_FINDERS, _head, cued, _leading] if leading else [*_FINDERS, cued]
    for finder in finders if found is None else ():
        found = finder(reading, "matter")
        if found:
            break
    if found is None:
        return None
    found = _with_cue(reading, found)
    reading.scan.take(found.start, found.end)
    reading.refs[kind] = found.value
    if found.how == "guess":
        reading.confidence = min(reading.confidence, 0.8)
        reading.assumptions.append(f"matter guessed from the wording: {found.value}")
    if also and found.how != "shape":
        reading.confidence = min(reading.confidence, 0.8)
        reason = f"{found.value!r} may name the {also}, not the matter"
        reading.alternatives.append(Alternative(reason=reason, refs={also: found.value}))
    return found.value


def take_link(reading: Reading, kind: str) -> str | None:
    """A record of `kind` named by a Clio link, or by "#88" anywhere in the message."""
    if kind in reading.refs:
        return reading.refs[kind]
    found = _link(reading, kind)
    if found is None:
        hashed = reading.scan.first(_HASH_ID)
        found = Found(hashed["id"], hashed.start(), hashed.end()) if hashed else None
    if found is None:
        return None
    reading.scan.take(found.start, found.end)
    reading.refs[kind] = found.value
    return found.value


_HASH_ID = re.compile(r"(?<![\w&])#(?P<id>\d+)\b")


def take_person(reading: Reading, kind: str, cues: str = "to|for|with|by|from") -> str | None:
    """A person after a cue word: a Slack mention, "me", or a name ("assign to Jane Doe")."""
    if kind in reading.refs:
        return reading.refs[kind]
    pattern = re.compile(rf"\b(?:{cues})\b:?\s+", re.I)
    for found in reading.scan.matches(pattern):
        value = person_at(reading, found.end())
        if value:
            reading.scan.take(found.start(), value.end)
            reading.refs[kind] = value.value
            return value.value
    return None


def person_at(reading: Reading, pos: int) -> Found | None:
    """A mention, "me", or a name starting at `pos`."""
    token = _TOKEN.match(reading.text, pos)
    if token is None or not reading.scan.is_free(*token.span()):
        return None
    text = token.group()
    if _word(text) in ME or _word(text) in ("myself",):
        return Found("me", token.start(), token.end())
    phrase = phrase_at(reading, pos, limit=4)
    if phrase is None:
        return None
    if len(phrase.value) == 1 and ENTITY_BASE <= ord(phrase.value) <= ENTITY_BASE + 0xFF:
        value = entity_value(reading, phrase.value, "user")
        return Found(value, phrase.start, phrase.end) if value else None
    return phrase


def take_mention(reading: Reading, kind: str) -> str | None:
    """The first Slack mention anywhere, as `kind`."""
    if kind in reading.refs:
        return reading.refs[kind]
    for found in reading.scan.matches(re.compile(ENTITY_CHARS)):
        entity = reading.message.entity(found.group())
        if entity and entity.kind == "mention":
            cue = _MENTION_CUE.search(reading.text, 0, found.start())
            start = (
                cue.start()
                if cue and reading.scan.is_free(cue.start(), found.start())
                else found.start()
            )
            reading.scan.take(start, found.end())
            reading.refs[kind] = entity.value
            return entity.value
    return None


_MENTION_CUE = re.compile(
    r"\b(?:(?:re)?assign(?:ed)?\s+(?:it\s+)?to|to|for|with|by|from|assignee:?)\s*$", re.I
)
_MINE = re.compile(r"\b(?:my|mine|me|i|i've|i'm)\b", re.I)


def take_me(reading: Reading, kind: str) -> bool:
    """Whether the message speaks of the user's own records ("my tasks", "did I log")."""
    found = reading.scan.first(_MINE)
    if found is None:
        return False
    reading.scan.take_match(found)
    reading.ref(kind, "me")
    return True
