"""Text from people and Clio made safe for Slack mrkdwn, and read back as typed (a leaf module).

Slack reads `<…>` as a mention (`<@U…>`, `<!channel>`), a link (`<http://…|label>`) or a date,
and `&` starts an entity; escaping these three makes text show exactly as it was typed. Only
text the bot did not write is escaped, so the bot's own bold, links and mentions stay live.

`*`, `_`, `~` and backticks are left as they are: Slack has no escape for them, they cannot
notify, link or hide anything (at most they change emphasis within the line), and replacing them
with look-alike or zero-width characters would change the text people copy into Clio or search.
"""

from __future__ import annotations

import re

ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ESCAPE = str.maketrans(ENTITIES)
_ENTITY = re.compile("|".join(ENTITIES.values()))
_CHARACTER = {entity: character for character, entity in ENTITIES.items()}


def escape(value: object) -> str:
    """`value` as text that shows as typed in mrkdwn: `&`, `<` and `>` as Slack's entities."""
    return str(value).translate(_ESCAPE)


def one_line(value: object, limit: int) -> str:
    """`value` escaped on one line, at most `limit` characters once escaped (no entity is cut)."""
    pieces = [escape(c) for c in " ".join(str(value).split())]
    if sum(len(p) for p in pieces) <= limit:
        return "".join(pieces)
    kept, size = [], 1  # room for the ellipsis
    for piece in pieces:
        if size + len(piece) > limit:
            break
        kept.append(piece)
        size += len(piece)
    return "".join(kept) + "…"


def unescape(text: str) -> str:
    """Escaped mrkdwn back as typed (for surfaces that show plain text, such as the terminal)."""
    return _ENTITY.sub(lambda m: _CHARACTER[m.group()], text)
