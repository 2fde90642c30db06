"""Settings: profile, language and password. More settings arrive with their features."""

import streamlit as st

from lib import accounts, i18n
from lib.auth import service
from lib.errors import AppError
from lib.ui import auth_gate, resources
from lib.ui.i18n import set_language, t
from lib.ui.recordings import recordings_view
from lib.ui.widgets import show_error

user = auth_gate.require_user()
store = resources.store()
st.title(t("Settings"))

st.subheader(t("Profile"))
with st.form("settings_profile"):
    name = st.text_input(t("Name"), value=user.name, max_chars=100, key="settings_name")
    bio = st.text_area(t("Bio"), value=user.bio, max_chars=1000, key="settings_bio")
    if st.form_submit_button(t("Save profile")):
        try:
            accounts.update_profile(store, user, name=name, bio=bio)
        except AppError as error:
            show_error(error)
        else:
            st.success(t("Your profile is saved."))

st.subheader(t("Language"))
with st.form("settings_language"):
    choice = st.radio(
        t("Language"),
        list(i18n.LANGUAGES),
        index=list(i18n.LANGUAGES).index(user.language),
        format_func=lambda code: i18n.LANGUAGES[code],
        horizontal=True,
        key="settings_language",
        label_visibility="collapsed",
    )
    if st.form_submit_button(t("Save language")):
        accounts.set_language(store, user, choice)
        set_language(choice)
        st.rerun()

st.subheader(t("Password"))
with st.form("settings_password", clear_on_submit=True):
    current = st.text_input(t("Current password"), type="password", key="settings_current_password")
    new = st.text_input(
        t("New password"),
        type="password",
        key="settings_new_password",
        max_chars=256,
        help=t("At least 8 characters. Spaces and any characters are welcome; a long phrase is best."),
    )
    if st.form_submit_button(t("Change password")):
        try:
            service.change_password(
                store, resources.settings(), user, current=current, new=new, keep_session=auth_gate.session_hash()
            )
        except AppError as error:
            show_error(error)
        else:
            st.success(t("Your password is changed, and every other device is signed out."))

st.subheader(t("Interview recordings"))
recordings_view(store, resources.settings(), user)

st.subheader(t("Delete my account"))
st.write(
    t(
        "This deletes your account, test history, resume files and analyses, interviews and recordings, XP and "
        "streak. It cannot be undone."
    )
)
with st.form("settings_delete_account", clear_on_submit=True):
    confirm_password = st.text_input(t("Password"), type="password", key="settings_delete_password")
    sure = st.checkbox(t("I understand that everything is deleted for good."), key="settings_delete_sure")
    if st.form_submit_button(t("Delete my account"), type="primary"):
        if not sure:
            st.error(t("Tick the box to confirm."))
        else:
            try:
                accounts.delete_account(store, resources.settings(), user, password=confirm_password)
            except AppError as error:
                show_error(error)
            else:
                auth_gate.sign_out()
                st.rerun()

st.info(t("Avatar, notifications and data export are coming soon."), icon=":material/construction:")
