"""Answering an interview question: typing, the recorder or the live microphone, an editable
transcript, then the answer saved before it is scored.

A recording is kept (and listed in settings) before it is transcribed; widget keys carry the
session, position and kind of answer, so every question starts with fresh widgets.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass

import streamlit as st

from lib.ai.speech import ENGLISH_ONLY
from lib.errors import N_, AppError
from lib.interview import recordings, service
from lib.settings import Settings
from lib.store import Store
from lib.store.users import User
from lib.ui import resources
from lib.ui.i18n import labels, language, t
from lib.ui.widgets import show_error

MODE_LABELS = {"typed": N_("Keyboard"), "voice": N_("Recorder"), "live": N_("Live microphone")}
LAST_MODE_KEY = "interview_last_mode"


@dataclass(frozen=True)
class Submitted:
    text: str
    recording_id: str | None
    language: str  # the answer's language: the page's, or English for an offline English transcript


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
