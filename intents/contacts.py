"""Contacts: "new contact Dr. Jane Doe jane@doe.com 555-123-4567", "add company Acme Corp",
"change John Smith's email to js@x.com", "find clients named Smith", "delete contact 55".

People get `first_name`/`last_name` (and `prefix`, `middle_name`); companies `name`. Emails and
phones are Clio's nested lists: `[{"name": "Work", "address": ..., "default_email": true}]`;
"title CFO", "website acme.com" and "home address: 1 Main St, Springfield, IL 62701" give `title`,
`web_sites` and `addresses` (street, city, then province and postal code).
"""

from __future__ import annotations

import re
from typing import Any

from intents import labelled, lazy, names, prefilter, records, search
from intents import lexicon as lx
from intents.commands import Command
from intents.reading import Reading
from intents.scan import ending_at

_EMAIL = lazy.regex(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = lazy.regex(
    r"(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d+)?(?![\w/])|(?<![\w/])\+\d[\d\s-]{7,}\d(?![\w/])"
    r"|(?<![\w/.-])\d{3}[.-]\d{4}(?![\w/.-])"  # a local number, "555-0142"
)
# a label said before an address or number ("work email", "cell:", "ph `646-555-0177`": "ph" is
# how a phone is often labelled, and never a contact's name)
_LABEL = lazy.regex(
    r"\b(?P<label>work|office|home|personal|mobile|cell|cellphone|fax|other)?\s*"
    r"(?P<kind>e-?mail(?:\s+address)?|phone(?:\s+(?:number|no\.?)|\s*#)?|ph\b[.#]?|number|tel\.?"
    r"|mobile|cell|fax"
    r"|(?:main|direct)(?:\s+line)?)?\s*"
    r"(?:is|to|:|=)?\s*$",
    re.I,
)
_PHONE_NAMES = {"mobile": "Mobile", "cell": "Mobile", "cellphone": "Mobile", "home": "Home",
                "fax": "Fax", "other": "Other"}  # fmt: skip
_EMAIL_NAMES = {"home": "Home", "personal": "Home", "other": "Other"}
_PREFIXES = {"mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "dr": "Dr.", "prof": "Prof.",
             "hon": "Hon.", "judge": "Judge", "mx": "Mx."}  # fmt: skip
_COMPANY = lazy.regex(
    r"\b(?:inc|llc|llp|lp|ltd|limited|corp|corporation|co|company|group|holdings|partners|bank|"
    r"associates|pc|pllc|gmbh|sa|ag|plc|foundation|trust|university|hospital|insurance|services|"
    r"solutions|technologies|industries|enterprises|firm|agency|clinic|partnership)\b\.?",
    re.I,
)
_FILLER = lazy.regex(
    r"\b(?:as\s+(?:a\s+|an\s+)?(?:new\s+)?(?:contact|client|person|company)|named|called|"
    r"with|and|new|a|an|the|following|as(?=\s+(?:an?\b|$)|\s*$))\b",
    re.I,
)
_TRAILING = frozenset(
    {"to", "into", "in", "as", "on", "for", "with", "and"}
)  # "Dr Rao to contacts"
_CLAUSE = lazy.regex(r"[,;:—|]|[?!](?=\s)|\s[-–/]\s")
_FIELD_WORD = lazy.regex(
    r"\b(?:(?:work|home|mobile|cell|office|personal)\s+)?(?:e-?mail(?:\s+address)?|phone(?:\s+number)?"
    r"|mobile|cell|fax|tel|number|name)\b",
    re.I,
)


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def _channels(reading: Reading) -> dict[str, Any]:
    """Emails and phone numbers (from Slack links or plain text), with their labels."""
    found: dict[str, list[dict[str, Any]]] = {}
    scan, message = reading.scan, reading.message
    for match in scan.matches(re.compile("[\ue000-\ue0ff]")):
        entity = message.entity(match.group())
        if entity and entity.kind in ("email", "phone"):
            label = _label(reading, match.start())
            scan.take(label[1], match.end())
            _add(found, entity.kind, entity.value, label[0])
    for kind, pattern in (("email", _EMAIL), ("phone", _PHONE)):
        for match in list(scan.matches(pattern)):
            label = _label(reading, match.start())
            scan.take(label[1], match.end())
            _add(found, kind, match.group(), label[0])
    fields: dict[str, Any] = {}
    if "email" in found:
        fields["email_addresses"] = found["email"]
    if "phone" in found:
        fields["phone_numbers"] = found["phone"]
    return fields


def _label(reading: Reading, pos: int) -> tuple[str, int]:
    found = ending_at(_LABEL, reading.text, pos, window=32)  # "personal mobile number is "
    if found is None or not reading.scan.is_free(found.start(), pos) or not found.group().strip():
        return "", pos
    words = " ".join(w for w in (found["label"], found["kind"]) if w).lower()
    return words, found.start()


def _add(found: dict[str, list[dict[str, Any]]], kind: str, value: str, label: str) -> None:
    items = found.setdefault(kind, [])
    first = label.split()[0] if label else ""
    if kind == "email":
        name = _EMAIL_NAMES.get(first, "Work")
        items.append({"name": name, "address": value, "default_email": not items})
    else:
        name = _PHONE_NAMES.get(
            first, _PHONE_NAMES.get(label.split()[-1], "Work") if label else "Work"
        )
        items.append({"name": name, "number": value, "default_number": not items})


# rule "a name typed in lower case": "add contact lisa moreno ..." is Lisa Moreno, "new company
# sunrise physical therapy llc" Sunrise Physical Therapy LLC, "david o'brien" David O'Brien, as a
# careful colleague would file them (all lower case is how people type, not how a name is
# spelt); a name with any capital in it is kept as typed ("DeAndre McKay", "iCloud Partners").
_CAPITALS = frozenset(
    {"llc", "llp", "lp", "pc", "pllc", "plc", "gmbh", "ag", "sa", "cpa", "md", "dds"}
)
_SMALL = frozenset({"of", "and", "the", "for", "at", "de", "van", "von", "du", "la"})


def _cased(text: str) -> str:
    if any(ch.isupper() for ch in text):
        return text
    words = []
    for index, word in enumerate(text.split(" ")):
        bare = word.strip(".,")
        if bare in _CAPITALS:
            words.append(word.upper())
        elif index and bare in _SMALL:
            words.append(word)
        else:
            words.append(re.sub(r"(^|[-'’])([^\W\d_])", lambda m: m[1] + m[2].upper(), word))
    return " ".join(words)


def name_fields(text: str, company: bool) -> dict[str, str]:
    """Contact name fields for `text`: a company `name`, or a person's parts."""
    text = _cased(text)
    words = [w for w in text.replace(",", " ").split() if w]
    if not words:
        return {}
    if company or _COMPANY.search(text):
        return {"type": "Company", "name": " ".join(text.split()).strip(" ,")}
    fields = {"type": "Person"}
    prefix = _PREFIXES.get(words[0].lower().rstrip("."))
    if prefix and len(words) > 1:
        fields["prefix"] = prefix
        words = words[1:]
    if len(words) == 1:
        fields["last_name" if prefix else "first_name"] = words[0]
        return fields
    fields["first_name"] = words[0]
    if len(words) > 2:
        fields["middle_name"] = " ".join(words[1:-1])
    fields["last_name"] = words[-1]
    return fields


_EMPLOYER = lazy.regex(
    r"\s(?:at|of|from|with)\s+(?P<company>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)*)", re.I
)


# rule "a name at a company": "add contact lisa moreno at metro court reporting, lmoreno@...",
# "tina brooks from northwind traders": a clause of a person's name (two or three words, none a
# job or a role) then "at", "from" or "of" and the company, however it is cased, is the person
# and their employer. Counter-examples: "the court reporter guy from metro court reporting, tony
# bianchi" (who they are, said before the name), "jane roe at 3pm" (no company: a number).
_NAME_AT = lazy.regex(
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2})\s+(?:at|from|of|with|w/|@)\s+(?:the\s+)?"
    r"(?P<company>[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,5})\s*[,;|]?\s*",
    re.I,
)


def _works_at(reading: Reading) -> None:
    for start, end in reading.scan.segments():
        found = _NAME_AT.fullmatch(reading.text, start, end)
        if found is None:
            continue
        said = found["name"].split()
        if any(
            lx.JOB_WORD.fullmatch(w)
            or lx.KIN_WORD.fullmatch(w)
            or w.lower() in _NOT_IN_NAME
            or w.lower() in _NOT_NAMES
            for w in said
        ):
            continue
        reading.scan.take(found.end("name"), found.end())
        reading.refs["company"] = reading.message.plain(found["company"]).strip()
        return


_ASIDE = lazy.regex(r"\s*\([^()]{1,80}\)")
_NAMED_AFTER = lazy.regex(r"\s*(?:for|named|called)\s+(?=\w)", re.I)


# rule "the kind said as a label": "add co: Brightline Logistics Inc, ...": "co" labelling the
# new contact's name says it is a company (not "Smith & Co: ...", where it ends the name).
_COMPANY_LABEL = lazy.regex(r"\s*co\.?\s*:\s*", re.I)


def _company_label(reading: Reading) -> bool:
    segments = reading.scan.segments()
    found = _COMPANY_LABEL.match(reading.text, segments[0][0]) if segments else None
    if found is None or not reading.scan.is_free(*found.span()):
        return False
    reading.scan.take_match(found)
    return True


# rule "the name labelled": "Name: Brendan Feld | Email: ...", "first: Hana, last: Sato, ...": the
# labelled name (or its parts) is the contact's, whatever else is said around the fields
_NAME_LABEL = lazy.regex(
    r"(?<!\w)(?:(?P<part>first|last|middle)(?:\s+name)?|(?:full\s+)?name)\s*:\s*"
    r"(?P<v>[^\W\d_][^,;|:]*?)(?=\s*(?:[,;|]|\s[-–—]|$))",
    re.I,
)


def _labelled_name(reading: Reading) -> dict[str, str]:
    """The contact's name fields given by labels, each marked as understood."""
    fields: dict[str, str] = {}
    for found in list(reading.scan.matches(_NAME_LABEL)):
        reading.scan.take_match(found)
        value = reading.message.plain(found["v"]).strip()
        if found["part"]:
            fields |= {"type": "Person", f"{found['part'].lower()}_name": value}
        else:
            fields |= name_fields(value, company=False)
    return fields


# rule "what the contact is for, said first": "new contact for AP: Derek Vance, ...", "contact for
# billing :telephone_receiver: Paula Nguyen" (an emoji stands for the colon): a few words after
# "for" closed by a colon say what the contact is for; the name follows the colon
_FOR_WHAT = lazy.regex(r"\s*for\s+(?:[\w&'’.-]+\s+){0,2}?[\w&'’.-]+\s*:\s+(?=[^\W\d_])", re.I)


def _create(reading: Reading, command: Command) -> None:
    named = _NAMED_AFTER.match(reading.text, command.noun_end) if command.noun else None
    purpose = _FOR_WHAT.match(reading.text, command.noun_end) if command.noun else None
    if purpose and reading.scan.is_free(*purpose.span()):
        reading.scan.take_match(purpose)
    elif named and reading.scan.is_free(*named.span()):  # "contact for Jenna O'Neill, ..."
        reading.scan.take_match(named)
    labelled_company = command.noun is None and _company_label(reading)
    labelled_name = _labelled_name(reading)
    channels = _channels(reading)
    _details_after_noun(reading, command)
    _details_after_request(reading)
    company = labelled_company or (command.noun is not None and command.noun.detail == "Company")
    asided: dict[str, Any] = {}
    for aside in list(_ASIDE.finditer(reading.text)):  # "(emily chen's appraiser)": who they are
        if reading.scan.is_free(aside.start(), aside.start() + 2):
            reading.scan.take_match(aside)
            if not company and not asided:
                asided = _aside_job(reading, aside.group())
    channels |= _details(reading, titled=not company)
    employer = None if company else reading.scan.first(_EMPLOYER)
    if employer:
        reading.scan.take_match(employer)
        reading.refs["company"] = employer["company"]
    elif not company:
        _works_at(reading)
    if labelled_name:
        reading.fields = {**labelled_name, **channels}
        return
    clauses = _clauses(reading)
    if not company:
        channels |= _named_is(reading, clauses)
    # "acme's new GC - Dana Whitcomb, General Counsel at Acme Corp": a job said after the name
    # outranks the company's role said before it
    owned: dict[str, Any] = {}
    if not company and "title" not in channels:
        owned = _role_of_company(reading, clauses)
    for found in [*reading.scan.matches(_FILLER), *reading.scan.matches(_LINE_WORDS)]:
        reading.scan.take_match(found)
    text = reading.free_text()
    emails = [e["address"] for e in channels.get("email_addresses", [])]
    named_at, person = (0, None) if company else _person_name(clauses, emails)
    if person and not _COMPANY.search(person):  # a company's words in a later clause are theirs
        text = person
        if named_at and "company" not in reading.refs:
            _described_before(reading, clauses[:named_at])
        if "title" not in channels:
            channels |= _role(reading, clauses[named_at + 1 :])
        if "company" not in reading.refs:
            _company_clause(reading, clauses[named_at + 1 :], channels.get("title"))
    elif person:  # "Empire Process Servers, Inc. / dispatch@...": the company's own name
        text, company = person, True
    elif company:
        text = _company_name(clauses) or text
        if said := _COMPANY_IS.match(text):
            text = said["name"]
    channels = {**owned, **channels}
    if "title" not in channels and asided:
        channels |= asided
    if not re.search(r"\w", text) and "company" in reading.refs and not company:
        text, company = reading.refs.pop("company"), True  # "new contact. company: Kessler LLP"
    reading.fields = {**name_fields(text, company), **channels}
    if "type" not in reading.fields:
        reading.fields = {"type": "Company" if company else "Person", **reading.fields}
        reading.hint = "What is the contact's name? e.g. 'new contact Jane Doe'."
        reading.confidence = 0.5


# rule "the details after the request": "... can you add them as a company contact: Swift Legal
# Couriers, dispatch@..., 212-...": a colon or a dash right after the contact noun opens the
# contact's details; the words before the request tell why (the narrative), never the name.
# Counter-example: only channels after the colon ("..., add them as a company contact:
# dispatch@..."): the name is still looked for before it.
_DETAILS_OPEN = lazy.regex(r"\s*(?:(?:pls|please)\s*)?(?::|[-–—](?=\s))\s*", re.I)


def _details_after_noun(reading: Reading, command: Command) -> None:
    if command.noun is None or command.noun_start <= 0:
        return
    before = [w.lower() for w in _AS_A.sub("", reading.text[: command.noun_start]).split()]
    named = before and before[-1] not in _NOT_A_NAME
    if named and not (len(before) > 1 and before[-2] in _DETERMINERS):  # "this vendor"
        return  # "add dr priyanka iyer as a contact pls - she's ...": the name said before
    opened = _DETAILS_OPEN.match(reading.text, command.noun_end)
    if opened is None:
        return
    after = [reading.text[max(a, opened.end()) : b] for a, b in reading.scan.segments()]
    if not any(re.search(r"[^\W\d_]", piece) for piece in after if piece):
        return
    reading.scan.take(0, opened.end())


_DETERMINERS = frozenset(
    {"this", "that", "the", "our", "their", "a", "an", "my", "his", "her", "new"}
)
_AS_A = lazy.regex(r"(?:\s+(?:as|for)(?:\s+(?:a|an|the))?(?:\s+new)?)?\s*$", re.I)
_NOT_A_NAME = frozenset(
    {"them", "him", "her", "it", "this", "that", "these", "those", "one", "add", "save", "create",
     "make", "new", "a", "an", "the", "pls", "please", "also"}
)  # fmt: skip


# the same after "add her?", "have him on file.": the story before it tells who, never the name
_REQUEST_END = lazy.regex(
    r"\s*(?:(?:on\s+file|in(?:to)?\s+(?:the\s+)?(?:contacts|clio|system))\b)?\s*[?.!:]?\s*", re.I
)


def _details_after_request(reading: Reading) -> None:
    asked = reading.scan.first(lx.PERSON_ADDED)
    if asked is None:
        return
    end = _REQUEST_END.match(reading.text, asked.end())
    after = reading.text[end.end() if end else asked.end() :]
    if re.search(r"[^\W\d_]", after):
        reading.scan.take(0, end.end() if end else asked.end())


# "the court reporter guy from metro court reporting, tony bianchi": who they are, said first
_DESCRIBED_FROM = lazy.regex(
    r"^(?:(?:the|a|an|our|their)\s+)?(?P<role>[\w\s'’-]+?)(?:\s+(?:guy|lady|person|one))?"
    r"\s+(?:from|at)\s+(?:the\s+)?(?P<company>[\w\s&'’.-]+)$",
    re.I,
)


def _described_before(reading: Reading, clauses: list[str]) -> None:
    """The company (and job) of a person said in a clause before their name."""
    for clause in clauses:
        found = _DESCRIBED_FROM.match(clause)
        if found:
            reading.refs["company"] = found["company"].strip()
            return


def _clauses(reading: Reading) -> list[str]:
    """The free text in clauses, split where commas, dashes, colons, bars or taken words were,
    and where a clause opens unpunctuated (rule "a contact dictated"); a company's "Inc." said
    after a comma stays with its name ("Empire Process Servers, Inc.")."""
    scan = reading.scan
    free = "".join(ch if scan.is_free(i, i + 1) else "," for i, ch in enumerate(reading.text))
    free = _UNSAID_COMMA.sub(",", free)
    clauses: list[str] = []
    for clause in (reading.message.plain(c).strip() for c in _CLAUSE.split(free) if c.strip()):
        if clauses and _SUFFIX.fullmatch(clause):
            clauses[-1] = f"{clauses[-1]}, {clause}"
        else:
            clauses.extend(_name_then_job(clause) if not clauses else [clause])
    return clauses


# rule "a contact dictated": "new contact patrick nolan general counsel at globex industries",
# "doctor samuel okafor he's a neurologist at ...", "brightline logistics main number ...": said
# without commas, a clause opens at "he's", "they're", "who is", and a phone's "main number" or
# "main line" left after the number was read is said nothing more; a person's two words of name
# (three with a middle initial) followed by a job before "at" are the name, then who they are.
_UNSAID_COMMA = lazy.regex(
    r"(?<![,;:.!?—|])\s+(?=(?:he|she|they)(?:['’]s|['’]re|s|re|\s+is|\s+are)\s|who(?:['’]s|\s+is)\s)",
    re.I,
)
_LINE_WORDS = lazy.regex(
    r"\bmain(?:\s+(?:number|line|phone|office))?(?=\s+(?:number|line|phone|office|tel)\b|\s*$)",
    re.I,
)


def _name_then_job(clause: str) -> list[str]:
    """Rule "a contact dictated" (above): a clause of a name then a job, split in two."""
    words = clause.split()
    if _COMPANY.search(re.split(r"\s+(?:at|@)\s+", clause, maxsplit=1)[0]):
        return [clause]  # "Westside Process Servers LLC": a company's own words
    if len(words) > 2 and words[0].lower() == "person":  # "new contact person patrick nolan"
        words = words[1:]
    size = 3 if len(words) > 2 and re.fullmatch(r"[^\W\d_]\.?", words[1]) else 2
    rest = words[size:]
    job_at = next((i for i, w in enumerate(rest) if lx.JOB_WORD.fullmatch(w)), None)
    at = next((i for i, w in enumerate(rest) if w.lower() in ("at", "@")), len(rest))
    named = words[:size]
    if job_at is None or job_at > at or len(rest) < 1 or len(named) < size:
        return [clause]
    if any(
        lx.JOB_WORD.fullmatch(w)
        or w.lower() in _NOT_IN_NAME | _NOT_NAMES | names.PRONOUNS | names.ARTICLES
        or _POSSESSED.search(w)
        for w in named
    ) or any(w.lower() in ("is", "was", "named", "called") for w in rest):
        return [clause]  # "acme's general counsel is Dana Wu": who they are, then the name
    return [" ".join(named), " ".join(rest)]


# rule "the company's name ends where the request goes on": "add Brightline Logistics as a company
# contact, they're the other side in sarah's case", "Widget Works Inc. — please add them": a clause
# opening with a pronoun or the words of a request says who they are or what to do, not the name.
# "theyre treating maria garcia": a pronoun's contraction typed without its apostrophe too.
_NOT_THE_NAME = lazy.regex(
    r"(?:they|he|she|it|we|who|which|please|pls|plz|can|could|add"
    r"|theyre|theyve|theyll|hes|shes|thats|whos|our|their|thanks|thx)\b",
    re.I,
)


def _company_name(clauses: list[str]) -> str | None:
    """The company's name: its clauses before the first that tells about it, when one does."""
    for index, clause in enumerate(clauses[1:], 1):
        if _NOT_THE_NAME.match(clause):
            words = " ".join(clauses[:index]).split()
            while len(words) > 1 and words[-1].lower() in _TRAILING:  # "... as a company contact"
                words.pop()
            return " ".join(words)
    return None


# rule "whose company it is, then is <name>": "globex's landlord is Harbor Point Realty LLC",
# "maria's new physical therapy clinic is Brooklyn Motion PT": a company asked for after who it
# is to someone is the words after "is". Counter-example: "Acme is Us LLC" (no one's).
_COMPANY_IS = lazy.regex(
    r"^(?:[\w.&-]+(?:\s+[\w.&-]+)?['’]s?|the|our|their|his|her)\s+(?:[\w-]+\s+){0,4}?is\s+"
    r"(?P<name>(?-i:[A-Z0-9])\S*(?:\s+\S+){0,6})$",
    re.I,
)
_SUFFIX = lazy.regex(r"(?:inc|llc|llp|lp|ltd|corp|co|plc|pc|pllc)\.?", re.I)
_AT_PLACE = lazy.regex(r"\s(?:at|from|with)\s", re.I)
_OF_COMPANY = lazy.regex(  # "northwind traders' CFO", not "she's a court reporter"
    r"^(?!(?:he|she|it|that|who)['’])(?P<company>\S.*?)(?:['’]s|(?<=s)['’])\s+"
    r"(?!(?:a|an|the)\b)(?P<role>\S.*)$",
    re.I,
)


# rule "who they are, then is <name>": "globex's new facilities contact is Ben Ortiz", "the
# adjuster at state farm is kelly brown": a clause telling who someone is (a role or a job, whose
# or where) then "is" and two or three words is the person's name; a job in it is their title,
# the company owning it or after "at" their employer. Counter-example: "the client is happy"
# (one word after "is"), "their office is on 5th avenue" (no role word).
_NAMED_IS = lazy.regex(
    r"^(?:(?:the|a|an|our|their|his|her)\s+)?(?P<who>[^\W\d_][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6}?)"
    r"\s+is\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2})$",
    re.I,
)
_POSSESSOR = lazy.regex(
    r"^(?!(?:he|she|it|that|who)['’])(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?P<role>.+)$", re.I
)
_A_PERSON = lazy.regex(r"^(?:dr|mr|mrs|ms|prof|judge)\.?\s", re.I)
_WHERE_AT = lazy.regex(r"^(?P<role>.+?)\s+(?:at|from|with)\s+(?:the\s+)?(?P<company>.+)$", re.I)
_PLAIN_ROLE = frozenset(
    {"contact", "contacts", "person", "people", "new", "old", "former", "main", "the"}
)


def _named_is(reading: Reading, clauses: list[str]) -> dict[str, Any]:
    for index, clause in enumerate(clauses):
        found = _NAMED_IS.match(clause)
        if found is None:
            continue
        who = found["who"]
        if not any(lx.JOB_WORD.fullmatch(w) for w in who.split()):
            continue
        company = None
        if where := _WHERE_AT.match(who):  # "priya's contact at globex": globex
            who, company = where["role"], where["company"]
        if owned := _POSSESSOR.match(who):  # "dr hart's office mgr": a person's, no company's
            person = _A_PERSON.match(owned["owner"])
            company, who = company or (None if person else owned["owner"]), owned["role"]
        clauses[index] = found["name"]
        if company and "company" not in reading.refs:
            reading.refs["company"] = company
        role = [w for w in who.split() if w.lower() not in _PLAIN_ROLE]
        jobs = [w for w in role if lx.JOB_WORD.fullmatch(w)]
        return {"title": " ".join(role)} if jobs else {}  # "facilities contact" is no title
    return {}


def _role_of_company(reading: Reading, clauses: list[str]) -> dict[str, Any]:
    """ "northwind traders' CFO, Greg Halvorsen": a job at a company, said as the company's
    ("X's CFO") in a clause of its own, is the title and the company, and names no one."""
    for index, clause in enumerate(clauses):
        found = _OF_COMPANY.match(clause)
        if found and _AT_PLACE.search(found["company"]):
            continue  # "physiatrist at st mary's hospital": a job at a place, not the place's job
        if found and any(lx.JOB_WORD.fullmatch(w) for w in found["role"].split()):
            del clauses[index]
            reading.refs.setdefault("company", found["company"])
            for word in found.group().split():
                for hit in list(reading.scan.matches(re.compile(re.escape(word)))):
                    reading.scan.take_match(hit)
            return {"title": found["role"]}
    return {}


# rule "a job in an aside": "Tanaka, Hiro (Globex Industries, facilities manager)": an aside of
# a company and a job, between commas, is the person's employer and title; an aside of anything
# else ("(emily chen's appraiser)", "(met at the bar event)") only says who they are; an aside
# that is only a company's name ("ana reyes (acme corp)") is the employer.
def _aside_job(reading: Reading, aside: str) -> dict[str, Any]:
    parts = [p.strip() for p in aside.strip(" ()").split(",") if p.strip()]
    if "company" in reading.refs:
        return {}
    if len(parts) == 1 and _COMPANY.search(parts[0]) and not _is_job(parts[0]):
        if len(parts[0].split()) <= _COMPANY_WORDS and not re.search(r"\d", parts[0]):
            reading.refs["company"] = parts[0]
        return {}
    if len(parts) != 2:
        return {}
    jobs = [p for p in parts if _is_job(p)]
    if len(jobs) != 1:
        return {}
    employer = parts[1] if jobs[0] == parts[0] else parts[0]
    if not (_COMPANY.search(employer) or employer[:1].isupper()):
        return {}
    reading.refs["company"] = employer
    return {"title": jobs[0]}


def _is_job(words: str) -> bool:
    said = words.split()
    return 0 < len(said) <= _ROLE_WORDS and any(lx.JOB_WORD.fullmatch(w) for w in said)


def _person_name(clauses: list[str], emails: list[str]) -> tuple[int, str | None]:
    """The first clause with a name in it (and its index), without the words that say who the
    person is ("opposing counsel contact - mark davis", "dr. michael stone, orthopedist") or
    introduce the name ("her name is Angela Ruiz"); a clause saying where they act ("opposing
    counsel in smith v jones: Greg Tanaka") names no one, nor one saying whose relation or
    helper they are ("Ravi's daughter, Anika Patel", rule "who they are to someone"). A clause
    whose name the e-mail address spells comes first (rule "the name the address spells")."""
    order = sorted(
        range(len(clauses)),
        key=lambda i: (not _spelt_by(clauses[i], emails), not _INTRODUCED.match(clauses[i])),
    )
    for index in order:
        clause = _INTRODUCED.sub("", f"{clauses[index]} ").strip()
        if not clause:
            continue  # "sig block: Daniel Okafor": the words introducing, in a clause of their own
        words = _capitalised_run([w.strip('"“”') for w in clause.split()])
        if len(clauses) > index + 1 and _to_someone(words):
            continue
        while words and (lx.CONTACT_ROLE.fullmatch(words[0]) or words[0].lower() in _NOT_NAMES):
            words.pop(0)
        while len(words) > 1 and (
            (lx.CONTACT_ROLE.fullmatch(words[-1]) and not _surname_like(words[-1]))
            or words[-1].lower() in _TRAILING
        ):
            words.pop()
        if len(clauses) > 1 and any(w.lower() in _NOT_IN_NAME for w in words):
            continue
        if all(w.lower() in _TRAILING | _NOT_NAMES for w in words):
            continue  # "add her as a contact? ...": "her as" names no one
        if words and not all(lx.CONTACT_ROLE.fullmatch(w) for w in words):
            if len(words) == 1 and (given := _given_after(clauses, index)):
                return index + 1, f"{given} {words[0]}"
            return index, " ".join(words)
    return 0, None


def _capitalised_run(words: list[str]) -> list[str]:
    """Rule "a name capitalised among lower-case words": "court reporter Aaron Blake" is Aaron
    Blake; the lower-case words before two or more capitalised ones, which end the clause, say
    who the person is. Counter-example: "lisa moreno" (no capitals: rule "a name typed in lower
    case")."""
    caps = [i for i, word in enumerate(words) if word[:1].isupper()]
    if len(caps) < 2 or caps[0] == 0 or caps != list(range(caps[0], len(words))):
        return words
    return words[caps[0] :]


# rule "a surname that ends like a job": "Greta Lindqvist", "Anna Bergquist": a capitalised last
# word read as a job only by its ending ("-ist", "-ician", as "orthopedist") is the surname.
_JOB_ENDING = lazy.regex(r"\w+ician|\w{4,}ist", re.I)
_NAMED_JOB = lazy.regex(lx.JOB_WORD.pattern.replace(r"|\w+ician|\w{4,}ist", ""), re.I)


def _surname_like(word: str) -> bool:
    return (
        word[:1].isupper()
        and _JOB_ENDING.fullmatch(word) is not None
        and _NAMED_JOB.fullmatch(word) is None
    )


# rule "surname first": "Tanaka, Hiro", "add contact reyes, ana, ana@...": one word, a comma, then
# one more word that is no job, role, title or company suffix, is the surname then the given name.
# Counter-examples: "Dr. Rao, neurologist" (a job), "Acme, Inc" (a company's suffix, kept with
# its name), "Jane Roe, Brooklyn" (the name has two words already).
def _given_after(clauses: list[str], index: int) -> str | None:
    if index + 1 >= len(clauses):
        return None
    after = clauses[index + 1].split()
    while len(after) > 1 and after[-1].lower() in _TRAILING:  # "Park, Jiwoo to contacts"
        after.pop()
    if len(after) != 1 or not after[0].isalpha():
        return None
    word = after[0]
    if lx.JOB_WORD.fullmatch(word) or lx.KIN_WORD.fullmatch(word) or _COMPANY.fullmatch(word):
        return None
    if word.lower() in _TRAILING | _NOT_NAMES or word.lower().rstrip(".") in _PREFIXES:
        return None
    return word


def _to_someone(words: list[str]) -> bool:
    """ "ravi's daughter", "maria garcia's sister": a possessive of one or two words, then words
    of kin or of a job."""
    owner = next((i for i, w in enumerate(words[:2]) if _POSSESSED.search(w)), None)
    if owner is None or len(words) < owner + 2:
        return False
    rest = [
        w
        for w in words[owner + 1 :]
        if w.lower() not in _TRAILING | {"new", "old", "former", "the"}
    ]
    return bool(rest) and all(lx.KIN_WORD.fullmatch(w) or lx.JOB_WORD.fullmatch(w) for w in rest)


_POSSESSED = lazy.regex(r"\w(?:['’]s|s['’])$", re.I)

# rule "a name introduced": "her name is Angela Ruiz", "his name's Tom Baker", "hi it's Dale
# Ortiz", "this is Jen Alvarez", "sig block: Daniel Okafor": the words introducing a name are no
# part of it. Counter-example: "name: Jo Kim" (a label, read before as a labelled name).
_INTRODUCED = lazy.regex(
    r"^(?:(?:hi|hello|hey)\b[\s!,]*)?(?:(?:(?:his|her|their|my)\s+)?(?:full\s+)?name(?:['’]s|\s+is)"
    r"|it['’]s|this\s+is|i['’]m|i\s+am|sig(?:nature)?\s*block)\s+",
    re.I,
)


# rule "the name the address spells": "Maria Garcia's sister, Lucia Garcia, ...
# lucia.garcia@example.com": of the clauses, the one whose two or three words the e-mail's local
# part spells ("lucia.garcia", "lgarcia", "luciag", "dokafor") names the new contact.
def _spelt_by(clause: str, emails: list[str]) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", _INTRODUCED.sub("", clause))]
    if not 2 <= len(words) <= 3:
        return False
    first, last = words[0], words[-1]
    spellings = {
        first + last,
        f"{first}.{last}",
        f"{first}_{last}",
        first[0] + last,
        first + last[0],
    }
    return any(e.split("@")[0].lower() in spellings for e in emails)


# "add the following contact: ...", "can you add her? Monica Tran, ..."
_NOT_NAMES = frozenset({"following", "below", "her", "him", "them"})
_NOT_IN_NAME = frozenset(
    {"in", "on", "for", "of", "at", "re", "v", "v.", "vs", "vs.", "versus", "from", "guy", "lady"}
)
_ROLE_LEAD = lazy.regex(
    r"^(?P<who>(?:he|she|they)(?:['’]?s|\s+is|\s+are|['’]?re)\s+)?(?:(?:a|an|the|our|their)\s+)?",
    re.I,
)
_ROLE_AT = lazy.regex(r"\s+(?:at|@)\s+", re.I)
_WHOSE_JOB = lazy.regex(  # "neurologist for maria", "physical therapist treating maria garcia"
    r"\s+(?:for|treating|handling|representing|who|that|working\s+(?:on|for|with))\s+", re.I
)
_ROLE_WORDS = 4
_NOT_IN_ROLE = _NOT_IN_NAME - {"of"} | {"to", "from", "with", "about", "and", "pls", "please"}


def _role(reading: Reading, clauses: list[str]) -> dict[str, Any]:
    """A person's job said as a clause after their name (rule "who they are"): "neurologist",
    "he's a process server", "in-house counsel at globex" (the company after "at", when none
    is said otherwise); a short clause of words, none of them a number or a place's cue, with a
    word of a job in it unless said of the person ("she's a ...") or at a company."""
    for index, clause in enumerate(clauses):
        lead = _ROLE_LEAD.match(clause)
        role, *employer = _ROLE_AT.split(clause[lead.end() if lead else 0 :], 1)
        if lead is not None and lead.group("who") is not None:  # "she's the treating
            role = _WHOSE_JOB.split(role, 1)[0]  # neurologist for maria garcia": her job only
        words = role.split()
        if not 0 < len(words) <= _ROLE_WORDS or any(
            w.lower() in _NOT_IN_ROLE or not w[:1].isalpha() for w in words
        ):
            continue
        said_as_job = lead is not None and lead.group("who") is not None
        if not (said_as_job or employer or any(lx.JOB_WORD.fullmatch(w) for w in words)):
            continue  # "jane roe, brooklyn": a place, not a job
        if employer and employer[0].strip() and "company" not in reading.refs:
            reading.refs["company"] = employer[0].strip()
        return {"title": _role_taken_back(clauses[index + 1 :]) or role}
    return {}


# rule "them, named in the story": "We will be using Hudson Valley Title Agency on upcoming
# purchases. Please create a company contact for them: closings@...": a new contact asked for by a
# pronoun is the one the story names: a run of capitalised words (a company's with a company's
# word, when a company is asked for), not said as someone's ("Ravi Patel's new accountant"), nor
# only the words opening a sentence ("We", "Please"). None found, or several: None (it is asked).
_CAPITALISED = lazy.regex(
    r"(?<![\w'’&.-])(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?:of|and|&|the)\s+)?(?-i:[A-Z])[\w&'’.-]*)*"
)
_POINTED = frozenset({"them", "him", "her", "they", "it"})


def pointed(fields: dict[str, Any]) -> bool:
    """Whether a new contact's name is only a pronoun pointing back ("a contact for them"), or
    not said at all ("add them as a company contact: office@...")."""
    said = [str(fields.get(k) or "") for k in ("name", "first_name", "last_name")]
    words = " ".join(said).split()
    return not words or (len(words) == 1 and words[0].lower() in _POINTED)


def named_in_story(story: str, company: bool) -> str | None:
    """The name of the one company (or person) the story before a request names."""
    found: list[str] = []
    for run in _CAPITALISED.finditer(story):
        words = run.group().rstrip(".").split()
        if story[run.end() : run.end() + 2] in ("'s", "’s") or run.group().endswith(("'s", "’s")):
            continue  # "Ravi Patel's new accountant": someone else's
        opening = run.start() == 0 or re.search(r"[.!?:]\s*$", story[: run.start()])
        if opening and words and (words[0].lower() in _OPENERS or len(words) == 1):
            words = words[1:]
        if len(words) >= 2 or (words and _COMPANY.search(words[0])):
            found.append(" ".join(words))
    if company and (companies := [f for f in found if _COMPANY.search(f)]):
        found = companies
    if company:
        found = [f for f in found if len(f.split()) >= 2 or _COMPANY.search(f)]
    unique = list(dict.fromkeys(found))
    return unique[0] if len(unique) == 1 else None


_OPENERS = frozenset(
    {"we", "i", "the", "our", "please", "pls", "can", "could", "they", "he", "she", "so", "and"}
)


# rule "the company in a signature": "Priscilla Wong | Facilities Director | Globex Industries |
# pwong@...": a clause after a person's name that is a company's name (a company's word in it:
# "Industries", "LLC", "Corp"), and not their job, is their employer.
# Counter-example: "Dana Cole, process server, they work for us" (no company's word).
def _company_clause(reading: Reading, clauses: list[str], title: str | None) -> None:
    for clause in clauses:
        said = clause.split()
        if clause == title or not 0 < len(said) <= _COMPANY_WORDS or not _COMPANY.search(clause):
            continue
        if _NOT_THE_NAME.match(clause) or any(not w[:1].isalpha() and w != "&" for w in said):
            continue
        if any(w.lower() in _NOT_IN_NAME for w in said):
            continue
        reading.refs["company"] = clause
        for hit in list(reading.scan.matches(re.compile(re.escape(clause)))):
            reading.scan.take_match(hit)
        return


_COMPANY_WORDS = 6


# rule "a job taken back": "he's a senior associate at Northwind, sorry, their general counsel":
# the job said again after a word that takes the first back is theirs
_TAKEN_BACK = lazy.regex(rf"^(?:{lx.TAKEN_BACK}\b[\s,!.]*)+(?P<rest>.*)$", re.I)


def _role_taken_back(clauses: list[str]) -> str | None:
    """The job said again after "sorry" (in the same clause or the next), or None."""
    found = _TAKEN_BACK.match(clauses[0]) if clauses else None
    if found is None:
        return None
    said = found["rest"].strip() or (clauses[1] if len(clauses) > 1 else "")
    lead = _ROLE_LEAD.match(said)
    role = _ROLE_AT.split(said[lead.end() if lead else 0 :], 1)[0].strip()
    words = role.split()
    if not 0 < len(words) <= _ROLE_WORDS or any(
        w.lower() in _NOT_IN_ROLE or not w[:1].isalpha() for w in words
    ):
        return None
    return role


def _search(reading: Reading, command: Command) -> None:
    detail = command.noun.detail if command.noun else None
    if command.noun and command.noun_text.startswith("client"):
        reading.fields["client_only"] = True
        if kind_word := reading.scan.first(_CONTACTS_WORD):
            reading.scan.take_match(kind_word)
    elif detail == "Company" or (detail == "Person" and command.noun_text in ("people", "persons")):
        reading.fields["type"] = detail
    if initial := reading.scan.first(_INITIAL):
        reading.scan.take_match(initial)
        reading.fields["initial"] = initial["letter"].upper()
    if command.noun:
        reading.scan.take(command.noun_start, command.noun_end)
    if (kind := reading.scan.first(_KIND_BEFORE)) and "type" not in reading.fields:
        reading.scan.take_match(kind)
        reading.fields["type"] = (
            "Company" if kind["kind"].lower().startswith("compan") else "Person"
        )
    for found in [*reading.scan.matches(_ASKED), *reading.scan.matches(_CONTACTS_WORD)]:
        reading.scan.take_match(found)
    search.query(reading)


def _record(reading: Reading, command: Command) -> None:
    if records.take(reading, command) is None:
        text = reading.free_text()
        if text:
            reading.refs["contact"] = names.clean(text)
        else:
            reading.hint = "Which contact? e.g. 'contact Jane Doe'."
            reading.confidence = 0.5
    reading.free_text(take=False)


# Not the name looked for: "contact info for emily chen", "who is dr hart".
_ASKED = lazy.regex(
    r"\b(?:(?:info|information|details)(?:\s+(?:for|on|of|about))?|(?:dr|mr|mrs|ms|prof)\b\.?"
    r"|our\b)"
    r"|(?:(?:'s|’s)\s+|\b)(?:(?:phone|tel|telephone|cell|mobile)(?:\s+(?:number|no\.?|#|nbr|num))?"
    r"|(?:(?:e-?mail|mailing|street|home|office|work|postal)\s+)?address(?:es)?|e-?mail|fax|number)"
    r"(?:\s+(?:for|of)\b)?(?![\w'’])",
    re.I,
)
_KIND_BEFORE = lazy.regex(r"\b(?P<kind>compan(?:y|ies)|person|people)(?=\s+contacts?\b)", re.I)
_CONTACTS_WORD = lazy.regex(r"\bcontacts?\b", re.I)
_INITIAL = lazy.regex(
    r"\b(?:(?:starting|beginning)\s+with|initial)\s+(?:the\s+letter\s+)?(?P<letter>[a-z])\b", re.I
)
_OWNER = lazy.regex(r"(?<![\w.'’&-])(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?)(?:'s|’s|s')(?=\s)")


# "change john smith's company to globex": the word "company" may be read as the command's noun.
_NEW_COMPANY = lazy.regex(r"\b(?:company|employer)\s+(?:to|is|:|=)\s*(?P<v>[^,;]+?)\s*$", re.I)


# "change sarah johnson's last name to Whitfield", "her surname is now Whitfield": one part of a
# person's name, the rest of it kept.
_NAME_PART = lazy.regex(
    r"\b(?P<part>last|first|middle|family|sur)\s*name\s+(?:(?:should\s+be|is\s+now|is"
    r"|changed\s+to|now)\s+|to\s+|[:=]\s*)(?:now\s+)?(?P<v>[^\W\d_][\w'’-]*)",
    re.I,
)
_PART_KEYS = {"first": "first_name", "middle": "middle_name"}


def _name_part(reading: Reading) -> None:
    """`name_part`: a part of a contact's name said with its new value."""
    found = reading.scan.first(_NAME_PART)
    if found:
        reading.scan.take_match(found)
        key = _PART_KEYS.get(found["part"].lower(), "last_name")
        reading.fields[key] = _cased(found["v"])


# rule "add him: <who he is>": "acme has a new GC as of friday. add him: jordan mills at acme corp,
# j@x.com", "pls add her - jane roe, ...": a person pointed at, then said after the colon or the
# dash, is a new contact. Counter-example: "add her to the garcia call" (no colon: another record).
_ADD_THEM = lazy.regex(
    r"(?P<lead>^|[.!?;]\s+|\s[-–—]\s+)(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:add|save|create)\s+"
    r"(?:him|her|them)(?:\s+(?:as\s+a\s+(?:new\s+)?contact|to\s+(?:the\s+|our\s+)?contacts|in\s+clio))?"
    r"\s*(?::|\s[-–—]+)\s*(?=\S)",
    re.I,
)


def them_added(text: str) -> str:
    """`text` with "add him: ..." said as "add contact: ..." (rule "add him: <who he is>")."""
    if not isinstance(text, str) or not prefilter.search(_ADD_THEM, text):
        return text
    return _ADD_THEM.sub(lambda found: f"{found['lead']}add contact: ", text, count=1)


def _update(reading: Reading, command: Command) -> None:
    scan = reading.scan
    _name_part(reading)
    company = _NEW_COMPANY.search(reading.text)
    if company and scan.is_free(*company.span("v")):
        scan.take(company.start(), company.end())
        reading.refs["company"] = reading.message.plain(company["v"]).strip()
    owner = scan.first(_OWNER)
    if owner and "contact" not in reading.refs:
        reading.refs["contact"] = names.clean(owner["name"])
        scan.take(owner.start(), owner.end())
    else:
        records.take(reading, command)
    channels = _channels(reading)
    channels |= _details(reading)
    reading.fields.update(channels)
    rename = scan.first(re.compile(r"\b(?:name|rename)\b\s*(?:to|as|:)?\s*|\bto\s+", re.I))
    if not channels and rename and not reading.fields:
        scan.take_match(rename)
        text = reading.free_text()
        if text:
            reading.fields.update(name_fields(text, False))
    for found in list(scan.matches(_FIELD_WORD)):
        scan.take_match(found)
    if "contact" not in reading.refs and (text := reading.free_text()):
        reading.refs["contact"] = names.clean(text)
    if "contact" not in reading.refs:
        reading.hint = "Which contact? e.g. 'contact Jane Doe'."
        reading.confidence = 0.5
    reading.free_text(take=False)


_ADDRESS = lazy.regex(
    r"\b(?:(?P<kind>work|home|billing|other|office)\s+)?address\b\s*(?::|is|to)?\s*"
    r"(?P<v>[^;]+?)(?=\s*(?:;|$)|\s+(?:e-?mail|phone|mobile|title|web\s*site)\b)",
    re.I,
)
_POSTAL = lazy.regex(
    r"^(?P<province>.*?)\s*(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}(?:-\d{4})?)?$"
)


def _details(reading: Reading, *, titled: bool = True) -> dict[str, Any]:
    """A person's title (when `titled`: a company has none, and "Harbor Title Co" is its name),
    a web site and a postal address, where labelled."""
    fields: dict[str, Any] = {}
    found = reading.scan.first(_ADDRESS)
    if found:
        reading.scan.take_match(found)
        fields["addresses"] = [parse_address(found["kind"], reading.message.plain(found["v"]))]
    company = labelled.take(reading, r"company|employer|works\s+(?:at|for)")
    if company:
        reading.refs["company"] = company
    title = labelled.take(reading, r"(?:job\s+)?title") if titled else None
    if title:
        title, _, employer = title.partition(" at ")  # "title CFO at Acme Corp"
        fields["title"] = title.strip()
        if employer.strip() and "company" not in reading.refs:
            reading.refs["company"] = employer.strip()
    site = labelled.take(reading, r"web\s*site")
    if site:
        fields["web_sites"] = [{"name": "Work", "address": site, "default_web_site": True}]
    return fields


def parse_address(kind: str | None, text: str) -> dict[str, Any]:
    """Street, city, then "province postal code", then country, as written between commas."""
    name = {"home": "Home", "billing": "Billing", "other": "Other"}.get((kind or "").lower())
    parts = [p.strip() for p in text.split(",") if p.strip()]
    address: dict[str, Any] = {"name": name or "Work", "street": parts[0] if parts else text}
    if len(parts) > 1:
        address["city"] = parts[1]
    if len(parts) > 2 and (match := _POSTAL.match(parts[2])):
        if match["province"]:
            address["province"] = match["province"]
        if match["postal"]:
            address["postal_code"] = match["postal"]
    if len(parts) > 3:
        address["country"] = parts[3]
    return address
