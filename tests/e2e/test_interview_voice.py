"""A spoken mock interview in a real browser: Chromium's fake microphone plays a synthesised answer
into st.audio_input, the offline transcript is corrected and submitted, and the report shows the
delivery metrics. Then the setup and a question in Hindi, in Spanish and in the dark theme.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import missing
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, screenshot, shown_metrics
from tests.e2e.test_account_journey import choose_language, join
from tests.support import speech

pytestmark = pytest.mark.e2e

# A STAR answer about a slow page, spoken at 150 words a minute with a 2 s pause in the middle.
SEGMENTS = [
    "Our checkout page took eight seconds to load. My task was to make it fast. I found a slow database query.",
    "So I added an index and a cache. As a result, the page loaded in two seconds, and sales went up.",
]
PAUSE = 2.0
# Words pocketsphinx reliably hears in espeak's voice for this answer.
HEARD = {"database", "result", "added", "task", "index", "cache", "cash", "page", "seconds"}
CORRECTION = " ".join(SEGMENTS)


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """The answer as a WAV file for Chromium's fake microphone, and its length in seconds."""
    if speech.espeak_path() is None:
        missing("espeak-ng")
    sample = speech.synthesise(SEGMENTS, [PAUSE], lead=0.3, tail=0.5)
    path = tmp_path_factory.mktemp("voice") / "answer.wav"
    path.write_bytes(sample.wav)
    return path, sample.seconds


@pytest.fixture(scope="module")
def voice_browser(browser, answer: tuple[Path, float]) -> Iterator[object]:
    """A second Chromium from the same Playwright whose microphone plays the answer once (%noloop)."""
    path, _ = answer
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={path}%noloop",
    ]
    launched = browser.browser_type.launch(executable_path=CHROMIUM, args=args)
    yield launched
    launched.close()


def open_context(browser, *, dark: bool = False):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="en-US",
        color_scheme="dark" if dark else "light",
        permissions=["microphone"],
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    return context, page


def start_interview(page, app_url: str) -> None:
    """Open the page, keep the defaults but three questions, and start (labels may be translated)."""
    page.goto(f"{app_url}/interview")
    form = page.locator("[data-testid='stForm']")
    form.wait_for()
    selects = form.locator("[data-testid='stSelectbox']")
    selects.nth(2).click()  # type: behavioural, for a STAR answer
    page.get_by_role("option").nth(0).click()
    selects.nth(3).click()  # number of questions
    page.get_by_role("option", name="3", exact=True).click()


def press_start(page) -> None:
    page.locator("[data-testid='stFormSubmitButton'] button").click()
    page.locator("[data-testid='stChatMessage']").first.wait_for()


def choose_record(page) -> None:
    page.locator("[data-testid='stButtonGroup'] button").nth(1).click()
    page.locator("[data-testid='stAudioInput']").wait_for()


def record_with_audio_input(page, seconds: float) -> None:
    """Record the fake microphone through st.audio_input for the answer's length."""
    recorder = page.locator("[data-testid='stAudioInput']")
    recorder.get_by_role("button", name="Record").click()
    recorder.get_by_role("button", name="Stop recording").wait_for()
    page.wait_for_timeout(round((seconds + 0.7) * 1000))
    recorder.get_by_role("button", name="Stop recording").click()


def transcribed(page) -> str:
    """The draft transcript, once the app has put it in the answer box (lower-cased)."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('textarea')].some(a => a.value.trim().length > 0)", timeout=40_000
    )
    return page.locator("textarea").first.input_value().lower()


def test_a_spoken_answer_is_transcribed_corrected_scored_and_reported(voice_browser, answer, app_url):
    _, seconds = answer
    context, page = open_context(voice_browser)
    join(page, app_url, "Kiran Das")

    start_interview(page, app_url)
    page.get_by_role("button", name="Start the interview").wait_for()  # the form settles after the choices
    screenshot(page, "interview_voice_setup_en")
    press_start(page)
    page.get_by_text("Question 1 of 3").wait_for()
    choose_record(page)
    screenshot(page, "interview_voice_recorder_en")

    record_with_audio_input(page, seconds)

    transcript = page.get_by_role("textbox", name="Transcript: correct anything misheard before you submit")
    transcript.wait_for(timeout=40_000)
    heard = transcribed(page)
    words = set(re.findall(r"[a-z']+", heard))
    assert len(words) >= 8 and len(words & HEARD) >= 2, heard
    screenshot(page, "interview_voice_transcript_en")

    transcript.fill(CORRECTION)  # the candidate fixes what the recogniser misheard
    page.get_by_role("button", name="Submit answer").click()
    skip = page.get_by_role("button", name="Skip the follow-up")
    scored = page.get_by_text("Score for this answer").locator("visible=true")
    skip.or_(scored).first.wait_for(timeout=30_000)
    if skip.count():  # the interviewer asked a follow-up: see it, then skip to the full feedback
        screenshot(page, "interview_voice_follow_up_en")
        skip.click()
        scored.wait_for()
    metrics = shown_metrics(page, "Words per minute", "Long pauses", "Talk time")
    pace = int(metrics["Words per minute"])
    assert 80 <= pace <= 260, metrics  # espeak speaks at 150 words a minute
    assert int(metrics["Long pauses"]) >= 1, metrics  # the 2 s pause in the middle
    talk = int(metrics["Talk time"].split()[0])
    assert seconds - 6 <= talk <= seconds + 3, metrics
    assert page.get_by_text("eight seconds to load").first.is_visible()  # the corrected text was saved
    page.locator("[data-testid='stAudio']").first.wait_for()  # drawn after the metrics on a busy machine
    assert page.locator("[data-testid='stAudio']").count() == 1  # the recording plays back
    screenshot(page, "interview_voice_feedback_en")

    page.get_by_role("button", name="End the interview now and see the report").click()
    page.get_by_text("Interview report").wait_for(timeout=30_000)
    assert page.get_by_text("Overall score").is_visible()
    overall = page.locator("[data-testid='stMetric']").filter(has_text="Overall score")
    assert re.fullmatch(r"\d+/100", overall.locator("[data-testid='stMetricValue']").inner_text())
    assert page.get_by_text("Questions answered").is_visible()
    for label in ("Words per minute", "Filler words per minute", "Long pauses", "Talk time", "Volume steadiness"):
        assert page.get_by_text(label, exact=True).first.is_visible(), label
    screenshot(page, "interview_voice_report_en")
    context.close()


TYPED = {
    "hi": "हमारा चेकआउट पेज आठ सेकंड में खुलता था। मैंने धीमी डेटाबेस क्वेरी ढूँढी, इंडेक्स और कैश जोड़ा, और पेज दो सेकंड में खुलने लगा।",
    "es": "Nuestra página de pago tardaba ocho segundos. Encontré una consulta lenta, añadí un índice y una"
    " caché, y la página cargó en dos segundos.",
    "en": CORRECTION,
}


@pytest.mark.parametrize(
    ("language", "option", "title", "dark", "name"),
    [
        ("hi", "हिन्दी", "मॉक इंटरव्यू", False, "Meera Verma"),
        ("es", "Español", "Entrevistas simuladas", False, "Lucía Ortega"),
        ("en", None, "Mock interviews", True, "Noor Khan"),
    ],
    ids=["hindi", "spanish", "dark"],
)
def test_the_setup_a_question_and_feedback_in_hindi_spanish_and_the_dark_theme(
    browser, app_url, language, option, title, dark, name
):
    context, page = open_context(browser, dark=dark)  # no recording here: no fake microphone needed
    join(page, app_url, name)
    if option is not None:
        choose_language(page, option)
        page.locator("[data-testid='stSidebar']").get_by_text(title).wait_for()

    start_interview(page, app_url)
    page.get_by_role("heading", name=title).wait_for()
    suffix = f"{language}_dark" if dark else language
    screenshot(page, f"interview_voice_setup_{suffix}")
    press_start(page)
    choose_record(page)
    if language != "en":  # offline recognition is English-only: the page says so
        page.locator("[data-testid='stAlert']").first.wait_for()
    if dark:
        background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
        red, green, blue = (int(part) for part in background[background.index("(") + 1 : -1].split(",")[:3])
        assert max(red, green, blue) < 80, background
    screenshot(page, f"interview_voice_question_{suffix}")

    # Typing still works beside the recorder; the feedback follows the language.
    page.locator("textarea").fill(TYPED[language])
    page.locator("[data-testid='stBaseButton-primary']").click()
    expander = page.locator("[data-testid='stExpander']")
    metric = page.locator("[data-testid='stMetric']").locator("visible=true")
    expander.or_(metric).first.wait_for(timeout=30_000)
    if expander.count():  # a follow-up question: the feedback waits in the expander
        expander.locator("summary").click()
    metric.first.wait_for()
    screenshot(page, f"interview_voice_feedback_{suffix}")
    context.close()


def test_in_hindi_an_offline_recording_is_transcribed_as_english_as_the_notice_asks(voice_browser, answer, app_url):
    _, seconds = answer
    context, page = open_context(voice_browser)
    join(page, app_url, "Arjun Mehta")
    choose_language(page, "हिन्दी")
    page.locator("[data-testid='stSidebar']").get_by_text("मॉक इंटरव्यू").wait_for()
    start_interview(page, app_url)
    press_start(page)
    choose_record(page)
    page.get_by_text("ऑफ़लाइन ट्रांसक्रिप्शन केवल अंग्रेज़ी समझता है", exact=False).wait_for()
    record_with_audio_input(page, seconds)
    heard = set(re.findall(r"[a-z']+", transcribed(page)))
    assert len(heard & HEARD) >= 2, heard
    screenshot(page, "interview_voice_transcript_hi")
    context.close()


def test_the_live_microphone_streams_an_answer_over_webrtc_into_the_transcript(voice_browser, answer, app_url):
    _, seconds = answer
    context, page = open_context(voice_browser)
    join(page, app_url, "Ravi Iyer")
    start_interview(page, app_url)
    press_start(page)
    page.locator("[data-testid='stButtonGroup'] button").nth(2).click()  # Live microphone
    frame = page.frame_locator("iframe[title*='webrtc']").first
    frame.get_by_role("button", name="Start recording").click(timeout=30_000)
    page.get_by_text("Recording…").first.wait_for(timeout=30_000)  # connected over WebRTC, frames arriving
    page.wait_for_timeout(round((seconds + 0.7) * 1000))
    frame.get_by_role("button", name="Stop").click()
    heard = set(re.findall(r"[a-z']+", transcribed(page)))
    assert len(heard & HEARD) >= 2, heard
    screenshot(page, "interview_voice_live_en")
    page.locator("textarea").first.fill(CORRECTION)
    page.get_by_role("button", name="Submit answer").click()
    page.get_by_text("Talk time").first.wait_for(state="attached", timeout=30_000)  # delivery measured
    context.close()
