"""The intent language: one chat message in, one typed Clio operation (`Intent`) out."""

from intents.model import Intent
from intents.parser import parse, wants_vocabulary

__all__ = ["Intent", "parse", "wants_vocabulary"]
