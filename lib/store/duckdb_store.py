"""DuckDB backend: the embedded default, one file, one writing process.

DuckDB lets one process open a file for writing, with many threads inside it.
So the process holds one connection, each thread gets its own cursor, and
every transaction holds a process-wide lock, so two writers never conflict.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from lib.errors import N_, StoreUnavailable
from lib.store.base import Params, Row, Store, Tx


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[Row]:
    if cursor.description is None:
        return []
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


class _DuckTx(Tx):
    def __init__(self, cursor: duckdb.DuckDBPyConnection) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Params = ()) -> None:
        self._cursor.execute(sql, list(params))

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return _rows(self._cursor.execute(sql, list(params)))

    def update(self, sql: str, params: Params = ()) -> int:
        changed = self._cursor.execute(sql, list(params)).fetchone()
        return int(changed[0]) if changed else 0


class DuckDBStore(Store):
    backend = "duckdb"

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = duckdb.connect(path)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise StoreUnavailable(
                    N_(
                        "The database file {path} is in use by another process. DuckDB allows "
                        "one app process per file: stop the other process, or set DATABASE_URL "
                        "to a PostgreSQL server to run several processes."
                    ),
                    path=path,
                ) from error
            raise StoreUnavailable(
                N_("The database file {path} cannot be opened: {reason}"), path=path, reason=str(error)
            ) from error
        except duckdb.Error as error:
            raise StoreUnavailable(
                N_("The database file {path} cannot be opened: {reason}"), path=path, reason=str(error)
            ) from error
        self._local = threading.local()
        self._write_lock = threading.RLock()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._connection.cursor()
            self._local.cursor = cursor
        return cursor

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        self._outside_transaction(self._local)
        cursor = self._cursor()
        with self._write_lock:
            cursor.begin()
            self._local.in_transaction = True
            try:
                yield _DuckTx(cursor)
            except BaseException:
                cursor.rollback()
                raise
            else:
                cursor.commit()
            finally:
                self._local.in_transaction = False

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        self._outside_transaction(self._local)
        return _rows(self._cursor().execute(sql, list(params)))

    def fetch_df(self, sql: str, params: Params = ()) -> pd.DataFrame:
        self._outside_transaction(self._local)
        frame: Any = self._cursor().execute(sql, list(params)).df()
        return frame

    def close(self) -> None:
        self._connection.close()
