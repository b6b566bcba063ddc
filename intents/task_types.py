"""A task's type, only when it is named as one: "task type Court Filing", "type: research",
"tasks of type Discovery", "task type discovery: serve requests" give `refs.task_type`, the name as written (resolved against the firm's
task types later). Words before "task" ("new Patel task …") stay what they were: without the
firm's list they could as well be a matter or a person."""

from __future__ import annotations

import re

from intents import lazy
from intents.reading import Reading

_STOPS = "due|for|in|on|at|by|assigned|high|low|normal|urgent|priority|private|public|statute|to|with|and"
_WORDS = rf"[A-Za-z][\w&'’-]*(?:[ \t]+(?!(?:{_STOPS})\b)[A-Za-z][\w&'’-]*){{0,3}}"
_CUE = lazy.regex(
    r"\b(?:task[ \t]+type(?:[ \t]+(?:is|of|to))?[ \t]*:?|(?:of[ \t]+)?type[ \t]*:|"
    r"of[ \t]+type[ \t]+|type[ \t]+(?=(?-i:[A-Z]))|type[ \t]+(?=[\w&'’ \t-]{1,40}:))"
    rf"[ \t]*(?P<name>{_WORDS})",
    re.I,
)


def take(reading: Reading) -> None:
    if found := reading.scan.first(_CUE):
        reading.scan.take_match(found)
        reading.refs["task_type"] = found["name"]
