"""Checks on what people type into forms, each failing with a translatable message."""

from __future__ import annotations

import re
import unicodedata

from lib.errors import N_, ValidationError

MAX_EMAIL = 254
MAX_NAME = 100
MAX_BIO = 1000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in "\n\t" for char in text)


def email(value: str) -> str:
    """A normalised e-mail address: trimmed and lowercased."""
    value = (value or "").strip().lower()
    if not value:
        raise ValidationError(N_("Enter your e-mail address."))
    if len(value) > MAX_EMAIL:
        raise ValidationError(N_("An e-mail address has at most {n} characters."), n=MAX_EMAIL)
    if not _EMAIL.match(value) or _has_control_characters(value):
        raise ValidationError(N_("Enter a valid e-mail address, like name@example.com."))
    return value


def name(value: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError(N_("Enter your name."))
    if len(value) > MAX_NAME:
        raise ValidationError(N_("A name has at most {n} characters."), n=MAX_NAME)
    if _has_control_characters(value):
        raise ValidationError(N_("A name cannot contain control characters."))
    return value


def bio(value: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_BIO:
        raise ValidationError(N_("A bio has at most {n} characters."), n=MAX_BIO)
    if _has_control_characters(value):
        raise ValidationError(N_("A bio cannot contain control characters."))
    return value


def required_password(value: str) -> str:
    if not value:
        raise ValidationError(N_("Enter your password."))
    return value
