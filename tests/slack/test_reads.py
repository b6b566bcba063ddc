"""Searches and lookups answer at once, paged, and say what was searched."""

from __future__ import annotations

import datetime as dt

from bot.clio import models as m
from tests.slack.helpers import buttons, click, command, hours_shown, items, searched, text_of


def queried(traffic, path: str) -> list:
    return [
        url for method, url, _ in traffic.requests if method == "GET" and url.path.endswith(path)
    ]


async def test_my_tasks_due_this_week(bot, slack, clio_traffic):
    card = await command(bot, slack, "my tasks due this week")
    shown = text_of(card)
    assert "File response to motion" in shown
    assert "Send engagement letter" in shown
    assert "Review lease amendments" not in shown  # due the week after
    assert "Prepare deposition outline" not in shown  # Priya's
    [url] = queried(clio_traffic, "/tasks.json")
    assert url.params["assignee_type"] == "user"
    assert url.params["due_at_to"] == "2026-11-22"


async def test_my_time_today_after_logging(bot, slack):
    before = hours_shown(await command(bot, slack, "my time today", name="before"))
    card = await command(bot, slack, "log 1.5h on 00042-Smith drafting a reply brief")
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    today = await command(bot, slack, "my time today", name="today")
    assert "drafting a reply brief" in text_of(today)
    assert hours_shown(today) == before + 1.5


async def test_agenda_reads_my_own_calendar(bot, slack, clio_traffic, runtime):
    await command(bot, slack, "my agenda tomorrow")
    [url] = queried(clio_traffic, "/calendar_entries.json")
    me = await runtime.clio.users.who_am_i()
    assert url.params["calendar_id"] == str(me.default_calendar_id)
    assert url.params["from"].startswith("2026-11-19")


async def test_lists_page_with_more(bot, slack):
    first = await command(bot, slack, "find matters")
    assert len(items(first)) == 10
    more = await click(bot, slack, "more", buttons(first)["more"])
    assert len(items(first)) + len(items(more)) == 12  # the demo firm's matters
    assert "00049-Acme" in text_of(more)


async def test_empty_result_says_what_was_searched(bot, slack):
    card = await command(bot, slack, "tasks on 00047-Bluebird")
    assert "No tasks (00047-Bluebird" in text_of(card)


async def test_get_one_record(bot, slack, runtime):
    [task] = [t async for t in runtime.clio.tasks.list({"query": "engagement letter"})]
    card = await command(bot, slack, f"show task {task.id}")
    assert "Send engagement letter" in text_of(card)
    assert "Open in Clio" in text_of(card)
    missing = await command(bot, slack, "show task 999999", name="missing")
    assert "no task 999999" in text_of(missing)


async def test_lists_sort_where_clio_allows(bot, slack, clio_traffic):
    card = await command(bot, slack, "find matters newest first")
    [url] = searched(clio_traffic, "/matters.json")
    assert url.params["order"] == "open_date(desc)"
    assert "sorted by open date, descending" in text_of(card)
    tasks = await command(bot, slack, "tasks sorted by due date", name="tasks")
    dues = [line.split("due ")[1].split(" · ")[0] for line in items(tasks) if "due " in line]
    days = [dt.datetime.strptime(d, "%a %d %b %Y").date() for d in dues]
    assert days == sorted(days)
    assert len(days) >= 3


async def test_my_hours_this_week_total_the_whole_week_in_date_order(bot, slack, runtime):
    matter, *_ = [x async for x in runtime.clio.matters.list({"query": "00042"})]
    for index in range(12):  # more than a page of entries, newest made first
        await runtime.clio.activities.create(
            m.ActivityCreate(
                type="TimeEntry",
                date=dt.date(2026, 11, 18 - index % 3),
                quantity=1800 + 360 * index,
                matter=m.Ref(id=matter.id),
                note=f"week entry {index}",
            )
        )
    me = await runtime.clio.users.who_am_i()
    week = {"user_id": me.id, "start_date": "2026-11-16", "end_date": "2026-11-22"}
    entries = [a async for a in runtime.clio.activities.list(week)]
    expected = round(sum(a.quantity for a in entries if a.type == "TimeEntry") / 3600, 2)
    first = await command(bot, slack, "my hours this week")
    assert len(items(first)) == 10
    assert f"Total for the period: {expected:g} h" in text_of(first)
    more = await click(bot, slack, "more", buttons(first)["more"])
    assert f"Total for the period: {expected:g} h" in text_of(more)  # the week's, not the page's
    shown = [line.split(" · ")[2] for line in items(first) + items(more)]
    days = [dt.datetime.strptime(d, "%a %d %b %Y").date() for d in shown]
    assert days == sorted(days)  # date order, not id order


async def test_tasks_come_in_due_date_order(bot, slack, runtime):
    me = await runtime.clio.users.who_am_i()
    await runtime.clio.tasks.create(  # the newest task is due first
        m.TaskCreate(
            name="Call the court clerk",
            description="Call the court clerk",
            assignee=m.ParticipantRef(id=me.id, type="User"),
            due_at=dt.date(2026, 11, 2),
        )
    )
    tasks = await command(bot, slack, "my tasks")
    assert "Call the court clerk" in items(tasks)[0]
    dues = [line.split("due ")[1].split(" · ")[0] for line in items(tasks) if "due " in line]
    days = [dt.datetime.strptime(d, "%a %d %b %Y").date() for d in dues]
    assert len(days) >= 3
    assert days == sorted(days)


async def test_agenda_comes_in_time_order(bot, slack, runtime):
    me = await runtime.clio.users.who_am_i()
    est = dt.timezone(dt.timedelta(hours=-5))
    for hour, summary in ((16, "Late client call"), (7, "Early docket check")):  # newest earliest
        start = dt.datetime(2026, 11, 19, hour, 0, tzinfo=est)
        await runtime.clio.calendar_entries.create(
            m.CalendarEntryCreate(
                summary=summary,
                start_at=start,
                end_at=start + dt.timedelta(minutes=30),
                calendar_owner=m.Ref(id=me.default_calendar_id),
            )
        )
    agenda = [line for line in items(await command(bot, slack, "my agenda tomorrow"))]
    assert "Early docket check" in agenda[0]
    assert "Late client call" in agenda[-1]
