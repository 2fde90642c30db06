"""Reading real PDF and Word files, good and hostile, through the worker process and python-docx."""

from __future__ import annotations

import re
import resource
import statistics
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from lib.resume import document_model, docx_reader, docx_zip, pdf_pool, pdf_reader
from lib.resume.documents import Document, DocumentError, read_document
from tests.support import resume_files

MB = 1024 * 1024
CAP = 10 * MB
FAST_S = 3.0  # every refusal comes back within this, worker start-up included


def read(data: bytes, filename: str = "resume.pdf", **options: float) -> Document:
    return read_document(data, filename, max_bytes=options.pop("max_bytes", CAP), **options)  # type: ignore[arg-type]


def refused(data: bytes, filename: str, message: str, *, within_s: float = FAST_S, **options: float) -> DocumentError:
    started = time.monotonic()
    with pytest.raises(DocumentError) as error:
        read(data, filename, **options)
    assert time.monotonic() - started < within_s
    assert error.value.message == message
    error.value.message.format(**error.value.params)
    return error.value


def codes(document: Document) -> dict[str, dict[str, object]]:
    return {warning.code: dict(warning.params) for warning in document.warnings}


# PDF: text, reading order and advice


def test_a_two_page_pdf_resume_reads_in_order_with_bullets_and_dates() -> None:
    document = read(resume_files.resume_pdf())
    assert (document.kind, document.pages, document.warnings) == ("pdf", 2, ())
    text = document.text
    assert text.startswith(f"{resume_files.NAME}\n{resume_files.CONTACT_LINE}\n\nSummary\n")
    assert "Senior Data Engineer, Acme Analytics\t2021 - present\n• Designed a streaming pipeline" in text
    headings = ["Summary", "Experience", "Projects", "Education", "Skills"]
    assert [text.index(f"\n{heading}\n") for heading in headings] == sorted(text.index(f"\n{h}\n") for h in headings)
    assert "\n\n\n" not in text


def test_a_two_column_pdf_keeps_each_column_together_and_warns() -> None:
    document = read(resume_files.two_column_pdf())
    assert codes(document) == {"multi_column": {"pages": "1"}}
    assert "\n".join(resume_files.SIDEBAR) in document.text
    assert "\n".join(resume_files.MAIN_COLUMN) in document.text
    assert document.text.index(resume_files.NAME) < document.text.index("SKILLS") < document.text.index("EXPERIENCE")


def test_contact_details_only_in_the_header_band_are_flagged() -> None:
    document = read(resume_files.header_contact_pdf())
    assert codes(document) == {"contact_in_header_footer": {}}
    assert resume_files.EMAIL in document.text
    assert "contact_in_header_footer" not in codes(read(resume_files.resume_pdf()))


def test_ruled_tables_are_flagged_and_read_row_by_row() -> None:
    document = read(resume_files.table_pdf())
    assert codes(document) == {"tables": {"pages": "1"}}
    assert "Python\tExpert\nSQL\tAdvanced" in document.text


def test_icon_fonts_are_flagged_by_name() -> None:
    assert codes(read(resume_files.unusual_fonts_pdf())) == {"unusual_fonts": {"fonts": "ZapfDingbats"}}


def test_a_page_that_is_only_a_picture_is_reported_as_scanned() -> None:
    document = read(resume_files.scanned_pdf(text_pages=1))
    assert (document.pages, codes(document)) == (2, {"scanned_pages": {"pages": "2"}})
    assert document.text.startswith(resume_files.NAME)


def test_a_pdf_with_no_text_layer_is_refused() -> None:
    refused(resume_files.scanned_pdf(text_pages=0), "scan.pdf", pdf_reader.ERRORS["no_text"])


# PDF: refusals


def test_a_password_protected_pdf_is_refused() -> None:
    refused(resume_files.encrypted_pdf(), "resume.pdf", pdf_reader.ERRORS["encrypted"])


def test_a_truncated_pdf_is_refused_even_though_it_could_be_half_repaired() -> None:
    refused(resume_files.truncated_pdf(), "resume.pdf", pdf_reader.ERRORS["truncated"])


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"%PDF-1.7\nnothing else\n%%EOF\n", "damaged"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "damaged"),
        (resume_files.handmade_pdf(b"not zlib at all"), "unreadable"),
        (resume_files.handmade_pdf(b"", filters=b"[]"), "unreadable"),
    ],
    ids=["no-objects", "garbage", "broken-content-stream", "blank-page"],
)
def test_a_corrupt_or_blank_pdf_is_refused(data: bytes, error: str) -> None:
    refused(data, "resume.pdf", pdf_reader.ERRORS[error])


def test_two_thousand_pages_are_refused_before_any_page_is_read() -> None:
    error = refused(resume_files.many_pages_pdf(2_000), "book.pdf", document_model.TOO_MANY_PAGES)
    assert error.params == {"pages": 2000, "limit": 50}


def test_a_decompression_bomb_fails_fast_with_bounded_parent_memory() -> None:
    bomb = resume_files.pdf_bomb()  # 1.5 MB that inflates to 1.5 GiB
    assert len(bomb) < 2 * MB
    read(resume_files.resume_pdf())  # the worker is up, so start-up is not measured
    peak_rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(DocumentError) as error:
            read(bomb)
        elapsed = time.monotonic() - started
        _, traced_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - peak_rss_before
    growth, traced = rss_growth / MB, traced_peak / MB
    print(f"\nPDF bomb: {elapsed * 1000:.0f} ms, parent peak RSS +{growth:.1f} MB, traced {traced:.1f} MB")
    assert error.value.message == pdf_reader.ERRORS["bomb"]
    assert elapsed < 3.0
    assert rss_growth < 200 * MB
    assert traced_peak < 50 * MB


def test_a_bomb_the_inflate_check_cannot_see_is_stopped_by_the_deadline_and_the_worker_restarts() -> None:
    bomb = resume_files.hex_wrapped_pdf_bomb()
    started = time.monotonic()
    refused(bomb, "resume.pdf", pdf_reader.TOO_SLOW, within_s=4.0, timeout_s=2.0)
    print(f"\nHex-wrapped bomb: stopped after {time.monotonic() - started:.2f} s")
    assert read(resume_files.resume_pdf()).pages == 2


def test_a_font_bomb_hits_the_workers_memory_limit_and_the_worker_restarts() -> None:
    refused(resume_files.font_bomb_pdf(), "resume.pdf", pdf_reader.ERRORS["memory"], within_s=6.0)
    assert read(resume_files.resume_pdf()).pages == 2


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="reads /proc (Linux)")
def test_the_worker_runs_under_memory_and_cpu_limits() -> None:
    pool = pdf_pool.WorkerPool()
    try:
        pdf_reader.read_pdf(resume_files.resume_pdf(), timeout_s=10, pool=pool)
        (worker,) = pool._workers
        limits = Path(f"/proc/{worker.process.pid}/limits").read_text()
    finally:
        pool.close()
    assert re.search(r"Max address space\s+1073741824\s+1073741824", limits)
    assert re.search(r"Max cpu time\s+\d+\s", limits)
    assert re.search(r"Max core file size\s+0\s+0", limits)


def test_a_reader_waiting_for_a_busy_worker_gives_up_with_a_clear_message() -> None:
    pool = pdf_pool.WorkerPool(size=1)
    messages: list[str] = []

    def slow_reader() -> None:
        try:
            pdf_reader.read_pdf(resume_files.hex_wrapped_pdf_bomb(), timeout_s=2.0, pool=pool)
        except DocumentError as error:
            messages.append(error.message)

    slow = threading.Thread(target=slow_reader)
    try:
        slow.start()
        time.sleep(0.3)
        with pytest.raises(DocumentError) as error:
            pdf_reader.read_pdf(resume_files.resume_pdf(), timeout_s=0.5, pool=pool)
        assert error.value.message == pdf_reader.BUSY
        slow.join()
        assert messages == [pdf_reader.TOO_SLOW]
        assert pdf_reader.read_pdf(resume_files.resume_pdf(), timeout_s=10, pool=pool).pages == 2
    finally:
        slow.join()
        pool.close()


def test_concurrent_readers_share_the_worker() -> None:
    results: list[int] = []

    def reader() -> None:
        results.append(read(resume_files.resume_pdf()).pages)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [2, 2, 2, 2]


# Word documents


def test_a_word_resume_reads_headers_body_tables_and_text_boxes_in_order() -> None:
    document = read(resume_files.resume_docx(), "resume.docx")
    assert (document.kind, document.pages) == ("docx", 1)
    assert set(codes(document)) == {"tables", "text_boxes", "contact_in_header_footer"}
    text = document.text
    assert text.startswith(resume_files.CONTACT_LINE + "\n\n" + resume_files.NAME)
    assert "Senior Data Engineer, Acme Analytics\t2021 - present" in text
    assert text.count(resume_files.TEXT_BOX_TEXT) == 1  # the VML fallback copy is not read again
    assert text.index("Certifications") < text.index(resume_files.TEXT_BOX_TEXT) < text.index("Skills")
    assert "Skill\tLevel\nPython\tExpert\nSQL\tAdvanced" in text
    assert text.index("Skills") < text.index("Python\tExpert") < text.index("Education")


def test_a_plain_word_resume_has_no_warnings() -> None:
    document = read(resume_files.resume_docx(header_contact=False, text_box=False, table=False), "cv.docx")
    assert document.warnings == ()


def test_word_columns_and_icon_fonts_are_flagged_but_symbol_bullets_are_not() -> None:
    document = read(resume_files.styled_docx(), "cv.docx")
    assert codes(document) == {"multi_column": {}, "unusual_fonts": {"fonts": "Montserrat, Wingdings"}}
    assert f"Experience\n\n{resume_files.BULLET_TEXT[0]}" in document.text


def test_a_long_word_resume_counts_its_page_breaks() -> None:
    document = read(resume_files.resume_docx(pages=3), "cv.docx")
    assert document.pages == 3
    assert codes(document)["long_document"] == {"pages": 3}


@pytest.mark.parametrize(
    ("build", "message", "params"),
    [
        (resume_files.docx_zip_bomb, docx_zip.TOO_BIG_UNPACKED, {"limit_mb": 50}),
        (resume_files.docx_compressed_too_well, docx_zip.ZIP_BOMB, {}),
        (resume_files.docx_many_parts, docx_zip.TOO_MANY_PARTS, {"limit": 2000}),
        (resume_files.docx_billion_laughs, docx_zip.XML_DECLARATIONS, {}),
        (resume_files.docx_external_entity, docx_zip.XML_DECLARATIONS, {}),
        (lambda: resume_files.resume_docx()[:4000], docx_zip.DAMAGED, {}),
    ],
    ids=["zip-bomb-200MB", "ratio-1000", "2001-parts", "billion-laughs", "utf16-external-entity", "truncated"],
)
def test_hostile_word_files_are_refused_before_python_docx_parses_them(
    build: Callable[[], bytes], message: str, params: dict[str, object]
) -> None:
    data = build()
    assert len(data) < 2 * MB
    error = refused(data, "resume.docx", message)
    assert error.params == params


def test_a_word_file_with_only_pictures_is_refused() -> None:
    data = resume_files.resume_docx(header_contact=False, text_box=False, table=False)
    empty_body = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p/></w:body></w:document>"
    )
    refused(resume_files._rebuilt(data, {"word/document.xml": empty_body}), "cv.docx", docx_reader.NO_TEXT)


# File names are hints at most


@pytest.mark.parametrize(
    "filename", ["../../../etc/passwd", "..\\..\\cv.pdf", "/dev/zero", "cv\x00.pdf", "", "💼.docx"]
)
def test_odd_file_names_change_nothing(filename: str) -> None:
    assert read(resume_files.resume_pdf(), filename).text == read(resume_files.resume_pdf()).text
    docx = resume_files.resume_docx()
    assert read(docx, filename).text == read(docx, "resume.docx").text


def test_a_pdf_named_docx_and_a_docx_named_pdf_are_read_by_what_they_are() -> None:
    assert read(resume_files.resume_pdf(), "resume.docx").kind == "pdf"
    assert read(resume_files.resume_docx(), "resume.pdf").kind == "docx"


# Speed


def median_ms(data: bytes, filename: str, runs: int = 20) -> float:
    read(data, filename)  # warm: the PDF worker is started once per app process
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        read(data, filename)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def test_two_page_resumes_read_well_under_300_ms() -> None:
    pdf_ms = median_ms(resume_files.resume_pdf(), "resume.pdf")
    docx_ms = median_ms(resume_files.resume_docx(pages=2), "resume.docx")
    print(f"\nmedian of 20 reads: 2-page PDF {pdf_ms:.1f} ms, 2-page DOCX {docx_ms:.1f} ms")
    assert pdf_ms < 300
    assert docx_ms < 300
