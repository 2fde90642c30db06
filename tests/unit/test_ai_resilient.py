"""Falling back to the offline implementation, and choosing implementations from settings."""

from __future__ import annotations

import pytest

from lib.ai import (
    COACH_FALLBACK_NOTICE,
    TRANSCRIBER_FALLBACK_NOTICE,
    Assessment,
    Feedback,
    OfflineCoach,
    PocketsphinxTranscriber,
    TranscriberUnavailable,
    Transcript,
    TranscriptionError,
    assess_with_fallback,
    build_coach,
    build_transcriber,
    transcribe_with_fallback,
)
from lib.ai.openai_coach import PLACEHOLDER_API_KEY, OpenAICoach, OpenAITranscriber
from lib.errors import CoachUnavailable
from lib.settings import AISettings

ITEM = Assessment("interview", "Why this role?", "Because I like building data pipelines.")
AI_FEEDBACK = Feedback(90, "Great.", ("Clear",), (), "ai")


class ScriptedCoach:
    name = "scripted"

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls = 0

    def assess(self, assessment: Assessment) -> Feedback:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return AI_FEEDBACK


class ScriptedTranscriber:
    def __init__(self, error: Exception | None = None, text: str = "hello") -> None:
        self.error = error
        self.text = text
        self.calls = 0

    def transcribe(self, wav_bytes: bytes, language: str = "en") -> Transcript:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return Transcript(self.text, language, "ai")


def test_working_coach_answers_without_a_notice() -> None:
    fallback = ScriptedCoach()
    outcome = assess_with_fallback(ITEM, coach=ScriptedCoach(), fallback=fallback)
    assert (outcome.feedback, outcome.fell_back, outcome.notice) == (AI_FEEDBACK, False, None)
    assert fallback.calls == 0


def test_unavailable_coach_falls_back_with_a_notice() -> None:
    outcome = assess_with_fallback(ITEM, coach=ScriptedCoach(CoachUnavailable()), fallback=OfflineCoach())
    assert outcome.fell_back
    assert outcome.notice == COACH_FALLBACK_NOTICE
    assert outcome.feedback.source == "offline"


def test_offline_coach_as_primary_never_reports_a_fallback() -> None:
    coach = OfflineCoach()
    outcome = assess_with_fallback(ITEM, coach=coach, fallback=coach)
    assert not outcome.fell_back
    assert outcome.notice is None


def test_failure_of_the_fallback_itself_is_not_hidden() -> None:
    coach = ScriptedCoach(CoachUnavailable())
    with pytest.raises(CoachUnavailable):
        assess_with_fallback(ITEM, coach=coach, fallback=coach)


def test_unexpected_errors_are_not_mistaken_for_an_outage() -> None:
    with pytest.raises(KeyError):
        assess_with_fallback(ITEM, coach=ScriptedCoach(KeyError("bug")), fallback=OfflineCoach())


def test_unavailable_transcriber_falls_back_with_a_notice() -> None:
    fallback = ScriptedTranscriber(text="offline words")
    outcome = transcribe_with_fallback(
        b"RIFF", "en", transcriber=ScriptedTranscriber(TranscriberUnavailable()), fallback=fallback
    )
    assert outcome.fell_back
    assert outcome.notice == TRANSCRIBER_FALLBACK_NOTICE
    assert outcome.transcript.text == "offline words"


def test_unreadable_recording_is_reported_not_retried_offline() -> None:
    fallback = ScriptedTranscriber()
    with pytest.raises(TranscriptionError):
        transcribe_with_fallback(b"junk", transcriber=ScriptedTranscriber(TranscriptionError()), fallback=fallback)
    assert fallback.calls == 0


def test_working_transcriber_answers_without_a_notice() -> None:
    outcome = transcribe_with_fallback(b"RIFF", "hi", transcriber=ScriptedTranscriber(), fallback=ScriptedTranscriber())
    assert (outcome.fell_back, outcome.notice, outcome.transcript.language) == (False, None, "hi")


def ai_settings(base_url: str | None, api_key: str | None) -> AISettings:
    return AISettings(base_url, api_key, "gpt-4o-mini", "whisper-1", timeout_s=3.0, max_retries=1)


def test_without_endpoint_or_key_everything_is_offline() -> None:
    settings = ai_settings(None, None)
    assert isinstance(build_coach(settings), OfflineCoach)
    assert isinstance(build_transcriber(settings), PocketsphinxTranscriber)


@pytest.mark.parametrize(
    ("base_url", "api_key", "sent_key"),
    [
        ("http://127.0.0.1:11434/v1", None, PLACEHOLDER_API_KEY),  # Ollama needs no key
        (None, "sk-test", "sk-test"),  # OpenAI itself
        ("https://generativelanguage.googleapis.com/v1beta/openai/", "g-key", "g-key"),
    ],
)
def test_configured_endpoint_gets_the_remote_implementations(
    base_url: str | None, api_key: str | None, sent_key: str
) -> None:
    settings = ai_settings(base_url, api_key)
    coach = build_coach(settings)
    transcriber = build_transcriber(settings)
    assert isinstance(coach, OpenAICoach)
    assert isinstance(transcriber, OpenAITranscriber)
    client = coach._client
    assert client.api_key == sent_key
    assert client.timeout == 3.0
    assert client.max_retries == 1
    if base_url:
        assert str(client.base_url).rstrip("/") == base_url.rstrip("/")
