"""Amounts of money ("$45.20", "1,250.00", "$12,000", "$12k", "75$", "twenty dollars", "45,20 €"
in DMY)."""

from __future__ import annotations

import re

from intents import lazy
from intents.numbers import CARDINAL_PATTERN, spelled
from intents.scan import Scan

_CUR = r"(?:\$|US\$|€|£|CA\$|C\$|A\$)"
_WORD = r"(?:dollars?|bucks|usd|cad|gbp|eur|euros?|pounds?)\b"
_SCALE = rf"(?:{CARDINAL_PATTERN}|a)\s+(?:hundred|thousand)"
_SPELLED = (
    rf"{_SCALE}(?:\s+(?:and\s+)?{_SCALE})*(?:\s+(?:and\s+)?(?:{CARDINAL_PATTERN}))?"
    rf"|{CARDINAL_PATTERN}"
)
_PATTERNS = {
    "MDY": [
        lazy.regex(
            rf"{_CUR}\s?(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?|\.\d{{1,2}})"
            rf"(?P<k>k\b)?",
            re.I,
        ),
        lazy.regex(
            rf"(?<![\w.,])(?P<n>\d+(?:\.\d{{1,2}})?|\d{{1,3}}(?:,\d{{3}})+)\s*(?:{_WORD}|\$(?!\w))"
            rf"|\b(?P<w>{_SPELLED})\s+{_WORD}",  # "75$", "twenty dollars", "one hundred fifteen dollars"
            re.I,
        ),
        # a comma after it ends the clause: "lunch w/ acme GC, 64.20, yesterday"
        lazy.regex(
            r"(?<![\w.,$/:-])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\w./:%-]|,\d)"
        ),
    ],
    "DMY": [
        lazy.regex(
            rf"{_CUR}\s?(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?)"
            rf"(?P<k>k\b)?",
            re.I,
        ),
        lazy.regex(
            rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?)"
            rf"\s*(?:{_CUR}|{_WORD})",
            re.I,
        ),
        lazy.regex(r"(?<![\w.,$/:-])(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?![\w.,/:%-])"),
    ],
}
_BARE = lazy.regex(r"(?<![\w.,$/:-])(?P<n>\d+(?:[.,]\d{1,2})?)(?![\w.,/:%-])")
_BARE_K = lazy.regex(r"(?<![\w.,$/:-])(?P<n>\d+(?:\.\d{1,2})?)(?P<k>k)\b", re.I)  # "12k"


def amount(text: str, date_order: str = "MDY") -> float | None:
    """The value of a number written with the conventions of `date_order`'s locale."""
    digits = text
    if date_order == "DMY":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})", digits):
            digits = digits.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", digits):
            digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def take(scan: Scan, date_order: str = "MDY", bare: bool = False) -> float | None:
    """Find, mark as understood and return the first amount; `bare` also accepts "45.20"."""
    patterns = list(_PATTERNS[date_order])
    if bare:
        patterns += [_BARE_K, _BARE]
    for pattern in patterns:
        found = scan.first(pattern)
        if found is None:
            continue
        said = found.groupdict().get("w")
        value = spelled(said) if said else amount(found["n"], date_order)
        if value is None:
            continue
        if found.groupdict().get("k"):
            value *= 1000
        scan.take_match(found)
        return round(value, 2)
    return None


def thousands(text: str) -> bool:
    """Whether `text` names a bare amount in thousands ("25k"), money whatever precedes it."""
    return _BARE_K.search(text) is not None


def position(text: str, date_order: str = "MDY") -> int | None:
    """Where the first amount of `text` starts, if it has one."""
    starts = [found.start() for p in _PATTERNS[date_order] if (found := p.search(text))]
    return min(starts) if starts else None


def marked(text: str, date_order: str = "MDY") -> bool:
    """Whether `text` names an amount by its currency ("$45", "45 dollars"), not by its shape
    alone ("45.20")."""
    return any(p.search(text) for p in _PATTERNS[date_order][:2])
