"""Running a mock interview: the setup form, one question at a time, answers, feedback, follow-ups.

The page's state lives in the database (the session, its plan and the answers), so a reload or
a lost connection resumes where the candidate was. Only what is on screen right now (which
feedback is open, the recording being transcribed) lives in st.session_state, under keys that
include the session, position and kind of answer so each question gets fresh widgets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import streamlit as st

from lib.errors import N_, AppError
from lib.interview import plan, service
from lib.interview.bank import LEVELS, ROLES
from lib.settings import Settings
from lib.store import Store
from lib.store.interview import SessionRow
from lib.store.users import User
from lib.ui.i18n import labels, language, number, t
from lib.ui.interview_answer import answer_box, save_and_score, score_saved
from lib.ui.interview_feedback import feedback
from lib.ui.widgets import plain, show_error

LEVEL_LABELS = {"intern": N_("Intern"), "junior": N_("Junior"), "senior": N_("Senior")}
TYPE_LABELS = {"behavioural": N_("Behavioural"), "technical": N_("Technical"), "mixed": N_("Mixed")}
SPEECH_LANGUAGES = {"en": "en-US", "hi": "hi-IN", "es": "es-ES"}
REPORT_KEY = "interview_report"  # the session whose report is open
SHOW_INTERVIEW_TAB = "interview_show_tab"  # set by history's "Open the report"
FEEDBACK_KEY = "interview_feedback"  # the answer whose feedback is open, until "Next question"
SPEAK_KEY = "interview_speak"  # whether the interviewer reads questions aloud
SPOKEN_KEY = "interview_spoken"  # the question last read aloud


def asked(snapshot: Mapping[str, object]) -> str:
    return plan.question_text(snapshot, language())


# Setup ----------------------------------------------------------------------------------------


def setup_form(store: Store, user: User) -> None:
    """Role, level, type, length and options; starting opens the first question."""
    suffix = language()  # widgets keyed by language so their labels follow a language switch
    with st.form(f"interview_setup_{suffix}"):
        role = st.selectbox(t("Role"), list(ROLES), format_func=labels(ROLES), key=f"interview_role_{suffix}")
        left, middle, right = st.columns(3)
        level = left.selectbox(
            t("Level"), list(LEVELS), index=1, format_func=labels(LEVEL_LABELS), key=f"interview_level_{suffix}"
        )
        kind = middle.selectbox(
            t("Type"),
            list(plan.SESSION_TYPES),
            index=2,
            format_func=labels(TYPE_LABELS),
            key=f"interview_type_{suffix}",
        )
        count = right.selectbox(
            t("Questions"), list(plan.LENGTHS), index=1, format_func=number, key=f"interview_count_{suffix}"
        )
        use_resume = st.checkbox(t("Ask about my latest analysed resume"), key=f"interview_resume_{suffix}")
        # Widget state is dropped once the form is gone, so the choice is copied to SPEAK_KEY on start.
        spoken = st.toggle(
            t("The interviewer reads each question aloud"),
            value=st.session_state.get(SPEAK_KEY, True),
            key=f"interview_speak_{suffix}",
        )
        if st.form_submit_button(t("Start the interview"), type="primary"):
            try:
                service.start(
                    store,
                    user,
                    role=role,
                    level=level,
                    session_type=kind,
                    count=count,
                    language=language(),
                    use_resume=use_resume,
                )
            except AppError as error:
                show_error(error)
            else:
                st.session_state[SPEAK_KEY] = spoken
                st.session_state.pop(FEEDBACK_KEY, None)
                st.rerun()


# The interviewer's voice ----------------------------------------------------------------------


def speak(text: str, key: str, *, now: bool = False) -> None:
    """Have the browser read the question aloud (speechSynthesis): once per question if the candidate
    chose so at the start, or `now` when they ask."""
    if not now and (not st.session_state.get(SPEAK_KEY, True) or st.session_state.get(SPOKEN_KEY) == key):
        return
    st.session_state[SPOKEN_KEY] = key
    script = (
        "<script>(function(){if(!('speechSynthesis' in window))return;"
        f"var u=new SpeechSynthesisUtterance({json.dumps(text)});u.lang={json.dumps(SPEECH_LANGUAGES[language()])};"
        "window.speechSynthesis.cancel();window.speechSynthesis.speak(u);})();</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")


def interviewer_says(text: str, key: str) -> None:
    with st.chat_message("assistant", avatar=":material/record_voice_over:"):
        st.markdown(plain(text))
        again = st.button(t("Read aloud"), key=f"{key}_read", icon=":material/volume_up:", type="tertiary")
    speak(text, key, now=again)


# The interview --------------------------------------------------------------------------------


def _finish(store: Store, user: User, current: SessionRow) -> None:
    try:
        service.finish(store, user, current.id)
    except AppError as error:
        show_error(error)
        return
    st.session_state[REPORT_KEY] = current.id
    st.session_state.pop(FEEDBACK_KEY, None)
    st.rerun()


def run(store: Store, settings: Settings, user: User, current: SessionRow) -> None:
    """One step of the interview: a question, the feedback on an answer, or a follow-up."""
    answers = service.answers(store, user, current.id)
    pending = [row.id for row in answers if row.status == "pending"]
    for pending_id in pending:  # a crash or outage earlier left these unscored: try again now
        score_saved(store, user, pending_id)
    if pending:
        answers = service.answers(store, user, current.id)
    mains = {row.position: row for row in answers if row.kind == "main"}
    total = len(current.plan)
    upcoming = next((p for p in range(total) if p not in mains), None)
    last = mains[max(mains)] if mains else None
    answered_follow_up = last is not None and any(
        row.kind == "follow_up" and row.parent_id == last.id for row in answers
    )
    shown = next((row for row in answers if row.id == st.session_state.get(FEEDBACK_KEY)), None)
    base = f"interview_{current.id}"
    following_up = last is not None and last.follow_up is not None and not answered_follow_up
    on_screen = last if following_up else shown  # the question whose follow-up or feedback is shown
    number_shown = (
        on_screen.position + 1 if on_screen is not None else (upcoming if upcoming is not None else total - 1) + 1
    )
    st.progress(len(mains) / total, text=t("Question {n} of {total}", n=number(number_shown), total=number(total)))

    if following_up and last is not None and last.follow_up is not None:
        interviewer_says(asked(last.question), f"{base}_{last.position}_q")
        with st.expander(t("Feedback on your answer"), expanded=False):
            feedback(store, settings, user, last, chart_key=f"{base}_{last.position}_chart")
        follow_key = f"{base}_{last.position}_f"
        interviewer_says(asked(last.follow_up), follow_key)
        submitted = answer_box(store, settings, user, follow_key)
        if submitted:
            answer_id = save_and_score(
                store, settings, user, current.id, submitted, kind="follow_up", parent_id=last.id
            )
            if answer_id is not None:
                st.session_state[FEEDBACK_KEY] = answer_id
                st.rerun()
        if st.button(t("Skip the follow-up"), key=f"{follow_key}_skip"):
            service.skip_follow_up(store, user, last.id)
            st.session_state[FEEDBACK_KEY] = last.id
            st.rerun()
    elif shown is not None:
        interviewer_says(asked(shown.question), f"{base}_{shown.position}_{shown.kind}_q")
        st.markdown("**" + t("Your answer") + "**")
        st.markdown(plain(shown.answer))
        feedback(store, settings, user, shown, chart_key=f"{base}_{shown.id}_chart")
        if upcoming is not None:
            if st.button(t("Next question"), key=f"{base}_next", type="primary", icon=":material/arrow_forward:"):
                st.session_state.pop(FEEDBACK_KEY, None)
                st.rerun()
        elif st.button(t("Finish and see the report"), key=f"{base}_finish", type="primary"):
            _finish(store, user, current)
    elif upcoming is not None:
        key = f"{base}_{upcoming}_m"
        interviewer_says(asked(current.plan[upcoming]), key)
        submitted = answer_box(store, settings, user, key)
        if submitted:
            answer_id = save_and_score(store, settings, user, current.id, submitted, position=upcoming)
            if answer_id is not None:
                st.session_state[FEEDBACK_KEY] = answer_id
                st.rerun()
    else:
        st.success(t("You have answered every question."))
        if st.button(t("Finish and see the report"), key=f"{base}_finish", type="primary"):
            _finish(store, user, current)
    if mains and upcoming is not None:
        st.divider()
        if st.button(t("End the interview now and see the report"), key=f"{base}_end"):
            _finish(store, user, current)
