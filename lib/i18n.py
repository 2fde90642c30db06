"""Translations (gettext catalogs compiled by Babel) and locale-aware formatting.

Source strings are English; data/locales holds the Hindi and Spanish catalogs.
`make i18n` extracts new strings, updates the catalogs and compiles them.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from babel import dates, numbers

LOCALE_DIR = Path(__file__).resolve().parent.parent / "data" / "locales"
DOMAIN = "messages"
LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी", "es": "Español"}
DEFAULT_LANGUAGE = "en"
_BABEL_LOCALES = {"en": "en_IN", "hi": "hi_IN", "es": "es_ES"}


def supported(language: str | None) -> str:
    """A supported language code for a code or a browser locale such as 'es-MX'."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> gettext.NullTranslations:
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])


def gettext_for(language: str) -> Callable[[str], str]:
    return translations(supported(language)).gettext


def translate(language: str, message: str, **params: object) -> str:
    text = gettext_for(language)(message)
    return text.format(**params) if params else text


def translate_plural(language: str, singular: str, plural: str, n: int, **params: object) -> str:
    text = translations(supported(language)).ngettext(singular, plural, n)
    return text.format(n=format_number(n, language), **params)


def format_number(value: float, language: str) -> str:
    return numbers.format_decimal(value, locale=_BABEL_LOCALES[supported(language)])


def format_date(value: date | datetime, language: str) -> str:
    return dates.format_date(value, format="medium", locale=_BABEL_LOCALES[supported(language)])


def translate_note(language: str, message: str, params: Mapping[str, object] | None = None) -> str:
    """A stored message id with parameters; string parameters that are message ids are translated too."""
    gettext = gettext_for(language)
    values = {key: gettext(value) if isinstance(value, str) else value for key, value in (params or {}).items()}
    text = gettext(message)
    return text.format(**values) if values else text
