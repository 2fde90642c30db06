"""Interview recordings: kept under generated names before anything can fail on them, listed for
their owner, deletable one by one, deleted after RECORDING_RETENTION_DAYS.

Files live under DATA_DIR/recordings/<uuid>.wav; the database row holds the owner, size and length.
A recording is written and listed before it is transcribed, so a failed transcription never
loses it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from lib.ai.protocol import Transcriber, TranscriptOutcome
from lib.ai.resilient import transcribe_with_fallback
from lib.ai.wav import read_wav
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.files import written_with_its_row
from lib.settings import Settings
from lib.store import Store
from lib.store import interview as rows
from lib.store.users import User


def recordings_dir(settings: Settings) -> Path:
    return settings.data_dir / "recordings"


def file_path(settings: Settings, recording_id: str) -> Path:
    return recordings_dir(settings) / f"{uuid.UUID(recording_id)}.wav"  # a UUID, never a user's path


def keep_recording(store: Store, settings: Settings, user: User, wav: bytes, *, now: datetime | None = None) -> str:
    """Check and store a recording under a generated name; returns its id.

    Raises TranscriptionError (with the reason) for a file that is not a usable WAV; nothing is
    stored then.
    """
    require(user, Permission.PRACTISE)
    if len(wav) > settings.upload_max_mb * 1024 * 1024:
        raise ValidationError(N_("This recording is larger than {n} MB."), n=settings.upload_max_mb)
    audio = read_wav(wav)
    recording_id = str(uuid.uuid4())
    with written_with_its_row(file_path(settings, recording_id), wav), store.transaction() as tx:
        rows.insert_recording(
            tx,
            recording_id=recording_id,
            user_id=user.id,
            size_bytes=len(wav),
            seconds=round(audio.seconds, 2),
            now=now or utcnow(),
        )
    return recording_id


def recording_bytes(store: Store, settings: Settings, user: User, recording_id: str) -> bytes:
    if rows.recording(store, user.id, recording_id) is None:
        raise NotFound()
    try:
        return file_path(settings, recording_id).read_bytes()
    except OSError:
        raise NotFound() from None


def transcribe(
    store: Store,
    settings: Settings,
    user: User,
    recording_id: str,
    language: str,
    *,
    transcriber: Transcriber,
    fallback: Transcriber,
) -> TranscriptOutcome:
    """A draft transcript of a kept recording, for the candidate to correct before scoring."""
    wav = recording_bytes(store, settings, user, recording_id)
    return transcribe_with_fallback(wav, language, transcriber=transcriber, fallback=fallback)


def listed(store: Store, user: User) -> list[dict[str, Any]]:
    """The user's recordings, newest first, each with the question it answered (its snapshot)."""
    found = []
    for row in rows.recordings(store, user.id):
        found.append({**row, "question": rows.decode(row["question"])})
    return found


def delete_recording(store: Store, settings: Settings, user: User, recording_id: str) -> None:
    """Delete one recording; the answer it carried stays, as text."""
    with store.transaction() as tx:
        if not rows.delete_recording(tx, user.id, recording_id):
            raise NotFound()
    file_path(settings, recording_id).unlink(missing_ok=True)


def purge_recordings(store: Store, settings: Settings, now: datetime) -> int:
    """Delete every recording older than the retention period; returns how many."""
    expired = rows.expired_recordings(store, now - timedelta(days=settings.recording_retention_days))
    if expired:
        with store.transaction() as tx:
            rows.delete_recordings(tx, expired)
        for recording_id in expired:
            file_path(settings, recording_id).unlink(missing_ok=True)
    return len(expired)
