"""Timed aptitude attempts, with the deadline and the score decided on the server.

An attempt's start and deadline live in the database. An answer counts only if
it arrives before the deadline (plus a small grace for latency); later answers
are refused and the attempt is closed as at its deadline, whether or not the
browser is still open. Finishing moves the attempt from "in progress" to
"finished" once: a second submit is told the attempt is already closed.
In exam mode no answer key or explanation leaves this package before the end.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from lib.aptitude import adaptive
from lib.aptitude.bank import wordings_data
from lib.aptitude.model import DIFFICULTIES, SECTIONS, Question
from lib.aptitude.pool import QuestionPool
from lib.aptitude.views import AttemptView, build
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import N_, AppError, NotFound, ValidationError
from lib.store import Store, Tx, activity
from lib.store import aptitude as rows
from lib.store.users import User

GRACE = timedelta(seconds=5)
MODES = {"practice": N_("Practice"), "exam": N_("Exam")}
LEVELS = {**DIFFICULTIES, "adaptive": N_("Adaptive")}
MIN_QUESTIONS, MAX_QUESTIONS = 1, 50
MIN_TIME_LIMIT_S, MAX_TIME_LIMIT_S = 30, 3 * 3600
XP_PER_ATTEMPT, XP_PER_CORRECT = 10, 5


def xp_for(correct: int, answered: int) -> int:
    """XP a finished attempt earns: nothing without an answer, then a base and more per right answer."""
    return XP_PER_ATTEMPT + XP_PER_CORRECT * correct if answered else 0


class AttemptClosed(AppError):
    message = N_("This test is already closed: it was submitted, or its time ran out.")


class AttemptInProgress(AppError):
    message = N_("You already have a test in progress. Finish it before starting another.")


@dataclass(frozen=True)
class AttemptRequest:
    section: str
    difficulty: str
    count: int
    mode: str
    time_limit_s: int | None = None

    def check(self) -> None:
        if self.section not in SECTIONS:
            raise ValidationError(N_("Choose one of the offered sections."))
        if self.difficulty not in LEVELS:
            raise ValidationError(N_("Choose one of the offered difficulties."))
        if self.mode not in MODES:
            raise ValidationError(N_("Choose practice or exam mode."))
        if not MIN_QUESTIONS <= self.count <= MAX_QUESTIONS:
            raise ValidationError(
                N_("Choose between {low} and {high} questions."), low=MIN_QUESTIONS, high=MAX_QUESTIONS
            )
        if self.mode == "exam" and not (
            self.time_limit_s is not None and MIN_TIME_LIMIT_S <= self.time_limit_s <= MAX_TIME_LIMIT_S
        ):
            raise ValidationError(
                N_("Choose a time limit between {low} seconds and {high} minutes."),
                low=MIN_TIME_LIMIT_S,
                high=MAX_TIME_LIMIT_S // 60,
            )


def _fresh_rng() -> random.Random:
    return random.Random(secrets.randbits(64))


def _insert_item(tx: Tx, attempt_id: int, position: int, question: Question, now: datetime) -> None:
    rows.insert_item(
        tx,
        attempt_id=attempt_id,
        position=position,
        question_key=question.key,
        topic=question.topic,
        difficulty=question.difficulty,
        answer=question.answer,
        wordings=wordings_data(question),
        shown_at=now,
    )


def start(
    store: Store,
    user: User,
    request: AttemptRequest,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
    language: str = "en",
) -> AttemptView:
    """Open a new attempt; one at a time per candidate, even when two starts race."""
    require(user, Permission.PRACTISE)
    request.check()
    now = now or utcnow()
    rng = rng or _fresh_rng()
    close_expired(store, user, now=now)
    if request.difficulty == "adaptive":
        first = adaptive.next_question(store, user.id, request.section, [], rng)
        questions = [first] if first else []
    else:
        pool = QuestionPool.load(store, user.id, request.section)
        questions = pool.pick(request.count, rng, difficulty=request.difficulty)
    if not questions:
        raise ValidationError(N_("There are no questions for this choice yet. Try another difficulty or section."))
    count = request.count if request.difficulty == "adaptive" else len(questions)
    deadline = (
        now + timedelta(seconds=request.time_limit_s) if request.mode == "exam" and request.time_limit_s else None
    )
    with store.transaction() as tx:
        rows.lock_user(tx, user.id)
        if rows.open_attempts(tx, user.id):
            raise AttemptInProgress()
        attempt_id = rows.insert_attempt(
            tx,
            user_id=user.id,
            section=request.section,
            difficulty=request.difficulty,
            mode=request.mode,
            question_count=count,
            started_at=now,
            deadline=deadline,
        )
        for position, question in enumerate(questions):
            _insert_item(tx, attempt_id, position, question, now)
    return view(store, user, attempt_id, language=language)


def view(store: Store, user: User, attempt_id: int, *, language: str = "en") -> AttemptView:
    attempt = rows.attempt(store, user.id, attempt_id)
    if attempt is None:
        raise NotFound()
    return build(attempt, rows.items(store, attempt_id), language)


def current(store: Store, user: User, *, language: str = "en", now: datetime | None = None) -> AttemptView | None:
    """The candidate's open attempt; ones whose time ran out are closed first."""
    close_expired(store, user, now=now)
    open_now = rows.open_attempts(store, user.id)
    return build(open_now[0], rows.items(store, open_now[0].id), language) if open_now else None


class _TimeUp(Exception):
    """Raised inside a transaction to roll it back before the attempt is closed at its deadline."""


def _lock_open(tx: Tx, user: User, attempt_id: int, now: datetime) -> rows.AttemptRow:
    """The attempt, locked against a concurrent finish; AttemptClosed when it no longer takes answers."""
    attempt = rows.attempt(tx, user.id, attempt_id)
    if attempt is None:
        raise NotFound()
    if attempt.status != "in_progress" or not rows.lock_open_attempt(tx, attempt_id):
        raise AttemptClosed()
    if attempt.deadline is not None and now > attempt.deadline + GRACE:
        raise _TimeUp()
    return attempt


def _time_up(store: Store, user: User, attempt_id: int, now: datetime) -> AttemptClosed:
    with contextlib.suppress(AttemptClosed):
        finish(store, user, attempt_id, now=now)
    return AttemptClosed(N_("Time is up: answers after the deadline do not count. Your test has been submitted."))


def answer(
    store: Store,
    user: User,
    attempt_id: int,
    position: int,
    choice: int,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> None:
    """Record an answer; refused after the deadline, which also closes the attempt.

    An adaptive test takes an answer only for its newest question, and adds the
    next question in the same transaction, chosen from the ratings this answer
    leaves, so two tabs cannot both add one.
    """
    now = now or utcnow()
    attempt = rows.attempt(store, user.id, attempt_id)
    if attempt is None:
        raise NotFound()
    items = rows.items(store, attempt_id)
    following = None
    if attempt.difficulty == "adaptive" and position == len(items) - 1 and len(items) < attempt.question_count:
        answered = [*items[:position], dataclasses.replace(items[position], chosen=choice)]
        following = adaptive.next_question(store, user.id, attempt.section, answered, rng or _fresh_rng())
    try:
        with store.transaction() as tx:
            attempt = _lock_open(tx, user, attempt_id, now)
            items = rows.items(tx, attempt_id)
            if not 0 <= position < len(items) or not 0 <= choice < len(items[position].wordings["en"]["options"]):
                raise ValidationError(N_("Choose one of the options."))
            adaptive_test = attempt.difficulty == "adaptive"
            answered_once = (attempt.mode == "practice" or adaptive_test) and items[position].chosen is not None
            if answered_once or (adaptive_test and position != len(items) - 1):
                raise ValidationError(N_("This question is already answered."))
            rows.record_choice(tx, attempt_id, position, choice, now)
            if following is not None and len(items) == position + 1:
                _insert_item(tx, attempt_id, position + 1, following, now)
    except _TimeUp:
        raise _time_up(store, user, attempt_id, now) from None


def flag(
    store: Store, user: User, attempt_id: int, position: int, flagged: bool, *, now: datetime | None = None
) -> None:
    """Mark a question for review, or unmark it."""
    now = now or utcnow()
    try:
        with store.transaction() as tx:
            _lock_open(tx, user, attempt_id, now)
            rows.record_flag(tx, attempt_id, position, flagged)
    except _TimeUp:
        raise _time_up(store, user, attempt_id, now) from None


def finish(
    store: Store, user: User, attempt_id: int, *, now: datetime | None = None, language: str = "en"
) -> AttemptView:
    """Close the attempt once: score the answers given in time, update ratings, award XP."""
    now = now or utcnow()
    with store.transaction() as tx:
        rows.lock_user(tx, user.id)  # ratings are read and written below: one finisher per user at a time
        attempt = rows.attempt(tx, user.id, attempt_id)
        if attempt is None:
            raise NotFound()
        finished_at = min(now, attempt.deadline) if attempt.deadline is not None else now
        if not rows.close_attempt(tx, attempt_id, finished_at=finished_at):
            raise AttemptClosed()
        cutoff = attempt.deadline + GRACE if attempt.deadline is not None else None
        counted = [
            item
            for item in rows.items(tx, attempt_id)
            if item.chosen is not None
            and (cutoff is None or (item.answered_at is not None and item.answered_at <= cutoff))
        ]
        correct = sum(item.chosen == item.answer for item in counted)
        rows.record_score(tx, attempt_id, correct=correct, score=round(100 * correct / attempt.question_count))
        adaptive.save_ratings(tx, user.id, attempt.section, counted, finished_at)
        if counted:
            activity.award(
                tx,
                user_id=user.id,
                kind="aptitude_attempt",
                reference=f"attempt:{attempt_id}",
                xp=xp_for(correct, len(counted)),
                now=finished_at,
            )
    return view(store, user, attempt_id, language=language)


def close_expired(store: Store, user: User, *, now: datetime | None = None) -> list[int]:
    """Close, as at their deadline, attempts whose time ran out while nobody was looking; returns their ids."""
    now = now or utcnow()
    closed = []
    for attempt in rows.open_attempts(store, user.id):
        if attempt.deadline is not None and now > attempt.deadline + GRACE:
            with contextlib.suppress(AttemptClosed):  # another request closed it first
                finish(store, user, attempt.id, now=now)
                closed.append(attempt.id)
    return closed
