"""The pages each role may see, registered explicitly with st.Page."""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from lib.auth.permissions import Permission, can
from lib.store.users import User
from lib.ui.i18n import t


def _page(path: str, title: str, icon: str, url_path: str, default: bool = False) -> StreamlitPage:
    return st.Page(path, title=title, icon=icon, url_path=url_path, default=default)


def pages_for(user: User | None) -> dict[str, list[StreamlitPage]]:
    if user is None:
        return {"": [_page("app_pages/sign_in.py", t("Sign in"), ":material/login:", "sign-in", default=True)]}
    sections = {
        t("Practise"): [
            _page("app_pages/home.py", t("Home"), ":material/home:", "home", default=True),
            _page("app_pages/aptitude.py", t("Aptitude tests"), ":material/calculate:", "aptitude"),
            _page("app_pages/interview.py", t("Mock interviews"), ":material/record_voice_over:", "interview"),
            _page("app_pages/resume.py", t("Resume analyzer"), ":material/description:", "resume"),
            _page("app_pages/courses.py", t("Courses"), ":material/school:", "courses"),
        ],
        t("Progress"): [
            _page("app_pages/dashboard.py", t("Dashboard"), ":material/monitoring:", "dashboard"),
            _page("app_pages/leaderboard.py", t("Leaderboard"), ":material/leaderboard:", "leaderboard"),
        ],
        t("Account"): [
            _page("app_pages/settings.py", t("Settings"), ":material/settings:", "settings"),
            _page("app_pages/faq.py", t("FAQ"), ":material/help:", "faq"),
        ],
    }
    if can(user, Permission.MANAGE_COHORTS):
        sections[t("Instructor")] = [_page("app_pages/cohorts.py", t("Cohorts"), ":material/groups:", "cohorts")]
    if can(user, Permission.MANAGE_USERS):
        sections[t("Admin")] = [_page("app_pages/admin_users.py", t("Users"), ":material/manage_accounts:", "admin")]
    return sections
