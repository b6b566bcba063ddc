"""A message being read: text plus which characters have already been understood."""

from __future__ import annotations

import re
from collections.abc import Iterator

_FREE = re.compile(rb"\x00+")
_WORDY = re.compile(r"[^\W_]|[\ue000-\ue0ff]")
_EDGE = re.compile(r"^[\s,;:.!?\-–/|)\]]+|[\s,;:.!?\-–/|(\[]+$")


class Scan:
    """Text whose understood parts are marked, so the rest can be read as free text."""

    __slots__ = ("mask", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.mask = bytearray(len(text))

    def is_free(self, start: int, end: int) -> bool:
        return not any(self.mask[start:end])

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
            found = pattern.search(text, pos)
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
        pieces = (_EDGE.sub("", self.text[a:b]) for a, b in self.segments())
        return [piece for piece in pieces if piece]
