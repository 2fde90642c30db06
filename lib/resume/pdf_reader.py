"""Reading a PDF through a worker process (pdf_pool) and turning the reply into a Document.

This is where the worker's error codes and page lists become translatable messages. Everything
that comes back from the child is checked field by field first: a PDF that compromised the
parser must not be able to inject anything into the app.
"""

from __future__ import annotations

import math
from typing import Any

from lib.errors import N_
from lib.resume import pdf_pool, pdf_worker
from lib.resume.document_model import (
    CONTACT_IN_HEADER_FOOTER,
    LONG_DOCUMENT,
    LONG_DOCUMENT_PAGES,
    MAX_PAGES,
    MAX_TEXT_CHARS,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNUSUAL_FONTS,
    Document,
    DocumentError,
    DocumentWarning,
    page_list,
    warning,
)

MAX_CPU_SECONDS = 5  # per PDF, enforced by RLIMIT_CPU in the worker

DAMAGED = N_("This PDF is damaged and cannot be read. Export it again from the program you wrote it in.")
TOO_SLOW = N_(
    "This PDF took too long to read. It may be damaged or unusually complex; export it again, "
    "or save it from Word or Google Docs, and upload the new copy."
)
UNAVAILABLE = N_("The PDF reader is not available right now. Please try again later, or upload a .docx file.")
BUSY = N_("The resume reader is busy right now. Please try again in a minute.")
ERRORS = {
    "damaged": DAMAGED,
    "truncated": N_("This PDF is incomplete: the file seems to have been cut short. Upload it again."),
    "encrypted": N_("This PDF is protected by a password. Save a copy without the password and upload that."),
    "too_many_pages": TOO_MANY_PAGES,
    "bomb": N_(
        "This PDF contains compressed data that expands to an unreasonable size, so it was not read. "
        "Export it again from the program you wrote it in."
    ),
    "memory": N_(
        "This PDF needs too much memory to read. It may be damaged or unusually complex; export it again "
        "and upload the new copy."
    ),
    "no_text": N_(
        "This PDF has no text layer (it is probably a scan or a photo). Upload the original document, or a "
        "PDF saved from Word or Google Docs."
    ),
    "unreadable": N_(
        "No text could be read from this PDF: it may be empty or damaged, or its fonts may hide the text. "
        "Export it again from the program you wrote it in."
    ),
    "too_much_text": TOO_MUCH_TEXT,
}
_FAILURES = {pdf_pool.WorkerTimeout: TOO_SLOW, pdf_pool.WorkerBusy: BUSY, pdf_pool.WorkerUnavailable: UNAVAILABLE}
PAGE_WARNINGS = {
    "multi_column": N_(
        "The text is laid out in columns on these pages: {pages}. Many applicant tracking systems read "
        "straight across columns and mix up the text; a single column is safer."
    ),
    "tables": N_(
        "Part of the text is in tables on these pages: {pages}. Some applicant tracking systems skip or "
        "scramble tables."
    ),
    "scanned_pages": N_(
        "These pages look scanned (a picture of text, with no text layer), so their text could not be read: {pages}."
    ),
    "images_only_pages": N_("These pages hold only pictures, no text: {pages}."),
}


def read_pdf(data: bytes, *, timeout_s: float, pool: pdf_pool.WorkerPool | None = None) -> Document:
    cpu_seconds = max(1, min(MAX_CPU_SECONDS, math.ceil(timeout_s)))
    options = pdf_worker.Options(cpu_seconds=cpu_seconds, max_pages=MAX_PAGES, max_chars=MAX_TEXT_CHARS)
    try:
        reply = (pool or pdf_pool.default_pool()).request(options, data, timeout_s)
    except pdf_pool.WorkerFailure as failure:
        raise DocumentError(_FAILURES.get(type(failure), DAMAGED)) from None
    return _document(reply)


def _document(reply: Any) -> Document:
    """Check the reply field by field: a compromised child must not be able to inject anything."""
    if not isinstance(reply, dict):
        raise DocumentError(DAMAGED)
    if reply.get("ok") is not True:
        error = reply.get("error")
        message = ERRORS.get(error, DAMAGED) if isinstance(error, str) else DAMAGED
        if message == TOO_MANY_PAGES:
            pages = reply.get("params", {}).get("pages") if isinstance(reply.get("params"), dict) else None
            raise DocumentError(message, pages=pages if isinstance(pages, int) else MAX_PAGES + 1, limit=MAX_PAGES)
        if message == TOO_MUCH_TEXT:
            raise DocumentError(message, limit=MAX_TEXT_CHARS)
        raise DocumentError(message)
    text, pages, found = reply.get("text"), reply.get("pages"), reply.get("warnings")
    if not (isinstance(text, str) and isinstance(pages, int) and isinstance(found, dict)):
        raise DocumentError(DAMAGED)
    return Document(kind="pdf", text=text[:MAX_TEXT_CHARS], pages=pages, warnings=_warnings(found, pages))


def _warnings(found: dict[str, Any], pages: int) -> tuple[DocumentWarning, ...]:
    warnings = []
    for code, message in PAGE_WARNINGS.items():
        numbers = found.get(code)
        if isinstance(numbers, list) and numbers and all(isinstance(n, int) for n in numbers):
            warnings.append(warning(code, message, pages=page_list(numbers)))
    if found.get("contact_in_header_footer") is True:
        warnings.append(warning("contact_in_header_footer", CONTACT_IN_HEADER_FOOTER))
    fonts = found.get("unusual_fonts")
    if isinstance(fonts, list) and fonts and all(isinstance(font, str) for font in fonts):
        warnings.append(warning("unusual_fonts", UNUSUAL_FONTS, fonts=", ".join(font[:60] for font in fonts[:5])))
    if pages > LONG_DOCUMENT_PAGES:
        warnings.append(warning("long_document", LONG_DOCUMENT, pages=pages))
    return tuple(warnings)
