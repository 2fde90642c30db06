"""Instructors and admins import questions: every bad row listed by line, and nothing kept unless all are good."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.aptitude import importers
from lib.aptitude.model import SECTIONS
from lib.aptitude.store_import import save_imported
from lib.errors import N_, AppError
from lib.store import Store
from lib.store.users import User
from lib.ui.i18n import gettext_now, labels, language, number, t
from lib.ui.widgets import show_error

FORMAT_LABELS = {
    "csv": N_("CSV (question, option_a … option_d, answer, explanation)"),
    "aqua": N_("AQuA-RAT JSON lines"),
    "gift": N_("Moodle GIFT"),
}


def import_panel(store: Store, user: User) -> None:
    st.write(t("Add your own questions to the bank. A file with any bad row is not imported; every bad row is listed."))
    with st.form("aptitude_import", clear_on_submit=False):
        fmt = st.selectbox(
            t("Format"),
            list(FORMAT_LABELS),
            format_func=labels(FORMAT_LABELS),
            key=f"aptitude_import_format_{language()}",
        )
        section = st.selectbox(
            t("Section, where a row names none"),
            list(SECTIONS),
            format_func=labels(SECTIONS),
            key=f"aptitude_import_section_{language()}",
        )
        upload = st.file_uploader(
            t("Question file"), type=["csv", "txt", "json", "jsonl", "gift"], key="aptitude_import_file"
        )
        dry_run = st.checkbox(t("Only check the file, import nothing"), key="aptitude_import_dry_run")
        if not st.form_submit_button(t("Import questions"), type="primary"):
            return
    if upload is None:
        st.error(t("Choose a file to import."))
        return
    try:
        result = importers.parse_questions(upload.getvalue(), fmt, default_section=section)
    except AppError as error:
        show_error(error)
        return
    if result.errors:
        st.error(t("Nothing was imported: {n} rows need fixing.", n=number(len(result.errors))))
        translate = gettext_now()
        st.dataframe(
            pd.DataFrame(
                {t("Line"): [e.line for e in result.errors], t("Problem"): [e.text(translate) for e in result.errors]}
            ),
            hide_index=True,
        )
        return
    if dry_run:
        st.success(t("All {n} questions are valid.", n=number(len(result.questions))))
        return
    try:
        saved = save_imported(store, user, result.questions)
    except AppError as error:
        show_error(error)
        return
    st.success(
        t(
            "{added} questions imported, {updated} updated; {unchanged} were already in the bank.",
            added=number(saved.added),
            updated=number(saved.updated),
            unchanged=number(saved.unchanged),
        )
    )
