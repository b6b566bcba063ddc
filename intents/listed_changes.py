"""rule "a record, then its change, as a list line": the way one ticks through a list of entries,
tasks and events, the record first and its change after a colon, an arrow or an equals sign.

"court filing fee on smith 12/5: $350 -> $335", 'chen "Collect financial disclosures": status ->
in progress', 'Globex filing deadline 12/18: description = "E-file by 5pm"', "send engagement
letter - widget works: done", '"Update conflict check" (tom, 12/16): delete', "x O'Brien "Closing
meeting" 11/11, double counted", 'hrs: today\'s widget works entry 1.8 = 1.5', "comparative
negligence research 12/6 (priya): hrs 1.5 -> 1.0": each is said as the command the grammars read
("change the price of ...", "mark ... done", "delete ...").

Counter-examples: "note for oliver grant: moved to boston" (a new record's head before its colon),
"log email: from john smith, ..." (a command first), "call at 10:30" (a clock's colon).
"""

from __future__ import annotations

import re

from intents import lazy

_DELETE = r"(?:x|✗|❌|:x:|del|delete|remove|cancel|cancelled|canceled|drop|scrap)"
_DONE = r"(?:done|complete|completed|finished|closed\s+out|✓|✔|✅|:white_check_mark:|:heavy_check_mark:)"
_ARROW = r"(?:->|=>|→|-->|=)"
# "x <record>, why": a record crossed off
_CROSSED = lazy.regex(
    r"^\s*(?:x|✗|❌|:x:)\s+(?P<record>[^,;]+?)(?:\s*(?:[,;]|\s[-–—]\s).*)?$", re.I | re.S
)
# "<record>: <change>", the colon followed by a space (never a clock's "10:30"); a label of what
# changes may open it ("hrs: ...")
_COLON = lazy.regex(
    r"^\s*(?:(?P<label>hrs|hours|time|amt|amount|date|status|due)\s*:\s*)?"
    r"(?P<record>[^:]{3,160}?)\s*:\s+(?P<change>\S.*?)[\s.!]*$",
    re.I | re.S,
)
# "<record> <old> = <new>" with no colon: "today's widget works entry 1.8 = 1.5"
_OLD_NEW = lazy.regex(
    rf"^(?P<record>.+?)\s+(?P<old>\$?\d[\d,.]*\s*(?:h|hrs?|hours?|min)?)\s*{_ARROW}\s*"
    r"(?P<new>\$?\d[\d,.]*\s*(?:h|hrs?|hours?|min|minutes)?)[\s.!]*$",
    re.I,
)
_GONE = lazy.regex(rf"^{_DELETE}(?:\s+(?:it|this|that))?(?:\s*[,;.!–—-].*)?$", re.I | re.S)
_TICKED = lazy.regex(rf"^{_DONE}(?:\s*[,;.!–—-].*)?$", re.I | re.S)
_FIELDS = (
    r"status|priority|prio|note|notes|description|desc|location|loc|room|place|subject|title|name"
    r"|date|due\s+date|due|deadline|hrs|hours|time|length|amount|amt|price|cost|fee|assignee"
    r"|assigned\s+to|owner|matter|client|activity|code"
)
# "status -> in progress", "hrs 1.5 -> 1.0", "date 12/9 -> 12/8", "note: ...": a field, its old
# value perhaps, then the new one
_FIELD = lazy.regex(
    rf"^(?P<field>{_FIELDS})(?:\s*(?:->|=>|→|=|:|\bto\b)\s*(?:[^-=>→]+?\s*(?:->|=>|→)\s*)?"
    r"|\s+[^-=>→:]+?\s*(?:->|=>|→|=)\s*)(?P<value>\S.*)$",
    re.I,
)
# no colon: "<record> due 12/14 -> 12/15", "<record> -> mon 12/14 same time", "<record> ->
# reassign to me"
_FIELD_INSIDE = lazy.regex(
    r"^(?P<record>.+?)\s+(?P<field>due|date|location|status|priority|hrs|hours|amount|price)\s+"
    r"(?P<old>[^-=>→,;]{1,30}?)\s*(?:->|=>|→)\s*(?P<value>\S.*?)[\s.!]*$",
    re.I,
)
_ARROW_THEN = lazy.regex(r"^(?P<record>.+?)\s*(?:->|=>|→|-->)\s*(?P<then>\S.*?)[\s.!]*$", re.I)
_VERB_THEN = lazy.regex(
    r"^(?P<verb>reassign|assign|move|push|mark|set|delete|cancel|rename|retitle|recode)\b", re.I
)
_LABEL = lazy.regex(
    r"^\s*(?P<label>hrs|hours|time|amt|amount|date|status|due)\s*:\s*(?P<rest>\S.*)$", re.I | re.S
)
_OLD_THEN_NEW = lazy.regex(rf"^(?P<old>[^,;]{{1,30}}?)\s*{_ARROW}\s*(?P<new>\S.*)$", re.I)
_FIELD_WORD = lazy.regex(rf"^(?:{_FIELDS})$", re.I)  # "time: 2.4 hrs ...": a new entry's label
_BARE_NUMBER = lazy.regex(r"^\d+(?:\.\d+)?$")
_BARE_DATE = lazy.regex(r"(?<!\bon\s)(?<!\bfrom\s)(?<![\w/])(\d{1,2}/\d{1,2})(?![\w/])")
_SAME_TIME = lazy.regex(r",?\s+(?:same\s+time|same\s+day)\b", re.I)
_TASK = lazy.regex(r"\b(?:task|todo|to-do)\b", re.I)
_TASK_STATE = lazy.regex(r"^(?:in\s+progress|in\s+review|pending|complete|completed|done)$", re.I)
_BILLING = lazy.regex(r"^(?:non[- ]?billable|not\s+billable|billable|no\s+charge|n/?c)$", re.I)
_A_COMMAND = lazy.regex(
    r"^\s*(?:log|add|new|create|make|put|schedule|book|note|task|remind|email|call|phone|record"
    r"|show|list|find|search|open|change|update|set|move|delete|remove|mark|fwd|re|text|msg"
    r"|message|vm|voicemail|from|can|could|would|pls|please)\b",
    re.I,
)
# a record is named, never made: "add a site visit -> fri 8am" asks for a new one
_MAKES = lazy.regex(r"\b(?:add|log|create|schedule|book|new|set\s+up|put)\b", re.I)


def said(text: str) -> str | None:
    """The change a list line states, said verb first; None when `text` is no such line."""
    if not isinstance(text, str) or "\n" in text or _A_COMMAND.match(text) or _MAKES.search(text):
        return None
    if crossed := _CROSSED.match(text):
        return f"delete {_dated(crossed['record'].strip())}"
    label = ""
    labelled = _LABEL.match(text)
    if labelled and ": " not in labelled["rest"] and _OLD_NEW.match(labelled["rest"]):
        label, text = labelled["label"].lower(), labelled["rest"]  # "hrs: <record> 1.8 = 1.5"
    if (found := _COLON.match(text)) and not _FIELD_WORD.match(found["record"].strip()):
        record = _dated(found["record"].strip())
        return _changed(record, found["change"].strip(), (found["label"] or label).lower())
    if found := _OLD_NEW.match(text):
        new = _length(found["new"].strip())
        return f"change {_dated(found['record'].strip())} to {new}"
    found = _FIELD_INSIDE.match(text)
    if found and (found["field"].lower() not in ("due", "date") or _A_DAY.match(found["value"])):
        return _field(_dated(found["record"].strip()), found["field"].lower(), found["value"])
    if found := _ARROW_THEN.match(text):
        record, then = _dated(found["record"].strip()), _SAME_TIME.sub("", found["then"]).strip()
        if verb := _VERB_THEN.match(then):
            return f"{verb['verb'].lower()} {record}{then[verb.end() :]}"
        if _A_DAY.match(then):
            return f"move {record} to {then}"
        if priority := _PRIORITY_THEN.match(then):  # "<task> -> high priority"
            return f"set {_as_task(record)} to {priority['p']} priority"
    return None


def _changed(record: str, change: str, label: str) -> str | None:
    if _GONE.match(change):
        return f"delete {record}"
    if _TICKED.match(change):
        return f"mark {_as_task(record)} done"
    if _BILLING.match(change):
        return f"make {record} {change}"
    if field := _FIELD.match(change):
        return _field(record, field["field"].lower(), field["value"].strip())
    if label and (value := _OLD_THEN_NEW.match(change)):
        return _field(record, label, value["new"].strip())
    if value := _OLD_THEN_NEW.match(change):
        new = _SAME_TIME.sub("", value["new"]).strip()
        return f"move {record} to {new}" if _A_DAY.match(new) else f"change {record} to {new}"
    return None


_PRIORITY_THEN = lazy.regex(r"^(?P<p>high|low|normal|urgent)(?:[- ]pri(?:ority|o)?)?$", re.I)
_A_DAY = lazy.regex(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}/\d)",
    re.I,
)


def _field(record: str, field: str, value: str) -> str:
    """`record`'s `field` said changed to `value`, as the grammars read a change of it."""
    if field in ("status",):
        return f"set {_as_task(record) if _TASK_STATE.match(value) else record} to {value}"
    if field in ("priority", "prio"):
        return f"set {_as_task(record)} to {value} priority"
    if field in ("note", "notes", "description", "desc"):
        return f"change {record} description to {value}"
    if field in ("location", "loc", "room", "place"):
        return f"change the location of {record} to {value}"
    if field in ("subject", "title", "name"):
        return f"retitle {record} to {value}"
    if field == "date":
        return f"change the date of {record} to {value}"
    if field in ("due", "due date", "deadline"):
        return f"move the due date on {_as_task(record)} to {value}"
    if field in ("hrs", "hours", "time", "length"):
        return f"change {record} to {_length(value)}"
    if field in ("amount", "amt", "price", "cost", "fee"):
        return f"change {record} to {value if value.startswith('$') else '$' + value}"
    if field in ("assignee", "assigned to", "owner"):
        return f"assign {_as_task(record)} to {value}"
    if field in ("matter", "client"):
        return f"move {record} to {value}"
    return f"recode {record} as {value}"  # activity, code


def _length(value: str) -> str:
    return f"{value}h" if _BARE_NUMBER.match(value) else value


def _as_task(record: str) -> str:
    return record if _TASK.search(record) else f"{record} task"


def _dated(record: str) -> str:
    """The record as the grammars read it: an aside telling its state or its repeat dropped
    ("(priya, in progress)", "(mondays 9am)"), and a day written m/d outside an aside said as its
    day ("on 12/5"), never its number."""
    record = _STATE_ASIDE.sub("", record)
    return "".join(
        part if part.startswith("(") else _BARE_DATE.sub(r"on \1", part)
        for part in _ASIDES.split(record)
    )


_ASIDES = lazy.regex(r"(\([^()]*\))")
_STATE_ASIDE = lazy.regex(
    r"\s*\([^()]*\b(?:in\s+progress|pending|complete|done|mondays|tuesdays|wednesdays|thursdays"
    r"|fridays|weekly|every)\b[^()]*\)",
    re.I,
)
