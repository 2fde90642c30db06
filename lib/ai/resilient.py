"""Fall back to the offline implementation when the remote one fails.

The user's attempt must never be lost to an outage: the caller gets feedback
either way, plus a notice (an N_ message id the page translates) saying that
it came from the offline coach.
"""

from __future__ import annotations

from lib.ai.errors import TranscriberUnavailable
from lib.ai.protocol import Assessment, Coach, CoachOutcome, Transcriber, TranscriptOutcome
from lib.errors import N_, CoachUnavailable

COACH_FALLBACK_NOTICE = N_(
    "The AI coach could not be reached, so this feedback comes from the offline coach.",
)
TRANSCRIBER_FALLBACK_NOTICE = N_(
    "The AI transcription service could not be reached, so this transcript comes from the "
    "offline recogniser, which understands English only."
)


def assess_with_fallback(assessment: Assessment, *, coach: Coach, fallback: Coach) -> CoachOutcome:
    """Ask `coach`; on CoachUnavailable ask `fallback` and say so."""
    try:
        return CoachOutcome(coach.assess(assessment), fell_back=False, notice=None)
    except CoachUnavailable:
        if coach is fallback:
            raise
    return CoachOutcome(fallback.assess(assessment), fell_back=True, notice=COACH_FALLBACK_NOTICE)


def transcribe_with_fallback(
    wav_bytes: bytes, language: str = "en", *, transcriber: Transcriber, fallback: Transcriber
) -> TranscriptOutcome:
    """Ask `transcriber`; if the service is unavailable ask `fallback` and say so.

    A recording that cannot be read (TranscriptionError) is not retried: no
    transcriber would do better, and the user needs to know it.
    """
    try:
        return TranscriptOutcome(transcriber.transcribe(wav_bytes, language), fell_back=False, notice=None)
    except TranscriberUnavailable:
        if transcriber is fallback:
            raise
    transcript = fallback.transcribe(wav_bytes, language)
    return TranscriptOutcome(transcript, fell_back=True, notice=TRANSCRIBER_FALLBACK_NOTICE)
