"""Rule "who called whom": the two ends of a new call or email, read from how it is told.

A call or email told with its verb names its parties by the verb's subject and object:

- "X called / phoned / rang / emailed / texted / messaged / sent Y", "X wrote to Y", "X spoke to
  Y", "X sent (the draft) to Y", "X left a vm for Y", "X -> Y": from X to Y ("hannah called ravi on fri", "the email sarah
  johnson sent alice yesterday", "log email hannah -> ravi patel");
- a call or email said first, then who made or sent it to whom: "a phone call Tom Reyes made to
  Sarah Johnson", "an email that Priya sent to Lena Hart": from X to Y;
- "Y got / received / had / took a call (an email, a vm) from X": from X to Y;
- "a call (an email) from X to Y": from X to Y, whichever way the rest of the message told it
  ("i called metro court reporting ... log that call from priya to them").

A party is a name the firm's vocabulary knows as one contact (a person, a company by its seed
name), one colleague, or one client's first name; "i", "we", "me", "us" are the requester; "them",
"him", "her" the other party of a call told before. Both ends must be known, else nothing is
read here (one end alone is the grammar's: "sarah called re her depo", "i emailed globex").

What is read: the sender is `refs.contact` and the receiver `refs.recipient`, with `incoming`
(the contact is the sender), as for "email from emily chen to hannah"; the requester on one end
leaves only the other as `refs.contact` (`incoming` when the other called). Names stay in the
new log's subject as written. A party who is no client of a matter but names one (the other
side of a suit) gives the matter, when no other name means one.

Examples: "hannah called ravi re guardianship" (Hannah to Ravi), "marcus got a call from sarah
johnson" (Sarah to Marcus), "sarah johnson called me" (Sarah to the requester). Counter-examples:
"maria garcia called in" (no object: the grammar's "X called", incoming), "brightline's HR
emailed her" (no one the firm knows before the verb), "log email to marcus: tell ravi called"
(what was said after the colon, beyond its first words, is not the call told).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intents import lazy
from intents.lexicon import PROXIES
from intents.reading import Reading
from intents.scan import ending_at
from intents.vocabulary import Match

ME = "me"

# the verb telling a call or an email, between its subject and its object
_VERB = lazy.regex(
    r"\s+(?:(?:just|also|then|already)\s+)?"
    r"(?:(?:sent|made|placed|returned|forwarded)(?:\s+(?:over|out|back))?\s+to|"
    r"called|phoned|rang|ringed|e-?mailed|texted|messaged|sent|forwarded|"
    r"(?:wrote|spoke|talked)\s+(?:to|with|w/?)|"
    r"left\s+(?:a\s+)?(?:vm|voicemail|voice\s*mail|message|msg)\s+(?:for|with)|-+>|→|=>)\s+",
    re.I,
)
# "X sent (the draft) to Y": what was sent between the verb and the one it went to
_SENT_TO = lazy.regex(
    r"\s+(?:(?:just|also|then|already)\s+)?(?:sent|e-?mailed|forwarded|fwd|mailed|faxed)"
    r"(?:\s+(?!to\b)[\w'’.-]+){0,5}?\s+to\s+",
    re.I,
)
# "X's lawyer", "X's office", "X's HR": someone speaking for X
_PROXY = lazy.regex(rf"(?P<name>['’]s|(?<=s)['’])\s+(?:\w+\s+)?(?:{PROXIES})$", re.I)
_SELF_BEFORE = lazy.regex(r"(?:^|[^\w'’])(?:i|we)$", re.I)
_SELF_AFTER = lazy.regex(r"(?:me|us)\b", re.I)
_PRONOUN_AFTER = lazy.regex(r"(?:them|him|her)\b(?!['’])", re.I)
# "Y got a call from X": the receiver before the verb, the sender after "from"
_GOT = lazy.regex(
    r"\s+(?:got|received|rec'?d|had|took|fielded)\s+(?:a|an|the)?\s*(?:quick\s+|short\s+)?"
    r"(?:(?:phone\s+)?calls?|e-?mails?|vm|voicemail|voice\s*mail|message|msg|text)\s+from\s+",
    re.I,
)
# "a call from X to Y"
_FROM_TO = lazy.regex(
    r"\b(?:(?:phone\s+)?calls?|e-?mails?|vm|voicemail|message|msg|text)\s+from\s+$", re.I
)
_TO = lazy.regex(r"\s+to\s+", re.I)
# "X's call to Y", "X's email to Y"
_OWN_CALL = lazy.regex(
    r"(?P<s>['’]s|s['’])?\s+(?:(?:phone\s+)?call|e-?mail|vm|voicemail|message|msg)\s+(?:to|with|w/)\s+",
    re.I,
)
_POSSESSIVE = lazy.regex(r"(?:['’]s|s['’])$")
_COLON = lazy.regex(r"(?<!\bre)(?<!\bsubj)(?<!\bsubject):\s+", re.I)
_TELLER_WORDS = 4  # words after a body's colon before the verb that still tell the call itself


@dataclass(frozen=True)
class Party:
    """One end: a contact's id, a colleague as a typed @name, or the requester (`ME`)."""

    value: str
    match: Match | None = None


def _party(match: Match) -> str | None:
    """What a name means as a party: the one contact, the one colleague, or the one client a
    first name alone names."""
    contacts, users = match.of("contact"), match.of("user")
    if len(contacts) == 1:
        return str(contacts[0].id)
    if len(users) == 1 and not contacts:
        return "@" + ".".join(users[0].label.split())
    firsts = match.of("first_name")
    if len(firsts) == 1 and not contacts and not users:
        return str(firsts[0].id)
    return None


def _ending(found: list[Match], text: str, end: int) -> Party | None:
    """The party named right before `end` (spaces between): a name or "i"/"we"; a name's own
    side ("sarah johnson's lawyer emailed marcus") is that name's end of the call."""
    before = text[:end].rstrip()
    ends = {len(before)}
    if proxy := ending_at(_PROXY, before, len(before)):  # the name, with or without its "'s"
        ends = {proxy.start(), proxy.end("name")}
    for match in found:
        if match.end in ends and (value := _party(match)):
            return Party(value, match)
    return Party(ME) if ending_at(_SELF_BEFORE, before, len(before)) else None


def _starting(found: list[Match], text: str, start: int, told: Party | None) -> Party | None:
    """The party named at `start`: a name, "me"/"us", or a pronoun for `told`."""
    for match in found:
        if match.start == start and (value := _party(match)):
            return Party(value, match)
    if _SELF_AFTER.match(text, start):
        return Party(ME)
    if told is not None and _PRONOUN_AFTER.match(text, start):
        return told
    return None


def _told(reading: Reading, found: list[Match]) -> list[tuple[int, Party, Party]]:
    """Every call or email told with both ends, (where, sender, receiver), in text order."""
    text = reading.text
    colon = _COLON.search(text)
    told: list[tuple[int, Party, Party]] = []
    other: Party | None = None  # the other end of the last call told, for "them"
    verbs = sorted([*_VERB.finditer(text), *_SENT_TO.finditer(text)], key=lambda v: v.start())
    for verb in verbs:
        if colon and verb.start() > colon.end() and _beyond_teller(text, colon.end(), verb.start()):
            continue
        sender = _ending(found, text, verb.start())
        receiver = _starting(found, text, verb.end(), other)
        if sender is not None and receiver is not None:
            told.append((verb.start(), sender, receiver))
            other = receiver if receiver.value != ME else sender
    for got in _GOT.finditer(text):
        receiver, sender = (
            _ending(found, text, got.start()),
            _starting(found, text, got.end(), None),
        )
        if sender is not None and receiver is not None:
            told.append((got.start(), sender, receiver))
    for match in found:  # "tom's call to globex's AP dept": from the owner to the one after "to"
        own = _OWN_CALL.match(text, match.end)
        possessive = _POSSESSIVE.search(match.text) or (own and own["s"])
        if own and possessive and (value := _party(match)) is not None:
            receiver = _starting(found, text, own.end(), other)
            if receiver is not None:
                told.append((match.start, Party(value, match), receiver))
    for match in found:  # "a call from X to Y": the request's own words, they win
        if not ending_at(_FROM_TO, text, match.start) or (value := _party(match)) is None:
            continue
        to = _TO.match(text, match.end)
        receiver = _starting(found, text, to.end(), other) if to else None
        if receiver is not None:
            told.append((len(text), Party(value, match), receiver))
    return sorted(told, key=lambda one: one[0])


def _beyond_teller(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) > _TELLER_WORDS


def place(reading: Reading, found: list[Match]) -> set[int]:
    """Read the parties of a new call or email (see the module's docstring); the starts of the
    names placed as parties, which are not read again."""
    if (reading.resource, reading.action) != ("communications", "create"):
        return set()
    if "contact" in reading.refs:
        return set()
    told = _told(reading, found)
    explicit = [one for one in told if one[0] == len(reading.text)]
    chosen = explicit[-1] if explicit else (told[0] if told else None)
    if chosen is None:
        return set()
    _, sender, receiver = chosen
    if sender.value == receiver.value:
        return set()
    if sender.value == ME:
        reading.refs["contact"] = receiver.value
    elif receiver.value == ME:
        reading.refs["contact"] = sender.value
        reading.fields["incoming"] = True
    else:
        reading.refs["contact"], reading.refs["recipient"] = sender.value, receiver.value
        reading.fields["incoming"] = True
    used = [p.match for p in (sender, receiver) if p.match is not None]
    _through_party(reading, used, [m for m in found if m not in used])
    return {match.start for match in used}


def _through_party(reading: Reading, used: list[Match], others: list[Match]) -> None:
    """The matter named through a party who is no client of it ("alice called robert jones":
    the other side of Smith v Jones), when no other name in the message means a matter; a
    client's own open matter is the core's to find."""
    if "matter" in reading.refs or any(m.of("matter") for m in others):
        return
    through = {s.id for m in used if not m.of("matter") for s in m.of("matter_person")}
    if len(through) == 1:
        reading.refs["matter"] = str(through.pop())
