"""A resume upload in a real browser, in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot
from tests.e2e.test_account_journey import choose_language, join
from tests.support import resume_files

pytestmark = pytest.mark.e2e
JOB = "Backend engineer: Python, PostgreSQL, Kubernetes, AWS, CI/CD, code reviews and strong communication."


def upload_and_analyse(page, tmp_path, button: str, job_label: str, name: str = "asha-cv.pdf", data=None) -> None:
    resume = tmp_path / name
    resume.write_bytes(data if data is not None else resume_files.resume_pdf())
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(resume))
    page.get_by_text(name).wait_for()
    page.get_by_role("textbox", name=job_label).fill(JOB)
    page.get_by_role("button", name=button).click()


def test_a_candidate_uploads_a_resume_and_reads_the_report_in_english_and_spanish(page, app_url, tmp_path):
    join(page, app_url, "Asha Rao")
    page.goto(f"{app_url}/resume")
    upload_and_analyse(page, tmp_path, "Analyse", "Job description (optional)")
    page.get_by_text("ATS compatibility score").wait_for(timeout=30_000)
    assert page.get_by_text("Parseability").is_visible()
    screenshot(page, "resume_report_en")
    page.get_by_role("tab", name="Job match").click()
    page.get_by_text("Match rate").wait_for()
    assert page.get_by_text("Code Review · Experience").is_visible()  # written in a bullet, not listed
    screenshot(page, "resume_match_en")
    page.get_by_role("tab", name="Suggestions").click()
    passing = page.get_by_text("The job asks for Code Review; your resume names it only in passing.", exact=False)
    passing.wait_for()
    quoted = page.get_by_text("introduced code review and continuous integration").locator("visible=true")
    assert quoted.count() == 1  # its line, quoted
    screenshot(page, "resume_suggestions_en")

    # A look at History and back: the chosen file and the pasted job description are still there.
    page.get_by_role("tab", name="History").click()
    page.get_by_role("button", name="Download the report (PDF)").wait_for()
    page.get_by_role("tab", name="Analyse").click()
    # The report below keeps the inner tab last opened, so wait for the form itself.
    page.get_by_text("asha-cv.pdf").locator("visible=true").first.wait_for()
    assert page.get_by_role("textbox", name="Job description (optional)").input_value() == JOB

    choose_language(page, "Español")
    page.get_by_role("heading", name="Analizador de currículum").wait_for()
    page.get_by_text("Puntuación de compatibilidad ATS").wait_for()
    screenshot(page, "resume_report_es")


def open_resume_page_in(page, app_url: str, name: str, option: str, hello: str, title: str) -> None:
    """Join as `name`, switch to the language `option`, and open the resume page in it."""
    join(page, app_url, name)
    choose_language(page, option)
    # The switch is saved to the account in the rerun it starts, before the page is drawn: wait for
    # the page in that language before loading another one.
    page.get_by_role("heading", name=f"{hello}, {name}").wait_for()
    page.goto(f"{app_url}/resume")
    page.get_by_role("heading", name=title).wait_for()


def test_a_spanish_speaker_uploads_a_resume_written_in_spanish(page, app_url, tmp_path):
    open_resume_page_in(page, app_url, "Lucía Fernández", "Español", "Hola", "Analizador de currículum")
    cv = resume_files.spanish_resume_docx()
    upload_and_analyse(page, tmp_path, "Analizar", "Oferta de empleo (opcional)", "lucia-cv.docx", cv)
    page.get_by_text("Puntuación de compatibilidad ATS").wait_for(timeout=30_000)
    assert page.get_by_text("Experiencia, Educación y Habilidades tienen encabezados estándar.").is_visible()
    page.get_by_role("tab", name="Perfil").click()
    page.locator(":text('años en total'):visible").wait_for()
    # Jobs and degrees are tables (drawn on a canvas, so read in the screenshot); none is missing.
    assert page.locator(":text('No se encontró nada'):visible").count() == 0
    screenshot(page, "resume_spanish_cv_profile_es")


def test_a_hindi_speaker_uploads_a_resume_written_in_hindi(page, app_url, tmp_path):
    open_resume_page_in(page, app_url, "Rahul Sharma", "हिन्दी", "नमस्ते", "रिज़्यूमे विश्लेषक")
    upload_and_analyse(
        page, tmp_path, "विश्लेषण करें", "जॉब विवरण (वैकल्पिक)", "rahul-cv.pdf", resume_files.hindi_resume_pdf()
    )
    page.get_by_text("ATS अनुकूलता स्कोर").first.wait_for(timeout=30_000)
    screenshot(page, "resume_hindi_cv_score_hi")
    page.get_by_role("tab", name="प्रोफ़ाइल").click()
    page.locator(":text('राहुल शर्मा'):visible").first.wait_for()
    screenshot(page, "resume_hindi_cv_profile_hi")
