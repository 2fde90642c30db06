"""Named reads and writes of aptitude attempts, their items, imported questions and ratings.

Every read of an attempt is filtered by its owner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from lib.store.base import Row, Store, Tx

_ATTEMPT_COLUMNS = (
    "id, user_id, section, difficulty, mode, question_count, started_at, deadline, status, finished_at, correct, score"
)
_ITEM_COLUMNS = (
    "attempt_id, position, question_key, topic, difficulty, answer, wordings, shown_at, chosen, answered_at, flagged"
)


@dataclass(frozen=True)
class AttemptRow:
    id: int
    user_id: int
    section: str
    difficulty: str
    mode: str
    question_count: int
    started_at: datetime
    deadline: datetime | None
    status: str
    finished_at: datetime | None
    correct: int | None
    score: int | None


@dataclass(frozen=True)
class ItemRow:
    attempt_id: int
    position: int
    question_key: str
    topic: str
    difficulty: str
    answer: int
    wordings: dict[str, Any]
    shown_at: datetime
    chosen: int | None
    answered_at: datetime | None
    flagged: bool


def _item(row: Row) -> ItemRow:
    return ItemRow(**{**row, "wordings": json.loads(row["wordings"])})


def insert_attempt(
    tx: Tx,
    *,
    user_id: int,
    section: str,
    difficulty: str,
    mode: str,
    question_count: int,
    started_at: datetime,
    deadline: datetime | None,
) -> int:
    return int(
        tx.fetch_value(
            "INSERT INTO aptitude_attempts (user_id, section, difficulty, mode, question_count, started_at, deadline)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, section, difficulty, mode, question_count, started_at, deadline),
        )
    )


def insert_item(
    tx: Tx,
    *,
    attempt_id: int,
    position: int,
    question_key: str,
    topic: str,
    difficulty: str,
    answer: int,
    wordings: dict[str, Any],
    shown_at: datetime,
) -> None:
    tx.execute(
        "INSERT INTO aptitude_items (attempt_id, position, question_key, topic, difficulty, answer, wordings, shown_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            attempt_id,
            position,
            question_key,
            topic,
            difficulty,
            answer,
            json.dumps(wordings, ensure_ascii=False),
            shown_at,
        ),
    )


def attempt(store: Store | Tx, user_id: int, attempt_id: int) -> AttemptRow | None:
    row = store.fetch_one(
        f"SELECT {_ATTEMPT_COLUMNS} FROM aptitude_attempts WHERE id = ? AND user_id = ?", (attempt_id, user_id)
    )
    return None if row is None else AttemptRow(**row)


def open_attempts(store: Store | Tx, user_id: int) -> list[AttemptRow]:
    rows = store.fetch_all(
        f"SELECT {_ATTEMPT_COLUMNS} FROM aptitude_attempts WHERE user_id = ? AND status = 'in_progress'"
        " ORDER BY started_at DESC",
        (user_id,),
    )
    return [AttemptRow(**row) for row in rows]


def items(store: Store | Tx, attempt_id: int) -> list[ItemRow]:
    rows = store.fetch_all(
        f"SELECT {_ITEM_COLUMNS} FROM aptitude_items WHERE attempt_id = ? ORDER BY position", (attempt_id,)
    )
    return [_item(row) for row in rows]


def record_choice(tx: Tx, attempt_id: int, position: int, chosen: int, now: datetime) -> None:
    tx.execute(
        "UPDATE aptitude_items SET chosen = ?, answered_at = ? WHERE attempt_id = ? AND position = ?",
        (chosen, now, attempt_id, position),
    )


def record_flag(store: Store | Tx, attempt_id: int, position: int, flagged: bool) -> None:
    store.execute(
        "UPDATE aptitude_items SET flagged = ? WHERE attempt_id = ? AND position = ?", (flagged, attempt_id, position)
    )


def close_attempt(tx: Tx, attempt_id: int, *, finished_at: datetime) -> bool:
    """Move an attempt from in progress to finished; False when another request already did."""
    changed = tx.update(
        "UPDATE aptitude_attempts SET status = 'finished', finished_at = ? WHERE id = ? AND status = 'in_progress'",
        (finished_at, attempt_id),
    )
    return changed == 1


def record_score(tx: Tx, attempt_id: int, *, correct: int, score: int) -> None:
    tx.execute("UPDATE aptitude_attempts SET correct = ?, score = ? WHERE id = ?", (correct, score, attempt_id))


def lock_user(tx: Tx, user_id: int) -> None:
    """Serialise one user's attempt changes: a row lock on PostgreSQL (DuckDB writers are serialised anyway)."""
    tx.execute("UPDATE users SET last_login = last_login WHERE id = ?", (user_id,))


def lock_open_attempt(tx: Tx, attempt_id: int) -> bool:
    """Lock an attempt row against a concurrent finish (on PostgreSQL); False when it is no longer open."""
    return (
        tx.update("UPDATE aptitude_attempts SET status = status WHERE id = ? AND status = 'in_progress'", (attempt_id,))
        == 1
    )


def seen_question_keys(store: Store, user_id: int, limit: int) -> set[str]:
    """Keys of the questions this user saw most recently, to avoid repeating them."""
    rows = store.fetch_all(
        "SELECT i.question_key FROM aptitude_items i JOIN aptitude_attempts a ON a.id = i.attempt_id"
        " WHERE a.user_id = ? ORDER BY i.shown_at DESC LIMIT ?",
        (user_id, limit),
    )
    return {row["question_key"] for row in rows}


def ratings(store: Store | Tx, user_id: int) -> dict[str, tuple[float, int]]:
    rows = store.fetch_all("SELECT topic, rating, answered FROM aptitude_ratings WHERE user_id = ?", (user_id,))
    return {row["topic"]: (float(row["rating"]), int(row["answered"])) for row in rows}


def save_rating(tx: Tx, user_id: int, topic: str, rating: float, answered: int, now: datetime) -> None:
    tx.execute("DELETE FROM aptitude_ratings WHERE user_id = ? AND topic = ?", (user_id, topic))
    tx.execute(
        "INSERT INTO aptitude_ratings (user_id, topic, rating, answered, updated_at) VALUES (?, ?, ?, ?, ?)",
        (user_id, topic, rating, answered, now),
    )


def imported_questions(store: Store, section: str) -> list[Row]:
    return store.fetch_all(
        "SELECT key, section, topic, difficulty, answer, wordings FROM aptitude_questions WHERE section = ?",
        (section,),
    )


def upsert_imported(tx: Tx, *, row: dict[str, Any], imported_by: int, now: datetime) -> str:
    """Store an imported question: "added", "updated" (same question, corrected answer or text) or "same"."""
    wordings = json.dumps(row["wordings"], ensure_ascii=False, sort_keys=True)
    values = (row["section"], row["topic"], row["difficulty"], row["answer"], wordings)
    existing = tx.fetch_one(
        "SELECT section, topic, difficulty, answer, wordings FROM aptitude_questions WHERE key = ?", (row["key"],)
    )
    if existing is None:
        tx.execute(
            "INSERT INTO aptitude_questions (key, section, topic, difficulty, answer, wordings, imported_by,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row["key"], *values, imported_by, now),
        )
        return "added"
    if tuple(existing.values()) == values:
        return "same"
    tx.execute(
        "UPDATE aptitude_questions SET section = ?, topic = ?, difficulty = ?, answer = ?, wordings = ?,"
        " imported_by = ?, imported_at = ? WHERE key = ?",
        (*values, imported_by, now, row["key"]),
    )
    return "updated"


def history_frame(store: Store, user_id: int) -> pd.DataFrame:
    """Finished attempts, newest first, with their duration and answered count."""
    return store.fetch_df(
        "SELECT a.id, a.section, a.difficulty, a.mode, a.started_at, a.finished_at, a.question_count,"
        " a.correct, a.score, count(i.chosen) AS answered"
        " FROM aptitude_attempts a LEFT JOIN aptitude_items i ON i.attempt_id = a.id"
        " WHERE a.user_id = ? AND a.status = 'finished'"
        " GROUP BY a.id, a.section, a.difficulty, a.mode, a.started_at, a.finished_at, a.question_count,"
        " a.correct, a.score ORDER BY a.started_at DESC",
        (user_id,),
    )


def topic_accuracy_frame(store: Store, user_id: int) -> pd.DataFrame:
    """Per section and topic: questions answered and answered right, over finished attempts."""
    return store.fetch_df(
        "SELECT a.section, i.topic, count(*) AS questions,"
        " sum(CASE WHEN i.chosen = i.answer THEN 1 ELSE 0 END) AS correct"
        " FROM aptitude_items i JOIN aptitude_attempts a ON a.id = i.attempt_id"
        " WHERE a.user_id = ? AND a.status = 'finished'"
        " GROUP BY a.section, i.topic ORDER BY a.section, i.topic",
        (user_id,),
    )
