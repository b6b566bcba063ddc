"""rule "a holiday as a day": "due christmas eve", "by new year's eve", "off on christmas day" are
read as "dec 24", "dec 31", "dec 25" (the year as for any day said without one).

Only a holiday said as when (after "due", "by", "on", "until", "till", "from", "through")
is a day: "the office christmas party" and "before christmas" keep their words. Days that move
with the year (thanksgiving, easter) are not read.
"""

from __future__ import annotations

import re

from intents import lazy

_DAYS = {
    "christmas eve": "dec 24",
    "xmas eve": "dec 24",
    "christmas day": "dec 25",
    "christmas": "dec 25",
    "xmas": "dec 25",
    "boxing day": "dec 26",
    "new year's eve": "dec 31",
    "new years eve": "dec 31",
    "nye": "dec 31",
    "new year's day": "jan 1",
    "new years day": "jan 1",
    "new year's": "jan 1",
    "new years": "jan 1",
    "halloween": "oct 31",
    "valentine's day": "feb 14",
    "independence day": "jul 4",
}
_HOLIDAY = lazy.regex(
    r"\b(?P<cue>due|by|on|until|till|til|from|through|thru)\s+(?:the\s+)?"
    r"(?P<day>"
    + "|".join(sorted((re.escape(d) for d in _DAYS), key=len, reverse=True))
    + r")(?![\w'’])",
    re.I,
)


def dated(text: str) -> str:
    """`text` with the holidays said as when written as the day they fall on."""
    if not isinstance(text, str) or not _HOLIDAY.search(text):
        return text
    return _HOLIDAY.sub(
        lambda m: f"{m['cue']} {_DAYS[m['day'].lower().replace('’', chr(39))]}", text
    )
