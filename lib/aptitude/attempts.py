"""Timed aptitude attempts, with the deadline and the score decided on the server.

An attempt's start and deadline live in the database. An answer counts only if
it arrives before the deadline (plus a small grace for latency); later answers
are refused and the attempt is closed as at its deadline, whether or not the
browser is still open. Finishing moves the attempt from "in progress" to
"finished" once: a second submit is told the attempt is already closed.
In exam mode no answer key or explanation leaves this module before the end.
"""

from __future__ import annotations

import contextlib
import random
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from lib.aptitude import pool, rating
from lib.aptitude.bank import wording_from, wordings_data
from lib.aptitude.model import DIFFICULTIES, SECTIONS, Question
from lib.aptitude.topics import TOPICS
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


def xp_for(correct: int) -> int:
    """XP a finished attempt earns: something for finishing, more for each right answer."""
    return XP_PER_ATTEMPT + XP_PER_CORRECT * correct


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


@dataclass(frozen=True)
class ItemView:
    """One question as the candidate may see it now: the answer only once it may be revealed."""

    position: int
    topic: str
    difficulty: str
    question: str
    options: tuple[str, ...]
    chosen: int | None
    flagged: bool
    answer: int | None
    explanation: str | None

    @property
    def answered(self) -> bool:
        return self.chosen is not None

    @property
    def correct(self) -> bool | None:
        return None if self.answer is None or self.chosen is None else self.chosen == self.answer


@dataclass(frozen=True)
class AttemptView:
    id: int
    section: str
    difficulty: str
    mode: str
    status: str
    question_count: int
    started_at: datetime
    deadline: datetime | None
    finished_at: datetime | None
    remaining_s: float | None
    items: tuple[ItemView, ...]
    correct: int | None
    score: int | None

    @property
    def finished(self) -> bool:
        return self.status == "finished"

    @property
    def adaptive(self) -> bool:
        return self.difficulty == "adaptive"


def _view(attempt: rows.AttemptRow, items: list[rows.ItemRow], language: str, now: datetime) -> AttemptView:
    finished = attempt.status == "finished"
    views = []
    for item in items:
        wording = wording_from(item.wordings.get(language) or item.wordings["en"])
        revealed = finished or (attempt.mode == "practice" and item.chosen is not None)
        views.append(
            ItemView(
                position=item.position,
                topic=item.topic,
                difficulty=item.difficulty,
                question=wording.question,
                options=wording.options,
                chosen=item.chosen,
                flagged=item.flagged,
                answer=item.answer if revealed else None,
                explanation=wording.explanation if revealed else None,
            )
        )
    remaining = None
    if attempt.deadline is not None and not finished:
        remaining = max(0.0, (attempt.deadline - now).total_seconds())
    return AttemptView(
        id=attempt.id,
        section=attempt.section,
        difficulty=attempt.difficulty,
        mode=attempt.mode,
        status=attempt.status,
        question_count=attempt.question_count,
        started_at=attempt.started_at,
        deadline=attempt.deadline,
        finished_at=attempt.finished_at,
        remaining_s=remaining,
        items=tuple(views),
        correct=attempt.correct,
        score=attempt.score,
    )


def _insert_item(tx: Tx, attempt_id: int, position: int, question: Question, now: datetime) -> None:
    rows.insert_item(
        tx,
        attempt_id=attempt_id,
        position=position,
        question_key=question.key,
        topic=question.topic,
        difficulty=question.difficulty,
        answer=question.answer,
        shown_at=now,
        wordings=wordings_data(question),
    )


def _rated_answers(section: str, items: list[rows.ItemRow]) -> dict[str, list[tuple[str, bool]]]:
    """Answers in order, grouped under their topic and under their section."""
    grouped: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for item in sorted(items, key=lambda item: item.position):
        if item.chosen is not None:
            result = (item.difficulty, item.chosen == item.answer)
            grouped[item.topic].append(result)
            grouped[rating.section_key(section)].append(result)
    return grouped


def _running_ratings(store: Store | Tx, user_id: int, section: str, items: list[rows.ItemRow]) -> dict[str, float]:
    """Stored ratings moved by this attempt's answers so far."""
    current = {key: value for key, (value, _) in rows.ratings(store, user_id).items()}
    for key, answers in _rated_answers(section, items).items():
        current[key] = rating.replay(current.get(key, rating.START_RATING), answers)
    return current


def _next_adaptive(
    store: Store, user_id: int, section: str, items: list[rows.ItemRow], rng: random.Random
) -> Question | None:
    """The next question of an adaptive attempt, at the difficulty that suits the candidate's rating."""
    ratings = _running_ratings(store, user_id, section, items)
    difficulty = rating.suited_difficulty(ratings.get(rating.section_key(section), rating.START_RATING))
    topics = list(TOPICS[section])
    rng.shuffle(topics)
    asked = frozenset(item.question_key for item in items)
    topics.sort(key=lambda topic: sum(item.topic == topic for item in items))  # least asked topics first
    for level in (difficulty, None):  # the suited difficulty in any topic before any difficulty
        for topic in topics:
            found = pool.choose(
                store,
                user_id=user_id,
                section=section,
                difficulty=level,
                count=1,
                rng=rng,
                topic=topic,
                exclude=asked,
            )
            if found:
                return found[0]
    return None


def start(
    store: Store,
    user: User,
    request: AttemptRequest,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
    language: str = "en",
) -> AttemptView:
    require(user, Permission.PRACTISE)
    request.check()
    now = now or utcnow()
    rng = rng or random.Random(secrets.randbits(64))
    close_expired(store, user, now=now)
    if rows.open_attempts(store, user.id):
        raise AttemptInProgress()
    if request.difficulty == "adaptive":
        first = _next_adaptive(store, user.id, request.section, [], rng)
        questions = [first] if first else []
    else:
        questions = pool.choose(
            store,
            user_id=user.id,
            section=request.section,
            difficulty=request.difficulty,
            count=request.count,
            rng=rng,
        )
    if not questions:
        raise ValidationError(N_("There are no questions for this choice yet. Try another difficulty or section."))
    count = request.count if request.difficulty == "adaptive" else len(questions)
    deadline = (
        now + timedelta(seconds=request.time_limit_s) if request.mode == "exam" and request.time_limit_s else None
    )
    with store.transaction() as tx:
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
    return view(store, user, attempt_id, language=language, now=now)


def view(
    store: Store, user: User, attempt_id: int, *, language: str = "en", now: datetime | None = None
) -> AttemptView:
    attempt = rows.attempt(store, user.id, attempt_id)
    if attempt is None:
        raise NotFound()
    return _view(attempt, rows.items(store, attempt_id), language, now or utcnow())


def current(store: Store, user: User, *, language: str = "en", now: datetime | None = None) -> AttemptView | None:
    """The candidate's open attempt, with its true remaining time; expired ones are closed first."""
    now = now or utcnow()
    close_expired(store, user, now=now)
    open_now = rows.open_attempts(store, user.id)
    return _view(open_now[0], rows.items(store, open_now[0].id), language, now) if open_now else None


def _lock_open(tx: Tx, store: Store, user: User, attempt_id: int, now: datetime) -> rows.AttemptRow:
    """The attempt, locked against a concurrent finish; AttemptClosed when it no longer takes answers."""
    attempt = rows.attempt(tx, user.id, attempt_id)
    if attempt is None:
        raise NotFound()
    if attempt.status != "in_progress" or not rows.lock_open_attempt(tx, attempt_id):
        raise AttemptClosed()
    if attempt.deadline is not None and now > attempt.deadline + GRACE:
        raise _TimeUp()
    return attempt


class _TimeUp(Exception):
    """Raised inside a transaction to roll it back before the attempt is closed at its deadline."""


def answer(
    store: Store,
    user: User,
    attempt_id: int,
    position: int,
    choice: int,
    *,
    now: datetime | None = None,
    language: str = "en",
    rng: random.Random | None = None,
) -> AttemptView:
    """Record an answer; refused after the deadline, which also closes the attempt."""
    now = now or utcnow()
    try:
        with store.transaction() as tx:
            attempt = _lock_open(tx, store, user, attempt_id, now)
            items = rows.items(tx, attempt_id)
            if not 0 <= position < len(items) or not 0 <= choice < len(
                wording_from(items[position].wordings["en"]).options
            ):
                raise ValidationError(N_("Choose one of the options."))
            if attempt.mode == "practice" and items[position].chosen is not None:
                raise ValidationError(N_("This question is already answered."))
            rows.record_choice(tx, attempt_id, position, choice, now)
    except _TimeUp:
        finish(store, user, attempt_id, now=now)
        raise AttemptClosed(
            N_("Time is up: answers after the deadline do not count. Your test has been submitted.")
        ) from None
    if attempt.difficulty == "adaptive" and position == len(items) - 1 and len(items) < attempt.question_count:
        answered_items = rows.items(store, attempt_id)
        following = _next_adaptive(
            store, user.id, attempt.section, answered_items, rng or random.Random(secrets.randbits(64))
        )
        if following is not None:
            with store.transaction() as tx:
                _insert_item(tx, attempt_id, len(answered_items), following, now)
    return view(store, user, attempt_id, language=language, now=now)


def flag(
    store: Store, user: User, attempt_id: int, position: int, flagged: bool, *, now: datetime | None = None
) -> None:
    """Mark a question for review, or unmark it."""
    now = now or utcnow()
    try:
        with store.transaction() as tx:
            _lock_open(tx, store, user, attempt_id, now)
            rows.record_flag(tx, attempt_id, position, flagged)
    except _TimeUp:
        finish(store, user, attempt_id, now=now)
        raise AttemptClosed() from None


def finish(
    store: Store, user: User, attempt_id: int, *, now: datetime | None = None, language: str = "en"
) -> AttemptView:
    """Close the attempt once: score the answers given in time, update ratings, award XP."""
    now = now or utcnow()
    with store.transaction() as tx:
        attempt = rows.attempt(tx, user.id, attempt_id)
        if attempt is None:
            raise NotFound()
        finished_at = min(now, attempt.deadline) if attempt.deadline is not None else now
        if not rows.close_attempt(tx, attempt_id, finished_at=finished_at, correct=0, score=0):
            raise AttemptClosed()
        cutoff = attempt.deadline + GRACE if attempt.deadline is not None else None
        items = [
            item
            for item in rows.items(tx, attempt_id)
            if item.chosen is not None
            and (cutoff is None or (item.answered_at is not None and item.answered_at <= cutoff))
        ]
        correct = sum(item.chosen == item.answer for item in items)
        score = round(100 * correct / attempt.question_count)
        tx.execute("UPDATE aptitude_attempts SET correct = ?, score = ? WHERE id = ?", (correct, score, attempt_id))
        _save_ratings(tx, user.id, attempt.section, items, now)
        activity.award(
            tx,
            user_id=user.id,
            kind="aptitude_attempt",
            reference=f"attempt:{attempt_id}",
            xp=xp_for(correct),
            now=now,
        )
    return view(store, user, attempt_id, language=language, now=now)


def _save_ratings(tx: Tx, user_id: int, section: str, answered: list[rows.ItemRow], now: datetime) -> None:
    stored = rows.ratings(tx, user_id)
    for key, answers in _rated_answers(section, answered).items():
        before, count = stored.get(key, (rating.START_RATING, 0))
        rows.save_rating(tx, user_id, key, rating.replay(before, answers), count + len(answers), now)


def close_expired(store: Store, user: User, *, now: datetime | None = None) -> None:
    """Close, as at their deadline, attempts whose time ran out while nobody was looking."""
    now = now or utcnow()
    for attempt in rows.open_attempts(store, user.id):
        if attempt.deadline is not None and now > attempt.deadline + GRACE:
            with contextlib.suppress(AttemptClosed):  # another request closed it first
                finish(store, user, attempt.id, now=now)
