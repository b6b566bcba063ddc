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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "couple": 2,
    "few": 3,
}

WORD_PATTERN = "|".join(sorted((w for w in WORDS if len(w) > 1), key=len, reverse=True))


def number(text: str, decimal_comma: bool = False) -> float | None:
    """A decimal or number word; `decimal_comma` reads "1,5" as 1.5."""
    token = text.strip().lower()
    if token in WORDS:
        return float(WORDS[token])
    if decimal_comma:
        token = token.replace(",", ".")
    try:
        return float(token)
    except ValueError:
        return None
