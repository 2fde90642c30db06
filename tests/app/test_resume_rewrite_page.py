"""The AI rewrite button on the resume page: offered only with an endpoint, shows rewrites or a warning."""

from __future__ import annotations

from tests.app.test_resume_page import analyse, open_page
from tests.support import resume_files

REWRITE = "Built a Python and Apache Spark streaming pipeline that processes 40 TB a day"


def test_without_an_endpoint_there_is_no_rewrite_button(make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user), "cv.docx", resume_files.resume_docx())
    assert not [button for button in app.button if button.key == "resume_rewrite"]


def test_the_button_shows_validated_rewrites_as_plain_text(ai_endpoint, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user), "cv.docx", resume_files.resume_docx())
    ai_endpoint.ok({"rewrites": [{"line": 9, "text": REWRITE}, {"line": 11, "text": "Cut costs by 90% at Google"}]})
    app.button(key="resume_rewrite").click().run()
    assert not app.exception, app.exception
    shown = [element.value for element in app.markdown]
    assert any(REWRITE in value for value in shown)
    assert not any("Google" in value for value in shown)
    assert "Line 9" in [caption.value for caption in app.caption]
    assert "Asha" not in ai_endpoint.requests[0].body.decode()


def test_an_unavailable_endpoint_shows_a_warning(ai_endpoint, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user), "cv.docx", resume_files.resume_docx())
    ai_endpoint.status(500)
    app.button(key="resume_rewrite").click().run()
    assert not app.exception, app.exception
    assert app.warning[-1].value == "The AI coach is unavailable right now."
