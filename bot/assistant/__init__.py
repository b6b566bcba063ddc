"""The conversation core: intent -> resolved records -> plan -> confirmation -> execution."""

from bot.assistant.assistant import Assistant

__all__ = ["Assistant"]
