"""Fixtures shared by every layer: settings, a migrated store on each backend, CI strictness."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from lib.settings import Settings, load_settings
from lib.store import Store, open_store
from lib.store.migrate import migrate
from tests.support.postgres import temporary_server

BACKENDS = ["duckdb", "postgres"]
COOKIE_KEY = "test-cookie-key-" + "x" * 40


def missing(component: str) -> None:
    """Skip for a missing component, except under CI, where it is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{component} is required under CI but missing")
    pytest.skip(f"{component} is not installed")


def make_settings(tmp_path: Path, database_url: str, **overrides: str) -> Settings:
    env = {
        "APP_ENV": "test",
        "DATABASE_URL": database_url,
        "COOKIE_KEY": COOKIE_KEY,
        "BCRYPT_ROUNDS": "4",
        "DATA_DIR": str(tmp_path / "data"),
        **overrides,
    }
    return load_settings(env, {})


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str | None]:
    try:
        with temporary_server() as url:
            yield url
    except (FileNotFoundError, OSError) as error:
        print(f"PostgreSQL unavailable: {error}")
        yield None


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: a DuckDB file, or a fresh PostgreSQL schema."""
    if request.param == "duckdb":
        yield f"duckdb:///{tmp_path / 'test.duckdb'}"
        return
    server = request.getfixturevalue("postgres_server")
    if server is None:
        missing("PostgreSQL")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in server else "?"
    yield f"{server}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return make_settings(tmp_path, database_url)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    migrate(opened)
    yield opened
    opened.close()


@pytest.fixture
def strong_password() -> str:
    return "blue kettle " + secrets.token_hex(4)
