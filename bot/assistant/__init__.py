"""The conversation core: intent -> resolved records -> plan -> confirmation -> execution."""

from bot.assistant.assistant import Assistant
from bot.assistant.replies import Reply
from bot.assistant.requester import Requester

__all__ = ["Assistant", "Reply", "Requester"]
