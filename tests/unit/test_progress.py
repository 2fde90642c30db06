"""XP levels and streaks derived from the ledger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lib.progress import level_for, streak, xp_for_level


@pytest.mark.parametrize(("xp", "level"), [(0, 1), (99, 1), (100, 2), (299, 2), (300, 3), (600, 4), (10_000, 14)])
def test_levels_need_a_growing_amount_of_xp(xp, level):
    assert level_for(xp) == level
    assert xp_for_level(level) <= xp < xp_for_level(level + 1)


TODAY = date(2026, 4, 10)


def days(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=offset) for offset in offsets]


@pytest.mark.parametrize(
    ("active", "expected"),
    [
        ([], 0),
        (days(0), 1),
        (days(0, 1, 2), 3),
        (days(1, 2), 2),  # today not yet active: the streak is still alive
        (days(2, 3), 0),  # a missed day ends it
        (days(0, 1, 3, 4), 2),
    ],
)
def test_a_streak_counts_consecutive_active_days(active, expected):
    assert streak(active, TODAY) == expected
