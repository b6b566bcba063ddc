"""Block Kit for a `Reply`, kept within Slack's limits (every limit and clip is here)."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from bot.replies import Ask, Button, Card, Picker, Reply

MAX_BLOCKS = 50  # a message
SURFACE_BLOCKS = 100  # a modal or the Home tab
SECTION_CHARS = 3000
HEADER_CHARS = 150
BUTTON_CHARS = 75
BUTTON_VALUE_CHARS = 2000
URL_CHARS = 3000
OPTION_CHARS = 75
OPTION_VALUE_CHARS = 150
OPTIONS = 100  # a static select, or the options answered to a search
ACTIONS_PER_BLOCK = 25
REPEAT = "#"  # "pick#2": the third button of a block acting as "pick" (ids are unique per block)

Block = dict[str, Any]
log = logging.getLogger(__name__)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain(text: str, limit: int = SECTION_CHARS) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def sections(lines: list[str]) -> list[Block]:
    """Sections of at most 3,000 characters, split between lines where possible."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        while len(line) > SECTION_CHARS:  # a single overlong line is cut hard
            chunks.append(line[:SECTION_CHARS])
            line = line[SECTION_CHARS:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > SECTION_CHARS:
            chunks.append(current)
            candidate = line
        current = candidate
    if current:
        chunks.append(current)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": c}} for c in chunks]


def button(spec: Button) -> Block:
    element: Block = {
        "type": "button",
        "text": plain(spec.label, BUTTON_CHARS),
        "action_id": spec.action,
    }
    if spec.url and len(spec.url) <= URL_CHARS:
        element["url"] = spec.url
    elif spec.url:  # a cut link would lead nowhere: the button goes without it
        log.warning("a link of %d characters left off button %s", len(spec.url), spec.action)
    if spec.value:
        element["value"] = clip(spec.value, BUTTON_VALUE_CHARS)
    if spec.style:
        element["style"] = spec.style
    if spec.confirm:
        element["confirm"] = {
            "title": plain(spec.confirm.title, 100),
            "text": plain(spec.confirm.text, 300),
            "confirm": plain(spec.confirm.ok, 30),
            "deny": plain(spec.confirm.cancel, 30),
            "style": "danger" if spec.style == "danger" else "primary",
        }
    return element


def option(label: str, value: str) -> Block:
    """A select's option, its label and value within Slack's limits."""
    return {"text": plain(label, OPTION_CHARS), "value": clip(value, OPTION_VALUE_CHARS)}


def unique_actions(elements: list[Block]) -> list[Block]:
    """Slack refuses a block whose elements share an `action_id`: repeats get `#<n>`."""
    seen: Counter[str] = Counter()
    for element in elements:
        action = element["action_id"]
        if seen[action]:
            element["action_id"] = f"{action}{REPEAT}{seen[action]}"
        seen[action] += 1
    return elements


def action_of(action_id: str) -> str:
    """The action a (possibly repeated) element's `action_id` stands for."""
    return action_id.partition(REPEAT)[0]


def picker(spec: Picker) -> Block:
    return {
        "type": "actions",
        "block_id": clip(f"{spec.action}:{spec.value}", 255),
        "elements": [
            {
                "type": "external_select",
                "action_id": spec.action,
                "placeholder": plain(spec.placeholder, 150),
                "min_query_length": 1,
            }
        ],
    }


def ask(spec: Ask) -> Block:
    return {
        "type": "input",
        "block_id": clip(f"{spec.action}:{spec.value}", 255),
        "dispatch_action": True,
        "label": plain(spec.label, 2000),
        "element": {
            "type": "plain_text_input",
            "action_id": spec.action,
            "placeholder": plain(spec.placeholder or spec.label, 150),
        },
    }


def card_blocks(card: Card) -> list[Block]:
    blocks: list[Block] = []
    if card.title:
        blocks.append({"type": "header", "text": plain(card.title, HEADER_CHARS)})
    blocks.extend(sections(card.lines))
    if card.ask:
        blocks.append(ask(card.ask))
    if card.picker:
        blocks.append(picker(card.picker))
    for start in range(0, len(card.buttons), ACTIONS_PER_BLOCK):
        row = card.buttons[start : start + ACTIONS_PER_BLOCK]
        blocks.append({"type": "actions", "elements": unique_actions([button(b) for b in row])})
    if card.note:
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(card.note, 2000)}]}
        )
    return blocks


def render(reply: Reply) -> list[Block]:
    """The blocks of a reply: its cards separated by dividers, at most 50 blocks."""
    blocks: list[Block] = []
    for index, card in enumerate(reply.cards):
        if index:
            blocks.append({"type": "divider"})
        blocks.extend(card_blocks(card))
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1]
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "_More not shown._"}]}
        )
    return blocks
