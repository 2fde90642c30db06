"""Every page, driven through Home.py as a user would reach it."""

from __future__ import annotations

import threading

import pytest

from lib.resume.taxonomy import load_taxonomy
from lib.store import users as user_rows
from tests.app.conftest import PASSWORD, new_app

PLACEHOLDERS = ["courses", "dashboard", "leaderboard", "faq", "cohorts"]


def test_a_visitor_sees_only_the_sign_in_page():
    app = new_app().run()
    assert not app.exception
    assert app.title[0].value == "Welcome to Interview Prep"
    assert [tab.label for tab in app.tabs] == ["Sign in", "Create an account"]


def test_start_up_indexes_the_skills_taxonomy_in_the_background():
    load_taxonomy.cache_clear()
    app = new_app().run()
    assert not app.exception
    for thread in threading.enumerate():
        if thread.name == "taxonomy-warm-up":
            thread.join(timeout=30)
    assert load_taxonomy.cache_info().currsize == 1


def test_signing_up_creates_an_admin_first_and_signs_in(store):
    app = new_app().run()
    app.text_input(key="sign_up_name").input("Asha Rao")
    app.text_input(key="sign_up_email").input("asha@example.com")
    app.text_input(key="sign_up_password").input(PASSWORD)
    app.button[1].click().run()
    assert not app.exception and not app.error
    assert app.title[0].value == "Hello, Asha Rao"
    assert user_rows.get(store, 1).role == "admin"
    assert app.session_state["auth_token"]


@pytest.mark.parametrize(
    ("name", "email", "password", "message"),
    [
        ("", "a@example.com", PASSWORD, "Enter your name."),
        ("Asha", "not-an-email", PASSWORD, "Enter a valid e-mail address, like name@example.com."),
        ("Asha", "a@example.com", "short", "Use at least 8 characters for your password."),
        ("Asha", "a@example.com", "password123", "most common"),
    ],
)
def test_sign_up_shows_what_to_fix(store, name, email, password, message):
    app = new_app().run()
    app.text_input(key="sign_up_name").input(name)
    app.text_input(key="sign_up_email").input(email)
    app.text_input(key="sign_up_password").input(password)
    app.button[1].click().run()
    assert message in app.error[0].value
    assert store.fetch_value("SELECT count(*) FROM users") == 0


def test_a_duplicate_email_on_sign_up_is_explained(make_user):
    make_user("taken@example.com")
    app = new_app().run()
    app.text_input(key="sign_up_name").input("Other")
    app.text_input(key="sign_up_email").input("Taken@example.com")
    app.text_input(key="sign_up_password").input(PASSWORD)
    app.button[1].click().run()
    assert app.error[0].value == "An account with this e-mail already exists. Sign in instead."


@pytest.mark.parametrize("email", ["known@example.com", "unknown@example.com"])
def test_a_wrong_password_and_an_unknown_email_look_the_same(make_user, email):
    make_user("known@example.com")
    app = new_app().run()
    app.text_input(key="sign_in_email").input(email)
    app.text_input(key="sign_in_password").input("not the password")
    app.button[0].click().run()
    assert app.error[0].value == "Wrong e-mail or password."
    assert "auth_token" not in app.session_state


def test_signing_in_shows_the_home_page_with_xp_from_the_daily_visit(make_user):
    make_user("home@example.com", name="Ravi")
    app = new_app().run()
    app.text_input(key="sign_in_email").input("home@example.com")
    app.text_input(key="sign_in_password").input(PASSWORD)
    app.button[0].click().run()
    assert app.title[0].value == "Hello, Ravi"
    assert [metric.value for metric in app.metric] == ["5", "1", "1 day"]


def test_a_name_with_markup_is_shown_as_plain_text(make_user, signed_in_app):
    make_user("markup@example.com", name="<b>Bold</b> **star** :smile: & co")
    app = signed_in_app("markup@example.com").run()
    assert app.title[0].value == r"Hello, \<b\>Bold\</b\> \*\*star\*\* &#58;smile&#58; &amp; co"


@pytest.mark.parametrize("page", PLACEHOLDERS)
def test_placeholder_pages_say_plainly_that_they_are_coming(make_user, signed_in_app, page):
    make_user("admin@example.com")
    app = signed_in_app("admin@example.com").run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception
    assert app.info[0].value == "Coming soon: this part of Interview Prep is not built yet."


@pytest.mark.parametrize("language", ["hi", "es"])
def test_placeholders_speak_the_users_language(make_user, signed_in_app, language):
    make_user("lang@example.com", language=language)
    app = signed_in_app("lang@example.com").run()
    app.switch_page("app_pages/courses.py").run()
    expected = {"hi": "जल्द आ रहा है", "es": "Próximamente"}[language]
    assert app.info[0].value.startswith(expected)


def test_choosing_a_language_in_the_sidebar_is_remembered_for_the_user(store, make_user, signed_in_app):
    user = make_user("switch@example.com", name="Meera")
    app = signed_in_app("switch@example.com").run()
    app.sidebar.selectbox(key="sidebar_language").select("hi").run()
    assert app.title[0].value == "नमस्ते, Meera"
    assert user_rows.get(store, user.id).language == "hi"


def test_signing_out_revokes_the_session_and_returns_to_sign_in(store, make_user, signed_in_app):
    make_user("bye@example.com")
    app = signed_in_app("bye@example.com").run()
    token = app.session_state["auth_token"]
    app.sidebar.button(key="sidebar_sign_out").click().run()
    assert app.title[0].value == "Welcome to Interview Prep"
    assert store.fetch_value("SELECT count(*) FROM login_sessions WHERE revoked_at IS NOT NULL") == 1
    replay = new_app()
    replay.session_state["auth_token"] = token
    assert replay.run().title[0].value == "Welcome to Interview Prep"


def test_a_candidate_cannot_reach_admin_or_instructor_pages(make_user, signed_in_app):
    make_user("first@example.com")
    make_user("cand@example.com")
    app = signed_in_app("cand@example.com").run()
    for page in ("admin_users", "cohorts"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            app.switch_page(f"app_pages/{page}.py")


def test_the_admin_page_lists_accounts_and_changes_a_role(store, make_user, signed_in_app):
    make_user("root@example.com", name="Root")
    member = make_user("member@example.com", name="Member")
    app = signed_in_app("root@example.com").run()
    app.switch_page("app_pages/admin_users.py").run()
    assert app.title[0].value == "Users"
    assert set(app.dataframe[0].value["email"]) == {"root@example.com", "member@example.com"}
    app.text_input(key="admin_search").input("MEMBER").run()
    assert app.dataframe[0].value["email"].tolist() == ["member@example.com"]
    app.selectbox(key="admin_target").select(member.id).run()
    app.selectbox(key=f"admin_role_{member.id}").select("instructor")
    app.button[0].click().run()
    assert user_rows.get(store, member.id).role == "instructor"


def test_a_role_change_shows_up_on_the_next_run_without_signing_in_again(store, make_user, signed_in_app):
    make_user("root2@example.com")
    member = make_user("grow@example.com")
    app = signed_in_app("grow@example.com").run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page("app_pages/cohorts.py")
    user_rows.update(store, member.id, role="instructor")
    app.run().switch_page("app_pages/cohorts.py").run()
    assert app.title[0].value == "Cohorts"


def test_settings_saves_the_profile_and_shows_errors(store, make_user, signed_in_app):
    user = make_user("profile@example.com")
    app = signed_in_app("profile@example.com").run()
    app.switch_page("app_pages/settings.py").run()
    app.text_input(key="settings_name").input("   ")
    app.button[0].click().run()
    assert app.error[0].value == "Enter your name."
    app.text_input(key="settings_name").input("Asha R.")
    app.text_area(key="settings_bio").input("Backend engineer.")
    app.button[0].click().run()
    assert app.success[0].value == "Your profile is saved."
    saved = user_rows.get(store, user.id)
    assert (saved.name, saved.bio) == ("Asha R.", "Backend engineer.")


def test_changing_the_password_in_settings(store, make_user, signed_in_app):
    make_user("pw@example.com")
    app = signed_in_app("pw@example.com").run()
    app.switch_page("app_pages/settings.py").run()
    app.text_input(key="settings_current_password").input("wrong one here")
    app.text_input(key="settings_new_password").input("a new long passphrase")
    app.button[2].click().run()
    assert app.error[0].value == "Your current password is not right."
    app.text_input(key="settings_current_password").input(PASSWORD)
    app.text_input(key="settings_new_password").input("a new long passphrase")
    app.button[2].click().run()
    assert app.success[0].value == "Your password is changed, and every other device is signed out."
    assert app.title[0].value == "Settings"


def test_a_database_that_cannot_be_opened_gives_a_clear_start_up_error(monkeypatch, tmp_path):
    broken = tmp_path / "broken.duckdb"
    broken.write_text("not a database")
    monkeypatch.setenv("DATABASE_URL", f"duckdb:///{broken}")
    app = new_app().run()
    assert not app.exception
    assert app.error[0].value.startswith("Interview Prep cannot start: The database file")


def test_production_without_a_cookie_key_gives_a_clear_start_up_error(monkeypatch):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("COOKIE_KEY")
    app = new_app().run()
    assert not app.exception
    assert "COOKIE_KEY is not set" in app.error[0].value


def test_a_candidate_deletes_their_account_from_settings_and_is_signed_out(store, make_user, signed_in_app):
    make_user("root@example.com")
    user = make_user("leaving@example.com")
    app = signed_in_app("leaving@example.com").run()
    app.switch_page("app_pages/settings.py").run()
    app.text_input(key="settings_delete_password").input(PASSWORD)
    app.checkbox(key="settings_delete_sure").check()
    next(b for b in app.button if (b.key or "").startswith("FormSubmitter:settings_delete_account")).click().run()
    assert app.title[0].value == "Welcome to Interview Prep"
    assert user_rows.get(store, user.id) is None
