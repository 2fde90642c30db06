"""Aptitude timings: question generation, the test's interactions, and a long history.

`python -m bench.aptitude` prints one key=value per line:
    generate_1000_ms        median time to generate 1,000 questions (mixed topics)
    interaction_median_ms   median AppTest run of start / answer / finish on the aptitude page
    start_ms, answer_ms, finish_ms   the same per interaction
    history_median_ms       the aptitude page on its History tab for a user with 500 finished attempts
on the database of bench.pages (10,000 users, 1,000,000 ledger events by default), with
500 attempts of 10 questions added for user 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Button

from bench import generate
from bench.pages import COOKIE_KEY, QUIET_LOGGERS, check, database, log, signed_in_app
from lib.aptitude import generators
from lib.auth import service
from lib.settings import load_settings
from lib.store import Store, open_store
from lib.store.migrate import migrate

PAGE = "app_pages/aptitude.py"
HISTORY_ATTEMPTS = 500
ITEMS_PER_ATTEMPT = 10
INTERACTION_USER = 5_000


def generate_1000_ms(runs: int) -> float:
    times = []
    for run in range(runs):
        rng = random.Random(run)
        started = time.perf_counter()
        for _ in range(1000):
            generators.random_question(rng, rng.choice(["easy", "medium", "hard"]))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def add_history(store: Store, user_id: int) -> None:
    """500 finished attempts of 10 questions for one user, set-based (DuckDB SQL)."""
    wordings = json.dumps({"en": {"question": "Q?", "options": ["a", "b", "c", "d"], "explanation": "Because."}})
    topics = ["percentages", "averages", "probability", "syllogisms", "synonyms", "tables"]
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO aptitude_attempts (id, user_id, section, difficulty, mode, question_count, started_at,"
            " deadline, status, finished_at, correct, score)"
            " SELECT nextval('aptitude_attempts_id_seq'), ?, ['quantitative', 'logical', 'verbal'][1 + i % 3],"
            " 'medium', 'exam', ?, now()::TIMESTAMP - to_days(CAST(i AS INTEGER)), NULL, 'finished',"
            " now()::TIMESTAMP - to_days(CAST(i AS INTEGER)) + to_minutes(8), i % 11, (i % 11) * 10"
            " FROM range(?) t(i)",
            (user_id, ITEMS_PER_ATTEMPT, HISTORY_ATTEMPTS),
        )
        tx.execute(
            "INSERT INTO aptitude_items (attempt_id, position, question_key, topic, difficulty, answer, wordings,"
            " shown_at, chosen, answered_at)"
            " SELECT a.id, p, 'bench:' || a.id || ':' || p, ?[1 + (a.id + p) % 6], 'medium', 0, ?,"
            " a.started_at, (a.id * p) % 4, a.started_at + to_seconds(CAST(30 * p AS BIGINT))"
            " FROM aptitude_attempts a, range(?) t(p) WHERE a.user_id = ?",
            (topics, wordings, ITEMS_PER_ATTEMPT, user_id),
        )


def form_button(at: AppTest, form: str) -> Button:
    return next(button for button in at.button if (button.key or "").startswith(f"FormSubmitter:{form}"))


def interactions(token: str, rounds: int) -> dict[str, list[float]]:
    """Start an exam, answer its first question, submit it; time each AppTest run."""
    timings: dict[str, list[float]] = {"start": [], "answer": [], "finish": []}
    at = signed_in_app(token)
    at.switch_page(PAGE)
    check(at.run(), "aptitude setup")
    for round_ in range(rounds + 1):  # the first round warms up and is not counted
        at.radio(key="aptitude_mode").set_value("exam")
        form_button(at, "aptitude_setup").click()
        started = time.perf_counter()
        check(at.run(), "start")
        elapsed = {"start": time.perf_counter() - started}
        radio = next(radio for radio in at.radio if radio.key and radio.key.startswith("aptitude_answer_"))
        radio.set_value(1)
        started = time.perf_counter()
        check(at.run(), "answer")
        elapsed["answer"] = time.perf_counter() - started
        at.button(key="aptitude_submit").click()
        check(at.run(), "submit, asking to confirm the unanswered questions")
        at.button(key="aptitude_submit").click()
        started = time.perf_counter()
        check(at.run(), "finish")
        elapsed["finish"] = time.perf_counter() - started
        at.button(key="aptitude_again").click()
        check(at.run(), "back to setup")
        if round_:
            for name, seconds in elapsed.items():
                timings[name].append(seconds * 1000)
    return timings


def history_ms(token: str, runs: int) -> float:
    at = signed_in_app(token)
    at.switch_page(PAGE)
    at.session_state["aptitude_tabs"] = "History"  # the tab the candidate opened
    for _ in range(2):
        check(at.run(), "history")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        check(at.run(), "history")
        times.append((time.perf_counter() - started) * 1000)
    if at.metric[0].value != str(HISTORY_ATTEMPTS):
        raise RuntimeError(f"history shows {at.metric[0].value} tests, expected {HISTORY_ATTEMPTS}")
    return statistics.median(times)


def bench(db: Path, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench_aptitude_") as tmp:
        copy = Path(tmp) / "bench.duckdb"
        shutil.copyfile(db, copy)
        os.environ.update(
            {"DATABASE_URL": f"duckdb:///{copy}", "COOKIE_KEY": COOKIE_KEY, "APP_ENV": "test", "DATA_DIR": tmp}
        )
        st.cache_resource.clear()
        store = open_store(os.environ["DATABASE_URL"])
        settings = load_settings(os.environ, {})
        try:
            migrate(store)
            add_history(store, 1)
            heavy = service.sign_in(store, settings, email=generate.email(1), password=generate.PASSWORD)
            light = service.sign_in(store, settings, email=generate.email(INTERACTION_USER), password=generate.PASSWORD)
            results = {"generate_1000_ms": generate_1000_ms(5)}
            timings = interactions(light.token, runs)
            results["interaction_median_ms"] = statistics.median([ms for values in timings.values() for ms in values])
            results.update({f"{name}_ms": statistics.median(values) for name, values in timings.items()})
            results["history_median_ms"] = history_ms(heavy.token, runs)
        finally:
            store.close()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).addFilter(lambda record: record.levelno >= logging.ERROR)
    with contextlib.redirect_stdout(sys.stderr):
        db = database(args.users, args.events, 0, None)
        log(f"database: {db}")
        results = bench(db, args.runs)
    for key, value in results.items():
        print(f"{key}={value:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
