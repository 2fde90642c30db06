"""Reading WAV uploads: the formats recorders produce are accepted, anything else is refused clearly."""

from __future__ import annotations

import io
import struct
import wave

import numpy as np
import pytest

from lib.ai import wav
from lib.ai.errors import TranscriptionError
from lib.ai.wav import TARGET_RATE, read_wav, to_mono_16k


def make_wav(samples: np.ndarray, rate: int, sample_width: int = 2) -> bytes:
    """WAV bytes for int16 samples shaped (frames,) or (frames, channels)."""
    frames = samples[:, np.newaxis] if samples.ndim == 1 else samples
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(frames.shape[1])
        writer.setsampwidth(sample_width)
        writer.setframerate(rate)
        writer.writeframes(frames.astype("<i2").tobytes() if sample_width == 2 else frames.tobytes())
    return buffer.getvalue()


def extensible_wav(samples: np.ndarray, rate: int) -> bytes:
    """A WAVE_FORMAT_EXTENSIBLE file, as some recorders write and Python 3.11's wave rejects."""
    pcm_guid = struct.pack("<HHIHH", 1, 0, 0x00100000, 0xAA00, 0x389B) + bytes([0x71, 0x00, 0x00, 0x00])
    fmt = struct.pack("<HHIIHHHHI", 0xFFFE, 1, rate, rate * 2, 2, 16, 22, 16, 4) + pcm_guid[:16]
    data = samples.astype("<i2").tobytes()
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def tone(seconds: float, rate: int, hz: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (8000 * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def test_mono_16k_passes_through_unchanged() -> None:
    samples = tone(0.25, TARGET_RATE)
    assert np.array_equal(to_mono_16k(read_wav(make_wav(samples, TARGET_RATE))), samples)


@pytest.mark.parametrize("rate", [8_000, 22_050, 44_100, 48_000])
def test_any_rate_is_resampled_to_16k_keeping_the_duration(rate: int) -> None:
    audio = read_wav(make_wav(tone(0.5, rate), rate))
    out = to_mono_16k(audio)
    assert out.dtype == np.int16
    assert abs(len(out) - TARGET_RATE // 2) <= 1
    assert 7000 < np.abs(out).max() <= 8000  # the tone survives resampling


def test_stereo_is_averaged_to_mono() -> None:
    left = np.full(1600, 1000, dtype=np.int16)
    right = np.full(1600, 3000, dtype=np.int16)
    out = to_mono_16k(read_wav(make_wav(np.stack([left, right], axis=1), TARGET_RATE)))
    assert np.all(out == 2000)


def test_long_input_is_resampled_in_blocks_without_seams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wav, "_BLOCK_FRAMES", 37)  # many blocks for a short input
    samples = tone(0.2, 44_100)
    blocky = to_mono_16k(read_wav(make_wav(samples, 44_100)))
    monkeypatch.setattr(wav, "_BLOCK_FRAMES", 16_000)
    assert np.array_equal(blocky, to_mono_16k(read_wav(make_wav(samples, 44_100))))


def test_extensible_header_is_accepted() -> None:
    samples = tone(0.1, 48_000)
    audio = read_wav(extensible_wav(samples, 48_000))
    assert audio.rate == 48_000
    assert np.array_equal(audio.samples[:, 0], samples)


def test_a_data_size_past_the_end_is_read_up_to_the_end() -> None:
    data = bytearray(make_wav(tone(0.1, TARGET_RATE), TARGET_RATE))
    data[40:44] = struct.pack("<I", 0xFFFFFFFF)  # what streaming recorders write
    assert len(read_wav(bytes(data)).samples) == 1600


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a wav file at all",
        b"ID3\x04\x00" + bytes(200),  # an MP3
        b"RIFF\x00\x00\x00\x00AVI LIST",
        b"RIFF\x24\x00\x00\x00WAVE",  # header only
        make_wav(tone(0.1, TARGET_RATE), TARGET_RATE)[:30],  # truncated fmt
    ],
    ids=["empty", "text", "mp3", "avi", "header-only", "truncated"],
)
def test_non_wav_input_is_refused(data: bytes) -> None:
    with pytest.raises(TranscriptionError) as caught:
        read_wav(data)
    assert caught.value.message == wav.NOT_WAV


def test_8_bit_audio_is_refused_as_unsupported() -> None:
    data = make_wav(np.full(800, 128, dtype=np.uint8), 8_000, sample_width=1)
    with pytest.raises(TranscriptionError) as caught:
        read_wav(data)
    assert caught.value.message == wav.UNSUPPORTED


def test_empty_recording_is_refused() -> None:
    with pytest.raises(TranscriptionError) as caught:
        read_wav(make_wav(np.zeros(0, dtype=np.int16), TARGET_RATE))
    assert caught.value.message == wav.EMPTY


def test_overlong_recording_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wav, "MAX_SECONDS", 60)
    read_wav(make_wav(tone(60, 8_000), 8_000))
    with pytest.raises(TranscriptionError) as caught:
        read_wav(make_wav(tone(60.5, 8_000), 8_000))
    assert caught.value.message == wav.TOO_LONG
    assert str(caught.value) == "This recording is longer than 1 minutes. Please keep answers shorter."
