"""Slack message markup: mentions, links and formatting become plain text plus entities.

A mention picked from Slack's list arrives as `<@U…>`; one typed out (`@marcus`) stays text, and
is read as a mention by name, `@marcus`.

Bold and italic keep their words; struck-through words (~yesterday~) are taken as withdrawn.
An emoji code (`:memo:`, `:moneybag:`, `:+1::skin-tone-2:`) and an emoji itself say nothing of the
request: one between two words stands for a colon ("new contact for AP :moneybag: Derek Vance"),
any other goes; a separator between fields (" | ", " • ", " · ", " // ") is read as one: "; ";
an arrow between two times is a range ("3pm -> 4pm": "3pm-4pm").

Each entity is replaced in the text by one private-use character (`ENTITY_BASE + index`) so the
grammars see it as a single word and can still tell where it was.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Literal

from intents import lazy, prefilter

ENTITY_BASE = 0xE000
ENTITY_CHARS = "[\ue000-\ue0ff]"

EntityKind = Literal["mention", "link", "email", "phone", "url", "channel"]

CLIO_KINDS = {
    "matters": "matter",
    "contacts": "contact",
    "tasks": "task",
    "activities": "activity",
    "time_entries": "activity",
    "calendar_entries": "calendar_entry",
    "calendar": "calendar_entry",
    "bills": "bill",
    "documents": "document",
    "folders": "folder",
    "notes": "note",
    "communications": "communication",
    "users": "user",
}

_ANGLE = lazy.regex(r"<([^<>\s][^<>]*)>")
_TYPED_MENTION = lazy.regex(r"(?<![\w.+@/-])@(?P<name>[A-Za-z][\w.'’-]*[A-Za-z0-9])")
_NOT_PEOPLE = {"here", "channel", "everyone", "clio"}  # Slack's group mentions and the bot
_BARE_URL = lazy.regex(r"\bhttps?://[^\s<>|]+")
_CLIO_PATH = lazy.regex(r"/(" + "|".join(CLIO_KINDS) + r")/(\d+)")
_FORMAT = lazy.regex(r"(?<![\w*_~])([*_])(?=\S)([^*_~\n]*?\S)\1(?![\w*_~])")
_STRUCK = lazy.regex(r"(?<![\w*_~])~(?=\S)[^~\n]*?\S~(?![\w*_~])")
_FENCE = lazy.regex(r"`{1,3}")
# rule "Slack's emoji say nothing": ":memo: matter note ...", "new contact :moneybag: derek ..."
_EMOJI_CODE = lazy.regex(r"(?<![\w:])(?::[a-z0-9+][a-z0-9_+'-]*:)+(?![\w/])", re.I)
_EMOJI = lazy.regex("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")
_MARK = "\x00"  # where an emoji was
# an emoji between the request's words and what follows ("new contact for AP :moneybag: Derek
# Vance, ...", "new matter :briefcase: client Globex ...") stands where a colon would
_MARK_BETWEEN = lazy.regex(r"(?<=[\w)'’]) ?\x00(?: ?\x00)* ?(?=[\w(\"'‘“\ue000-\ue0ff])")
# rule "a separator splits fields": "... depo testimony | Smith v Jones | my office", "new matter
# client Globex • wrongful termination • Employment", "matter note // 00049-Acme // ...": each is
# read as "; ", the firmest break the grammars know; leading and trailing ones go
_SEPARATOR = lazy.regex(r" ?(?:(?<= )\||\|(?= )|(?<= )[•·](?= )|(?<= )//(?= |$)|^(?:[•·]|//) ) ?")
_SEPARATORS = lazy.regex(r";(?: ?;)+ ?")  # "; ; ": one
# rule "an arrow between two times is a range": "wed 3pm -> 4pm", "`9:00` → `9:45`"
_TIME_ARROW = lazy.regex(
    r"(?<![\w.])(?P<left>\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?)\s*(?:-+>|=>|→)\s*"
    r"(?=(?P<right>\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\b\.?)?)(?![\w:]))",
    re.I,
)
_CLOCKLIKE = lazy.regex(r".*(?::[0-5]\d|[ap]\.?m\.?)$", re.I)  # "9:45", "4pm", not "2"
_SPACES = lazy.regex(r"[\s\u200b]+")  # every run of spaces becomes one: a pattern never meets two
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2212": "-",
        _MARK: " ",
    }
)


@dataclass(frozen=True, slots=True)
class Entity:
    """A piece of Slack markup: what it shows (`label`) and what it points at."""

    kind: EntityKind
    label: str
    value: str
    ref_kind: str | None = None


@dataclass(slots=True)
class Message:
    """Normalised text, with entities standing in for Slack markup."""

    text: str
    entities: list[Entity] = field(default_factory=list)

    def entity(self, char: str) -> Entity | None:
        index = ord(char[0]) - ENTITY_BASE if char else -1
        return self.entities[index] if 0 <= index < len(self.entities) else None

    def plain(self, text: str) -> str:
        """Text with every entity shown as people see it in Slack."""
        if not self.entities:
            return text
        return re.sub(ENTITY_CHARS, lambda m: self._shown(m.group()), text)

    def _shown(self, char: str) -> str:
        found = self.entity(char)
        if found is None:
            return ""
        return found.value if found.kind == "mention" else found.label


def clio_link(url: str) -> tuple[str, str] | None:
    """(ref kind, id) for a Clio web or API link, using the innermost record in the path."""
    if "clio" not in url.lower():
        return None
    found = _CLIO_PATH.findall(url)
    if not found:
        return None
    collection, ident = found[-1]
    return CLIO_KINDS[collection], ident


def normalize(raw: str) -> Message:
    """Turn Slack-formatted text into a `Message`."""
    message = Message(text="")
    text = raw.translate(_TRANSLATE).replace("\u2014", " - ")
    text = prefilter.sub(_ANGLE, lambda m: _angle(m.group(1), message), text)
    text = prefilter.sub(_BARE_URL, lambda m: _url(m.group(), "", message), text)
    text = html.unescape(text)
    text = prefilter.sub(_TYPED_MENTION, lambda m: _typed(m, message), text)
    text = prefilter.sub(_FENCE, " ", text)
    text = prefilter.sub(_STRUCK, " ", prefilter.sub(_FORMAT, r"\2", text))
    text = _SPACES.sub(" ", _EMOJI.sub(_MARK, prefilter.sub(_EMOJI_CODE, _MARK, text)))
    text = prefilter.sub(_MARK_BETWEEN, ": ", text).replace(_MARK, " ")
    text = _SPACES.sub(" ", text)  # from here on, a space is one: no pattern meets a run of them
    text = prefilter.sub(_SEPARATORS, "; ", prefilter.sub(_SEPARATOR, "; ", text))
    text = prefilter.sub(_TIME_ARROW, _range, text)
    message.text = _SPACES.sub(" ", text).strip(" ;")
    return message


def _range(found: re.Match[str]) -> str:
    """ "3pm -> 4pm": "3pm-4pm"; a number not said as a clock time on either side stays."""
    if _CLOCKLIKE.match(found["left"]) or _CLOCKLIKE.match(found["right"]):
        return f"{found['left']}-"
    return found.group()


def _add(message: Message, entity: Entity) -> str:
    if len(message.entities) > 0xFF:
        return entity.label
    message.entities.append(entity)
    return chr(ENTITY_BASE + len(message.entities) - 1)


def _angle(inner: str, message: Message) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return _add(message, Entity("mention", label or target, f"<{target}>"))
    if target.startswith("#"):
        return label or target
    if target.startswith("!"):
        return label if target.startswith("!date") else ""
    return _url(html.unescape(target), html.unescape(label), message)


def _typed(found: re.Match[str], message: Message) -> str:
    """`@jane` typed rather than picked from Slack's list: a mention by name, as `@jane`."""
    if found["name"].lower() in _NOT_PEOPLE:
        return found.group()
    return _add(message, Entity("mention", found.group(), found.group()))


def _url(url: str, label: str, message: Message) -> str:
    lowered = url.lower()
    if lowered.startswith("mailto:"):
        return _add(message, Entity("email", label or url[7:], url[7:]))
    if lowered.startswith("tel:"):
        return _add(message, Entity("phone", label or url[4:], label or url[4:]))
    link = clio_link(url)
    if link:
        return _add(message, Entity("link", label or url, link[1], link[0]))
    return _add(message, Entity("url", label or url, url))
