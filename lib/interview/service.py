"""Mock interviews for their owner: start, answer, score, follow up, finish, retry, history.

An answer is saved as "pending" before it is scored, so an AI outage or a crash never loses it;
the page scores pending answers again when it next runs. Recordings are in recordings.py,
instructors' questions in questions.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pandas as pd

from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.interview import plan, recordings, report
from lib.interview.ai_coach import AIInterviewCoach, score_with_fallback
from lib.interview.bank import LEVELS, ROLES
from lib.interview.delivery import measure
from lib.settings import Settings
from lib.store import Store, activity
from lib.store import interview as rows
from lib.store import resume as resume_rows
from lib.store.interview import AnswerRow, SessionRow
from lib.store.users import User

XP_PER_INTERVIEW = 20
XP_PER_ANSWER = 5
MAX_ANSWER_CHARS = 10_000


def _session(store: Store, user: User, session_id: int) -> SessionRow:
    found = rows.session(store, user.id, session_id)
    if found is None:
        raise NotFound()
    return found


def _answer(store: Store, user: User, answer_id: int) -> AnswerRow:
    found = rows.answer(store, user.id, answer_id)
    if found is None:
        raise NotFound()
    return found


# Starting -------------------------------------------------------------------------------------


def start(
    store: Store,
    user: User,
    *,
    role: str,
    level: str,
    session_type: str,
    count: int,
    language: str,
    use_resume: bool = False,
    now: datetime | None = None,
) -> int:
    """Choose the questions and open the interview; returns its id."""
    require(user, Permission.PRACTISE)
    if role not in ROLES or level not in LEVELS or session_type not in plan.SESSION_TYPES:
        raise ValidationError(N_("Choose a role, a level and a type of interview."))
    if count not in plan.LENGTHS:
        raise ValidationError(N_("Choose how many questions you want."))
    resume = resume_rows.latest_report(store, user.id) if use_resume else None
    if use_resume and resume is None:
        raise ValidationError(
            N_("You have no analysed resume yet. Analyse one on the Resume page, or start without it.")
        )
    now = now or utcnow()
    seen = {answer["key"] for answer in rows.answered_questions(store, user.id)}
    questions = plan.choose_questions(
        role=role,
        level=level,
        session_type=session_type,
        count=count,
        seed=uuid.uuid4().int,
        seen=seen,
        custom=rows.custom_questions(store, role),
        resume=resume,
    )
    if not questions:
        raise ValidationError(N_("There are no questions of this type for this role. Choose another type."))
    with store.transaction() as tx:
        return rows.insert_session(
            tx, user_id=user.id, role=role, level=level, type=session_type, language=language, plan=questions, now=now
        )


def open_session(store: Store, user: User) -> SessionRow | None:
    return rows.open_session(store, user.id)


def session(store: Store, user: User, session_id: int) -> SessionRow:
    return _session(store, user, session_id)


def answers(store: Store, user: User, session_id: int) -> list[AnswerRow]:
    return rows.answers(store, user.id, session_id)


# Answering ------------------------------------------------------------------------------------


def _question_for(
    store: Store, user: User, current: SessionRow, position: int, kind: str, parent_id: int | None
) -> tuple[dict[str, Any], int]:
    """The question snapshot an answer responds to, and its position in the plan."""
    if kind == "main":
        if not 0 <= position < len(current.plan):
            raise NotFound()
        return current.plan[position], position
    if parent_id is None:
        raise NotFound()
    parent = _answer(store, user, parent_id)
    if parent.session_id != current.id:
        raise NotFound()
    if kind == "follow_up":
        if parent.follow_up is None:
            raise NotFound()
        return parent.follow_up, parent.position
    return parent.question, parent.position


def submit_answer(
    store: Store,
    settings: Settings,
    user: User,
    session_id: int,
    *,
    text: str,
    position: int = 0,
    kind: str = "main",
    parent_id: int | None = None,
    language: str = "en",
    recording_id: str | None = None,
    now: datetime | None = None,
) -> int:
    """Save an answer as pending (scores come from score_pending); returns its id."""
    require(user, Permission.PRACTISE)
    text = text.strip()
    if not text:
        raise ValidationError(N_("Write or record an answer first."))
    if len(text) > MAX_ANSWER_CHARS:
        raise ValidationError(N_("Answers are limited to {n} characters."), n=MAX_ANSWER_CHARS)
    if kind not in ("main", "follow_up", "retry"):
        raise ValidationError(N_("Something went wrong. Please try again."))
    current = _session(store, user, session_id)
    question, position = _question_for(store, user, current, position, kind, parent_id)
    delivery = None
    if recording_id is not None:
        wav = recordings.recording_bytes(store, settings, user, recording_id)
        delivery = measure(wav, text).as_dict()
    with store.transaction() as tx:
        if kind == "main" and any(
            a.kind == "main" and a.position == position for a in rows.answers(tx, user.id, session_id)
        ):
            raise ValidationError(N_("This question is already answered. Use retry on the report to answer again."))
        return rows.insert_answer(
            tx,
            session_id=session_id,
            user_id=user.id,
            position=position,
            kind=kind,
            parent_id=parent_id,
            question=question,
            answer=text,
            language=language,
            source="voice" if recording_id else "typed",
            recording_id=recording_id,
            delivery=delivery,
            now=now or utcnow(),
        )


def score_pending(
    store: Store,
    user: User,
    answer_id: int,
    *,
    coach: AIInterviewCoach | None,
    names: Sequence[str] = (),
    now: datetime | None = None,
) -> AnswerRow:
    """Score a saved answer (once) and decide on a follow-up; returns the scored row."""
    found = _answer(store, user, answer_id)
    if found.status == "scored":
        return found
    current = _session(store, user, found.session_id)
    asked = plan.question_text(found.question, found.language)
    question = plan.rubric_question(found.question, current.role, current.level)
    score, notice = score_with_fallback(
        coach, asked, found.answer, question=question, language=found.language, redact_names=names
    )
    overall, dimensions = report.answer_totals(score.as_dict(), found.delivery)
    follow = plan.follow_up(score, found.question, found.answer, found.language) if found.kind == "main" else None
    with store.transaction() as tx:
        rows.record_scores(
            tx,
            user.id,
            answer_id,
            overall=overall,
            scores={**score.as_dict(), "dimensions": dimensions},
            notice=notice,
            follow_up=follow,
            now=now or utcnow(),
        )
    return _answer(store, user, answer_id)


def skip_follow_up(store: Store, user: User, answer_id: int) -> None:
    _answer(store, user, answer_id)
    with store.transaction() as tx:
        rows.drop_follow_up(tx, user.id, answer_id)


def finish(store: Store, user: User, session_id: int, *, now: datetime | None = None) -> SessionRow:
    """Close the interview with its overall score and award XP once."""
    current = _session(store, user, session_id)
    mains = [a for a in rows.answers(store, user.id, session_id) if a.kind == "main" and a.overall is not None]
    if not mains:
        raise ValidationError(N_("Answer at least one question before finishing."))
    now = now or utcnow()
    overall = report.session_overall([a.overall for a in mains if a.overall is not None])
    with store.transaction() as tx:
        if rows.finish_session(tx, user.id, session_id, overall=overall, now=now):
            activity.award(
                tx,
                user_id=user.id,
                kind="interview",
                reference=f"interview:{current.id}",
                xp=XP_PER_INTERVIEW + XP_PER_ANSWER * len(mains),
                now=now,
            )
    return _session(store, user, session_id)


def delete_session(store: Store, settings: Settings, user: User, session_id: int) -> None:
    """Delete an interview with its answers and their recordings."""
    _session(store, user, session_id)
    with store.transaction() as tx:
        recording_ids = rows.delete_answers(tx, user.id, session_id)
        for recording_id in recording_ids:
            rows.delete_recording(tx, user.id, recording_id)
    # A second transaction: DuckDB's foreign-key check does not see the answers deleted above.
    # Interrupted in between, an empty interview remains, and deleting it again finishes the job.
    with store.transaction() as tx:
        rows.delete_session(tx, user.id, session_id)
    for recording_id in recording_ids:
        recordings.file_path(settings, recording_id).unlink(missing_ok=True)


# History --------------------------------------------------------------------------------------


def history(store: Store, user: User) -> pd.DataFrame:
    require(user, Permission.PRACTISE)
    return rows.sessions_frame(store, user.id)


def dimension_history(store: Store, user: User) -> pd.DataFrame:
    """One row per scored answer and dimension: created_at, role, dimension, score."""
    require(user, Permission.PRACTISE)
    frame = rows.scored_answers_frame(store, user.id)
    records = [
        {"created_at": row.created_at, "role": row.role, "dimension": name, "score": value}
        for row in frame.itertuples()
        for name, value in rows.decode(row.scores)["dimensions"].items()
    ]
    return pd.DataFrame(records, columns=["created_at", "role", "dimension", "score"])
