"""The interview page with an AI endpoint: the AI coach's report, and the offline fallback with its notice."""

from __future__ import annotations

from tests.app.test_interview_page import STRONG, answer, open_page, start

REPLY = {
    "overall": 82,
    "dimensions": {"relevance": 80, "structure": 90, "depth": 75, "specificity": 90, "clarity": 75},
    "evidence": ["p95 dropped from 900 ms to 120 ms"],
    "tips": ["Name the trade-off you accepted <b>first</b>."],
}


def test_the_ai_coachs_report_is_shown_with_its_quotes_and_tips_as_plain_text(ai_endpoint, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user))
    ai_endpoint.ok(REPLY)
    answer(app, "As Asha Rao, the on-call engineer: " + STRONG)
    shown = [m.value for m in app.markdown]
    assert "> p95 dropped from 900 ms to 120 ms" in shown
    assert any("Name the trade" in value and "\\<b\\>" in value for value in shown)  # escaped, not HTML
    assert not app.info  # no fallback notice
    sent = ai_endpoint.chat_requests()[0].message("user")
    assert "Asha" not in sent and "[NAME]" in sent and "900 ms" in sent  # the candidate's name is redacted


def test_an_invented_quote_falls_back_to_the_offline_coach_and_says_so(store, ai_endpoint, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user))
    ai_endpoint.ok({**REPLY, "evidence": ["I single-handedly saved the company"]})
    answer(app, STRONG)
    assert app.info[0].value == "The AI coach could not be reached, so this feedback comes from the offline coach."
    row = store.fetch_one("SELECT status, answer FROM interview_answers")
    assert row["status"] == "scored" and row["answer"] == STRONG


def test_with_a_transcription_endpoint_the_recorder_says_where_the_audio_goes(ai_endpoint, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user))
    note = "Your recording is sent to this site's transcription service to be turned into text."
    assert note not in [caption.value for caption in app.caption]
    app.button_group[0].set_value("voice").run()
    assert note in [caption.value for caption in app.caption]
