"""A real `streamlit run` on 127.0.0.1 and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import COOKIE_KEY, missing

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "e2e" / "artifacts"
# Without the background-networking flags Chromium keeps dialling out on a closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    env = {
        **os.environ,
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": f"duckdb:///{data_dir / 'e2e.duckdb'}",
        "COOKIE_KEY": COOKIE_KEY,
        "APP_ENV": "test",
        "BCRYPT_ROUNDS": "4",
    }
    log = (data_dir / "streamlit.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "Home.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError((data_dir / "streamlit.log").read_text()) from None
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=15)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        missing("Chromium (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    yield opened
    context.close()


# Streamlit scrolls inside its main container, so a full-page screenshot stops at the viewport:
# grow the viewport to the tallest scrolled content for the picture, then put it back.
TALLEST = """() => Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('*')]
    .filter(e => /(auto|scroll)/.test(getComputedStyle(e).overflowY)).map(e => e.scrollHeight))"""


def screenshot(page, name: str) -> Path:
    """The whole page as the user would scroll through it, after checking it shows no traceback."""
    errors = page.locator("[data-testid='stException']").all_inner_texts()
    assert not errors, errors
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    size = page.viewport_size
    height = size["height"]
    for _ in range(3):  # the layout can grow once more after the resize
        tallest = min(int(page.evaluate(TALLEST)), 6000)
        if tallest <= height:
            break
        height = tallest + 40
        page.set_viewport_size({"width": size["width"], "height": height})
        page.wait_for_timeout(600)  # charts redraw at the new size
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def shown_metrics(page, *labels: str) -> dict[str, str]:
    """Label -> value of every metric on the page, once all of `labels` are drawn.

    Each label is read with its own value in one pass over the page, so a rerun that is still
    drawing (or fading out old metrics) cannot pair one metric's label with another's value."""
    page.wait_for_function(
        """labels => {
            const shown = [...document.querySelectorAll("[data-testid='stMetricLabel']")].map(l => l.innerText.trim());
            return labels.every(l => shown.includes(l));
        }""",
        arg=list(labels),
        timeout=30_000,
    )
    pairs = page.locator("[data-testid='stMetric']").evaluate_all(
        """metrics => metrics.map(m => [
            m.querySelector("[data-testid='stMetricLabel']")?.innerText.trim() ?? "",
            m.querySelector("[data-testid='stMetricValue']")?.innerText.trim() ?? "",
        ])"""
    )
    return dict(pairs)
