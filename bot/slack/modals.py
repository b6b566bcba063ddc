"""Forms as Slack modals, and a modal's submitted state back as form values."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.assistant.forms import Form, FormField
from bot.slack.blocks import OPTIONS, SURFACE_BLOCKS, clip, option, plain

VALUE = "value"


def _element(field: FormField, tz: str) -> dict[str, Any]:
    if field.kind == "date":
        element: dict[str, Any] = {"type": "datepicker", "action_id": VALUE}
        if field.value:
            element["initial_date"] = str(field.value)[:10]
        return element
    if field.kind == "datetime":
        element = {"type": "datetimepicker", "action_id": VALUE}
        if field.value:
            moment = dt.datetime.fromisoformat(str(field.value))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=ZoneInfo(tz))
            element["initial_date_time"] = int(moment.timestamp())
        return element
    if field.kind == "checkbox":
        checked = option(field.label, "yes")
        element = {"type": "checkboxes", "action_id": VALUE, "options": [checked]}
        if field.value:
            element["initial_options"] = [checked]
        return element
    if field.kind == "select":
        options = [option(label, value) for value, label in field.options][:OPTIONS]
        element = {"type": "static_select", "action_id": VALUE, "options": options}
        chosen = [o for o in options if o["value"] == field.value]
        if chosen:
            element["initial_option"] = chosen[0]
        return element
    element = {
        "type": "plain_text_input",
        "action_id": VALUE,
        "multiline": field.kind == "long_text",
    }
    if field.value not in (None, ""):
        element["initial_value"] = clip(str(field.value), 3000)
    return element


def view(
    form: Form, *, callback_id: str, key: str, tz: str, note: str | None = None
) -> dict[str, Any]:
    """A modal for `form`; `key` (its state kept server-side) comes back on submission, and
    `note` shows above the fields."""
    blocks: list[dict[str, Any]] = []
    if note:
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(note, 2000)}]}
        )
    for field in form.fields:
        block: dict[str, Any] = {
            "type": "input",
            "block_id": field.name,
            "label": plain(field.label, 2000),
            "element": _element(field, tz),
            "optional": not field.required,
        }
        if field.hint:
            block["hint"] = plain(field.hint, 2000)
        blocks.append(block)
    return {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(form.title, 24),
        "submit": plain("Save", 24),
        "close": plain("Cancel", 24),
        "private_metadata": key,
        "blocks": blocks[:SURFACE_BLOCKS],
    }


def message(title: str, text: str) -> dict[str, Any]:
    """A modal that only says something (the form expired, the edit was sent)."""
    return {
        "type": "modal",
        "title": plain(title, 24),
        "close": plain("Close", 24),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": clip(text, 3000)}}],
    }


def loading(title: str) -> dict[str, Any]:
    """A modal opened at once (trigger ids last 3 s), filled in when the data arrives."""
    return {
        "type": "modal",
        "title": plain(title, 24),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Loading…"}}],
    }


def values(state: dict[str, Any], tz: str) -> dict[str, Any]:
    """Submitted values by field name, as text, booleans or ISO timestamps."""
    out: dict[str, Any] = {}
    for block_id, actions in state.get("values", {}).items():
        element = actions.get(VALUE, {})
        kind = element.get("type")
        if kind == "datepicker":
            out[block_id] = element.get("selected_date")
        elif kind == "datetimepicker":
            stamp = element.get("selected_date_time")
            out[block_id] = (
                dt.datetime.fromtimestamp(stamp, ZoneInfo(tz)).isoformat() if stamp else None
            )
        elif kind == "checkboxes":
            out[block_id] = bool(element.get("selected_options"))
        elif kind == "static_select":
            out[block_id] = (element.get("selected_option") or {}).get("value")
        else:
            out[block_id] = element.get("value")
    return out
