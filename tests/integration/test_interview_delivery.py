"""Delivery metrics on real (synthesised) speech: what a candidate sees after recording an answer.

espeak-ng speaks a six-part answer with thinking pauses of 1.6, 2.0 and 3.0 s and two short
0.4 s gaps inserted between the parts, at two speaking rates, clean and with microphone hiss.
The truth comes from the synthesis itself (tests/support/speech.py), not from the detector.
"""

from __future__ import annotations

import numpy as np
import pytest

from lib.ai import PocketsphinxTranscriber, TranscriptionError
from lib.interview.delivery import LONG_PAUSE_S, Delivery, measure
from tests.conftest import missing
from tests.support.speech import SpeechSample, espeak_path, synthesise, to_wav, word_error_rate

SEGMENTS = [
    "I led the migration of our billing service to a new platform. It took three months of careful work.",
    "First we mapped every job that touched the old database.",
    "Then we moved the smallest jobs and watched the error rates closely.",
    "We cut the monthly costs by forty percent.",
    "The team learned to ship in small steps.",
    "Next time I would involve the support team much earlier.",
]
PAUSES = [1.6, 0.4, 2.0, 0.4, 3.0]
RATES = [120, 180]  # espeak-ng's -s
NOISE = {"clean": None, "hiss": -50.0}  # white noise RMS in dBFS, like a laptop microphone
POSITION_SLACK = 0.25
LONGEST_SLACK = 0.2
WPM_TOLERANCE = 0.15

# Recognisable sentences for pocketsphinx. espeak-ng 1.51's "en-us+f2" voice at 140 words per
# minute scored a word error rate of 0.19 here (pocketsphinx 5, bundled US English model); the
# default "en-us" voice scores about 0.6, so the voice is pinned. The bound leaves room for other
# espeak-ng builds while still failing if recognition (or the resampling before it) breaks.
WER_SENTENCES = [
    "thank you very much for the interview",
    "I worked on the data team for two years",
    "we reduced the cost of the service by half",
    "I would like to learn more about the role",
    "my biggest strength is working with people",
    "the project was finished on time",
]
WER_VOICE = "en-us+f2"
MAX_WER = 0.35


@pytest.fixture(scope="module")
def espeak() -> None:
    if espeak_path() is None:
        missing("espeak-ng")


@pytest.fixture(scope="module")
def answers(espeak: None) -> dict[tuple[int, str], SpeechSample]:
    """The answer at each rate and noise level, with a second of silence before and after."""
    return {
        (rate, noise): synthesise(SEGMENTS, PAUSES, words_per_minute=rate, lead=1.0, tail=1.0, noise_dbfs=level)
        for rate in RATES
        for noise, level in NOISE.items()
    }


@pytest.fixture(scope="module")
def measured(answers: dict[tuple[int, str], SpeechSample]) -> dict[tuple[int, str], Delivery]:
    return {key: measure(sample.wav, sample.text) for key, sample in answers.items()}


CASES = [(rate, noise) for rate in RATES for noise in NOISE]
IDS = [f"{rate}wpm-{noise}" for rate, noise in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_pause_over_one_and_a_half_seconds_is_found_where_it_happened(
    case: tuple[int, str], answers: dict[tuple[int, str], SpeechSample], measured: dict[tuple[int, str], Delivery]
) -> None:
    truth = answers[case].long_pauses(LONG_PAUSE_S)
    delivery = measured[case]
    assert len(truth) == 3
    # The 0.4 s gaps, espeak's own pauses between sentences and the silence before and after
    # the answer are not long pauses: exactly the three inserted ones are found.
    assert delivery.long_pauses == len(delivery.pauses) == 3, delivery.pauses
    for (start, end), (true_start, true_end) in zip(delivery.pauses, truth, strict=True):
        assert abs(start - true_start) <= POSITION_SLACK, (delivery.pauses, truth)
        assert abs(end - true_end) <= POSITION_SLACK, (delivery.pauses, truth)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_longest_pause_is_the_three_second_one(
    case: tuple[int, str], measured: dict[tuple[int, str], Delivery]
) -> None:
    assert abs(measured[case].longest_pause - 3.0) <= LONGEST_SLACK, measured[case].pauses


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_words_per_minute_matches_the_speech(
    case: tuple[int, str], answers: dict[tuple[int, str], SpeechSample], measured: dict[tuple[int, str], Delivery]
) -> None:
    truth = answers[case].words_per_minute(LONG_PAUSE_S)
    got = measured[case].words_per_minute
    print(f"{IDS[CASES.index(case)]}: measured {got:.1f} wpm, true {truth:.1f} wpm ({got / truth - 1:+.1%})")
    assert measured[case].words == answers[case].words
    assert abs(got / truth - 1) <= WPM_TOLERANCE


def test_faster_speech_measures_faster_by_the_right_factor(
    answers: dict[tuple[int, str], SpeechSample], measured: dict[tuple[int, str], Delivery]
) -> None:
    slow, fast = (120, "clean"), (180, "clean")
    true_ratio = answers[fast].words_per_minute(LONG_PAUSE_S) / answers[slow].words_per_minute(LONG_PAUSE_S)
    ratio = measured[fast].words_per_minute / measured[slow].words_per_minute
    assert true_ratio > 1.3  # espeak really did speak faster
    assert abs(ratio / true_ratio - 1) <= WPM_TOLERANCE


def test_silence_before_and_after_the_answer_counts_neither_as_pause_nor_as_talking(
    answers: dict[tuple[int, str], SpeechSample], measured: dict[tuple[int, str], Delivery]
) -> None:
    sample, delivery = answers[(120, "hiss")], measured[(120, "hiss")]
    assert delivery.seconds == pytest.approx(sample.seconds, abs=0.01)
    talk_at_most = sample.speaking_seconds(LONG_PAUSE_S)
    # Voice is all of the speech but the gaps between sentences: well over half, never more.
    assert 0.6 * talk_at_most <= delivery.talk_seconds <= talk_at_most


def test_fillers_per_minute_counts_the_fillers_that_were_said(espeak: None) -> None:
    spoken = [
        "Um, I led the migration of our billing service, you know, to a new platform.",
        "Basically we moved every job, uh, one at a time.",
    ]
    sample = synthesise(spoken, [0.5], words_per_minute=150, lead=0.5, tail=0.5)
    speaking_minutes = sample.speaking_seconds(LONG_PAUSE_S) / 60
    with_fillers = measure(sample.wav, sample.text)
    assert with_fillers.fillers_per_minute == pytest.approx(4 / speaking_minutes, rel=WPM_TOLERANCE)
    assert with_fillers.fillers_per_minute / with_fillers.words_per_minute == pytest.approx(4 / sample.words, rel=0.01)
    assert measure(sample.wav, "I led the migration of our billing service.").fillers_per_minute == 0.0


def test_a_quieter_second_half_scores_clearly_lower_steadiness(
    answers: dict[tuple[int, str], SpeechSample], measured: dict[tuple[int, str], Delivery]
) -> None:
    sample = answers[(180, "clean")]
    fading = sample.samples.astype(np.float64)
    fading[len(fading) // 2 :] *= 10 ** (-12 / 20)
    faded = measure(to_wav(np.rint(fading).astype(np.int16), sample.rate), sample.text)
    steady = measured[(180, "clean")].volume_steadiness
    print(f"volume steadiness: steady {steady}, second half 12 dB quieter {faded.volume_steadiness}")
    assert steady >= 80
    assert faded.volume_steadiness <= steady - 25


def test_a_quieter_microphone_is_not_unsteady(answers: dict[tuple[int, str], SpeechSample]) -> None:
    sample = answers[(120, "clean")]
    quiet = np.rint(sample.samples * 10 ** (-20 / 20)).astype(np.int16)
    original, quieter = measure(sample.wav, sample.text), measure(to_wav(quiet, sample.rate), sample.text)
    assert abs(original.volume_steadiness - quieter.volume_steadiness) <= 3
    assert quieter.long_pauses == 3


@pytest.mark.parametrize("seconds", [0.0, 0.001, 0.05, 3.0])
def test_silent_or_tiny_recordings_give_zeros(seconds: float) -> None:
    delivery = measure(to_wav(np.zeros(round(seconds * 22_050), dtype=np.int16), 22_050), "um hello there")
    assert delivery.as_dict() | {"seconds": 0.0, "words": 0} == {
        "seconds": 0.0,
        "talk_seconds": 0.0,
        "words": 0,
        "words_per_minute": 0.0,
        "fillers_per_minute": 0.0,
        "long_pauses": 0,
        "longest_pause": 0.0,
        "volume_steadiness": 0,
        "pauses": [],
    }
    assert delivery.words == 3
    assert delivery.seconds == pytest.approx(seconds, abs=0.01)


@pytest.mark.parametrize(
    "data",
    [b"", b"not a recording at all", b"RIFF\x10\x00\x00\x00WAVEjunkjunk", b"ID3\x03\x00" + bytes(2000)],
    ids=["empty-bytes", "text", "broken-riff", "mp3"],
)
def test_a_file_that_is_not_wav_raises_transcription_error(data: bytes) -> None:
    with pytest.raises(TranscriptionError):
        measure(data, "hello")


def test_pocketsphinx_word_error_rate_on_synthesised_sentences(espeak: None) -> None:
    transcriber = PocketsphinxTranscriber()
    errors = 0.0
    for sentence in WER_SENTENCES:
        sample = synthesise([sentence], [], words_per_minute=140, voice=WER_VOICE, lead=0.3, tail=0.3)
        hypothesis = transcriber.transcribe(sample.wav).text
        errors += word_error_rate(sentence, hypothesis) * len(sentence.split())
    wer = errors / sum(len(sentence.split()) for sentence in WER_SENTENCES)
    print(f"pocketsphinx word error rate on {len(WER_SENTENCES)} espeak-ng sentences ({WER_VOICE}): {wer:.3f}")
    assert wer < MAX_WER


@pytest.mark.parametrize(
    ("reference", "hypothesis", "rate"),
    [
        ("Thank you very much.", "thank you very much", 0.0),
        ("thank you very much", "thank you much", 0.25),
        ("thank you very much", "thank you so very much", 0.25),
        ("thank you very much", "tank you vary much", 0.5),
        ("a b", "c d e f", 2.0),
    ],
)
def test_word_error_rate_helper(reference: str, hypothesis: str, rate: float) -> None:
    assert word_error_rate(reference, hypothesis) == pytest.approx(rate)
