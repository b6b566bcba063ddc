"""Firm users (read-only): "find user Jane", "list admins", "who are the attorneys",
"who am I", "user 5"."""

from __future__ import annotations

import re

from intents import lazy, matter_refs, names, records, search
from intents.commands import Command
from intents.lexicon import MY_PROFILE
from intents.reading import Reading

_ROLE = lazy.regex(r"\b(?P<r>admins?|administrators?|accounts|billing|reports)\b", re.I)
_SUBSCRIPTION = lazy.regex(
    r"\b(?P<s>non-?attorneys?|non-?lawyers?|paralegals?|staff|assistants?|attorneys?|lawyers?)\b",
    re.I,
)
_ENABLED = lazy.regex(r"\b(?P<e>active|enabled|inactive|disabled|deactivated)\b", re.I)
_LABEL = lazy.regex(r"\b(?:with\s+)?(?:(?:the\s+)?role|subscription(?:\s+type)?)\b\s*:?", re.I)


def read(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    if MY_PROFILE.search(reading.text):
        scan.take(0, len(reading.text))
        reading.refs["user"] = "me"
        reading.free_text(take=False)
        return
    if reading.action != "search":
        if records.take(reading, command) is None:
            text = reading.free_text()
            if text:
                reading.refs["user"] = names.clean(text)
        reading.free_text(take=False)
        return
    if role := _ROLE.search(reading.text):
        scan.take_match(role)
        word = role["r"].lower()
        fields["role"] = "admin" if word.startswith("admin") else word
    if kind := _SUBSCRIPTION.search(reading.text):
        scan.take_match(kind)
        word = kind["s"].lower()
        fields["subscription_type"] = (
            "attorney" if word.startswith(("attorney", "lawyer")) else "nonattorney"
        )
    if enabled := scan.first(_ENABLED):
        scan.take_match(enabled)
        fields["enabled"] = enabled["e"].lower() in ("active", "enabled")
    if command.noun:
        scan.take(command.noun_start, command.noun_end)
    for label in list(scan.matches(_LABEL)):
        scan.take_match(label)
    matter_refs.take_matter(reading)
    search.query(reading)
    if "query" in fields:
        fields["name"] = fields.pop("query")
