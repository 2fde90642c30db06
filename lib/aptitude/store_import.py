"""Keeping imported questions: all of a file or none of it, by instructors and admins only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from lib.aptitude.bank import wordings_data
from lib.aptitude.model import Question
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.store import Store
from lib.store import aptitude as rows
from lib.store.users import User


def save_imported(store: Store, actor: User, questions: Sequence[Question], *, now: datetime | None = None) -> int:
    """Store the questions in one transaction; returns how many were new (repeats are skipped)."""
    require(actor, Permission.IMPORT_QUESTIONS)
    now = now or utcnow()
    added = 0
    with store.transaction() as tx:
        for question in questions:
            question.check()
            record = {
                "key": question.key,
                "section": question.section,
                "topic": question.topic,
                "difficulty": question.difficulty,
                "answer": question.answer,
                "wordings": wordings_data(question),
            }
            added += rows.insert_imported(tx, row=record, imported_by=actor.id, now=now)
    return added
