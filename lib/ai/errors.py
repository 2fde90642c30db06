"""Errors raised by the AI layer beyond those shared in lib.errors."""

from __future__ import annotations

from lib.errors import N_, AppError


class TranscriptionError(AppError):
    """A recording could not be turned into text; the message says why."""

    message = N_("This recording could not be transcribed. Please try again.")


class TranscriberUnavailable(TranscriptionError):
    """The remote transcriber failed for reasons unrelated to the recording.

    A separate class so that callers fall back to offline transcription for an
    outage but not for a recording that no transcriber can read.
    """

    message = N_("The AI transcriber is unavailable right now.")
