"""The App Home: connection, today's time, open tasks due this week, examples."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.assistant.describe import task
from bot.assistant.help import EXAMPLES
from bot.assistant.humanize import hours
from bot.assistant.resolve import Resolver
from bot.clio import ClioClient, ClioError
from bot.mrkdwn import escape
from bot.replies import Card, Requester


async def home_cards(
    clio: ClioClient, resolver: Resolver, who: Requester, now: dt.datetime
) -> list[Card]:
    today = now.astimezone(ZoneInfo(who.tz)).date()
    week_end = today + dt.timedelta(days=6 - today.weekday())
    try:
        me_account = await clio.users.who_am_i()
        me = await resolver.user("me", who)
    except ClioError as error:
        problem = escape(error.message)
        return [Card(title="Clio", lines=[f":warning: Not connected to Clio ({problem})."])]
    firm = escape(me_account.account.name) if me_account.account else "your firm"
    cards = [Card(title="Clio", lines=[f":large_green_circle: Connected to *{firm}* in Clio."])]
    if me.found is None:
        cards.append(
            Card(
                lines=[
                    "No Clio user has your Slack email, so your own time and tasks can't be shown."
                ]
            )
        )
    else:
        user_id = me.found.id
        entries = [
            a
            async for a in clio.activities.list(
                {
                    "user_id": user_id,
                    "start_date": today.isoformat(),
                    "end_date": today.isoformat(),
                    "type": "TimeEntry",
                }
            )
        ]
        logged = sum(a.quantity or 0 for a in entries if not a.hours_hidden)
        cards.append(
            Card(title="Today", lines=[f"{hours(logged)} logged in {len(entries)} time entries."])
        )
        tasks = [
            t
            async for t in clio.tasks.list(
                {
                    "assignee_id": user_id,
                    "assignee_type": "user",
                    "due_at_to": week_end.isoformat(),
                    "complete": False,
                }
            )
        ]
        lines = [escape(" · ".join(task(t)[1])) for t in tasks[:15]] or ["Nothing due this week."]
        cards.append(Card(title="My open tasks due this week", lines=[f"• {x}" for x in lines]))
    cards.append(Card(title="Try", lines=[f"*{t}:* {e}" for t, e in EXAMPLES]))
    return cards
