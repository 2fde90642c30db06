"""Delivery metrics on synthetic signals whose truth is exact: tone bursts separated by silences."""

from __future__ import annotations

import io
import json
import time
import wave

import numpy as np
import pytest

from lib.interview.coach import FILLERS
from lib.interview.delivery import LONG_PAUSE_S, measure, measure_pcm

RATE = 16_000
FRAME = 0.02  # the detector's frame, so positions are exact to one frame


def burst(seconds: float, dbfs: float = -12.0, hz: float = 220.0) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return 32768 * 10 ** (dbfs / 20) * np.sqrt(2) * np.sin(2 * np.pi * hz * t)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE))


def signal(*parts: np.ndarray, noise_dbfs: float | None = None, gain_db: float = 0.0) -> np.ndarray:
    joined = np.concatenate(parts) * 10 ** (gain_db / 20)
    if noise_dbfs is not None:
        joined = joined + np.random.default_rng(7).normal(0, 32768 * 10 ** (noise_dbfs / 20), len(joined))
    return np.clip(np.rint(joined), -32768, 32767).astype(np.int16)


def wav_bytes(samples: np.ndarray, rate: int, channels: int = 1) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        frames = np.repeat(samples[:, np.newaxis], channels, axis=1) if channels > 1 else samples
        writer.writeframes(frames.astype("<i2").tobytes())
    return buffer.getvalue()


def resampled(samples: np.ndarray, rate: int) -> np.ndarray:
    count = len(samples) * rate // RATE
    return np.rint(np.interp(np.arange(count) * RATE / rate, np.arange(len(samples)), samples)).astype(np.int16)


# 1 s lead-in, then voice 1.0-3.0, pause 3.0-4.6 (1.6 s), voice 4.6-6.0, gap 6.0-7.4 (1.4 s, not long),
# voice 7.4-8.0, pause 8.0-11.0 (3.0 s), voice 11.0-12.0, then 1 s of silence.
ANSWER = (
    silence(1.0),
    burst(2.0),
    silence(1.6),
    burst(1.4),
    silence(1.4),
    burst(0.6),
    silence(3.0),
    burst(1.0),
    silence(1.0),
)
ANSWER_PAUSES = [(3.0, 4.6), (8.0, 11.0)]
ANSWER_SPEAKING = 12.0 - 1.0 - 1.6 - 3.0  # first to last voice, minus the long pauses
TRANSCRIPT = "Um, I led the team. You know, we shipped it on time and I mean that literally."


def assert_pauses(found: tuple[tuple[float, float], ...], expected: list[tuple[float, float]], slack: float) -> None:
    assert len(found) == len(expected), found
    for (start, end), (true_start, true_end) in zip(found, expected, strict=True):
        assert start == pytest.approx(true_start, abs=slack), found
        assert end == pytest.approx(true_end, abs=slack), found


@pytest.mark.parametrize(
    ("noise_dbfs", "gain_db"),
    [(None, 0.0), (None, -30.0), (-50.0, 0.0), (-40.0, 0.0), (-35.0, 6.0)],
    ids=["clean", "quiet-microphone", "mic-hiss", "noisy-room", "loud-speaker-noisy-room"],
)
def test_pauses_and_pace_are_exact_on_tone_bursts_whatever_the_level_and_noise(
    noise_dbfs: float | None, gain_db: float
) -> None:
    delivery = measure_pcm(signal(*ANSWER, noise_dbfs=noise_dbfs, gain_db=gain_db), TRANSCRIPT)
    assert_pauses(delivery.pauses, ANSWER_PAUSES, slack=FRAME)
    assert delivery.long_pauses == 2
    assert delivery.longest_pause == pytest.approx(3.0, abs=FRAME)
    assert delivery.words == 17
    assert delivery.words_per_minute == pytest.approx(17 * 60 / ANSWER_SPEAKING, rel=0.01)
    assert delivery.talk_seconds == pytest.approx(2.0 + 1.4 + 0.6 + 1.0, abs=2 * FRAME)
    assert delivery.seconds == pytest.approx(13.0)


def test_a_gap_just_over_the_limit_is_a_long_pause_and_one_just_under_is_not() -> None:
    over = measure_pcm(signal(burst(1.0), silence(LONG_PAUSE_S + 0.1), burst(1.0)), "")
    under = measure_pcm(signal(burst(1.0), silence(LONG_PAUSE_S - 0.1), burst(1.0)), "")
    assert over.long_pauses == 1
    assert under.long_pauses == 0
    assert under.longest_pause == 0.0


def test_gaps_between_words_do_not_split_speech() -> None:
    words = [part for _ in range(10) for part in (burst(0.3), silence(0.2))][:-1]
    delivery = measure_pcm(signal(silence(0.5), *words, silence(0.5)), "")
    assert delivery.talk_seconds == pytest.approx(10 * 0.3 + 9 * 0.2, abs=FRAME)


def test_a_short_answer_in_a_long_recording_is_still_found() -> None:
    delivery = measure_pcm(signal(silence(30.0), burst(1.0), silence(2.0), burst(1.0), silence(30.0)), "yes I did")
    assert_pauses(delivery.pauses, [(31.0, 33.0)], slack=FRAME)
    assert delivery.words_per_minute == pytest.approx(3 * 60 / 2.0, rel=0.01)


def test_a_room_noise_that_swells_and_fades_does_not_break_a_pause() -> None:
    quiet_speech = signal(
        silence(1.0), burst(2.0, dbfs=-28.0), silence(2.5), burst(2.0, dbfs=-28.0), silence(1.0)
    ).astype(np.float64)
    t = np.arange(len(quiet_speech)) / RATE
    swell_db = 2.0 * np.sin(2 * np.pi * 0.8 * t)  # background 4 dB louder at its peaks than at its dips
    noise = np.random.default_rng(3).normal(0, 32768 * 10 ** (-40 / 20), len(t)) * 10 ** (swell_db / 20)
    delivery = measure_pcm(np.rint(quiet_speech + noise).astype(np.int16), "")
    assert_pauses(delivery.pauses, [(3.0, 5.5)], slack=2 * FRAME)


def test_a_click_inside_a_pause_does_not_break_it() -> None:
    delivery = measure_pcm(
        signal(burst(1.0), silence(1.5), burst(0.04, dbfs=-6.0, hz=3000.0), silence(1.5), burst(1.0)), ""
    )
    assert_pauses(delivery.pauses, [(1.0, 4.04)], slack=FRAME)


@pytest.mark.parametrize(("rate", "channels"), [(44_100, 2), (48_000, 1), (22_050, 1), (11_025, 1), (8_000, 2)])
def test_recordings_at_other_rates_and_in_stereo_give_the_same_figures(rate: int, channels: int) -> None:
    samples = resampled(signal(*ANSWER, noise_dbfs=-50.0), rate)
    delivery = measure(wav_bytes(samples, rate, channels), TRANSCRIPT)
    assert_pauses(delivery.pauses, ANSWER_PAUSES, slack=2 * FRAME)
    assert delivery.words_per_minute == pytest.approx(17 * 60 / ANSWER_SPEAKING, rel=0.01)


@pytest.mark.parametrize(
    "samples",
    [
        np.zeros(0, dtype=np.int16),
        np.zeros(1, dtype=np.int16),
        signal(silence(5.0)),
        signal(silence(5.0), noise_dbfs=-40.0),
        signal(burst(5.0)),
        signal(burst(0.01)),
        signal(silence(2.0), burst(0.04), silence(2.0)),
        signal(silence(1.0), burst(1.0, dbfs=-75.0), silence(1.0)),
        signal(*[burst(0.5, dbfs=-42.0) if index % 2 else silence(0.5) for index in range(8)], noise_dbfs=-50.0),
    ],
    ids=[
        "empty",
        "one-sample",
        "digital-silence",
        "noise-only",
        "steady-hum",
        "ten-milliseconds",
        "lone-click",
        "below-any-microphone",
        "too-close-to-the-noise",
    ],
)
def test_recordings_without_speech_give_zeros(samples: np.ndarray) -> None:
    delivery = measure_pcm(samples, "um you know")
    assert delivery.talk_seconds == 0.0
    assert delivery.words_per_minute == 0.0
    assert delivery.fillers_per_minute == 0.0
    assert (delivery.long_pauses, delivery.longest_pause, delivery.pauses) == (0, 0.0, ())
    assert delivery.volume_steadiness == 0
    assert delivery.seconds == pytest.approx(len(samples) / RATE, abs=0.005)


def test_an_empty_wav_file_gives_zeros() -> None:
    delivery = measure(wav_bytes(np.zeros(0, dtype=np.int16), RATE), "")
    assert (delivery.seconds, delivery.words_per_minute, delivery.volume_steadiness) == (0.0, 0.0, 0)


def test_stereo_arrays_are_refused_by_measure_pcm() -> None:
    with pytest.raises(ValueError):
        measure_pcm(np.zeros((100, 2), dtype=np.int16), "")


@pytest.mark.parametrize(
    ("transcript", "fillers"),
    [
        ("Um, I led the team. You know, we shipped it, uh, on time.", 3),
        ("UM you\nknow, basically, actually I MEAN it was kind of sort of like that", 7),
        ("It was, like, slow. Like, really slow, and I would like to fix it.", 2),
        ("The umbrella was likely unlike the others; we knew the sort order.", 0),
        ("", 0),
    ],
)
def test_fillers_are_whole_words_and_phrases_from_the_transcript(transcript: str, fillers: int) -> None:
    delivery = measure_pcm(signal(*ANSWER), transcript)
    assert delivery.fillers_per_minute == pytest.approx(
        fillers * 60 / ANSWER_SPEAKING, abs=0.0501
    )  # the figure is rounded to 0.1


def test_every_coach_filler_is_counted() -> None:
    delivery = measure_pcm(signal(*ANSWER), ", ".join(FILLERS))
    assert delivery.fillers_per_minute == pytest.approx(len(FILLERS) * 60 / ANSWER_SPEAKING, abs=0.05)


@pytest.mark.parametrize(
    ("transcript", "words"),
    [("I don't know — it's fine", 5), ("We grew revenue forty percent", 5), ("  ", 0), ("O'Neil said: yes!", 3)],
)
def test_words_are_counted_as_spoken(transcript: str, words: int) -> None:
    assert measure_pcm(signal(*ANSWER), transcript).words == words


def test_even_loudness_scores_full_steadiness_and_any_microphone_gain_scores_the_same() -> None:
    parts = [burst(0.5) if index % 2 == 0 else silence(0.2) for index in range(40)]
    assert measure_pcm(signal(*parts), "").volume_steadiness == 100
    assert measure_pcm(signal(*parts, gain_db=-25.0), "").volume_steadiness == 100


def test_a_second_half_12_db_quieter_scores_about_half_steadiness() -> None:
    loud = [burst(0.5) if index % 2 == 0 else silence(0.2) for index in range(20)]
    quiet = [burst(0.5, dbfs=-24.0) if index % 2 == 0 else silence(0.2) for index in range(20)]
    # A standard deviation of 6 dB across half-second blocks: 100 - 10 * (6 - 1).
    assert measure_pcm(signal(*loud, *quiet), "").volume_steadiness == pytest.approx(50, abs=3)


def test_as_dict_is_plain_json() -> None:
    delivery = measure_pcm(signal(*ANSWER), TRANSCRIPT)
    data = json.loads(json.dumps(delivery.as_dict()))
    assert data["pauses"] == [list(pause) for pause in delivery.pauses]
    assert data["words_per_minute"] == delivery.words_per_minute
    assert set(data) == {
        "seconds",
        "talk_seconds",
        "words",
        "words_per_minute",
        "fillers_per_minute",
        "long_pauses",
        "longest_pause",
        "volume_steadiness",
        "pauses",
    }


def test_a_minute_of_browser_audio_is_measured_in_milliseconds() -> None:
    minute = resampled(signal(*(ANSWER * 5))[: 60 * RATE], 48_000)
    data = wav_bytes(minute, 48_000)
    timings = []
    for _ in range(4):
        start = time.perf_counter()
        measure(data, TRANSCRIPT)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1, f"{min(timings) * 1000:.1f} ms for a minute of 48 kHz audio"
