"""Keeping imported questions: all of a file or none of it, by instructors and admins only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lib.aptitude.bank import wordings_data
from lib.aptitude.model import Question
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.store import Store
from lib.store import aptitude as rows
from lib.store.users import User


@dataclass(frozen=True)
class Saved:
    added: int
    updated: int
    unchanged: int


def save_imported(store: Store, actor: User, questions: Sequence[Question], *, now: datetime | None = None) -> Saved:
    """Store the questions in one transaction.

    A question already in the bank (same text and options) is updated when its
    answer or explanation changed, so an instructor can correct a key by importing again.
    """
    require(actor, Permission.IMPORT_QUESTIONS)
    now = now or utcnow()
    outcomes: Counter[str] = Counter()
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
            outcomes[rows.upsert_imported(tx, row=record, imported_by=actor.id, now=now)] += 1
    return Saved(added=outcomes["added"], updated=outcomes["updated"], unchanged=outcomes["same"])
