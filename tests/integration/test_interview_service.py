"""Mock interviews on both backends: the plan, answers saved before scoring, follow-ups, retries,
XP, recordings under generated names with deletion and retention, owners only, instructors' questions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import numpy as np
import pytest

from lib import accounts
from lib.ai.errors import TranscriptionError
from lib.ai.openai_coach import OpenAITranscriber
from lib.ai.speech import PocketsphinxTranscriber
from lib.auth import service as auth
from lib.clock import utcnow
from lib.errors import NotFound, PermissionDenied, ValidationError
from lib.interview import questions, recordings, service
from lib.interview.ai_coach import AIInterviewCoach
from lib.interview.bank import load_bank
from lib.resume import service as resume_service
from lib.store import activity
from lib.store import users as user_rows
from tests.support import resume_files
from tests.support.fake_openai import FakeOpenAI
from tests.support.speech import to_wav

PASSWORD = "steady practice pays"
STRONG = (
    "When our checkout page became slow last year, I measured p95 latency with Grafana and found a missing index. "
    "I added the index in a migration and I set up an alert. The result: p95 dropped from 900 ms to 120 ms and "
    "complaints fell by 40%. I learned to profile before guessing."
)


@pytest.fixture
def candidate(store, settings):
    auth.sign_up(store, settings, email="admin@example.com", name="Admin", password=PASSWORD)
    return auth.sign_up(store, settings, email="cand@example.com", name="Asha Rao", password=PASSWORD)


def start(store, user, **overrides):
    options = {"role": "sde", "level": "junior", "session_type": "mixed", "count": 5, "language": "en"}
    return service.start(store, user, **{**options, **overrides})


def tone_wav(seconds: float = 3.0, rate: int = 16_000) -> bytes:
    """Voice-like bursts (0.4 s on, 0.1 s off): enough for the waveform metrics."""
    t = np.arange(int(seconds * rate)) / rate
    bursts = (np.sin(2 * np.pi * 2 * t) > -0.6).astype(np.float64)
    samples = (8000 * np.sin(2 * np.pi * 220 * t) * bursts).astype(np.int16)
    return to_wav(samples, rate)


def recording_files(settings) -> list[str]:
    folder = recordings.recordings_dir(settings)
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_a_mixed_interview_alternates_types_at_the_level_and_prefers_new_questions(store, settings, candidate):
    first = service.session(store, candidate, start(store, candidate))
    bank = {q.key: q for q in load_bank()}
    assert [q["type"] for q in first.plan] == ["behavioural", "technical"] * 2 + ["behavioural"]
    assert all(bank[q["key"]].role == "sde" and bank[q["key"]].level == "junior" for q in first.plan)
    answer_id = service.submit_answer(store, settings, candidate, first.id, text=STRONG, position=0)
    service.score_pending(store, candidate, answer_id, coach=None)
    service.finish(store, candidate, first.id)
    second = service.session(store, candidate, start(store, candidate, session_type="behavioural", count=10))
    assert first.plan[0]["key"] not in {q["key"] for q in second.plan}
    assert {q["type"] for q in second.plan} == {"behavioural"} and len(second.plan) == 10


def test_bad_choices_are_refused_with_a_message(store, candidate):
    with pytest.raises(ValidationError, match="Choose a role"):
        start(store, candidate, role="astronaut")
    with pytest.raises(ValidationError, match="how many"):
        start(store, candidate, count=7)
    with pytest.raises(ValidationError, match="no analysed resume"):
        start(store, candidate, use_resume=True)
    with pytest.raises(ValidationError, match="no questions of this type"):  # General / HR is behavioural
        start(store, candidate, role="general", session_type="technical")
    assert len(service.session(store, candidate, start(store, candidate, role="general")).plan) == 5


def test_resume_based_interviews_open_with_questions_about_the_resume(store, settings, candidate):
    resume_service.analyze_upload(store, settings, candidate, resume_files.resume_pdf(), "cv.pdf")
    current = service.session(store, candidate, start(store, candidate, use_resume=True))
    assert current.plan[0]["key"].startswith("resume:")
    assert current.plan[0]["params"]["skill"] or current.plan[0]["params"]["title"]
    assert len(current.plan) == 5


def test_an_answer_is_saved_pending_then_scored_with_a_follow_up_on_the_weakest_point(store, settings, candidate):
    session_id = start(store, candidate)
    answer_id = service.submit_answer(
        store, settings, candidate, session_id, text="I think maybe it went fine.", position=0
    )
    saved = service.answers(store, candidate, session_id)[0]
    assert (saved.status, saved.overall, saved.answer) == ("pending", None, "I think maybe it went fine.")
    scored = service.score_pending(store, candidate, answer_id, coach=None)
    assert scored.status == "scored" and scored.scores is not None and scored.scores["source"] == "offline"
    assert set(scored.scores["dimensions"]) == {"relevance", "structure", "depth", "specificity", "clarity"}
    assert scored.follow_up is not None and scored.follow_up["weakest"] in scored.scores["dimensions"]
    follow_id = service.submit_answer(
        store, settings, candidate, session_id, text=STRONG, kind="follow_up", parent_id=answer_id
    )
    follow = service.score_pending(store, candidate, follow_id, coach=None)
    assert follow.position == 0 and follow.follow_up is None  # no follow-up on a follow-up
    with pytest.raises(ValidationError, match="already answered"):
        service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0)


def test_an_ai_outage_falls_back_to_the_offline_coach_and_keeps_the_answer(store, settings, candidate):
    session_id = start(store, candidate)
    answer_id = service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0)
    with FakeOpenAI() as fake:
        fake.status(500)
        coach = AIInterviewCoach(fake.settings(max_retries=0))
        scored = service.score_pending(store, candidate, answer_id, coach=coach, names=["Asha Rao"])
    assert scored.answer == STRONG and scored.status == "scored"
    assert scored.notice == "The AI coach could not be reached, so this feedback comes from the offline coach."
    assert scored.scores is not None and scored.scores["source"] == "offline"


def test_the_ai_coach_report_is_kept_with_its_quotes(store, settings, candidate):
    session_id = start(store, candidate)
    answer_id = service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0)
    reply = {
        "overall": 80,
        "dimensions": {"relevance": 80, "structure": 90, "depth": 70, "specificity": 90, "clarity": 75},
        "evidence": ["p95 dropped from 900 ms to 120 ms"],
        "tips": ["Name the trade-off you accepted."],
    }
    with FakeOpenAI() as fake:
        fake.ok(reply)
        scored = service.score_pending(store, candidate, answer_id, coach=AIInterviewCoach(fake.settings()))
    assert scored.scores is not None and scored.scores["source"] == "ai" and scored.notice is None
    assert scored.scores["evidence"] == ["p95 dropped from 900 ms to 120 ms"]
    assert scored.follow_up is None  # every dimension at 70 or more


def test_finishing_scores_the_interview_and_awards_xp_once(store, settings, candidate):
    session_id = start(store, candidate, count=3)
    with pytest.raises(ValidationError, match="at least one"):
        service.finish(store, candidate, session_id)
    scores = []
    for position, text in enumerate([STRONG, "I do not know."]):
        answer_id = service.submit_answer(store, settings, candidate, session_id, text=text, position=position)
        scores.append(service.score_pending(store, candidate, answer_id, coach=None).overall)
    finished = service.finish(store, candidate, session_id)
    service.finish(store, candidate, session_id)
    assert finished.status == "finished" and finished.overall == round(sum(scores) / 2)
    assert activity.total_xp(store, candidate.id) == service.XP_PER_INTERVIEW + 2 * service.XP_PER_ANSWER
    assert service.open_session(store, candidate) is None
    history = service.history(store, candidate)
    assert history["overall"].tolist() == [finished.overall] and history["answered"].tolist() == [2]
    dimensions = service.dimension_history(store, candidate)
    assert len(dimensions) == 10 and set(dimensions["role"]) == {"sde"}


def test_a_retry_is_kept_beside_the_first_answer(store, settings, candidate):
    session_id = start(store, candidate, count=3)
    first = service.submit_answer(store, settings, candidate, session_id, text="It was fine.", position=1)
    service.score_pending(store, candidate, first, coach=None)
    service.finish(store, candidate, session_id)
    retry = service.submit_answer(store, settings, candidate, session_id, text=STRONG, kind="retry", parent_id=first)
    scored = service.score_pending(store, candidate, retry, coach=None)
    original = service.answers(store, candidate, session_id)[0]
    assert scored.position == 1 and scored.parent_id == first and scored.question == original.question
    assert scored.overall is not None and original.overall is not None and scored.overall > original.overall


def test_a_recording_is_kept_under_a_generated_name_and_measured(store, settings, candidate):
    session_id = start(store, candidate)
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    assert recording_files(settings) == [f"{recording_id}.wav"]
    listed = recordings.listed(store, candidate)
    assert [row["id"] for row in listed] == [recording_id] and listed[0]["seconds"] == pytest.approx(3.0)
    answer_id = service.submit_answer(
        store, settings, candidate, session_id, text=STRONG, position=0, recording_id=recording_id
    )
    scored = service.score_pending(store, candidate, answer_id, coach=None)
    assert scored.source == "voice" and scored.delivery is not None
    assert scored.delivery["words"] == len(STRONG.split()) and scored.delivery["talk_seconds"] > 1.5
    assert scored.scores is not None and "delivery" in scored.scores["dimensions"]
    assert recordings.listed(store, candidate)[0]["question"]["key"] == scored.question["key"]


def test_a_file_that_is_not_a_recording_is_refused_and_nothing_is_kept(store, settings, candidate):
    with pytest.raises(TranscriptionError, match="could not be read"):
        recordings.keep_recording(store, settings, candidate, b"%PDF-1.7 not audio at all")
    assert recording_files(settings) == [] and recordings.listed(store, candidate) == []


def test_a_failed_transcription_keeps_the_recording(store, settings, candidate):
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    with FakeOpenAI() as fake:
        fake.status(500).status(500)
        remote = OpenAITranscriber(fake.settings(max_retries=0))
        with pytest.raises(TranscriptionError):
            recordings.transcribe(
                store, settings, candidate, recording_id, "es", transcriber=remote, fallback=PocketsphinxTranscriber()
            )
    assert [row["id"] for row in recordings.listed(store, candidate)] == [recording_id]
    assert recording_files(settings) == [f"{recording_id}.wav"]


def test_deleting_a_recording_keeps_the_answer_text(store, settings, candidate):
    session_id = start(store, candidate)
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    answer_id = service.submit_answer(
        store, settings, candidate, session_id, text=STRONG, position=0, recording_id=recording_id
    )
    recordings.delete_recording(store, settings, candidate, recording_id)
    kept = service.answers(store, candidate, session_id)[0]
    assert kept.id == answer_id and kept.answer == STRONG and kept.recording_id is None
    assert recording_files(settings) == [] and recordings.listed(store, candidate) == []
    with pytest.raises(NotFound):
        recordings.delete_recording(store, settings, candidate, recording_id)


def test_recordings_past_the_retention_period_are_deleted(store, settings, candidate):
    now = utcnow()
    old = recordings.keep_recording(store, settings, candidate, tone_wav(), now=now - timedelta(days=31))
    recent = recordings.keep_recording(store, settings, candidate, tone_wav(), now=now - timedelta(days=29))
    assert recordings.purge_recordings(store, settings, now) == 1
    assert [row["id"] for row in recordings.listed(store, candidate)] == [recent]
    assert recording_files(settings) == [f"{recent}.wav"] and old not in "".join(recording_files(settings))


def test_only_the_owner_reads_an_interview_or_its_recordings(store, settings, candidate):
    other = auth.sign_up(store, settings, email="other@example.com", name="Other", password=PASSWORD)
    session_id = start(store, candidate)
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    answer_id = service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0)
    with pytest.raises(NotFound):
        service.session(store, other, session_id)
    with pytest.raises(NotFound):
        service.score_pending(store, other, answer_id, coach=None)
    with pytest.raises(NotFound):
        recordings.recording_bytes(store, settings, other, recording_id)
    with pytest.raises(NotFound):
        service.submit_answer(store, settings, other, session_id, text=STRONG, position=1)
    with pytest.raises(NotFound):
        recordings.delete_recording(store, settings, other, recording_id)
    assert recordings.listed(store, other) == []


def test_deleting_the_account_deletes_interviews_and_recording_files(store, settings, candidate):
    session_id = start(store, candidate)
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0, recording_id=recording_id)
    accounts.delete_account(store, settings, candidate, password=PASSWORD)
    assert recording_files(settings) == []
    for table in ("interview_sessions", "interview_answers", "interview_recordings"):
        assert store.fetch_value(f"SELECT count(*) FROM {table}") == 0


def test_deleting_an_interview_deletes_its_answers_and_recordings(store, settings, candidate):
    session_id = start(store, candidate)
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    service.submit_answer(store, settings, candidate, session_id, text=STRONG, position=0, recording_id=recording_id)
    service.delete_session(store, settings, candidate, session_id)
    assert service.history(store, candidate).empty and recording_files(settings) == []
    assert store.fetch_value("SELECT count(*) FROM interview_answers") == 0


def test_instructors_add_questions_that_candidates_get_and_that_are_scored_on_their_rubric(store, settings, candidate):
    with pytest.raises(PermissionDenied):
        questions.add_question(
            store, candidate, role="sde", question_type="technical", level="junior", language="en", text="What is X?"
        )
    teacher = auth.sign_up(store, settings, email="teach@example.com", name="Teach", password=PASSWORD)
    user_rows.update(store, teacher.id, role="instructor")
    teacher = user_rows.get(store, teacher.id)
    with pytest.raises(ValidationError, match="few words"):
        questions.add_question(
            store, teacher, role="sde", question_type="technical", level="junior", language="en", text="Why?"
        )
    question_id = questions.add_question(
        store,
        teacher,
        role="sde",
        question_type="technical",
        level="junior",
        language="en",
        text="How would you make our nightly report job idempotent?",
        key_points="idempotency key: unique key, dedupe\nretries: retry, backoff\ntransactions: atomic, commit",
        model_answer="Give each run a key\nMake writes atomic",
    )
    current = service.session(store, candidate, start(store, candidate, session_type="technical"))
    assert current.plan[0]["key"] == f"custom:{question_id}"
    assert [p["point"] for p in current.plan[0]["key_points"]] == ["idempotency key", "retries", "transactions"]
    answer = "I would store a unique key per run and dedupe on it, retry with backoff, and commit atomically."
    answer_id = service.submit_answer(store, settings, candidate, current.id, text=answer, position=0)
    assert service.score_pending(store, candidate, answer_id, coach=None).scores["dimensions"]["depth"] == 100
    with pytest.raises(NotFound):  # another instructor cannot delete it; an admin can
        other = auth.sign_up(store, settings, email="t2@example.com", name="T2", password=PASSWORD)
        user_rows.update(store, other.id, role="instructor")
        questions.delete_question(store, user_rows.get(store, other.id), question_id)
    admin = user_rows.get(store, 1)
    questions.delete_question(store, admin, question_id)
    assert questions.custom_questions(store, admin) == []


def test_a_hindi_answer_is_scored_on_the_general_criteria(store, settings, candidate):
    session_id = start(store, candidate, language="hi")
    answer = "पिछले साल हमारी वेबसाइट धीमी थी। मैंने 3 दिन में इंडेक्स जोड़ा और गति 40% बढ़ी।"
    answer_id = service.submit_answer(store, settings, candidate, session_id, text=answer, position=0, language="hi")
    scored = service.score_pending(store, candidate, answer_id, coach=None)
    assert scored.status == "scored" and scored.scores is not None
    assert scored.scores["dimensions"]["specificity"] > 0 and scored.overall is not None and scored.overall > 0


def test_the_offline_transcriber_refuses_hindi_with_the_english_only_notice(store, settings, candidate):
    recording_id = recordings.keep_recording(store, settings, candidate, tone_wav())
    with pytest.raises(TranscriptionError, match="English only"):
        recordings.transcribe(
            store,
            settings,
            candidate,
            recording_id,
            "hi",
            transcriber=PocketsphinxTranscriber(),
            fallback=PocketsphinxTranscriber(),
        )


def test_the_command_line_scores_against_an_instructors_rubric_from_the_database(
    store, settings, database_url, tmp_path
):
    teacher = auth.sign_up(store, settings, email="teach@example.com", name="Teach", password=PASSWORD)
    question = "How would you make our nightly report job idempotent?"
    questions.add_question(
        store,
        teacher,  # the first account is admin, so it may add questions
        role="sde",
        question_type="technical",
        level="junior",
        language="en",
        text=question,
        key_points="idempotency key: unique key, dedupe\nretries: retry, backoff\ntransactions: atomic, commit",
    )
    answer = tmp_path / "answer.txt"
    answer.write_text("I would dedupe on a unique key per run and commit atomically.", encoding="utf-8")
    command = [sys.executable, "-m", "lib.interview", "score", "--role", "sde", "--question", question]
    command += ["--answer-file", str(answer), "--json"]
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path), "APP_ENV": "test"}
    store.close()  # a DuckDB file is open in one process at a time
    with_rubric = json.loads(
        subprocess.run([*command, "--use-database"], env=env, capture_output=True, text=True, check=True).stdout
    )
    general = json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
    assert with_rubric["dimensions"]["depth"] == 67  # two of the three key points
    assert general["dimensions"]["depth"] != with_rubric["dimensions"]["depth"]
