"""Rule "a word misspelt the usual ways": the few words that say what to do with a record ("should",
"instead", "actually", "change", "delete", "entry"), typed fast with their letters swapped, doubled
or dropped ("shoud be 2h", "chnage my entery", "insted of tom"), are read as spelt. Only these
words: a name or a note's words are never respelt, and a word that is another word ("shod",
"enter") is left alone.
"""

from __future__ import annotations

import re

from intents import lazy

_SPELT = {
    "should": ("shoud", "shoudl", "shuold", "shuld", "shold", "sould", "shoudd"),
    "instead": ("insted", "instaed", "isntead", "intead", "insteed"),
    "actually": ("actualy", "acutally", "actaully", "acually", "actully"),
    "change": ("chnage", "chagne", "cahnge", "chnge"),
    "delete": ("delte", "deleet", "detele", "dlete", "delet"),
    "entry": ("entery", "enrty", "entyr", "netry"),
    "switch": ("swtich", "siwtch", "swithc"),
}
_AS_SPELT = {typed: word for word, typos in _SPELT.items() for typed in typos}
_TYPED = lazy.regex(r"\b(?:" + "|".join(sorted(_AS_SPELT, key=len, reverse=True)) + r")\b", re.I)


def plain(text: str) -> str:
    """`text` with those words spelt as the rules read them (the same text when none is)."""
    if not isinstance(text, str) or not _TYPED.search(text):
        return text
    return _TYPED.sub(lambda found: _AS_SPELT[found.group().lower()], text)
