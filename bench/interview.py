"""Mock interviews: the offline coach's ranking, delivery metrics and transcription on real
(synthesised) speech, and the interview page's server time.

`python -m bench.interview` prints one key=value per line:
    coach_pair_accuracy   share of answer pairs of one question, graded differently
                          (strong > adequate > weak), where the better-graded answer scores higher
                          (tests/data/interview_answers.jsonl and the held-out
                          interview_answers_holdout.jsonl together, scored against the bank's rubric)
    coach_pairs           how many such pairs there are
    coach_pair_accuracy_holdout
                          the same on the held-out set alone (written after the coach, never tuned on)
    wpm_error_pct         median |measured / true - 1| of words per minute, in %
    wpm_error_max_pct     the largest of those errors
    pause_recall          share of inserted pauses over 1.5 s found: a measured pause whose start
                          and end both lie within 0.25 s of the inserted one's
    pause_false           measured long pauses that match no inserted one (all samples together)
    wer                   pocketsphinx word error rate: total word edits / total reference words
    transcribe_rtf        median of transcription seconds / audio seconds (model already loaded)
    score_median_ms       median time to score one graded answer offline
    score_max_ms          the slowest graded answer's median time
    metrics_ms_per_min    median time of delivery.measure() per minute of audio (all samples joined)
    page_setup_ms, page_question_ms, page_report_ms
                          median AppTest run of the interview page (through Home.py, signed in as
                          a candidate) showing the setup form, a question, a finished interview's report
    page_median_ms        the median of those runs pooled

The speech corpus is six answers spoken by espeak-ng (tests/support/speech.py), two at each
of 120, 150 and 180 words per minute, each with 2 to 4 thinking pauses of 1.6 to 3 s and short
gaps of 0.2 to 0.5 s between its sentences, laid out by --seed; the truth comes from the synthesis.
The voice is en-us+f2 by default, the one tests/integration/test_interview_delivery.py pins for
recognition (espeak-ng's default en-us voice is much harder for pocketsphinx); --voice changes it.
The page runs on a fresh temporary DuckDB file with the offline coach (AI_* settings are ignored).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import streamlit as st
from streamlit.testing.v1 import AppTest

from bench.pages import COOKIE_KEY, QUIET_LOGGERS, BenchError, check, log, signed_in_app
from lib.ai.speech import PocketsphinxTranscriber
from lib.auth import service
from lib.errors import AppError
from lib.interview.bank import InterviewQuestion, load_bank
from lib.interview.coach import score_answer
from lib.interview.delivery import LONG_PAUSE_S, Delivery, measure
from lib.settings import load_settings
from lib.store import open_store
from lib.store.migrate import migrate
from tests.support.speech import SpeechSample, espeak_path, synthesise, to_wav, word_error_rate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GRADED = PROJECT_ROOT / "tests" / "data" / "interview_answers.jsonl"
HOLDOUT = PROJECT_ROOT / "tests" / "data" / "interview_answers_holdout.jsonl"  # written after the coach
RANK = {"strong": 2, "adequate": 1, "weak": 0}
PAGE = "app_pages/interview.py"
PASSWORD = "steady practice pays"
AI_SETTINGS = ("AI_BASE_URL", "AI_API_KEY", "AI_MODEL", "AI_TRANSCRIBE_MODEL")

RATES = (120, 120, 150, 150, 180, 180)  # espeak-ng's -s, one per sample
LONG_PAUSES = (1.6, 3.0)  # seconds, the range of the inserted thinking pauses
SHORT_GAPS = (0.2, 0.5)  # seconds, the range of the gaps between the other sentences
LONG_PER_SAMPLE = (2, 4)
POSITION_SLACK = 0.25
LEAD = TAIL = 0.5
# Six answers of six sentences each, in plain words an interviewer would hear.
SAMPLES = (
    (
        "I led the migration of our billing service to a new platform.",
        "First we mapped every job that touched the old database.",
        "Then we moved the smallest jobs and watched the error rates closely.",
        "We cut the monthly costs by forty percent.",
        "The team learned to ship in small steps.",
        "Next time I would involve the support team much earlier.",
    ),
    (
        "Last year our mobile app was crashing for many new users.",
        "I read the crash reports and found a problem with old phones.",
        "I wrote a small fix and added a test for it.",
        "The crash rate fell from five percent to less than one percent.",
        "Our ratings in the store went up in two months.",
        "I learned to look at the data before I guess.",
    ),
    (
        "When two people on my team disagreed about a design, the work stopped.",
        "I asked each of them to write down the problem they wanted to solve.",
        "We met for one hour and compared the two plans.",
        "We chose the simpler plan and kept one idea from the other.",
        "The feature was finished on time.",
        "Now I bring people together early when I see a conflict.",
    ),
    (
        "A customer told us that our reports were always late.",
        "I found that one query was reading the whole table every night.",
        "I added an index and split the job into smaller parts.",
        "The report now finishes in ten minutes instead of three hours.",
        "The customer renewed the contract for another year.",
        "I always measure a slow job before I change it.",
    ),
    (
        "My biggest strength is working with people from other teams.",
        "In my last role I worked with sales and support every week.",
        "I set up a short meeting on Monday mornings.",
        "We shared the top three problems from our users.",
        "Within a quarter we fixed most of the common complaints.",
        "I would like to bring the same habit to this role.",
    ),
    (
        "I would start by asking who the users of the product are.",
        "Then I would look at how they use it today.",
        "I would pick one goal, such as the number of weekly users.",
        "We would test a small change with a part of the users.",
        "If the numbers improve, we would roll it out to everyone.",
        "If they do not, we would learn why and try again.",
    ),
)


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


# The coach ------------------------------------------------------------------------------------


def graded(path: Path) -> dict[str, dict[str, str]]:
    """question id -> grade -> answer, as tests/unit/test_interview_coach.py reads them."""
    answers: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            answers.setdefault(row["question_id"], {})[row["grade"]] = row["answer"]
    return answers


def ordered_pairs(answers: dict[str, dict[str, str]], bank: dict[str, InterviewQuestion]) -> tuple[int, int]:
    """(pairs ordered as graded, pairs) over every two differently graded answers to one question."""
    right = total = 0
    for key, by_grade in answers.items():
        scores = {
            grade: score_answer(bank[key].text["en"], answer, question=bank[key]).overall
            for grade, answer in by_grade.items()
        }
        for a, b in itertools.combinations(scores, 2):
            if RANK[a] == RANK[b]:
                continue
            better, worse = (a, b) if RANK[a] > RANK[b] else (b, a)
            total += 1
            right += scores[better] > scores[worse]
            if scores[better] <= scores[worse]:
                log(f"coach: {key} {better} {scores[better]} <= {worse} {scores[worse]}")
    return right, total


def coach(repeats: int) -> dict[str, float]:
    bank = {question.key: question for question in load_bank()}
    answers = graded(GRADED)
    right, total = ordered_pairs(answers, bank)
    held_right, held_total = ordered_pairs(graded(HOLDOUT), bank)
    log(f"coach: {right} of {total} pairs ordered; held out: {held_right} of {held_total}")

    per_answer: list[list[float]] = []
    for key, texts in answers.items():
        question = bank[key]
        for answer in texts.values():
            call = functools.partial(score_answer, question.text["en"], answer, question=question)
            per_answer.append([timed(call) * 1000 for _ in range(repeats)])
    medians = [statistics.median(times) for times in per_answer]
    return {
        "coach_pair_accuracy": (right + held_right) / (total + held_total),
        "coach_pairs": total + held_total,
        "coach_pair_accuracy_holdout": held_right / held_total,
        "score_median_ms": statistics.median(time_ for times in per_answer for time_ in times),
        "score_max_ms": max(medians),
    }


# Speech ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spoken:
    sample: SpeechSample
    rate: int


def corpus(seed: int, voice: str) -> list[Spoken]:
    """Each answer at its rate, with 2-4 of its five gaps made thinking pauses, the rest short."""
    rng = random.Random(seed)
    spoken = []
    for segments, rate in zip(SAMPLES, RATES, strict=True):
        gaps = len(segments) - 1
        long_at = set(rng.sample(range(gaps), rng.randint(*LONG_PER_SAMPLE)))
        pauses = [
            round(rng.uniform(*LONG_PAUSES) if gap in long_at else rng.uniform(*SHORT_GAPS), 2) for gap in range(gaps)
        ]
        sample = synthesise(list(segments), pauses, words_per_minute=rate, voice=voice, lead=LEAD, tail=TAIL)
        log(f"speech: {rate} wpm, {sample.seconds:.1f} s, pauses {pauses}")
        spoken.append(Spoken(sample, rate))
    return spoken


def found(pause: tuple[float, float], measured: tuple[tuple[float, float], ...]) -> bool:
    return any(
        abs(start - pause[0]) <= POSITION_SLACK and abs(end - pause[1]) <= POSITION_SLACK for start, end in measured
    )


def delivery(spoken: list[Spoken], repeats: int) -> dict[str, float]:
    errors, hits, truths, false = [], 0, 0, 0
    for item in spoken:
        sample = item.sample
        result: Delivery = measure(sample.wav, sample.text)
        truth_wpm = sample.words_per_minute(LONG_PAUSE_S)
        errors.append(abs(result.words_per_minute / truth_wpm - 1) * 100)
        truth = sample.long_pauses(LONG_PAUSE_S)
        hits += sum(found(pause, result.pauses) for pause in truth)
        truths += len(truth)
        false += sum(not found(pause, tuple(truth)) for pause in result.pauses)
        log(
            f"delivery: {item.rate} wpm -> measured {result.words_per_minute:.1f}, true {truth_wpm:.1f};"
            f" pauses {result.pauses} vs {[(round(a, 2), round(b, 2)) for a, b in truth]}"
        )
    joined = np.concatenate([item.sample.samples for item in spoken])
    rate = spoken[0].sample.rate
    if any(item.sample.rate != rate for item in spoken):
        raise BenchError("espeak-ng spoke the samples at different sample rates")
    wav, text = to_wav(joined, rate), " ".join(item.sample.text for item in spoken)
    minutes = len(joined) / rate / 60
    measure(wav, text)  # warm-up
    per_minute = statistics.median(timed(lambda: measure(wav, text)) for _ in range(repeats)) * 1000 / minutes
    log(f"delivery: measure() on {minutes:.2f} min of audio, {per_minute:.2f} ms per minute")
    return {
        "wpm_error_pct": statistics.median(errors),
        "wpm_error_max_pct": max(errors),
        "pause_recall": hits / truths,
        "pause_false": false,
        "metrics_ms_per_min": per_minute,
    }


def transcription(spoken: list[Spoken]) -> dict[str, float]:
    transcriber = PocketsphinxTranscriber()
    first = spoken[0].sample
    second = to_wav(first.samples[: first.rate], first.rate)
    loading = timed(lambda: transcriber.transcribe(second))  # loads the model
    log(f"transcribe: model loaded and one second decoded in {loading:.2f} s")
    edits, reference_words, ratios = 0.0, 0, []
    for item in spoken:
        sample = item.sample
        started = time.perf_counter()
        hypothesis = transcriber.transcribe(sample.wav).text
        ratios.append((time.perf_counter() - started) / sample.seconds)
        rate = word_error_rate(sample.text, hypothesis)
        edits += rate * sample.words
        reference_words += sample.words
        log(f"transcribe: {item.rate} wpm, WER {rate:.2f}: {hypothesis!r}")
    return {"wer": edits / reference_words, "transcribe_rtf": statistics.median(ratios)}


# The page -------------------------------------------------------------------------------------


def button_key(at: AppTest, *, prefix: str = "", suffix: str = "") -> str:
    keys = [b.key for b in at.button if b.key and b.key.startswith(prefix) and b.key.endswith(suffix)]
    if not keys:
        raise BenchError(f"no button with a key like {prefix!r}...{suffix!r}: {[b.key for b in at.button]}")
    return keys[0]


def click(at: AppTest, key: str, what: str) -> None:
    at.button(key=key).click()
    check(at.run(), what)


def rerun_ms(at: AppTest, runs: int, warmups: int, what: str, shows: Callable[[AppTest], bool]) -> list[float]:
    """Wall times of `runs` reruns after `warmups` unmeasured ones, each checked to still show `what`."""
    times = []
    for run in range(warmups + runs):
        started = time.perf_counter()
        at.run()
        elapsed = (time.perf_counter() - started) * 1000
        check(at, what)
        if not shows(at):
            raise BenchError(f"{what}: the page no longer shows it")
        if run >= warmups:
            times.append(elapsed)
    return times


def page_states(token: str, runs: int, warmups: int, answer: str) -> dict[str, list[float]]:
    at = signed_in_app(token)
    at.switch_page(PAGE)
    check(at.run(), "interview setup")
    timings = {
        "setup": rerun_ms(
            at, runs, warmups, "setup form", lambda a: any((b.key or "").startswith("FormSubmitter:") for b in a.button)
        )
    }
    click(at, button_key(at, prefix="FormSubmitter:interview_setup"), "start")
    timings["question"] = rerun_ms(
        at, runs, warmups, "question", lambda a: len(a.text_area) == 1 and bool(a.chat_message)
    )
    at.text_area[0].input(answer)
    click(at, button_key(at, suffix="_submit"), "answer")
    click(at, button_key(at, suffix="_end"), "end")
    timings["report"] = rerun_ms(
        at, runs, warmups, "report", lambda a: bool(a.subheader) and a.subheader[0].value == "Interview report"
    )
    return timings


def page(runs: int, warmups: int) -> dict[str, float]:
    answer = graded(GRADED)["general-b-011"]["strong"]
    with tempfile.TemporaryDirectory(prefix="bench_interview_") as tmp:
        for name in AI_SETTINGS:
            os.environ.pop(name, None)
        os.environ.update(
            {
                "DATABASE_URL": f"duckdb:///{Path(tmp) / 'bench.duckdb'}",
                "COOKIE_KEY": COOKIE_KEY,
                "APP_ENV": "test",
                "BCRYPT_ROUNDS": "4",
                "DATA_DIR": str(Path(tmp) / "data"),
            }
        )
        st.cache_resource.clear()
        st.cache_data.clear()
        settings = load_settings(os.environ, {})
        if settings.ai.enabled:
            raise BenchError("an AI endpoint is configured (secrets?); this bench times the offline coach")
        store = open_store(os.environ["DATABASE_URL"])
        try:
            migrate(store)
            # The first account becomes admin; the candidate, the second, sees what most users see.
            service.sign_up(store, settings, email="admin@example.com", name="Admin", password=PASSWORD)
            service.sign_up(store, settings, email="cand@example.com", name="Asha Rao", password=PASSWORD)
            token = service.sign_in(store, settings, email="cand@example.com", password=PASSWORD).token
            timings = page_states(token, runs, warmups, answer)
        finally:
            store.close()
            from lib.ui import resources

            with contextlib.suppress(AppError):
                resources.store().close()
            st.cache_resource.clear()
            st.cache_data.clear()
    results = {f"page_{name}_ms": statistics.median(times) for name, times in timings.items()}
    results["page_median_ms"] = statistics.median([ms for times in timings.values() for ms in times])
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="lays out the pauses of the speech corpus")
    parser.add_argument("--voice", default="en-us+f2", help="espeak-ng voice of the speech corpus")
    parser.add_argument("--runs", type=int, default=10, help="measured AppTest runs per page state")
    parser.add_argument("--repeats", type=int, default=20, help="timed repeats of each scoring and measurement")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.repeats < 1:
        parser.error("--runs and --repeats must be at least 1")
    if espeak_path() is None:
        parser.error("espeak-ng is not installed (apt-get install espeak-ng)")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).addFilter(lambda record: record.levelno >= logging.ERROR)
    results: dict[str, float] = {}
    # Only result lines go to stdout; anything the app or Streamlit prints goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        started = time.perf_counter()
        results.update(coach(args.repeats))
        log(f"[{time.perf_counter() - started:.1f} s] coach done")
        spoken = corpus(args.seed, args.voice)
        results.update(delivery(spoken, args.repeats))
        log(f"[{time.perf_counter() - started:.1f} s] synthesis and delivery done")
        results.update(transcription(spoken))
        log(f"[{time.perf_counter() - started:.1f} s] transcription done")
        results.update(page(args.runs, warmups=2))
        log(f"[{time.perf_counter() - started:.1f} s] page done")
    for key, value in results.items():
        print(f"{key}={value}" if isinstance(value, int) else f"{key}={value:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
