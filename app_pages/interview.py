"""Mock interviews: a role-based interviewer, answers by voice or typing, feedback with evidence, history."""

import streamlit as st

from lib.auth.permissions import Permission, can
from lib.interview import service
from lib.ui import auth_gate, resources
from lib.ui import interview as draw
from lib.ui.i18n import t
from lib.ui.interview_report import history_view, questions_view, report_view

user = auth_gate.require_user()
store, settings = resources.store(), resources.settings()
st.title(t("Mock interviews"))

names = [t("Interview"), t("History")] + ([t("Questions")] if can(user, Permission.IMPORT_QUESTIONS) else [])
if st.session_state.pop(draw.SHOW_INTERVIEW_TAB, False):
    st.session_state["interview_tabs"] = names[0]
tabs = st.tabs(names, on_change="rerun", key="interview_tabs")

if tabs[0].open:
    with tabs[0]:
        shown = st.session_state.get(draw.REPORT_KEY)
        current = service.open_session(store, user)
        if shown is not None:
            report_view(store, settings, user, shown)
            if st.button(t("Start a new interview"), key="interview_new", type="primary"):
                del st.session_state[draw.REPORT_KEY]
                st.rerun()
        elif current is None:
            draw.setup_form(store, user)
        else:
            draw.run(store, settings, user, current)

if tabs[1].open:
    with tabs[1]:
        history_view(store, settings, user)

if len(tabs) > 2 and tabs[2].open:
    with tabs[2]:
        questions_view(store, user)
