"""The intent language: one chat message in, one typed Clio operation (`Intent`) out."""

from intents.model import Intent
from intents.parser import TIME_ENTRY, parse, wants_vocabulary

__all__ = ["TIME_ENTRY", "Intent", "parse", "wants_vocabulary"]
