"""Numbers as people type them: digits with either decimal mark, and small number words."""

from __future__ import annotations

WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "few": 3,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_VAGUE = frozenset({"a", "an", "couple", "few"})
# "forty-five", "twenty five": a ten and a unit, as well as the words alone; CARDINAL_PATTERN
# without "a", "couple" or "few" (an amount of money is said exactly).
_TENS_PATTERN = (
    "(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + ")(?:[- ](?:" + "|".join(_UNITS) + "))?"
)
WORD_PATTERN = (
    _TENS_PATTERN + "|" + "|".join(sorted((w for w in WORDS if len(w) > 1), key=len, reverse=True))
)
CARDINAL_PATTERN = (
    _TENS_PATTERN
    + "|"
    + "|".join(sorted((w for w in WORDS if w not in _VAGUE), key=len, reverse=True))
)


def number(text: str, decimal_comma: bool = False) -> float | None:
    """A decimal or number word; `decimal_comma` reads "1,5" as 1.5."""
    token = text.strip().lower()
    if token in WORDS:
        return float(WORDS[token])
    ten, _, unit = token.replace(" ", "-").partition("-")
    if ten in TENS and (not unit or unit in _UNITS):
        return float(TENS[ten] + (WORDS[unit] if unit else 0))
    if decimal_comma:
        token = token.replace(",", ".")
    try:
        return float(token)
    except ValueError:
        return None


def spelled(text: str) -> float | None:
    """Number words with hundreds and thousands: "one hundred fifteen", "two thousand five
    hundred", "a hundred and twenty"; None when a word is no number."""
    total, part = 0, 0
    for word in text.lower().replace("-", " ").split():
        if word == "hundred":
            part = (part or 1) * 100
        elif word == "thousand":
            total, part = total + (part or 1) * 1000, 0
        elif word in WORDS or word in TENS:
            part += WORDS.get(word) or TENS[word]
        elif word != "and":
            return None
    return float(total + part)
