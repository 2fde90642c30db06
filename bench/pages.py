"""Median server time of each page, signed in as the admin, on a generated database.

Each page is timed as a rerun of Home.py in Streamlit's AppTest: the auth gate,
navigation, sidebar and the page itself, as one script run. The store stays in
st.cache_resource across runs, as in production. The last line times a script
that draws one st.title, so AppTest's own overhead can be read off.

The generated database is kept under bench/out/ (gitignored) for the same
users/events/seed and reused; each bench run works on a copy of it, so the
sessions and visits a run records never leak into the next one.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

import streamlit as st
from streamlit.testing.v1 import AppTest

from bench import generate
from lib.auth import service
from lib.settings import load_settings
from lib.store import open_store
from lib.store.migrate import migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOME = PROJECT_ROOT / "Home.py"
OUT_DIR = Path(__file__).resolve().parent / "out"
COOKIE_KEY = "bench-cookie-key-" + "k" * 40
WARMUP_RUNS = 2
RUN_TIMEOUT_S = 120.0
EMPTY_PAGE = "import streamlit as st\nst.title('Empty page')\n"
# AppTest touches session state outside a script run (setting it before a run,
# formatting widget values after one); the warnings that draws are noise here.
QUIET_LOGGERS = (
    "streamlit.runtime.scriptrunner_utils.script_run_context",
    "streamlit.runtime.state.session_state_proxy",
)


class BenchError(RuntimeError):
    """A page did not render as it should; its timing would mean nothing."""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def database(users: int, events: int, seed: int, path: Path | None) -> Path:
    """The generated database for these sizes: reused if present, else generated."""
    path = path or OUT_DIR / f"bench_u{users}_e{events}_s{seed}.duckdb"
    if not path.exists():
        # Generate under another name and rename, so an interrupted run leaves no half-filled file.
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        store = open_store(f"duckdb:///{partial}")
        try:
            migrate(store)
            started = time.perf_counter()
            generate.fill(store, users=users, events=events, seed=seed)
            log(f"generated {path} in {time.perf_counter() - started:.1f} s")
        finally:
            store.close()
        os.replace(partial, path)
    store = open_store(f"duckdb:///{path}")
    try:
        found = (store.fetch_value("SELECT count(*) FROM users"), store.fetch_value("SELECT count(*) FROM activity"))
    finally:
        store.close()
    if found != (users, events):
        raise BenchError(f"{path} holds {found[0]} users and {found[1]} events, not {users} and {events}.")
    return path


def check(at: AppTest, what: str) -> str:
    """The page's title; raises if the run failed or drew no title."""
    if at.exception:
        raise BenchError(f"{what}: exception: {at.exception[0].message}\n{at.exception[0].stack_trace}")
    if at.error:
        raise BenchError(f"{what}: error shown: {at.error[0].value}")
    if not at.title or not at.title[0].value:
        raise BenchError(f"{what}: no title drawn")
    return str(at.title[0].value)


def median_ms(at: AppTest, runs: int, what: str) -> float:
    """Median wall time of `runs` reruns, after WARMUP_RUNS unmeasured ones."""
    for _ in range(WARMUP_RUNS):
        check(at.run(), what)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - started) * 1000)
        check(at, what)
    return statistics.median(times)


def signed_in_app(token: str) -> AppTest:
    """A fresh browser session of Home.py, already holding the admin's sign-in token."""
    at = AppTest.from_file(str(HOME), default_timeout=RUN_TIMEOUT_S)
    at.session_state["auth_token"] = token
    check(at.run(), "home (first run)")
    return at


def registered_pages(at: AppTest) -> list[str]:
    """Page scripts that st.navigation registered on the last run, relative to Home.py.

    Read from AppTest's registry (private, but it is what switch_page resolves
    against), so the bench follows whatever navigation.pages_for gives the admin.
    """
    pages = []
    for info in at._registered_pages.values():
        script = info.get("script_path")
        if not script:
            raise BenchError(f"page {info} is not a script file")
        pages.append(Path(str(script)).resolve().relative_to(PROJECT_ROOT).as_posix())
    return pages


def bench(db: Path, runs: int, out: TextIO) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_pages_") as tmp:
        copy = Path(tmp) / "bench.duckdb"
        shutil.copyfile(db, copy)
        os.environ.update(
            {
                "DATABASE_URL": f"duckdb:///{copy}",
                "COOKIE_KEY": COOKIE_KEY,
                "APP_ENV": "test",
                "DATA_DIR": str(Path(tmp) / "data"),
            }
        )
        st.cache_resource.clear()  # once: the app's settings must be read from the environment above
        # Same file, same process: DuckDB shares one database instance with the app's store.
        store = open_store(os.environ["DATABASE_URL"])
        try:
            signed_in = service.sign_in(
                store, load_settings(os.environ, {}), email=generate.email(1), password=generate.PASSWORD
            )
            if signed_in.user.role != "admin":
                raise BenchError(f"user 1 is {signed_in.user.role}, not admin")
            pages = registered_pages(signed_in_app(signed_in.token))
            log(f"pages: {', '.join(pages)}")
            titles: dict[str, str] = {}
            for page in pages:
                name = Path(page).stem
                at = signed_in_app(signed_in.token)
                at.switch_page(page)
                ms = median_ms(at, runs, name)
                titles[name] = check(at, name)
                log(f"{name}: {titles[name]!r}")
                print(f"page={name} median_ms={ms:.1f}", file=out, flush=True)
            if len(set(titles.values())) != len(titles):
                raise BenchError(f"two pages drew the same title, so switch_page did not switch: {titles}")
        finally:
            store.close()
        empty = AppTest.from_string(EMPTY_PAGE, default_timeout=RUN_TIMEOUT_S)
        print(f"empty_page_median_ms={median_ms(empty, runs, 'empty page'):.1f}", file=out, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, help="generated database to reuse or create (default: under bench/out/)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    out = sys.stdout
    for name in QUIET_LOGGERS:  # a filter, because Streamlit resets logger levels when it reads its config
        logging.getLogger(name).addFilter(lambda record: record.levelno >= logging.ERROR)
    # Only result lines go to stdout; anything the app or Streamlit prints goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        db = database(args.users, args.events, args.seed, args.db)
        bench(db, args.runs, out)


if __name__ == "__main__":
    main(sys.argv[1:])
