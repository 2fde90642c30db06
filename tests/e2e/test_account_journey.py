"""A new user's first visit, in a real browser: sign up, stay signed in, switch language, sign out."""

from __future__ import annotations

import unicodedata

import pytest

from lib.ui.cookies import COOKIE_NAME
from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.e2e
PASSWORD = "steady practice pays"


def sign_up(page, name: str, email: str, password: str) -> None:
    page.get_by_role("tab", name="Create an account").click()
    form = page.locator("[data-testid='stForm']").nth(1)
    form.get_by_role("textbox", name="Name").fill(name)
    form.get_by_role("textbox", name="E-mail").fill(email)
    form.get_by_role("textbox", name="Password").fill(password)
    form.get_by_role("button", name="Create account").click()


def join(page, app_url: str, name: str) -> None:
    """Open the app, create an account for `name` (e-mail from the first name) and wait for the greeting."""
    first = unicodedata.normalize("NFKD", name.split()[0]).encode("ascii", "ignore").decode().lower()
    page.goto(app_url)
    sign_up(page, name, f"{first}@example.com", PASSWORD)
    page.get_by_role("heading", name=f"Hello, {name}").wait_for()
    signed_in(page)


def signed_in(page) -> None:
    """Wait for the login cookie: the greeting is drawn a moment before the page's script sets it, and
    a page opened by its address in between would find no session."""
    page.wait_for_function(f"document.cookie.includes({COOKIE_NAME!r} + '=')")


def sign_in(page, email: str, password: str, button: str = "Sign in") -> None:
    form = page.locator("[data-testid='stForm']").first
    form.get_by_role("textbox", name="E-mail").fill(email)
    form.get_by_role("textbox", name="Password").fill(password)
    form.get_by_role("button", name=button).click()


def choose_language(page, label: str) -> None:
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").click()
    page.get_by_role("option", name=label).click()


def test_sign_up_reload_switch_to_hindi_sign_out_and_a_wrong_password(page, app_url):
    page.goto(app_url)
    page.get_by_text("Welcome to Interview Prep").wait_for()
    sign_up(page, "Asha Rao", "asha@example.com", PASSWORD)
    page.get_by_role("heading", name="Hello, Asha Rao").wait_for()
    page.get_by_text("Signed in as Asha Rao (admin)").wait_for()
    signed_in(page)

    cookie = next(c for c in page.context.cookies() if c["name"] == "interview_prep_session")
    assert cookie["sameSite"] == "Strict" and cookie["expires"] > 0

    page.reload()
    page.get_by_role("heading", name="Hello, Asha Rao").wait_for()
    screenshot(page, "home_en")

    choose_language(page, "हिन्दी")
    page.get_by_role("heading", name="नमस्ते, Asha Rao").wait_for()
    page.get_by_text("साइन आउट करें").wait_for()
    screenshot(page, "home_hi")
    page.reload()
    page.get_by_role("heading", name="नमस्ते, Asha Rao").wait_for()
    choose_language(page, "English")
    page.get_by_role("heading", name="Hello, Asha Rao").wait_for()

    page.get_by_role("button", name="Sign out").click()
    page.get_by_text("Welcome to Interview Prep").wait_for()
    page.reload()
    page.get_by_text("Welcome to Interview Prep").wait_for()
    assert not any(c["name"] == "interview_prep_session" and c["value"] for c in page.context.cookies())

    sign_in(page, "asha@example.com", "not my password")
    page.get_by_text("Wrong e-mail or password.").wait_for()
    screenshot(page, "wrong_password_en")

    sign_in(page, "asha@example.com", PASSWORD)
    page.get_by_role("heading", name="Hello, Asha Rao").wait_for()


def test_a_visitor_with_a_hindi_browser_in_dark_mode_is_greeted_in_hindi_on_a_dark_page(browser, app_url):
    context = browser.new_context(locale="hi-IN", color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(app_url)
    page.get_by_text("Interview Prep में आपका स्वागत है").wait_for(timeout=20_000)
    page.get_by_role("textbox", name="ई-मेल").first.wait_for()
    background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    red, green, blue = (int(part) for part in background[background.index("(") + 1 : -1].split(",")[:3])
    assert max(red, green, blue) < 80, background
    screenshot(page, "sign_in_hi_dark")
    context.close()
