"""Every visible string is translated into Hindi and Spanish, and the compiled catalogs are current."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from lib import i18n

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"t": None, "tn": (1, 2), "N_": None, "_": None}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def source_messages() -> set[str]:
    found: set[str] = set()
    for directory in ("lib", "app_pages"):
        for _, _, message, _, _ in extract_from_dir(
            ROOT / directory, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message[0] if isinstance(message, tuple) else message)
    for _, _, message, _, _ in extract_from_dir(ROOT, method_map=[("Home.py", "python")], keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def catalog(language: str):
    with (i18n.LOCALE_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=language)


@pytest.mark.parametrize("language", ["hi", "es"])
def test_every_source_message_has_a_translation(language):
    translations = catalog(language)
    missing = sorted(
        message
        for message in source_messages()
        if (entry := translations.get(message)) is None
        or not entry.string
        or entry.fuzzy
        or (isinstance(entry.string, tuple) and not all(entry.string))
    )
    assert missing == [], f"{language} catalog lacks: {missing}"


@pytest.mark.parametrize("language", ["hi", "es"])
def test_translations_keep_every_placeholder(language):
    for entry in catalog(language):
        if not entry.id or not entry.string:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == expected, f"{language}: {entry.id!r} -> {string!r}"


@pytest.mark.parametrize("language", ["hi", "es"])
def test_compiled_catalogs_match_their_sources(language):
    directory = i18n.LOCALE_DIR / language / "LC_MESSAGES"
    with (directory / "messages.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in catalog(language):
        if entry.id and entry.string and not entry.fuzzy and not isinstance(entry.id, tuple):
            assert compiled.gettext(entry.id) == entry.string, f"run `make i18n`: {entry.id!r} is stale"


def test_the_ui_language_follows_a_browser_locale():
    assert i18n.supported("es-MX") == "es"
    assert i18n.supported("hi_IN") == "hi"
    assert i18n.supported("fr-FR") == "en"
    assert i18n.supported(None) == "en"


def test_numbers_and_dates_follow_the_language():
    from datetime import date

    assert i18n.format_number(1234567, "en") == "12,34,567"
    assert i18n.format_number(1234567.5, "es") == "1.234.567,5"
    assert i18n.format_date(date(2026, 3, 1), "es") == "1 mar 2026"
    assert i18n.translate("hi", "Sign in") != "Sign in"


def test_no_message_hides_inside_an_f_string_where_extraction_cannot_see_it():
    """pybabel skips calls inside f-strings, so t("...") there would never be translated."""
    hidden = []
    for path in [ROOT / "Home.py", *sorted((ROOT / "lib").rglob("*.py")), *sorted((ROOT / "app_pages").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id in KEYWORDS
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not hidden, hidden
