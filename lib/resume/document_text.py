"""Plain text as both readers emit it: clean lines, paragraphs separated by one blank line."""

from __future__ import annotations

import re
from collections.abc import Iterable

# C1 control characters only reach us from PDFs whose standard fonts use WinAnsi codes that the
# extractor passed through (0x95 for a bullet); read them as Windows-1252, as the author meant.
_C1 = {code: bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xA0)}
_REMOVE = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, 0x200B, 0xFEFF, 0xAD])
_TRANSLATION = {**_C1, **_REMOVE, 0xA0: " ", 0x2028: "\n", 0x2029: "\n"}
MAX_GAP = 8  # spaces kept of a column gap typed with spaces
_SPACES = re.compile(r"[ \u2000-\u200a\u202f\u205f\u3000]+")
# Shaped Hindi in a PDF draws some vowel signs and half letters with glyphs that map back to no
# character, which the extractor writes as U+FFFD inside the word ("वि\ufffdज्ञान"): the word is
# whole without them.
# No word or address is longer than this; a longer run of characters without a space (a file made
# to stall the reader, or a table flattened without gaps) is cut into pieces, which keeps every
# pattern run over the text linear in its length.
MAX_TOKEN = 100
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN}}}(?=\S)")
_UNMAPPED_IN_DEVANAGARI = re.compile(r"(?<=[\u0900-\u097f])\ufffd+|\ufffd+(?=[\u0900-\u097f])")


def clean(text: str, *, keep_gaps: bool = False) -> str:
    """Lines without control characters or runs of spaces; tabs kept, they separate columns.

    With `keep_gaps`, a run of two or more spaces inside a line stays a run (of at most eight):
    typed to line up columns, it is a column gap that recover_lines can tell apart from a word
    space, as it does a tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATION)
    text = break_long_tokens(_UNMAPPED_IN_DEVANAGARI.sub("", text))
    spaces = _gap if keep_gaps else " "
    return "\n".join(_SPACES.sub(spaces, line).strip(" \t") for line in text.split("\n"))


def break_long_tokens(text: str) -> str:
    """A space after every MAX_TOKEN characters of a run without one."""
    return _LONG_TOKEN.sub(lambda match: match.group(0) + " ", text)


def _gap(match: re.Match[str]) -> str:
    return " " * min(len(match.group(0)), MAX_GAP)


def join_paragraphs(paragraphs: Iterable[str], *, keep_gaps: bool = False) -> str:
    """One blank line between paragraphs; blank lines inside a paragraph are dropped."""
    kept = []
    for paragraph in paragraphs:
        lines = [line for line in clean(paragraph, keep_gaps=keep_gaps).split("\n") if line.strip()]
        if lines:
            kept.append("\n".join(lines))
    return "\n\n".join(kept)
