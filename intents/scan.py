"""A message being read: text plus which characters have already been understood."""

from __future__ import annotations

import re
from collections.abc import Iterator

from intents import lazy, prefilter

_FREE = re.compile(rb"\x00+")
_WORDY = lazy.regex(r"[^\W_]|[\ue000-\ue0ff]")
# Punctuation and spaces trimmed off a piece of free text at its start and at its end.
_LEADING = " \t\n\r\f\v,;:.!?-–/|)]"
_TRAILING = " \t\n\r\f\v,;:.!?-–/|(["
# How far back a word introducing a phrase ("due on", "regarding:") is looked for.
LOOK_BEHIND = 64


def ending_at(
    pattern: re.Pattern[str], text: str, end: int, window: int = LOOK_BEHIND
) -> re.Match[str] | None:
    """A match of `pattern` (anchored with `$`) ending at `end`, read in the `window`
    characters before it: searching from the start of the text would re-read it for every
    phrase."""
    return pattern.search(text, max(0, end - window), end)


class Scan:
    """Text whose understood parts are marked, so the rest can be read as free text."""

    __slots__ = ("_searched", "mask", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.mask = bytearray(len(text))
        # by the pattern's id, with the pattern kept (see `prefilter._known`)
        self._searched: dict[int, tuple[re.Pattern[str], int, re.Match[str] | None]] = {}

    def search(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos)`, answered from the last search with that pattern when
        it tells: grammars look for the same thing more than once, and reading a long message
        again for it would cost as much as the first time. A text without any of the words the
        pattern needs (`prefilter`) is not read at all."""
        last = self._searched.get(id(pattern))
        if last is not None and last[0] is pattern:
            _, start, found = last
            if start <= pos and (found is None or found.start() >= pos):
                return found
        elif not prefilter.may_hold(pattern, self.text):  # looked at once per pattern
            self._searched[id(pattern)] = (pattern, 0, None)
            return None
        found = pattern.search(self.text, pos)
        self._searched[id(pattern)] = (pattern, pos, found)
        return found

    def is_free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def take_match(self, match: re.Match[str], group: int | str = 0) -> None:
        self.take(*match.span(group))

    def matches(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches lying wholly in text not yet understood.

        A match running into understood text is tried again up to where that text starts, so
        optional tails ("special [damages]") do not hide the free part; one starting inside
        understood text is searched for again after it.
        """
        text, mask, pos = self.text, self.mask, 0
        while pos <= len(text):
            found = self.search(pattern, pos)
            if found is None:
                return
            start, end = found.span()
            if self.is_free(start, end):
                yield found
                pos = end if end > start else end + 1
                continue
            if not mask[start]:
                shorter = pattern.match(text, start, mask.find(b"\x01", start, end))
                if shorter and shorter.end() > start:
                    yield shorter
                    pos = shorter.end()
                    continue
                pos = start + 1
                continue
            free = mask.find(b"\x00", start)
            pos = free if free > start else len(text) + 1

    def first(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        found = self.search(pattern, 0)  # most often none, or one in free text: no generator
        if found is None or self.is_free(*found.span()):
            return found
        return next(self.matches(pattern), None)

    def segments(self) -> list[tuple[int, int]]:
        """Maximal runs of free text, trimmed, as (start, end) pairs."""
        runs = [m.span() for m in _FREE.finditer(self.mask)]
        trimmed = []
        for begin, end in runs:
            piece = self.text[begin:end]
            if not _WORDY.search(piece):
                continue
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                trimmed.append((begin + lead, begin + lead + len(piece)))
        return trimmed

    def rest(self) -> list[str]:
        """The free segments' text, without edge punctuation, empty ones dropped."""
        pieces = (self.text[a:b].lstrip(_LEADING).rstrip(_TRAILING) for a, b in self.segments())
        return [piece for piece in pieces if piece]
