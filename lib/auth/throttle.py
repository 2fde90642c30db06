"""Sign-in throttling per account: too many failures in a window lock it for a while.

Failures are read from the append-only attempts table, oldest first. The lock
starts at the failure that reaches the limit within the window and expires on
its own; attempts during a lock are refused unchecked and not recorded, so
hammering a locked account does not extend the lock. Someone who sends ten
wrong passwords every fifteen minutes can still keep an account locked: limits
per client address belong in the reverse proxy in front of the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta


def locked_until(
    failures: Sequence[datetime], *, max_failures: int, window: timedelta, lockout: timedelta, now: datetime
) -> datetime | None:
    """The end of the lock in force at `now`, or None when the account is not locked."""
    latest_end: datetime | None = None
    for index in range(max_failures - 1, len(failures)):
        first, last = failures[index - max_failures + 1], failures[index]
        if last - first <= window:
            end = last + lockout
            if end > now and (latest_end is None or end > latest_end):
                latest_end = end
    return latest_end
