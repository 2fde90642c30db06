"""The store behaves the same on DuckDB and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from lib.errors import StoreUnavailable
from lib.store import Store, open_store
from lib.store.migrate import applied_versions, available_migrations, migrate
from tests.conftest import missing


def test_migrations_are_applied_once_and_recorded(store: Store) -> None:
    versions = {migration.version for migration in available_migrations()}
    assert applied_versions(store) == versions
    assert migrate(store) == []


def test_an_old_database_upgrades_in_place(database_url: str, tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "0001_notes.sql").write_text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(10));\n")
    store = open_store(database_url)
    assert migrate(store, migrations) == [1]
    store.execute("INSERT INTO notes VALUES (1, 'kept')")
    (migrations / "0002_notes_author.sql").write_text(
        "-- a later release adds a column\nALTER TABLE notes ADD COLUMN author VARCHAR(20);\n"
    )
    assert migrate(store, migrations) == [2]
    assert store.fetch_all("SELECT id, body, author FROM notes") == [{"id": 1, "body": "kept", "author": None}]
    store.close()


def test_a_failing_migration_changes_nothing(database_url: str, tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "0001_bad.sql").write_text("CREATE TABLE half (id INTEGER);\nSELECT * FROM no_such_table;\n")
    store = open_store(database_url)
    with pytest.raises(Exception, match=r"(?i)no_such_table"):
        migrate(store, migrations)
    with pytest.raises(Exception, match=r"(?i)half"):
        store.fetch_all("SELECT * FROM half")
    (migrations / "0001_bad.sql").write_text("CREATE TABLE half (id INTEGER);\n")
    assert migrate(store, migrations) == [1]  # the failed attempt was not recorded
    store.close()


def test_a_transaction_rolls_back_on_error(store: Store) -> None:
    now = datetime(2026, 1, 1)
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.execute(
            "INSERT INTO users (email, password_hash, name, created_at) VALUES (?, ?, ?, ?)",
            ("a@example.com", "x", "A", now),
        )
        raise RuntimeError("boom")
    assert store.fetch_value("SELECT count(*) FROM users") == 0


def test_fetch_df_returns_named_columns(store: Store) -> None:
    frame = store.fetch_df("SELECT 1 AS one, 'two' AS two")
    assert list(frame.columns) == ["one", "two"]
    assert frame.iloc[0].tolist() == [1, "two"]


def test_percent_signs_survive_in_sql(store: Store) -> None:
    assert store.fetch_value("SELECT 'a%b' LIKE ?", ("a%",)) is True


def test_concurrent_writers_from_threads_all_land(store: Store) -> None:
    """Many threads of one process write through the one store without losing a row."""
    now = datetime(2026, 1, 1)
    user_id = store.fetch_value(
        "INSERT INTO users (email, password_hash, name, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        ("w@example.com", "x", "W", now),
    )
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for index in range(20):
                with store.transaction() as tx:
                    tx.execute(
                        "INSERT INTO activity (user_id, kind, reference, xp, created_at) VALUES (?, ?, ?, ?, ?)",
                        (user_id, "test", f"{worker}-{index}", 1, now),
                    )
        except BaseException as error:  # collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.fetch_value("SELECT sum(xp) FROM activity WHERE user_id = ?", (user_id,)) == 120


def test_a_second_process_on_a_duckdb_file_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreUnavailable) as raised:
            open_store(f"duckdb:///{path}")
        assert "in use by another process" in str(raised.value)
        assert "PostgreSQL" in str(raised.value)
    finally:
        holder.kill()
        holder.wait()


def test_an_unreachable_postgres_server_gets_a_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="cannot be reached"):
        from lib.store.postgres_store import PostgresStore

        PostgresStore("postgresql://nobody@127.0.0.1:1/none", connect_timeout_s=1)


def test_an_unknown_database_url_is_refused() -> None:
    with pytest.raises(StoreUnavailable, match="must start with"):
        open_store("mysql://somewhere")


def test_a_duckdb_path_that_cannot_be_opened_gets_a_clear_error(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.duckdb"
    not_a_database.write_text("this is a text file, not a database")
    with pytest.raises(StoreUnavailable, match="cannot be opened"):
        open_store(f"duckdb:///{not_a_database}")


def test_app_processes_starting_together_on_postgres_migrate_once(postgres_server):
    if postgres_server is None:
        missing("PostgreSQL")
    schema = "t_race_" + uuid.uuid4().hex[:8]
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    url = f"{postgres_server}?options=-csearch_path%3D{schema}"
    script = (
        "import sys; from lib.store import open_store; from lib.store.migrate import migrate; "
        "store = open_store(sys.argv[1]); print(len(migrate(store)))"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [process.communicate(timeout=60) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0], [err for _, err in results]
    applied = sorted(int(out.strip()) for out, _ in results)
    assert applied == [0, 0, 0, len(available_migrations())]
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


def test_using_the_store_inside_its_own_transaction_is_refused_on_both_backends(store: Store) -> None:
    with store.transaction(), pytest.raises(RuntimeError, match="use the Tx"):
        store.fetch_all("SELECT 1 AS one")
    with store.transaction(), pytest.raises(RuntimeError, match="use the Tx"), store.transaction():
        pass
    assert store.fetch_value("SELECT 1 AS one") == 1
