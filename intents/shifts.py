"""A record moved by an amount, not to a moment: "postpone the trust deed task by a week",
"push the depo back an hour", "move it two days earlier". Gives `shift_minutes` (negative when
earlier); the assistant adds it to the record's own due date or time."""

from __future__ import annotations

from intents.lexicon import SHIFT
from intents.reading import Reading

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_MINUTES = {"minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080}
_CUE = ("by", "back", "forward", "out", "up", "later", "earlier", "sooner")


def take(reading: Reading, verb: str | None) -> bool:
    """Mark and record a shift; only after a moving verb or with a cue word ("by", "later")."""
    found = reading.scan.first(SHIFT)
    if found is None:
        return False
    said = found.group().lower()
    if verb != "move" and not any(cue in said.split() for cue in _CUE):
        return False
    if verb == "move" and not any(cue in said.split() for cue in _CUE):
        return False  # "move it to a week from friday" is a date, not a shift
    count = int(found["n"]) if found["n"].isdigit() else _COUNT[found["n"].lower()]
    minutes = count * _MINUTES[found["unit"].lower()]
    earlier = (found["way"] or "").lower() in ("earlier", "sooner") or said.startswith(
        ("forward", "up")
    )
    reading.scan.take_match(found)
    reading.fields["shift_minutes"] = -minutes if earlier else minutes
    return True
