"""Webhook subscriptions: "watch matters", "notify me when matters close", "unwatch tasks",
and the channel's own: "what is this channel watching" (`search`), "webhook health" (`health`).
"""

from __future__ import annotations

import re

from intents import labelled, lazy, matter_refs, names, prefilter, records, refs, resources
from intents.commands import Command
from intents.model import Intent
from intents.names import Found
from intents.reading import Reading

_LISTING = lazy.regex(
    r"(?:(?:list|show(?:\s+me)?|see|view|get)\s+(?:(?:all|the|my|our|this|channel)\s+)*)?"
    r"(?:subscriptions|watches|webhooks|watch\s*list|watching)"
    r"(?:\s+(?:here|in\s+this\s+channel))?"
    r"|what(?:['’]s|\s+is|\s+are|\s+am)?\s+(?:this\s+channel|the\s+channel|we|you|i)\s+watching"
    r"(?:\s+(?:here|in\s+this\s+channel))?",
    re.I,
)
_HEALTH = lazy.regex(
    r"(?:(?:check|show(?:\s+me)?|get)\s+(?:the\s+)?)?"
    r"(?:(?:webhooks?|notifications?|subscriptions?|watch(?:es)?)\s+)?health(?:\s+check)?",
    re.I,
)


def own_command(body: str) -> Intent | None:
    """The whole message asking what the channel watches, or how its subscriptions are doing."""
    if prefilter.may_hold(_LISTING, body) and _LISTING.fullmatch(body):
        return Intent(resource="webhooks", action="search")
    if prefilter.may_hold(_HEALTH, body) and _HEALTH.fullmatch(body):
        return Intent(resource="webhooks", action="health")
    return None


# In canonical order; each also matches its own name ("matter_closed", "created").
_EVENTS = [
    ("matter_opened", lazy.regex(r"\b(?:matter_opened|(?:re)?open(?:ed|s|ing)?)\b", re.I)),
    ("matter_pended", lazy.regex(r"\b(?:matter_pended|pend(?:ed|s|ing)?)\b", re.I)),
    ("matter_closed", lazy.regex(r"\b(?:matter_closed|clos(?:ed|es|e|ing))\b", re.I)),
    ("created", lazy.regex(r"\b(?:new|creat(?:ed|es|e|ion)|add(?:ed|s)?)\b", re.I)),
    (
        "updated",
        lazy.regex(
            r"\b(?:updat(?:ed|es|e)|chang(?:ed|es|e)|modif(?:ied|ies|y)|edit(?:ed|s)?|complet(?:ed|es|e)|paid)\b",
            re.I,
        ),
    ),
    ("deleted", lazy.regex(r"\b(?:delet(?:ed|es|e|ion)|remov(?:ed|es|e)|trash(?:ed)?)\b", re.I)),
]
BASIC = ["created", "updated", "deleted"]
_PAYMENTS = "clio_payments/payments"
_PAYMENT_EVENTS = ["created", "updated"]  # Clio sends no webhook when a payment is deleted


def read(reading: Reading, command: Command) -> None:
    """`watch` names its `events` (the resource's defaults unless some are named); `unwatch` none."""
    if reading.resource is None:
        reading.hint = "Watch what? e.g. 'watch matters' or 'notify me when bills are paid'."
        reading.confidence = 0.3
        return
    if reading.action == "watch":
        _exclude_own(reading)
    _filters(reading, command)
    if reading.action == "watch":
        _events(reading)
    _records(reading, command)
    for found in list(reading.scan.matches(_FILLER)):
        reading.scan.take_match(found)
    reading.free_text(take=False)


def _events(reading: Reading) -> None:
    """The events named, in canonical order (matter status events only for matters), else the
    defaults; payments have no `deleted`, so asking for it is noted and dropped.
    """
    events = []
    for name, pattern in _EVENTS:
        if name.startswith("matter_") and reading.resource != "matters":
            continue
        found = reading.scan.first(pattern)
        if found:
            reading.scan.take_match(found)
            events.append(name)
    defaults = _PAYMENT_EVENTS if reading.resource == _PAYMENTS else BASIC
    if "deleted" in events and "deleted" not in defaults:
        events.remove("deleted")
        reading.assumptions.append("Clio sends no webhook when a payment is deleted")
        if not events:
            reading.hint = "Clio doesn't report deleted payments: watching new and updated ones."
            reading.confidence = 0.5
    reading.fields["events"] = events or list(defaults)


_OWN = lazy.regex(
    r"\b(?:but\s+)?(?:not|except|excluding|exclude|ignor(?:e|ing)|skip(?:ping)?|without|unless)\s+"
    r"(?:(?:any|the|my|our|its|own|changes?|writes?|edits?|updates?|made|done|by|from|in|via|"
    r"through|this)\s+){0,5}(?:bot|slack)\b(?:['’]s)?(?:\s+(?:own|changes?|writes?|edits?|updates?))*",
    re.I,
)


def _exclude_own(reading: Reading) -> None:
    """`fields.exclude_own`: "not by the bot", "ignore changes made from slack"."""
    found = reading.scan.first(_OWN)
    if found:
        reading.scan.take_match(found)
        reading.fields["exclude_own"] = True


_FILTERS = {
    "client": r"client",
    "practice_area": r"practice\s+area",
    "responsible_staff": labelled.RESPONSIBLE_STAFF,
    "responsible_attorney": labelled.RESPONSIBLE_ATTORNEY,
}
_LABEL = "|".join(f"(?P<{kind}>{label})" for kind, label in _FILTERS.items())
_LABELLED = lazy.regex(
    rf"\b(?:(?:for|with|where|whose|in|and)\s+)?(?:(?:the|a)\s+)?(?:{_LABEL})\b"
    r"\s*(?:(?::|=|\bis\b|\bof\b)\s*)?",
    re.I,
)
_WHERE = lazy.regex(r"\bwhere\s+", re.I)
_IS_LABEL = lazy.regex(rf"\s+(?:(?:is|am|are)\s+)?(?:the\s+)?(?:{_LABEL})\b", re.I)
_VALUE_STOPS = frozenset({"when", "whenever", "if", "are", "get", "gets", "where", "whose"})


def _filters(reading: Reading, command: Command) -> None:
    """`refs.client`, `refs.practice_area`, `refs.responsible_attorney`, `refs.responsible_staff`,
    as written: "for client Acme", "practice area Litigation", "where Alice is the responsible
    attorney", "responsible staff Priya".
    """
    for cue in reading.scan.matches(_WHERE):
        found = _value_at(reading, cue.end())
        label = _IS_LABEL.match(reading.text, found.end) if found else None
        if found and label and reading.scan.is_free(*label.span()):
            reading.scan.take(cue.start(), label.end())
            reading.ref(_kind(label), found.value)
    for cue in reading.scan.matches(_LABELLED):
        found = _value_at(reading, cue.end())
        if found and not cue.start() <= command.noun_start < cue.end():
            reading.scan.take(cue.start(), found.end)
            reading.ref(_kind(cue), found.value)


def _kind(label: re.Match[str]) -> str:
    """The filter a label names."""
    return next(kind for kind in _FILTERS if label[kind])


def _value_at(reading: Reading, pos: int) -> Found | None:
    """A name from `pos`; lower-case words end before "when", "are" or an event word."""
    found = refs.person_at(reading, pos)
    if found is None or " " not in found.value or names.is_capital(found.value):
        return found
    kept = []
    for token in names.tokens_in(reading, found.start, found.end):
        word = token.group()
        if word.lower() in _VALUE_STOPS or any(p.fullmatch(word) for _, p in _EVENTS):
            break
        kept.append(token)
    if not kept:
        return None
    return Found(
        names.clean(reading.text[found.start : kept[-1].end()]), found.start, kept[-1].end()
    )


def _records(reading: Reading, command: Command) -> None:
    """The resource noun, one record ("task 88", "the Patel matter") or the matter whose records
    are watched ("tasks for Smith v Jones"); for matters, another name after "for" is the client's.
    """
    kind = resources.KIND_OF.get(reading.resource or "", "")
    if reading.resource == "matters":
        matter_refs.take_matter(reading, cues=frozenset())
    elif command.noun and kind:
        records.take_ident(reading, command, kind)
    if command.noun:
        reading.scan.take(command.noun_start, command.noun_end)
    if reading.resource != "matters":
        matter_refs.take_matter(reading)
    elif "matter" not in reading.refs:
        _client_after_for(reading)


_FOR = lazy.regex(r"\bfor\s+", re.I)


def _client_after_for(reading: Reading) -> None:
    """ "watch matters for Acme Corp": a name that is not a matter's names the client."""
    for cue in reading.scan.matches(_FOR):
        found = _value_at(reading, cue.end())
        if found and found.value != "me":
            reading.scan.take(cue.start(), found.end)
            reading.ref("client", found.value)
            return


_FILLER = lazy.regex(
    r"\b(?:when(?:ever)?|if|any|all|a|an|the|my|are|is|get|gets|got|for|of|on|me|changes?|"
    r"events?|to|in|clio|please|this|channel|here|us)\b",
    re.I,
)
