"""An exam in a real browser: a short time limit, two answers, auto-submit, the review and the new XP."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import screenshot, shown_metrics
from tests.e2e.test_account_journey import choose_language, join

pytestmark = pytest.mark.e2e


def start_exam(page, *, section: str, count: str, minutes: str, labels: dict[str, str]) -> None:
    page.get_by_role("button", name=labels["start"]).wait_for()
    page.locator("[data-testid='stSelectbox']").filter(has=page.get_by_text(labels["section"], exact=True)).click()
    page.get_by_role("option", name=section).click()
    page.get_by_role("spinbutton", name=labels["count"]).fill(count)
    page.get_by_text(labels["exam"], exact=True).click()
    page.get_by_role("spinbutton", name=labels["minutes"]).fill(minutes)
    page.get_by_role("button", name=labels["start"]).click()


def answer_current(page, option: int) -> None:
    page.locator("[data-testid='stRadio'] [role='radiogroup'] label").nth(option).click()
    page.wait_for_timeout(800)


ENGLISH = {
    "start": "Start test",
    "section": "Section",
    "count": "Number of questions",
    "exam": "Exam",
    "minutes": "Time limit in minutes (exam mode)",
}
HINDI = {
    "start": "टेस्ट शुरू करें",
    "section": "खंड",
    "count": "प्रश्नों की संख्या",
    "exam": "परीक्षा",
    "minutes": "समय सीमा मिनटों में (परीक्षा मोड)",
}


def test_an_exam_submits_itself_when_time_runs_out_and_shows_the_review_and_xp(page, app_url):
    join(page, app_url, "Ravi Kumar")
    page.goto(f"{app_url}/aptitude")
    start_exam(page, section="Logical reasoning", count="3", minutes="0.5", labels=ENGLISH)
    page.get_by_text("Question 1 of 3").wait_for()
    answer_current(page, 0)
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Question 2 of 3").wait_for()
    answer_current(page, 1)
    screenshot(page, "aptitude_exam_en")
    assert page.get_by_text("Time left").is_visible()

    # Nobody presses submit: the countdown does it at the deadline.
    page.get_by_text("Your result").wait_for(timeout=60_000)
    metrics = shown_metrics(page, "Score", "Correct answers")
    correct = int(metrics["Correct answers"].split("/")[0])
    assert metrics["Score"] == f"{round(100 * correct / 3)}%" and metrics["Correct answers"] == f"{correct} / 3"
    earned = int(re.search(r"You earned (\d+) XP", page.get_by_text("You earned").inner_text()).group(1))
    assert earned == 10 + 5 * correct  # two answers arrived in time
    screenshot(page, "aptitude_review_en")

    page.goto(f"{app_url}/home")
    page.get_by_role("heading", name="Hello, Ravi Kumar").wait_for()
    xp = int(page.locator("[data-testid='stMetricValue']").first.inner_text().replace(",", ""))
    assert xp == 5 + earned  # the day's visit plus the exam


def test_the_exam_runs_and_reviews_in_hindi(page, app_url):
    join(page, app_url, "Meera Iyer")
    choose_language(page, "हिन्दी")
    page.get_by_role("heading", name="नमस्ते, Meera Iyer").wait_for()
    page.goto(f"{app_url}/aptitude")
    start_exam(page, section="मात्रात्मक योग्यता", count="2", minutes="5", labels=HINDI)
    page.get_by_text("प्रश्न 1 / 2").wait_for()
    answer_current(page, 2)
    screenshot(page, "aptitude_exam_hi")
    page.get_by_role("button", name="टेस्ट जमा करें").click()
    page.get_by_text("प्रश्न अनुत्तरित हैं").wait_for()  # one question unanswered: confirm
    page.get_by_role("button", name="टेस्ट जमा करें").click()
    page.get_by_text("आपका परिणाम").wait_for()
    page.locator("[data-testid='stExpander'] summary").first.click()
    page.wait_for_timeout(3000)
    assert page.get_by_role("button", name="टेस्ट जमा करें").count() == 0  # nothing of the running test lingers
    screenshot(page, "aptitude_review_hi")
