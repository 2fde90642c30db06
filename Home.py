"""Entry point: page config, start-up checks, the auth gate and role-based navigation."""

import streamlit as st

from lib.errors import AppError
from lib.ui import auth_gate, cookies, resources, widgets
from lib.ui.i18n import error_text, t
from lib.ui.navigation import pages_for

st.set_page_config(page_title="Interview Prep", page_icon=":material/target:", layout="wide")

try:
    resources.settings()
    resources.store()
    resources.housekeeping()
    resources.warm_up()
except AppError as error:
    st.error(t("Interview Prep cannot start: {reason}", reason=error_text(error)), icon=":material/error:")
    st.stop()

try:
    user = auth_gate.resolve()
    page = st.navigation(pages_for(user))
    widgets.sidebar(user)
    cookies.sync()
    page.run()
except AppError as error:  # e.g. the database went away mid-run: say so, in the user's language
    widgets.show_error(error)
