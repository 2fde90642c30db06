"""Aptitude tests: choose a test, take it against the clock, review it, follow your history."""

import streamlit as st

from lib.aptitude import attempts
from lib.aptitude.history import history
from lib.auth.permissions import Permission, can
from lib.errors import AppError
from lib.ui import aptitude as draw
from lib.ui import auth_gate, resources
from lib.ui.aptitude_history import history_view
from lib.ui.aptitude_import import import_panel
from lib.ui.i18n import language, t
from lib.ui.widgets import show_error

user = auth_gate.require_user()
store = resources.store()
st.title(t("Aptitude tests"))

can_import = can(user, Permission.IMPORT_QUESTIONS)
names = [t("Take a test"), t("History"), *([t("Import questions")] if can_import else [])]
tabs = st.tabs(names, on_change="rerun", key="aptitude_tabs")  # only the open tab's content runs

if tabs[0].open:
    with tabs[0]:
        draw.pending_error()
        closed = attempts.close_expired(store, user)
        if closed:  # the time ran out while the page was away
            st.warning(t("Time ran out: your test was submitted at its deadline."), icon=":material/timer_off:")
            st.session_state[draw.REVIEW_KEY] = closed[-1]
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

if tabs[1].open:
    with tabs[1]:
        chosen = history_view(history(store, user))
        if chosen is not None:
            try:
                draw.review(attempts.view(store, user, chosen, language=language()))
            except AppError as error:
                show_error(error)

if can_import and tabs[2].open:
    with tabs[2]:
        import_panel(store, user)
