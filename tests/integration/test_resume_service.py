"""Stored resume analyses on both backends: generated file names, owners only, deletion, nothing lost."""

from __future__ import annotations

import pytest

from lib.auth import service as auth
from lib.errors import NotFound
from lib.resume import service
from lib.resume.document_model import DocumentError
from lib.store import activity
from lib.store import resume as rows
from tests.support import resume_files

PASSWORD = "steady practice pays"


@pytest.fixture
def candidate(store, settings):
    auth.sign_up(store, settings, email="admin@example.com", name="Admin", password=PASSWORD)
    return auth.sign_up(store, settings, email="cand@example.com", name="Cand", password=PASSWORD)


def stored_files(settings) -> list[str]:
    folder = service.uploads_dir(settings)
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_an_analysis_is_kept_with_its_file_under_a_generated_name_and_earns_xp(store, settings, candidate):
    analysis_id, report = service.analyze_upload(
        store, settings, candidate, resume_files.resume_pdf(), "../../etc/My CV.pdf", role="sde"
    )
    files = stored_files(settings)
    assert len(files) == 1 and files[0].endswith(".pdf") and "CV" not in files[0]
    frame = service.history(store, candidate)
    assert frame["original_name"].tolist() == ["My CV.pdf"]
    assert service.report(store, candidate, analysis_id)["ats_score"] == report["ats_score"]
    assert activity.total_xp(store, candidate.id) == service.XP_PER_ANALYSIS


def test_a_bad_upload_stores_nothing_and_keeps_earlier_analyses(store, settings, candidate):
    first, _ = service.analyze_upload(store, settings, candidate, resume_files.resume_docx(), "cv.docx")
    with pytest.raises(DocumentError):
        service.analyze_upload(store, settings, candidate, resume_files.truncated_pdf(), "broken.pdf")
    assert service.history(store, candidate)["id"].tolist() == [first]
    assert len(stored_files(settings)) == 1


def test_only_the_owner_reads_or_deletes_an_analysis(store, settings, candidate):
    other = auth.sign_up(store, settings, email="other@example.com", name="Other", password=PASSWORD)
    analysis_id, _ = service.analyze_upload(store, settings, candidate, resume_files.resume_pdf(), "cv.pdf")
    with pytest.raises(NotFound):
        service.report(store, other, analysis_id)
    with pytest.raises(NotFound):
        service.delete_analysis(store, settings, other, analysis_id)
    assert service.history(store, other).empty


def test_deleting_the_file_removes_it_from_disk_and_keeps_the_analysis(store, settings, candidate):
    analysis_id, _ = service.analyze_upload(store, settings, candidate, resume_files.resume_pdf(), "cv.pdf")
    file_id = service.history(store, candidate)["file_id"].iloc[0]
    service.delete_file(store, settings, candidate, file_id)
    assert stored_files(settings) == []
    assert service.report(store, candidate, analysis_id)["ats_score"] >= 0
    service.delete_analysis(store, settings, candidate, analysis_id)
    assert service.history(store, candidate).empty


def test_deleting_an_analysis_deletes_its_file_from_disk(store, settings, candidate):
    kept, _ = service.analyze_upload(store, settings, candidate, resume_files.resume_docx(), "old.docx")
    analysis_id, _ = service.analyze_upload(store, settings, candidate, resume_files.resume_pdf(), "cv.pdf")
    assert len(stored_files(settings)) == 2
    service.delete_analysis(store, settings, candidate, analysis_id)
    assert [name.rsplit(".", 1)[1] for name in stored_files(settings)] == ["docx"]  # the other upload stays
    assert [f["original_name"] for f in rows.files(store, candidate.id)] == ["old.docx"]
    assert service.history(store, candidate)["id"].tolist() == [kept]


def test_deleting_the_account_removes_its_files_analyses_attempts_and_ledger(store, settings, candidate):
    from lib import accounts
    from lib.aptitude import attempts
    from lib.store import users as user_rows

    service.analyze_upload(store, settings, candidate, resume_files.resume_pdf(), "cv.pdf")
    attempt = attempts.start(store, candidate, attempts.AttemptRequest("logical", "easy", 2, "practice"))
    attempts.answer(store, candidate, attempt.id, 0, 0)
    attempts.finish(store, candidate, attempt.id)
    with pytest.raises(Exception, match="current password"):
        accounts.delete_account(store, settings, candidate, password="not it at all")
    accounts.delete_account(store, settings, candidate, password=PASSWORD)
    assert user_rows.get(store, candidate.id) is None
    assert stored_files(settings) == []
    for table in (
        "resume_analyses",
        "resume_files",
        "aptitude_attempts",
        "aptitude_ratings",
        "activity",
        "login_sessions",
    ):
        assert store.fetch_value(f"SELECT count(*) FROM {table} WHERE user_id = ?", (candidate.id,)) == 0
    assert store.fetch_value("SELECT count(*) FROM users") == 1  # the admin stays


def test_the_last_admin_cannot_delete_their_account(store, settings, candidate):
    from lib import accounts
    from lib.errors import ValidationError
    from lib.store import users as user_rows

    with pytest.raises(ValidationError, match="last admin"):
        accounts.delete_account(store, settings, user_rows.get(store, 1), password=PASSWORD)
