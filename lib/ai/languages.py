"""Language codes as the app and the speech services use them."""

from __future__ import annotations


def base_language(code: str) -> str:
    """The ISO 639-1 part of a tag: "en-IN" and "en_US" give "en", which Whisper-style APIs expect."""
    return code.replace("_", "-").split("-")[0].strip().lower()
