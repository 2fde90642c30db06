"""The append-only record of sign-in attempts that throttling reads."""

from __future__ import annotations

from datetime import datetime

from lib.store.base import Store, Tx


def record(store: Store | Tx, email: str, *, succeeded: bool, now: datetime) -> None:
    store.execute(
        "INSERT INTO login_attempts (email, succeeded, attempted_at) VALUES (?, ?, ?)",
        (email, succeeded, now),
    )


def recent_failures(store: Store | Tx, email: str, since: datetime) -> list[datetime]:
    """Failure times after `since` and after the last success, oldest first."""
    rows = store.fetch_all(
        "SELECT attempted_at FROM login_attempts"
        " WHERE email = ? AND NOT succeeded AND attempted_at > ?"
        " AND attempted_at > COALESCE((SELECT max(attempted_at) FROM login_attempts"
        "     WHERE email = ? AND succeeded), ?)"
        " ORDER BY attempted_at",
        (email, since, email, since),
    )
    return [row["attempted_at"] for row in rows]
