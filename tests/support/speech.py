"""Real speech for tests, synthesised with espeak-ng, with the truth about its timing.

Each text segment is synthesised on its own and trimmed of espeak's leading and trailing
near-silence (everything quieter than TRIM_DBFS at the edges, about 0.4 s after each utterance),
then the segments are joined with inserted pauses of exact length. So the truth is exact: where
each inserted pause starts and ends, and how long the segments themselves last.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import wave
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lib.ai.wav import read_wav

TRIM_DBFS = -50.0
_TRIM_AMPLITUDE = 32768.0 * 10 ** (TRIM_DBFS / 20)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def espeak_path() -> str | None:
    return shutil.which("espeak-ng")


@dataclass(frozen=True)
class SpeechSample:
    """A synthesised recording and what is known about it for certain."""

    wav: bytes
    samples: NDArray[np.int16]
    rate: int
    text: str
    words: int
    pauses: tuple[tuple[float, float], ...]  # every inserted pause, in seconds from the start
    speech_seconds: float  # the trimmed segments alone
    lead: float  # silence before the first segment
    tail: float  # silence after the last segment

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def long_pauses(self, longer_than: float) -> list[tuple[float, float]]:
        return [(start, end) for start, end in self.pauses if end - start > longer_than]

    def speaking_seconds(self, long_pause: float) -> float:
        """First to last voice minus the long pauses: the segments plus the short inserted gaps."""
        short = sum(end - start for start, end in self.pauses if end - start <= long_pause)
        return self.speech_seconds + short

    def words_per_minute(self, long_pause: float) -> float:
        return 60.0 * self.words / self.speaking_seconds(long_pause)


def to_wav(samples: NDArray[np.int16], rate: int) -> bytes:
    """16-bit PCM mono WAV bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


def speak(text: str, *, words_per_minute: int = 150, voice: str = "en-us") -> tuple[NDArray[np.int16], int]:
    """espeak-ng's samples for one text, trimmed of near-silence at both ends, and their rate."""
    espeak = espeak_path()
    if espeak is None:
        raise FileNotFoundError("espeak-ng")
    command = [espeak, "--stdout", "-v", voice, "-s", str(words_per_minute), text]
    audio = read_wav(subprocess.run(command, capture_output=True, check=True, timeout=60).stdout)
    mono = audio.samples[:, 0]
    loud = np.flatnonzero(np.abs(mono.astype(np.int32)) > _TRIM_AMPLITUDE)
    if len(loud) == 0:
        raise ValueError(f"espeak-ng produced no audible speech for {text!r}")
    return mono[loud[0] : loud[-1] + 1].copy(), audio.rate


def synthesise(
    segments: list[str],
    pauses: list[float],
    *,
    words_per_minute: int = 150,
    voice: str = "en-us",
    lead: float = 0.0,
    tail: float = 0.0,
    noise_dbfs: float | None = None,
    seed: int = 0,
) -> SpeechSample:
    """Speak each segment, with pauses[i] seconds of silence between segment i and i + 1.

    `lead` and `tail` add silence before and after; `noise_dbfs` adds white noise of that RMS
    level over the whole recording, as a real microphone would.
    """
    if len(pauses) != len(segments) - 1:
        raise ValueError("need one pause between each pair of segments")
    parts: list[NDArray[np.int16]] = []
    rate = 0
    for text in segments:
        samples, rate = speak(text, words_per_minute=words_per_minute, voice=voice)
        parts.append(samples)
    speech_frames = sum(len(part) for part in parts)
    pieces = [np.zeros(round(lead * rate), dtype=np.int16)]
    truth: list[tuple[float, float]] = []
    position = len(pieces[0])
    for index, part in enumerate(parts):
        pieces.append(part)
        position += len(part)
        if index < len(pauses):
            gap = round(pauses[index] * rate)
            truth.append((position / rate, (position + gap) / rate))
            pieces.append(np.zeros(gap, dtype=np.int16))
            position += gap
    pieces.append(np.zeros(round(tail * rate), dtype=np.int16))
    joined = np.concatenate(pieces)
    if noise_dbfs is not None:
        noise = np.random.default_rng(seed).normal(0.0, 32768.0 * 10 ** (noise_dbfs / 20), len(joined))
        joined = np.clip(joined + np.rint(noise), -32768, 32767).astype(np.int16)
    text = " ".join(segments)
    return SpeechSample(
        wav=to_wav(joined, rate),
        samples=joined,
        rate=rate,
        text=text,
        words=len(_WORD.findall(text.lower())),
        pauses=tuple(truth),
        speech_seconds=speech_frames / rate,
        lead=lead,
        tail=tail,
    )


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level Levenshtein distance over the reference's word count (lower-cased, no punctuation)."""
    ref, hyp = _tokens(reference), _tokens(hypothesis)
    if not ref:
        raise ValueError("the reference has no words")
    previous = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, start=1):
        current = [i]
        for j, hyp_word in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word)))
        previous = current
    return previous[-1] / len(ref)
