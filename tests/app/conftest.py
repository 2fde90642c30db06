"""AppTest fixtures: the app on a fresh database of each backend, signed in or not."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from lib.auth import service
from lib.errors import AppError
from lib.settings import Settings
from lib.store import Store
from lib.store import users as user_rows
from tests.conftest import COOKIE_KEY
from tests.support.fake_openai import FakeOpenAI, fake_openai_fixture  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "steady practice pays"
RUN_TIMEOUT_S = 30


@pytest.fixture(autouse=True)
def clean_streamlit_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str) -> Iterator[None]:
    """Point the app at this test's database, with caches cleared before and after."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("COOKIE_KEY", COOKIE_KEY)
    monkeypatch.setenv("APP_ENV", "test")
    monkeypatch.setenv("BCRYPT_ROUNDS", "4")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    from lib.ui import resources

    with contextlib.suppress(AppError):  # close the app's pool or connection
        resources.store().close()
    st.cache_resource.clear()
    st.cache_data.clear()


def new_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "Home.py"), default_timeout=RUN_TIMEOUT_S)


@pytest.fixture
def make_user(store: Store, settings: Settings) -> Callable[..., user_rows.User]:
    def make(email: str, name: str = "Asha Rao", role: str | None = None, language: str = "en") -> user_rows.User:
        user = service.sign_up(store, settings, email=email, name=name, password=PASSWORD, language=language)
        if role is not None and role != user.role:
            user_rows.update(store, user.id, role=role)
        return user_rows.get(store, user.id)

    return make


@pytest.fixture
def signed_in_app(store: Store, settings: Settings) -> Callable[[str], AppTest]:
    """An AppTest whose session carries a real login token for the e-mail given."""

    def make(email: str) -> AppTest:
        signed_in = service.sign_in(store, settings, email=email, password=PASSWORD)
        app = new_app()
        app.session_state["auth_token"] = signed_in.token
        return app

    return make


@pytest.fixture
def ai_endpoint(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The app configured to use the test suite's OpenAI-protocol server, without retries."""
    monkeypatch.setenv("AI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("AI_API_KEY", "test-key")
    monkeypatch.setenv("AI_MAX_RETRIES", "0")
    return fake_openai
