"""Exceptions raised by lib/. Pages turn them into translated messages.

Each error carries `message`, an English message id marked for extraction with
`N_`, and `params` for its placeholders, so the page shows
`translate(error.message).format(**error.params)` in the user's language.
"""

from __future__ import annotations

from typing import Any


def N_(message: str) -> str:
    """Mark a string for translation without translating it here."""
    return message


class AppError(Exception):
    message: str = N_("Something went wrong. Please try again.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message.format(**params) if params else self.message)


class ValidationError(AppError):
    """Bad input from a form; the message says what to change."""


class AuthError(AppError):
    """Sign-in failed; deliberately vague so it reveals nothing."""


class PermissionDenied(AppError):
    message = N_("You do not have permission to do that.")


class NotFound(AppError):
    message = N_("That item no longer exists.")


class StoreUnavailable(AppError):
    """The database cannot be opened or reached."""


class ConfigError(AppError):
    """A setting is missing or malformed; raised at start-up."""


class CoachUnavailable(AppError):
    message = N_("The AI coach is unavailable right now.")
