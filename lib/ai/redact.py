"""Remove personal data from text before it leaves the machine.

Answers and resumes often carry the candidate's name, e-mail, phone number and
profile links; none of that helps a remote model judge an answer. Matching is
deliberately greedy for e-mails and links and conservative for phone numbers,
so that years, percentages and counts ("5 years", "2019") stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = "[EMAIL]"
PHONE = "[PHONE]"
URL = "[URL]"
NAME = "[NAME]"

_TRAILING_PUNCTUATION = ".,;:!?'\""
_PROFILE_SITES = (
    "linkedin", "github", "gitlab", "bitbucket", "twitter", "x", "medium", "stackoverflow",
    "kaggle", "leetcode", "hackerrank", "behance", "dribbble", "facebook", "instagram",
)  # fmt: skip
_URL_RE = re.compile(
    r"(?:\bhttps?://|(?<![\w@.])www\.|(?<![\w@./-])(?:[a-z0-9-]+\.)*(?:"
    + "|".join(_PROFILE_SITES)
    + r")\.com/)[^\s<>\"')\]]*",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(
    r"(?<![\w!#$%&'*+/=?^`{|}~.-])[\w!#$%&'*+/=?^`{|}~.-]+"  # local part, from its first character
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]",
    re.IGNORECASE,
)
# Each branch needs at least ten digits, so years, dates, percentages and counts never match.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}"  # international: +CC then groups
    r"|(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}"  # US / NANP: (555) 123-4567
    r"|0?[6-9]\d{4}[ -]?\d{5}"  # Indian mobile: 98765 43210
    r")(?!\w)"
)
_PLACEHOLDER_GUARD = (r"(?<![\w\[])", r"(?![\w\]])")


def _url(match: re.Match[str]) -> str:
    text = match.group(0)
    stripped = text.rstrip(_TRAILING_PUNCTUATION)
    return URL + text[len(stripped) :]


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(char.isdigit() for char in text)
    if text.startswith("+") and not 8 <= digits <= 15:
        return text
    return PHONE


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every full name and each of its parts of two letters or more."""
    variants: set[str] = set()
    for name in names:
        parts = name.split()
        if not parts:
            continue
        variants.add(r"\s+".join(re.escape(part) for part in parts))
        variants.update(re.escape(part) for part in parts if sum(c.isalpha() for c in part) >= 2)
    if not variants:
        return None
    alternation = "|".join(sorted(variants, key=lambda v: (-len(v), v)))
    before, after = _PLACEHOLDER_GUARD
    return re.compile(f"{before}(?:{alternation}){after}", re.IGNORECASE)


def redact(text: str, names: Iterable[str] = ()) -> str:
    """Replace links, e-mails, phone numbers and the given names with placeholders.

    Links go first so that an address inside a link is removed with it.
    """
    text = _URL_RE.sub(_url, text)
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _PHONE_RE.sub(_phone, text)
    pattern = _name_pattern(names)
    if pattern is not None:
        text = pattern.sub(NAME, text)
    return text
