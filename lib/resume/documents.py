"""Reading an uploaded resume: decide what the file is from its bytes, then read it with limits.

The kind comes from magic bytes, never from the name: a renamed program is refused whatever it is
called. The file name is never used as a path; its extension only picks the better of two error
messages (a damaged .docx, or a zip that is not a resume at all). PDFs are parsed in a
worker process (pdf_reader); .docx archives are checked before python-docx opens them (docx_zip).
"""

from __future__ import annotations

from lib.errors import N_
from lib.resume import docx_reader, pdf_reader
from lib.resume.document_model import NOT_SUPPORTED, Document, DocumentError, DocumentWarning, Kind, Warning

__all__ = ["Document", "DocumentError", "DocumentWarning", "Kind", "Warning", "read_document"]

MB = 1024 * 1024
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office files, and password-protected .docx
RTF_MAGIC = b"{\\rtf"

EMPTY = N_("The file is empty.")
TOO_LARGE = N_("The file is larger than {limit_mb} MB. Upload a smaller file (a resume is rarely over 2 MB).")
LEGACY_DOC = N_("This is an old Word document (.doc). Open it in Word and save it as .docx or PDF, then upload that.")
PROTECTED_DOCX = N_("This Word file is protected by a password. Save a copy without the password and upload that.")
RTF = N_("This is a Rich Text (.rtf) file. Open it in Word and save it as .docx or PDF, then upload that.")


def read_document(data: bytes, filename: str, *, max_bytes: int, timeout_s: float = 10.0) -> Document:
    """The text and layout advice of a PDF or .docx resume; DocumentError with a message id otherwise."""
    if not data:
        raise DocumentError(EMPTY)
    if len(data) > max_bytes:
        raise DocumentError(TOO_LARGE, limit_mb=_megabytes(max_bytes))
    extension = _extension(filename)
    if data.startswith(PDF_MAGIC):
        return pdf_reader.read_pdf(data, timeout_s=timeout_s)
    if data.startswith(ZIP_MAGIC):
        return docx_reader.read_docx(data, extension)
    if data.startswith(OLE_MAGIC):
        raise DocumentError(_ole_message(data))
    if data[:64].lstrip().startswith(RTF_MAGIC):
        raise DocumentError(RTF)
    raise DocumentError(NOT_SUPPORTED)


def _extension(filename: str) -> str:
    """'docx' for 'Resume.DOCX'; anything odd in the name (paths, control characters) is irrelevant."""
    name = str(filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return extension if extension.isascii() and extension.isalnum() and len(extension) <= 5 else ""


def _ole_message(data: bytes) -> str:
    """OLE holds .doc, .xls, .ppt and password-protected .docx; directory entry names tell them apart."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return PROTECTED_DOCX
    if any(name.encode("utf-16-le") in data for name in ("Workbook", "PowerPoint Document")):
        return NOT_SUPPORTED
    return LEGACY_DOC  # what a resume in an OLE file almost always is


def _megabytes(size: int) -> int | float:
    value = max(round(size / MB, 1), 0.1)
    return int(value) if value == int(value) else value
