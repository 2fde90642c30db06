"""A resume upload in a real browser, in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot
from tests.e2e.test_account_journey import PASSWORD, choose_language, sign_up
from tests.support import resume_files

pytestmark = pytest.mark.e2e
JOB = "Backend engineer: Python, PostgreSQL, Kubernetes, AWS, CI/CD and strong communication."


def upload_and_analyse(page, tmp_path, button: str, job_label: str) -> None:
    resume = tmp_path / "asha-cv.pdf"
    resume.write_bytes(resume_files.resume_pdf())
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(resume))
    page.get_by_text("asha-cv.pdf").wait_for()
    page.get_by_role("textbox", name=job_label).fill(JOB)
    page.get_by_role("button", name=button).click()


def test_a_candidate_uploads_a_resume_and_reads_the_report_in_english_and_spanish(page, app_url, tmp_path):
    page.goto(app_url)
    sign_up(page, "Asha Rao", "asha@example.com", PASSWORD)
    page.get_by_role("heading", name="Hello, Asha Rao").wait_for()
    page.goto(f"{app_url}/resume")
    upload_and_analyse(page, tmp_path, "Analyse", "Job description (optional)")
    page.get_by_text("ATS compatibility score").wait_for(timeout=30_000)
    assert page.get_by_text("Parseability").is_visible()
    screenshot(page, "resume_report_en")
    page.get_by_role("tab", name="Job match").click()
    page.get_by_text("Match rate").wait_for()
    screenshot(page, "resume_match_en")

    choose_language(page, "Español")
    page.get_by_role("heading", name="Analizador de currículum").wait_for()
    page.get_by_text("Puntuación de compatibilidad ATS").wait_for()
    screenshot(page, "resume_report_es")
