"""What reading a resume file produces: the text, its page count and layout warnings, or an error.

Messages are English ids marked with N_; pages translate them and fill in `params`, as for every
AppError. Warnings are advice about ATS compatibility, never reasons to refuse a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from lib.errors import N_, AppError

Kind = Literal["pdf", "docx"]
Param = str | int


class DocumentError(AppError):
    """The upload cannot be read as a resume; the message says what to do instead."""

    message = N_("This file could not be read. Upload your resume as a PDF or a .docx file.")


@dataclass(frozen=True)
class DocumentWarning:
    code: str
    message: str
    params: Mapping[str, Param] = field(default_factory=dict, hash=False)


# The name the API promises; DocumentWarning inside lib avoids shadowing the builtin.
Warning = DocumentWarning


@dataclass(frozen=True)
class Document:
    kind: Kind
    text: str
    pages: int
    warnings: tuple[DocumentWarning, ...] = ()

    def has_warning(self, code: str) -> bool:
        return any(warning.code == code for warning in self.warnings)


LONG_DOCUMENT_PAGES = 2  # more pages than this earns the "long_document" advice
MAX_PAGES = 50
MAX_TEXT_CHARS = 300_000  # 50 dense pages: far more than any resume, and analysed within seconds

NOT_SUPPORTED = N_(
    "This is not a PDF or Word (.docx) file. Upload your resume as a PDF or a .docx file "
    "(in Word or Google Docs: File > Save as / Download)."
)
TOO_MANY_PAGES = N_("This file has {pages} pages; a resume has at most {limit} pages.")
TOO_MUCH_TEXT = N_("This file holds more text than a resume could ({limit:,} characters at most).")
LONG_DOCUMENT = N_("The resume has {pages} pages; recruiters usually expect one or two.")
CONTACT_IN_HEADER_FOOTER = N_(
    "Your e-mail address or phone number appears only in the page header or footer. Many applicant "
    "tracking systems ignore headers and footers; put your contact details in the main text."
)
UNUSUAL_FONTS = N_(
    "Some text uses uncommon or symbol fonts ({fonts}). Applicant tracking systems may misread it; "
    "prefer a common font such as Calibri, Arial or Georgia."
)


def warning(code: str, message: str, **params: Param) -> DocumentWarning:
    return DocumentWarning(code=code, message=message, params=params)


def page_list(pages: list[int]) -> str:
    """Page numbers for a message: '2, 3, 5' (at most ten, then an ellipsis)."""
    shown = ", ".join(str(page) for page in pages[:10])
    return shown + (", …" if len(pages) > 10 else "")
