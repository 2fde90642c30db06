"""Translation helpers bound to the language of the current session."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import streamlit as st

from lib import i18n
from lib.errors import AppError

LANGUAGE_KEY = "language"


def language() -> str:
    if LANGUAGE_KEY not in st.session_state:
        st.session_state[LANGUAGE_KEY] = i18n.supported(st.context.locale)
    return str(st.session_state[LANGUAGE_KEY])


def set_language(code: str) -> None:
    st.session_state[LANGUAGE_KEY] = i18n.supported(code)


def t(message: str, **params: object) -> str:
    """The message in the session's language, with {placeholders} filled."""
    return i18n.translate(language(), message, **params)


def tn(singular: str, plural: str, n: int, **params: object) -> str:
    return i18n.translate_plural(language(), singular, plural, n, **params)


def error_text(error: AppError) -> str:
    return t(error.message, **error.params)


def number(value: float) -> str:
    return i18n.format_number(value, language())


def labels(messages: Mapping[str, str]) -> Callable[[str], str]:
    """A widget's format_func: key -> translated label, in the language of this run.

    The language is bound now rather than read when the label is drawn, because
    Streamlit (and AppTest) may call format_func outside the script run.
    """
    bound = language()
    return lambda key: i18n.translate(bound, messages.get(key, key))


def gettext_now() -> Callable[[str], str]:
    """Translate message ids in the language of this run (for lib objects that format themselves)."""
    return i18n.gettext_for(language())
