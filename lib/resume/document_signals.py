"""Signs of ATS trouble found while reading: where the contact details are, and which fonts are used.

Contacts are compared between the page margins (or Word headers and footers) and the main text,
because many applicant tracking systems drop headers and footers. Fonts are compared with the
fonts every recruiter's computer has; symbol and icon fonts count unless they only draw bullets.
"""

from __future__ import annotations

import re

from lib.resume.document_text import break_long_tokens

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{6,20}\d(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MIN_PHONE_DIGITS = 9  # Spain has 9, India and the US 10, with country codes up to 15
MAX_PHONE_DIGITS = 15


def contacts(text: str) -> set[str]:
    """Normalised contacts: e-mails lowercased, phones as their digits (last ten at most)."""
    text = break_long_tokens(text)  # these patterns are quadratic on a run without spaces
    found = {match.lower() for match in _EMAIL.findall(text)}
    for match in _PHONE.findall(_EMAIL.sub(" ", text)):
        digits = re.sub(r"\D", "", match)
        if MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS and len(_YEAR.findall(match)) < 2:
            found.add(digits[-10:])  # "+91 98765 43210" and "98765 43210" are the same number
    return found


# Compared against names lowercased without spaces, hyphens or a subset prefix ("ABCDEF+").
COMMON_FONTS = (
    "arial", "helvetica", "calibri", "cambria", "times", "georgia", "garamond", "verdana", "tahoma",
    "roboto", "opensans", "lato", "dejavu", "liberation", "noto", "sourcesans", "segoe", "bookantiqua",
    "palatino", "trebuchet",
    # Word's current default and the metric-compatible clones that LibreOffice substitutes.
    "aptos", "carlito", "caladea", "arimo", "tinos", "courier", "cousine",
)  # fmt: skip
SYMBOL_FONTS = (
    "symbol", "dingbat", "wingding", "webding", "fontawesome", "materialicons", "materialsymbols",
    "icomoon", "glyphicons", "ionicons", "bootstrapicons", "lineicons", "remixicon", "icons",
)  # fmt: skip
# What list bullets become in symbol fonts, including the private-use codes of Symbol and Wingdings
# bullets (icon fonts such as Font Awesome use other private-use codes, which count as icons).
BULLETS = set("•·▪▫■□●○◦‣⁃∙–-*>oO§Ø¨üvqln") | {
    chr(code) for code in (0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC, 0xF076, 0xF0A8, 0xF06C, 0xF06E, 0xF071)
}
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"[-,](?:bold|italic|oblique|regular|light|medium|semibold|black|roman|book|mt|ps).*$", re.I)


def display_name(font: str) -> str:
    """'ABCDEF+Calibri-Bold' -> 'Calibri'."""
    name = _SUBSET.sub("", font.strip())
    return _STYLE.sub("", name).strip() or name


def _key(font: str) -> str:
    return re.sub(r"[\s_-]", "", _SUBSET.sub("", font)).lower()


def is_symbol_font(font: str) -> bool:
    key = _key(font)
    return any(symbol in key for symbol in SYMBOL_FONTS)


def is_common_font(font: str) -> bool:
    key = _key(font)
    return not is_symbol_font(font) and any(common in key for common in COMMON_FONTS)


def is_unusual(font: str, text: str) -> bool:
    """Uncommon fonts, and symbol fonts used for more than list bullets."""
    if is_symbol_font(font):
        glyphs = set(text.strip())
        return not (len(text.strip()) <= 2 and glyphs <= BULLETS)
    return bool(font.strip()) and not is_common_font(font)
