"""The reply vocabulary every layer speaks (a leaf package): what is answered, to whom, and
Clio's failures in words. It imports nothing of the bot but the Clio client's errors and mrkdwn."""

from bot.replies.problems import explain
from bot.replies.reply import (
    Ask,
    Attachment,
    Button,
    Card,
    ConfirmDialog,
    Picker,
    Reply,
    Style,
    Visibility,
)
from bot.replies.requester import DEFAULT_TZ, Requester

__all__ = [
    "DEFAULT_TZ",
    "Ask",
    "Attachment",
    "Button",
    "Card",
    "ConfirmDialog",
    "Picker",
    "Reply",
    "Requester",
    "Style",
    "Visibility",
    "explain",
]
