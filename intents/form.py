"""Rule "a form's fields": a message typed as a form, one labelled field a line or a bar apart.

A power user types "New contact (Person)⏎First name: Daniel⏎Last name: Okafor⏎Email: ...",
"Phone communication⏎From: Dr. Lena Hart⏎To: Alice⏎Date: 12/3⏎Subject: ...", or "new task: Task:
send estoppel | Assignee: Priya | Due: 12/11 | Priority: High | Matter: 00041". A line break
before a line that opens with a label (one to three words and a colon) ends the field above it,
as a comma does. In a form (two fields or more with labels of the table below, on lines of their
own or between bars; three or more between commas), a label the
readers do not know as one is said as the words they read for it: "Matter: 00041" as "on matter
00041", "Assignee: Priya" as "assigned to Priya", "Hours: 0.8" as "0.8h", "Location: JAMS" as "at JAMS",
and a label of free text ("Note:", "Task:", "Title:" of an event) is dropped before its words.
Labels the readers know ("Client:", "Practice area:", "Subject:", "From:", "Email:", a contact's
"Title:") are kept. Counter-examples: "Re: the lease⏎the landlord called" (no label after the
break), "note: call him back" (one field only: the note reader's own cue).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents import lazy

_LABEL_LINE = lazy.regex(
    r"[ \t]*\r?\n[ \t]*(?=(?:[^\W\d_][\w.'’()/-]*[ \t]+){0,2}[^\W\d_][\w.'’()/-]*[ \t]*:(?!//))"
)
_ENDED = frozenset(",;:.!?")


def _hours(value: str) -> str:
    return f"{value}h" if re.fullmatch(r"\d*\.?\d+", value.strip()) else value


def _activity(value: str) -> str:
    """ "L120" is read as a code alone; a description's words after "as"."""
    return value if re.match(r"[A-Za-z]\d{3}\b", value) else f"as {value}"


_SAID: dict[str, Callable[[str], str]] = {
    r"matter|case|file|mtr|matter\s+(?:no\.?|number|#)": lambda v: f"on matter {v}",
    r"hours|hrs|duration|time\s+spent|qty|quantity": _hours,
    r"date|when|day": lambda v: v,
    r"time": lambda v: v,
    r"activity|activity\s+description|activity\s+code|code|utbms(?:\s+code)?": _activity,
    r"assignee|assigned\s+to|assign\s+to|owner": lambda v: f"assigned to {v}",
    r"due|due\s+date|deadline": lambda v: f"due {v}",
    r"priority": lambda v: f"{v} priority",
    r"amount|cost|total|fee": lambda v: f"${v}" if re.fullmatch(r"[\d,]*\.?\d+", v) else v,
    r"location|where|place|venue": lambda v: f"at {v}",
    r"note|notes|narrative|details?|desc|description|summary|task|event": lambda v: v,
}
_KNOWN = (
    r"client|practice\s+area|pa|responsible(?:\s+(?:attorney|atty|lawyer|staff))?|resp\.?\s+atty"
    r"|subject|re|body|from|to|e-?mail|phone|mobile|cell|company|employer|job\s+title"
    r"|first\s+name|last\s+name|name|title|type|billable|non-?billable|rate|address|website"
)
# a contact's form: its "Title:" is the person's job, kept for the contact reader
_A_CONTACTS = lazy.regex(r"\b(?:first\s+name|last\s+name|company|employer|contact)\b", re.I)
# "Phone communication⏎From: ...": a form headed only by its record's noun makes that record
_HEAD = lazy.regex(
    r"^\s*(?P<noun>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)\s*(?:\([^)]*\)\s*)?[,:]?\s*$"
)
_VERB = lazy.regex(
    r"^(?:new|add|log|create|make|put|set|open|record|enter|book|schedule|please|pls|can|could)\b",
    re.I,
)
_FIELD = lazy.regex(
    rf"(?:^|(?<=[,;|:])|(?<=\n))(?P<lead>\s*)(?P<label>{'|'.join(_SAID)}|{_KNOWN})\s*:\s*"
    r"(?P<value>[^,;|\n]*)",
    re.I,
)
_FIELDS_OF_A_FORM = 2  # on lines of their own or between bars
_FIELDS_IN_A_LINE = 3  # between commas: "Re: the lease, note: call him back" is no form


def lines(text: str) -> str:
    """The message with its form's fields said as the readers read them (rule above)."""
    if ":" not in text:
        return text  # every field has its label's colon
    laid_out = "\n" in text or "|" in text
    if "\n" in text:
        text = _LABEL_LINE.sub(lambda m: " " if _ended(text, m.start()) else ", ", text)
    fields = list(_FIELD.finditer(text))
    if len(fields) < (_FIELDS_OF_A_FORM if laid_out else _FIELDS_IN_A_LINE):
        return text
    contact = _A_CONTACTS.search(text) is not None
    said = _FIELD.sub(lambda found: _said(found, contact), text)
    head = _HEAD.match(text[: fields[0].start()])
    if head and not _VERB.match(head["noun"]):
        said = f"new {said.lstrip()}"
    return said


def _said(found: re.Match[str], contact: bool) -> str:
    label, value = found["label"].lower(), found["value"].strip()
    if label == "title" and not contact:
        return f"{found['lead']}{value}"
    for pattern, say in _SAID.items():
        if re.fullmatch(pattern, label):
            return f"{found['lead']}{say(value)}"
    return found.group()


def _ended(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in _ENDED


# rule "an entry's field told in a sentence": "2h yesterday drafting the motion on garcia, activity
# is drafting", "... two hours on the garcia case activity is research": the activity of a new
# time entry (one with its length) said with "is", as its label; not a change of a record said so
# ("my last entry's activity is wrong", "the activity on my acme entry is research").
_ACTIVITY_IS = lazy.regex(
    r"(?<=[\s,;])(?P<label>activity|activity\s+(?:type|code|description)|category)\s+(?:is|=)\s+(?=\w)",
    re.I,
)
_LENGTH = lazy.regex(r"\d\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b|\.\d+\b|\b\d+\.\d+\b", re.I)
_A_RECORD_NAMED = lazy.regex(
    r"\b(?:my|the|that|this|last|latest)\s+(?:[\w'’-]+\s+){0,3}?(?:entry|entries)\b"
    r"|\b(?:change|update|fix|edit|correct|wrong|should)\b",
    re.I,
)


def told(text: str) -> str:
    """The message with a new entry's activity told with "is" said as its label (rule above)."""
    found = _ACTIVITY_IS.search(text) if "is" in text or "=" in text else None
    if found is None or not _LENGTH.search(text, 0, found.start()):
        return text
    if _A_RECORD_NAMED.search(text):
        return text
    return f"{text[: found.start()]}{found['label']}: {text[found.end() :]}"
