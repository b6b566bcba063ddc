"""Communications (call and email logs): "log call with John Smith re settlement",
"log email to Jane Doe about the lease on Smith v Jones", "calls with Acme last week".

`subject` is the description as written (the matter reference and date taken out); text after
":" becomes `body`. The person after "with", "to" or "from" goes to `refs.contact`.
"""

from __future__ import annotations

import re

from intents import dates, matter_refs, records, refs, search
from intents.commands import Command
from intents.reading import Reading

_PERSON = re.compile(r"\b(?:with|w/|to|from)\s+", re.I)


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
    }.get(reading.action, _record)(reading, command)


def _kind(command: Command) -> str:
    return (command.noun.detail if command.noun else None) or "PhoneCommunication"


def _contact(reading: Reading, take: bool) -> None:
    """The person talked to; in a new log the name stays in the subject as written."""
    if refs.take_mention(reading, "contact") if take else False:
        return
    for cue in reading.scan.matches(_PERSON):
        found = refs.person_at(reading, cue.end())
        if found and (
            found.value == "me" or found.value[:1].isupper() or found.value.startswith(("<@", "@"))
        ):
            if take:
                reading.scan.take(cue.start(), found.end)
            reading.ref("contact", found.value)
            return


def _create(reading: Reading, command: Command) -> None:
    reading.fields["type"] = _kind(command)
    hit = dates.take(reading.scan, reading.clock, "past")
    if hit:
        reading.fields["date"] = hit.span.start.isoformat()
    matter_refs.take_matter(reading, cues=_MATTER_CUES)
    _contact(reading, take=False)
    split = reading.split_at(_BODY)
    subject, body = split if split else (reading.free_text(), "")
    subject = _ARTICLE.sub("", subject)
    if not subject:
        subject, body = body, ""
    reading.fields["subject"] = subject or command.noun_text
    if body:
        reading.fields["body"] = body


_MATTER_CUES = frozenset({"on", "for", "re", "regarding", "in", "under"})
_BODY = re.compile(r":\s+")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def _search(reading: Reading, command: Command) -> None:
    if (
        command.noun
        and command.noun.detail
        and command.noun_text not in ("communication", "communications", "comms", "comm")
    ):
        reading.fields["type"] = command.noun.detail
    window = search.window(reading, "past")
    if window and window.start and window.start == window.end:
        reading.fields["date"] = window.start.isoformat()
    else:
        search.set_times(reading, window, "received_since", "received_before")
    _contact(reading, take=True)
    matter_refs.take_matter(reading, cues=_MATTER_CUES)
    if command.noun:
        reading.scan.take(command.noun_start, command.noun_end)
    refs.take_me(reading, "user")
    search.query(reading)


def _record(reading: Reading, command: Command) -> None:
    if records.take(reading, command) is None:
        reading.hint = "Which communication? e.g. 'communication 31'."
        reading.confidence = 0.5
    if reading.action == "update":
        change = reading.scan.first(re.compile(r"\b(?:subject|body)?\s*(?:to|:)\s+", re.I))
        if change:
            field = "body" if "body" in change.group().lower() else "subject"
            reading.scan.take_match(change)
            text = reading.free_text()
            if text:
                reading.fields[field] = text
    reading.free_text(take=False)
