"""Who is signed in, checked against the database on every run.

The token comes from this session's state or from the login cookie; either way
the server checks its session and reads the user (and so the role) afresh.
"""

from __future__ import annotations

import streamlit as st

from lib import progress
from lib.auth import service
from lib.clock import utcnow
from lib.store.users import User
from lib.ui import cookies, resources
from lib.ui.i18n import set_language

_TOKEN = "auth_token"
_SESSION = "auth_session_hash"
_USER = "auth_user"
_VISIT_DAY = "auth_visit_day"
_LANGUAGE_FOR = "auth_language_for"


def resolve() -> User | None:
    """Check the session; run once at the top of every script run, in Home.py."""
    cookie_token = cookies.read()
    token = st.session_state.get(_TOKEN) or cookie_token
    current = service.current_session(resources.store(), resources.settings(), token)
    if current is None:
        if token and token == cookie_token:  # never clear a cookie another tab has since replaced
            cookies.forget()
        for key in (_TOKEN, _SESSION, _USER):
            st.session_state.pop(key, None)
        return None
    st.session_state[_TOKEN] = token
    st.session_state[_SESSION] = current.session_hash
    st.session_state[_USER] = current.user
    if st.session_state.get(_LANGUAGE_FOR) != current.user.id:  # the saved language, once per session
        set_language(current.user.language)
        st.session_state[_LANGUAGE_FOR] = current.user.id
    _record_visit(current.user)
    return current.user


def _record_visit(user: User) -> None:
    marker = (user.id, utcnow().date())
    if st.session_state.get(_VISIT_DAY) != marker:
        progress.record_daily_visit(resources.store(), user)
        st.session_state[_VISIT_DAY] = marker


def user() -> User | None:
    """The user `resolve` verified on this run. Widget callbacks run before it: they must not use this."""
    value = st.session_state.get(_USER)
    return value if isinstance(value, User) else None


def require_user() -> User:
    """The signed-in user, for pages that Home.py only shows when someone is signed in."""
    current = user()
    if current is None:
        st.stop()
    assert current is not None
    return current


def session_hash() -> str:
    return str(st.session_state.get(_SESSION, ""))


def sign_in(email: str, password: str) -> User:
    """Sign in; raises AuthError or ValidationError for the page to show."""
    settings = resources.settings()
    signed_in = service.sign_in(resources.store(), settings, email=email, password=password)
    st.session_state[_TOKEN] = signed_in.token
    st.session_state.pop(_LANGUAGE_FOR, None)  # take the user's saved language on the next run
    cookies.remember(signed_in.token, settings.session_days * 24 * 3600)
    return signed_in.user


def sign_out() -> None:
    if st.session_state.get(_SESSION):
        service.sign_out(resources.store(), session_hash())
    for key in (_TOKEN, _SESSION, _USER, _VISIT_DAY, _LANGUAGE_FOR):
        st.session_state.pop(key, None)
    cookies.forget()
