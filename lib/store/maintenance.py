"""Housekeeping at start-up: drop sign-in records and sessions nobody can use any more."""

from __future__ import annotations

from datetime import datetime, timedelta

from lib.store.base import Store

ATTEMPTS_KEPT = timedelta(days=1)  # far longer than any throttling window reads
SESSIONS_KEPT = timedelta(days=30)  # ended sessions, kept a while for support questions


def purge(store: Store, now: datetime) -> None:
    with store.transaction() as tx:
        tx.execute("DELETE FROM login_attempts WHERE attempted_at < ?", (now - ATTEMPTS_KEPT,))
        tx.execute(
            "DELETE FROM login_sessions WHERE expires_at < ? OR revoked_at < ?",
            (now - SESSIONS_KEPT, now - SESSIONS_KEPT),
        )
