"""rule "written as other Englishes write it": a decimal comma ("0,3 h", "42,50 dollars"), a 24-hour
clock with an "h" ("15:30 to 16h", "at 8h45"), and "please to" / "for to" before a verb are read
as "0.3 h", "16:00", "8:45", "please" and "to".

Counter-examples: "1,500 dollars" (a thousands comma: three digits follow it), "2h15" (a length:
no clock word before it and an hour a day's work may take), "on 12/3, 2 hours" (a comma between
two numbers said apart).
"""

from __future__ import annotations

import re

from intents import lazy

# a comma between a number and one or two digits, then a unit of time or money (or after "$")
_DECIMAL_COMMA = lazy.regex(
    r"(?<![\d,.])(?P<whole>\d{1,4}),(?P<part>\d{1,2})(?![\d,])"
    r"(?=\s*(?:h\b|hrs?\b|hours?\b|dollars?\b|usd\b|eur\b|euros?\b|€|min))"
    r"|(?<=[$€])(?P<whole2>\d{1,6}),(?P<part2>\d{1,2})(?![\d,])",
    re.I,
)
# an hour of the afternoon or evening with an "h" ("16h", "14h30"), or any hour after a word of
# the clock ("at 8h45", "until 9h", "this morning 8h45"; not "to 2h", a length)
_H_CLOCK = lazy.regex(
    r"(?:\b(?P<late>1[3-9]|2[0-3])|(?P<word>\b(?:at|from|until|till|til|around|morning|afternoon|evening)\s+|@\s*)"
    r"(?P<hour>[01]?\d|2[0-3]))h(?P<minutes>[0-5]\d)?\b(?!\s*(?:of|min|minutes|hours)\b)",
    re.I,
)
_PLEASE_TO = lazy.regex(r"\b(?P<ask>please|pls|plz)\s+to\s+(?=[a-z])|\bfor\s+to\s+(?=[a-z])", re.I)
_MAY_HOLD = lazy.regex(r"\d,\d|\dh|\bto\s", re.I)


def plain(text: str) -> str:
    """`text` with its decimal commas, "h" clock times and "please to" written as the rules read
    them."""
    if not isinstance(text, str) or not _MAY_HOLD.search(text):
        return text
    text = _DECIMAL_COMMA.sub(_decimal, text)
    text = _H_CLOCK.sub(_clock, text)
    return _PLEASE_TO.sub(lambda m: f"{m['ask']} " if m["ask"] else "to ", text)


def _decimal(found: re.Match[str]) -> str:
    if found["whole"] is not None:
        return f"{found['whole']}.{found['part']}"
    return f"{found['whole2']}.{found['part2']}"


def _clock(found: re.Match[str]) -> str:
    hour = found["late"] or found["hour"]
    return f"{found['word'] or ''}{int(hour)}:{found['minutes'] or '00'}"
