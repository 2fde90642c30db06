"""The layout rules of DESIGN.md, checked on the code itself."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_lib_ui_imports_streamlit():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "lib").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "lib").parts[:1]
        and any(name == "streamlit" or name.startswith("streamlit.") for name in imported_modules(path))
    ]
    assert offenders == []


def test_pages_hold_no_sql_and_stay_thin():
    for page in (ROOT / "app_pages").glob("*.py"):
        text = page.read_text(encoding="utf-8")
        assert "lib.store" not in text, f"{page.name} reaches into the store"
        assert not any(word in text for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE ")), page.name
        assert len(text.splitlines()) <= 120, f"{page.name} is longer than 120 lines"


def test_every_page_file_is_registered_in_navigation():
    navigation = (ROOT / "lib" / "ui" / "navigation.py").read_text(encoding="utf-8")
    for page in (ROOT / "app_pages").glob("*.py"):
        assert f'"app_pages/{page.name}"' in navigation, f"{page.name} is not registered"
