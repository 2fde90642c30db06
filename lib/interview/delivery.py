"""How an answer was spoken: pace, pauses, fillers and loudness, measured from the waveform.

The transcript says what was said; the recording says how. Words per minute and fillers per
minute divide transcript counts by the *speaking time*, measured from the audio: from the first
to the last voice, minus long pauses. Pauses the candidate takes to think are reported on their
own, so they neither drag the pace down nor hide inside it; the short gaps between words and
sentences are part of speaking and stay in.

Voice activity detection is a plain energy detector in numpy rather than a trained model (no new
dependency, deterministic, a few milliseconds per minute of audio). It works on 20 ms frames at the
recording's own rate:

- the threshold adapts to the recording: a noise floor (a low percentile of frame levels, never
  below -70 dBFS, so that digital silence does not make every faint tail voice) plus a margin of
  a quarter of the distance up to the speech level (a high percentile), at least MARGIN_MIN_DB;
- voiced runs closer than BRIDGE_S are joined, so stop consonants and the gaps between words do
  not split speech, and runs shorter than MIN_VOICE_S (clicks, a bump of the microphone) are
  dropped after the joining;
- a recording with less than MIN_RANGE_DB between floor and speech level has no voice in it
  (silence, steady hum, or noise only), and gives zeros.

Volume steadiness compares the loudness of successive half-second stretches of speech (the
frames inside voiced runs, the short gaps included). Single frames swing by 20 dB within any word
(vowels against consonants), so their spread says little; half a second averages that out while
a speaker trailing off or leaning away from the microphone still shows; the recording's overall
gain cancels out. The score is 100 minus STEADY_POINTS_PER_DB for every decibel of standard
deviation of those levels beyond STEADY_FREE_DB, so a speaker whose second half is 12 dB quieter
(a standard deviation of about 6 dB) scores around 50. Hiss within about 10 dB of the quieter
voice raises its measured level and so flattens the score, and a voice that fades into the noise
can no longer be told from it at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lib.ai.errors import TranscriptionError
from lib.ai.keywords import words as word_tokens
from lib.ai.wav import EMPTY, TARGET_RATE, read_wav
from lib.interview.coach import count_fillers

LONG_PAUSE_S = 1.5
FRAME_S = 0.02
BRIDGE_S = 0.3  # gaps shorter than this (stop consonants, between words) stay inside speech
MIN_VOICE_S = 0.08  # shorter bursts after bridging are clicks, not speech
FLOOR_PERCENTILE = 10
SPEECH_PERCENTILE = 99  # high, so that a mostly silent recording still finds its speech level
FLOOR_MIN_DB = -70.0
MARGIN_MIN_DB = 6.0
MARGIN_FRACTION = 0.25  # of the distance from floor to speech level
MIN_RANGE_DB = 10.0
STEADY_BLOCK_S = 0.5
STEADY_FREE_DB = 1.0
STEADY_POINTS_PER_DB = 10.0

_FULL_SCALE_POWER = 32768.0**2


@dataclass(frozen=True)
class Delivery:
    """Delivery figures for one recorded answer; rates are per minute of speaking time."""

    seconds: float
    talk_seconds: float
    words: int
    words_per_minute: float
    fillers_per_minute: float
    long_pauses: int
    longest_pause: float
    volume_steadiness: int
    pauses: tuple[tuple[float, float], ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "seconds": self.seconds,
            "talk_seconds": self.talk_seconds,
            "words": self.words,
            "words_per_minute": self.words_per_minute,
            "fillers_per_minute": self.fillers_per_minute,
            "long_pauses": self.long_pauses,
            "longest_pause": self.longest_pause,
            "volume_steadiness": self.volume_steadiness,
            "pauses": [list(pause) for pause in self.pauses],
        }


def measure(wav_bytes: bytes, transcript: str) -> Delivery:
    """Delivery of a WAV recording; raises TranscriptionError for a file that is not readable WAV.

    Frames are cut at the file's own rate: resampling to 16 kHz first would cost ten times the
    whole analysis, and a frame's energy does not depend on the rate.
    """
    try:
        audio = read_wav(wav_bytes)
    except TranscriptionError as error:
        if error.message != EMPTY:
            raise
        return _measure(np.zeros((0, 1), dtype=np.int16), TARGET_RATE, transcript)  # empty audio, zeros
    return _measure(audio.samples, audio.rate, transcript)


def measure_pcm(samples: NDArray[np.int16], transcript: str) -> Delivery:
    """Delivery of 16 kHz mono 16-bit samples and the transcript of what was said in them."""
    if samples.ndim != 1:
        raise ValueError("expected mono samples, shape (frames,)")
    return _measure(samples[:, np.newaxis], TARGET_RATE, transcript)


def _measure(samples: NDArray[np.int16], rate: int, transcript: str) -> Delivery:
    seconds = round(len(samples) / rate, 2)
    word_count = len(word_tokens(transcript))
    size = max(1, round(FRAME_S * rate))
    frame_s = size / rate
    levels = frame_levels(samples, size)
    threshold = voice_threshold(levels)
    loud = levels > threshold if threshold is not None else np.zeros(len(levels), dtype=np.bool_)
    runs = voiced_runs(loud, frame_s)
    if len(runs) == 0:
        return Delivery(seconds, 0.0, word_count, 0.0, 0.0, 0, 0.0, 0, ())

    gap_starts, gap_ends = runs[:-1, 1], runs[1:, 0]
    is_long = (gap_ends - gap_starts) * frame_s > LONG_PAUSE_S
    pauses = tuple(
        (round(float(start) * frame_s, 2), round(float(end) * frame_s, 2))
        for start, end in zip(gap_starts[is_long], gap_ends[is_long], strict=True)
    )
    pause_frames = int((gap_ends[is_long] - gap_starts[is_long]).sum())
    per_minute = 60.0 / ((int(runs[-1, 1] - runs[0, 0]) - pause_frames) * frame_s)
    fillers = count_fillers(transcript)
    return Delivery(
        seconds=seconds,
        talk_seconds=round(int((runs[:, 1] - runs[:, 0]).sum()) * frame_s, 2),
        words=word_count,
        words_per_minute=round(word_count * per_minute, 1),
        fillers_per_minute=round(fillers * per_minute, 1),
        long_pauses=len(pauses),
        longest_pause=max((round(end - start, 2) for start, end in pauses), default=0.0),
        volume_steadiness=volume_steadiness(levels[_inside(runs, len(levels))], frame_s),
        pauses=pauses,
    )


def frame_levels(samples: NDArray[np.int16], size: int) -> NDArray[np.float64]:
    """Level in dBFS of each whole frame of `size` samples, channels averaged (digital silence: -190)."""
    count = len(samples) // size
    if samples.shape[1] == 1:
        mono = samples[: count * size, 0].astype(np.float32)
    else:
        mono = samples[: count * size].mean(axis=1, dtype=np.float32)
    frames = mono.reshape(count, size)
    power = np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / size
    return np.asarray(10.0 * np.log10(power / _FULL_SCALE_POWER + 1e-19), dtype=np.float64)


def voice_threshold(levels: NDArray[np.float64]) -> float | None:
    """The dBFS level above which a frame is voice, or None when the recording holds no voice."""
    if len(levels) == 0:
        return None
    floor = max(float(np.percentile(levels, FLOOR_PERCENTILE)), FLOOR_MIN_DB)
    speech = float(np.percentile(levels, SPEECH_PERCENTILE))
    if speech - floor < MIN_RANGE_DB:
        return None
    margin = max(MARGIN_MIN_DB, MARGIN_FRACTION * (speech - floor))
    return floor + margin


def voiced_runs(loud: NDArray[np.bool_], frame_s: float) -> NDArray[np.int64]:
    """(start, end) frame indices of voiced stretches, end exclusive, shape (runs, 2)."""
    edges = np.diff(np.concatenate(([0], loud.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    # Joining across a gap shorter than BRIDGE_S = dropping that gap's end and the next start.
    keep_gap = (starts[1:] - ends[:-1]) * frame_s >= BRIDGE_S
    starts = np.concatenate((starts[:1], starts[1:][keep_gap]))
    ends = np.concatenate((ends[:-1][keep_gap], ends[-1:]))
    long_enough = (ends - starts) * frame_s >= MIN_VOICE_S
    return np.stack((starts[long_enough], ends[long_enough]), axis=1).astype(np.int64)


def _inside(runs: NDArray[np.int64], count: int) -> NDArray[np.bool_]:
    """Mask of the frames that lie within the runs."""
    steps = np.zeros(count + 1, dtype=np.int32)
    np.add.at(steps, runs[:, 0], 1)
    np.add.at(steps, runs[:, 1], -1)
    return np.asarray(np.cumsum(steps[:-1]) > 0)


def volume_steadiness(speech_levels: NDArray[np.float64], frame_s: float) -> int:
    """0-100 from the spread of loudness across half-second stretches of speech (see module doc)."""
    if len(speech_levels) == 0:
        return 0
    block = max(1, round(STEADY_BLOCK_S / frame_s))
    count = max(1, len(speech_levels) // block)
    usable = speech_levels[: count * block] if len(speech_levels) >= block else speech_levels
    # Mean power (not mean dB) within a block, so that loud vowels weigh as the ear hears them.
    block_db = 10.0 * np.log10((10.0 ** (usable / 10.0)).reshape(count, -1).mean(axis=1))
    spread = float(block_db.std())
    return int(np.clip(round(100.0 - STEADY_POINTS_PER_DB * max(0.0, spread - STEADY_FREE_DB)), 0, 100))
