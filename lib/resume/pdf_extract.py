"""One PDF read with PyMuPDF, inside the worker process: safety checks first, then text and advice.

Runs only under pdf_worker's limits; pdf_reader never imports it (importing PyMuPDF in the app
would also load its ONNX layout model). The reply is JSON-ready, in one of two shapes:
    {"ok": True, "text": str, "pages": int, "warnings": {code: [page numbers] | [font names] | True}}
    {"ok": False, "error": code, "params": {...}}
"""

from __future__ import annotations

import zlib
from typing import Any

import pymupdf

from lib.resume import document_signals, layout
from lib.resume.document_text import clean, join_paragraphs

Reply = dict[str, Any]

EOF_TAIL_BYTES = 2048  # "%%EOF" ends a complete PDF; a cut-off upload loses it
MAX_STREAM_BYTES = 64 * 1024 * 1024  # inflated size of one page content stream or form
MAX_CONTENT_BYTES = 256 * 1024 * 1024  # ... and of all of them together
MIN_PAGE_CHARS = 20  # fewer visible characters than this and a page has no real text layer
SCANNED_IMAGE_SHARE = 0.5  # an image covering half the page or more makes a textless page a scan
MIN_TABLE_DRAWINGS = 3  # table detection is slow (40 ms a page); only pages with ruled lines try
MAX_FONTS_SHOWN = 5
_FLATE = {"/FlateDecode", "/Fl", "[/FlateDecode]", "[/Fl]"}
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # ligatures expanded, no images

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def failure(error: str, **params: int) -> Reply:
    return {"ok": False, "error": error, "params": params}


def extract(data: bytes, *, max_pages: int, max_chars: int) -> Reply:
    complete = b"%%EOF" in data[-EOF_TAIL_BYTES:]
    try:
        document = pymupdf.open(stream=data, filetype="pdf")
    except Exception:
        return failure("damaged" if complete else "truncated")
    with document:
        if document.needs_pass:
            return failure("encrypted")
        if not complete and document.is_repaired:
            return failure("truncated")
        if document.page_count == 0:
            return failure("damaged")
        if document.page_count > max_pages:
            return failure("too_many_pages", pages=document.page_count)
        if _inflates_too_much(document):
            return failure("bomb")
        return _read_pages(document, max_chars)


def _inflates_too_much(document: pymupdf.Document) -> bool:
    """Inflate page contents and forms (what text extraction interprets) up to a cap, cheaply.

    A few kilobytes of Flate can inflate to gigabytes; MuPDF would stream through them for
    seconds per pass. zlib with max_length stops at the cap instead. Other filters are left to
    the worker's CPU and memory limits.
    """
    contents = {xref for number in range(document.page_count) for xref in document.load_page(number).get_contents()}
    total = 0
    for xref in range(1, document.xref_length()):
        if not document.xref_is_stream(xref):
            continue
        if xref not in contents and document.xref_get_key(xref, "Subtype") != ("name", "/Form"):
            continue
        if document.xref_get_key(xref, "Filter")[1].replace(" ", "") not in _FLATE:
            continue
        size = _inflated_size(document.xref_stream_raw(xref), MAX_STREAM_BYTES)
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_CONTENT_BYTES:
            return True
    return False


def _inflated_size(raw: bytes, cap: int) -> int:
    inflater = zlib.decompressobj()
    size, pending = 0, raw
    try:
        while pending and size <= cap:
            size += len(inflater.decompress(pending, 1 << 20))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # MuPDF decides what a broken stream is worth
    return size


def _read_pages(document: pymupdf.Document, max_chars: int) -> Reply:
    paragraphs: list[str] = []
    found: dict[str, list[int]] = {"multi_column": [], "tables": [], "scanned_pages": [], "images_only_pages": []}
    fonts: set[str] = set()
    margin_text: list[str] = []
    body_text: list[str] = []
    chars = 0
    for number in range(1, document.page_count + 1):
        page = document.load_page(number - 1)
        lines, spans = _lines(page)
        chars += sum(len(line.text) for line in lines)
        if chars > max_chars:
            return failure("too_much_text")
        height = page.rect.height
        for line in lines:
            (margin_text if layout.in_margin(line, height) else body_text).append(line.text)
        fonts.update(
            document_signals.display_name(font) for font, text in spans if document_signals.is_unusual(font, text)
        )
        page_text = layout.read_page(lines, height)
        paragraphs.extend(page_text.paragraphs)
        if page_text.columns:
            found["multi_column"].append(number)
        if sum(len(line.text.strip()) for line in lines) < MIN_PAGE_CHARS:
            kind = _textless_kind(page)
            if kind:
                found[kind].append(number)
        if _has_table(page):
            found["tables"].append(number)
    text = join_paragraphs(paragraphs, keep_gaps=True)
    if len("".join(text.split())) < MIN_PAGE_CHARS:
        return failure("no_text" if found["scanned_pages"] or found["images_only_pages"] else "unreadable")
    warnings: dict[str, Any] = {code: pages for code, pages in found.items() if pages}
    if fonts:
        warnings["unusual_fonts"] = sorted(fonts)[:MAX_FONTS_SHOWN]
    margin_contacts = document_signals.contacts("\n".join(margin_text))
    if margin_contacts - document_signals.contacts("\n".join(body_text)):
        warnings["contact_in_header_footer"] = True
    return {"ok": True, "text": text, "pages": document.page_count, "warnings": warnings}


def _lines(page: pymupdf.Page) -> tuple[list[layout.Line], list[tuple[str, str]]]:
    """Text lines with their boxes, and (font, text) of every span that shows something."""
    lines: list[layout.Line] = []
    spans: list[tuple[str, str]] = []
    for block in page.get_text("dict", flags=_TEXT_FLAGS)["blocks"]:
        for line in block.get("lines", ()):
            text = clean("".join(span["text"] for span in line["spans"]), keep_gaps=True).replace("\n", " ")
            if not text.strip():
                continue
            x0, y0, x1, y1 = line["bbox"]
            lines.append(layout.Line(x0, y0, x1, y1, text))
            spans.extend((span["font"], span["text"]) for span in line["spans"] if span["text"].strip())
    return lines, spans


def _textless_kind(page: pymupdf.Page) -> str | None:
    """'scanned_pages' for a page-sized picture, 'images_only_pages' for smaller pictures, else None."""
    images = page.get_image_info()
    if not images:
        return None
    page_area = abs(page.rect) or 1.0
    largest = max(abs(pymupdf.Rect(image["bbox"]) & page.rect) for image in images)
    return "scanned_pages" if largest >= SCANNED_IMAGE_SHARE * page_area else "images_only_pages"


def _has_table(page: pymupdf.Page) -> bool:
    if len(page.get_cdrawings()) < MIN_TABLE_DRAWINGS:
        return False
    try:
        tables = page.find_tables().tables
    except Exception:  # table detection is advice; a page it cannot handle still has text
        return False
    return any(table.row_count >= 2 and table.col_count >= 2 for table in tables)
