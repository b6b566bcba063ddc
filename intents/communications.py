"""Communications (call and email logs): "log call with John Smith re settlement",
"log email to Jane Doe about the lease on Smith v Jones", "calls with Acme last week".

`subject` is the description as written (the matter reference, day and time taken out); text
after ":" becomes `body`. The person after "with", "to" or "from" goes to `refs.contact`.
`received_at` is the moment in the person's zone: "yesterday at 3pm" as said, a day alone at
12:00 (`NOON`; today before noon: now), a time alone today (yesterday while that time is still to
come), nothing: now.
"""

from __future__ import annotations

import re
from datetime import time, timedelta

from intents import dates, lazy, matter_refs, names, records, refs, search, times
from intents.clock import iso
from intents.commands import Command
from intents.lexicon import (
    COMM_DONE,
    COMM_LABEL_BEFORE,
    COMM_PARTS_AFTER,
    INCOMING,
    OFFICE_AFTER,
    OFFICE_IN,
    wordset,
)
from intents.reading import Reading
from intents.scan import ending_at

NOON = time(12, 0)  # when a log names its day but no time
NOON_ASSUMED = f"no time given: {NOON:%H:%M}"
ONE_DAY = timedelta(days=1)

_PERSON = lazy.regex(r"\b(?:with|w/|to|from)\s*:?\s+", re.I)  # "from sarah", "from: sarah"


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
    }.get(reading.action, _record)(reading, command)


def _kind(reading: Reading, command: Command) -> str:
    """The noun's kind ("email", "call"), else the verb's ("emailed"), else a phone call."""
    noun = command.noun
    if noun and noun.resource == "communications" and noun.detail:
        return noun.detail
    done = COMM_DONE.search(reading.text)
    return "EmailCommunication" if done and done["email"] else "PhoneCommunication"


def _incoming(text: str) -> bool:
    """Whether the other party called or wrote: "call from X", "X called re ...", "got an
    email from X" (not "I called X", "left vm for X")."""
    if INCOMING.search(text):
        return True
    done = COMM_DONE.search(text)
    before = text[: done.start()].lower().split() if done else []
    words = [w for word in before if (w := word.strip(":,;-–—"))]
    while words and words[0] in _LOG:  # "log: emailed maria ...": the writer emailed
        words = words[1:]
    return bool(words) and not _SELF.intersection(words)


_SELF = frozenset({"i", "we", "i've", "we've", "me", "just", "also"})
_LOG = frozenset({"log", "logged", "pls", "please", "fyi"})


def _contact(reading: Reading, take: bool) -> None:
    """The person talked to; in a new log the name stays in the subject as written. With both
    ends said ("email from emily chen to hannah"), the sender is the contact and the one it went
    to `refs.recipient`. Rule "an office is no contact": in a new log, a name followed by the
    word of an office ("from the Kings County clerk's office") is an institution's place, not
    a contact's name (one the firm has, "Dr. Lena Hart's office", is found by its names)."""
    if refs.take_mention(reading, "contact") if take else False:
        return
    parties = [
        (cue, found)
        for cue in reading.scan.matches(_PERSON)
        if (found := refs.person_at(reading, cue.end()))
        and (
            found.value == "me" or found.value[:1].isupper() or found.value.startswith(("<@", "@"))
        )
        and not (take is False and _office(reading, found))
    ]
    if not parties:
        return
    cue, found = parties[0]
    if take:
        reading.scan.take(cue.start(), found.end)
    reading.ref("contact", found.value)
    said = [c.group().strip().lower() for c, _ in parties[:2]]
    if not take and "recipient" not in reading.refs and said in (["from", "to"], ["to", "from"]):
        sender, recipient = parties[:2] if said[0] == "from" else parties[1::-1]
        reading.refs["contact"], reading.refs["recipient"] = sender[1].value, recipient[1].value
        reading.fields["incoming"] = True  # the contact is the sender


def _office(reading: Reading, found: names.Found) -> bool:
    return bool(OFFICE_AFTER.match(reading.text, found.end) or OFFICE_IN.search(found.value))


# rule "when it came, said by its verb": "... the 15th works. smith v jones, rec'd this morning":
# the day after "received", "sent", "came in" is the log's own, before any day its body tells
_WHEN_SAID = lazy.regex(
    r"\b(?:rec['’]?d|recv['’]?d|received|sent|came\s+in|arrived|went\s+out)\s+(?=(?:on\s+)?"
    r"(?:this|last|yesterday|today|tonight|mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec))",
    re.I,
)


def _moment(reading: Reading) -> str | None:
    """`received_at` from a time and a day said (both marked as understood), else None; the one
    said after "received" or "sent" first."""
    scan = reading.scan
    cue = scan.first(_WHEN_SAID)
    if cue is None:
        return _said_moment(reading)
    saved = bytes(scan.mask[: cue.end()])
    scan.take(0, cue.end())
    found = _said_moment(reading)
    scan.mask[: cue.end()] = saved
    return found if found is not None else _said_moment(reading)


def _said_moment(reading: Reading) -> str | None:
    """`received_at` from the first time and day said in the text not yet understood."""
    scan, clock = reading.scan, reading.clock
    at = times.take_time(scan)
    hit = dates.take(scan, clock, "past", story=True, acts=False)
    if at is None and hit is not None:
        at = times.daypart_time(hit.span.daypart)
    if hit is None:
        if at is None:
            return None
        day = clock.today if clock.at(clock.today, at) <= clock.now else clock.today - ONE_DAY
        reading.assumptions.append(f"no date given: {day.isoformat()}")
    else:
        day = hit.span.start
    if at is None and day == clock.today and clock.at(day, NOON) > clock.now:
        reading.assumptions.append("no time given: now")  # never logged in the future
        return iso(clock.now)
    if at is None:
        at = NOON
        reading.assumptions.append(NOON_ASSUMED)
    return iso(clock.at(day, at))


def _head_moment(reading: Reading, command: Command) -> str | None:
    """`received_at` said before the body (the text after ":" is left as written), or in a body
    that tells the call itself after a label ("phone log for johnson: called the adjuster nov 30").
    A colon right after the command opens its fields, not a body: "log email: tom reyes -> sarah
    johnson, friday, subj ..." is Friday's."""
    scan = reading.scan
    colon = scan.first(_BODY)
    if colon is None or not any(start < colon.start() for start, _ in scan.segments()):
        return _moment(reading)
    if not reading.text[max(command.verb_end, command.noun_end, 0) : colon.start()].strip():
        return _moment(reading)
    saved = bytes(scan.mask[colon.start() :])
    scan.take(colon.start(), len(scan.text))
    found = _moment(reading)
    scan.mask[colon.start() :] = saved
    if found is None and _told_after(reading.text, colon.end()):
        found = _moment(reading)
    return found


_TELLER_WORDS = 4  # who called, before the verb: "opposing counsel in brightline phoned you"


def _told_after(text: str, start: int) -> bool:
    """Whether the text from `start` tells a call or an email as done ("called the adjuster")."""
    done = COMM_DONE.search(text, start)
    return done is not None and len(text[start : done.start()].split()) <= _TELLER_WORDS


# rule "a log told by its parts": "subject termination letter, she forwarded ...", 'subject "Photos
# of the loading dock", body "Attached are ..."', "date: yesterday, subject: ..., body: ...": a
# labelled subject (quoted, or to the clause's end) is the subject, a labelled body the body; with
# a subject labelled and no body, what follows the subject's clause is the body. "notes" and
# "message" label a body only with a colon or quotes ("left a message for ravi" labels nothing).
_PART = lazy.regex(
    r"(?:^|(?<=[\s,;:—–(]))(?:(?P<subject>subject|subj)(?:\s+line)?"
    r"(?!\s+(?:of|on|for|is|was|to|matter)\b)|(?P<body>body|notes|message|text)(?=\s*[:\"“]))"
    r"\s*(?::|-|\bis\b)?\s*"
    r"(?:[\"“](?P<quoted>[^\"“”]*)[\"”]|['‘](?P<single>[^'‘’]*)['’](?!\w)"
    # a plain one ends at a clause's end, a dash between words included ("subject dashcam - he
    # found old footage": the rest is what it said)
    r"|(?P<plain>[^,;:()\"“”]+?)(?=\s*(?:[,;:)]|\s[-–—]+\s|\.\s|\.?$)))",
    re.I,
)
_PARTS_HEAD = lazy.regex(r"(?<!\bre)(?<!\bsubj)(?<!\bsubject):\s+", re.I)


def _told_by_parts(text: str) -> bool:
    """Whether the log is described by labelled parts after its head (see `COMM_PARTS_AFTER`)."""
    for colon in _PARTS_HEAD.finditer(text):
        if ending_at(COMM_LABEL_BEFORE, text, colon.start()):
            return True
        return COMM_PARTS_AFTER.match(text, colon.end()) is not None
    return False


def _parts(reading: Reading) -> tuple[str, str, int, int] | None:
    """(subject, body, where the subject's label starts and where its clause ends) of a log
    told by its parts, taken from the scan; None when no subject or body is labelled."""
    subject = body = ""
    start = end = -1
    for part in list(reading.scan.matches(_PART)):
        quoted = part["quoted"] if part["quoted"] is not None else part["single"]
        value = (quoted if quoted is not None else part["plain"] or "").strip()
        if not value:
            continue
        if part["subject"] and not subject:
            subject, start, end = value, part.start(), part.end()
        elif part["body"] and not body:
            body = value
        else:
            continue
        reading.scan.take_match(part)
    if not subject and not body:
        return None
    return subject, body, start, end


def _create(reading: Reading, command: Command) -> None:
    reading.fields["type"] = _kind(reading, command)
    if _incoming(_head(reading)) or _told_incoming(reading):
        reading.fields["incoming"] = True
    parts = _parts(reading)
    by_parts = _told_by_parts(reading.text)
    received = _moment(reading) if by_parts else _head_moment(reading, command)
    if received is None:
        received = iso(reading.clock.now)
        reading.assumptions.append("no date or time given: now")
    reading.fields["received_at"] = received
    _matter(reading)
    _contact(reading, take=False)
    _party_as_matter(reading)
    if parts is not None and (parts[0] or by_parts):
        _labelled(reading, command, parts, by_parts)
        return
    split = reading.split_at(_BODY)
    subject, body = split if split else (reading.free_text(), "")
    subject, body = _LOG_TAIL.sub("", _ARTICLE.sub("", subject)), _LOG_TAIL.sub("", body)
    if not subject:
        subject, body = body, ""
    elif body and _BARE.fullmatch(subject) and command.noun_text.lower() in subject.lower():
        subject = body  # "record an email on northwind: sent them the PTO section": what it was
    elif body and not command.verb and _WHO_ONLY.fullmatch(subject):
        subject = body  # "inbound call from dr. hart's office: the report will be late"
    subject = _SENT_LAST.sub("", subject)  # "email to globex re cure notice, sent yesterday"
    subject, body = _labelled_subject(subject, body)
    reading.fields["subject"] = subject or command.noun_text
    if body:
        reading.fields["body"] = body


# What is left around a body told after its labelled subject: "... with the subject 'Trustee
# names' and said his brother agreed, could you please log that": the telling verb before it and
# the asking words after it (the request itself already read)
_SAID_LEAD = lazy.regex(
    r"^(?:and\s+)?(?:said|says|saying|wrote|writes)\s+(?:that\s+)?|^and\s+", re.I
)
_ASKED_LEFT = lazy.regex(
    r"[\s,;]*(?:(?:so|and)\s+)?(?:can|could|would)\s+(?:you|u)(?:\s+(?:pls|please|also))?[\s?.!]*$",
    re.I,
)
_TOLD_WORDS = 6  # a head longer than this, before a subject labelled last, tells what was said
_TOPIC_SAID = lazy.regex(r"\b(?:re|regarding|about)\b:?\s+\S", re.I)  # or a shorter one its topic
_LOG_LEAD = lazy.regex(
    r"^\s*(?:(?:pls|please|fwiw|fyi)[\s,:]+)?(?:log|record|save)\s+(?:(?:a|an|the|this|that|my)\s+)?"
    r"(?:(?:phone\s+)?call|e-?mail|vm|voicemail)?\b\s*",
    re.I,
)


def _labelled(
    reading: Reading, command: Command, parts: tuple[str, str, int, int], by_parts: bool
) -> None:
    """Subject and body of a log told by its parts (rule "a log told by its parts"). With a
    subject labelled last and no body, a head that tells what was said is the body, as written
    ("i emailed ravi ... the two trustee options ..., log it ..., subject trustee options")."""
    subject, body, start, end = parts
    if subject and not body and end >= 0:  # "subject termination letter, she forwarded ..."
        after = [reading.text[a:b] for a, b in reading.scan.segments() if a >= end]
        body = _LOG_TAIL.sub("", reading.message.plain(" ".join(after)).strip(" ,;:.-–—"))
        body = _ASKED_LEFT.sub("", _SAID_LEAD.sub("", body))  # "and said ..., could you"
        reading.scan.take(end, len(reading.text))
    rest = _LOG_TAIL.sub("", _ARTICLE.sub("", reading.free_text()))
    if not subject:  # 'email to emily: body "..."': the head says what it was
        subject = "" if by_parts else rest
    elif not body and not by_parts:
        head = reading.message.plain(reading.text[:start]).strip(" ,;:.-–—(")
        head = _LOG_TAIL.sub("", _LOG_LEAD.sub("", head, count=1)).strip(" ,;:.-–—")
        topic = _TOPIC_SAID.search(head)  # "log email to sarah re invoice 1007, subject: ..."
        body = head if len(head.split()) > _TOLD_WORDS else head[topic.start() :] if topic else ""
    reading.fields["subject"] = subject or body or command.noun_text
    if body and body != reading.fields["subject"]:
        reading.fields["body"] = body


# rule "what it was about is no matter": "log an email from priya to maria garcia re: the PT
# invoices": the words after "re" and an article are the topic, not a matter's name (a matter the
# firm has, "re the patel estate", is found by its names; "re smith v jones" by its shape)
_TOPIC = lazy.regex(r"\b(?:re|regarding)\b:?\s+(?:the|a|an|her|his|their|our|my)\s", re.I)


def _matter(reading: Reading) -> None:
    cues = _MATTER_CUES - {"re", "regarding"} if reading.scan.first(_TOPIC) else _MATTER_CUES
    matter_refs.take_matter(reading, cues=cues)


# rule "a labelled subject": "email log -> from me to Dr. Lena Hart, today, subject `Expert report
# timeline`, body: ...", "log an email from John Smith to Alice | subj: _Photos of the scene_ | he
# attached 12 pics": the subject is the field after its label; what went before it only said who
# (names, "from", "to": placed already), what follows it in the same text is the body
_SUBJECT_LABEL = lazy.regex(
    r"(?:^|(?<=[\s,;]))(?:subject|subj)\b\s*:?\s*(?P<s>[^,;]+?)\s*(?=[,;]|$)", re.I
)
_WHO_WORDS = wordset(
    "from to me i we with w/ w and a an the email e-mail call phone log logged new sent"
)
_LABEL_LEFT = lazy.regex(r"\s*body\s*", re.I)


def _labelled_subject(subject: str, body: str) -> tuple[str, str]:
    found = _SUBJECT_LABEL.search(subject)
    if found is None or not found["s"]:
        return subject, body
    words = re.findall(r"[^\s,;]+", subject[: found.start()])
    if not all(w.lower() in _WHO_WORDS or w[:1].isupper() for w in words):
        return subject, body  # "log email to sarah re invoice 1007, subject: ...": kept whole
    rest = subject[found.end() :].strip(" ,;")
    if _LABEL_LEFT.fullmatch(rest):
        rest = ""  # the body's own label, its words after the colon
    said = "" if body == subject else body  # "log email: <all of it>": no body of its own
    return found["s"], "; ".join(part for part in (rest, said) if part)


def _told_incoming(reading: Reading) -> bool:
    """ "log it pls: opposing counsel in brightline phoned you tues": a head that tells no call,
    then a body that tells it as the other party's, in its first words."""
    head = _head(reading)
    if len(head) == len(reading.text) or COMM_DONE.search(head) or INCOMING.search(head):
        return False
    colon = _BODY.match(reading.text, len(head))
    start = colon.end() if colon else len(head)
    return _told_after(reading.text, start) and _incoming(reading.text[start:])


def _head(reading: Reading) -> str:
    """The text before the body's colon; one right after the command ("pls log: email from
    metro court reporting ...") opens no body."""
    for colon in _BODY.finditer(reading.text):
        if any(start < colon.start() for start, _ in reading.scan.segments()):
            return reading.text[: colon.start()]
    return reading.text


def _party_as_matter(reading: Reading) -> None:
    """ "log call with smith re scheduling": the firm's names read "smith" as a matter, but who
    the call was with is a person; `refs.party` keeps the name for the person to be found (or
    asked for, when several contacts have it)."""
    said = reading.refs.get("matter")
    if "contact" in reading.refs or not said or not _PERSONLIKE.fullmatch(said):
        return
    if re.search(rf"\b(?:with|w/|to|from)\s+{re.escape(said)}\b", reading.text, re.I):
        reading.ref("party", said)


_SENT_LAST = lazy.regex(r"[,;]?\s+(?:sent|received|rec'?d|made|placed)\s*$", re.I)
_PERSONLIKE = lazy.regex(r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?")
_MATTER_CUES = frozenset({"on", "for", "re", "regarding", "in", "under"})
_BODY = lazy.regex(r"(?<!\bre)(?<!\bsubj)(?<!\bsubject):\s+", re.I)  # "re: the lease" is a subject
_ARTICLE = lazy.regex(r"^(?:a|an|the)\s+", re.I)
# ", log it to his estate matter", ". pls log it", " - log under johnson v brightline": the
# request to log it, ending what was said, is not what the call or email was about
_LOG_TAIL = lazy.regex(
    r"(?:[,.;:]|\s[-–]|\s(?=(?:pls|please)\b)|\s(?=(?:log|file)\s+(?:it|this|that|the|under|to)\b))"
    r"\s*(?:(?:pls|please|and|then|can\s+you)\s+)?"
    r"(?:log|file|record|save)(?:\s+(?:it|this|that|the\s+(?:e-?mail|call)))?(?:\s+as\s+(?:an?\s+)?[\w-]+(?:\s+call)?)?"
    r"(?:\s+(?:to|under|in|on|against|for|w/|with)\b.*)?\s*$",
    re.I,
)
# rule "a head that says only who": the kind of log and who it was from or to, nothing of what
# it was about ("email from st. mary's hospital", "inbound call from Dr. Lena Hart's office"),
# in a message told as news, with no verb asking to log it: what was said after the colon is the
# subject too. Not "call from ravi re the trust: ..." (what about), nor "log call with mary jones:
# ..." (a request to log, whose head names the log).
_WHO_ONLY = lazy.regex(
    r"(?:(?:a|an|the|inbound|incoming|outgoing|outbound|quick|short|phone)\s+)*"
    r"(?:calls?|e-?mails?|vm|voicemail|voice\s*mail|messages?|msg|letter|fax)\s+(?:in\s+)?"
    r"(?:from|to|with|w/)\s+(?!.*\b(?:re|about|regarding|abt|on|for)\b)[^,;:]{1,50}",
    re.I,
)
_BARE = lazy.regex(r"\S+(?:\s+\S+)?")  # the kind word and at most one other: no subject


def _search(reading: Reading, command: Command) -> None:
    if (
        command.noun
        and command.noun.resource == "communications"
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
    appended = reading.action == "update" and _appended(reading, command)
    if records.take(reading, command) is None and not _described(reading, command):
        reading.hint = "Which communication? e.g. 'communication 31'."
        reading.confidence = 0.5
    _named_before(reading, command)
    if reading.action == "update" and not appended and not _new_moment(reading):
        named = reading.scan.first(_FIELD_OF)  # "change the subject of the X email to ..."
        if named:
            reading.scan.take_match(named)
        change = reading.scan.first(_CHANGE)
        if change:
            said = f"{named.group() if named else ''} {change.group()}".lower()
            field = "body" if "body" in said else "subject"
            reading.scan.take_match(change)
            text = _after(reading, change.end())
            if text:
                reading.fields[field] = text
    reading.free_text(take=False)


_ADDED = lazy.regex(r"\s*:\s+")


def _appended(reading: Reading, command: Command) -> bool:
    """ "append to the trustee call w ravi: he wants his sister as co-trustee": the words after
    the colon are added to the body; those before it name the call."""
    said = reading.scan.first(_ADDED)
    if command.verb_text.lower() != "append" or said is None or said.start() < command.noun_end:
        return False
    text = reading.message.plain(reading.text[said.end() :]).strip()
    reading.scan.take(said.start(), len(reading.text))
    if text:
        reading.refs["appended"] = text
    return bool(text)


def _described(reading: Reading, command: Command) -> bool:
    """ "delete the call log with ravi about trustees": a call or email being deleted is named
    by all the words after its noun (who it was with, what it was about); one changed, by its
    kind at least ("change the subject of the patel call to ...")."""
    noun = command.noun
    if noun is None:
        return False
    text = ""
    if reading.action == "delete":
        end = command.noun_end
        pieces = [reading.text[max(a, end) : b] for a, b in reading.scan.segments() if b > end]
        text = names.clean(reading.message.plain(" ".join(pieces)))
    if text:
        reading.scan.take(command.noun_start, len(reading.text))
        text = f"{command.noun_text} {text}" if noun.content else text  # an email, not a call
    elif noun.content and reading.scan.is_free(command.noun_start, command.noun_end):
        # "the patel call": at least which kind it is
        reading.scan.take(command.noun_start, command.noun_end)
        text = command.noun_text
    if text:
        reading.refs["communication"] = text
    return bool(text)


def _named_before(reading: Reading, command: Command) -> None:
    """ "change the trustee questions call hannah had w ravi to dec 2": the words before the
    kind word name the call too (its subject), with those after it (who it was with)."""
    said = reading.refs.get("communication")
    if not said or command.noun_start < 0 or not reading.scan.is_free(*_span_before(command)):
        return
    before = names.name_before(reading, command.noun_start, work=True)
    if before is not None and before.value.lower() not in said.lower():
        reading.scan.take(before.start, before.end)
        reading.refs["communication"] = f"{before.value} {said}"


def _span_before(command: Command) -> tuple[int, int]:
    return max(command.noun_start - 1, 0), command.noun_start


_CHANGE = lazy.regex(r"\b(?:subject|body)?\s*(?:to|:)\s+", re.I)
_FIELD = lazy.regex(r"\b(?:subject|body)\b", re.I)
_FIELD_OF = lazy.regex(r"\b(?:the\s+)?(?:subject|body)(?:\s+line)?\s+(?:of|on|for)\b", re.I)


def _after(reading: Reading, pos: int) -> str:
    """The new subject: the free words after the change's "to" (those before it name the
    record), all taken."""
    pieces = [reading.text[a:b] for a, b in reading.scan.segments() if a >= pos]
    reading.scan.take(0, len(reading.text))
    text = reading.message.plain(" ".join(pieces).strip(" ,;:-"))
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text


_WHEN = lazy.regex(
    r"\b(?:received(?:\s+(?:at|on))?|date(?:\s+and\s+time)?|time)\b\s*(?:to\b|:)?", re.I
)
_LEFT = lazy.regex(r"(?:to|at|on)?", re.I)
# "change the date on the trustee call with ravi to thursday": who it was with names the call,
# "the date on" the field the moment is for.
_PARTY_LEFT = lazy.regex(
    r"(?:with|w/?|from|to)\s+(?P<who>[a-z][\w'’.-]*(?:\s+(?!(?:to|on|at)$)[a-z][\w'’.-]*)?)"
    r"(?:\s+(?:to|on|at))?",
    re.I,
)
_FIELD_LEFT = lazy.regex(r"(?:the\s+)?(?:(?:date|day|time)\s+(?:on|of|for)|the)", re.I)


def _new_moment(reading: Reading) -> bool:
    """ "change communication 31 to yesterday 4pm", "... received at Nov 10": a new `received_at`
    when the change is a day or time and nothing else (else it is a new subject)."""
    scan = reading.scan
    if scan.first(_FIELD):
        return False
    saved, said = bytes(scan.mask), len(reading.assumptions)
    received = _moment(reading)
    if received is not None:
        if cue := scan.first(_WHEN):
            scan.take_match(cue)
        left = scan.rest()
        named = reading.refs.get("communication", "")
        described = bool(named) and not named.isdigit()  # not "communication 31"
        parties = [p["who"] for piece in left if (p := _PARTY_LEFT.fullmatch(piece))]
        if all(
            _LEFT.fullmatch(p)
            or (described and (_PARTY_LEFT.fullmatch(p) or _FIELD_LEFT.fullmatch(p)))
            for p in left
        ):
            reading.fields["received_at"] = received
            scan.take(0, len(scan.text))
            if parties and described:  # "... call with ravi to thursday"
                reading.refs["communication"] += " " + " ".join(parties)
            return True
    scan.mask[:] = saved
    del reading.assumptions[said:]
    return False
