"""Convert Duckling's English time corpus (`Duckling/Time/EN/Corpus.hs`) into our date test data.

Usage: python tools/convert_duckling_corpus.py PATH/TO/Corpus.hs

Writes, under `tests/intents/dates/`:
- `duckling_en.jsonl`: one example a line, `{"text", "value" | "interval", "grain", "kind",
  "set", "source"}` (plus `"duckling"` and `"convention"` where our convention differs);
- `duckling_en_negative.jsonl`: Duckling's negative corpus, texts that must not produce a date;
- `reference.json`: the reference time, its UTC offset and zone, and the counts per set.

Duckling (BSD licence, Facebook) gives values as local wall times at the reference time Tuesday
2013-02-12 04:30, UTC-2. Only the examples (text and expected value) are taken, no code.

Values, in local wall time: dates (`YYYY-MM-DD`) for grains day and coarser, `YYYY-MM-DDTHH:MM:SS`
for hour, minute and second. Kinds:
- `instant`: one value at its grain (a week, month or year value names that whole period);
- `range`: an explicit range ("July 13-15", "3-4pm"), both ends as written: Duckling's end is
  exclusive and one grain past the last unit written, so the end here is Duckling's end minus one
  grain ("3-4pm" ends 16:00, "July 13-15" ends on the 15th);
- `window`: "last/next N days/weeks/months/years", first and last day;
- `period`: a part of a day or of a period ("tonight", "end of the month"), bounds a reading must
  fall within (time grains: exclusive end; day grains: first and last day);
- `deadline`: "by EOD", "by the end of next month", "within 2 weeks": the last moment the work is
  due (the day before when Duckling's end is a midnight).

Selection, in order: a `DROP` rule drops the example, a `WIDER` rule puts it in the wider set,
and what remains is everyday when every word is in `_VOCABULARY` (else wider). `CONVENTIONS`
lists where the product deliberately reads an example differently from Duckling, with the reason.
The script prints the counts per set and per rule that dropped or widened examples.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "intents" / "dates"
REFERENCE = {
    "now": "2013-02-12T04:30:00",
    "weekday": "Tuesday",
    "utc_offset": "-02:00",
    "tz": "Etc/GMT+2",
    "source": "facebook/duckling Duckling/Time/EN/Corpus.hs (BSD licence)",
}
NOW = datetime.fromisoformat(REFERENCE["now"])
TIME_GRAINS = ("second", "minute", "hour")
_STEP = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1)}


# --- reading the Haskell source --------------------------------------------------------------


@dataclass
class Block:
    """One `examples (constructor args) ["text", ...]` call, in its top-level binding."""

    binding: str
    constructor: str
    args: str
    texts: list[str]


_BINDING = re.compile(r"^(\w+)\s*::", re.M)
_EXAMPLES = re.compile(r"\bexamples\s*\(")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SKIP = re.compile(r"(?:\s+|,|--[^\n]*)+")
_TUPLE = re.compile(
    r"\(\s*(-?\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)"
)


def _closing(source: str, start: int) -> int:
    """Index just after the parenthesis that closes the one at `start`."""
    depth = 0
    for index in range(start, len(source)):
        depth += {"(": 1, ")": -1}.get(source[index], 0)
        if depth == 0:
            return index + 1
    raise ValueError("unbalanced parentheses")


def _strings(source: str, start: int) -> list[str]:
    """The string literals of the list opening at `start` ("[")."""
    index, texts = start + 1, list[str]()
    while True:
        skipped = _SKIP.match(source, index)
        index = skipped.end() if skipped else index
        if source[index] == "]":
            return texts
        found = _STRING.match(source, index)
        if found is None:
            raise ValueError(f"unexpected text at {index}: {source[index : index + 30]!r}")
        texts.append(json.loads(f'"{found[1]}"'))
        index = found.end()


def read_blocks(source: str) -> tuple[list[Block], list[str]]:
    """Every `examples` block with its binding, and the negative corpus's texts."""
    bindings = [(found.start(), found[1]) for found in _BINDING.finditer(source)]
    blocks = []
    for found in _EXAMPLES.finditer(source):
        end = _closing(source, found.end() - 1)
        constructor, _, args = source[found.end() : end - 1].strip().partition(" ")
        binding = [name for start, name in bindings if start < found.start()][-1]
        blocks.append(Block(binding, constructor, args, _strings(source, source.index("[", end))))
    negative = re.search(r"^negativeCorpus\s*=.*?examples\s*=\s*(\[)", source, re.M | re.S)
    return blocks, _strings(source, negative.start(1)) if negative else []


# --- converting values -------------------------------------------------------------------------


@dataclass
class Example:
    """One converted example before selection."""

    text: str
    binding: str
    constructor: str
    grain: str
    start: datetime
    end: datetime | None = None  # Duckling's exclusive end, for intervals


def _moment(groups: tuple[str, ...]) -> datetime:
    year, month, day, hour, minute, second = (int(g) for g in groups)
    return datetime(max(year, 1), month, day, hour, minute, second)  # BC years are dropped


_DIRECTIONS = ("After", "Before")  # of an open interval, not a grain


def examples_of(block: Block) -> list[Example]:
    """The block's texts with its start, exclusive end (intervals) and grain."""
    moments = [_moment(found.groups()) for found in _TUPLE.finditer(block.args)]
    words = _TUPLE.sub(" ", block.args).replace("(", " ").replace(")", " ").split()
    grain = next(word.lower() for word in words if word[0].isupper() and word not in _DIRECTIONS)
    end = moments[1] if len(moments) > 1 else None
    return [
        Example(text, block.binding, block.constructor, grain, moments[0], end)
        for text in block.texts
    ]


def _show(moment: datetime, grain: str) -> str:
    return moment.isoformat() if grain in TIME_GRAINS else moment.date().isoformat()


def _last_unit(example: Example) -> datetime:
    """The start of the last grain unit inside Duckling's exclusive end."""
    assert example.end is not None
    if example.grain in TIME_GRAINS:
        return example.end - _STEP[example.grain]
    return example.end - timedelta(days=1)


# --- selection rules ---------------------------------------------------------------------------

Rule = Callable[[Example], bool]


def _text(pattern: str) -> Rule:
    compiled = re.compile(pattern, re.I)
    return lambda example: compiled.search(example.text) is not None


_PART_OF_DAY = {  # hours a part of day covers, for the contradiction rule
    "morning": (0, 12),
    "afternoon": (12, 19),
    "evening": (17, 24),
    "tonight": (17, 24),
}


def _contradicts_part_of_day(example: Example) -> bool:
    """ "this evening at 2" is 14:00 for Duckling: the part of day and the hour disagree."""
    if example.end is not None or example.grain not in TIME_GRAINS:
        return False
    text = example.text.lower()
    for word, (first, last) in _PART_OF_DAY.items():
        if word in text:
            same_day = re.search(r"\b(?:this|today|tonight)\b", text) is None or (
                example.start.date() == NOW.date()
            )
            return not (first <= example.start.hour < last and same_day)
    return False


_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNT_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"

# Dropped: what a law-firm chat does not type, and what no Clio record takes.
DROP: list[tuple[str, Rule]] = [
    ("latent reading (Duckling's latent corpus)", lambda e: e.binding == "latentCorpus"),
    ("another reference time (Duckling's diff corpus)", lambda e: e.binding == "diffCorpus"),
    ("holiday", lambda e: "Holiday" in e.constructor),
    ("holiday", _text(r"christmas|xmas|easter|thanksgiving|halloween|\bides\b")),
    ("not a law-firm time (after school)", _text(r"\bschool\b")),
    ("season", _text(r"\b(?:summer|winter|spring|autumn|seasons?)\b")),
    ("quarter of a year", lambda e: e.grain == "quarter"),
    ("era (AD/BC)", _text(r"\b(?:a\.?d\.?|b\.?c\.?)$")),
    (
        "Nth week of / Nth last day of",
        _text(
            r"\b(?:first|second|third|\d(?:st|nd|rd|th)|last)\s+(?:last\s+)?week\s+(?:of|in)\b"
            r"|\blast\s+week\s+of\b|\blast\s+day\s+of\s+may|\b(?:fifth|5th)\s+last\b"
        ),
    ),
    ("nearest weekday to a date", _text(r"\bclosest\b")),
    ("seconds", _text(r"\b(?:a|one|\d+|two|three)\s+sec(?:ond)?s?\b|\d\"")),
    ("minutes written with a prime (15')", _text(r"\d'")),
    ("open interval (after/before/since/until X, ASAP)", lambda e: "Open" in e.constructor),
    (
        "upcoming N units (Duckling reads one unit, N ahead)",
        _text(r"\bupcoming\s+(?:two|2)\b|\b(?:two|2)\s+upcoming\b"),
    ),
    (
        "window of minutes or hours (no record takes one)",
        _text(r"^(?:last|next|past)\s+(?:\d+|one|two|three)\s+(?:seconds?|minutes?|hours?)$"),
    ),
    ("a part of day that contradicts the hour", _contradicts_part_of_day),
    # Oct 6 2013 is a Sunday, in the Monday-Sunday week of Sep 30; Duckling gives Oct 7.
    ("disputed: the week of a Sunday", _text(r"^the week of october 6th$")),
]

# Wider: kept, but not forms typed daily.
WIDER: list[tuple[str, Rule]] = [
    ("hedged (about, around, approximately, -ish)", _text(r"\b(?:about|around|approx\w*)\b|ish\b")),
    ("h-notation for hours (15h30)", _text(r"(?<!in )\b\d{1,2}h(?:\d\d)?\b")),
    (
        "clock without a colon (1030, 330 p.m.)",
        _text(r"\b(?:at|around|approximately)\s+\d{3,4}\b|\b\d{3,4}(?:ish)?\s*(?:p\.?\s?m|in the)"),
    ),
    (
        "clock in number words (three twenty, at eight)",
        _text(
            rf"\b{_CLOCK_WORD}[\s-]+(?:o|oh|ou|zero|fifteen|twenty|thirty|forty|fifty)\b"
            rf"|\b{_CLOCK_WORD}\s*(?:a\.?\s?m\b|p\.?\s?m\b|tonight|o'?clock)"
            rf"|\b(?:at|past|after|to)\s+{_CLOCK_WORD}\b(?!\s+{_COUNT_UNIT})"
            rf"|^half\s+{_CLOCK_WORD}$"
        ),
    ),
    ("a bare number after 'in' (in 15)", _text(r"^in\s+\d{1,2}$")),
    ("a fraction of an hour (in 1/4 hour)", _text(r"\d/\d\s*h|\band an half\b")),
    (
        "'for' before a clock time (for a quarter past 3pm)",
        _text(r"\bfor\s+(?:a\s+quarter|\d+\s*[ap]m)"),
    ),
    (
        "a weekend of a month (last weekend of October)",
        _text(r"\bw(?:ee)?k\s*-?\s*end\s+(?:of|in)\b"),
    ),
    ("a month a year ahead (March in 1 year)", _text(r"^\w+\s+in\s+(?:1|a)\s+year$")),
    (
        "two-digit year after a month name (14th April 15)",
        _text(r"^\d+(?:st|nd|rd|th)\s+[a-z]+\s+\d\d$"),
    ),
    ("spaced numeric date (2 / 15)", _text(r"^\d{1,2}\s+[/-]\s+\d{1,2}$")),
    ("one-letter am/pm (3p, 3:18a)", _text(r"\d[ap]\.?(?:\s|$)")),
    (
        "count of weekdays (3 fridays from now)",
        _text(r"\d\s+\w+days\b|\b(?:two|three|four)\s+\w+days\b"),
    ),
    ("the weekday fixes a far date (Thu 15th)", _text(r"^thu 15th$")),
    ("bare period names (EOM, BOY, ATM)", _text(r"^(?:the\s+|at the\s+)?(?:eom|bom|eoy|boy|atm)$")),
    ("Nth day of a month in words (third day of october)", _text(r"\bday\s+of\b(?!\s+next)")),
]

# Everyday: every word is one a law firm types daily, and no WIDER rule matched.
_VOCABULARY = """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow yesterday tonight now
    this next last past previous coming following in ago from at on by of the to through thru
    until till between and for a an after before end beginning day days week weeks month months
    year years hour hours minute minutes min mins hr hrs morning afternoon evening night noon
    midnight am pm a.m. p.m. o'clock half quarter one two three four five six seven eight nine
    ten eleven twelve fifteen twenty thirty first second third fourth fifth eod eom
    pst est cst mst pdt edt cdt mdt gmt utc bst cet ist - / ,
"""
_EVERYDAY_WORDS = frozenset(_VOCABULARY.split())
_CLOCK = r"\d{1,2}(?::\d\d){0,2}(?:am|pm)?"
_EVERYDAY_TOKEN = re.compile(
    rf"\d+(?:st|nd|rd|th)?|\d+h|{_CLOCK}(?:-{_CLOCK})?"  # 15th, 1h, 3:30pm, 1pm-2pm
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/-])\d{1,2}(?:\1(?:\d\d|\d{4}))?",  # ISO, 2/15, 10/31/74
    re.I,
)
_WORD = re.compile(r"[a-z0-9.:/'-]+|[-/,]", re.I)


def _everyday_words(text: str) -> bool:
    for token in _WORD.findall(text):
        word = token.lower().rstrip(".") if token not in ("a.m.", "p.m.") else token
        if word not in _EVERYDAY_WORDS and not _EVERYDAY_TOKEN.fullmatch(word):
            return False
    return True


def select(example: Example) -> tuple[str, str]:
    """("drop" | "wider" | "everyday", the rule that decided)."""
    for name, rule in DROP:
        if rule(example):
            return "drop", name
    for name, rule in WIDER:
        if rule(example):
            return "wider", name
    if not _everyday_words(example.text):
        return "wider", "a word outside the everyday vocabulary"
    return "everyday", "everyday vocabulary"


# --- kinds and conventions -----------------------------------------------------------------------

_PERIOD_WORDS = re.compile(
    r"\b(?:morning|afternoon|evening|night|tonight|tonite|lunch|week-?\s?end|wkend|end|beginning"
    r"|eom|bom|eoy|boy|early|mid|late|rest|all week)(?:ish)?\b",
    re.I,
)
_WINDOW = re.compile(rf"^(?:last|next|past)\s+(?:\d+|one|two|three|few)\s+{_COUNT_UNIT}$", re.I)
_DEADLINE = re.compile(r"^(?:by|within)\b", re.I)

_BARE_HOURS = "bare hours 1-6 are afternoon (README: Dates, times, durations)"
_PAST_TIME = "a time with no date that has passed is tomorrow (README: calendar entries)"
_DAY_COUNT = "a count of days names a day, not the hour of now"
_THIS = "'this X' is that day of the current Monday-Sunday week (README)"
_NEXT = "'next X' is the first X after today (README)"
_YEARS = "N years from now keeps today's month and day (Duckling floors to the 1st)"
_WITHIN = "due within N weeks is due N weeks from today, as 'in N weeks' (README: tasks)"

# text -> (value or interval under our convention, grain, reason)
CONVENTIONS: dict[str, tuple[str | list[str], str, str]] = {
    "at 4:23": ("2013-02-12T16:23:00", "minute", _BARE_HOURS),
    "4:23am": ("2013-02-13T04:23:00", "minute", _PAST_TIME),
    "four twenty-three a m": ("2013-02-13T04:23:00", "minute", _PAST_TIME),
    "tomorrow in between 1-2:30 ish": (
        ["2013-02-13T13:00:00", "2013-02-13T14:30:00"],
        "minute",
        _BARE_HOURS,
    ),
    "tomorrow at 150ish": ("2013-02-13T13:50:00", "minute", _BARE_HOURS),
    "this monday": ("2013-02-11", "day", _THIS),
    "next wednesday": ("2013-02-13", "day", _NEXT),
    "next saturday": ("2013-02-16", "day", _NEXT),
    "in 7 days": ("2013-02-19", "day", _DAY_COUNT),
    "7 days hence": ("2013-02-19", "day", _DAY_COUNT),
    "7 days ago": ("2013-02-05", "day", _DAY_COUNT),
    "14 days Ago": ("2013-01-29", "day", _DAY_COUNT),
    "a fortnight ago": ("2013-01-29", "day", _DAY_COUNT),
    "14 days hence": ("2013-02-26", "day", _DAY_COUNT),
    "a fortnight hence": ("2013-02-26", "day", _DAY_COUNT),
    "in a day": ("2013-02-13", "day", _DAY_COUNT),
    "a day from now": ("2013-02-13", "day", _DAY_COUNT),
    "in 4 years at 5pm": ("2017-02-12T17:00:00", "hour", _YEARS),
    "at 7 in 3 years": ("2016-02-12T07:00:00", "hour", _YEARS),
    "Within 2 weeks": ("2013-02-26", "day", _WITHIN),
    "two years ago": ("2011-02-12", "day", _YEARS),
    "two years hence": ("2015-02-12", "day", _YEARS),
}


def kind_of(example: Example) -> str:
    if example.end is None:
        return "instant"
    if _DEADLINE.search(example.text):
        return "deadline"
    if _WINDOW.search(example.text):
        return "window"
    if _PERIOD_WORDS.search(example.text) and not re.search(r"\d\s*-\s*\d", example.text):
        return "period"
    return "range"


def _expected(example: Example, kind: str) -> tuple[str | list[str], str]:
    """Duckling's value in our format (see the module docstring), and its grain."""
    grain = example.grain
    if kind == "instant":
        return _show(example.start, grain), grain
    assert example.end is not None
    if kind == "deadline":
        if example.end.time() == datetime.min.time():
            return _show(example.end - timedelta(days=1), "day"), "day"
        return _show(example.end, "minute"), "minute"
    last = example.end if kind == "period" and grain in TIME_GRAINS else _last_unit(example)
    return [_show(example.start, grain), _show(last, grain)], grain


def record(example: Example, chosen: str) -> dict[str, Any]:
    """The JSON line of one kept example."""
    kind = kind_of(example)
    duckling, grain = _expected(example, kind)
    value, convention = duckling, CONVENTIONS.get(example.text)
    if convention:
        value, grain, _ = convention
    line = {"text": example.text, "value" if isinstance(value, str) else "interval": value}
    line |= {"grain": grain, "kind": kind}
    if convention:
        line |= {"duckling": duckling, "convention": convention[2]}
    return line | {"set": chosen, "source": "duckling"}


def convert(source: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Counter[str]]:
    """Kept lines, negative lines, and how many examples each rule decided."""
    blocks, negative = read_blocks(source)
    kept, rules, seen = [], Counter[str](), set()
    for block in blocks:
        for example in examples_of(block):
            chosen, rule = select(example)
            rules[f"{chosen}: {rule}"] += 1
            if chosen != "drop" and example.text not in seen:  # a few texts appear twice
                seen.add(example.text)
                kept.append(record(example, chosen))
    negatives = [{"text": text, "set": "negative", "source": "duckling"} for text in negative]
    return kept, negatives, rules


def _write(path: Path, lines: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: python tools/convert_duckling_corpus.py PATH/TO/Corpus.hs", file=sys.stderr)
        return 2
    kept, negatives, rules = convert(Path(argv[0]).read_text())
    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "duckling_en.jsonl", kept)
    _write(OUT / "duckling_en_negative.jsonl", negatives)
    counts = {name: sum(line["set"] == name for line in kept) for name in ("everyday", "wider")} | {
        "negative": len(negatives),
        "dropped": sum(n for rule, n in rules.items() if rule.startswith("drop")),
    }
    reference = REFERENCE | {"counts": counts}
    (OUT / "reference.json").write_text(json.dumps(reference, indent=2) + "\n")
    print(json.dumps(counts))
    for rule, count in sorted(rules.items()):
        print(f"{count:5}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
