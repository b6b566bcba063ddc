"""Matters: "new matter for Acme Corp: contract dispute", "close matter 00042-Smith",
"reopen the Patel matter", "open matters for client Acme", "my matters opened this month",
"new matter for Acme: lease, practice area Litigation, responsible Marcus, non-billable".

A new matter's client goes to `refs.client`; its description is the text after ":", "re" or "-"
(or the whole remaining text). "my matters" is `refs.user = me` (the responsible attorney).
Labelled clauses give `refs.practice_area`, `refs.responsible_attorney`, `refs.responsible_staff`
("responsible staff Priya"), `refs.originating_attorney`, `billable` and (create, update)
`open_date`; "where Priya is responsible staff" names a person the same way.
"""

from __future__ import annotations

import re

from intents import labelled, lazy, matter_refs, names, refs, search
from intents import lexicon as lx
from intents.commands import Command
from intents.lexicon import ANOTHER, LEADS_IT, MADE_ROLE, MATTER_FACT, NEW_CLIENT, RELAYED
from intents.reading import Reading
from intents.scan import ending_at

_STATUS = lazy.regex(r"\b(?P<s>open|opened|active|pending|pended|closed|close|inactive)\b", re.I)
_STATUSES = {
    "open": "open", "opened": "open", "active": "open", "pending": "pending", "pended": "pending",
    "closed": "closed", "close": "closed", "inactive": "closed",
}  # fmt: skip
_CLIENT = lazy.regex(
    r"\b(?:for\s+(?:the\s+)?client|with\s+client|client\s*:?|(?:retained|hired|engaged)\s+by)\s+",
    re.I,
)  # "we got retained by northwind": the client
_FOR = lazy.regex(r"\bfor\s+(?!(?:now|today|the\s+time\s+being|the\s+moment|now\s+on)\b)", re.I)
_DESCRIPTION = lazy.regex(
    r"\s*(?::|\s-\s|\bre:?\s|\bregarding\s|\babout\s|\bdescription:?\s)\s*", re.I
)
_DESCRIBED = lazy.regex(r"\b(?:description|desc)\b\.?\s*(?::|=|\s)\s*", re.I)  # the label, anywhere
_SEGMENT_END = lazy.regex(r"\s*(?::|\s[-–]\s|-+>|=>|→)\s*")
_CLIENT_WORDS = 5
_NAMED_RESPONSIBLE = lazy.regex(
    r"(?:^|[,;:.?!]|\s[-–—/]|['\"”’](?=\s)"
    r"|(?<=\s)(?=with\s|me\s|myself\s|i['’]ll\s|i\s+will\s|i['’]m\s|i\s+am\s))\s*(?:with\s+)?"
    r"(?:and\s+)?(?P<who>[\ue000-\ue0ff]|me|i|myself|(?:i['’]ll|i\s+will|i['’]m|i\s+am)(?=\s+(?:be\s+)?(?:the\s+)?resp)|(?!(?:the|we|they|he|she|it|someone|who|client|and)\b)[a-z][\w'’.-]*(?:\s+(?!(?:the|as|is|are|should|will|would|can|must|going)\b)[a-z][\w'’.-]*)?)"
    # "hannah should be the responsible attorney", "marcus will be responsible", "alice is going
    # to be the responsible attorney"
    r"(?:['’]s\s+(?:the\s+)?|(?<!['’]s)\s+(?:(?:as|is|be|(?:should|will|would|can|must)\s+be|(?:is|are)\s+(?:going\s+to|gonna)\s+be)\s+)?(?:the\s+)?)"
    r"(?:responsible(?!\s+staff)(?:\s+(?:attorney|atty|lawyer))?|resp\.?\s*(?:attorney|atty|lawyer))"
    r"(?=\s*(?:[,;./—]|$))"
    r"|\bassign(?:ed)?\s+(?:it\s+)?to\s+(?P<to>me|myself|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
    r"(?=\s*(?:[,;./—]|$))"
    # rule "who leads it": "marcus lead", "hannah to run it", "alice will handle it", "marcus is
    # lead attorney", a clause of its own; not "the firm will handle it", "we'll run it"
    r"|(?:^|[,;:.]|\s[-–—/])\s*"
    r"(?P<lead>[\ue000-\ue0ff]|(?!(?:the|we|they|he|she|it|i|someone|who|client)\b)[a-z][\w’-]*"
    r"(?:\s+(?!(?:is|as|will|to|lead|i)\b)[a-z][\w’-]*)?)"
    rf"{LEADS_IT}(?=\s*(?:[,;./—]|$))",
    re.I,
)
_SELF_RUNS = lazy.regex(
    rf"(?:^|(?<=[,;:.!?—])|\s[-–])\s*(?:and\s+)?i{LEADS_IT}\s*(?=[,;.!?—]|$)", re.I
)  # "..., I'll take it"
_SELF = lazy.regex(r"i['’]ll|i\s+will|i['’]m|i\s+am", re.I)
_DATE_KIND = lazy.regex(r"\b(?P<k>open(?:ed)?|clos(?:ed|ing)|pend(?:ed|ing))\b", re.I)
_CHANGE = lazy.regex(
    r"\b(?:description|name|title)?\s*(?:to|as|:)\s+|\b(?:description|rename(?:d)?)\s+", re.I
)


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def _create(reading: Reading, command: Command) -> None:
    scan = reading.scan
    if command.noun:
        scan.take(command.noun_start, command.noun_end)
        new = ending_at(_NEW_BEFORE, reading.text, command.noun_start)  # "open a new one for X"
        one = reading.text[command.noun_start : command.noun_end].lower() == "one"
        if new and (one or not new["new"]) and scan.is_free(*new.span()):
            scan.take_match(new)
        polite = _POLITE_AFTER.match(reading.text, command.noun_end)  # "new matter pls: ..."
        if polite and scan.is_free(*polite.span()):
            scan.take_match(polite)
    article = _ARTICLE.match(reading.text, command.verb_end) if command.verb else None
    if article and scan.is_free(*article.span()):  # "set up a family law matter"
        scan.take_match(article)
    status = scan.first(re.compile(r"\b(?:as\s+)?(?P<s>pending|closed)\b", re.I))
    if status:
        scan.take_match(status)
        reading.fields["status"] = _STATUSES[status["s"].lower()]
    _responsible_after(reading)
    _details(reading, dated=True)
    _code_area(reading, command)
    for opening in scan.matches(_OPENING):
        scan.take_match(opening)
    if command.noun and command.noun_text.split()[-1] in ("matter", "case", "file"):
        # "need a new matter opened for Karen Smith - ...": the article and the participle that
        # ask for it are not its description
        article = ending_at(_ARTICLE_BEFORE, reading.text, command.noun_start)
        if (
            article
            and scan.is_free(*article.span("art"))
            and _understood(reading, *article.span("mid"))
        ):
            scan.take(article.start("art"), article.start("mid"))  # "a", "a new"
        opened = lx.MATTER_SET_UP.match(reading.text, command.noun_end)
        if opened and scan.is_free(*opened.span()):
            scan.take_match(opened)
    for new in NEW_CLIENT.finditer(reading.text):  # "karen smith is a new family law client - ..."
        if scan.is_free(*new.span("new")):
            scan.take(*new.span("new"))
            scan.take(new.start("client"), new.end())
    if "client" in reading.refs:
        _pronoun_client(reading)
    elif not refs.take_mention(reading, "client"):
        cue = scan.first(_CLIENT) or scan.first(_FOR)
        if cue:
            found = refs.person_at(reading, cue.end())
            if found:
                scan.take(cue.start(), found.end)
                reading.refs["client"] = found.value
    if "client" not in reading.refs:
        _leading_client(reading)
    _code_clause(reading)
    labelled = scan.first(_DESCRIBED)
    split = labelled or scan.first(_DESCRIPTION)
    if split:
        scan.take_match(split)
    # "... open a corporate matter 'Northwind trademark opposition'"; after its label, the quoted
    # words are the description, whatever other words are quoted before ('(fwd: "mold ...")')
    quoted = (labelled and _QUOTED.match(reading.text, labelled.end())) or scan.first(_QUOTED)
    if quoted is not None and ending_at(_NAMED_INSIDE, reading.text, quoted.start()):
        quoted = None  # "their trademark opposition against "Acmee Tools"": a name in it
    description = reading.free_text()
    if quoted is not None:
        description = quoted["title"].strip()
    if description:
        reading.fields = {"description": description, **reading.fields}
    else:
        reading.hint = "Describe the matter, e.g. 'new matter for Acme Corp: contract dispute'."
        reading.confidence = 0.6


_ARTICLE = lazy.regex(r"\s*\b(?:a|an)\s+(?:new\s+)?", re.I)
_NEW_BEFORE = lazy.regex(rf"\b(?:(?P<new>new)|{ANOTHER})\s+$", re.I)  # "X 2nd matter - ..."
_ARTICLE_BEFORE = lazy.regex(
    r"\b(?P<art>a|an)\s+(?P<new>new\s+)?(?P<mid>(?:[\w'’-]+\s+){0,2})$", re.I
)


def _understood(reading: Reading, start: int, end: int) -> bool:
    """Whether every word between `start` and `end` is understood already (a practice area)."""
    return all(
        not reading.scan.is_free(i, i + 1)
        for i in range(start, end)
        if not reading.text[i].isspace()
    )


_POLITE_AFTER = lazy.regex(r"\s+(?:pls|plz|please)\b", re.I)
# a title in quotes is the description whatever is said around it; an apostrophe inside a word
# is part of it ('"O'Brien condo sale"')
_QUOTED = lazy.regex(r"(?<!\w)['\"“‘](?P<title>(?:[^'\"“”‘’]|(?<=\w)['’](?=\w)){3,}?)['\"”’](?!\w)")
_NAMED_INSIDE = lazy.regex(r"\b(?:against|vs?\.?|versus|with|from|by|of|about|re|for)\s+$", re.I)
_CODE_BEFORE_NOUN = lazy.regex(r"(?<![\w'’])(?P<code>(?-i:[A-Z]{2,4}))\s+$")
_PRONOUN = lazy.regex(r"\b(?:for|with)\s+(?:them|him|her|it)\b", re.I)
_OPENING = lazy.regex(
    r"(?:(?<=^)|(?<=[,;:—–-])|(?<=\s))(?:(?:pls|please|and)\s+)?"
    rf"(?:{RELAYED})?"  # rule "asked to by a colleague": "Alice asked me to open a ... matter"
    r"(?:(?:open|start|create|make|add|set\s+up)(?:\s+up)?\s+(?:(?:a|an|the)\s+)?(?:new\s+)?"
    r"|new\s+|(?:needs?|wants?)\s+(?:a|an)\s+(?:new\s+)?)(?=(?:[\w'’-]+\s+){0,2}?(?:matter|case)\b)",
    re.I,
)


def _code_area(reading: Reading, command: Command) -> None:
    """ "new PI matter for Maria Garcia": a practice area's code in capitals before "matter"."""
    if "practice_area" in reading.refs or not command.noun or command.noun_start < 0:
        return
    found = ending_at(_CODE_BEFORE_NOUN, reading.text, command.noun_start)
    if found and reading.scan.is_free(found.start("code"), found.end("code")):
        reading.scan.take(found.start("code"), found.end("code"))
        reading.refs["practice_area"] = found["code"]


_CODE_CLAUSE = lazy.regex(
    r"(?:^|[,;:]|\s[-–—/])\s*(?P<code>(?-i:[A-Z]{2,4}))\s*(?=[,;.]|\s[-–—/]\s|$)"
)


def _code_clause(reading: Reading) -> None:
    """ "client Maria Garcia, PI, slip and fall": a practice area's code in capitals, a clause of
    its own once the client is named (before it, "new matter: IBM - patent", it is the client)."""
    if "practice_area" in reading.refs or "client" not in reading.refs:
        return
    found = reading.scan.first(_CODE_CLAUSE)
    if found and reading.scan.is_free(*found.span("code")):
        reading.scan.take(*found.span("code"))
        reading.refs["practice_area"] = found["code"]


def _pronoun_client(reading: Reading) -> None:
    """ "Bluebird Bakery needs a lease review, open a matter for them": the client already
    named; the pronoun and the words opening the matter are not its description."""
    for found in reading.scan.matches(_PRONOUN):
        reading.scan.take_match(found)


# rule "made responsible": "make Hannah Whitaker the responsible attorney", "put me down as
# responsible attorney", "list marcus as the resp atty": the verb, the person, then the role.
# Counter-example: "make sure marcus is responsible" (no role given: "sure" is no one).
_MADE_RESPONSIBLE = lazy.regex(
    rf"\b{MADE_ROLE}\s+(?P<who>(?!(?:sure|it|this|that|the|a)\b)[a-z][\w'’.-]*"
    r"(?:\s+(?!(?:the|as|be|down|in)\b)[a-z][\w'’.-]*)?)"
    r"\s+(?:(?:down|in)\s+)?(?:(?:as|be)\s+)?(?:the\s+)?"
    rf"(?:{labelled.RESPONSIBLE_ATTORNEY})"
    r"(?=\s*(?:[,;.!/—]|$)|\s+(?:and|pls|please|thanks?|thx|on\s+(?:it|this|that))\b)",
    re.I,
)


def _responsible_after(reading: Reading) -> None:
    """ "marcus responsible", "me as responsible attorney", "hannah's the responsible atty": the
    person before the label, said as a clause of its own; "assign (it) to me"; or who leads it
    ("marcus lead", "hannah to run it"); or made so ("make hannah the responsible attorney")."""
    if made := reading.scan.first(_MADE_RESPONSIBLE):
        reading.scan.take_match(made)
        who = made["who"]
        reading.refs["responsible_attorney"] = "me" if who.lower() in names.ME else who
        return
    found = reading.scan.first(_NAMED_RESPONSIBLE)
    if found:
        named = "who" if found["who"] else "lead" if found["lead"] else None
        reading.scan.take(found.start(named) if named else found.start(), found.end())
        who = reading.message.plain(found["who"] or found["to"] or found["lead"])
        self_said = _SELF.fullmatch(who) is not None  # "i'll be the responsible attorney"
        reading.refs["responsible_attorney"] = "me" if who.lower() in names.ME or self_said else who
    elif taken := reading.scan.first(_SELF_RUNS):
        reading.scan.take_match(taken)
        reading.refs["responsible_attorney"] = "me"


def _leading_client(reading: Reading) -> None:
    """ "new matter: Globex Industries - trademark opposition": a short name written before the
    description, between the command and a separator, is the client."""
    scan, start = reading.scan, 0
    for split in scan.matches(_SEGMENT_END):
        masked = "".join(
            ch if scan.is_free(i, i + 1) else " "
            for i, ch in enumerate(reading.text[start : split.start()], start)
        )
        segment = masked.strip(" ,")
        if segment:
            first = start + masked.index(segment)
            if len(segment.split()) <= _CLIENT_WORDS and not re.search(r"\d", segment):
                scan.take(first, split.end())
                reading.refs["client"] = reading.message.plain(segment)
            return
        start = split.end()


def _search(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    if command.noun:
        scan.take(command.noun_start, command.noun_end)
    for asked in scan.matches(MATTER_FACT):  # the fact asked is shown, not searched for
        scan.take(asked.start(), asked.end("f") if asked["f"] else asked.end("g"))
    _details(reading, dated=False)
    kind = scan.first(_DATE_KIND)
    window = search.window(reading, "past")
    if window:
        if kind:
            scan.take_match(kind)
        key = "open_date[]"
        if kind and kind["k"].lower().startswith("clos"):
            key = "close_date[]"
        elif kind and kind["k"].lower().startswith("pend"):
            key = "pending_date[]"
        bounds = []
        if window.start:
            bounds.append(f">={window.start.isoformat()}")
        if window.end:
            bounds.append(f"<={window.end.isoformat()}")
        fields[key] = bounds
    status = scan.first(_STATUS)
    if status:
        scan.take_match(status)
        fields["status"] = _STATUSES[status["s"].lower()]
    if not refs.take_mention(reading, "user"):
        refs.take_me(reading, "user")
    cue = scan.first(re.compile(r"\b(?:for|of|client:?)\s+(?:the\s+)?(?:client\s+)?", re.I))
    if cue:
        found = refs.person_at(reading, cue.end())
        if found:
            scan.take(cue.start(), found.end)
            reading.refs["client"] = found.value
    owner = scan.first(
        re.compile(
            r"(?<![\w.&-])(?P<name>(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,5})(?:'s|’s|s')",
            re.I,
        )
    )
    if owner and "client" not in reading.refs:
        scan.take_match(owner)
        reading.refs["client"] = owner["name"]
    search.query(reading)


def _record(reading: Reading, command: Command) -> None:
    if matter_refs.take_matter(reading) is None:
        text = reading.free_text()
        if text:
            reading.refs["matter"] = names.clean(text)
        else:
            reading.hint = "Which matter? e.g. 'matter 00042-Smith'."
            reading.confidence = 0.5
    reading.free_text(take=False)


def _update(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    if command.verb == "close":
        fields["status"] = "closed"
    elif command.verb == "reopen":
        fields["status"] = "open"
    _field_on_matter(reading)
    _details(reading, dated=True)
    change = None
    if command.verb != "rename":
        status = scan.first(
            re.compile(r"\b(?:status\s+)?(?:to\s+|as\s+)?(?P<s>open|pending|closed)\b", re.I)
        )
        if status:
            scan.take_match(status)
            fields["status"] = _STATUSES[status["s"].lower()]
    if command.verb == "rename" or scan.first(re.compile(r"\b(?:description|name|title)\b", re.I)):
        change = scan.first(_CHANGE)
        if change:
            scan.take_match(change)
    if change:
        _ref_in(reading, change.start())
        description = reading.free_text()
        if description and command.verb_text.lower() == "append":  # "append X description: Y"
            reading.refs["appended"] = description
        elif description:
            fields["description"] = description
    else:
        matter_refs.take_matter(reading)
        if "matter" not in reading.refs:
            text = reading.free_text()
            if text:
                reading.refs["matter"] = names.clean(text)
    if "matter" not in reading.refs:
        reading.hint = "Which matter? e.g. 'matter 00042-Smith'."
        reading.confidence = 0.5
    reading.free_text(take=False)


def _field_on_matter(reading: Reading) -> None:
    """ "change responsible attorney on johnson to hannah", "set practice area on northwind to
    corporate": the field, the matter between, its new value after "to"."""
    found = reading.scan.first(_ON_MATTER)
    if found is None:
        return
    value = reading.message.plain(found["v"]).strip()
    kind = next(k for k in ("practice_area", *_PEOPLE) if found[k])
    if kind != "practice_area" and value.lower() in names.ME:
        value = "me"
    reading.scan.take(found.start(), found.start("m"))
    reading.scan.take(found.end("m"), found.end())
    reading.refs[kind] = value


def _ref_in(reading: Reading, end: int) -> str | None:
    """The matter named before the change ("rename matter 1045 to ..."), looked for only there."""
    saved = bytes(reading.scan.mask[end:])
    reading.scan.take(end, len(reading.text))
    found = matter_refs.take_matter(reading)
    if found is None:
        free = " ".join(reading.scan.rest())
        if free:
            found = names.clean(reading.message.plain(free))
            reading.refs["matter"] = found
            reading.scan.take(0, end)
    reading.scan.mask[end:] = saved
    return found


_PEOPLE = {
    "responsible_staff": labelled.RESPONSIBLE_STAFF,
    "responsible_attorney": labelled.RESPONSIBLE_ATTORNEY,
    "originating_attorney": r"originating(?:\s+(?:attorney|lawyer))?|originated\s+by",
}
_WHERE = lazy.regex(r"\bwhere\s+", re.I)
_ON_MATTER = lazy.regex(
    r"\b(?:(?P<practice_area>practice\s+area)|"
    + "|".join(f"(?P<{kind}>{label})" for kind, label in _PEOPLE.items())
    + r")\s+(?:on|for|of|in)\s+(?P<m>.+?)\s+(?:to|as)\s+(?P<v>[^,;]+?)\s*$",
    re.I,
)
_IS_ROLE = lazy.regex(
    r"\s+(?:is|am|are)\s+(?:the\s+)?(?:"
    + "|".join(f"(?P<{kind}>{label})" for kind, label in _PEOPLE.items())
    + r")\b",
    re.I,
)


def _where_is(reading: Reading) -> None:
    """ "where Priya is responsible staff", "where I am the responsible attorney"."""
    for cue in reading.scan.matches(_WHERE):
        found = refs.person_at(reading, cue.end())
        role = _IS_ROLE.match(reading.text, found.end) if found else None
        if found and role and reading.scan.is_free(*role.span()):
            reading.scan.take(cue.start(), role.end())
            reading.ref(next(kind for kind in _PEOPLE if role[kind]), found.value)


def _details(reading: Reading, *, dated: bool) -> None:
    """Practice area, attorneys and staff, billable and (when `dated`) the open date, where
    labelled."""
    _where_is(reading)
    area = labelled.take(reading, labelled.PRACTICE_AREA)
    if area:
        reading.refs["practice_area"] = area
    for kind, label in _PEOPLE.items():
        person = labelled.take(reading, label)
        if person:
            reading.refs[kind] = "me" if person.lower() in names.ME else person
    billable = labelled.take_billable(reading)
    if billable is not None:
        reading.fields["billable"] = billable
    if dated and (opened := labelled.take_opened(reading)):
        reading.fields["open_date"] = opened
