"""Sign in or create an account."""

import streamlit as st

from lib.auth import service
from lib.errors import AppError
from lib.ui import auth_gate, resources
from lib.ui.i18n import language, t
from lib.ui.widgets import show_error

st.title(t("Welcome to Interview Prep"))
st.write(t("Practise aptitude tests, mock interviews and your resume, and watch yourself improve."))

sign_in_tab, sign_up_tab = st.tabs([t("Sign in"), t("Create an account")])

with sign_in_tab, st.form("sign_in_form"):
    email = st.text_input(t("E-mail"), key="sign_in_email", max_chars=254, autocomplete="email")
    password = st.text_input(
        t("Password"), type="password", key="sign_in_password", max_chars=256, autocomplete="current-password"
    )
    if st.form_submit_button(t("Sign in"), type="primary"):
        try:
            auth_gate.sign_in(email, password)
        except AppError as error:
            show_error(error)
        else:
            st.rerun()

with sign_up_tab, st.form("sign_up_form"):
    name = st.text_input(t("Name"), key="sign_up_name", max_chars=100, autocomplete="name")
    new_email = st.text_input(t("E-mail"), key="sign_up_email", max_chars=254, autocomplete="email")
    new_password = st.text_input(
        t("Password"),
        type="password",
        key="sign_up_password",
        max_chars=256,
        autocomplete="new-password",
        help=t("At least 8 characters. Spaces and any characters are welcome; a long phrase is best."),
    )
    if st.form_submit_button(t("Create account"), type="primary"):
        try:
            service.sign_up(
                resources.store(),
                resources.settings(),
                email=new_email,
                name=name,
                password=new_password,
                language=language(),
            )
            auth_gate.sign_in(new_email, new_password)
        except AppError as error:
            show_error(error)
        else:
            st.rerun()
