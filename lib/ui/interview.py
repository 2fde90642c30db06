"""Running a mock interview: the setup form, one question at a time, answers, feedback, follow-ups.

The page's state lives in the database (the session, its plan and the answers), so a reload or
a lost connection resumes where the candidate was. Only what is on screen right now (which
feedback is open, the recording being transcribed) lives in st.session_state, under keys that
include the session, position and kind of answer so each question gets fresh widgets.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd
import streamlit as st

from lib.ai.speech import ENGLISH_ONLY
from lib.errors import N_, AppError
from lib.interview import plan, recordings, service
from lib.interview.bank import LEVELS, ROLES
from lib.settings import Settings
from lib.store import Store
from lib.store.interview import AnswerRow, SessionRow
from lib.store.users import User
from lib.ui import resources
from lib.ui.i18n import labels, language, number, t
from lib.ui.widgets import plain, show_error

LEVEL_LABELS = {"intern": N_("Intern"), "junior": N_("Junior"), "senior": N_("Senior")}
TYPE_LABELS = {"behavioural": N_("Behavioural"), "technical": N_("Technical"), "mixed": N_("Mixed")}
DIMENSION_LABELS = {
    "relevance": N_("Relevance"),
    "structure": N_("Structure"),
    "depth": N_("Depth"),
    "specificity": N_("Specificity"),
    "clarity": N_("Clarity"),
    "delivery": N_("Delivery"),
    "overall": N_("Overall"),
}
MODE_LABELS = {"typed": N_("Keyboard"), "voice": N_("Recorder"), "live": N_("Live microphone")}
SPEECH_LANGUAGES = {"en": "en-US", "hi": "hi-IN", "es": "es-ES"}
REPORT_KEY = "interview_report"  # the session whose report is open
SHOW_INTERVIEW_TAB = "interview_show_tab"  # set by history's "Open the report"
FEEDBACK_KEY = "interview_feedback"
LAST_MODE_KEY = "interview_last_mode"
SPEAK_KEY = "interview_speak"  # whether the interviewer reads questions aloud
SPOKEN_KEY = (
    "interview_spoken"  # the question last read aloud  # the answer whose feedback is open, until "Next question"
)


def dimension_label(name: str) -> str:
    return t(DIMENSION_LABELS.get(name, name))


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


# Answering ------------------------------------------------------------------------------------


def _live_recording(key: str, settings: Settings) -> bytes | None:
    try:
        from lib.ui.live_audio import live_recording
    except ImportError:  # streamlit-webrtc missing: the st.audio_input path still works
        st.info(t("Live capture is not available here; use the Recorder instead."))
        return None
    return live_recording(key, settings.ice_servers)


def _forget_live(key: str) -> None:
    with contextlib.suppress(ImportError):
        from lib.ui.live_audio import forget_live_recording

        forget_live_recording(key)


def _take_recording(store: Store, settings: Settings, user: User, key: str, wav: bytes) -> None:
    """Keep a new recording, then put its draft transcript in the answer box."""
    digest = hashlib.sha256(wav).hexdigest()
    if st.session_state.get(f"{key}_digest") == digest:
        return
    st.session_state[f"{key}_digest"] = digest
    try:
        recording_id = recordings.keep_recording(store, settings, user, wav)
    except AppError as error:
        show_error(error)
        return
    replaced = st.session_state.get(f"{key}_recording")
    if replaced is not None:  # recorded again before submitting: keep only the new take
        with contextlib.suppress(AppError):
            recordings.delete_recording(store, settings, user, replaced)
    st.session_state[f"{key}_recording"] = recording_id
    # Offline recognition is English only, and the notice above asks for English answers then.
    spoken_in = language() if settings.ai.enabled else "en"
    with st.spinner(t("Transcribing your answer…")):
        try:
            outcome = recordings.transcribe(
                store,
                settings,
                user,
                recording_id,
                spoken_in,
                transcriber=resources.transcriber(),
                fallback=resources.offline_transcriber(),
            )
        except AppError as error:
            show_error(error)
            st.caption(t("Your recording is kept. Type your answer below, or record again."))
            return
    st.session_state[f"{key}_text"] = outcome.transcript.text
    st.session_state[f"{key}_transcript_language"] = outcome.transcript.language
    if outcome.notice:
        st.info(t(outcome.notice))


def answer_box(store: Store, settings: Settings, user: User, key: str) -> Submitted | None:
    """Typing, recording or live capture, then an editable answer; returns the answer on submit."""
    modes = ["typed", "voice", "live"]
    mode = st.segmented_control(
        t("Answer by"),
        modes,
        default=st.session_state.get(LAST_MODE_KEY, "typed"),  # the way the last answer was given
        format_func=labels(MODE_LABELS),
        key=f"{key}_mode",
    )
    if mode in ("voice", "live"):
        if not settings.ai.enabled and language() != "en":
            st.info(t(ENGLISH_ONLY))
        if settings.ai.enabled:  # audio cannot be redacted: say where it goes
            st.caption(t("Your recording is sent to this site's transcription service to be turned into text."))
        wav: bytes | None
        if mode == "voice":
            upload = st.audio_input(t("Record your answer"), key=f"{key}_audio")
            wav = upload.getvalue() if upload is not None else None
        else:
            wav = _live_recording(f"{key}_live", settings)
        if wav:
            _take_recording(store, settings, user, key, wav)
    recording_id = st.session_state.get(f"{key}_recording") if mode in ("voice", "live") else None
    label = t("Transcript: correct anything misheard before you submit") if recording_id else t("Your answer")
    text = st.text_area(label, key=f"{key}_text", height=200, max_chars=service.MAX_ANSWER_CHARS)
    if st.button(t("Submit answer"), key=f"{key}_submit", type="primary"):
        st.session_state[LAST_MODE_KEY] = mode or "typed"
        if mode == "live":
            _forget_live(f"{key}_live")  # the recording is stored: free the capture's memory
        spoken_in = st.session_state.get(f"{key}_transcript_language") if recording_id else None
        return Submitted(text, recording_id, spoken_in or language())
    return None


@dataclass(frozen=True)
class Submitted:
    text: str
    recording_id: str | None
    language: str  # the answer's language: the page's, or English for an offline English transcript


def save_and_score(
    store: Store,
    settings: Settings,
    user: User,
    session_id: int,
    submitted: Submitted,
    *,
    position: int = 0,
    kind: str = "main",
    parent_id: int | None = None,
) -> int | None:
    """Save the answer first, then score it; returns the answer id (None if it could not be saved)."""
    try:
        answer_id = service.submit_answer(
            store,
            settings,
            user,
            session_id,
            text=submitted.text,
            position=position,
            kind=kind,
            parent_id=parent_id,
            language=submitted.language,
            recording_id=submitted.recording_id,
        )
    except AppError as error:
        show_error(error)
        return None
    score_saved(store, user, answer_id)
    return answer_id


def score_saved(store: Store, user: User, answer_id: int) -> None:
    """Score a saved answer; if that fails the answer stays saved with its feedback pending."""
    with st.spinner(t("Scoring your answer…")):
        try:
            service.score_pending(store, user, answer_id, coach=resources.interview_coach(), names=[user.name])
        except AppError as error:
            show_error(error)


# Feedback -------------------------------------------------------------------------------------


def dimension_chart(dimensions: Mapping[str, int], key: str) -> None:
    """One bar per dimension; the score is part of the label, so a 0 still reads as a number and the
    text follows the theme (a text mark stays black on a dark background)."""
    data = pd.DataFrame(
        {
            "dimension": [f"{dimension_label(name)}  {number(value)}" for name, value in dimensions.items()],
            "score": list(dimensions.values()),
        }
    )
    st.altair_chart(
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("score:Q", title=t("Score"), scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("dimension:N", title=None, sort=None, axis=alt.Axis(labelOverlap=False, labelLimit=220)),
            color=alt.Color("score:Q", scale=alt.Scale(domain=[0, 100], scheme="redyellowgreen"), legend=None),
            tooltip=[alt.Tooltip("dimension:N", title=t("Dimension")), alt.Tooltip("score:Q", title=t("Score"))],
        )
        .properties(height=alt.Step(28)),
        width="stretch",
        key=key,
    )


def delivery_metrics(delivery: Mapping[str, float]) -> None:
    st.markdown("**" + t("Delivery") + "**")
    pace, fillers, pauses = st.columns(3)
    pace.metric(t("Words per minute"), number(round(delivery["words_per_minute"])))
    fillers.metric(t("Filler words per minute"), number(round(delivery["fillers_per_minute"], 1)))
    pauses.metric(
        t("Long pauses"),
        number(delivery["long_pauses"]),
        help=t("Silences over 1.5 s. Longest: {n} s", n=number(round(delivery["longest_pause"], 1))),
    )
    talk, steady, _ = st.columns(3)
    talk.metric(t("Talk time"), t("{n} s", n=number(round(delivery["talk_seconds"]))))
    steady.metric(t("Volume steadiness"), f"{number(delivery['volume_steadiness'])}/100")


def tips_text(row: AnswerRow, tips: Sequence[str]) -> list[str]:
    """Offline tips are message ids; an AI coach's tips arrive written in the candidate's language."""
    source = (row.scores or {}).get("source", "offline")
    return [t(tip) if source == "offline" else plain(tip) for tip in tips]


def feedback(store: Store, settings: Settings, user: User, row: AnswerRow, *, chart_key: str) -> None:
    """Scores per dimension, the evidence quoted from the answer, tips and delivery."""
    if row.status != "scored" or row.scores is None:
        st.warning(t("Your answer is saved; its feedback is still pending."), icon=":material/hourglass_top:")
        if st.button(t("Get feedback now"), key=f"{chart_key}_retry_score"):
            score_saved(store, user, row.id)
            st.rerun()
        return
    if row.notice:
        st.info(t(row.notice))
    st.metric(t("Score for this answer"), f"{number(row.overall or 0)}/100")
    dimension_chart(row.scores["dimensions"], chart_key)
    if row.scores["evidence"]:
        st.markdown("**" + t("From your answer") + "**")
        for quote in row.scores["evidence"]:
            st.markdown(f"> {plain(quote)}")
    tips = tips_text(row, row.scores["tips"])
    if tips:
        st.markdown("**" + t("To improve") + "**")
        st.markdown("\n".join(f"- {tip}" for tip in tips))
    if row.delivery:
        delivery_metrics(row.delivery)
    if row.recording_id:
        with contextlib.suppress(AppError):  # deleted meanwhile: the text answer stays
            recording = recordings.recording_bytes(store, settings, user, row.recording_id)
            st.caption(t("Your recording"))
            st.audio(recording, format="audio/wav")


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
    for row in answers:  # a crash or outage earlier left these unscored: try again now
        if row.status == "pending":
            score_saved(store, user, row.id)
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
