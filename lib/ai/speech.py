"""Offline English transcription with pocketsphinx and its bundled model.

The decoder takes a noticeable fraction of a second to load its model and is
not thread-safe, so one transcriber loads it lazily once and serialises use;
the app keeps a single instance per process.
"""

from __future__ import annotations

import threading
from typing import Any

from lib.ai.errors import TranscriptionError
from lib.ai.languages import base_language
from lib.ai.protocol import OFFLINE, Transcript
from lib.ai.wav import read_wav, to_mono_16k
from lib.errors import N_

ENGLISH_ONLY = N_(
    "Offline transcription understands English only. Answer in English, or ask your "
    "administrator to configure an AI transcription service."
)


class PocketsphinxTranscriber:
    """Transcriber backed by pocketsphinx's default US English model."""

    name: str = OFFLINE

    def __init__(self) -> None:
        self._decoder: Any = None
        self._lock = threading.Lock()

    def _loaded_decoder(self) -> Any:
        if self._decoder is None:
            from pocketsphinx import Decoder  # type: ignore[import-untyped, unused-ignore]

            self._decoder = Decoder(loglevel="FATAL")
        return self._decoder

    def transcribe(self, wav_bytes: bytes, language: str = "en") -> Transcript:
        if base_language(language) != "en":
            raise TranscriptionError(ENGLISH_ONLY)
        pcm = to_mono_16k(read_wav(wav_bytes))
        with self._lock:
            decoder = self._loaded_decoder()
            try:
                decoder.start_utt()
                try:
                    decoder.process_raw(pcm.tobytes(), full_utt=True)
                finally:
                    decoder.end_utt()
            except RuntimeError as exc:
                raise TranscriptionError() from exc
            hypothesis = decoder.hyp()
        text = hypothesis.hypstr if hypothesis is not None else ""
        return Transcript(text=text, language="en", source=OFFLINE)
