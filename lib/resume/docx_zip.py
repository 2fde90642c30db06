"""Safety checks on a .docx (a zip of XML parts) before python-docx opens it.

A zip can declare a small file that inflates to gigabytes, hold thousands of parts, or carry XML
with DOCTYPE/ENTITY declarations (billion laughs, external entities) that Word never writes.
Declared sizes can be trusted here because zipfile stops reading a member at its declared size
and fails its CRC check, and python-docx reads through zipfile.
"""

from __future__ import annotations

import io
import struct
import zipfile

from lib.errors import N_
from lib.resume.document_model import NOT_SUPPORTED, DocumentError

MB = 1024 * 1024
MAX_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 50 * MB
MAX_XML_PART_BYTES = 5 * MB  # a long resume's document.xml is well under 1 MB
MAX_RATIO = 100
RATIO_CHECK_BYTES = 1 * MB  # tiny parts compress well for honest reasons
MAIN_PART = "word/document.xml"
# Parts python-docx never parses as XML: pictures (SVGs may carry a harmless DOCTYPE), fonts, OLE.
BINARY_SUFFIXES = (
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".ico", ".wdp",
    ".jfif", ".webp", ".bin", ".odttf", ".ttf", ".otf", ".fntdata", ".mp3", ".mp4", ".wav",
)  # fmt: skip
_DECLARATIONS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
    for encoding in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_END_OF_DIRECTORY = b"PK\x05\x06"

DAMAGED = N_(
    "This Word file is damaged and cannot be opened. Open it in Word, save it again as .docx or PDF, and upload that."
)
TOO_MANY_PARTS = N_("This Word file has more than {limit:,} parts, far more than a resume needs, so it was not opened.")
TOO_BIG_UNPACKED = N_(
    "This Word file unpacks to more than {limit_mb} MB, far more than a resume needs. Remove large pictures or "
    "save it as PDF."
)
XML_TOO_BIG = N_(
    "This Word file has a text part larger than {limit_mb} MB, far more than a resume needs, so it was not opened."
)
ZIP_BOMB = N_(
    "This Word file contains a part that is compressed suspiciously well (a possible zip bomb), so it was not opened."
)
XML_DECLARATIONS = N_(
    "This Word file contains XML declarations (DOCTYPE or ENTITY) that Word never writes, so it was not opened "
    "for safety. Save it again from Word or Google Docs."
)
OPEN_DOCUMENT = N_("This is an OpenDocument text file (.odt). Save it as .docx or PDF and upload that.")


def open_docx(data: bytes, extension: str) -> zipfile.ZipFile:
    """The archive, checked; DocumentError if it is not a .docx or is unsafe to open."""
    broken = DocumentError(DAMAGED if extension == "docx" else NOT_SUPPORTED)
    if _declared_members(data) > MAX_MEMBERS:  # before zipfile builds an object per member
        raise DocumentError(TOO_MANY_PARTS, limit=MAX_MEMBERS)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise broken from None
    names = {member.filename for member in members}
    if MAIN_PART not in names:
        raise DocumentError(OPEN_DOCUMENT if _is_open_document(archive, names) else NOT_SUPPORTED)
    if len(members) > MAX_MEMBERS:
        raise DocumentError(TOO_MANY_PARTS, limit=MAX_MEMBERS)
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise DocumentError(TOO_BIG_UNPACKED, limit_mb=MAX_UNPACKED_BYTES // MB)
    for member in members:
        if member.file_size > RATIO_CHECK_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise DocumentError(ZIP_BOMB)
    for member in members:
        if member.filename.lower().endswith(BINARY_SUFFIXES) or member.is_dir():
            continue
        if member.file_size > MAX_XML_PART_BYTES:
            raise DocumentError(XML_TOO_BIG, limit_mb=MAX_XML_PART_BYTES // MB)
        try:
            part = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            raise DocumentError(DAMAGED) from None  # RuntimeError: an encrypted member
        if any(marker in part for marker in _DECLARATIONS):
            raise DocumentError(XML_DECLARATIONS)
    return archive


def _declared_members(data: bytes) -> int:
    """The member count in the end-of-central-directory record, 0 if it cannot be found."""
    at = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65_557))
    if at < 0 or at + 12 > len(data):
        return 0
    (count,) = struct.unpack_from("<H", data, at + 10)
    return int(count)


def _is_open_document(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "mimetype" not in names or archive.getinfo("mimetype").file_size > 100:
        return False
    try:
        return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        return False
