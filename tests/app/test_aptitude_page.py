"""The aptitude page through Home.py: set up, take, review, history; and no answer key before the end."""

from __future__ import annotations

from pathlib import Path

from lib.aptitude import importers
from lib.aptitude.model import SECTIONS
from lib.store import aptitude as rows


def open_page(signed_in_app, make_user):
    make_user("admin@example.com")
    make_user("cand@example.com", name="Cand")
    app = signed_in_app("cand@example.com").run()
    return app.switch_page("app_pages/aptitude.py").run()


def start(app, mode: str, count: int, section: str = "logical"):
    # By index: AppTest matches options through their labels, which follow the user's language.
    app.selectbox(key=f"aptitude_section_{app.session_state['language']}").select_index(list(SECTIONS).index(section))
    app.number_input(key="aptitude_count").set_value(count)
    if mode != "practice":  # the default; AppTest cannot set a radio whose labels are translated
        app.radio(key=f"aptitude_mode_{app.session_state['language']}").set_value(mode)
    next(button for button in app.button if button.key.startswith("FormSubmitter:aptitude_setup")).click().run()
    assert not app.exception, app.exception
    return app


def submit(app):
    """Submit, confirming when questions are unanswered."""
    app.button(key="aptitude_submit").click().run()
    if app.warning and "unanswered" in app.warning[0].value:
        app.button(key="aptitude_submit").click().run()
    return app


def answer_radio(app, attempt_id: int, position: int):
    """The answer radio of a question; keyed by language so a switch redraws it with its choice."""
    return app.radio(key=f"aptitude_answer_{attempt_id}_{position}_{app.session_state['language']}")


def attempt_items(store):
    attempt_id = store.fetch_value("SELECT max(id) FROM aptitude_attempts")
    return attempt_id, rows.items(store, attempt_id)


def page_text(app) -> str:
    """Everything the page shows as text: what reaches the browser."""
    parts: list[str] = []
    for kind in ("title", "subheader", "markdown", "caption", "info", "success", "error", "warning", "metric"):
        parts.extend(str(element.value) for element in app.get(kind))
    for radio in app.radio:
        parts.extend(str(option) for option in radio.options)
    parts.extend(str(expander.label) for expander in app.expander)
    return "\n".join(parts)


def test_an_exam_shows_no_answer_key_or_explanation_until_it_is_submitted(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "exam", 3)
    attempt_id, items = attempt_items(store)
    answer_radio(app, attempt_id, 0).set_value(items[0].answer).run()
    assert rows.items(store, attempt_id)[0].chosen == items[0].answer
    text = page_text(app)
    for item in items:
        assert item.wordings["en"]["explanation"].replace("\n", "  \n") not in text
    assert not app.success and "Correct" not in text
    submit(app)
    text = page_text(app)
    assert app.metric[0].value == "33%"
    assert all(item.wordings["en"]["explanation"].replace("\n", "  \n") in text for item in items)


def test_practice_gives_feedback_and_the_explanation_after_each_answer(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "practice", 2)
    attempt_id, items = attempt_items(store)
    wrong = (items[0].answer + 1) % len(items[0].wordings["en"]["options"])
    answer_radio(app, attempt_id, 0).set_value(wrong).run()
    assert app.error[0].value.startswith("Not quite: the answer is")
    assert app.info[0].value == items[0].wordings["en"]["explanation"].replace("\n", "  \n")
    assert answer_radio(app, attempt_id, 0).disabled


def test_reloading_the_page_resumes_the_test(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "exam", 3)
    attempt_id, _ = attempt_items(store)
    app.button(key="aptitude_next").click().run()
    answer_radio(app, attempt_id, 1).set_value(0).run()
    token = app.session_state["auth_token"]
    from tests.app.conftest import new_app

    again = new_app()
    again.session_state["auth_token"] = token
    again.run().switch_page("app_pages/aptitude.py").run()
    assert again.caption[0].value == "Question 1 of 3"
    again.button(key="aptitude_next").click().run()
    assert answer_radio(again, attempt_id, 1).value == 0


def test_a_language_switch_mid_test_keeps_the_answer_and_the_flag(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "exam", 3)
    attempt_id, items = attempt_items(store)
    answer_radio(app, attempt_id, 0).set_value(1).run()
    app.checkbox(key=f"aptitude_flag_{attempt_id}_0_en").check().run()
    app.sidebar.selectbox(key="sidebar_language").select("es").run()
    assert not app.exception, app.exception
    assert answer_radio(app, attempt_id, 0).value == 1
    assert app.checkbox(key=f"aptitude_flag_{attempt_id}_0_es").value is True
    assert items[0].wordings["es"]["question"] in page_text(app)
    stored = rows.items(store, attempt_id)[0]
    assert (stored.chosen, stored.flagged) == (1, True)


def test_a_hindi_candidate_takes_the_test_in_hindi(store, make_user, signed_in_app):
    make_user("admin@example.com")
    make_user("hindi@example.com", language="hi")
    app = signed_in_app("hindi@example.com").run().switch_page("app_pages/aptitude.py").run()
    assert app.title[0].value == "एप्टीट्यूड टेस्ट"
    app = start(app, "practice", 2)
    _, items = attempt_items(store)
    assert items[0].wordings["hi"]["question"] in page_text(app)


DATA = Path(__file__).resolve().parents[1] / "unit" / "data" / "aptitude_import"


def import_tab(signed_in_app, make_user, role: str):
    make_user("admin@example.com")
    make_user("teacher@example.com", role=role)
    app = signed_in_app("teacher@example.com").run().switch_page("app_pages/aptitude.py").run()
    return open_tab(app, "Import questions") if role != "candidate" else app


def upload(app, name: str, fmt: str):
    app.selectbox(key=f"aptitude_import_format_{app.session_state['language']}").select_index(
        ["csv", "aqua", "gift"].index(fmt)
    )
    app.file_uploader(key="aptitude_import_file").set_value((name, (DATA / name).read_bytes(), "text/plain"))
    next(button for button in app.button if button.key.startswith("FormSubmitter:aptitude_import")).click().run()
    assert not app.exception, app.exception
    return app


def test_an_instructor_imports_a_good_file_and_its_questions_join_the_bank(store, make_user, signed_in_app):
    app = upload(import_tab(signed_in_app, make_user, "instructor"), "questions.csv", "csv")
    imported = store.fetch_value("SELECT count(*) FROM aptitude_questions")
    assert imported > 0
    assert app.success[0].value == f"{imported} questions imported, 0 updated; 0 were already in the bank."
    again = upload(app, "questions.csv", "csv")
    assert again.success[0].value == f"0 questions imported, 0 updated; {imported} were already in the bank."


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_bad_row(store, make_user, signed_in_app):
    app = upload(import_tab(signed_in_app, make_user, "instructor"), "questions_bad.gift", "gift")
    assert app.error[0].value.startswith("Nothing was imported:")
    rows_listed = app.dataframe[0].value
    assert list(rows_listed.columns) == ["Line", "Problem"] and len(rows_listed) >= 2
    assert store.fetch_value("SELECT count(*) FROM aptitude_questions") == 0


def test_candidates_have_no_import_tab(make_user, signed_in_app):
    app = import_tab(signed_in_app, make_user, "candidate")
    assert [tab.label for tab in app.tabs] == ["Take a test", "History"]


def test_a_spanish_instructor_reads_the_bad_rows_in_spanish(store, make_user, signed_in_app):
    make_user("admin@example.com")
    make_user("profe@example.com", role="instructor", language="es")
    app = signed_in_app("profe@example.com").run().switch_page("app_pages/aptitude.py").run()
    app = upload(open_tab(app, "Importar preguntas"), "questions_bad.csv", "csv")
    problems = app.dataframe[0].value
    assert list(problems.columns) == ["Línea", "Problema"]
    english = [
        error.message for error in importers.parse_questions((DATA / "questions_bad.csv").read_bytes(), "csv").errors
    ]
    assert all(text not in english for text in problems["Problema"])


def test_adaptive_practice_shows_feedback_before_moving_on(store, make_user, signed_in_app):
    app = open_page(signed_in_app, make_user)
    app.segmented_control(key="aptitude_level").set_value("adaptive")
    app = start(app, "practice", 3)
    attempt_id, items = attempt_items(store)
    answer_radio(app, attempt_id, 0).set_value(items[0].answer).run()
    assert app.success[0].value == "Correct."
    assert app.caption[0].value == "Question 1 of 3"
    app.button(key="aptitude_next").click().run()
    assert app.caption[0].value == "Question 2 of 3"


def test_an_exam_that_ran_out_while_away_is_announced_and_reviewed(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "exam", 2)
    store.execute("UPDATE aptitude_attempts SET deadline = started_at - INTERVAL '1 hour'")
    app.run()
    assert app.warning[0].value == "Time ran out: your test was submitted at its deadline."
    assert app.subheader[0].value == "Your result"


def test_submitting_with_unanswered_questions_asks_once_more(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "exam", 2)
    app.button(key="aptitude_submit").click().run()
    assert app.warning[0].value.startswith("2 questions are unanswered")
    assert store.fetch_value("SELECT status FROM aptitude_attempts") == "in_progress"
    app.button(key="aptitude_submit").click().run()
    assert app.subheader[0].value == "Your result"


def open_tab(app, label: str):
    app.session_state["aptitude_tabs"] = label
    return app.run()


def test_history_shows_past_tests_after_one_is_finished(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "practice", 1)
    attempt_id, items = attempt_items(store)
    answer_radio(app, attempt_id, 0).set_value(items[0].answer).run()
    submit(app)
    assert app.metric[0].value == "100%"
    open_tab(app, "History")
    assert [metric.label for metric in app.metric][:2] == ["Tests taken", "Average score"]
    assert app.metric[0].value == "1" and app.metric[1].value == "100%"
    assert app.dataframe[0].value.iloc[0].tolist()[1:] == [1, 1, 100.0]  # section, questions, correct, accuracy


def test_a_past_test_opens_for_review_from_the_history(store, make_user, signed_in_app):
    app = start(open_page(signed_in_app, make_user), "practice", 1)
    attempt_id, items = attempt_items(store)
    answer_radio(app, attempt_id, 0).set_value(items[0].answer).run()
    submit(app)
    open_tab(app, "History")
    app.session_state["aptitude_history_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert "Your result" in [header.value for header in app.subheader]
    assert items[0].wordings["en"]["explanation"].replace("\n", "  \n") in page_text(app)
