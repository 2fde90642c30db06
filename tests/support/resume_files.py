"""Real resume files built in code (bytes), good and hostile, for the document reader's tests.

Nothing is read from disk: PDFs come from fpdf2 or PyMuPDF (or are written by hand where a
library would refuse, like a decompression bomb), .docx files from python-docx plus raw XML.
"""

from __future__ import annotations

import binascii
import io
import zipfile
import zlib
from functools import lru_cache

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from fpdf import FPDF

from lib.resume import report_pdf

NAME = "Asha Verma"
EMAIL = "asha.verma@example.com"
PHONE = "+91 98765 43210"
CONTACT_LINE = f"{EMAIL} | {PHONE} | Pune, India"
SIDEBAR = ["SKILLS", "Python", "SQL", "Apache Spark", "Docker", "Kubernetes", "LANGUAGES", "English", "Hindi"]
MAIN_COLUMN = [
    "EXPERIENCE",
    "Data Engineer, Acme Analytics",
    "Built batch pipelines for 40 TB a day",
    "Cut report latency from hours to minutes",
    "Mentored four junior engineers",
    "Software Engineer, Bright Labs",
    "Wrote the billing service in Go",
    "Moved deployments to Kubernetes",
    "Ran the on-call rotation for two years",
]
JOBS = [
    ("Senior Data Engineer, Acme Analytics", "2021 - present"),
    ("Data Engineer, Bright Labs", "2018 - 2021"),
    ("Software Engineer, Northwind Systems", "2016 - 2018"),
]
BULLET_TEXT = [
    "Designed a streaming pipeline in Python and Apache Spark that processes 40 TB a day.",
    "Reduced the cost of the data warehouse by 35% by partitioning and pruning cold tables.",
    "Led a team of four engineers and introduced code review and continuous integration.",
]


def _fpdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # so "•" and "–" fit the standard fonts
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)


def _bullets(pdf: FPDF, items: list[str]) -> None:
    for item in items:
        pdf.multi_cell(0, 5, f"• {item}", new_x="LMARGIN", new_y="NEXT")


def resume_pdf() -> bytes:
    """A plain two-page resume: name, contact line, sections, jobs with right-aligned dates, bullets."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, CONTACT_LINE, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Summary")
    pdf.multi_cell(
        0, 5, "Data engineer with eight years of experience building reliable pipelines.", new_x="LMARGIN", new_y="NEXT"
    )
    _heading(pdf, "Experience")
    for title, dates in JOBS:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(120, 6, title)
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 6, dates, align="R", new_x="LMARGIN", new_y="NEXT")
        _bullets(pdf, BULLET_TEXT)
        pdf.ln(2)
    pdf.add_page()
    _heading(pdf, "Projects")
    _bullets(pdf, ["Open-source contributor to a data quality library (1,200 stars).", *BULLET_TEXT[:2]])
    _heading(pdf, "Education")
    pdf.cell(0, 6, "B.Tech in Computer Science, College of Engineering Pune, 2016", new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Skills")
    pdf.multi_cell(0, 5, "Python, SQL, Apache Spark, Kafka, Airflow, Docker, Kubernetes", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def two_column_pdf() -> bytes:
    """A full-width name and contact line, then a skills sidebar beside the experience column.

    Lines are drawn row by row (sidebar line, then main line at the same height), the way many
    templates store them, so reading in drawing order would mix the columns.
    """
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, CONTACT_LINE, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 8
    for row, (left, right) in enumerate(zip(SIDEBAR, MAIN_COLUMN, strict=True)):
        y = top + row * 7
        pdf.set_xy(20, y)
        pdf.cell(45, 6, left)
        pdf.set_xy(75, y)
        pdf.cell(115, 6, right)
    return bytes(pdf.output())


def header_contact_pdf() -> bytes:
    """Contact details only in the page header band (8 mm from the top edge), as Word headers put them."""

    class WithHeader(FPDF):
        def header(self) -> None:
            self.set_xy(20, 8)
            self.set_font("Helvetica", size=9)
            self.cell(0, 4, CONTACT_LINE)
            self.set_xy(20, 25)

    pdf = WithHeader(format="A4")
    pdf.set_margins(20, 25, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    _heading(pdf, "Experience")
    pdf.multi_cell(0, 5, " ".join(BULLET_TEXT), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def table_pdf() -> bytes:
    """A resume whose skills are a ruled table."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, CONTACT_LINE, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Skills")
    with pdf.table() as table:
        for cells in (("Skill", "Level"), ("Python", "Expert"), ("SQL", "Advanced"), ("Spark", "Advanced")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def _pymupdf():
    """PyMuPDF, imported only by the builders that need it (it takes half a second)."""
    import pymupdf

    return pymupdf


def unusual_fonts_pdf() -> bytes:
    """Body text in Helvetica, contact icons in ZapfDingbats and a heading in Courier."""
    pymupdf = _pymupdf()
    document = pymupdf.open()
    page = document.new_page()
    page.insert_text((72, 90), NAME, fontname="helv", fontsize=20)
    page.insert_text((72, 120), "✆ ✉", fontname="zadb", fontsize=10)
    page.insert_text((110, 120), CONTACT_LINE, fontname="helv", fontsize=10)
    page.insert_text((72, 160), "Experience", fontname="cour", fontsize=13)
    for index, text in enumerate(BULLET_TEXT):
        page.insert_text((72, 185 + 16 * index), text, fontname="helv", fontsize=10)
    return document.tobytes()


def scanned_pdf(*, text_pages: int = 1) -> bytes:
    """`text_pages` normal pages, then one page that is only a picture of a page of text."""
    pymupdf = _pymupdf()
    source = pymupdf.open(stream=resume_pdf(), filetype="pdf")
    picture = source[0].get_pixmap(dpi=60)
    document = pymupdf.open()
    if text_pages:
        document.insert_pdf(source, from_page=0, to_page=text_pages - 1)
    page = document.new_page(width=source[0].rect.width, height=source[0].rect.height)
    page.insert_image(page.rect, pixmap=picture)
    return document.tobytes(garbage=3, deflate=True)


def encrypted_pdf() -> bytes:
    pymupdf = _pymupdf()
    document = pymupdf.open(stream=resume_pdf(), filetype="pdf")
    return document.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="open sesame", owner_pw="owner")


def truncated_pdf() -> bytes:
    data = resume_pdf()
    return data[: len(data) // 2]


def many_pages_pdf(pages: int = 2_000) -> bytes:
    """`pages` pages sharing one content stream, written by hand (PyMuPDF takes seconds for 2,000)."""
    content = b"BT /F1 12 Tf 72 720 Td (Experience) Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + page) for page in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 3 0 R >>"
    )
    return _assemble(objects + [page] * pages)


def _deflate_zeros(prefix: bytes, zeros: int, chunk: int = 1 << 20) -> bytes:
    """zlib data for `prefix` then `zeros` zero bytes, without compressing gigabytes.

    After a full flush the compressor starts afresh, so every 1 MiB chunk of zeros compresses to
    the same bytes: compress one with compressobj and repeat it, then end the stream with an empty
    final block and the Adler-32 of the whole (which zeros change in closed form).
    """
    if zeros % chunk:
        raise ValueError("zeros must be a multiple of chunk")
    compressor = zlib.compressobj(9)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(prefix)
    low, high = checksum & 0xFFFF, checksum >> 16
    high = (high + zeros * low) % 65521  # each zero byte adds `low` to the high half
    final_empty_block = b"\x03\x00"
    return head + block * (zeros // chunk) + final_empty_block + ((high << 16) | low).to_bytes(4, "big")


def _assemble(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def handmade_pdf(content: bytes, *, filters: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF with the given content stream (encoded with `filters`) and a Helvetica font."""
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
            b" /Contents 4 0 R >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


BOMB_TEXT = b"BT /F1 12 Tf 72 720 Td (Asha Verma, data engineer) Tj ET\n"


@lru_cache(maxsize=2)
def pdf_bomb(inflated_bytes: int = 1536 << 20) -> bytes:
    """About 1.5 MB of PDF whose page content inflates to 1.5 GiB: a line of text, then zeros."""
    return handmade_pdf(_deflate_zeros(BOMB_TEXT, inflated_bytes))


@lru_cache(maxsize=1)
def hex_wrapped_pdf_bomb(inflated_bytes: int = 1536 << 20) -> bytes:
    """The same bomb behind an ASCIIHex filter, which the reader's cheap inflate check skips:
    only the worker's CPU limit and the deadline stop this one."""
    return handmade_pdf(binascii.hexlify(_deflate_zeros(BOMB_TEXT, inflated_bytes)) + b">", filters=b"[/AHx /Fl]")


def font_bomb_pdf(inflated_bytes: int = 1536 << 20) -> bytes:
    """An embedded font program that inflates to 1.5 GiB; MuPDF loads fonts whole, so this hits the
    worker's memory limit."""
    text = b"BT /F1 12 Tf 72 720 Td (Asha Verma, data engineer) Tj ET"
    font = _deflate_zeros(b"", inflated_bytes)
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
            b" /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /TrueType /BaseFont /Evil /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>",
            b"<< /Type /FontDescriptor /FontName /Evil /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
            b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(font) + font + b"\nendstream",
        ]
    )


def exe_renamed_pdf() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(range(256)) * 8


def legacy_doc() -> bytes:
    """The OLE compound-file header that Word 97-2003 .doc files start with."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def rtf() -> bytes:
    return b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Asha Verma \\par}"


_TEXT_BOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1"
                   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="2000000" cy="600000"/>
          <wp:wrapSquare wrapText="bothSides"/>
          <wp:docPr id="1" name="Text Box 1"/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm>
                  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
                <wps:txbx><w:txbxContent>
                  <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
                </w:txbxContent></wps:txbx>
                <wps:bodyPr/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape style="width:157pt;height:47pt"><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""
TEXT_BOX_TEXT = "Certified Kubernetes Administrator (2023)"
TABLE_ROWS = [("Skill", "Level"), ("Python", "Expert"), ("SQL", "Advanced")]


def resume_docx(*, pages: int = 1, header_contact: bool = True, text_box: bool = True, table: bool = True) -> bytes:
    """A Word resume: contact line in the page header, headings, bullets, a skills table, a text box."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    if header_contact:
        document.sections[0].header.paragraphs[0].text = CONTACT_LINE
    document.add_heading(NAME, level=0)
    for page in range(pages):
        if page:
            document.add_page_break()
        document.add_heading("Experience" if page == 0 else "Projects", level=1)
        for title, dates in JOBS:
            document.add_paragraph(f"{title}\t{dates}")
            for bullet in BULLET_TEXT:
                document.add_paragraph(bullet, style="List Bullet")
    if text_box:
        anchor = document.add_paragraph("Certifications")
        anchor.runs[0]._r.addnext(parse_xml(_TEXT_BOX_RUN.replace("{text}", TEXT_BOX_TEXT)))
    if table:
        document.add_heading("Skills", level=1)
        grid = document.add_table(rows=len(TABLE_ROWS), cols=2)
        for row, cells in zip(grid.rows, TABLE_ROWS, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.add_heading("Education", level=1)
    document.add_paragraph("B.Tech in Computer Science, College of Engineering Pune, 2016")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def styled_docx() -> bytes:
    """Two newspaper columns, a heading in Montserrat, a Wingdings phone icon and Symbol bullets."""
    document = docx.Document()
    document.add_heading(NAME, level=0)
    contact = document.add_paragraph()
    icon = '<w:sym xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:font="{}" w:char="{}"/>'
    contact.add_run()._r.append(parse_xml(icon.format("Wingdings", "F028")))  # a telephone
    contact.add_run(f" {PHONE}")
    heading = document.add_paragraph().add_run("Experience")
    heading.font.name = "Montserrat"
    for bullet in BULLET_TEXT:
        paragraph = document.add_paragraph()
        paragraph.add_run()._r.append(parse_xml(icon.format("Symbol", "F0B7")))  # a bullet: not flagged
        paragraph.add_run(f" {bullet}")
    columns = '<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:num="2"/>'
    document.sections[0]._sectPr.append(parse_xml(columns))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rebuilt(data: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            target.writestr(member.filename, replace.get(member.filename, source.read(member)))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return buffer.getvalue()


def docx_paragraphs(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_zeros_member(size: int, name: str = "word/media/image1.png") -> bytes:
    """A resume .docx plus a member of `size` zero bytes, written in chunks (little memory)."""
    buffer = io.BytesIO(resume_docx())
    chunk = bytes(1 << 20)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(name, "w") as member,
    ):
        for _ in range(size // len(chunk)):
            member.write(chunk)
    return buffer.getvalue()


def docx_zip_bomb() -> bytes:
    """200 MB of zeros in one member: refused for its unpacked size."""
    return docx_with_zeros_member(200 << 20)


def docx_compressed_too_well() -> bytes:
    """20 MB of zeros (ratio ~1000): under the size cap, refused for its compression ratio."""
    return docx_with_zeros_member(20 << 20)


def docx_many_parts(parts: int = 2_001) -> bytes:
    return _rebuilt(resume_docx(), {}, {f"customXml/extra{n}.xml": b"<a/>" for n in range(parts)})


def docx_billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    ]
    document_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE lolz [{''.join(entities)}]>\n"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _rebuilt(resume_docx(), {"word/document.xml": document_xml.encode()})


def docx_external_entity() -> bytes:
    document_xml = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _rebuilt(resume_docx(), {"word/document.xml": document_xml.encode("utf-16")})


def spreadsheet_zip() -> bytes:
    """A zip that is not a Word document (the shape of an .xlsx)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


# A resume written in Spanish, as the app's Spanish-speaking candidates write theirs.
SPANISH_LINES = [
    ("name", "Lucía Fernández"),
    ("text", "lucia.fernandez@example.com | +34 612 345 678 | Madrid, España"),
    ("heading", "PERFIL"),
    ("text", "Desarrolladora backend con cinco años de experiencia en Python, Django y PostgreSQL."),
    ("heading", "EXPERIENCIA LABORAL"),
    ("text", "Desarrolladora de software, Telefónica — enero 2020 a la actualidad"),
    ("bullet", "Diseñé APIs REST en Python y Django para 2 millones de usuarios."),
    ("bullet", "Reduje el tiempo de respuesta un 40% optimizando consultas de PostgreSQL."),
    ("text", "Programadora junior, Indra — junio de 2018 - diciembre de 2019"),
    ("bullet", "Desarrollé microservicios en Java con Spring Boot y Docker."),
    ("heading", "FORMACIÓN ACADÉMICA"),
    ("text", "Grado en Ingeniería Informática, Universidad Politécnica de Madrid, 2018"),
    ("heading", "HABILIDADES"),
    ("text", "Python, Django, PostgreSQL, Docker, Kubernetes, Git"),
    ("heading", "IDIOMAS"),
    ("text", "Inglés (C1), español (nativo)"),
]


# A resume written in Hindi: Devanagari headings, dates, jobs and degrees; skills named in English.
HINDI_LINES = [
    ("name", "राहुल शर्मा"),
    ("text", "rahul.sharma@example.com | +91 98765 43210 | लखनऊ"),
    ("heading", "सारांश"),
    ("text", "पाँच साल के अनुभव वाला बैकएंड डेवलपर, Python, Django और PostgreSQL में दक्ष।"),
    ("heading", "कार्य अनुभव"),
    ("text", "सॉफ्टवेयर इंजीनियर, टाटा कंसल्टेंसी सर्विसेज — जनवरी 2020 – वर्तमान"),
    ("bullet", "Python और Django में भुगतान API बनाया, जो रोज़ 20 लाख अनुरोध संभालता है।"),
    ("bullet", "PostgreSQL क्वेरी सुधारकर जवाब का समय 40% घटाया।"),
    ("bullet", "टीम की कोड समीक्षा प्रक्रिया में सुधार।"),
    ("text", "जूनियर डेवलपर, इंफोसिस — जुलाई 2017 – दिसंबर 2019"),
    ("bullet", "Java और Spring Boot में माइक्रोसर्विस विकसित किए।"),
    ("heading", "शिक्षा"),
    ("text", "बी.टेक (कंप्यूटर विज्ञान), डॉ. ए.पी.जे. अब्दुल कलाम तकनीकी विश्वविद्यालय, 2017, 8.1 सीजीपीए"),
    ("heading", "कौशल"),
    ("text", "Python, Django, PostgreSQL, Docker, Kubernetes, Git"),
]


def spanish_resume_pdf() -> bytes:
    return _written_pdf(SPANISH_LINES)


def spanish_resume_docx() -> bytes:
    return _written_docx(SPANISH_LINES)


def hindi_resume_pdf() -> bytes:
    return _written_pdf(HINDI_LINES)


def hindi_resume_docx() -> bytes:
    return _written_docx(HINDI_LINES)


def _written_pdf(lines: list[tuple[str, str]]) -> bytes:
    """Lines as a PDF in Noto Sans with a Devanagari fallback, shaped by HarfBuzz as a word
    processor would (the fonts the app's own report uses)."""
    pdf = report_pdf.new_pdf()
    for kind, text in lines:
        if kind == "name":
            pdf.set_font("noto", "B", 20)
            pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(4)
            pdf.set_font("noto", "B", 13)
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("noto", size=10)
            pdf.multi_cell(0, 5, f"• {text}" if kind == "bullet" else text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _written_docx(lines: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    for kind, text in lines:
        if kind == "name":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text, style="List Bullet" if kind == "bullet" else None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
