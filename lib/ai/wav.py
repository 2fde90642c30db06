"""Read a WAV recording and bring it to what speech recognisers expect.

Browsers and recorders produce WAV at 44.1 or 48 kHz, mono or stereo, sometimes
with the WAVE_FORMAT_EXTENSIBLE header that Python 3.11's `wave` module rejects,
so the RIFF chunks are read here directly. Limits on rate, channels and
duration keep a hostile upload from exhausting memory or CPU.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lib.ai.errors import TranscriptionError
from lib.errors import N_

TARGET_RATE = 16_000
MAX_SECONDS = 600
_PCM = 1
_EXTENSIBLE = 0xFFFE
_BLOCK_FRAMES = TARGET_RATE * 30  # output frames resampled at a time

NOT_WAV = N_("This recording could not be read. Please record again or upload a WAV file.")
UNSUPPORTED = N_("This recording uses an unsupported format. Please use 16-bit PCM WAV.")
EMPTY = N_("This recording is empty.")
TOO_LONG = N_("This recording is longer than {minutes} minutes. Please keep answers shorter.")


@dataclass(frozen=True)
class PcmAudio:
    """16-bit samples, shape (frames, channels), plus the sample rate."""

    samples: NDArray[np.int16]
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


def _chunks(data: bytes) -> tuple[bytes | None, bytes | None]:
    """The `fmt ` and `data` chunk bodies; a `data` size past the end is clipped (streamed files)."""
    fmt: bytes | None = None
    body: bytes | None = None
    pos = 12
    while pos + 8 <= len(data) and body is None:
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        content = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"fmt ":
            fmt = content
        elif chunk_id == b"data":
            body = content
        pos += 8 + size + (size & 1)
    return fmt, body


def read_wav(data: bytes) -> PcmAudio:
    """Parse 16-bit PCM WAV bytes; raises TranscriptionError with a reason the user can act on."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise TranscriptionError(NOT_WAV)
    fmt, body = _chunks(data)
    if fmt is None or body is None or len(fmt) < 16:
        raise TranscriptionError(NOT_WAV)
    tag, channels, rate, _, block_align, bits = struct.unpack_from("<HHIIHH", fmt)
    if tag == _EXTENSIBLE and len(fmt) >= 26:
        (tag,) = struct.unpack_from("<H", fmt, 24)
    if tag != _PCM or bits != 16 or not 1 <= channels <= 8 or block_align != 2 * channels:
        raise TranscriptionError(UNSUPPORTED)
    if not 8_000 <= rate <= 192_000:
        raise TranscriptionError(UNSUPPORTED)
    frames = len(body) // block_align
    if frames == 0:
        raise TranscriptionError(EMPTY)
    if frames > MAX_SECONDS * rate:
        raise TranscriptionError(TOO_LONG, minutes=MAX_SECONDS // 60)
    samples = np.frombuffer(body, dtype="<i2", count=frames * channels).reshape(frames, channels)
    return PcmAudio(samples.astype(np.int16, copy=False), rate)


def to_mono_16k(audio: PcmAudio) -> NDArray[np.int16]:
    """Average the channels and resample linearly to 16 kHz, in blocks to bound memory.

    Linear interpolation without an anti-alias filter is enough here: speech
    carries little energy above 8 kHz and the recogniser only looks below it.
    """
    total = len(audio.samples)
    n_out = total * TARGET_RATE // audio.rate
    out = np.empty(n_out, dtype=np.int16)
    step = audio.rate / TARGET_RATE
    block = _BLOCK_FRAMES
    for start in range(0, n_out, block):
        positions = np.arange(start, min(start + block, n_out), dtype=np.float64) * step
        first = int(positions[0])
        last = min(int(positions[-1]) + 2, total)
        mono = audio.samples[first:last].mean(axis=1, dtype=np.float64)
        values = np.interp(positions - first, np.arange(last - first, dtype=np.float64), mono)
        out[start : start + len(positions)] = np.clip(np.rint(values), -32768, 32767)
    return out
