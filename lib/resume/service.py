"""Resume analyses kept for their owner: the file under a generated name, the report, the XP.

The file is read and analysed before anything is stored, so a bad upload leaves no trace and
the candidate's earlier analyses are untouched. Files live under DATA_DIR/uploads with a random
name; the name the candidate gave is only shown back to them.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import NotFound
from lib.files import written_with_its_row
from lib.resume.analysis import analyze, report_data
from lib.settings import Settings
from lib.store import Store, activity
from lib.store import resume as rows
from lib.store.users import User

XP_PER_ANALYSIS = 15
MAX_NAME_CHARS = 255


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / "uploads"


def _display_name(filename: str) -> str:
    """The last path part only, without control characters: shown, never opened."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(char for char in name if char.isprintable())[:MAX_NAME_CHARS] or "resume"


def analyze_upload(
    store: Store,
    settings: Settings,
    user: User,
    data: bytes,
    filename: str,
    *,
    role: str | None = None,
    job_text: str | None = None,
    now: datetime | None = None,
) -> tuple[int, dict[str, Any]]:
    """Analyse and keep an upload; returns the analysis id and its report."""
    require(user, Permission.PRACTISE)
    now = now or utcnow()
    analysis = analyze(data, filename, max_bytes=settings.upload_max_mb * 1024 * 1024, role=role, job_text=job_text)
    report = report_data(analysis)
    file_id = str(uuid.uuid4())
    path = uploads_dir(settings) / f"{file_id}.{analysis.document.kind}"
    with written_with_its_row(path, data), store.transaction() as tx:
        rows.insert_file(
            tx,
            file_id=file_id,
            user_id=user.id,
            kind=analysis.document.kind,
            size_bytes=len(data),
            original_name=_display_name(filename),
            now=now,
        )
        analysis_id = rows.insert_analysis(
            tx,
            user_id=user.id,
            file_id=file_id,
            role=role or None,
            job_text=job_text or None,
            ats_score=analysis.score,
            match_rate=analysis.job.rate if analysis.job else None,
            report=report,
            now=now,
        )
        activity.award(
            tx,
            user_id=user.id,
            kind="resume_analysis",
            reference=f"analysis:{analysis_id}",
            xp=XP_PER_ANALYSIS,
            now=now,
        )
    return analysis_id, report


def history(store: Store, user: User) -> pd.DataFrame:
    require(user, Permission.PRACTISE)
    return rows.analyses_frame(store, user.id)


def report(store: Store, user: User, analysis_id: int) -> dict[str, Any]:
    found = rows.report(store, user.id, analysis_id)
    if found is None:
        raise NotFound()
    return found


def delete_analysis(store: Store, settings: Settings, user: User, analysis_id: int) -> None:
    """The analysis, and the file it was made from unless another analysis still uses it: deleting
    an analysis leaves none of the resume behind."""
    with store.transaction() as tx:
        file_id = rows.file_of_analysis(tx, user.id, analysis_id)
        if not rows.delete_analysis(tx, user.id, analysis_id):
            raise NotFound()
        orphan = rows.file_of(tx, user.id, file_id) if file_id and not rows.file_in_use(tx, file_id) else None
        if orphan is not None:
            rows.delete_file(tx, user.id, orphan["id"])
    if orphan is not None:
        (uploads_dir(settings) / f"{orphan['id']}.{orphan['kind']}").unlink(missing_ok=True)


def delete_file(store: Store, settings: Settings, user: User, file_id: str) -> None:
    """Delete an uploaded file; its analyses stay, without the file."""
    with store.transaction() as tx:
        found = rows.file_of(tx, user.id, file_id)
        if found is None or not rows.delete_file(tx, user.id, file_id):
            raise NotFound()
    (uploads_dir(settings) / f"{file_id}.{found['kind']}").unlink(missing_ok=True)
