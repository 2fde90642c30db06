"""The document reader's pure parts: reading order, contact and font signals, sniffing, reply checks."""

from __future__ import annotations

import io
import time
import zipfile
import zlib

import pytest

from lib.resume import document_model, document_text, documents, docx_zip, pdf_pool, pdf_reader, pdf_worker
from lib.resume.analysis import analyze
from lib.resume.document_signals import contacts, display_name, is_unusual
from lib.resume.document_text import clean, join_paragraphs
from lib.resume.documents import DocumentError, read_document
from lib.resume.layout import Line, in_margin, read_page
from tests.support import resume_files

A4_HEIGHT = 842.0
MB = 1024 * 1024


def assert_error(error: DocumentError, message: str, **params: object) -> None:
    assert error.message == message
    assert dict(error.params) == params
    error.message.format(**error.params)  # what the page does after translating: no missing placeholder


def rows(x0: float, x1: float, texts: list[str], top: float = 200.0, pitch: float = 14.0) -> list[Line]:
    return [Line(x0, top + i * pitch, x1, top + i * pitch + 11, text) for i, text in enumerate(texts)]


# Reading order


def test_a_sidebar_and_a_main_column_are_read_one_after_the_other() -> None:
    sidebar = rows(40, 150, [f"skill {i}" for i in range(12)])
    main = rows(200, 560, [f"experience {i}" for i in range(12)])
    heading = [Line(40, 100, 560, 120, "Asha Verma, data engineer, Pune")]
    interleaved = [line for pair in zip(sidebar, main, strict=True) for line in pair]
    page = read_page(heading + interleaved, A4_HEIGHT)
    text = "\n".join(page.paragraphs)
    assert page.columns
    assert text.index("Asha Verma") < text.index("skill 0")
    assert text.index("skill 11") < text.index("experience 0")
    assert "\n".join(f"skill {i}" for i in range(12)) in text


def test_three_columns_are_read_left_to_right() -> None:
    lines = rows(40, 180, [f"a{i}" for i in range(10)])
    lines += rows(220, 380, [f"b{i}" for i in range(10)]) + rows(420, 560, [f"c{i}" for i in range(10)])
    text = "\n".join(read_page(lines, A4_HEIGHT).paragraphs)
    assert text.index("a9") < text.index("b0") < text.index("b9") < text.index("c0")


def test_titles_with_right_aligned_dates_are_rows_not_columns() -> None:
    lines = []
    top = 100.0
    for job in range(4):
        lines.append(Line(40, top, 250, top + 11, f"Engineer {job}, Company {job}"))
        lines.append(Line(470, top, 560, top + 11, f"{2010 + job} - {2011 + job}"))
        lines += rows(40, 560, [f"bullet {job}.{n} with a long line of text" for n in range(3)], top + 14)
        top += 80
    page = read_page(lines, A4_HEIGHT)
    assert not page.columns
    assert "Engineer 0, Company 0\t2010 - 2011\nbullet 0.0" in "\n".join(page.paragraphs)


def test_side_headings_beside_their_sections_are_not_a_column() -> None:
    lines = []
    for section in range(4):
        top = 100 + section * 160
        lines.append(Line(40, top, 120, top + 11, f"HEADING {section}"))
        lines += rows(160, 560, [f"content {section}.{n}" for n in range(9)], top)
    page = read_page(lines, A4_HEIGHT)
    text = "\n".join(page.paragraphs)
    assert not page.columns
    assert text.index("HEADING 1") < text.index("content 1.0") < text.index("HEADING 2")


def test_a_wide_gap_between_rows_starts_a_new_paragraph() -> None:
    lines = rows(40, 500, ["one", "two"], top=100) + rows(40, 500, ["three", "four"], top=160)
    assert read_page(lines, A4_HEIGHT).paragraphs == ["one\ntwo", "three\nfour"]


@pytest.mark.parametrize(
    ("top", "bottom", "expected"),
    [(20, 32, True), (810, 822, True), (60, 72, False), (400, 412, False), (40, 70, False)],
)
def test_only_lines_wholly_in_the_top_or_bottom_band_are_in_the_margin(
    top: float, bottom: float, expected: bool
) -> None:
    assert in_margin(Line(40, top, 300, bottom, "x"), A4_HEIGHT) is expected


# Signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("asha.verma@example.com | +91 98765 43210", {"asha.verma@example.com", "9876543210"}),
        ("Phone: (555) 123-4567", {"5551234567"}),
        ("Call 020 7946 0958", {"2079460958"}),
        ("Jan 2019 - Dec 2021", set()),
        ("01.2019-12.2021", set()),
        ("2016-2018 2019-2021", set()),
        ("Raised 1,200,000 USD", set()),
    ],
)
def test_contacts_are_found_and_dates_are_not_phones(text: str, expected: set[str]) -> None:
    assert contacts(text) == expected


@pytest.mark.parametrize(
    ("font", "text", "unusual"),
    [
        ("ABCDEF+Calibri-Bold", "Experience", False),
        ("ArialMT", "Experience", False),
        ("TimesNewRomanPSMT", "Experience", False),
        ("Symbol", "\uf0b7", False),  # Word's bullet
        ("Wingdings-Regular", "§", False),
        ("Wingdings-Regular", "(", True),  # the telephone icon
        ("FontAwesome", "\uf095", True),
        ("ZapfDingbats", "✈", True),
        ("Montserrat-Regular", "Experience", True),
    ],
)
def test_uncommon_and_icon_fonts_are_unusual_but_bullets_are_not(font: str, text: str, unusual: bool) -> None:
    assert is_unusual(font, text) is unusual


def test_font_names_lose_their_subset_prefix_and_style() -> None:
    assert display_name("ABCDEF+Calibri-BoldItalic") == "Calibri"


def test_text_is_cleaned_and_windows_codes_become_characters() -> None:
    assert clean("\x95 Led\x00 a  team\u00a0of  four\x96fast  ") == "• Led a team of four–fast"
    assert join_paragraphs(["a\n\n b ", "", "  ", "c"]) == "a\nb\n\nc"


# Sniffing: all refused before any parser runs


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (resume_files.exe_renamed_pdf(), "resume.pdf", document_model.NOT_SUPPORTED),
        (b"Just some plain text, not a resume file format", "resume.pdf", document_model.NOT_SUPPORTED),
        (resume_files.legacy_doc(), "resume.doc", documents.LEGACY_DOC),
        (resume_files.legacy_doc(), "resume.pdf", documents.LEGACY_DOC),
        (resume_files.legacy_doc() + "EncryptedPackage".encode("utf-16-le"), "cv.docx", documents.PROTECTED_DOCX),
        (resume_files.legacy_doc() + "Workbook".encode("utf-16-le"), "cv.xls", document_model.NOT_SUPPORTED),
        (resume_files.rtf(), "resume.rtf", documents.RTF),
        (resume_files.spreadsheet_zip(), "resume.docx", document_model.NOT_SUPPORTED),
        (resume_files.odt(), "resume.odt", docx_zip.OPEN_DOCUMENT),
        (b"PK\x03\x04" + bytes(100), "resume.docx", docx_zip.DAMAGED),
        (b"PK\x03\x04" + bytes(100), "resume.zip", document_model.NOT_SUPPORTED),
    ],
)
def test_files_that_are_not_resumes_are_refused_by_their_bytes(data: bytes, filename: str, message: str) -> None:
    started = time.monotonic()
    with pytest.raises(DocumentError) as error:
        read_document(data, filename, max_bytes=10 * MB)
    assert time.monotonic() - started < 1.0
    assert_error(error.value, message)


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(DocumentError) as error:
        read_document(b"", "resume.pdf", max_bytes=10 * MB)
    assert_error(error.value, documents.EMPTY)


@pytest.mark.parametrize(("max_bytes", "limit_mb"), [(10 * MB, 10), (int(2.5 * MB), 2.5)])
def test_a_file_over_the_cap_is_refused_with_the_cap_in_mb(max_bytes: int, limit_mb: float) -> None:
    with pytest.raises(DocumentError) as error:
        read_document(b"%PDF-" + bytes(max_bytes), "resume.pdf", max_bytes=max_bytes)
    assert_error(error.value, documents.TOO_LARGE, limit_mb=limit_mb)


@pytest.mark.parametrize(
    ("filename", "extension"),
    [
        ("Resume.DOCX", "docx"),
        ("../../etc/passwd", ""),
        ("..\\..\\windows\\cv.pdf", "pdf"),
        ("cv.pdf\x00.exe", "exe"),
        ("", ""),
        ("résumé.dóc", ""),
        ("a" * 10_000 + ".docx", "docx"),
    ],
)
def test_only_a_plain_extension_is_taken_from_the_file_name(filename: str, extension: str) -> None:
    assert documents._extension(filename) == extension


# The zip's own directory and the support builders


def test_the_member_count_is_read_from_the_end_of_the_zip_before_opening_it() -> None:
    data = resume_files.resume_docx()
    assert docx_zip._declared_members(data) == len(zipfile.ZipFile(io.BytesIO(data)).infolist())
    assert docx_zip._declared_members(b"PK\x03\x04 no directory") == 0


@pytest.mark.parametrize("zeros", [0, 1 << 20, 3 << 20])
def test_the_bomb_builder_writes_valid_zlib_without_compressing_everything(zeros: int) -> None:
    data = zlib.decompress(resume_files._deflate_zeros(b"BT (x) Tj ET\n", zeros))
    assert data == b"BT (x) Tj ET\n" + bytes(zeros)


# What comes back from the worker is checked before it is trusted


@pytest.mark.parametrize(
    "reply",
    [
        None,
        [],
        {"ok": True, "text": 5, "pages": 1, "warnings": {}},
        {"ok": True, "text": "x", "pages": "1", "warnings": {}},
        {"ok": False, "error": "rm -rf /"},
        {"ok": False, "error": ["damaged"]},
        {"ok": "yes", "text": "x", "pages": 1, "warnings": {}},
    ],
)
def test_a_malformed_worker_reply_is_a_damaged_pdf(reply: object) -> None:
    with pytest.raises(DocumentError) as error:
        pdf_reader._document(reply)
    assert_error(error.value, pdf_reader.DAMAGED)


def test_worker_error_params_are_rebuilt_by_the_parent() -> None:
    with pytest.raises(DocumentError) as error:
        pdf_reader._document({"ok": False, "error": "too_many_pages", "params": {"pages": "{0.__class__}"}})
    assert_error(error.value, document_model.TOO_MANY_PAGES, pages=51, limit=50)


def test_worker_warnings_of_the_wrong_shape_are_dropped() -> None:
    reply = {
        "ok": True,
        "text": "Asha Verma",
        "pages": 3,
        "warnings": {"multi_column": [1, "2"], "tables": [2], "unusual_fonts": "Evil", "contact_in_header_footer": 1},
    }
    document = pdf_reader._document(reply)
    assert [(w.code, dict(w.params)) for w in document.warnings] == [
        ("tables", {"pages": "2"}),
        ("long_document", {"pages": 3}),
    ]


def test_options_and_frames_round_trip() -> None:
    options = pdf_worker.Options(cpu_seconds=5, max_pages=50, max_chars=2_000_000)
    assert pdf_worker.Options.decode(options.encode()) == options
    assert pdf_pool._complete_frame(bytearray(pdf_worker.frame(b"{}"))) == b"{}"
    assert pdf_pool._complete_frame(bytearray(pdf_worker.frame(b"{}")[:-1])) is None


def test_the_worker_gets_no_secrets_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COOKIE_KEY", "secret")
    monkeypatch.setenv("AI_API_KEY", "secret")
    environment = pdf_pool._child_environment()
    assert "secret" not in environment.values()
    assert environment["PYMUPDF_SUGGEST_LAYOUT_ANALYZER"] == "0"


@pytest.mark.parametrize("run", ["A" * 100_000, "a@b." * 25_000, "9" * 100_000, "ab-c.d+" * 14_000])
def test_a_small_docx_holding_one_endless_word_is_analysed_in_seconds(run: str) -> None:
    # A 37 KB file once took minutes here: the contact and institution patterns were quadratic on a run
    # of characters without a space. Runs are cut every MAX_TOKEN characters, and nothing is lost.
    data = resume_files.docx_paragraphs(["Jane Doe", run, run])
    started = time.monotonic()
    analysis = analyze(data, "cv.docx", max_bytes=10 * MB)
    assert time.monotonic() - started < 10.0
    assert len("".join(analysis.document.text.split())) == len("JaneDoe") + 2 * len(run)
    assert max(len(word) for word in analysis.document.text.split()) == document_text.MAX_TOKEN
