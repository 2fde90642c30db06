"""Coach and transcriber for any OpenAI-compatible endpoint.

OpenAI, Gemini's OpenAI-compatible API, Ollama, vLLM and local Whisper servers
all speak this protocol, so one client configured by base URL, key and model
covers them. Every failure (network, HTTP status, timeout, a reply that is not
valid JSON or breaks the schema) becomes one exception type, so callers have a
single thing to catch before falling back to the offline implementation.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import openai
from jsonschema.exceptions import ValidationError

from lib.ai.errors import TranscriberUnavailable
from lib.ai.languages import base_language
from lib.ai.prompts import build_messages
from lib.ai.protocol import AI, Assessment, Feedback, Transcript
from lib.ai.schema import feedback_from_data
from lib.ai.wav import read_wav
from lib.errors import CoachUnavailable
from lib.settings import AISettings

log = logging.getLogger(__name__)

# Local servers such as Ollama ignore the key, but the client refuses to start without one.
PLACEHOLDER_API_KEY = "not-needed"

ClientFactory = Callable[[AISettings], openai.OpenAI]


def make_client(settings: AISettings) -> openai.OpenAI:
    """A client whose timeout and retry budget come from the settings."""
    return openai.OpenAI(
        base_url=settings.base_url,
        api_key=settings.api_key or PLACEHOLDER_API_KEY,
        timeout=settings.timeout_s,
        max_retries=settings.max_retries,
    )


def strip_code_fence(content: str) -> str:
    """Some local models wrap JSON in a Markdown fence despite JSON mode."""
    text = content.strip()
    if text.startswith("```") and text.endswith("```"):
        text = text[3:-3]
        text = text[4:] if text.startswith("json") else text
    return text.strip()


class OpenAICoach:
    """Coach that asks a chat model for feedback in JSON mode."""

    def __init__(self, settings: AISettings, client_factory: ClientFactory = make_client) -> None:
        self.settings = settings
        self.name = f"ai:{settings.model}"
        self._client = client_factory(settings)

    def assess(self, assessment: Assessment) -> Feedback:
        """Feedback with source "ai"; raises CoachUnavailable on any failure."""
        try:
            response = self._client.chat.completions.create(
                model=self.settings.model,
                messages=build_messages(assessment),
                response_format={"type": "json_object"},
            )
            content = response.choices[0].message.content if response.choices else None
            if content is None:
                raise ValueError("reply without content")
            return feedback_from_data(json.loads(strip_code_fence(content)))
        except (openai.OpenAIError, ValueError, ValidationError) as exc:
            # json.JSONDecodeError is a ValueError. Log the kind of failure, never the content.
            log.warning("AI coach %s failed: %s", self.settings.model, type(exc).__name__)
            raise CoachUnavailable() from exc


class OpenAITranscriber:
    """Transcriber that posts the recording to /audio/transcriptions (Whisper and kin)."""

    def __init__(self, settings: AISettings, client_factory: ClientFactory = make_client) -> None:
        self.settings = settings
        self.name = f"ai:{settings.transcribe_model}"
        self._client = client_factory(settings)

    def transcribe(self, wav_bytes: bytes, language: str = "en") -> Transcript:
        """Transcript with source "ai"; raises TranscriberUnavailable when the call fails.

        The recording is checked first, so an unreadable one raises TranscriptionError
        without being uploaded.
        """
        read_wav(wav_bytes)
        language = base_language(language)
        try:
            result = self._client.audio.transcriptions.create(
                model=self.settings.transcribe_model,
                file=("answer.wav", wav_bytes, "audio/wav"),
                language=language,
            )
        except openai.OpenAIError as exc:
            log.warning("AI transcriber %s failed: %s", self.settings.transcribe_model, type(exc).__name__)
            raise TranscriberUnavailable() from exc
        text = getattr(result, "text", None)
        if not isinstance(text, str):
            raise TranscriberUnavailable()
        return Transcript(text=text.strip(), language=language, source=AI)
