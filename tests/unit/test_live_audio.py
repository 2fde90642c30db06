"""Live capture: WebRTC audio frames become one 16 kHz mono WAV that the transcribers read."""

from __future__ import annotations

import fractions
import threading

import av
import numpy as np
import pytest

from lib.ai.wav import MAX_SECONDS, TARGET_RATE, read_wav
from lib.ui.live_audio import DONE, IDLE, RECORDING, LiveCapture, PcmConverter, frames_to_pcm, pcm_to_wav

WEBRTC_RATE = 48_000
WEBRTC_SAMPLES = 960  # 20 ms, what aiortc's Opus decoder delivers


def tone(seconds: float, rate: int, hz: float = 440.0, amplitude: float = 0.25) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * hz * t)


def s16_stereo_frames(signal: np.ndarray, rate: int = WEBRTC_RATE, size: int = WEBRTC_SAMPLES) -> list[av.AudioFrame]:
    """Packed (interleaved) s16 stereo frames with running timestamps, as aiortc decodes Opus."""
    left = np.round(signal * 32767).astype(np.int16)
    right = (left // 2).astype(np.int16)
    interleaved = np.stack([left, right], axis=1).reshape(1, -1)
    frames = []
    for start in range(0, len(signal), size):
        count = min(size, len(signal) - start)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(interleaved[:, 2 * start : 2 * (start + count)]), format="s16", layout="stereo"
        )
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = fractions.Fraction(1, rate)
        frames.append(frame)
    return frames


def float_planar_frames(signal: np.ndarray, rate: int, size: int = 1024) -> list[av.AudioFrame]:
    """Planar float stereo frames without timestamps."""
    planes = np.stack([signal, signal]).astype(np.float32)
    frames = []
    for start in range(0, len(signal), size):
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(planes[:, start : start + size]), format="fltp", layout="stereo"
        )
        frame.sample_rate = rate
        frames.append(frame)
    return frames


def dominant_hz(pcm: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(pcm.astype(np.float64)))
    return float(np.fft.rfftfreq(len(pcm), 1 / rate)[int(np.argmax(spectrum))])


@pytest.mark.parametrize(
    ("frames", "expected_peak"),
    [
        # s16 stereo 48 kHz: the channels are averaged, (1 + 1/2) / 2 of the left channel's 0.25.
        (s16_stereo_frames(tone(2.0, WEBRTC_RATE)), 0.25 * 0.75 * 32767),
        (float_planar_frames(tone(2.0, 44_100), 44_100), 0.25 * 32767),
        (float_planar_frames(tone(2.0, 16_000), 16_000, size=333), 0.25 * 32767),
    ],
    ids=["s16-stereo-48k", "fltp-stereo-44k1", "fltp-stereo-16k"],
)
def test_frames_become_mono_16k_int16_of_the_same_length_and_pitch(frames, expected_peak):
    pcm = frames_to_pcm(frames)

    assert pcm.dtype == np.int16 and pcm.ndim == 1
    assert abs(len(pcm) - 2 * TARGET_RATE) <= 2  # 2 s, give or take the resampler's rounding
    assert dominant_hz(pcm, TARGET_RATE) == pytest.approx(440, abs=1)
    assert np.abs(pcm[TARGET_RATE // 2 : -TARGET_RATE // 2]).max() == pytest.approx(expected_peak, rel=0.03)


def test_a_format_change_midway_keeps_every_sample():
    frames = s16_stereo_frames(tone(1.0, WEBRTC_RATE)) + float_planar_frames(tone(1.0, 44_100), 44_100)

    assert abs(len(frames_to_pcm(frames)) - 2 * TARGET_RATE) <= 4


def test_the_converter_holds_back_no_samples_after_a_flush():
    converter = PcmConverter()
    streamed = [converter.convert(frame) for frame in s16_stereo_frames(tone(0.5, WEBRTC_RATE))]
    streamed.append(converter.flush())

    assert sum(len(part) for part in streamed) == TARGET_RATE // 2
    assert len(converter.flush()) == 0


def test_no_frames_give_no_samples():
    assert len(frames_to_pcm([])) == 0


def test_pcm_becomes_a_wav_that_read_wav_accepts_with_the_right_duration():
    pcm = np.round(tone(3.0, TARGET_RATE) * 32767).astype(np.int16)

    audio = read_wav(pcm_to_wav(pcm))

    assert audio.rate == TARGET_RATE
    assert audio.samples.shape == (3 * TARGET_RATE, 1)
    assert audio.seconds == pytest.approx(3.0)
    assert np.array_equal(audio.samples[:, 0], pcm)


def test_a_capture_of_webrtc_frames_is_a_wav_of_its_duration():
    capture = LiveCapture()
    capture.start()
    for frame in s16_stereo_frames(tone(4.0, WEBRTC_RATE)):
        capture.add(frame)

    wav = capture.finish()

    assert wav is not None
    assert read_wav(wav).seconds == pytest.approx(4.0, abs=0.001)
    assert capture.phase == DONE and capture.wav == wav
    assert capture.finish() == wav  # finishing again changes nothing


def test_a_capture_stops_at_its_duration_cap():
    capture = LiveCapture(max_seconds=1.5)
    capture.start()
    for frame in s16_stereo_frames(tone(3.0, WEBRTC_RATE)):
        capture.add(frame)

    assert capture.full
    assert capture.seconds == pytest.approx(1.5)
    wav = capture.finish()
    assert wav is not None and read_wav(wav).seconds == pytest.approx(1.5)


def test_the_default_cap_is_the_longest_recording_read_wav_accepts():
    capture = LiveCapture()
    capture.start()
    capture._keep(np.zeros(MAX_SECONDS * TARGET_RATE + 500, dtype=np.int16))

    wav = capture.finish()

    assert capture.full
    assert wav is not None and read_wav(wav).seconds == MAX_SECONDS


def test_frames_outside_a_recording_are_ignored_and_a_new_start_clears_the_last_one():
    capture = LiveCapture()
    frames = s16_stereo_frames(tone(1.0, WEBRTC_RATE))
    capture.add(frames[0])
    assert capture.phase == IDLE and capture.seconds == 0

    capture.start()
    for frame in frames:
        capture.add(frame)
    first = capture.finish()
    capture.add(frames[0])
    assert capture.wav == first

    capture.start()
    assert capture.phase == RECORDING and capture.seconds == 0 and capture.wav is None and not capture.full


def test_a_capture_with_no_audio_finishes_empty():
    capture = LiveCapture()
    capture.start()

    assert capture.finish() is None
    assert capture.phase == DONE


def test_frames_added_from_another_thread_are_all_kept():
    capture = LiveCapture()
    capture.start()
    frames = s16_stereo_frames(tone(2.0, WEBRTC_RATE))

    def deliver() -> None:
        for frame in frames:
            capture.add(frame)

    worker = threading.Thread(target=deliver)
    worker.start()
    while worker.is_alive():
        assert capture.seconds <= 2.0  # readable while the other thread writes
    worker.join()

    wav = capture.finish()
    assert wav is not None and read_wav(wav).seconds == pytest.approx(2.0, abs=0.001)
