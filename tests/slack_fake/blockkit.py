"""What Slack refuses in a payload, checked by the fake on every message, view and response.

Two layers: slack-sdk's own Block Kit models (`Block.parse(...).to_dict()` and `View`, which
apply the limits slack-sdk documents and drop properties they do not know), then the limits and
rules Slack documents that those models leave out: block counts, unique `block_id`s per message
and unique `action_id`s per block, option counts and lengths, `private_metadata`, a fallback
`text` with blocks, the message length and the shape of message metadata.

Errors read like Slack's `invalid_blocks` errors: `"<problem> [json-pointer:/blocks/0/text/text]"`.
"""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_MAX_BLOCKS = 50
SURFACE_MAX_BLOCKS = 100  # modals and the Home tab
MESSAGE_MAX_CHARS = 40_000  # a message's `text`: msg_too_long beyond
PRIVATE_METADATA_CHARS = 3000
OPTIONS_PER_RESPONSE = 100  # options answered to a block_suggestion
OPTION_LIMITS = {
    "static_select": 100,
    "multi_static_select": 100,
    "overflow": 5,
    "radio_buttons": 10,
    "checkboxes": 10,
}
EVENT_TYPE = re.compile(r"^[A-Za-z0-9_]+$")


def check_message(blocks: Any) -> list[str]:
    """Errors in a message's `blocks` (None means no blocks, which is fine)."""
    checker = _Checker()
    if blocks is not None:
        checker.blocks(blocks, MESSAGE_MAX_BLOCKS, "/blocks")
    return checker.errors


def check_view(view: Any) -> list[str]:
    """Errors in a modal or Home tab view."""
    checker = _Checker()
    checker.view(view)
    return checker.errors


def check_text(params: dict[str, Any]) -> str | None:
    """Slack's error for a message's text: none at all, none beside blocks, or too long."""
    text = params.get("text")
    if not text:  # blocks too need a fallback `text` (notifications, screen readers)
        return "no_text"
    if isinstance(text, str) and len(text) > MESSAGE_MAX_CHARS:
        return "msg_too_long"
    return None


def check_metadata(metadata: Any) -> str | None:
    """Slack's error for message metadata: `event_type` (letters, digits, `_`) and an object."""
    if metadata is None:
        return None
    if not isinstance(metadata, dict):
        return "invalid_metadata_format"
    event_type, payload = metadata.get("event_type"), metadata.get("event_payload")
    if not isinstance(event_type, str) or not EVENT_TYPE.match(event_type):
        return "invalid_metadata_schema"
    if not isinstance(payload, dict):
        return "invalid_metadata_schema"
    return None


def check_options(answer: Any) -> list[str]:
    """Errors in the options an app answers to a block_suggestion (`{"options": [...]}`)."""
    checker = _Checker()
    if not isinstance(answer, dict) or not isinstance(answer.get("options"), list):
        checker.error("must provide options", "/options")
    else:
        checker.options(answer["options"], OPTIONS_PER_RESPONSE, "/options")
    return checker.errors


class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, problem: str, path: str) -> None:
        self.errors.append(f"{problem} [json-pointer:{path}]")

    def length(self, value: Any, limit: int, path: str) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.error(f"must be less than {limit + 1} characters", path)

    def text(self, obj: Any, limit: int, path: str) -> None:
        """A text object's `text` field within `limit` characters."""
        if isinstance(obj, dict):
            self.length(obj.get("text"), limit, f"{path}/text")

    def items(self, value: Any, limit: int, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error("must be an array", path)
            return []
        if len(value) > limit:
            self.error(f"must be no more than {limit} items", path)
        return value

    def sdk(self, build: Any, raw: dict[str, Any], path: str) -> None:
        """slack-sdk's model of `raw`: its validation errors, and properties it does not know."""
        try:
            model = build(raw)
            if model is None:
                self.error(f"unknown type {raw.get('type')!r}", path)
                return
            known = model.to_dict()
        except (SlackObjectFormationError, TypeError, ValueError) as error:
            self.error(str(error), path)
            return
        for extra in _unknown(raw, known, path):
            self.error("invalid additional property", extra)

    def view(self, view: Any) -> None:
        if not isinstance(view, dict):
            self.error("must be an object", "/view")
            return
        kind = view.get("type")
        if kind not in ("modal", "home"):
            self.error("must be one of modal, home", "/view/type")
        if kind == "modal":
            if not isinstance(view.get("title"), dict):
                self.error("is required", "/view/title")
            for key in ("title", "submit", "close"):
                self.text(view.get(key), 24, f"/view/{key}")
        self.length(view.get("callback_id"), 255, "/view/callback_id")
        self.length(view.get("external_id"), 255, "/view/external_id")
        self.length(view.get("private_metadata"), PRIVATE_METADATA_CHARS, "/view/private_metadata")
        self.blocks(view.get("blocks", []), SURFACE_MAX_BLOCKS, "/view/blocks")
        if not self.errors:
            self.sdk(lambda raw: View(**raw), view, "/view")

    def blocks(self, blocks: Any, limit: int, path: str) -> None:
        seen: set[str] = set()
        for i, block in enumerate(self.items(blocks, limit, path)):
            self.block(block, f"{path}/{i}")
            block_id = block.get("block_id") if isinstance(block, dict) else None
            if block_id is not None:
                if block_id in seen:
                    self.error(f"duplicate block_id {block_id!r}", f"{path}/{i}/block_id")
                seen.add(block_id)

    def block(self, block: Any, path: str) -> None:
        if not isinstance(block, dict):
            self.error("must be an object", path)
            return
        before = len(self.errors)
        self.length(block.get("block_id"), 255, f"{path}/block_id")
        kind = block.get("type")
        if kind == "section":
            if "text" not in block and "fields" not in block:
                self.error("must provide text or fields", path)
            self.text(block.get("text"), 3000, f"{path}/text")
            for i, field in enumerate(self.items(block.get("fields"), 10, f"{path}/fields")):
                self.text(field, 2000, f"{path}/fields/{i}")
            if "accessory" in block:
                self.element(block["accessory"], f"{path}/accessory")
        elif kind == "header":
            self.text(block.get("text"), 150, f"{path}/text")
        elif kind == "actions":
            elements = self.items(block.get("elements"), 25, f"{path}/elements")
            for i, element in enumerate(elements):
                self.element(element, f"{path}/elements/{i}")
            self.unique_actions(elements, f"{path}/elements")
        elif kind == "context":
            self.items(block.get("elements"), 10, f"{path}/elements")
        elif kind == "input":
            self.text(block.get("label"), 2000, f"{path}/label")
            self.text(block.get("hint"), 2000, f"{path}/hint")
            self.element(block.get("element"), f"{path}/element")
        elif kind == "markdown":
            self.length(block.get("text"), 12000, f"{path}/text")
        if len(self.errors) == before:  # one report per problem: the models' only if ours passed
            self.sdk(Block.parse, block, path)

    def unique_actions(self, elements: list[Any], path: str) -> None:
        seen: set[str] = set()
        for i, element in enumerate(elements):
            action_id = element.get("action_id") if isinstance(element, dict) else None
            if action_id is None:
                continue
            if action_id in seen:
                self.error(f"duplicate action_id {action_id!r}", f"{path}/{i}/action_id")
            seen.add(action_id)

    def element(self, element: Any, path: str) -> None:
        if not isinstance(element, dict):
            self.error("must be an object", path)
            return
        self.length(element.get("action_id"), 255, f"{path}/action_id")
        kind = element.get("type")
        if kind == "button":
            self.text(element.get("text"), 75, f"{path}/text")
            self.length(element.get("value"), 2000, f"{path}/value")
            self.length(element.get("url"), 3000, f"{path}/url")
        if kind in OPTION_LIMITS:
            limit = OPTION_LIMITS[kind]
            self.options(element.get("options"), limit, f"{path}/options")
            groups = self.items(element.get("option_groups"), 100, f"{path}/option_groups")
            for i, group in enumerate(groups):
                group_path = f"{path}/option_groups/{i}"
                if isinstance(group, dict):
                    self.text(group.get("label"), 75, f"{group_path}/label")
                    self.options(group.get("options"), limit, f"{group_path}/options")
        if "confirm" in element:
            self.confirm(element["confirm"], f"{path}/confirm")

    def options(self, options: Any, limit: int, path: str) -> None:
        for i, option in enumerate(self.items(options, limit, path)):
            if isinstance(option, dict):
                self.text(option.get("text"), 75, f"{path}/{i}/text")
                self.length(option.get("value"), 150, f"{path}/{i}/value")

    def confirm(self, confirm: Any, path: str) -> None:
        if not isinstance(confirm, dict):
            self.error("must be an object", path)
            return
        for key, limit in (("title", 100), ("text", 300), ("confirm", 30), ("deny", 30)):
            self.text(confirm.get(key), limit, f"{path}/{key}")


def _unknown(raw: Any, known: Any, path: str) -> list[str]:
    """Pointers to the properties of `raw` that slack-sdk's model dropped."""
    if isinstance(raw, dict) and isinstance(known, dict):
        found = []
        for key, value in raw.items():
            if value in (None, "", [], {}):  # slack-sdk leaves empty values out
                continue
            if key not in known:
                found.append(f"{path}/{key}")
            else:
                found += _unknown(value, known[key], f"{path}/{key}")
        return found
    if isinstance(raw, list) and isinstance(known, list) and len(raw) == len(known):
        return [
            p
            for i, (a, b) in enumerate(zip(raw, known, strict=True))
            for p in _unknown(a, b, f"{path}/{i}")
        ]
    return []
