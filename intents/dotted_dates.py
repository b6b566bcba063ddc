"""rule "a date written with a dot": "12.17" in December is the 17th of December, read as "12/17".

A dotted number is a date only when its month is the current month (the other number a plausible
day, written with two digits) and nothing around it makes it a length, an amount or a clock time.
With the day-first order, "17.12" is read the same way.

Examples (in December): "remind me to call dr hart 12.17", "settlement conf 12.22 10a-11:30",
"parking at the chen mediation 12.11 - $22", "all day 12.23: expert deadline".
Counter-examples: "12.50 parking" and "$12.15" (amounts), "parking 12.15 on garcia" (what was paid, with no other amount), "12.25 hours" (a length), "log 12.20 on
garcia" and "make it 12.15" (a length said after its verb), "lunch at 12.30" (a clock time),
"1.25 research on johnson" (not this month; and a message's first number is its length).
"""

from __future__ import annotations

import re

from intents import lazy
from intents.clock import Clock
from intents.lexicon import EXPENSE_WORD

_DOTTED = lazy.regex(
    r"(?<![\w$£€.,:/])(?P<first>\d{1,2})\.(?P<second>\d{2})(?![\w.,/%]|:\d|\s*[$£€])"
)
_CURRENCY = lazy.regex(r"[$£€]|\b(?:dollars?|bucks|usd|eur)\b", re.I)
# what makes the number before or after it something else than a date
_BEFORE = lazy.regex(
    r"(?:\b(?:at|@|from|till|until|til|to|log|logged|bill|billed|spent|record|recorded|enter|put"
    r"|be|was|is|it|total|cost|costs|paid|fee|price|charge|usd|eur|gbp)|[$£€@~-])\s*$",
    re.I,
)
_AFTER = lazy.regex(
    r"^\s*(?:h|hr|hrs|hour|hours|m|min|mins|minutes|am|pm|a\.m|p\.m|a|p|dollars?|bucks|usd|eur"
    r"|k|%|x|of\s+an\s+hour)\b",
    re.I,
)


def slashed(text: str, clock: Clock) -> str:
    """`text` with its dotted dates of the current month written "month/day" (or "day/month")."""
    if not isinstance(text, str) or "." not in text:
        return text
    return _DOTTED.sub(lambda found: _date(found, clock), text)


def _date(found: re.Match[str], clock: Clock) -> str:
    first, second = found["first"], found["second"]
    month, day = (first, second) if clock.date_order == "MDY" else (second, first)
    said = found.string
    leads = not said[: found.start()].strip()
    plausible = int(month) == clock.today.month and 1 <= int(day) <= 31 and len(day) == 2
    if leads or not plausible:
        return found[0]
    if _BEFORE.search(said[: found.start()]) or _AFTER.match(said[found.end() :]):
        return found[0]
    if EXPENSE_WORD.search(said) and not _CURRENCY.search(said):
        return found[0]  # "parking 12.15 on garcia": the amount of what was paid for
    return f"{first}/{second}"
