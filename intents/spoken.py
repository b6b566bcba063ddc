"""Rule "numbers said aloud": a message dictated to a phone says its numbers, times, days, amounts
and punctuation in words. They are written as people type them before anything else reads the
message:

- lengths with a decimal point: "one point five hours" -> "1.5 hours", "point eight" -> ".8";
- a count before its unit: "forty-five minutes" -> "45 minutes";
- amounts: "forty two dollars and fifty cents" -> "$42.50";
- runs of four or more digits (phone and matter numbers): "six four six five five five zero one
  two three" -> "6465550123", "zero zero zero four nine" -> "00049";
- days: "december fifteenth", "thursday the seventeenth", "due the eighteenth" -> "15th" ...; "the
  second location" keeps its ordinal (a day is followed by the end, a time or a cue word);
- times: "ten a m", "one o clock", "at nine thirty", "twelve thirty to one thirty" -> "10am",
  "1:00", "at 9:30", "12:30 to 1:30"; a number not said as a time stays ("two fifty park avenue");
- an e-mail address said after "email": "email p nolan at globex dot com" -> "pnolan@globex.com";
- punctuation words: "comma", "new line", and "period" ending a message that says another
  ("... the cure period" stays).

Counter-examples: "the first draft", "at this point the ...", "one of the exhibits", "at one of
the hearings" stay as they are.
"""

from __future__ import annotations

import re

from intents import lazy
from intents.lexicon import ORDINALS
from intents.numbers import CARDINAL_PATTERN, number

_DIGITS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DIGIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_OR_OH = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# a run of digits said one by one, in groups or not: "nine one seven, five five five, ..."
_RUN = lazy.regex(rf"\b{_DIGIT}(?:(?:[\s-]|,\s)+{_DIGIT_OR_OH}){{3,}}\b", re.I)
_CARDINAL = rf"(?:{CARDINAL_PATTERN})"
_DECIMAL = lazy.regex(
    rf"\b(?:(?P<whole>{_CARDINAL})\s+)?point\s+(?P<first>{_DIGIT})(?:\s+(?P<second>{_DIGIT}))?\b",
    re.I,
)
_COUNT = lazy.regex(rf"\b(?P<n>{_CARDINAL})(?=\s+(?:hours?|hrs?|minutes?|mins?)\b)", re.I)
# "two hours forty five": the minutes said after the hours, without their unit
_MINUTES_AFTER = lazy.regex(
    rf"(?P<h>(?:\d|\ban?)\s+hours?)\s+(?P<n>{_CARDINAL})\b(?!\s+(?:minutes?|mins?|hours?|hrs?)\b)",
    re.I,
)
_AMOUNT = (
    rf"(?:{_CARDINAL}\s+thousand(?:\s+(?:and\s+)?{_CARDINAL}\s+hundred)?(?:\s+(?:and\s+)?{_CARDINAL})?"
    rf"|{_CARDINAL}\s+hundred(?:\s+(?:and\s+)?{_CARDINAL})?|{_CARDINAL})"
)
_MONEY = lazy.regex(
    rf"\b(?P<dollars>{_AMOUNT})\s+(?:dollars|bucks)(?:\s+and\s+(?P<cents>{_CARDINAL})\s+cents)?\b",
    re.I,
)
_SCALE = lazy.regex(r"\s+(thousand|hundred)(?:\s+and)?\s*", re.I)
_ORDINAL = (
    r"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_DAY_SAID = lazy.regex(
    rf"\b(?P<lead>(?:{_MONTH}|{_WEEKDAY})\s+(?:the\s+)?|the\s+)(?P<ordinal>{_ORDINAL})\b"
    r"(?P<after>\s+of\b)?",
    re.I,
)
# What may follow a day said with "the" alone: the end, a time, a cue word ("due the eighteenth",
# "the seventeenth at ten"); "the second location" is no day.
_AFTER_DAY = lazy.regex(
    r"\s*(?:$|[,.;:!?)-]|(?:at|@|from|to|until|till|through|thru|in|for|and|by|between|when|or"
    rf"|of|{_WEEKDAY}|{_CARDINAL}|\d)\b)",
    re.I,
)
_DAY_CUE = lazy.regex(r"\b(?:due|on|by|until|till|before|after|from)\s+$", re.I)  # "due the 18th"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE = (
    r"(?:oh\s+(?:one|two|three|four|five|six|seven|eight|nine)|fifteen|thirty|forty[\s-]five"
    r"|forty|twenty(?:[\s-]five)?|ten|fifty(?:[\s-]five)?|forty)"
)
_CLOCK = (
    rf"(?P<{{name}}>{_HOUR})\b(?:[\s:]+(?P<{{name}}_min>{_MINUTE})\b)?"
    r"(?:\s*(?P<{name}_mer>[ap]\.?\s?m\b\.?|o'?\s?clock\b))?"
)
_TIME = lazy.regex(
    r"(?P<cue>\b(?:at|@|from|until|till|by|between|to)\s+)?"
    + _CLOCK.format(name="start")
    + r"(?:(?P<dash>\s*(?:-|–|to|until|till|and)\s*)"
    + _CLOCK.format(name="end")
    + r")?(?!\s+(?:of|point|hours?|hrs?|minutes?|mins?|people|days?|weeks?|months?|years?|times?)\b)"
    r"(?!(?:\s+[^\W\d_]+){0,2}\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|place|pl"
    r"|drive|dr|way|broadway|floor)\b)",
    re.I,
)
_OH = lazy.regex(r"^oh\s+")
_EMAIL = lazy.regex(
    r"\b(?P<lead>e-?mail(?:\s+(?:address|is|at))?\s+)(?P<local>[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)"
    r"\s+at\s+(?P<domain>[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\b",
    re.I,
)
_COMMA = lazy.regex(r"\s+comma\b", re.I)
_NEW_LINE = lazy.regex(r"\s+(?:new|next)\s+line\b\s*", re.I)
_PERIOD_END = lazy.regex(r"\s+(?:period|full\s+stop)\s*$", re.I)
_AN = lazy.regex(r"^an?\b", re.I)  # "an hour fifteen": 1 hour 15 minutes
_MAY_HOLD = lazy.regex(
    rf"\b(?:{_DIGIT}|point|dollars|bucks|{_ORDINAL}|{_HOUR}|comma|line|period|dot|"
    r"thirty|forty|fifty|twenty|hundred|fifteen|ten)\b",
    re.I,
)


def written(text: str) -> str:
    """`text` with what was said in words written as typed (rule "numbers said aloud")."""
    if not isinstance(text, str) or not _MAY_HOLD.search(text):
        return text
    text = _EMAIL.sub(_email, text)
    text = _RUN.sub(lambda m: "".join(_DIGITS[w.lower()] for w in re.split(r"[\s,-]+", m[0])), text)
    text = _DECIMAL.sub(_decimal, text)
    text = _MONEY.sub(_money, text)
    text = _DAY_SAID.sub(_day, text)
    text = _TIME.sub(_time, text)
    text = _COUNT.sub(lambda m: _int(m["n"]), text)
    text = _MINUTES_AFTER.sub(lambda m: f"{_AN.sub('1', m['h'])} {_int(m['n'])} minutes", text)
    dictated = _COMMA.search(text) or _NEW_LINE.search(text)
    text = _COMMA.sub(",", text)
    text = _PERIOD_END.sub(".", text) if dictated else text  # "the cure period" stays
    return _NEW_LINE.sub(lambda m: ", " if ":" in m.string[: m.start()] else ": ", text)


def _int(words: str) -> str:
    value = number(words.replace(" ", "-"))
    return str(int(value)) if value is not None else words


def _decimal(found: re.Match[str]) -> str:
    whole = _int(found["whole"]) if found["whole"] else ""
    digits = _DIGITS[found["first"].lower()] + (
        _DIGITS[found["second"].lower()] if found["second"] else ""
    )
    return f"{whole}.{digits}"


def _whole(said: str) -> int:
    """ "one thousand two hundred and fifty" -> 1250."""
    total, part = 0, 0
    for piece in _SCALE.split(said.strip()):
        if piece.lower() in ("thousand", "hundred"):
            part *= 1000 if piece.lower() == "thousand" else 100
            if piece.lower() == "thousand":
                total, part = total + part, 0
        elif piece:
            part += int(number(piece.replace(" ", "-")) or 0)
    return total + part


def _money(found: re.Match[str]) -> str:
    cents = found["cents"]
    return f"${_whole(found['dollars'])}" + (f".{_whole(cents):02d}" if cents else "")


def _ordinal(said: str) -> int:
    key = said.lower().replace(" ", "-")
    if key in ORDINALS:
        return ORDINALS[key]
    ten, _, unit = key.partition("-")  # "twenty fourth"
    return (20 if ten == "twenty" else 30) + ORDINALS[unit]


def _day(found: re.Match[str]) -> str:
    lead = found["lead"]
    if (
        lead.strip().lower() == "the"
        and not _AFTER_DAY.match(found.string, found.end("ordinal"))
        and not _DAY_CUE.search(found.string, 0, found.start())
    ):
        return found[0]
    day = _ordinal(found["ordinal"])
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    return f"{lead}{day}{suffix}{found['after'] or ''}"


def _clock(found: re.Match[str], name: str) -> tuple[str, bool]:
    """One time as typed, and whether it was said as a time (minutes, am/pm or o'clock)."""
    hour = int(number(found[name]) or 0)
    minute, meridiem = found[f"{name}_min"], found[f"{name}_mer"]
    said = str(hour)
    if minute:
        minutes = number(_OH.sub("", minute.lower()).replace(" ", "-")) or 0
        said += f":{int(minutes):02d}"
    if meridiem and "clock" in meridiem.lower():
        said = said if minute else f"{hour}:00"
    elif meridiem:
        said += meridiem.lower().replace(" ", "").replace(".", "")
    return said, bool(minute or meridiem)


def _time(found: re.Match[str]) -> str:
    start, timed = _clock(found, "start")
    cue = found["cue"] or ""
    if found["end"] is None:
        return f"{cue}{start}" if timed or cue.strip().lower() in ("at", "@") else found[0]
    end, _ = _clock(found, "end")  # two hours said as a range are times: "nine to eleven"
    return f"{cue}{start}{found['dash']}{end}"


def _email(found: re.Match[str]) -> str:
    local = re.sub(r"\s+", "", found["local"])
    domain = re.sub(r"\s+dot\s+", ".", found["domain"], flags=re.I)
    return f"{found['lead']}{local}@{domain}".lower() if local else found[0]
