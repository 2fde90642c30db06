"""Erasing everything a user left in the database, for account deletion.

Children before parents. On PostgreSQL in one transaction; on DuckDB one transaction per
table, because DuckDB's foreign-key check does not see rows deleted earlier in the same
transaction (erasing again finishes an interrupted erasure). A feature that adds a table
with user data adds its rows here.
"""

from __future__ import annotations

from collections.abc import Callable

from lib.store.base import Store, Tx


def _statements(user_id: int, email: str) -> list[tuple[str, tuple[object, ...]]]:
    return [
        ("DELETE FROM interview_answers WHERE user_id = ?", (user_id,)),
        ("DELETE FROM interview_sessions WHERE user_id = ?", (user_id,)),
        ("DELETE FROM interview_recordings WHERE user_id = ?", (user_id,)),
        ("DELETE FROM interview_questions WHERE created_by = ?", (user_id,)),
        ("DELETE FROM resume_analyses WHERE user_id = ?", (user_id,)),
        ("DELETE FROM resume_files WHERE user_id = ?", (user_id,)),
        (
            "DELETE FROM aptitude_items WHERE attempt_id IN (SELECT id FROM aptitude_attempts WHERE user_id = ?)",
            (user_id,),
        ),
        ("DELETE FROM aptitude_attempts WHERE user_id = ?", (user_id,)),
        ("DELETE FROM aptitude_ratings WHERE user_id = ?", (user_id,)),
        ("DELETE FROM aptitude_questions WHERE imported_by = ?", (user_id,)),
        ("DELETE FROM cohort_members WHERE user_id = ?", (user_id,)),
        (
            "DELETE FROM cohort_members WHERE cohort_id IN (SELECT id FROM cohorts WHERE instructor_id = ?)",
            (user_id,),
        ),
        ("DELETE FROM cohorts WHERE instructor_id = ?", (user_id,)),
        ("DELETE FROM activity WHERE user_id = ?", (user_id,)),
        ("DELETE FROM login_sessions WHERE user_id = ?", (user_id,)),
        ("DELETE FROM login_attempts WHERE email = ?", (email,)),
        ("DELETE FROM users WHERE id = ?", (user_id,)),
    ]


def erase_user(store: Store, user_id: int, email: str, *, guard: Callable[[Tx], None]) -> list[str]:
    """Delete the user's rows once `guard` (run first, in the first transaction) allows it.

    Returns the paths, relative to DATA_DIR, of the user's uploads and recordings, for the
    caller to delete from disk.
    """
    statements = _statements(user_id, email)
    with store.transaction() as tx:
        guard(tx)
        files = [
            f"uploads/{row['id']}.{row['kind']}"
            for row in tx.fetch_all("SELECT id, kind FROM resume_files WHERE user_id = ?", (user_id,))
        ] + [
            f"recordings/{row['id']}.wav"
            for row in tx.fetch_all("SELECT id FROM interview_recordings WHERE user_id = ?", (user_id,))
        ]
        if store.backend == "postgres":
            for sql, params in statements:
                tx.execute(sql, params)
            return files
    for sql, params in statements:
        with store.transaction() as tx:
            tx.execute(sql, params)
    return files
