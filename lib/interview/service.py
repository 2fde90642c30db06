"""Mock interviews for their owner: start, record, answer, score, follow up, finish, retry.

What the candidate gives is stored before anything can fail on it: a recording is written and
listed before it is transcribed, and an answer is saved as "pending" before it is scored, so
a failed transcription, an AI outage or a crash never loses either. Recordings live under
DATA_DIR/recordings with random names, are listed in the candidate's settings, deletable one by
one and deleted after RECORDING_RETENTION_DAYS.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from lib.ai.protocol import Transcriber, TranscriptOutcome
from lib.ai.resilient import transcribe_with_fallback
from lib.ai.wav import read_wav
from lib.auth.permissions import Permission, can, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.interview import plan, report
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
MAX_QUESTION_CHARS = 1_000


def recordings_dir(settings: Settings) -> Path:
    return settings.data_dir / "recordings"


def _recording_path(settings: Settings, recording_id: str) -> Path:
    return recordings_dir(settings) / f"{uuid.UUID(recording_id)}.wav"  # a UUID, never a user's path


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


# Recordings -----------------------------------------------------------------------------------


def keep_recording(store: Store, settings: Settings, user: User, wav: bytes, *, now: datetime | None = None) -> str:
    """Check and store a recording under a generated name; returns its id.

    Raises TranscriptionError (with the reason) for a file that is not a usable WAV; nothing is
    stored then.
    """
    require(user, Permission.PRACTISE)
    if len(wav) > settings.upload_max_mb * 1024 * 1024:
        raise ValidationError(N_("This recording is larger than {n} MB."), n=settings.upload_max_mb)
    audio = read_wav(wav)
    recording_id = str(uuid.uuid4())
    path = _recording_path(settings, recording_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(wav)
    try:
        with store.transaction() as tx:
            rows.insert_recording(
                tx,
                recording_id=recording_id,
                user_id=user.id,
                size_bytes=len(wav),
                seconds=round(audio.seconds, 2),
                now=now or utcnow(),
            )
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return recording_id


def recording_bytes(store: Store, settings: Settings, user: User, recording_id: str) -> bytes:
    if rows.recording(store, user.id, recording_id) is None:
        raise NotFound()
    try:
        return _recording_path(settings, recording_id).read_bytes()
    except OSError:
        raise NotFound() from None


def transcribe(
    store: Store,
    settings: Settings,
    user: User,
    recording_id: str,
    language: str,
    *,
    transcriber: Transcriber,
    fallback: Transcriber,
) -> TranscriptOutcome:
    """A draft transcript of a kept recording, for the candidate to correct before scoring."""
    wav = recording_bytes(store, settings, user, recording_id)
    return transcribe_with_fallback(wav, language, transcriber=transcriber, fallback=fallback)


def recordings(store: Store, user: User) -> list[dict[str, Any]]:
    """The user's recordings, newest first, each with the question it answered (its snapshot)."""
    found = []
    for row in rows.recordings(store, user.id):
        found.append({**row, "question": rows.decode(row["question"])})
    return found


def delete_recording(store: Store, settings: Settings, user: User, recording_id: str) -> None:
    """Delete one recording; the answer it carried stays, as text."""
    with store.transaction() as tx:
        if not rows.delete_recording(tx, user.id, recording_id):
            raise NotFound()
    _recording_path(settings, recording_id).unlink(missing_ok=True)


def purge_recordings(store: Store, settings: Settings, now: datetime) -> int:
    """Delete every recording older than the retention period; returns how many."""
    expired = rows.expired_recordings(store, now - timedelta(days=settings.recording_retention_days))
    if expired:
        with store.transaction() as tx:
            rows.delete_recordings(tx, expired)
        for recording_id in expired:
            _recording_path(settings, recording_id).unlink(missing_ok=True)
    return len(expired)


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
        wav = recording_bytes(store, settings, user, recording_id)
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
        _recording_path(settings, recording_id).unlink(missing_ok=True)


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


# Instructors' questions -----------------------------------------------------------------------


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
