"""Who attends a calendar entry and whose calendar it goes on.

"invite @Marcus and Jane Roe", "with attendees Priya, Ravi Patel" give `refs.attendees`, the people
as written joined by ", " (mentions as `<@U…>`, "me"); "on the firm calendar" gives
`refs.calendar` `firm`, "on Marcus's calendar" `Marcus`, "on my calendar" `me`.
"""

from __future__ import annotations

import re

from intents import lazy
from intents.dates import WEEKDAY_ANY
from intents.markup import ENTITY_CHARS
from intents.reading import Reading

_NAME = r"(?-i:[A-Z][\w.'’-]*)(?:[ \t]+(?-i:[A-Z][\w.'’-]*)){0,2}"
_ITEM = rf"(?:{ENTITY_CHARS}|\bme\b|{_NAME})"
_ATTENDEES = lazy.regex(
    rf"\b(?:invit(?:e|es|ing)|(?:with\s+)?attendees?|attended\s+by)\b\s*:?\s*"
    rf"(?P<list>{_ITEM}(?:\s*(?:,|\band\b|&)\s*{_ITEM})*)",
    re.I,
)
_ITEMS = lazy.regex(_ITEM, re.I)
# "calendar" itself may already be read as the command's noun: it is looked ahead to, not matched
# where the owner is said: after "on", "to"..., or opening the message ("firm calendar: ...")
_WHERE = r"(?:\b(?:on|in|to|into|onto)\s+(?:the\s+)?|^\W*|(?<=[,;:])\s*)"
_NOUN = r"(?=\s+(?:calendar|cal)\b)"
_FIRM = lazy.regex(
    rf"{_WHERE}(?:firm(?:'s|’s)?|firm-wide|account|office){_NOUN}",
    re.I,
)
# a name in lower case is one only as a possessive ("marcus's calendar"), never a day's
_LOWER_OWNER = (
    r"(?!(?:today|tonight|tomorrow|tmrw|yesterday|week|month|year|next|this|"
    rf"{WEEKDAY_ANY})['’])[a-z][\w.-]*(?=['’]s\b)"
)
_OWNER = lazy.regex(
    rf"{_WHERE}(?P<who>my|{ENTITY_CHARS}|{_NAME}|{_LOWER_OWNER})(?:'s|’s|s')?{_NOUN}",
    re.I,
)
_CALENDAR = lazy.regex(r"\s+(?:calendar|cal)\b", re.I)
# "marcus asked me to put the settlement call on his calendar": "his"/"her" is the colleague who
# asked, named opening the message
_THEIR_OWN = lazy.regex(rf"{_WHERE}(?:his|her){_NOUN}", re.I)
_ASKER = lazy.regex(
    r"^\W*(?:for\s+)?(?P<who>[a-z][\w.'’-]*)(?:\s*:|\s+(?:asked|wants|said|needs|would\s+like)\b)",
    re.I,
)

_POSSESSIVE = lazy.regex(r"(?:'s|’s|s'|s’)$")


def take_attendees(reading: Reading) -> None:
    found = reading.scan.first(_ATTENDEES)
    if found is None:
        return
    said = (person(reading, item.group()) for item in _ITEMS.finditer(found["list"]))
    people = [p for p in said if p]
    if people:
        reading.scan.take_match(found)
        reading.refs["attendees"] = ", ".join(dict.fromkeys(people))


def take_calendar(reading: Reading) -> None:
    who: str | None = None
    if found := reading.scan.first(_FIRM):
        who = "firm"
    elif found := reading.scan.first(_OWNER):
        who = person(reading, found["who"])
    elif (found := reading.scan.first(_THEIR_OWN)) and (asker := _ASKER.match(reading.text)):
        who = None if asker["who"].lower() in ("i", "we", "they", "client") else asker["who"]
    if found is None or who is None:
        return
    noun = _CALENDAR.match(reading.text, found.end())
    reading.scan.take(found.start(), noun.end() if noun else found.end())
    reading.refs["calendar"] = _POSSESSIVE.sub("", who)


def person(reading: Reading, text: str) -> str | None:
    """A mention as `<@U…>`, "me"/"my" as `me`, else the name; None for another entity."""
    if re.fullmatch(ENTITY_CHARS, text):
        entity = reading.message.entity(text)
        return entity.value if entity and entity.kind == "mention" else None
    return "me" if text.lower() in ("me", "my") else text
