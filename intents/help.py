"""Help: empty text, "help", "?", "help tasks"."""

from __future__ import annotations

import re

from intents import lazy
from intents.lexicon import NOUNS
from intents.model import Intent

HELP = lazy.regex(
    r"^\s*(?:help|\?+|h|usage|commands|menu|what can you do|how does this work|how do i use this"
    r"|what do you do|hi|hello|hey)\b\s*(?P<topic>.*)$",  # `parse` trims the topic
    re.I,
)
HINT = (
    "Try: 'log 1.5h on Smith v Jones drafting motion', 'my tasks due this week', "
    "'schedule hearing Nov 20 at 9am', 'new contact Jane Doe jane@doe.com' or 'help'."
)


def parse(topic: str) -> Intent:
    """Help on a topic when one names a resource."""
    fields = {}
    words = topic.lower().strip(" ?.!").removeprefix("with ").removeprefix("on ").strip()
    if words:
        noun = NOUNS.get(words) or NOUNS.get(words.split()[-1])
        fields["topic"] = noun.resource if noun else words
    return Intent(resource="help", action="show", fields=fields)
