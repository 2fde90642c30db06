"""Choose the coach and transcriber once, from the settings.

The OpenAI-backed classes are imported only when an endpoint is configured, so
an offline deployment never loads the openai package.
"""

from __future__ import annotations

from lib.ai.offline import OfflineCoach
from lib.ai.protocol import Coach, Transcriber
from lib.ai.speech import PocketsphinxTranscriber
from lib.settings import AISettings


def build_coach(settings: AISettings) -> Coach:
    """The remote coach when an endpoint or key is configured, else the offline coach."""
    if not settings.enabled:
        return OfflineCoach()
    from lib.ai.openai_coach import OpenAICoach

    return OpenAICoach(settings)


def build_transcriber(settings: AISettings) -> Transcriber:
    """The remote transcriber when configured, else pocketsphinx (English only)."""
    if not settings.enabled:
        return PocketsphinxTranscriber()
    from lib.ai.openai_coach import OpenAITranscriber

    return OpenAITranscriber(settings)
