"""The contracts between the app and any coach or transcriber.

Services take a `Coach` or `Transcriber` as a parameter, so the offline and the
OpenAI-compatible implementations are interchangeable and tests can pass fakes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

OFFLINE = "offline"
AI = "ai"


@dataclass(frozen=True)
class Assessment:
    """What to assess: a prompt (e.g. an interview question) and the answer to it.

    `rubric` lists the key points a good answer covers. `redact_names` lists
    personal names (e.g. the candidate's) to remove before text leaves the machine.
    """

    kind: str
    prompt: str
    answer: str
    rubric: tuple[str, ...] = ()
    language: str = "en"
    redact_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feedback:
    """A coach's verdict. `score` is 0..100; `source` is "offline" or "ai"."""

    score: int
    summary: str
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class CoachOutcome:
    """Feedback plus whether the fallback coach produced it.

    `notice` is an English message id marked with N_ for the page to translate,
    or None when the requested coach answered.
    """

    feedback: Feedback
    fell_back: bool
    notice: str | None


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    source: str


@dataclass(frozen=True)
class TranscriptOutcome:
    """A transcript plus whether the fallback transcriber produced it (see CoachOutcome)."""

    transcript: Transcript
    fell_back: bool
    notice: str | None


class Coach(Protocol):
    name: str

    def assess(self, assessment: Assessment) -> Feedback:
        """Score an answer; remote coaches raise CoachUnavailable on any failure."""
        ...


class Transcriber(Protocol):
    def transcribe(self, wav_bytes: bytes, language: str = "en") -> Transcript:
        """Turn a WAV recording into text; raises TranscriptionError."""
        ...
