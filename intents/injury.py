"""Personal-injury records: damages ("add $12,000 special damages to Smith v Jones for medical
bills") and medical records details ("add medical records for Smith v Jones from Dr. Brown,
treatment Jan 5 to Feb 10, records requested")."""

from __future__ import annotations

import re

from intents import dates, matter_refs, money, records, refs, search
from intents.commands import Command
from intents.lexicon import IN_TREATMENT, MEDICAL_STATUS
from intents.reading import Reading

_DAMAGE_TYPE = re.compile(
    r"\b(?P<t>special|economic|general|non-?economic|pain\s+and\s+suffering|punitive|other)\b"
    r"(?:\s+damages?)?",
    re.I,
)
_DAMAGE_TYPES = {
    "special": "special", "economic": "special", "general": "general", "noneconomic": "general",
    "pain and suffering": "general", "punitive": "other", "other": "other",
}  # fmt: skip
_TREATMENT = re.compile(
    r"\b(?P<yes>still\s+(?:in\s+)?treating|still\s+in\s+treatment|in\s+treatment|ongoing\s+treatment|"
    r"currently\s+treating)\b|\b(?P<no>treatment\s+(?:ended|complete|completed|finished)|done\s+treating|"
    r"no\s+longer\s+treating)\b",
    re.I,
)
_TREATMENT = re.compile(r"\b(?:treat(?:ment|ed|ing)?(?:\s+(?:started|began|dates?))?)\b:?\s*", re.I)
# "$3,200 in special damages for physical therapy": the words left before what the damages are for
_LEADING_WORDS = re.compile(r"^(?:(?:in|for|of|re|on|to|down|as|from)\b[\s,:-]*)+", re.I)
_PROVIDER = re.compile(
    r"\b(?:from|with|at|by|(?:medical\s+)?provider:?)\s+|\b(?=(?:dr|doctor)\b\.?\s+\w)", re.I
)
# "add dr hart as medical provider": the provider named before the role
_AS_PROVIDER = re.compile(
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
    else:
        if records.take(reading, command) is None:
            reading.hint = f"Which record? e.g. '{reading.resource} 12'."
            reading.confidence = 0.5
        if reading.action == "update":
            if (
                amount := money.take(reading.scan, reading.clock.date_order, bare=True)
            ) is not None:
                reading.fields["amount"] = amount
            _type(reading)
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
    for found in list(scan.matches(MEDICAL_STATUS)):
        scan.take_match(found)
        key = "records_status" if found["what"].lower().startswith("record") else "bills_status"
        fields[key] = "_".join(found["s"].lower().split())
    if treatment := scan.first(IN_TREATMENT):
        scan.take_match(treatment)
        fields["in_treatment"] = treatment["yes"] is not None
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
    for cue in scan.matches(_PROVIDER):
        if "contact" in reading.refs:
            break
        provider = refs.person_at(reading, cue.end())
        if provider:
            scan.take(cue.start(), provider.end)
            reading.refs["contact"] = provider.value
            break
    text = reading.free_text()
    if text:
        fields["description"] = text
