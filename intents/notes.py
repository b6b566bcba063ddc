"""Notes on a matter or a contact: "add note to Smith v Jones: client called about deposition",
"note for contact Jane Doe: prefers email", "notes on the Patel matter", "delete note 12".

`type` is Matter unless a contact is named; `detail` is the text, `subject` the part before
" - " when the note reads "Subject - detail" (or after "subject:"/"re:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from intents import dates, lazy, matter_refs, records, refs, search
from intents.commands import Command
from intents.lexicon import ASKED, REQUEST_CUES
from intents.reading import Reading
from intents.scan import ending_at

_CONTACT = lazy.regex(
    r"(?:^|\b(?:to|for|on|about|re|with)\s+)(?:the\s+)?(?:contact|client|person)\b\s*:?\s*", re.I
)
_SUBJECT = lazy.regex(
    r"^(?:(?:subject|re|title)\s*:|(?:subject|subj|title)\s)\s*(?P<subject>[^:]+?)\s*(?::|\s[-–—]\s|\.\s)\s*(?P<detail>.+)$"
    # "subject landlord, their lawyer said ...": a bare subject of a few words, then a comma
    r"|^(?:subject|subj)\s+(?!(?:to|of|is|was|for|on)\b)(?P<s3>[^\s:,.]+(?:\s+[^\s:,.]+){0,2}),\s+(?P<d3>.+)$"
    r"|^(?P<s2>[^:]{1,60}?)\s+[-–—]\s+(?P<d2>.+)$",
    re.I,
)
# rule "a labelled subject": "subject X:" after a few words left of the request ("jot this down on
# johnson, subject settlement signals: ..." leaves "this down"): X is the subject, what follows
# the colon the text, the words before the label no part of either
_LABELLED = lazy.regex(
    r"^(?P<lead>(?:[\w'’]+[\s,;]+){1,3}?)(?:subject|subj|title)(?!\s+(?:of|on|for|line|is|was)\b)\s*[-:]?\s+"
    r"(?P<subject>[^:]{1,80}?)\s*:\s*(?P<detail>.+)$",
    re.I | re.S,
)
# ... and after a longer lead that is the request itself ("Hannah asked me to put a note on Ravi
# Patel's contact record, subject Travel: ..."): the lead asks for the note, it says nothing in it
_LABELLED_LONG = lazy.regex(
    r"^(?P<lead>[^:]+?)[\s,;]+(?:subject|subj|title)(?!\s+(?:of|on|for|line|is|was|to|matter)\b)"
    r"\s*[-:]?\s+(?P<subject>[^:]{1,80}?)\s*:\s*(?P<detail>.+)$",
    re.I | re.S,
)
_ASKING = lazy.regex(rf"\b(?:{REQUEST_CUES}|{ASKED})\b", re.I)
_HEADING_WORDS = 6  # a subject before a dash is a heading ("Settlement call - ..."), not a sentence
_QUOTED_SUBJECT = lazy.regex(
    r"[,;]?\s*\b(?:subject|title|subj)\s*(?::|-|is)?\s*(?P<q>['\"‘“])(?P<s>[^'\"‘’“”]{1,80})['\"’”]"
    r"\s*(?::|,|;|\s-\s|\.\s)?\s*",
    re.I,
)
# rule "the subject said last": "... huge for us. Subject: key admission", "..., subject: relocation",
# "..., title it spoliation", "... - titled mediation": a labelled subject closing the note (after a
# sentence or a clause) is its subject, not its text; "subject X" bare only after a comma or a
# sentence ("... in park slope. subject therapy").
_SUBJECT_LAST = lazy.regex(
    r"(?:[.;,!]\s*|\s[-–—]\s*|\s+)\b"
    r"(?:(?:subject|subj|title)(?:\s+line)?\s*:|(?:title|name|label|head)\s+it(?:\s+as)?\b|titled\b)"
    r"\s*(?P<s>[^:.;]{1,80}?)[\s.!]*$"
    r"|[,;.]\s*(?:subject|subj)(?:\s+line)?\s+(?!(?:to|of|is|was)\b)(?P<s2>[^:.;,]{1,60}?)[\s.!]*$",
    re.I,
)
_SAID = lazy.regex(
    r"(?<!\bre)(?<!\bsubject)(?<!\btitle):\s|\s[-–]\s"
)  # where the note's text begins
# "... oliver grant's contact: ...", "... ravi patel's contact record, subject ...": the words naming
# the record, not said in the note
_CONTACT_HEADING = lazy.regex(
    r"\bcontact(?:\s+(?:record|card|profile|page|file|entry))?\b\s*(?=[:,;]|\s[-–—]\s)"
    r"|(?:(?<='s\s)|(?<=’s\s))(?:record|profile)\b\s*(?=[:,;])",
    re.I,
)
# "note to self on ...", "note to file on garcia: ..." (a memo to the file): whom it is for, no
# part of the text
_TO_SELF = lazy.regex(
    r"\bto\s+(?:self|myself|(?:the\s+)?file(?=\s+(?:on|for|re|about|in)\b|\s*[:,–—-]))\b", re.I
)
_OWN_CONTACT = lazy.regex(
    r"\b(?:to|for|on|about|re)\s+(?:the\s+)?(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?)"
    r"(?:['’]s|(?<=s)['’])\s+(?:contact(?:\s+(?:record|card|profile|page))?|record|profile)\b\s*",
    re.I,
)
_CHANGE = lazy.regex(r"\b(?:to\s+(?:say|read)|to|say|reads?)\b:?\s+|:\s+", re.I)


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def _target(reading: Reading, command: Command) -> None:
    """The matter, or the contact, the note belongs to; sets `type`."""
    contact_note = command.noun is not None and command.noun.detail == "Contact"
    for aside in list(reading.scan.matches(_TO_SELF)):  # "note to self on ...": the writer's own
        reading.scan.take_match(aside)
    if reading.fields.get("type") == "Contact":  # a contact the firm's vocabulary named
        if heading := reading.scan.first(_CONTACT_HEADING):  # "... oliver grant's contact: ..."
            reading.scan.take_match(heading)
        return
    cue = reading.scan.first(_CONTACT)
    if cue:
        found = refs.person_at(reading, cue.end())
        if found:
            reading.scan.take(cue.start(), found.end)
            reading.refs["contact"] = found.value
            reading.fields["type"] = "Contact"
            return
    if contact_note:
        refs.take_person(reading, "contact", "to|for|on|about")
        reading.fields["type"] = "Contact"
        return
    owned = reading.scan.first(_OWN_CONTACT)
    if owned:  # "note on oliver grant's contact: ..."
        reading.scan.take(owned.start("name"), owned.end())
        reading.refs["contact"] = owned["name"]
        reading.fields["type"] = "Contact"
        return
    reading.fields["type"] = "Matter"
    leading = reading.action == "create"
    with _before_text(reading):
        named = matter_refs.take_matter(reading, leading=leading, also="contact")
    if named is None:
        matter_refs.take_matter(reading, leading=leading, also="contact")


@contextmanager
def _before_text(reading: Reading) -> Iterator[None]:
    """Only the words before a new note's text, when some are free there ("note on X: ... the
    landlord-tenant matter"): the record a note is on is named before what it says, if at all."""
    said = reading.scan.first(_SAID) if reading.action == "create" else None
    if said is None or not any(start < said.start() for start, _ in reading.scan.segments()):
        yield
        return
    saved = bytes(reading.scan.mask[said.start() :])
    reading.scan.take(said.start(), len(reading.text))
    try:
        yield
    finally:
        reading.scan.mask[said.start() :] = saved


def _create(reading: Reading, command: Command) -> None:
    _target(reading, command)
    _date(reading)
    quoted = reading.scan.first(_QUOTED_SUBJECT)
    if quoted:  # "note for johnson, subject 'Witnesses': two supervisors will testify"
        reading.scan.take_match(quoted)
        reading.fields["subject"] = quoted["s"].strip()
    text = reading.free_text()
    if not _SAID.search(reading.text):  # "note on garcia: that MRI is late" says it whole
        text = _THAT_OPENS.sub("", text, count=1)
    last = None if quoted else _SUBJECT_LAST.search(text)
    if last is not None and last.start() > 0:
        reading.fields["subject"] = (last["s"] or last["s2"]).strip().strip("'\"‘’“”")
        text, quoted = text[: last.start()].strip(), last
    split = (
        None
        if quoted
        else (
            _BOTH_LABELLED.match(text)
            or _SUBJECT.match(text)
            or _LABELLED.match(text)
            or _asked(text)
        )
    )
    if split and split.groupdict().get("s2") and len(split["s2"].split()) > _HEADING_WORDS:
        split = None  # "client says the driver was on his phone — a witness saw it": one text
    elif split and split.groupdict().get("s2") and _ASKING.search(split["s2"]):
        text, split = split["d2"].strip(), None  # "priya wants a note on X - ...": the asking
    if split:
        parts = split.groupdict()
        subject = parts["subject"] or parts.get("s2") or parts.get("s3") or ""
        detail = parts["detail"] or parts.get("d2") or parts.get("d3") or ""
        reading.fields["subject"] = _TITLED.sub("", subject.strip())
        text = detail.strip()
    if quoted_whole := _QUOTED_WHOLE.fullmatch(text):  # subject X: "the text, quoted"
        text = quoted_whole["t"].strip()
    if text:
        reading.fields["detail"] = text
    else:
        reading.hint = "What should the note say? e.g. 'note on Smith v Jones: client called'."
        reading.confidence = 0.5


# "subject: settlement, text: sarah will take 150k": both labelled
_BOTH_LABELLED = lazy.regex(
    r"^(?:subject|subj|title)\s*:?\s*(?P<subject>[^,;:]{1,80}?)\s*[,;]\s*"
    r"(?:text|body|details?|note|content)\s*:\s*(?P<detail>.+)$",
    re.I | re.S,
)
# "... titled Insurance - her adjuster is ...": the word naming the subject is not in it
_TITLED = lazy.regex(r"^(?:titled|entitled|called|named|headed)\s+", re.I)
_QUOTED_WHOLE = lazy.regex(r"[\"“](?P<t>[^\"“”]+)[\"”]")


def _asked(text: str) -> re.Match[str] | None:
    """A labelled subject after a lead that asks for the note (see `_LABELLED_LONG`)."""
    found = _LABELLED_LONG.match(text)
    return found if found and _ASKING.search(found["lead"]) else None


# rule "note that ...": "pls note on the globex lease file that the landlord switched counsel":
# the note says what follows "that" (and the matter's kind word left before it, "file", is not
# said in it either).
_THAT_OPENS = lazy.regex(r"^(?:(?:[\w'’-]+\s+)?(?:file|matter|case)\s+)?that\s+(?=\w)", re.I)


_NOTE_AFTER = lazy.regex(r"(?P<s>['’]s)?\s+note\b", re.I)  # "friday note", "yesterday's note"
# rule "a note dated X": "note for the chen divorce dated friday, emily confirmed ...": the day
# right after "dated" (or "date:") is the note's, wherever it is said, with no colon before the text
# ("backdate a note to thursday on ...": the words of the note between the cue and its day)
_DATED = lazy.regex(r"\b(?:dated|date\s*:|date\s+it|back-?dated?(?:\s+it)?(?:\s+to)?)\s*", re.I)
_BETWEEN = lazy.regex(r"(?:\s|\b(?:a|an|the|this|new|note|it|to)\b)*", re.I)


def _date(reading: Reading) -> None:
    """The note's date, said before its text ("note on garcia yesterday: ..."), or after "dated"
    anywhere; the dates in the text ("answer due 12/18", "PT ends in jan") stay in it."""
    opens = _SAID.search(reading.text)
    for cue in reading.scan.matches(_DATED):
        told = cue.group().lower().startswith(("date it", "date:", "date :"))  # an instruction
        if opens is not None and cue.start() > opens.start() and not told:
            break  # "...: the lease is dated dec 2"
        found = dates.find(reading.scan, reading.clock, "past")
        hit = dates.covering(found, cue.end()) or next(
            (h for h in found if h.begin >= cue.end()), None
        )
        if (
            hit is not None
            and hit.begin > cue.end()
            and not _BETWEEN.fullmatch(reading.text, cue.end(), hit.begin)
        ):
            continue  # other words between the cue and the day: not the note's date
        if hit is not None:
            reading.scan.take(min(cue.start(), hit.begin), hit.end)
            reading.fields["date"] = hit.span.start.isoformat()
            return
    said = reading.scan.first(_SAID) or opens  # the colon may close the matter's name
    if said is None:
        return
    for hit in dates.find(reading.scan, reading.clock, "past", first=3):
        record = _NOTE_AFTER.match(reading.text, hit.end)  # "friday note for johnson: ..."
        if hit.end <= said.start() and (record or not dates.narrative(reading.scan, hit)):
            reading.scan.take(hit.begin, record.end("s") if record and record["s"] else hit.end)
            reading.fields["date"] = hit.span.start.isoformat()
            return


def _search(reading: Reading, command: Command) -> None:
    _target(reading, command)
    search.query(reading)


# rule "a note told by its day": "update marcus's note on garcia from sat: ...", "retitle my note
# from thursday on smith v jones to ...", "delete my tuesday note on chen": a day said with the note
# ("from", "of", "dated" after its noun, or before it) tells which note it is (`note_on`), never a
# new date. Counter-example: "move the X note to friday" (after "to": the new date).
_DAY_CUE = lazy.regex(r"(?P<cue>from|of|dated|written)\s", re.I)
_DAY_CUE_BEFORE = lazy.regex(r"\b(?:from|of|dated|written)\s+$", re.I)


def _told_by_day(reading: Reading, command: Command) -> None:
    if command.noun_start < 0:
        return
    text = reading.text
    for hit in dates.find(reading.scan, reading.clock, "past"):
        before = command.verb_end <= hit.begin and hit.end <= command.noun_start
        cued = _DAY_CUE.match(text, hit.begin) or ending_at(_DAY_CUE_BEFORE, text, hit.begin)
        if (before or (cued and hit.begin >= command.noun_end)) and hit.span.start == hit.span.end:
            reading.scan.take(hit.begin, hit.end)
            reading.refs["note_on"] = hit.span.start.isoformat()
            return


def _mine_on_day(reading: Reading) -> None:
    """A note told only by its day ("retitle my note from thursday ..."): named "my note" or
    "note" for the look-up, which keeps the notes of that day."""
    if "note" not in reading.refs and "note_on" in reading.refs:
        reading.refs["note"] = "my note" if _MY_NOTE.search(reading.text) else "note"


_MY_NOTE = lazy.regex(r"\bmy\s+(?:[\w-]+\s+){0,2}?note\b", re.I)


def _record(reading: Reading, command: Command) -> None:
    _told_by_day(reading, command)
    records.take(reading, command)
    _mine_on_day(reading)
    if "note" not in reading.refs:
        reading.hint = "Which note? e.g. 'note 12'."
        reading.confidence = 0.5
    reading.free_text(take=False)


def _rewrite(reading: Reading, command: Command, said: re.Match[str]) -> None:
    """ "update the strategy note on smith v jones: focus on the 911 call": the note named
    (by number, or described) before the separator, its new text after it, all of it."""
    text = reading.message.plain(reading.text[said.end() :]).strip()
    reading.scan.take(said.start(), len(reading.text))
    found = records.take(reading, command)
    described = reading.free_text()
    if (found is None or not found.isdigit()) and described:
        reading.refs["note"] = described
    if text and command.verb_text.lower() == "append":  # "append to the X note: ...": added
        reading.refs["appended"] = text
    elif text:
        reading.fields["detail"] = text
    _mine_on_day(reading)
    if "note" not in reading.refs:
        reading.hint = "Which note? e.g. 'note 12'."
        reading.confidence = 0.5


# "change the subject of the preferences note on ravi patel to 'Contact preferences'", "rename the
# X note to Y": the new words are the note's subject, not its text.
_NEW_SUBJECT = lazy.regex(r"\b(?:the\s+)?(?:subject|title)(?:\s+line)?\s+(?:of|on)\s+", re.I)
_RENAMED = frozenset({"rename", "retitle", "re-title"})


def _update(reading: Reading, command: Command) -> None:
    _told_by_day(reading, command)
    said = reading.scan.first(_SAID)
    if said and said.start() >= command.noun_end >= 0:
        _rewrite(reading, command, said)
        return
    field = "detail"
    if (subject := reading.scan.first(_NEW_SUBJECT)) or command.verb_text.lower() in _RENAMED:
        field = "subject"
        if subject:
            reading.scan.take_match(subject)
    records.take(reading, command)
    parts = reading.split_at(_CHANGE) if field == "subject" else None  # the words after "to"
    if parts is None:
        change = reading.scan.first(_CHANGE)
        if change:
            reading.scan.take_match(change)
    text = parts[1] if parts else reading.free_text()
    if text:
        reading.fields[field] = text.strip("'\"‘’“”") if field == "subject" else text
    _mine_on_day(reading)
    if "note" not in reading.refs:
        reading.hint = "Which note? e.g. 'note 12'."
        reading.confidence = 0.5
