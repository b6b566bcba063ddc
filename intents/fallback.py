"""Date phrases the precompiled rules cannot read, handed to dateparser one phrase at a time.

Only a phrase cut out around a date anchor ("ago", "from tomorrow", "of next month",
"fortnight") is ever given to dateparser, with `languages=["en"]` and the user's local `now`
as `RELATIVE_BASE`; whole sentences never are. dateparser is imported on first use.
"""

from __future__ import annotations

import re
import threading
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from intents import lazy, prefilter
from intents.clock import Clock
from intents.dates import MONTH, WEEKDAY_ANY
from intents.numbers import WORD_PATTERN
from intents.scan import Scan

_WORD = (
    rf"(?:the|of|next|last|this|coming|a|an|in|from|after|before|ago|now|today|tomorrow|yesterday"
    rf"|first|second|third|fourth|fifth|day|days|weeks?|fortnights?|months?|years?|{MONTH}"
    rf"|{WEEKDAY_ANY}|\d{{1,4}}(?:st|nd|rd|th)?|{WORD_PATTERN})"
)
_ANCHOR = (
    r"(?:ago|from\s+(?:now|today|tomorrow|yesterday)|fortnights?"
    r"|of\s+(?:next|last|this|the\s+next|the\s+coming)\s+(?:month|week|year))"
)
_PHRASE = lazy.regex(rf"\b(?:{_WORD}\s+){{0,5}}{_ANCHOR}\b", re.I)
# dateparser is not thread safe (scrapinghub/dateparser#441) and `parse` runs in worker threads.
_ONE_AT_A_TIME = threading.Lock()
_ANCHORED = lazy.regex(rf"\b{_ANCHOR}\b", re.I)  # much cheaper to look for than a phrase


@lru_cache(maxsize=16)
def _parser(base: datetime, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def phrases(scan: Scan, limit: int = 2) -> list[tuple[int, int]]:
    """Spans of free text that look like a date phrase around an anchor word (the first few)."""
    if prefilter.search(_ANCHORED, scan.text) is None:
        return []
    return [found.span() for found, _ in zip(scan.matches(_PHRASE), range(limit), strict=False)]


def read(phrase: str, clock: Clock, lean: str) -> date | None:
    """dateparser's reading of one cut-out phrase, as a local date, or None."""
    with _ONE_AT_A_TIME:
        data = _parser(clock.now.replace(tzinfo=None), lean).get_date_data(phrase)
    return data.date_obj.date() if data.date_obj is not None else None
