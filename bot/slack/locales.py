"""The date order a Slack locale writes: month first for US English, day first elsewhere."""

from __future__ import annotations

from typing import Literal

MONTH_FIRST = frozenset({"en-US", "en-PH", "en-CA", "es-US", "zh-CN", "zh-TW", "ja-JP", "ko-KR"})
"""Locales that write numeric dates month first (or year-month-day, where 3/4 is month first)."""


def date_order(locale: str | None) -> Literal["MDY", "DMY"]:
    """ "DMY" for day-first locales (en-GB, en-AU, en-IN, fr-FR, ...); "MDY" when none is known."""
    if not locale or locale.replace("_", "-") in MONTH_FIRST:
        return "MDY"
    return "DMY"
