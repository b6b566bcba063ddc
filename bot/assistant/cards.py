"""Cards for the write loop: confirm, done, undone, and problems."""

from __future__ import annotations

from bot.assistant.plans import Plan
from bot.mrkdwn import escape
from bot.replies import Attachment, Button, Card, ConfirmDialog, Reply

CONFIRM, EDIT, CANCEL, UNDO = "confirm", "edit", "cancel", "undo"
VERBS = {
    "create": "Create",
    "update": "Update",
    "delete": "Delete",
    "start": "Start",
    "stop": "Stop",
    "call": "Send",
}
PAST = {
    "create": "Created",
    "update": "Updated",
    "delete": "Deleted",
    "start": "Started",
    "stop": "Stopped",
    "call": "Sent",
}
NOTHING_TO_EDIT = ("delete", "stop")
WARNED = ("check:", "time given in", "read ")


def confirmation(plan: Plan, key: str, *, problem: str | None = None) -> Reply:
    """The card shown before any write; nothing reaches Clio until Confirm (`problem`: mrkdwn)."""
    verb = VERBS[plan.action]
    headline = escape(plan.headline)
    if plan.action == "delete":
        go = Button(
            label=f"Delete {plan.title.lower()}",
            action=CONFIRM,
            value=key,
            style="danger",
            confirm=ConfirmDialog(
                title=f"Delete this {plan.title.lower()}?",
                text="Deleting in Clio is final: it cannot be undone from here.",
            ),
        )
        note = "Deletes are final: there is no Undo."
    else:
        go = Button(label=verb, action=CONFIRM, value=key, style="primary")
        note = "Nothing is saved in Clio until you confirm."
    buttons = [go]
    if plan.action not in NOTHING_TO_EDIT:
        buttons.append(Button(label="Edit", action=EDIT, value=key))
    buttons.append(Button(label="Cancel", action=CANCEL, value=key))
    lines = [f"*{verb}:* {headline}"]
    lines += [f":warning: {escape(said)}" for said in warnings(plan)]
    if problem:
        lines.append(f":warning: {problem}")
    return Reply(text=f"{verb} {headline}?", cards=[Card(lines=lines, buttons=buttons, note=note)])


def warnings(plan: Plan) -> list[str]:
    """What the reading wants checked before Confirm: sanity checks and time zones read."""
    said = plan.source.get("intent", {}).get("assumptions", []) if plan.source else []
    return [s for s in said if s.startswith(WARNED)]


def done(
    plan: Plan,
    *,
    link: str | None,
    undo_key: str | None,
    minutes: int,
    extra: list[str] | None = None,
    attachment: Attachment | None = None,
) -> Reply:
    """The card after a successful write, with a link to Clio and, for a while, Undo.

    `extra` lines (mrkdwn) say what Clio answered (a payment link to share, the time a timer ran).
    """
    past = PAST[plan.action]
    headline = escape(plan.headline)
    lines = [f":white_check_mark: *{past}:* {headline}", *(extra or [])]
    if link:
        lines.append(f"<{link}|Open in Clio>")
    buttons = []
    note = None
    if undo_key:
        buttons.append(Button(label="Undo", action=UNDO, value=undo_key))
        note = f"Undo stays available for {minutes} minutes."
    return Reply(
        text=f"{past}: {headline}",
        cards=[Card(lines=lines, buttons=buttons, note=note)],
        replace=True,
        attachment=attachment,
    )


def closed(text: str) -> Reply:
    """Replaces a card whose buttons must no longer be used (`text`: mrkdwn)."""
    return Reply(text=text, cards=[Card(lines=[text])], replace=True)
