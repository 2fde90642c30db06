"""Named reads and writes of resume files and analyses; every read is filtered by owner."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pandas as pd

from lib.store.base import Store, Tx


def insert_file(
    tx: Tx, *, file_id: str, user_id: int, kind: str, size_bytes: int, original_name: str, now: datetime
) -> None:
    tx.execute(
        "INSERT INTO resume_files (id, user_id, kind, size_bytes, original_name, uploaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (file_id, user_id, kind, size_bytes, original_name, now),
    )


def insert_analysis(
    tx: Tx,
    *,
    user_id: int,
    file_id: str | None,
    role: str | None,
    job_text: str | None,
    ats_score: int,
    match_rate: int | None,
    report: dict[str, Any],
    now: datetime,
) -> int:
    return int(
        tx.fetch_value(
            "INSERT INTO resume_analyses (user_id, file_id, created_at, role, job_text, ats_score, match_rate, report)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, file_id, now, role, job_text, ats_score, match_rate, json.dumps(report, ensure_ascii=False)),
        )
    )


def analyses_frame(store: Store, user_id: int) -> pd.DataFrame:
    return store.fetch_df(
        "SELECT a.id, a.created_at, a.role, a.ats_score, a.match_rate, f.original_name, a.file_id"
        " FROM resume_analyses a LEFT JOIN resume_files f ON f.id = a.file_id"
        " WHERE a.user_id = ? ORDER BY a.created_at DESC, a.id DESC",
        (user_id,),
    )


def report(store: Store, user_id: int, analysis_id: int) -> dict[str, Any] | None:
    value = store.fetch_value("SELECT report FROM resume_analyses WHERE id = ? AND user_id = ?", (analysis_id, user_id))
    return None if value is None else dict(json.loads(value))


def latest_report(store: Store, user_id: int) -> dict[str, Any] | None:
    value = store.fetch_value(
        "SELECT report FROM resume_analyses WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1", (user_id,)
    )
    return None if value is None else dict(json.loads(value))


def file_of(store: Store | Tx, user_id: int, file_id: str) -> dict[str, Any] | None:
    return store.fetch_one(
        "SELECT id, kind, size_bytes, original_name, uploaded_at FROM resume_files WHERE id = ? AND user_id = ?",
        (file_id, user_id),
    )


def files(store: Store, user_id: int) -> list[dict[str, Any]]:
    return store.fetch_all(
        "SELECT id, kind, size_bytes, original_name, uploaded_at FROM resume_files WHERE user_id = ?"
        " ORDER BY uploaded_at DESC",
        (user_id,),
    )


def file_of_analysis(tx: Tx, user_id: int, analysis_id: int) -> str | None:
    value = tx.fetch_value("SELECT file_id FROM resume_analyses WHERE id = ? AND user_id = ?", (analysis_id, user_id))
    return None if value is None else str(value)


def file_in_use(tx: Tx, file_id: str) -> bool:
    return bool(tx.fetch_value("SELECT count(*) FROM resume_analyses WHERE file_id = ?", (file_id,)))


def delete_analysis(tx: Tx, user_id: int, analysis_id: int) -> bool:
    return tx.update("DELETE FROM resume_analyses WHERE id = ? AND user_id = ?", (analysis_id, user_id)) == 1


def delete_file(tx: Tx, user_id: int, file_id: str) -> bool:
    tx.execute("UPDATE resume_analyses SET file_id = NULL WHERE file_id = ? AND user_id = ?", (file_id, user_id))
    return tx.update("DELETE FROM resume_files WHERE id = ? AND user_id = ?", (file_id, user_id)) == 1
