"""How well the words someone used to describe a record ("the trust deed task", "the o'brien
closing", "the trustee questions call on patel") fit what the record says about itself: the share
of their distinctive words found among its words (a prefix, a common short form, or a near
spelling counts), so word order, possessives and the record's extra words do not matter."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from intents.lexicon import wordset

_APOSTROPHE = re.compile(r"['’](?!s\b)")  # o'brien -> obrien (but marcus's -> marcus s)
_WORD = re.compile(r"[^\W_]+")
# words that say nothing about which record it is
FILLER = frozenset(
    {
        "a", "an", "the", "my", "our", "his", "her", "their", "this", "that", "s", "one",
        "task", "todo", "to", "do", "on", "for", "re", "regarding", "of", "in", "with", "about",
        "from", "at", "by", "and", "log", "logged", "entry", "record", "item", "w",
    }
)  # fmt: skip
SHORT = {
    "depo": "deposition",
    "mtg": "meeting",
    "conf": "conference",
    "appt": "appointment",
    "dr": "doctor",
    "docs": "documents",
    "msg": "message",
    "prefs": "preferences",
}
NEAR = 85  # rapidfuzz ratio from which two words are taken as one misspelt


def words(text: str) -> list[str]:
    """The lower-case words of `text`, apostrophes inside names dropped."""
    return _WORD.findall(_APOSTROPHE.sub("", text.lower()))


def wanted(text: str, filler: Iterable[str] = ()) -> list[str]:
    """The distinctive words of a description, short forms spelt out."""
    skip = FILLER | frozenset(filler)
    return [SHORT.get(w, w) for w in words(text) if w not in skip]


def _has(word: str, have: list[str]) -> bool:
    return any(
        h == word
        or (len(word) >= 3 and h.startswith(word))
        or (len(word) >= 4 and fuzz.ratio(word, h) >= NEAR)
        for h in have
    )


def coverage(said: list[str], about: str, optional: Iterable[str] = ()) -> float:
    """0..100: the share of `said` found among the words of `about`. Words in `optional` (e.g.
    "meeting" for an event) count only when they are found."""
    have = words(about)
    loose = frozenset(optional)
    hits = [w for w in said if _has(w, have)]
    counted = [w for w in said if w not in loose or w in hits]
    if not counted:
        return 0.0
    return 100.0 * len(hits) / len(counted)


def telling(said: list[str], abouts: Iterable[str], *, final: bool = False) -> list[str]:
    """Rule "words that name no record": a description's words that no candidate has say the
    change or its reason ("actualy", "shd", "dupe", "ran over"), not the record; they are left
    out when at least two words that do name a record remain, and a third of them. For a `final`
    write (a delete, which no Undo takes back) only the words that say a change or a reason go:
    any other word stays, found or not ("the bluebird strategy meeting" among entries none of
    which it names fits none, and is asked about)."""
    haves = [words(about) for about in abouts]
    found = [w for w in said if any(_has(w, have) for have in haves)]
    if not final:
        enough = len(found) >= _TELLING_MIN and len(found) * _TELLING_SHARE >= len(said)
        return found if enough else said
    kept = [w for w in said if w in found or (len(w) > _SHORT_WORD and w not in _SAYS_THE_CHANGE)]
    return kept if len(kept) >= _TELLING_MIN else said


_TELLING_MIN = 2
_TELLING_SHARE = 3
_SHORT_WORD = 2  # "gc", "pm": letters too few to name a record by
# words of a change or of why it is asked, never of the record itself
_SAYS_THE_CHANGE = wordset(
    """actually actualy acutally actully wrong right day date dates time should shd shld sb
    fix fixed pls plz please ran was were is now not it its over more less too short long
    mistake mistaken double twice logged entered typo oops sorry dupe duplicate duplicated
    outdated obsolete old new instead really already"""
)


def found_among(about: list[str], said: list[str]) -> int:
    """How many of the words `about` a record are found among the words `said`."""
    return sum(_has(w, said) for w in about)
