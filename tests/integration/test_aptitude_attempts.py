"""Timed attempts on both backends: server deadlines, one score per attempt, owners only, ratings and XP."""

from __future__ import annotations

import random
import threading
from datetime import datetime, timedelta

import pytest

from lib.aptitude import attempts, history
from lib.aptitude.attempts import AttemptClosed, AttemptInProgress, AttemptRequest
from lib.auth import service
from lib.errors import NotFound, ValidationError
from lib.store import activity
from lib.store import aptitude as rows

START = datetime(2026, 6, 1, 10, 0, 0)
PASSWORD = "steady practice pays"


@pytest.fixture
def candidate(store, settings):
    service.sign_up(store, settings, email="admin@example.com", name="Admin", password=PASSWORD)
    return service.sign_up(store, settings, email="cand@example.com", name="Cand", password=PASSWORD)


@pytest.fixture
def other(store, settings, candidate):
    return service.sign_up(store, settings, email="other@example.com", name="Other", password=PASSWORD)


def exam(count: int = 3, seconds: int = 120, section: str = "logical", difficulty: str = "medium") -> AttemptRequest:
    return AttemptRequest(section=section, difficulty=difficulty, count=count, mode="exam", time_limit_s=seconds)


def practice(count: int = 3, section: str = "logical", difficulty: str = "easy") -> AttemptRequest:
    return AttemptRequest(section=section, difficulty=difficulty, count=count, mode="practice")


def begin(store, user, request: AttemptRequest, seed: int = 1):
    return attempts.start(store, user, request, now=START, rng=random.Random(seed))


def key_of(store, attempt_id: int) -> list[int]:
    """The answer key, read as only the server can."""
    return [item.answer for item in rows.items(store, attempt_id)]


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def test_an_exam_hides_answers_and_explanations_until_it_is_finished(store, candidate):
    attempt = begin(store, candidate, exam())
    assert len(attempt.items) == 3 and attempt.deadline == at(120)
    attempts.answer(store, candidate, attempt.id, 0, 1, now=at(10))
    answered = attempts.view(store, candidate, attempt.id)
    assert all(item.answer is None and item.explanation is None for item in answered.items)
    assert answered.items[0].chosen == 1
    finished = attempts.finish(store, candidate, attempt.id, now=at(20))
    assert all(item.answer is not None and item.explanation for item in finished.items)


def test_practice_reveals_the_answer_and_explanation_after_each_answer_and_locks_it(store, candidate):
    attempt = begin(store, candidate, practice())
    key = key_of(store, attempt.id)
    attempts.answer(store, candidate, attempt.id, 0, key[0], now=at(5))
    first, second = attempts.view(store, candidate, attempt.id).items[:2]
    assert first.correct is True and first.explanation
    assert second.answer is None and second.explanation is None
    with pytest.raises(ValidationError, match="already answered"):
        attempts.answer(store, candidate, attempt.id, 0, (key[0] + 1) % 4, now=at(6))


def test_the_score_counts_only_answers_given_before_the_deadline(store, candidate):
    attempt = begin(store, candidate, exam(count=3, seconds=60))
    key = key_of(store, attempt.id)
    attempts.answer(store, candidate, attempt.id, 0, key[0], now=at(30))
    attempts.answer(store, candidate, attempt.id, 1, key[1], now=at(62))  # within the latency grace
    with pytest.raises(AttemptClosed, match="Time is up"):
        attempts.answer(store, candidate, attempt.id, 2, key[2], now=at(70))
    closed = attempts.view(store, candidate, attempt.id)
    assert closed.finished and closed.finished_at == at(60)
    assert (closed.correct, closed.score) == (2, 67)
    assert closed.items[2].chosen is None


def test_reloading_resumes_the_open_attempt_with_the_true_remaining_time(store, candidate):
    attempt = begin(store, candidate, exam(seconds=300))
    attempts.answer(store, candidate, attempt.id, 0, 2, now=at(40))
    resumed = attempts.current(store, candidate, now=at(100))
    assert resumed is not None and resumed.id == attempt.id
    assert resumed.deadline - at(100) == timedelta(seconds=200) and resumed.items[0].chosen == 2


def test_an_attempt_left_open_when_the_browser_closed_is_closed_as_at_its_deadline(store, candidate):
    attempt = begin(store, candidate, exam(seconds=60))
    key = key_of(store, attempt.id)
    attempts.answer(store, candidate, attempt.id, 0, key[0], now=at(10))
    assert attempts.current(store, candidate, now=at(3600)) is None
    closed = attempts.view(store, candidate, attempt.id)
    assert closed.finished and closed.finished_at == at(60) and closed.correct == 1
    assert activity.total_xp(store, candidate.id) == attempts.XP_PER_ATTEMPT + attempts.XP_PER_CORRECT


def test_two_concurrent_submits_give_exactly_one_score(store, candidate):
    attempt = begin(store, candidate, exam())
    key = key_of(store, attempt.id)
    attempts.answer(store, candidate, attempt.id, 0, key[0], now=at(5))
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def submit() -> None:
        barrier.wait()
        try:
            attempts.finish(store, candidate, attempt.id, now=at(30))
            outcomes.append("scored")
        except AttemptClosed:
            outcomes.append("closed")

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["closed", "scored"]
    assert activity.count_by_kind(store, candidate.id) == {"aptitude_attempt": 1}
    assert activity.total_xp(store, candidate.id) == attempts.XP_PER_ATTEMPT + attempts.XP_PER_CORRECT


def test_a_finished_attempt_takes_no_more_answers_or_flags(store, candidate):
    attempt = begin(store, candidate, exam())
    attempts.finish(store, candidate, attempt.id, now=at(10))
    with pytest.raises(AttemptClosed):
        attempts.answer(store, candidate, attempt.id, 0, 0, now=at(11))
    with pytest.raises(AttemptClosed):
        attempts.flag(store, candidate, attempt.id, 0, True, now=at(11))
    with pytest.raises(AttemptClosed):
        attempts.finish(store, candidate, attempt.id, now=at(12))


def test_a_candidate_sees_and_continues_only_their_own_attempts(store, candidate, other):
    attempt = begin(store, candidate, exam())
    with pytest.raises(NotFound):
        attempts.view(store, other, attempt.id)
    with pytest.raises(NotFound):
        attempts.answer(store, other, attempt.id, 0, 0, now=at(5))
    with pytest.raises(NotFound):
        attempts.flag(store, other, attempt.id, 0, True, now=at(5))
    with pytest.raises(NotFound):
        attempts.finish(store, other, attempt.id, now=at(5))
    assert attempts.current(store, other, now=at(5)) is None
    assert history.history(store, other).empty


def test_one_test_at_a_time(store, candidate):
    begin(store, candidate, exam())
    with pytest.raises(AttemptInProgress):
        begin(store, candidate, practice())


def test_flags_are_kept(store, candidate):
    attempt = begin(store, candidate, exam())
    attempts.flag(store, candidate, attempt.id, 1, True, now=at(5))
    assert [item.flagged for item in attempts.view(store, candidate, attempt.id).items] == [
        False,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (AttemptRequest("astrology", "easy", 5, "practice"), "sections"),
        (AttemptRequest("logical", "extreme", 5, "practice"), "difficulties"),
        (AttemptRequest("logical", "easy", 0, "practice"), "between 1 and 50 questions"),
        (AttemptRequest("logical", "easy", 51, "practice"), "between 1 and 50 questions"),
        (AttemptRequest("logical", "easy", 5, "exam", None), "time limit"),
        (AttemptRequest("logical", "easy", 5, "exam", 5), "time limit"),
        (AttemptRequest("logical", "easy", 5, "speedrun"), "practice or exam"),
    ],
)
def test_a_bad_choice_is_explained(store, candidate, request_, message):
    with pytest.raises(ValidationError) as raised:
        begin(store, candidate, request_)
    assert message in raised.value.message.format(**raised.value.params)


def test_questions_do_not_repeat_across_attempts_while_fresh_ones_remain(store, candidate):
    seen: set[str] = set()
    for seed in range(3):
        attempt = begin(store, candidate, exam(count=5, section="verbal", difficulty="easy"), seed=seed)
        keys = {item.question_key for item in rows.items(store, attempt.id)}
        assert not keys & seen
        seen |= keys
        attempts.finish(store, candidate, attempt.id, now=at(10))


def test_quantitative_attempts_mix_in_freshly_generated_questions(store, candidate):
    attempt = begin(store, candidate, exam(count=20, section="quantitative"))
    keys = [item.question_key for item in rows.items(store, attempt.id)]
    assert any(key.startswith("gen:") for key in keys) and any(not key.startswith("gen:") for key in keys)
    assert len(set(keys)) == 20


def answer_adaptively(store, user, right: bool, count: int) -> list[str]:
    attempt = begin(store, user, AttemptRequest("quantitative", "adaptive", count, "practice"))
    for position in range(count):
        key = key_of(store, attempt.id)[position]
        attempts.answer(store, user, attempt.id, position, key if right else (key + 1) % 4, now=at(position))
    difficulties = [item.difficulty for item in rows.items(store, attempt.id)]
    attempts.finish(store, user, attempt.id, now=at(count + 1))
    return difficulties


def test_adaptive_tests_get_harder_for_a_strong_candidate_and_easier_for_a_weak_one(store, candidate, other):
    strong = answer_adaptively(store, candidate, right=True, count=10)
    weak = answer_adaptively(store, other, right=False, count=10)
    assert strong[0] == weak[0] == "medium"
    assert strong[-3:] == ["hard"] * 3
    assert weak[-4:] == ["easy"] * 4
    strong_ratings = history.history(store, candidate).ratings
    assert (strong_ratings["rating"] > 1000).all()


def test_history_gives_scores_accuracy_by_section_and_topic_and_time_per_question(store, candidate):
    attempt = begin(store, candidate, exam(count=4))
    key = key_of(store, attempt.id)
    for position in range(3):
        attempts.answer(store, candidate, attempt.id, position, key[position], now=at(10 * (position + 1)))
    attempts.finish(store, candidate, attempt.id, now=at(60))
    seen = history.history(store, candidate)
    assert seen.attempts[["score", "correct", "question_count"]].values.tolist() == [[75, 3, 4]]
    assert seen.by_section[["section", "questions", "correct"]].values.tolist() == [["logical", 4, 3]]
    assert seen.by_topic["questions"].sum() == 4
    assert seen.seconds_per_question == pytest.approx(20.0)


def test_two_starts_at_once_open_one_test(store, candidate):
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def start_one(seed: int) -> None:
        barrier.wait()
        try:
            begin(store, candidate, exam(), seed=seed)
            outcomes.append("started")
        except AttemptInProgress:
            outcomes.append("refused")

    threads = [threading.Thread(target=start_one, args=(seed,)) for seed in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "started"]
    assert len(rows.open_attempts(store, candidate.id)) == 1


def test_two_answers_at_once_to_an_adaptive_question_add_one_next_question(store, candidate):
    attempt = begin(store, candidate, AttemptRequest("logical", "adaptive", 5, "exam", 600))
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def answer_first(choice: int) -> None:
        barrier.wait()
        try:
            attempts.answer(store, candidate, attempt.id, 0, choice, now=at(5))
            outcomes.append("recorded")
        except ValidationError:
            outcomes.append("refused")

    threads = [threading.Thread(target=answer_first, args=(choice,)) for choice in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["recorded", "refused"]
    assert [item.position for item in rows.items(store, attempt.id)] == [0, 1]


def test_an_adaptive_test_takes_answers_only_for_its_newest_question(store, candidate):
    attempt = begin(store, candidate, AttemptRequest("logical", "adaptive", 5, "exam", 600))
    attempts.answer(store, candidate, attempt.id, 0, 0, now=at(5))
    with pytest.raises(ValidationError, match="already answered"):
        attempts.answer(store, candidate, attempt.id, 0, 1, now=at(6))


def test_finishing_without_a_single_answer_earns_no_xp(store, candidate):
    attempt = begin(store, candidate, practice(count=1))
    finished = attempts.finish(store, candidate, attempt.id, now=at(5))
    assert finished.score == 0
    assert activity.total_xp(store, candidate.id) == 0


def test_xp_is_dated_when_the_attempt_ended_not_when_it_was_noticed(store, candidate):
    attempt = begin(store, candidate, exam(seconds=60))
    attempts.answer(store, candidate, attempt.id, 0, 0, now=at(10))
    attempts.current(store, candidate, now=START + timedelta(days=2))
    days = activity.active_days(store, candidate.id, since=START - timedelta(days=1))
    assert days == [START.date()]


def test_importing_a_question_again_with_a_corrected_answer_updates_it(store, candidate, settings):
    from lib.aptitude import importers
    from lib.aptitude.store_import import save_imported
    from lib.store import users as user_rows

    teacher = user_rows.get(store, 1)  # the admin
    header = b"question,option_a,option_b,option_c,option_d,answer,explanation\n"
    first = importers.parse_questions(header + b"2+2?,4,5,6,7,B,Oops\n", "csv")
    fixed = importers.parse_questions(header + b"2+2?,4,5,6,7,A,Four\n", "csv")
    assert save_imported(store, teacher, first.questions).added == 1
    saved = save_imported(store, teacher, fixed.questions)
    assert (saved.added, saved.updated, saved.unchanged) == (0, 1, 0)
    assert store.fetch_value("SELECT answer FROM aptitude_questions") == 0
    assert save_imported(store, teacher, fixed.questions).unchanged == 1
