"""Login sessions: created at sign-in, checked on every run, revoked server-side."""

from __future__ import annotations

from datetime import datetime

from lib.store.base import Store, Tx


def create(tx: Tx, *, session_hash: str, user_id: int, now: datetime, expires_at: datetime) -> None:
    tx.execute(
        "INSERT INTO login_sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (session_hash, user_id, now, expires_at),
    )


def active_user_id(store: Store, session_hash: str, now: datetime) -> int | None:
    """The user of a session that is neither revoked nor expired."""
    value = store.fetch_value(
        "SELECT user_id FROM login_sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?",
        (session_hash, now),
    )
    return None if value is None else int(value)


def revoke(store: Store | Tx, session_hash: str, now: datetime) -> None:
    store.execute("UPDATE login_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now, session_hash))


def revoke_all_for_user(store: Store | Tx, user_id: int, now: datetime, *, keep: str | None = None) -> None:
    store.execute(
        "UPDATE login_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND id <> ?",
        (now, user_id, keep or ""),
    )
