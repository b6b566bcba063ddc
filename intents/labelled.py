"""Values written after a label, one clause each: "practice area Litigation, responsible Marcus",
"responsible staff Priya", "title CFO", "website acme.com". A value runs to the next comma,
semicolon, dash, spaced slash or label.
"""

from __future__ import annotations

import re

from intents import dates, lazy
from intents.markup import ENTITY_CHARS
from intents.reading import Reading

RESPONSIBLE_STAFF = r"responsible\s+staff(?:\s+member)?"
# "resp atty", "resp. attorney": the abbreviation only with its noun ("resp" alone is a response)
RESPONSIBLE_ATTORNEY = (
    r"responsible(?!\s+staff)(?:\s+(?:attorney|atty|lawyer))?|lead\s+(?:attorney|atty|lawyer|counsel)"
    r"|resp\.?\s*(?:attorney|atty|lawyer)"
    r"|(?<!originating\s)(?:attorney|atty|lawyer)(?=\s*:)"  # "atty: marcus"
)
PRACTICE_AREA = r"practice\s+area|(?:practice|area|(?-i:PA))(?=\s*:)|(?-i:PA)(?=\s+(?-i:[A-Z]))"
LABELS = (
    rf"{PRACTICE_AREA}|{RESPONSIBLE_STAFF}|{RESPONSIBLE_ATTORNEY}"
    r"|originating(?:\s+(?:attorney|lawyer))?"
    r"|originated\s+by|title|job\s+title|web\s*site|address|non-?billable|not\s+billable|billable"
    r"|open(?:ed|s)?(?:\s+date)?|email|e-mail|phone|mobile"
)
_STOPS = r"closed|closing|pending|status|since|before|after|from|this|last|next"
_END = rf"(?=\s*(?:[,;|—–]|$)|\s[-/]\s|\s+(?:and\s+)?(?:{LABELS}|{_STOPS})\b)"
_BILLABLE = lazy.regex(r"\b(?P<no>non-?|not\s+)?billable\b", re.I)
_OPENED = lazy.regex(r"\bopen(?:ed|s)?(?:\s+date)?\s*(?::|on)?\s+", re.I)


def take(reading: Reading, label: str) -> str | None:
    """The value after `label` (a regex), marked as understood; a mention gives `<@U…>`."""
    pattern = re.compile(
        rf"\b(?:{label})\b\s*(?::|=|(?:is|to|of)\b)?\s*(?P<v>[^,;|]+?){_END}", re.I
    )
    found = reading.scan.first(pattern)
    if found is None:
        return None
    reading.scan.take_match(found)
    value = found["v"].strip()
    if not any(ch.isalnum() or "\ue000" <= ch <= "\ue0ff" for ch in value):  # "attorney." alone
        return None
    if re.fullmatch(ENTITY_CHARS, value):
        entity = reading.message.entity(value)
        if entity is not None and entity.kind == "mention":
            return entity.value
    return reading.message.plain(value).strip() or None


def take_billable(reading: Reading) -> bool | None:
    """`billable` / `non-billable` / `not billable`, if said."""
    found = reading.scan.first(_BILLABLE)
    if found is None:
        return None
    reading.scan.take_match(found)
    return found["no"] is None


def take_opened(reading: Reading) -> str | None:
    """The date after "opened" / "open date" (ISO), if said."""
    found: list[dates.Hit] | None = None
    for cue in reading.scan.matches(_OPENED):
        found = dates.find(reading.scan, reading.clock, "past") if found is None else found
        hit = dates.covering(found, cue.end())
        if hit:
            reading.scan.take(cue.start(), hit.end)
            return hit.span.start.isoformat()
    return None
