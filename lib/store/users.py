"""Named reads and writes of the users table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from lib.store.base import Row, Store, Tx

ROLES = ("candidate", "instructor", "admin")
_COLUMNS = (
    "id, email, name, avatar_path, bio, role, language, theme, timezone,"
    " leaderboard_visible, disabled, created_at, last_login"
)


@dataclass(frozen=True)
class User:
    id: int
    email: str
    name: str
    avatar_path: str | None
    bio: str
    role: str
    language: str
    theme: str
    timezone: str
    leaderboard_visible: bool
    disabled: bool
    created_at: datetime
    last_login: datetime | None


def _user(row: Row | None) -> User | None:
    return None if row is None else User(**row)


def get(store: Store | Tx, user_id: int) -> User | None:
    return _user(store.fetch_one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)))


def password_hash_for(store: Store | Tx, email: str) -> tuple[int, str, bool] | None:
    """(id, password hash, disabled) for an e-mail, for sign-in only."""
    row = store.fetch_one("SELECT id, password_hash, disabled FROM users WHERE email = ?", (email,))
    return None if row is None else (row["id"], row["password_hash"], row["disabled"])


def password_hash_of(store: Store | Tx, user_id: int) -> str | None:
    value = store.fetch_value("SELECT password_hash FROM users WHERE id = ?", (user_id,))
    return None if value is None else str(value)


def email_taken(tx: Tx, email: str) -> bool:
    return bool(tx.fetch_value("SELECT count(*) FROM users WHERE email = ?", (email,)))


def insert(
    tx: Tx, *, email: str, password_hash: str, name: str, language: str, now: datetime, admin_email: str | None
) -> User:
    """Insert a user. The admin is the account with `admin_email` when that is set, else the first account."""
    if admin_email is not None:
        role = "admin" if email == admin_email else "candidate"
    else:
        role = "candidate" if tx.fetch_value("SELECT count(*) FROM users") else "admin"
    user_id = tx.fetch_value(
        "INSERT INTO users (email, password_hash, name, role, language, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (email, password_hash, name, role, language, now),
    )
    user = _user(tx.fetch_one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)))
    assert user is not None
    return user


_UPDATABLE = frozenset(
    {
        "name",
        "bio",
        "language",
        "theme",
        "timezone",
        "leaderboard_visible",
        "avatar_path",
        "password_hash",
        "role",
        "disabled",
        "last_login",
    }
)


def update(store: Store | Tx, user_id: int, **fields: Any) -> None:
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"Not updatable: {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    store.execute(f"UPDATE users SET {assignments} WHERE id = ?", (*fields.values(), user_id))


def search_for_admin(store: Store, text: str, limit: int) -> pd.DataFrame:
    """Accounts whose e-mail or name contains the text, newest first, at most `limit`."""
    pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return store.fetch_df(
        "SELECT id, email, name, role, disabled, created_at, last_login FROM users"
        " WHERE lower(email) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'"
        " ORDER BY id DESC LIMIT ?",
        (pattern, pattern, limit),
    )


def count_admins(store: Store | Tx) -> int:
    return int(store.fetch_value("SELECT count(*) FROM users WHERE role = 'admin' AND NOT disabled"))
