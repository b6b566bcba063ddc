"""Raw API calls: "api GET /api/v4/bills.json", "api POST /api/v4/notes.json {"data": {...}}"."""

from __future__ import annotations

import json
import re
from typing import Any

from intents import lazy
from intents.model import Intent

_CALL = lazy.regex(
    r"^\s*api\s+(?P<method>get|post|put|patch|delete)\s+(?P<path>\S+)\s*(?P<body>.*)$",
    re.I | re.S,
)
_HOST = lazy.regex(r"^(?:https?://[^/\s]+)?/?", re.I)
API = lazy.regex(r"^\s*api\b", re.I)
HINT = "Expected: api GET|POST|PUT|PATCH|DELETE /api/v4/<path>.json [JSON body]"


def parse(text: str) -> Intent:
    """Method, path (under /api/v4) and JSON body of a raw call; unknown when malformed."""
    found = _CALL.match(text)
    if found is None:
        return Intent(resource="api", action="unknown", confidence=0.3, hint=HINT)
    path = _HOST.sub("/", found["path"].strip("<>"), count=1)
    if not path.startswith("/api/"):
        path = "/api/v4" + path
    fields: dict[str, Any] = {"method": found["method"].upper(), "path": path}
    body = found["body"].strip()
    if body:
        try:
            fields["body"] = json.loads(body)
        except ValueError:
            return Intent(
                resource="api",
                action="unknown",
                fields=fields,
                confidence=0.3,
                hint='The body must be JSON, e.g. {"data": {...}}.',
                unparsed=[body],
            )
    return Intent(resource="api", action="call", fields=fields)
