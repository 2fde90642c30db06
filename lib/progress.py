"""XP, levels and streaks, all derived from the append-only activity ledger."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lib.clock import utcnow
from lib.store import Store, activity
from lib.store.users import User

DAILY_VISIT_XP = 5
XP_PER_LEVEL_STEP = 100
STREAK_LOOKBACK_DAYS = 400


@dataclass(frozen=True)
class Progress:
    xp: int
    level: int
    level_floor_xp: int
    next_level_xp: int
    streak_days: int


def level_for(xp: int) -> int:
    """Level n needs 100 * n * (n - 1) / 2 XP: each level asks 100 XP more than the last."""
    return int((1 + math.sqrt(1 + 8 * max(xp, 0) / XP_PER_LEVEL_STEP)) / 2)


def xp_for_level(level: int) -> int:
    return XP_PER_LEVEL_STEP * level * (level - 1) // 2


def streak(days_newest_first: Sequence[date], today: date) -> int:
    """Consecutive active days ending today, or yesterday if today has no activity yet."""
    if not days_newest_first:
        return 0
    expected = today if days_newest_first[0] == today else today - timedelta(days=1)
    count = 0
    for day in days_newest_first:
        if day != expected:
            break
        count += 1
        expected -= timedelta(days=1)
    return count


def record_daily_visit(store: Store, user: User, now: datetime | None = None) -> bool:
    """Award the day's visit once; concurrent runs on the same day award it once."""
    now = now or utcnow()
    with store.transaction() as tx:
        return activity.award(
            tx, user_id=user.id, kind="daily_visit", reference=now.date().isoformat(), xp=DAILY_VISIT_XP, now=now
        )


def summary(store: Store, user: User, now: datetime | None = None) -> Progress:
    now = now or utcnow()
    xp = activity.total_xp(store, user.id)
    level = level_for(xp)
    days = activity.active_days(store, user.id, since=now - timedelta(days=STREAK_LOOKBACK_DAYS))
    return Progress(
        xp=xp,
        level=level,
        level_floor_xp=xp_for_level(level),
        next_level_xp=xp_for_level(level + 1),
        streak_days=streak(days, now.date()),
    )
