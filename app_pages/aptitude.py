"""Aptitude tests: choose a test, take it against the clock, review it, follow your history."""

import streamlit as st

from lib.aptitude import attempts
from lib.aptitude.history import history
from lib.auth.permissions import Permission, can
from lib.errors import AppError
from lib.ui import aptitude as draw
from lib.ui import auth_gate, resources
from lib.ui.aptitude_import import import_panel
from lib.ui.i18n import language, t
from lib.ui.widgets import show_error

user = auth_gate.require_user()
store = resources.store()
st.title(t("Aptitude tests"))

can_import = can(user, Permission.IMPORT_QUESTIONS)
tabs = st.tabs([t("Take a test"), t("History"), *([t("Import questions")] if can_import else [])])
test_tab, history_tab = tabs[0], tabs[1]
with test_tab:
    draw.pending_error()
    current = attempts.current(store, user, language=language())
    review_id = st.session_state.get(draw.REVIEW_KEY)
    if current is not None:
        draw.running_test(store, user, current)
    elif review_id is not None:
        try:
            draw.review(attempts.view(store, user, review_id, language=language()))
        except AppError as error:
            show_error(error)
        if st.button(t("Start another test"), key="aptitude_again", type="primary"):
            del st.session_state[draw.REVIEW_KEY]
            st.rerun()
    else:
        draw.setup_form(store, user)

with history_tab:
    draw.history_view(history(store, user))

if can_import:
    with tabs[2]:
        import_panel(store, user)
