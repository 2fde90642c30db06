"""Process-wide resources, chosen once: settings, the store, the interview coach, the transcribers.

Only clients live here (st.cache_resource); nothing user-specific does.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from lib.ai import build_transcriber
from lib.ai.protocol import Transcriber
from lib.ai.speech import PocketsphinxTranscriber
from lib.clock import utcnow
from lib.interview.ai_coach import AIInterviewCoach
from lib.interview.recordings import purge_recordings
from lib.resume.taxonomy import load_taxonomy
from lib.settings import Settings, load_settings
from lib.store import Store, open_store
from lib.store.maintenance import purge
from lib.store.migrate import migrate


def _secrets() -> Mapping[str, Any]:
    try:
        return {key: st.secrets[key] for key in st.secrets}
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return {}


@st.cache_resource(show_spinner=False)
def settings() -> Settings:
    return load_settings(os.environ, _secrets())


@st.cache_resource(show_spinner=False)
def store() -> Store:
    opened = open_store(settings().database_url)
    migrate(opened)
    return opened


@st.cache_resource(show_spinner=False, ttl=3600)
def housekeeping() -> bool:
    """Drop expired sign-in records, sessions and recordings: at start-up, then at most hourly,
    so a server that runs for weeks still deletes recordings when their retention ends."""
    now = utcnow()
    purge(store(), now)
    purge_recordings(store(), settings(), now)
    return True


@st.cache_resource(show_spinner=False)
def warm_up() -> threading.Thread:
    """Index the skills taxonomy (about half a second) in the background at start-up, so the first
    resume analysis or job match does not wait for it."""
    thread = threading.Thread(target=load_taxonomy, name="taxonomy-warm-up", daemon=True)
    thread.start()
    return thread


@st.cache_resource(show_spinner=False)
def interview_coach() -> AIInterviewCoach | None:
    """The AI interview coach when an endpoint is configured; None means the offline coach."""
    return AIInterviewCoach(settings().ai) if settings().ai.enabled else None


@st.cache_resource(show_spinner=False)
def transcriber() -> Transcriber:
    return build_transcriber(settings().ai)


@st.cache_resource(show_spinner=False)
def offline_transcriber() -> Transcriber:
    return PocketsphinxTranscriber()
