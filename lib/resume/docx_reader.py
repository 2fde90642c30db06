"""Text from a .docx, in document order: headers and footers first, then the body.

python-docx's `paragraphs` skips tables, content controls and text boxes, which resume templates
use a lot, so we walk the XML under the body ourselves: paragraphs, tables where they stand,
content controls, and text boxes after the paragraph that anchors them (only the modern
mc:Choice copy, not its VML fallback, which repeats the same text).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

import docx

from lib.errors import N_
from lib.resume import document_signals, docx_zip
from lib.resume.document_model import (
    CONTACT_IN_HEADER_FOOTER,
    LONG_DOCUMENT,
    LONG_DOCUMENT_PAGES,
    MAX_PAGES,
    MAX_TEXT_CHARS,
    NOT_SUPPORTED,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNUSUAL_FONTS,
    Document,
    DocumentError,
    DocumentWarning,
    warning,
)
from lib.resume.document_text import join_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MAX_DEPTH = 60  # nested tables and text boxes; lxml already refuses trees deeper than 256
MAX_FONTS_SHOWN = 5
_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo", W + "hyperlink"}
_WRAPPERS |= {W + "fldSimple", W + "r", W + "dir", W + "bdo"}
_SKIPPED = {
    W + "del",
    W + "moveFrom",
    W + "pPr",
    W + "rPr",
    W + "sdtPr",
    W + "sdtEndPr",
    W + "instrText",
    MC + "Fallback",
}
_CHARACTERS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_APP_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d{1,6})\s*</")

NO_TEXT = N_(
    "This Word file contains no text (it may hold only pictures of text). Upload a document with real text, "
    "or a PDF saved from Word or Google Docs."
)
TABLES = N_("Part of the text is in tables. Some applicant tracking systems skip or scramble tables.")
TEXT_BOXES = N_(
    "Part of the text is in text boxes. Many applicant tracking systems skip text boxes; move that text into "
    "the main body."
)
COLUMNS = N_(
    "The document uses newspaper-style columns. Some applicant tracking systems read straight across them; "
    "a single column is safer."
)


class _Walker:
    """Collects paragraphs (one string each, line breaks kept) and what the layout uses."""

    def __init__(self) -> None:
        self.tables = False
        self.text_boxes = False

    def blocks(self, container: Any, depth: int = 0) -> list[str]:
        paragraphs: list[str] = []
        if depth > MAX_DEPTH:
            return paragraphs
        for child in _elements(container):
            if child.tag == W + "p":
                boxes: list[str] = []
                text = self._inline(child, boxes, depth)
                paragraphs.append(f"• {text}" if text.strip() and _is_list_item(child) else text)
                paragraphs.extend(boxes)
            elif child.tag == W + "tbl":
                paragraphs.extend(self._table(child, depth))
            elif child.tag == MC + "AlternateContent":
                paragraphs.extend(self.blocks(_chosen(child), depth + 1))
            elif child.tag in _WRAPPERS:
                paragraphs.extend(self.blocks(child, depth + 1))
        return paragraphs

    def _inline(self, element: Any, boxes: list[str], depth: int) -> str:
        parts: list[str] = []
        for child in _elements(element):
            tag = child.tag
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in _CHARACTERS:
                parts.append(_CHARACTERS[tag])
            elif tag == W + "txbxContent":
                found = self.blocks(child, depth + 1)
                self.text_boxes = self.text_boxes or any(text.strip() for text in found)
                boxes.extend(found)
            elif tag == MC + "AlternateContent":
                parts.append(self._inline(_chosen(child), boxes, depth + 1))
            elif tag not in _SKIPPED and depth <= MAX_DEPTH:
                parts.append(self._inline(child, boxes, depth + 1))
        return "".join(parts)

    def _table(self, table: Any, depth: int) -> list[str]:
        """Rows of one-line cells become tab-separated lines; cells with more are read cell by cell."""
        paragraphs: list[str] = []
        rows: list[str] = []
        for row in _descendants(table, W + "tr"):
            cells = [
                [text for text in self.blocks(cell, depth + 1) if text.strip()] for cell in _descendants(row, W + "tc")
            ]
            if all(len(cell) <= 1 and "\n" not in "".join(cell) for cell in cells):
                line = "\t".join(cell[0].strip() for cell in cells if cell)
                if line:
                    rows.append(line)
                continue
            if rows:
                paragraphs.append("\n".join(rows))
                rows = []
            paragraphs.extend(text for cell in cells for text in cell)
        if rows:
            paragraphs.append("\n".join(rows))
        self.tables = self.tables or bool(paragraphs)
        return paragraphs


def _is_list_item(paragraph: Any) -> bool:
    """Word draws bullets from numbering or a list style, not from text: mark them as an ATS reads them."""
    properties = paragraph.find(W + "pPr")
    if properties is None:
        return False
    style = properties.find(W + "pStyle")
    style_name = (style.get(W + "val") or "") if style is not None else ""
    return properties.find(W + "numPr") is not None or "list" in style_name.lower()


def _elements(element: Any) -> Iterator[Any]:
    """Child elements, without comments and processing instructions."""
    return (child for child in element if isinstance(child.tag, str))


def _chosen(alternate: Any) -> Any:
    """The first mc:Choice of an mc:AlternateContent (what Word shows), else its fallback."""
    for child in _elements(alternate):
        if child.tag in (MC + "Choice", MC + "Fallback"):
            return child
    return alternate


def _descendants(element: Any, tag: str) -> Iterator[Any]:
    """Rows of a table or cells of a row, also when wrapped in content controls; not nested ones."""
    for child in _elements(element):
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _descendants(child, tag)


def read_docx(data: bytes, extension: str) -> Document:
    archive = docx_zip.open_docx(data, extension)
    try:
        document = docx.Document(io.BytesIO(data))
    except ValueError:  # python-docx refuses macro-enabled documents and templates (.docm, .dotx)
        raise DocumentError(NOT_SUPPORTED) from None
    except Exception:
        raise DocumentError(docx_zip.DAMAGED) from None
    walker = _Walker()
    body_element = document.element.body
    body = walker.blocks(body_element)
    margins = [text for part in _header_footer_parts(document) for text in _Walker().blocks(part)]
    text = join_paragraphs([*margins, *body], keep_gaps=True)
    if not "".join(text.split()):
        raise DocumentError(NO_TEXT)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(TOO_MUCH_TEXT, limit=MAX_TEXT_CHARS)
    pages = _estimated_pages(archive, body_element)
    if pages > MAX_PAGES:
        raise DocumentError(TOO_MANY_PAGES, pages=pages, limit=MAX_PAGES)
    warnings = _warnings(document, walker, body, margins, pages)
    return Document(kind="docx", text=text, pages=pages, warnings=warnings)


def _header_footer_parts(document: Any) -> list[Any]:
    """Header, then footer, elements referenced by the section properties, each once."""
    headers: list[Any] = []
    footers: list[Any] = []
    seen: set[int] = set()
    related = document.part.related_parts
    for properties in document.element.body.iter(W + "sectPr"):
        for reference in _elements(properties):
            part = related.get(reference.get(R + "id") or "")
            element = getattr(part, "element", None)
            if element is None or id(part) in seen:
                continue
            if reference.tag == W + "headerReference":
                headers.append(element)
            elif reference.tag == W + "footerReference":
                footers.append(element)
            else:
                continue
            seen.add(id(part))
    return headers + footers


def _estimated_pages(archive: zipfile.ZipFile, body: Any) -> int:
    """Word's own count from docProps/app.xml, or more if the page breaks say so."""
    stated = 1
    try:
        match = _APP_PAGES.search(archive.read("docProps/app.xml"))
        stated = int(match.group(1)) if match else 1
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        pass
    breaks = sum(1 for br in body.iter(W + "br") if br.get(W + "type") == "page")
    breaks += sum(1 for _ in body.iter(W + "pageBreakBefore"))
    rendered = sum(1 for _ in body.iter(W + "lastRenderedPageBreak"))
    return max(stated, 1 + breaks, 1 + rendered)


def _warnings(
    document: Any, walker: _Walker, body: list[str], margins: list[str], pages: int
) -> tuple[DocumentWarning, ...]:
    warnings = []
    if walker.tables:
        warnings.append(warning("tables", TABLES))
    if walker.text_boxes:
        warnings.append(warning("text_boxes", TEXT_BOXES))
    if any(_column_count(cols) > 1 for cols in document.element.body.iter(W + "cols")):
        warnings.append(warning("multi_column", COLUMNS))
    if document_signals.contacts("\n".join(margins)) - document_signals.contacts("\n".join(body)):
        warnings.append(warning("contact_in_header_footer", CONTACT_IN_HEADER_FOOTER))
    fonts = sorted(_unusual_fonts(document))
    if fonts:
        warnings.append(warning("unusual_fonts", UNUSUAL_FONTS, fonts=", ".join(fonts[:MAX_FONTS_SHOWN])))
    if pages > LONG_DOCUMENT_PAGES:
        warnings.append(warning("long_document", LONG_DOCUMENT, pages=pages))
    return tuple(warnings)


def _column_count(cols: Any) -> int:
    try:
        return int(cols.get(W + "num") or 1)
    except ValueError:
        return 1


def _unusual_fonts(document: Any) -> set[str]:
    """Fonts of runs with text, of symbols, and of the default and used styles."""
    found: set[str] = set()
    body = document.element.body
    for run in body.iter(W + "r"):
        text = "".join(node.text or "" for node in run.iter(W + "t"))
        found.update(_flagged(_run_fonts(run.find(W + "rPr")), text or "x"))
    for symbol in body.iter(W + "sym"):
        code = int(symbol.get(W + "char") or "0", 16) if _is_hex(symbol.get(W + "char")) else 0
        glyph = chr(code - 0xF000) if 0xF000 <= code <= 0xF0FF else chr(code)
        found.update(_flagged([symbol.get(W + "font") or ""], glyph))
    styles = document.styles.element
    used = {node.get(W + "val") for tag in ("pStyle", "rStyle", "tblStyle") for node in body.iter(W + tag)}
    for style in styles.iter(W + "style"):
        if style.get(W + "styleId") in used or style.get(W + "default") in ("1", "true"):
            found.update(_flagged(_run_fonts(style.find(W + "rPr")), "x"))
    for defaults in styles.iter(W + "rPrDefault"):
        found.update(_flagged(_run_fonts(defaults.find(W + "rPr")), "x"))
    return found


def _run_fonts(properties: Any) -> list[str]:
    if properties is None:
        return []
    fonts = properties.find(W + "rFonts")
    if fonts is None:
        return []
    return [name for name in (fonts.get(W + "ascii"), fonts.get(W + "hAnsi")) if name]


def _flagged(fonts: Iterable[str], text: str) -> set[str]:
    return {document_signals.display_name(font) for font in fonts if document_signals.is_unusual(font, text)}


def _is_hex(value: str | None) -> bool:
    return bool(value) and bool(re.fullmatch(r"[0-9A-Fa-f]{1,6}", value or ""))
