"""`/clio help`: what the bot understands, with examples."""

from __future__ import annotations

from bot.mrkdwn import escape
from bot.replies import Card, Reply

EXAMPLES = [
    (
        "Log time",
        "`log 1.5h on Smith v Jones yesterday drafting motion` · `0.3 call w/ client re settlement 00042-Smith`",
    ),
    ("Expenses", "`expense $45.20 parking for Smith v Jones on Nov 10`"),
    ("Your time", "`my time today` · `time on 00042-Smith this week`"),
    (
        "Tasks",
        "`task for <@U123> file motion due Friday high priority` · `my tasks due this week` · `mark task 88 complete`",
    ),
    (
        "Calendar",
        "`schedule hearing in Smith v Jones Nov 24 2-4pm at Courtroom 4` · `my agenda tomorrow` · "
        "`move Monday's status call to 4pm`",
    ),
    ("Notes", "`note on Patel matter: client called about the will`"),
    (
        "Matters",
        "`find matters for Acme` · `new matter for Jane Smith: Smith v Jones` · `close the Patel matter`",
    ),
    (
        "Channel notifications",
        "`watch matters` · `notify this channel when matters are closed` · `watch tasks for Smith v Jones` · "
        "`watching` · `health` · `unwatch tasks`",
    ),
    (
        "Channel default",
        "`default matter 00042-Smith` sets this channel's matter · `default matter` clears it",
    ),
    (
        "Matter details",
        "`new matter for John Smith: lease, practice area Real Estate, responsible <@U123>, non-billable` · "
        "`matters practice area Litigation responsible attorney me` · `matters responsible staff me` · "
        "`matters closed last month`",
    ),
    (
        "Contacts",
        "`add contact Jane Roe jane@roe.com mobile 212-555-0100 at Acme Corp, title CFO` · "
        "`find client contacts starting with S` · `change Jane Roe's email to jr@x.com` · `delete contact 55`",
    ),
    (
        "Calls and emails",
        "`log call with John Smith re settlement on Smith v Jones: discussed offer` · "
        "`log email from Jane Roe: sent the lease` · `calls with John Smith last week`",
    ),
    ("Contact notes", "`note on contact Emily Chen: prefers email`"),
    (
        "People",
        "`find users named Marcus` · `find attorneys` · `users with role billing` · `who am I`",
    ),
    ("Bills", "`overdue bills` · `unpaid bills for Acme` · `bills due this week` · `bill 1002`"),
    (
        "Clio Payments",
        "`payment link for bill 1002 $250 expires in 7 days` · `send John Smith a payment link for $500` · `active payment links` · `payments on bill 1001`",
    ),
    (
        "Personal Injury",
        "`add special damages $12,000 lost wages to Garcia` · `damages on 00040-Garcia` · `medical records from Dr. Lena Hart for Garcia, in treatment, records requested`",
    ),
    ("Timer", "`start timer on Smith v Jones drafting` · `is my timer running` · `stop timer`"),
    (
        "API call (admins)",
        "`api GET /api/v4/bills.json?limit=5` · `api POST /api/v4/notes.json {…}`",
    ),
    (
        "Documents",
        "share a file, then `upload to 00042-Smith` (or send it to me with the matter) · `find documents for Smith v Jones`",
    ),
    ("Folders", "`create folder Discovery in 00042-Smith` · `move folder 12 into folder 14`"),
    (
        "Repeating events",
        "`schedule status call every week Nov 24 2pm for 6 weeks` · `move calendar entry 770004_20261130 to 4pm` (one occurrence)",
    ),
    ("Activity codes", "`log 1h on 00042-Smith drafting, activity L120` · `… as Legal research`"),
    (
        "Task extras",
        "`task call the court assigned to Ravi Patel due Friday private` · `move task 12 to 00039-Patel`",
    ),
    (
        "Attendees and calendars",
        "`schedule hearing Nov 24 2pm invite @Marcus and Ravi Patel` · `… on the firm calendar` · `… on Hannah's calendar`",
    ),
    (
        "Task types",
        "`task file the answer due Friday task type Court Filing` · `tasks of type Discovery`",
    ),
]


def card(default_matter: str | None) -> Reply:
    lines = [f"*{title}:* {example}" for title, example in EXAMPLES]
    if default_matter:
        lines.append(f"This channel's default matter is *{escape(default_matter)}*.")
    note = "Every create, update or delete shows you a confirmation first; nothing is written to Clio until you confirm."
    return Reply(
        text="What I can do with Clio", cards=[Card(title="Clio for Slack", lines=lines, note=note)]
    )


def not_yet(resource: str, action: str) -> str:
    what = resource.replace("_", " ").replace("/", " ")
    return f"I can't {action} {what} from chat yet. Try `/clio help` for what works today."
