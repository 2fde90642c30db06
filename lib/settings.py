"""Application settings: environment variable, then secrets, then a default.

`load_settings` is the one place that decides where a value comes from. It is
pure: the caller passes the environment and the secrets mapping (lib/ui passes
`st.secrets`; command-line tools read `.streamlit/secrets.toml` themselves), so
lib/ stays free of streamlit and the precedence is testable.
"""

from __future__ import annotations

import json
import os
import secrets as random_tokens
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lib.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "var"
MIN_COOKIE_KEY_CHARS = 32


@dataclass(frozen=True)
class AISettings:
    """An OpenAI-compatible endpoint; no base URL and no key means offline."""

    base_url: str | None
    api_key: str | None
    model: str
    transcribe_model: str
    timeout_s: float
    max_retries: int

    @property
    def enabled(self) -> bool:
        return bool(self.base_url or self.api_key)


@dataclass(frozen=True)
class Settings:
    environment: str
    database_url: str
    cookie_key: str
    session_days: int
    bcrypt_rounds: int
    login_max_failures: int
    login_window_minutes: int
    lockout_minutes: int
    upload_max_mb: int
    data_dir: Path
    ai: AISettings
    admin_email: str | None = None
    recording_retention_days: int = 30
    # WebRTC ICE servers for live voice capture, e.g. [{"urls": ["stun:stun.example.org:3478"]}].
    ice_servers: tuple[dict[str, Any], ...] = ()


def _lookup(key: str, env: Mapping[str, str], secrets: Mapping[str, Any]) -> Any:
    if env.get(key) not in (None, ""):
        return env[key]
    if key in secrets and secrets[key] not in (None, ""):
        return secrets[key]
    return None


def _as_int(key: str, value: Any, default: int, low: int, high: int) -> int:
    if value is None:
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{key} must be a whole number, got {value!r}.") from None
    if not low <= number <= high:
        raise ConfigError(f"{key} must be between {low} and {high}, got {number}.")
    return number


def _as_float(key: str, value: Any, default: float) -> float:
    if value is None:
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{key} must be a number, got {value!r}.") from None
    if number <= 0:
        raise ConfigError(f"{key} must be positive, got {number}.")
    return number


def _development_cookie_key(data_dir: Path) -> str:
    """A random key kept on disk so that logins survive a restart in development."""
    path = data_dir / "dev_cookie_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = random_tokens.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def _as_ice_servers(value: Any) -> tuple[dict[str, Any], ...]:
    """ICE_SERVERS: a JSON list (environment) or a TOML array of tables (secrets)."""
    if value is None:
        return ()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ConfigError('ICE_SERVERS must be a JSON list such as [{"urls": ["stun:host:3478"]}].') from None
    if not isinstance(value, list | tuple) or not all(isinstance(item, Mapping) and "urls" in item for item in value):
        raise ConfigError(
            'ICE_SERVERS must be a list of servers, each with "urls" (and for TURN "username", "credential").'
        )
    return tuple(dict(item) for item in value)


def load_settings(env: Mapping[str, str], secrets: Mapping[str, Any]) -> Settings:
    """Build the settings; raises ConfigError with a plain message for a bad value."""

    def get(key: str) -> Any:
        return _lookup(key, env, secrets)

    environment = str(get("APP_ENV") or "development").lower()
    if environment not in ("development", "production", "test"):
        raise ConfigError("APP_ENV must be development, production or test.")
    data_dir = Path(get("DATA_DIR") or DEFAULT_DATA_DIR)
    database_url = str(get("DATABASE_URL") or f"duckdb:///{data_dir / 'interview_prep.duckdb'}")

    cookie_key = get("COOKIE_KEY")
    if cookie_key is None:
        if environment == "production":
            raise ConfigError(
                "COOKIE_KEY is not set. Set it to a random string of at least "
                f"{MIN_COOKIE_KEY_CHARS} characters (environment variable or secrets.toml), "
                'for example: python -c "import secrets; print(secrets.token_urlsafe(48))"'
            )
        cookie_key = _development_cookie_key(data_dir)
    cookie_key = str(cookie_key)
    if cookie_key.startswith("replace-me"):
        raise ConfigError("COOKIE_KEY still holds the example's placeholder. Set a random string of your own.")
    if len(cookie_key) < MIN_COOKIE_KEY_CHARS:
        raise ConfigError(f"COOKIE_KEY must be at least {MIN_COOKIE_KEY_CHARS} characters long.")

    ai = AISettings(
        base_url=get("AI_BASE_URL"),
        api_key=get("AI_API_KEY"),
        model=str(get("AI_MODEL") or "gpt-4o-mini"),
        transcribe_model=str(get("AI_TRANSCRIBE_MODEL") or "whisper-1"),
        timeout_s=_as_float("AI_TIMEOUT_S", get("AI_TIMEOUT_S"), 20.0),
        max_retries=_as_int("AI_MAX_RETRIES", get("AI_MAX_RETRIES"), 2, 0, 10),
    )
    return Settings(
        environment=environment,
        database_url=database_url,
        cookie_key=cookie_key,
        session_days=_as_int("SESSION_DAYS", get("SESSION_DAYS"), 30, 1, 365),
        bcrypt_rounds=_as_int("BCRYPT_ROUNDS", get("BCRYPT_ROUNDS"), 12, 4, 16),
        login_max_failures=_as_int("LOGIN_MAX_FAILURES", get("LOGIN_MAX_FAILURES"), 10, 1, 1000),
        login_window_minutes=_as_int("LOGIN_WINDOW_MINUTES", get("LOGIN_WINDOW_MINUTES"), 15, 1, 1440),
        lockout_minutes=_as_int("LOCKOUT_MINUTES", get("LOCKOUT_MINUTES"), 15, 1, 1440),
        upload_max_mb=_as_int("UPLOAD_MAX_MB", get("UPLOAD_MAX_MB"), 10, 1, 200),
        data_dir=data_dir,
        ai=ai,
        admin_email=str(get("ADMIN_EMAIL")).strip().lower() if get("ADMIN_EMAIL") else None,
        recording_retention_days=_as_int("RECORDING_RETENTION_DAYS", get("RECORDING_RETENTION_DAYS"), 30, 1, 3650),
        ice_servers=_as_ice_servers(get("ICE_SERVERS")),
    )


def read_secrets_file(path: Path = PROJECT_ROOT / ".streamlit" / "secrets.toml") -> dict[str, Any]:
    """Secrets for command-line tools, which run without Streamlit."""
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def settings_for_cli() -> Settings:
    return load_settings(os.environ, read_secrets_file())
