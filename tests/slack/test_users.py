"""The firm's Clio users from chat (read only): by name, role and subscription; who am I."""

from __future__ import annotations

from tests.slack.helpers import command, items, text_of


def user_queries(traffic) -> list:
    return [
        u for verb, u, _ in traffic.requests if verb == "GET" and u.path.endswith("/users.json")
    ]


async def test_search_users_by_name(bot, slack, clio_traffic):
    found = await command(bot, slack, "find users named Marcus")
    assert len(items(found)) == 1
    assert "Marcus Bell" in text_of(found)
    assert "marcus@demo-firm.test" in text_of(found)
    asked, fallback = user_queries(clio_traffic)  # Clio's filter first, then part of the name
    assert asked.params["name"] == "Marcus"
    assert "name" not in fallback.params


async def test_search_users_by_role(bot, slack, clio_traffic):
    found = await command(bot, slack, "find users with role billing")
    shown = text_of(found)
    assert "Marcus Bell" in shown
    assert "Tom Reyes" in shown
    assert "Hannah" not in shown
    assert user_queries(clio_traffic)[-1].params["role"] == "billing"


async def test_search_users_by_subscription_type(bot, slack, clio_traffic):
    found = await command(bot, slack, "find attorneys")
    shown = text_of(found)
    assert len(items(found)) == 3
    assert "Priya" not in shown
    assert "Tom" not in shown
    assert user_queries(clio_traffic)[-1].params["subscription_type"] == "attorney"


async def test_who_am_i(bot, slack):
    card = await command(bot, slack, "who am I")
    assert "alice@demo-firm.test" in text_of(card)
    assert "Attorney" in text_of(card)


async def test_users_cannot_be_written(bot, slack):
    card = await command(bot, slack, "delete user 5")
    assert "can't delete users from chat" in text_of(card)
