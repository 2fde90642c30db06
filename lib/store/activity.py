"""The append-only activity ledger and the figures derived from it."""

from __future__ import annotations

from datetime import date, datetime

from lib.store.base import Store, Tx


def award(tx: Tx, *, user_id: int, kind: str, reference: str | None, xp: int, now: datetime) -> bool:
    """Append an activity; a (user, kind, reference) already present is not awarded again."""
    if reference is not None and tx.fetch_value(
        "SELECT count(*) FROM activity WHERE user_id = ? AND kind = ? AND reference = ?",
        (user_id, kind, reference),
    ):
        return False
    tx.execute(
        "INSERT INTO activity (user_id, kind, reference, xp, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (user_id, kind, reference, xp, now),
    )
    return True


def total_xp(store: Store, user_id: int) -> int:
    return int(store.fetch_value("SELECT COALESCE(sum(xp), 0) FROM activity WHERE user_id = ?", (user_id,)))


def active_days(store: Store, user_id: int, since: datetime) -> list[date]:
    """Distinct UTC days with any activity since a time, newest first."""
    rows = store.fetch_all(
        "SELECT DISTINCT CAST(created_at AS DATE) AS day FROM activity"
        " WHERE user_id = ? AND created_at >= ? ORDER BY day DESC",
        (user_id, since),
    )
    return [row["day"] for row in rows]


def count_by_kind(store: Store, user_id: int) -> dict[str, int]:
    rows = store.fetch_all("SELECT kind, count(*) AS n FROM activity WHERE user_id = ? GROUP BY kind", (user_id,))
    return {row["kind"]: int(row["n"]) for row in rows}
