"""Questions instructors and admins add to the bank, with a rubric (key points, model answer) or
without one, in which case answers are scored on the general criteria."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lib.auth.permissions import Permission, can, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.interview.bank import LEVELS, ROLES
from lib.store import Store
from lib.store import interview as rows
from lib.store.users import User

MAX_QUESTION_CHARS = 1_000


def parse_key_points(text: str) -> list[dict[str, Any]]:
    """One key point per line, synonyms after a colon: "indexes: index, b-tree, lookup"."""
    points = []
    for line in text.splitlines():
        point, _, synonyms = line.partition(":")
        if point.strip():
            points.append(
                {"point": point.strip()[:200], "synonyms": [s.strip()[:100] for s in synonyms.split(",") if s.strip()]}
            )
    return points


def add_question(
    store: Store,
    user: User,
    *,
    role: str,
    question_type: str,
    level: str,
    language: str,
    text: str,
    key_points: str = "",
    model_answer: str = "",
    now: datetime | None = None,
) -> int:
    """An instructor's own question; with key points it gets a rubric, else the general criteria."""
    require(user, Permission.IMPORT_QUESTIONS)
    text = " ".join(text.split())
    if len(text) < 10:
        raise ValidationError(N_("Write the question in at least a few words."))
    if len(text) > MAX_QUESTION_CHARS:
        raise ValidationError(N_("Questions are limited to {n} characters."), n=MAX_QUESTION_CHARS)
    if role not in ROLES or level not in LEVELS or question_type not in ("behavioural", "technical"):
        raise ValidationError(N_("Choose a role, a level and a type of interview."))
    points = parse_key_points(key_points)
    if len(points) > 8:
        raise ValidationError(N_("Give at most 8 key points."))
    outline = [line.strip()[:300] for line in model_answer.splitlines() if line.strip()]
    rubric = {"key_points": points, "model_answer": outline} if points or outline else None
    with store.transaction() as tx:
        return rows.insert_question(
            tx,
            role=role,
            type=question_type,
            level=level,
            language=language,
            text=text,
            rubric=rubric,
            created_by=user.id,
            now=now or utcnow(),
        )


def custom_questions(store: Store, user: User) -> list[dict[str, Any]]:
    require(user, Permission.IMPORT_QUESTIONS)
    return rows.custom_questions(store)


def delete_question(store: Store, user: User, question_id: int) -> None:
    """Instructors delete their own questions; admins any."""
    require(user, Permission.IMPORT_QUESTIONS)
    author = None if can(user, Permission.MANAGE_USERS) else user.id
    with store.transaction() as tx:
        if not rows.delete_question(tx, question_id, created_by=author):
            raise NotFound()
