"""The candidate's interview recordings on the settings page: listen, delete one by one."""

from __future__ import annotations

import streamlit as st

from lib import i18n
from lib.errors import AppError
from lib.interview import plan, recordings
from lib.settings import Settings
from lib.store import Store
from lib.store.users import User
from lib.ui.i18n import language, number, t, tn
from lib.ui.widgets import plain, show_error


def recordings_view(store: Store, settings: Settings, user: User) -> None:
    days = settings.recording_retention_days
    st.caption(
        tn(
            "Recordings are kept under generated names, only for you, and deleted automatically after {n} day. "
            "Deleting one keeps the typed transcript of your answer.",
            "Recordings are kept under generated names, only for you, and deleted automatically after {n} days. "
            "Deleting one keeps the typed transcript of your answer.",
            days,
        )
    )
    found = recordings.listed(store, user)
    if not found:
        st.info(t("You have no interview recordings."))
        return
    for row in found:
        with st.container(border=True):
            question = (
                plan.question_text(row["question"], language()) if row["question"] else t("Not used in an answer")
            )
            st.markdown(plain(question))
            st.caption(
                t(
                    "Recorded {date} · {seconds} s · {size} KB",
                    date=i18n.format_date(row["created_at"], language()),
                    seconds=number(round(row["seconds"])),
                    size=number(round(row["size_bytes"] / 1024)),
                )
            )
            listen, delete = st.columns([4, 1])
            if listen.toggle(t("Listen"), key=f"settings_listen_{row['id']}"):
                try:
                    listen.audio(recordings.recording_bytes(store, settings, user, row["id"]), format="audio/wav")
                except AppError as error:
                    show_error(error)
            if delete.button(t("Delete"), key=f"settings_delete_recording_{row['id']}", icon=":material/delete:"):
                try:
                    recordings.delete_recording(store, settings, user, row["id"])
                except AppError as error:
                    show_error(error)
                else:
                    st.rerun()
