"""The timer: "start timer on Smith v Jones", "start the clock for drafting on 00042-Smith",
"stop timer", "is my timer running"."""

from __future__ import annotations

import re

from intents import lazy, matter_refs
from intents.commands import Command
from intents.reading import Reading

_ASKED = lazy.regex(r"^(?:(?:pls|please|plz)\b|[\s,:;–—-])+", re.I)  # "timer pls - ..."
_ACTIVITY = lazy.regex(r"\b(?:time\s+entry|entry|activity)\s*#?\s*(?P<id>\d+)\b", re.I)


def read(reading: Reading, command: Command) -> None:
    if reading.action != "start":
        reading.free_text()
        return
    found = reading.scan.first(_ACTIVITY)
    if found:
        reading.scan.take_match(found)
        reading.refs["activity"] = found["id"]
    matter_refs.take_matter(reading)
    note = _ASKED.sub("", reading.free_text())
    if note:
        reading.fields["note"] = note
