"""The state of one parse: the message, what has been understood so far, and the result."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from intents import lazy, prefilter
from intents.clock import Clock
from intents.dates import Lean
from intents.lexicon import SAID_DONE, wordset
from intents.markup import Message
from intents.model import Action, Alternative, Intent, Resource
from intents.scan import Scan

_PAST: frozenset[str] = frozenset({"activities", "notes", "communications", "documents", "bills"})
_LEAD = lazy.regex(
    r"^(?:(?:and|then|for|on|re|re:|about|regarding|to|of|with|doing|working on|-|:|,|;)"
    r"(?:\s+|$))+",
    re.I,
)
_FILLER = lazy.regex(
    r"(?:\s*\b(?:to|of|or|and|the|as|is|now|due|date|priority|amount|status|value)\b)*\s*", re.I
)
_EMPTY_BRACKETS = lazy.regex(r"\s*[(\[]\s*[)\]]")
# rule "an arrow splits fields": an arrow typed between fields ("task on johnson -> *finalize the
# exhibit list*", "site visit -> fri 8am to 10am, meet at ...") is no word of a title or a
# name: one left inside what was said is a comma, one at its edge (or its ">" after the dash was
# read as one) goes
_ARROW = lazy.regex(r"\s*(?:-+>|=>|→)\s*")
_ARROW_EDGE = lazy.regex(r"^\s*(?:-*>|=>|→)\s*|\s*(?:-+>|=>|→)\s*$")
_TAIL = wordset("and for on re to of with at in by the a from")
# rule "no orphan after a word understood": the possessive of a word understood ("friday's
# call"), and the record said done after its noun ("could we get the call logged please"), are
# no words of a title or a note
_AFTER_TAKEN = lazy.regex(
    rf"^(?:['’]s\b\s*)?(?:(?:(?:call|email|entry|note|task|meeting)\s+)?(?:{SAID_DONE})"
    r"(?:\s+(?:please|pls))?\b\s*)?",
    re.I,
)


@dataclass(slots=True)
class Reading:
    """One message being read; grammar modules fill in `fields` and `refs`."""

    message: Message
    scan: Scan
    clock: Clock
    resource: Resource | None = None
    action: Action = "unknown"
    fields: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    hint: str | None = None
    confidence: float = 1.0

    @property
    def text(self) -> str:
        return self.scan.text

    @property
    def lean(self) -> Lean:
        """Things that happened lean to the past, things planned to the future."""
        return "past" if self.resource in _PAST else "future"

    def ref(self, kind: str, value: str | None) -> None:
        """Record a reference unless one of that kind is already known."""
        if value and kind not in self.refs:
            self.refs[kind] = value

    def free_text(self, take: bool = True) -> str:
        """The words not yet understood, as one phrase (Slack entities shown as labels)."""
        pieces = self.scan.rest()
        if take:
            self.scan.take(0, len(self.scan.text))
        joined = " ".join(prefilter.sub(_ARROW_EDGE, "", _AFTER_TAKEN.sub("", p)) for p in pieces)
        text = prefilter.sub(_EMPTY_BRACKETS, "", prefilter.sub(_ARROW, ", ", joined))
        text = _untail(_LEAD.sub("", text)).strip(" ,;:-")
        text = self.message.plain(text).strip()
        if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1].strip()
        return text

    def split_at(self, pattern: re.Pattern[str]) -> tuple[str, str] | None:
        """The free text before and after the first free match of `pattern`, all taken."""
        found = self.scan.first(pattern)
        if found is None:
            return None
        saved = bytes(self.scan.mask)
        self.scan.take(found.start(), len(self.text))
        before = self.free_text(take=False)
        self.scan.mask[:] = saved
        self.scan.take(0, found.end())
        after = self.free_text()
        return before, after

    def intent(self) -> Intent:
        pieces = (self.message.plain(piece) for piece in self.scan.rest())
        unparsed = [piece for piece in pieces if not _FILLER.fullmatch(piece)]
        return Intent(
            resource=self.resource,
            action=self.action,
            fields=self.fields,
            refs=self.refs,
            confidence=self.confidence,
            alternatives=self.alternatives,
            assumptions=self.assumptions,
            unparsed=unparsed,
            hint=self.hint,
        )


def _untail(text: str) -> str:
    """The text without the little words trailing it ("... for Smith and" -> "... for Smith")."""
    end = len(text)
    while (space := text.rfind(" ", 0, end)) >= 0 and text[space + 1 : end].lower() in _TAIL:
        end = space
        while end and text[end - 1] == " ":
            end -= 1
    return text[:end]
