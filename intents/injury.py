"""Personal-injury records: damages ("add $12,000 special damages to Smith v Jones for medical
bills") and medical records details ("add medical records for Smith v Jones from Dr. Brown,
treatment Jan 5 to Feb 10, records requested")."""

from __future__ import annotations

import re

from intents import dates, lazy, matter_refs, money, names, records, refs, search
from intents.commands import Command
from intents.lexicon import IN_TREATMENT, MEDICAL_ARRIVED, MEDICAL_STATUS
from intents.reading import Reading

_DAMAGE_TYPE = lazy.regex(
    r"\b(?P<t>special|economic|general|non-?economic|pain\s+and\s+suffering|punitive|other)\b"
    r"(?:\s+damages?)?",
    re.I,
)
_DAMAGE_TYPES = {
    "special": "special", "economic": "special", "general": "general", "noneconomic": "general",
    "pain and suffering": "general", "punitive": "other", "other": "other",
}  # fmt: skip
_TREATMENT = lazy.regex(r"\b(?:treat(?:ment|ed|ing)?(?:\s+(?:started|began|dates?))?)\b:?\s*", re.I)
# "$3,200 in special damages for physical therapy": the words left before what the damages are for
_LEADING_WORDS = lazy.regex(r"^(?:(?:in|for|of|re|on|to|down|as|from)\b[\s,:-]*)+", re.I)
_PROVIDER = lazy.regex(
    r"\b(?:from|with|at|by|(?:medical\s+)?provider:?)\s+|\b(?=(?:dr|doctor)\b\.?\s+\w)", re.I
)
_BOTH_STATUS = lazy.regex(
    r"\b(?:records?\s+(?:and|&|\+)\s+bills?|bills?\s+(?:and|&|\+)\s+records?)\s+"
    r"(?:(?:are|were|both)\s+)*(?P<s>not\s+yet\s+requested|requested|received|incomplete|certified)\b",
    re.I,
)
_INSTITUTION = lazy.regex(
    r"\b(?!(?:from|at|with|by|to|in|on|for|the|and)\b)(?:[a-z][\w'’.]*\s+){1,3}?(?:hospital|clinic|medical\s+cent(?:er|re)|urgent\s+care|"
    r"imaging|radiology|rehab(?:ilitation)?|physical\s+therapy|chiropractic|orthopa?edics"
    r"|(?P<er>er|e\.r\.?|emergency\s+(?:room|dept|department)))\b",
    re.I,
)
# "st marys ER": the hospital's emergency room, named by the hospital
_ER = lazy.regex(r"\s+(?:er|e\.r\.?|emergency\s+(?:room|dept|department))$", re.I)
# "mark the lost wages damage as general": a new type follows "as" or "to"
_TO_TYPE = lazy.regex(
    r"\b(?:to|as|into)\s+(?:(?:a|an)\s+)?(?:special|economic|general|non-?economic|other)\b", re.I
)
_SPECIALTY_TAIL = lazy.regex(
    r"(?:\s+(?:ortho(?:pa?edics?)?|pt|physio|chiro|neuro|cardio|ortho\w*|\w{4,}ist|\w+ician|"
    r"surgeon|specialist|md|dds|office|practice|follow[\s-]?ups?|visits?|appts?|appointments?"
    r"|sessions?|treatment))+$",
    re.I,
)
_LEFT_OVER = frozenset(
    {"started", "starting", "began", "since", "from", "and", "but", "she's", "shes", "he's", "hes"}
    | {"they're", "theyre", "is", "are", "was", "still", "now", "currently"}
)
_REF_WORD = lazy.regex(r"[^\W\d_][\w'’.]*")
# words around a provider's name in an update, not part of it
_NOT_PROVIDER = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "at",
        "from",
        "with",
        "by",
        "for",
        "on",
        "of",
        "in",
        "to",
        "mark",
        "set",
        "change",
        "update",
        "status",
        "records",
        "record",
        "bills",
        "bill",
        "medical",
        "provider",
        "treating",
        "treatment",
        "now",
    ]
)
# "add dr hart as medical provider": the provider named before the role
_AS_PROVIDER = lazy.regex(
    r"\s+as\s+(?:(?:a|an|the|their|her|his|new)\s+)*(?=(?:medical\s+|treating\s+)?provider\b)", re.I
)


def read(reading: Reading, command: Command) -> None:
    if reading.action == "create":
        if reading.resource == "damages":
            _damage(reading)
        else:
            _medical(reading, command)
    elif reading.action == "search":
        matter_refs.take_matter(reading)
        if reading.resource == "medical_records_details":
            if treated := reading.scan.first(_TREATMENT):
                reading.scan.take_match(treated)
            window = search.window(reading, "past")
            search.set_dates(reading, window, "treatment_start_date", "treatment_end_date")
        reading.free_text(take=False)
    elif reading.resource == "medical_records_details":
        _medical_record(reading, command)
    else:
        if records.take(reading, command) is None:
            reading.hint = f"Which record? e.g. '{reading.resource} 12'."
            reading.confidence = 0.5
        if reading.action == "update":
            if (
                amount := money.take(reading.scan, reading.clock.date_order, bare=True)
            ) is not None:
                reading.fields["amount"] = amount
            said = _type(reading)
            if said and "damage" not in reading.refs and not _TO_TYPE.search(reading.text):
                del reading.fields["damage_type"]  # "change pain and suffering to 75k": its name
                reading.refs["damage"] = said
                reading.confidence, reading.hint = 1.0, None
        reading.free_text(take=False)


def _statuses(reading: Reading) -> None:
    """Records and bills statuses ("records requested", "bills came in") and the treatment."""
    scan, fields = reading.scan, reading.fields
    if both := scan.first(_BOTH_STATUS):  # "records and bills requested"
        scan.take_match(both)
        fields["records_status"] = fields["bills_status"] = "_".join(both["s"].lower().split())
    for found in list(scan.matches(MEDICAL_STATUS)):
        scan.take_match(found)
        key = "records_status" if found["what"].lower().startswith("record") else "bills_status"
        fields[key] = "_".join(found["s"].lower().split())
    for found in list(scan.matches(MEDICAL_ARRIVED)):
        scan.take_match(found)
        key = "records_status" if found["what"].lower().startswith("record") else "bills_status"
        fields[key] = "received"
    if treatment := scan.first(IN_TREATMENT):
        scan.take_match(treatment)
        fields["in_treatment"] = treatment["yes"] is not None


def _medical_record(reading: Reading, command: Command) -> None:
    """One provider's medical records changed or deleted, named by the provider ("garcia is done
    treating at st mary's", "st mary's bills came in", "delete the st mary's medical record")."""
    if reading.action == "update":
        _statuses(reading)
    matter_refs.take_matter(reading)
    if records.take(reading, command) is None or not reading.refs.get("medical_records_detail"):
        words = [
            w for w in _REF_WORD.findall(reading.free_text()) if w.lower() not in _NOT_PROVIDER
        ]
        reading.refs.pop("medical_records_detail", None)
        if words:
            reading.refs["medical_records_detail"] = " ".join(words)
    if "medical_records_detail" not in reading.refs and "matter" not in reading.refs:
        reading.hint = "Whose medical records? e.g. 'the st mary's records on garcia'."
        reading.confidence = 0.5
    reading.free_text(take=False)


def _type(reading: Reading) -> str:
    """The damage type said, as Clio names it; returns the words said ("" when none)."""
    found = reading.scan.first(_DAMAGE_TYPE)
    if not found:
        return ""
    reading.scan.take_match(found)
    key = " ".join(found["t"].lower().split())
    reading.fields["damage_type"] = _DAMAGE_TYPES.get(key.replace("non-", "non"), "other")
    return key


def _damage(reading: Reading) -> None:
    amount = money.take(reading.scan, reading.clock.date_order, bare=True)
    if amount is not None:
        reading.fields["amount"] = amount
    else:
        reading.hint = "How much? e.g. 'add $12,000 special damages to Smith v Jones'."
        reading.confidence = 0.5
    said = _type(reading)
    matter_refs.take_matter(reading)
    text = _LEADING_WORDS.sub("", reading.free_text())
    if text:
        reading.fields["description"] = text
    elif said and reading.fields.get("damage_type") == "other":  # "punitive damages": says what
        reading.fields["description"] = f"{said.capitalize()} damages"


def _medical(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    _statuses(reading)
    window = dates.take_range(scan, reading.clock, "past")
    if window:
        if window.start:
            fields["treatment_start_date"] = window.start.isoformat()
        if window.end and window.end != window.start:
            fields["treatment_end_date"] = window.end.isoformat()
        lead = _TREATMENT.search(scan.text)
        if lead and scan.is_free(*lead.span()):
            scan.take_match(lead)
    matter_refs.take_matter(reading)
    if (role := scan.first(_AS_PROVIDER)) and "contact" not in reading.refs:
        start = len(reading.text) - len(reading.text[command.verb_end :].lstrip())
        provider = refs.person_at(reading, start) if command.verb else None
        if provider and provider.end <= role.start():
            scan.take(provider.start, role.end())
            reading.refs["contact"] = provider.value
    kind = ""
    for cue in scan.matches(_PROVIDER):
        if "contact" in reading.refs:
            break
        provider = refs.person_at(reading, cue.end())
        if provider:
            scan.take(cue.start(), provider.end)
            name = _SPECIALTY_TAIL.sub("", provider.value)  # "dr hart ortho": Dr. Hart
            reading.refs["contact"] = name or provider.value
            kind = provider.value[len(name) :].strip() if name else ""  # "ortho follow-ups"
            break
    if "contact" not in reading.refs and (place := scan.first(_INSTITUTION)):
        scan.take_match(place)  # "st mary's hospital", "brooklyn pt clinic": a provider by its kind
        reading.refs["contact"] = _ER.sub("", names.clean(place.group()))
    text = reading.free_text()
    if text and all(word in _LEFT_OVER for word in text.lower().split()):
        text = ""  # "started 11/9 and she's still treating": the words around what was read
    text = " ".join(part for part in (kind, text) if part)
    if text:
        fields["description"] = text
