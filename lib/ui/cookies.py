"""The persistent-login cookie, written by a small script in the page.

Streamlit can read cookies (st.context.cookies) but not set them, so the
browser sets them: st.html runs a one-line script whenever the wanted value
changes. The cookie is SameSite=Strict, and Secure whenever the app is served
over HTTPS. It only carries a signed session id; the server decides whether
that session is still valid.
"""

from __future__ import annotations

import json

import streamlit as st

COOKIE_NAME = "interview_prep_session"
_WANTED_KEY = "_cookie_wanted"
_SENT_KEY = "_cookie_sent"


def read() -> str | None:
    try:
        value = st.context.cookies.get(COOKIE_NAME)
    except Exception:  # AppTest and bare script runs have no browser context
        return None
    return value or None


def remember(token: str, max_age_s: int) -> None:
    st.session_state[_WANTED_KEY] = (token, max_age_s)


def forget() -> None:
    st.session_state[_WANTED_KEY] = ("", 0)


def sync() -> None:
    """Emit the script that brings the browser's cookie in line with this session."""
    wanted = st.session_state.get(_WANTED_KEY)
    if wanted is None or st.session_state.get(_SENT_KEY) == wanted:
        return
    st.session_state[_SENT_KEY] = wanted
    token, max_age_s = wanted
    script = (
        "<script>(function(){var secure = location.protocol === 'https:' ? '; Secure' : '';"
        f"document.cookie = {json.dumps(COOKIE_NAME)} + '=' + {json.dumps(token)}"
        f" + '; Path=/; Max-Age={int(max_age_s)}; SameSite=Strict' + secure;}})();</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")
