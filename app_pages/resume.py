"""Resume analyzer: upload a resume, see what an ATS sees, the score, the job match and what to improve."""

import streamlit as st

from lib.errors import AppError
from lib.resume import service
from lib.resume.roles import LABELS as ROLE_LABELS
from lib.ui import auth_gate, resources
from lib.ui import resume as draw
from lib.ui.i18n import labels, language, number, t
from lib.ui.widgets import show_error

user = auth_gate.require_user()
store, settings = resources.store(), resources.settings()
st.title(t("Resume analyzer"))
analyse_tab, history_tab = st.tabs([t("Analyse"), t("History")], on_change="rerun", key="resume_tabs")

# The Analyse tab is drawn even while History is open: a form that is not drawn forgets the chosen
# file and the pasted job description, which the candidate expects to find when they come back.
with analyse_tab:
    with st.form("resume_form"):
        upload = st.file_uploader(
            t("Your resume (PDF or Word .docx, up to {n} MB)", n=number(settings.upload_max_mb)),
            type=["pdf", "docx"],
            key="resume_file",
        )
        role = st.selectbox(
            t("Target role (optional)"),
            [None, *ROLE_LABELS],
            format_func=labels({None: "No target role", **ROLE_LABELS}),
            key=f"resume_role_{language()}",  # keyed by language so the shown choice follows a switch,
        )
        job_text = st.text_area(t("Job description (optional)"), key="resume_job", height=160, max_chars=20_000)
        if st.form_submit_button(t("Analyse"), type="primary"):
            if upload is None:
                st.error(t("Choose a resume file to analyse."))
            else:
                with st.spinner(t("Reading and analysing your resume…")):
                    try:
                        analysis_id, _ = service.analyze_upload(
                            store, settings, user, upload.getvalue(), upload.name, role=role, job_text=job_text
                        )
                    except AppError as error:
                        show_error(error)
                    else:
                        st.session_state[draw.SHOWN_KEY] = analysis_id
    # The report only while the tab is open: History draws one with the same widgets.
    if analyse_tab.open and draw.SHOWN_KEY in st.session_state:
        try:
            draw.full_report(
                service.report(store, user, st.session_state[draw.SHOWN_KEY]),
                settings.ai if settings.ai.enabled else None,
                [user.name],
            )
        except AppError as error:
            show_error(error)

if history_tab.open:
    with history_tab:
        draw.history(store, settings, user)
