"""Named reads and writes of interview sessions, answers, recordings and instructors' questions.

Every read of a candidate's data is filtered by its owner. JSON columns are decoded here, so
callers see plain Python values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from lib.store.base import Row, Store, Tx

_SESSION_COLUMNS = "id, user_id, role, level, type, language, plan, started_at, status, finished_at, overall"
_ANSWER_COLUMNS = (
    "id, session_id, user_id, position, kind, parent_id, question, answer, language, source, recording_id,"
    " delivery, status, overall, scores, notice, follow_up, created_at, scored_at"
)


@dataclass(frozen=True)
class SessionRow:
    id: int
    user_id: int
    role: str
    level: str
    type: str
    language: str
    plan: list[dict[str, Any]]
    started_at: datetime
    status: str
    finished_at: datetime | None
    overall: int | None


@dataclass(frozen=True)
class AnswerRow:
    id: int
    session_id: int
    user_id: int
    position: int
    kind: str
    parent_id: int | None
    question: dict[str, Any]
    answer: str
    language: str
    source: str
    recording_id: str | None
    delivery: dict[str, Any] | None
    status: str
    overall: int | None
    scores: dict[str, Any] | None
    notice: str | None
    follow_up: dict[str, Any] | None
    created_at: datetime
    scored_at: datetime | None


def decode(value: str | None) -> Any:
    """A JSON column's value (None stays None)."""
    return None if value is None else json.loads(value)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _session(row: Row) -> SessionRow:
    return SessionRow(**{**row, "plan": json.loads(row["plan"])})


def _answer(row: Row) -> AnswerRow:
    decoded = {key: decode(row[key]) for key in ("question", "delivery", "scores", "follow_up")}
    return AnswerRow(**{**row, **decoded})


# Sessions -------------------------------------------------------------------------------------


def insert_session(
    tx: Tx, *, user_id: int, role: str, level: str, type: str, language: str, plan: list[dict[str, Any]], now: datetime
) -> int:
    return int(
        tx.fetch_value(
            "INSERT INTO interview_sessions (user_id, role, level, type, language, plan, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, role, level, type, language, _dump(plan), now),
        )
    )


def session(store: Store | Tx, user_id: int, session_id: int) -> SessionRow | None:
    row = store.fetch_one(
        f"SELECT {_SESSION_COLUMNS} FROM interview_sessions WHERE id = ? AND user_id = ?", (session_id, user_id)
    )
    return None if row is None else _session(row)


def open_session(store: Store, user_id: int) -> SessionRow | None:
    """The newest unfinished interview, to continue where the candidate left off."""
    row = store.fetch_one(
        f"SELECT {_SESSION_COLUMNS} FROM interview_sessions WHERE user_id = ? AND status = 'in_progress'"
        " ORDER BY started_at DESC, id DESC LIMIT 1",
        (user_id,),
    )
    return None if row is None else _session(row)


def finish_session(tx: Tx, user_id: int, session_id: int, *, overall: int | None, now: datetime) -> bool:
    """Mark finished once; False when it already was (so XP is awarded once)."""
    return (
        tx.update(
            "UPDATE interview_sessions SET status = 'finished', finished_at = ?, overall = ?"
            " WHERE id = ? AND user_id = ? AND status = 'in_progress'",
            (now, overall, session_id, user_id),
        )
        == 1
    )


def sessions_frame(store: Store, user_id: int) -> pd.DataFrame:
    return store.fetch_df(
        "SELECT s.id, s.started_at, s.role, s.level, s.type, s.status, s.overall,"
        " (SELECT COUNT(*) FROM interview_answers a WHERE a.session_id = s.id AND a.kind = 'main') AS answered"
        " FROM interview_sessions s WHERE s.user_id = ? ORDER BY s.started_at DESC, s.id DESC",
        (user_id,),
    )


def scored_answers_frame(store: Store, user_id: int) -> pd.DataFrame:
    """Every scored main answer and retry with its role and scores JSON, oldest first."""
    return store.fetch_df(
        "SELECT a.id, a.created_at, s.role, a.kind, a.overall, a.scores FROM interview_answers a"
        " JOIN interview_sessions s ON s.id = a.session_id"
        " WHERE a.user_id = ? AND a.status = 'scored' AND a.kind IN ('main', 'retry')"
        " ORDER BY a.created_at, a.id",
        (user_id,),
    )


def delete_answers(tx: Tx, user_id: int, session_id: int) -> list[str]:
    """Delete a session's answers; returns the recording ids they held."""
    recordings = [
        str(row["recording_id"])
        for row in tx.fetch_all(
            "SELECT recording_id FROM interview_answers WHERE session_id = ? AND user_id = ?"
            " AND recording_id IS NOT NULL",
            (session_id, user_id),
        )
    ]
    tx.execute("DELETE FROM interview_answers WHERE session_id = ? AND user_id = ?", (session_id, user_id))
    return recordings


def delete_session(tx: Tx, user_id: int, session_id: int) -> None:
    """Delete a session whose answers are already deleted."""
    tx.execute("DELETE FROM interview_sessions WHERE id = ? AND user_id = ?", (session_id, user_id))


# Answers --------------------------------------------------------------------------------------


def insert_answer(
    tx: Tx,
    *,
    session_id: int,
    user_id: int,
    position: int,
    kind: str,
    parent_id: int | None,
    question: dict[str, Any],
    answer: str,
    language: str,
    source: str,
    recording_id: str | None,
    delivery: dict[str, Any] | None,
    now: datetime,
) -> int:
    return int(
        tx.fetch_value(
            "INSERT INTO interview_answers (session_id, user_id, position, kind, parent_id, question, answer,"
            " language, source, recording_id, delivery, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id",
            (
                session_id,
                user_id,
                position,
                kind,
                parent_id,
                _dump(question),
                answer,
                language,
                source,
                recording_id,
                _dump(delivery),
                now,
            ),
        )
    )


def answer(store: Store | Tx, user_id: int, answer_id: int) -> AnswerRow | None:
    row = store.fetch_one(
        f"SELECT {_ANSWER_COLUMNS} FROM interview_answers WHERE id = ? AND user_id = ?", (answer_id, user_id)
    )
    return None if row is None else _answer(row)


def answers(store: Store | Tx, user_id: int, session_id: int) -> list[AnswerRow]:
    rows = store.fetch_all(
        f"SELECT {_ANSWER_COLUMNS} FROM interview_answers WHERE session_id = ? AND user_id = ? ORDER BY id",
        (session_id, user_id),
    )
    return [_answer(row) for row in rows]


def answered_questions(store: Store, user_id: int) -> list[dict[str, Any]]:
    """The question snapshots of every main answer the user gave, to prefer new questions."""
    return [
        decode(row["question"])
        for row in store.fetch_all(
            "SELECT question FROM interview_answers WHERE user_id = ? AND kind = 'main'", (user_id,)
        )
    ]


def record_scores(
    tx: Tx,
    user_id: int,
    answer_id: int,
    *,
    overall: int,
    scores: dict[str, Any],
    notice: str | None,
    follow_up: dict[str, Any] | None,
    now: datetime,
) -> None:
    tx.execute(
        "UPDATE interview_answers SET status = 'scored', overall = ?, scores = ?, notice = ?, follow_up = ?,"
        " scored_at = ? WHERE id = ? AND user_id = ?",
        (overall, _dump(scores), notice, _dump(follow_up), now, answer_id, user_id),
    )


def drop_follow_up(tx: Tx, user_id: int, answer_id: int) -> None:
    tx.execute("UPDATE interview_answers SET follow_up = NULL WHERE id = ? AND user_id = ?", (answer_id, user_id))


# Recordings -----------------------------------------------------------------------------------


def insert_recording(
    tx: Tx, *, recording_id: str, user_id: int, size_bytes: int, seconds: float, now: datetime
) -> None:
    tx.execute(
        "INSERT INTO interview_recordings (id, user_id, size_bytes, seconds, created_at) VALUES (?, ?, ?, ?, ?)",
        (recording_id, user_id, size_bytes, seconds, now),
    )


def recording(store: Store | Tx, user_id: int, recording_id: str) -> Row | None:
    return store.fetch_one(
        "SELECT id, size_bytes, seconds, created_at FROM interview_recordings WHERE id = ? AND user_id = ?",
        (recording_id, user_id),
    )


def recordings(store: Store, user_id: int) -> list[Row]:
    """The user's recordings, newest first, with the question each one answered (if any)."""
    return store.fetch_all(
        "SELECT r.id, r.size_bytes, r.seconds, r.created_at, MIN(a.question) AS question"
        " FROM interview_recordings r LEFT JOIN interview_answers a ON a.recording_id = r.id"
        " WHERE r.user_id = ? GROUP BY r.id, r.size_bytes, r.seconds, r.created_at"
        " ORDER BY r.created_at DESC, r.id",
        (user_id,),
    )


def delete_recording(tx: Tx, user_id: int, recording_id: str) -> bool:
    tx.execute(
        "UPDATE interview_answers SET recording_id = NULL WHERE recording_id = ? AND user_id = ?",
        (recording_id, user_id),
    )
    return tx.update("DELETE FROM interview_recordings WHERE id = ? AND user_id = ?", (recording_id, user_id)) == 1


def expired_recordings(store: Store | Tx, before: datetime) -> list[str]:
    return [
        str(row["id"]) for row in store.fetch_all("SELECT id FROM interview_recordings WHERE created_at < ?", (before,))
    ]


def delete_recordings(tx: Tx, ids: list[str]) -> None:
    for recording_id in ids:
        tx.execute("UPDATE interview_answers SET recording_id = NULL WHERE recording_id = ?", (recording_id,))
        tx.execute("DELETE FROM interview_recordings WHERE id = ?", (recording_id,))


# Instructors' questions -----------------------------------------------------------------------


def insert_question(
    tx: Tx,
    *,
    role: str,
    type: str,
    level: str,
    language: str,
    text: str,
    rubric: dict[str, Any] | None,
    created_by: int,
    now: datetime,
) -> int:
    return int(
        tx.fetch_value(
            "INSERT INTO interview_questions (role, type, level, language, text, rubric, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (role, type, level, language, text, _dump(rubric), created_by, now),
        )
    )


def custom_questions(store: Store, role: str | None = None) -> list[dict[str, Any]]:
    """Instructors' questions (all, or one role's), newest first, with the rubric decoded."""
    where, params = ("WHERE role = ?", (role,)) if role else ("", ())
    rows = store.fetch_all(
        "SELECT id, role, type, level, language, text, rubric, created_by, created_at FROM interview_questions"
        f" {where} ORDER BY created_at DESC, id DESC",
        params,
    )
    return [{**row, "rubric": decode(row["rubric"])} for row in rows]


def delete_question(tx: Tx, question_id: int, *, created_by: int | None) -> bool:
    """Delete a question; `created_by` limits it to the author's own (None: any, for admins)."""
    if created_by is None:
        return tx.update("DELETE FROM interview_questions WHERE id = ?", (question_id,)) == 1
    return tx.update("DELETE FROM interview_questions WHERE id = ? AND created_by = ?", (question_id, created_by)) == 1
