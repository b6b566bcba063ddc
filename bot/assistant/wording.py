"""How well the words someone used to describe a record ("the trust deed task", "the o'brien
closing", "the trustee questions call on patel") fit what the record says about itself: the share
of their distinctive words found among its words (a prefix, a common short form, or a near
spelling counts), so word order, possessives and the record's extra words do not matter."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

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


def found_among(about: list[str], said: list[str]) -> int:
    """How many of the words `about` a record are found among the words `said`."""
    return sum(_has(w, said) for w in about)
