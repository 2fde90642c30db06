"""Widgets that several pages share."""

from __future__ import annotations

import streamlit as st

from lib import i18n
from lib.accounts import set_language as save_language
from lib.errors import N_, AppError
from lib.store.users import User
from lib.ui import auth_gate, resources
from lib.ui.i18n import error_text, labels, language, set_language, t


def plain(text: str) -> str:
    """User-written text made safe for Markdown: shown as typed, never as markup, HTML, emoji or icons.

    Markdown specials are backslash-escaped; colons become an entity so that
    `:smile:` and `:material/verified:` stay text (after `&` itself is escaped).
    """
    specials = "\\`*_{}[]()<>#+-.!|~$"
    escaped = "".join("\\" + char if char in specials else char for char in text)
    return escaped.replace("&", "&amp;").replace(":", "&#58;")


def show_error(error: AppError) -> None:
    st.error(error_text(error), icon=":material/error:")


def coming_soon(title: str, description: str) -> None:
    """The honest placeholder of a feature that is not built yet."""
    st.title(title)
    st.info(t("Coming soon: this part of Interview Prep is not built yet."), icon=":material/construction:")
    st.write(description)


def _on_language_change() -> None:
    # Callbacks run before the auth gate, so this only changes the session; the
    # sidebar saves the choice for the user once the gate has checked them.
    set_language(st.session_state["sidebar_language"])


def sidebar(user: User | None) -> None:
    if user is not None and user.language != language():
        save_language(resources.store(), user, language())
    with st.sidebar:
        st.session_state["sidebar_language"] = language()
        st.selectbox(
            t("Language"),
            options=list(i18n.LANGUAGES),
            format_func=lambda code: i18n.LANGUAGES[code],
            key="sidebar_language",
            on_change=_on_language_change,
        )
        if user is None:
            return
        st.caption(t("Signed in as {name} ({role})", name=plain(user.name), role=role_label(user.role)))
        if st.button(t("Sign out"), key="sidebar_sign_out", icon=":material/logout:"):
            auth_gate.sign_out()
            st.rerun()


ROLE_LABELS = {"candidate": N_("candidate"), "instructor": N_("instructor"), "admin": N_("admin")}


def role_label(role: str) -> str:
    return labels(ROLE_LABELS)(role)
