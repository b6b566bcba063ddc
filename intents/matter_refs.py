"""Finding the matter a message is about: a Clio link, "matter X", a display number
("00042-Smith"), a case name ("Smith v. Jones"), a name after a cue word, or a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from intents import lazy
from intents.model import Alternative
from intents.names import (
    CUES,
    TOKEN,
    WORK,
    Found,
    clean,
    describes_work,
    gerund,
    is_capital,
    linked,
    lowered,
    name_before,
    phrase_at,
    resolve_entity,
    tokens_in,
)
from intents.reading import Reading
from intents.scan import ending_at

_DISPLAY_NUMBER = lazy.regex(
    r"(?<![\w/.-])(?:\d{2,}-[A-Za-z][\w'’]*(?:-[\w'’]+)*|[A-Za-z]{2,}-\d{2,}(?:-\d+)?|\d{4}-\d{3,})(?![\w/-])"
)
# rule "a display number said bare": "rev'd amended complaint 00042 1.2h": five digits opening
# with "00" are how Clio numbers matters (00042-Smith), whatever word is around them.
# Counter-examples: "07302" (a zip code), "$00042", "#00042" (a receipt's number).
_PADDED_NUMBER = lazy.regex(r"(?<![\w/.$#:,-])00\d{3}(?![\w/.:,-]|,\d)")
# A case name starts where a word does, not inside "a-b-c" (read once, not from each part).
_CASE_NAME = lazy.regex(
    r"(?:\b(?:In\s+re|Estate\s+of|Matter\s+of)\s+|(?<![\w.'’&-])(?:(?:(?-i:[A-Z0-9])[\w.'’&-]*|&)\s+){0,3}"
    r"(?-i:[A-Z0-9])[\w.'’&-]*\s+(?:v\.?|vs\.?|versus)\s+)"
    r"(?-i:[A-Z0-9])[\w'’&-]*\.?(?:\s+(?:(?-i:[A-Z0-9])[\w'’&.-]*|&|and|of)(?=\s|$|[,;:]))*",
    re.I,
)
_CASE_NAME_LOWER = lazy.regex(
    r"(?<![\w.'’&-])[a-z][\w'’&-]*\s+(?:v\.?|vs\.?|versus)\s+[a-z][\w'’&-]*(?![\w])"
)
_KEYWORD = lazy.regex(r"\b(?P<kw>matter|case)\b(?:\s*(?:#|no\.|number|num\.?)\s*)?", re.I)
_CUE_BEFORE = lazy.regex(
    r"(?:\b(?:on|for|to|re|in|under|regarding|against|into|matter|case|file)\s*:?\s*)$", re.I
)


def _with_cue(reading: Reading, found: Found) -> Found:
    cue = ending_at(_CUE_BEFORE, reading.text, found.start)
    if cue and reading.scan.is_free(cue.start(), found.start):
        return Found(found.value, cue.start(), found.end, found.how)
    return found


# "case law", "case strategy": the work on a case, not a word naming the matter.
_CASE_COMPOUND = lazy.regex(
    r"\s+(?:law|laws|strategy|management|review|summary|notes?|analysis|assessment|"
    r"evaluation|conference|prep(?:aration)?|theory|plan(?:ning)?|status|history|research|"
    r"materials|documents|docs|files?|citations?)\b",
    re.I,
)


def _after_keyword(reading: Reading, kind: str, *, loose: bool = False) -> Found | None:
    """ "matter 00042-Smith", "matter #1045", "the Patel matter"; `loose` also "matter acme"."""
    for found in reading.scan.matches(_KEYWORD):
        if found["kw"].lower() == "case" and _CASE_COMPOUND.match(reading.text, found.end()):
            continue
        pos = _skip_space(reading, found.end())
        for pattern in (_DISPLAY_NUMBER, _DIGITS):
            number = pattern.match(reading.text, pos)
            if number and reading.scan.is_free(*number.span()):
                return Found(number.group(), found.start(), number.end())
        if ":" in reading.text[found.end() : pos]:
            # "note on the contract review matter: invoice sent": the name is before the kind
            # word (work words too), what follows its colon is said about it
            before = name_before(reading, found.start(), work=True)
            if before:
                return Found(before.value, before.start, found.end())
        phrase = phrase_at(reading, pos, lowercase=False)
        phrase = phrase and resolve_entity(reading, phrase, kind)
        if phrase:
            return Found(phrase.value, found.start(), phrase.end)
        before = name_before(reading, found.start())
        if before:
            return Found(before.value, before.start, found.end())
        phrase = phrase_at(reading, pos, limit=4) if loose else None
        phrase = phrase and resolve_entity(reading, phrase, kind)
        if phrase:
            return Found(phrase.value, found.start(), phrase.end)
    return None


_DIGITS = lazy.regex(r"\d+\b")


def _skip_space(reading: Reading, pos: int) -> int:
    while pos < len(reading.text) and reading.text[pos] in " \t:#":
        pos += 1
    return pos


def _regex(pattern: re.Pattern[str]) -> Callable[[Reading, str], Found | None]:
    def finder(reading: Reading, kind: str) -> Found | None:
        found = reading.scan.first(pattern)
        if found is None:
            return None
        start, end = found.span()
        tokens = tokens_in(reading, start, end)
        while len(tokens) > 3 and (
            lowered(tokens[-1].group()) in WORK or gerund(tokens[-1].group())
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
        phrase = resolve_entity(reading, phrase, kind)
        if phrase is not None and _STREET_NAMED.search(phrase.value):
            continue  # "at the mediator's office on Court St": a street, no matter
        if phrase is not None:
            lower = not is_capital(reading.text[phrase.start : phrase.start + 1])
            how = "guess" if lower else "topic" if cue in ("re", "regarding") else "cue"
            return Found(phrase.value, found.start(), phrase.end, how)
    return None


_STREET_NAMED = lazy.regex(r"\s(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane)\.?$", re.I)
_ARTICLE_AFTER = lazy.regex(r"(?:the|a|an|my|his|her|their|our|this|that)\s", re.I)
_CUE = lazy.regex(r"\b(?P<cue>on|for|to|re|in|under|regarding|against|into)\b:?\s+", re.I)


def _opening(reading: Reading) -> int | None:
    """Where the first free words start, unless they describe work."""
    segments = reading.scan.segments()
    if not segments:
        return None
    start = segments[0][0]
    first = TOKEN.match(reading.text, start)
    if first is None or describes_work(first.group()):
        return None
    return start


def _leading(reading: Reading, kind: str) -> Found | None:
    """A capitalised name opening the free text ("1.5h Smith drafting")."""
    start = _opening(reading)
    phrase = phrase_at(reading, start, lowercase=False) if start is not None else None
    found = resolve_entity(reading, phrase, kind) if phrase else None
    return Found(found.value, found.start, found.end, "guess") if found else None


_HEAD = lazy.regex(r"(?P<name>[^\s:–-][^:–]{0,60}?)\s*(?::|\s[-–]\s)\s*\S")


def _head(reading: Reading, kind: str) -> Found | None:
    """A short capitalised name before ":" or " - " opening the text ("Jones divorce - prep")."""
    start = _opening(reading)
    if start is None:
        return None
    found = _HEAD.match(reading.text, start)
    if found is None or not reading.scan.is_free(*found.span("name")):
        return None
    name = found["name"]
    if not is_capital(name) or len(name.split()) > 5:
        return None
    return Found(clean(name), start, found.end("name"), "guess")


# "00049 - task for alice ...", "00042: depo prep fri 2pm": a zero-padded number labelling the
# message is a matter's display number (a zip code or an amount never opens a request so)
_NUMBER_LABEL = lazy.regex(r"^\s*(?P<n>0\d{3,})(?!-[^\W\d_])\s*(?:[-–—:]|\s)\s*(?=\w)")


def _labelled_number(reading: Reading, kind: str) -> Found | None:
    found = _NUMBER_LABEL.match(reading.text)
    if found is None or not reading.scan.is_free(*found.span("n")):
        return None
    return Found(found["n"], found.start("n"), found.end())


_FINDERS: tuple[Callable[[Reading, str], Found | None], ...] = (
    _labelled_number,
    _after_keyword,
    _regex(_DISPLAY_NUMBER),
    _regex(_PADDED_NUMBER),
    _regex(_CASE_NAME),
    _regex(_CASE_NAME_LOWER),
    partial(_after_keyword, loose=True),
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
    After "re", the name stays in the free text too ("call re: Acme merger" keeps its words).
    A name found only after a cue may name `also` instead (an assignee, a client): that reading
    goes to `alternatives`.
    """
    if kind in reading.refs:
        return reading.refs[kind]
    found = linked(reading, "matter")
    cued = partial(_cued, cues=cues, lowercase=leading)
    finders: list[Callable[[Reading, str], Found | None]] = (
        [*_FINDERS, _head, cued, _leading] if leading else [*_FINDERS, cued]
    )
    for finder in finders if found is None else ():
        found = finder(reading, "matter")
        if found:
            break
    if found is None:
        return None
    found = _with_cue(reading, found)
    if found.how != "topic":
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
