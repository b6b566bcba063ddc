"""Cards that ask for the one thing a request is missing, in place."""

from __future__ import annotations

from bot.assistant.drafts import Need
from bot.mrkdwn import escape
from bot.replies import Ask, Button, Card, Picker, Reply

PICK, SEARCH, ANSWER, DROP = "pick", "pick_search", "answer", "drop"


def question(need: Need, key: str) -> Reply:
    """The prompt (plain text, escaped here) and a button per choice (labels are plain text)."""
    buttons = [
        Button(label=choice.label, action=PICK, value=f"{key}|{need.slot}|{index}")
        for index, choice in enumerate(need.choices)
    ]
    buttons.append(Button(label="Cancel", action=DROP, value=key))
    picker = (
        Picker(
            action=SEARCH,
            value=f"{key}|{need.slot}",
            placeholder=f"Search Clio for a {need.picker}…",
            kind=need.picker,
        )
        if need.picker
        else None
    )
    # A record to pick may also be named in words ("smith v jones"), read as the answer.
    label = need.ask or (f"the {need.picker}'s name" if need.picker else None)
    ask = Ask(action=ANSWER, value=f"{key}|{need.slot}", label=label) if label else None
    prompt = escape(need.prompt)
    return Reply(text=prompt, cards=[Card(lines=[prompt], buttons=buttons, picker=picker, ask=ask)])
