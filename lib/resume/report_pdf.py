"""The resume report as a PDF the candidate can download, in their language.

Fonts ship in data/fonts (Noto Sans, OFL): Latin and Devanagari, with HarfBuzz shaping so
Hindi renders correctly. Layout only; the content comes from the stored report.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fpdf import FPDF

from lib import i18n
from lib.errors import N_
from lib.resume.categories import CATEGORIES

FONTS = Path(__file__).resolve().parents[2] / "data" / "fonts"


def new_pdf() -> FPDF:
    """An A4 page in Noto Sans with Devanagari as fallback, shaped by HarfBuzz: "noto" regular and bold."""
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    for family, stem in (("noto", "NotoSans"), ("deva", "NotoSansDevanagari")):
        pdf.add_font(family, "", str(FONTS / f"{stem}-Regular.ttf"))
        pdf.add_font(family, "B", str(FONTS / f"{stem}-Bold.ttf"))
    pdf.set_fallback_fonts(["deva"])
    pdf.set_text_shaping(True)
    pdf.add_page()
    return pdf


def render(report: Mapping[str, Any], language: str, *, created: str, file_name: str | None) -> bytes:
    def t(message: str, **params: object) -> str:
        return i18n.translate(language, message, **params)

    def note(data: Mapping[str, Any]) -> str:
        return i18n.translate_note(language, data["message_id"], data.get("params"))

    pdf = new_pdf()
    width = pdf.epw

    def heading(text: str, size: int = 13) -> None:
        pdf.set_font("noto", "B", size)
        pdf.ln(2)
        pdf.multi_cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")

    def body(text: str, size: int = 10) -> None:
        pdf.set_font("noto", "", size)
        pdf.multi_cell(width, 5.2, text, new_x="LMARGIN", new_y="NEXT")

    heading(t(N_("Resume report")), 18)
    body(" · ".join(part for part in (created, file_name) if part))
    heading(t(N_("ATS compatibility score")) + f": {report['ats_score']} / 100", 15)
    for check in report["checks"]:
        heading(f"{t(check['label'])}: {check['points']} / {check['max']}", 11)
        for why in check["why_notes"]:
            body(note(why))
        for fix in check["fix_notes"]:
            body("- " + note(fix))
    if report["warnings"]:
        heading(t(N_("What an ATS may miss")))
        for warning in report["warnings"]:
            body("• " + note(warning))
    heading(t(N_("Skills")))
    for category, names in report["skills_by_category"].items():
        body(f"{t(CATEGORIES.get(category, category))}: {', '.join(names)}")
    if "match_rate" in report:
        heading(t(N_("Job match")) + f": {report['match_rate']}%")
        body(t(N_("Found")) + ": " + ", ".join(item["term"] for item in report["matched"]))
        body(t(N_("Missing")) + ": " + ", ".join(item["term"] for item in report["missing"]))
    if report["suggestions"]:
        heading(t(N_("Suggestions")))
        for suggestion in report["suggestions"]:
            quote = f' "{suggestion["quote"]}"' if suggestion.get("quote") else ""
            body("• " + note(suggestion) + quote)
    return bytes(pdf.output())
