"""Edit-form fields for payment links, damages, medical records and raw API calls (merged
into `forms`; their layouts are in the registry's resources)."""

from __future__ import annotations

import json
from typing import Any, Literal

from bot.assistant.writes import values

Kind = Literal["text", "long_text", "date", "datetime", "checkbox", "select"]

DAMAGE_TYPES = [("special", "Special"), ("general", "General"), ("other", "Other")]
RECORD_STATUSES = [
    ("not_yet_requested", "Not yet requested"),
    ("requested", "Requested"),
    ("received", "Received"),
    ("incomplete", "Incomplete"),
    ("certified", "Certified"),
]
METHODS = [(m, m) for m in ("GET", "POST", "PUT", "PATCH", "DELETE")]

FIELDS: dict[str, tuple[str, Kind, list[tuple[str, str]]]] = {
    "amount": ("Amount", "text", []),
    "email_address": ("Email the link to", "text", []),
    "duration": ("Expires in (days, at most 90)", "text", []),
    "damage_type": ("Kind of damages", "select", DAMAGE_TYPES),
    "in_treatment": ("In treatment", "checkbox", []),
    "records_status": ("Records", "select", RECORD_STATUSES),
    "bills_status": ("Bills", "select", RECORD_STATUSES),
    "treatment_start_date": ("Treatment from", "date", []),
    "treatment_end_date": ("Treatment to", "date", []),
    "method": ("Method", "select", METHODS),
    "path": ("Path", "text", []),
    "body": ("JSON body", "long_text", []),
}


def shown(name: str, value: Any) -> Any:
    """A planned value as the form shows it: days for a duration, JSON text for a body."""
    if value is None:
        return None
    if name == "duration":
        return values.days(int(value))
    if name == "body":
        return json.dumps(value, indent=2)
    if name == "amount":
        return f"{value:.2f}"
    return value
