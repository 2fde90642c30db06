"""Coaching and transcription behind one protocol, offline or via an OpenAI-compatible endpoint.

Pages and services import from here; see lib/ai/protocol.py for the contracts.
"""

from lib.ai.errors import TranscriberUnavailable, TranscriptionError
from lib.ai.factory import build_coach, build_transcriber
from lib.ai.offline import OfflineCoach
from lib.ai.protocol import (
    Assessment,
    Coach,
    CoachOutcome,
    Feedback,
    Transcriber,
    Transcript,
    TranscriptOutcome,
)
from lib.ai.redact import redact
from lib.ai.resilient import (
    COACH_FALLBACK_NOTICE,
    TRANSCRIBER_FALLBACK_NOTICE,
    assess_with_fallback,
    transcribe_with_fallback,
)
from lib.ai.speech import PocketsphinxTranscriber

__all__ = [
    "COACH_FALLBACK_NOTICE",
    "TRANSCRIBER_FALLBACK_NOTICE",
    "Assessment",
    "Coach",
    "CoachOutcome",
    "Feedback",
    "OfflineCoach",
    "PocketsphinxTranscriber",
    "Transcriber",
    "TranscriberUnavailable",
    "Transcript",
    "TranscriptOutcome",
    "TranscriptionError",
    "assess_with_fallback",
    "build_coach",
    "build_transcriber",
    "redact",
    "transcribe_with_fallback",
]
