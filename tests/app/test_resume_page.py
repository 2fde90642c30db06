"""The resume page through Home.py: upload, report, history, bad files in the user's language."""

from __future__ import annotations

from tests.support import resume_files


def open_page(signed_in_app, make_user, language: str = "en"):
    make_user("admin@example.com")
    make_user("cand@example.com", language=language)
    return signed_in_app("cand@example.com").run().switch_page("app_pages/resume.py").run()


def analyse(app, name: str, data: bytes, job: str = ""):
    app.file_uploader(key="resume_file").set_value((name, data, "application/octet-stream"))
    if job:
        app.text_area(key="resume_job").input(job)
    next(button for button in app.button if (button.key or "").startswith("FormSubmitter:resume_form")).click().run()
    assert not app.exception, app.exception
    return app


def table_with(app, column: str):
    """The first table of the page that has this column."""
    return next(frame.value for frame in app.dataframe if column in frame.value.columns)


def test_a_resume_upload_shows_the_score_checks_and_job_match(store, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user), "cv.pdf", resume_files.resume_pdf(), job="Python and Kubernetes")
    score = store.fetch_value("SELECT ats_score FROM resume_analyses")
    assert app.metric[0].value == f"{score} / 100"
    assert "Match rate" in [metric.label for metric in app.metric]
    assert not app.error


def test_a_file_that_is_not_a_resume_is_refused_in_spanish_and_nothing_is_stored(store, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user, "es"), "cv.pdf", resume_files.exe_renamed_pdf())
    assert app.error[0].value.startswith("Este archivo no es un PDF")
    assert store.fetch_value("SELECT count(*) FROM resume_analyses") == 0


def test_history_lists_past_analyses_and_compares_two(store, make_user, signed_in_app):
    app = open_page(signed_in_app, make_user)
    analyse(app, "first.docx", resume_files.resume_docx())
    analyse(app, "second.pdf", resume_files.resume_pdf())
    app.session_state["resume_tabs"] = "History"
    app.run()
    assert not app.exception
    options = app.selectbox(key="resume_history_pick").options
    assert len(options) == 2 and "second.pdf" in options[0]
    comparison = app.dataframe[-1].value
    assert comparison.iloc[0, 0] == "ATS compatibility score" and comparison.shape == (8, 3)


def test_a_spanish_resume_reads_into_the_profile_in_spanish(store, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user, "es"), "cv.docx", resume_files.spanish_resume_docx())
    jobs = table_with(app, "Cargo")
    assert jobs[["Cargo", "Empresa", "Hasta"]].values.tolist() == [
        ["Desarrolladora de software", "Telefónica", "Actualidad"],
        ["Programadora junior", "Indra", "2019-12"],
    ]
    degrees = table_with(app, "Institución")
    assert degrees.iloc[0]["Institución"] == "Universidad Politécnica de Madrid"
    assert degrees.iloc[0]["Calificación"] == ""  # no grade written: an empty cell, not "None"


def test_the_profile_shows_skills_named_only_in_passing_apart_from_the_claimed_ones(store, make_user, signed_in_app):
    # The sample resume says "introduced code review and continuous integration" in a bullet only.
    app = analyse(open_page(signed_in_app, make_user), "cv.pdf", resume_files.resume_pdf())
    skills_lines = [m.value for m in app.markdown if m.value.startswith("**")]
    assert any("Kubernetes" in line for line in skills_lines)
    assert not any("Code Review" in line for line in skills_lines)
    passing = [c.value for c in app.caption if c.value.startswith("Named only in passing")]
    assert len(passing) == 1 and "Code Review" in passing[0], passing


def test_a_hindi_resume_reads_into_the_profile_in_hindi(store, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user, "hi"), "cv.pdf", resume_files.hindi_resume_pdf())
    jobs = table_with(app, "पद")
    assert jobs[["पद", "कंपनी", "कब तक"]].values.tolist() == [
        ["सॉफ्टवेयर इंजीनियर", "टाटा कंसल्टेंसी सर्विसेज", "वर्तमान"],
        ["जूनियर डेवलपर", "इंफोसिस", "2019-12"],
    ]
    degrees = table_with(app, "संस्थान")
    assert degrees.iloc[0]["संस्थान"] == "डॉ. ए.पी.जे. अब्दुल कलाम तकनीकी विश्वविद्यालय"
    assert degrees.iloc[0]["ग्रेड"] == "8.1 सीजीपीए"


def test_deleting_the_shown_analysis_asks_first_and_leaves_no_error_behind(store, make_user, signed_in_app):
    app = analyse(open_page(signed_in_app, make_user), "cv.pdf", resume_files.resume_pdf())
    app.session_state["resume_tabs"] = "History"
    app.run()
    assert app.selectbox(key="resume_history_pick").options[0].startswith("#1 · ")
    # The button that deletes sits in a popover that says what goes and that it cannot be undone.
    assert any("It cannot be undone." in m.value for m in app.get("popover")[-1].markdown)
    app.button(key="resume_delete_analysis").click().run()
    assert store.fetch_value("SELECT count(*) FROM resume_analyses") == 0
    assert store.fetch_value("SELECT count(*) FROM resume_files") == 0
    app.session_state["resume_tabs"] = "Analyse"
    app.run()
    assert not app.exception and not app.error  # no "That item no longer exists."
