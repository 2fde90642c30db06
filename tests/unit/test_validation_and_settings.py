"""Form checks and where settings come from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lib import validation
from lib.errors import ConfigError, ValidationError
from lib.settings import load_settings


def test_emails_are_trimmed_and_lowercased():
    assert validation.email("  Asha.Rao@Example.COM ") == "asha.rao@example.com"


@pytest.mark.parametrize("bad", ["", "a@", "@b.com", "a b@c.com", "a@b", "a@@b.com"])
def test_malformed_emails_are_refused(bad):
    with pytest.raises(ValidationError):
        validation.email(bad)


def test_names_collapse_spaces_and_refuse_control_characters():
    assert validation.name("  Asha   Rao ") == "Asha Rao"
    with pytest.raises(ValidationError, match="control"):
        validation.name("Asha\x00Rao")


def test_environment_wins_over_secrets_which_win_over_defaults(tmp_path: Path):
    env = {"DATABASE_URL": "duckdb:///from-env.duckdb", "DATA_DIR": str(tmp_path)}
    secrets = {"DATABASE_URL": "postgresql://from-secrets", "AI_MODEL": "from-secrets", "COOKIE_KEY": "s" * 40}
    settings = load_settings(env, secrets)
    assert settings.database_url == "duckdb:///from-env.duckdb"
    assert settings.ai.model == "from-secrets"
    assert settings.cookie_key == "s" * 40
    assert settings.upload_max_mb == 10 and settings.ai.enabled is False


def test_production_without_a_cookie_key_stops_with_a_clear_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="COOKIE_KEY is not set"):
        load_settings({"APP_ENV": "production", "DATA_DIR": str(tmp_path)}, {})


def test_a_short_cookie_key_is_refused(tmp_path: Path):
    with pytest.raises(ConfigError, match="at least 32"):
        load_settings({"COOKIE_KEY": "short", "DATA_DIR": str(tmp_path)}, {})


def test_development_keeps_one_generated_cookie_key_across_restarts(tmp_path: Path):
    first = load_settings({"DATA_DIR": str(tmp_path)}, {})
    second = load_settings({"DATA_DIR": str(tmp_path)}, {})
    assert first.cookie_key == second.cookie_key and len(first.cookie_key) >= 32


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("UPLOAD_MAX_MB", "lots"),
        ("BCRYPT_ROUNDS", "2"),
        ("AI_TIMEOUT_S", "-1"),
        ("RECORDING_RETENTION_DAYS", "0"),
        ("ICE_SERVERS", "stun:stun.example.org"),
        ("ICE_SERVERS", '[{"url": "stun:stun.example.org"}]'),
    ],
)
def test_malformed_numbers_are_explained(tmp_path: Path, key, value):
    with pytest.raises(ConfigError, match=key):
        load_settings({key: value, "DATA_DIR": str(tmp_path)}, {})


def test_the_examples_placeholder_cookie_key_is_refused(tmp_path: Path):
    with pytest.raises(ConfigError, match="placeholder"):
        load_settings(
            {"COOKIE_KEY": "replace-me-with-a-long-random-string-of-48-characters", "DATA_DIR": str(tmp_path)}, {}
        )


def test_the_admin_email_is_normalised(tmp_path: Path):
    assert load_settings({"ADMIN_EMAIL": " Boss@Example.com ", "DATA_DIR": str(tmp_path)}, {}).admin_email == (
        "boss@example.com"
    )


def test_ice_servers_come_from_json_in_the_environment_or_a_toml_array_in_secrets(tmp_path: Path):
    turn = {"urls": ["turn:turn.example.org:3478"], "username": "u", "credential": "p"}
    from_env = load_settings({"ICE_SERVERS": json.dumps([turn]), "DATA_DIR": str(tmp_path)}, {})
    from_secrets = load_settings({"DATA_DIR": str(tmp_path)}, {"ICE_SERVERS": [turn]})
    assert from_env.ice_servers == from_secrets.ice_servers == (turn,)
    assert load_settings({"DATA_DIR": str(tmp_path)}, {}).ice_servers == ()
    assert load_settings({"DATA_DIR": str(tmp_path)}, {}).recording_retention_days == 30
