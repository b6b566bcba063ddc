"""The date order read from a Slack locale."""

from __future__ import annotations

import pytest

from bot.slack.locales import date_order


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IE", "en-NZ", "en-IN", "en-ZA", "fr-FR"])
def test_day_first_locales(locale):
    assert date_order(locale) == "DMY"


@pytest.mark.parametrize("locale", ["en-US", None, ""])
def test_month_first_or_unknown(locale):
    assert date_order(locale) == "MDY"
