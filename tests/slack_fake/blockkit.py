"""Block Kit limits Slack enforces, checked by the fake on every message and view it receives.

Errors read like Slack's `invalid_blocks` errors: `"<problem> [json-pointer:/blocks/0/text/text]"`.
"""

from __future__ import annotations

from typing import Any

MESSAGE_MAX_BLOCKS = 50
SURFACE_MAX_BLOCKS = 100  # modals and the Home tab
OPTION_LIMITS = {
    "static_select": 100,
    "multi_static_select": 100,
    "overflow": 5,
    "radio_buttons": 10,
    "checkboxes": 10,
}


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
        self.length(view.get("private_metadata"), 3000, "/view/private_metadata")
        self.blocks(view.get("blocks", []), SURFACE_MAX_BLOCKS, "/view/blocks")

    def blocks(self, blocks: Any, limit: int, path: str) -> None:
        for i, block in enumerate(self.items(blocks, limit, path)):
            self.block(block, f"{path}/{i}")

    def block(self, block: Any, path: str) -> None:
        if not isinstance(block, dict):
            self.error("must be an object", path)
            return
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
            for i, element in enumerate(self.items(block.get("elements"), 25, f"{path}/elements")):
                self.element(element, f"{path}/elements/{i}")
        elif kind == "context":
            self.items(block.get("elements"), 10, f"{path}/elements")
        elif kind == "input":
            self.text(block.get("label"), 2000, f"{path}/label")
            self.text(block.get("hint"), 2000, f"{path}/hint")
            self.element(block.get("element"), f"{path}/element")
        elif kind == "markdown":
            self.length(block.get("text"), 12000, f"{path}/text")

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
