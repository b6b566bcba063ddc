"""The intent language: one chat message in, one typed Clio operation (`Intent`) out."""

from intents.model import Intent
from intents.parser import CALENDAR_ENTRY, TIME_ENTRY, parse, wants_vocabulary

__all__ = ["CALENDAR_ENTRY", "TIME_ENTRY", "Intent", "parse", "wants_vocabulary"]
