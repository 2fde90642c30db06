"""PostgreSQL backend: several app processes share one server.

A connection pool per process; each transaction borrows a connection. SQL
arrives with `?` placeholders and is adapted to psycopg's `%s`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from lib.errors import N_, StoreUnavailable
from lib.store.base import Params, Row, Store, Tx

_PLACEHOLDER = re.compile(r"\?")


def adapt(sql: str) -> str:
    """`?` placeholders to psycopg's `%s`; a literal `%` must be doubled for psycopg."""
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


@contextmanager
def _reachable() -> Iterator[None]:
    """A lost server or an exhausted pool becomes StoreUnavailable, which pages show as a clear message."""
    try:
        yield
    except psycopg.errors.TransactionRollback:
        raise  # a deadlock or serialisation failure is the caller's to retry, not an outage
    except (PoolTimeout, psycopg.OperationalError) as error:
        raise StoreUnavailable(
            N_("The PostgreSQL server in DATABASE_URL cannot be reached: {reason}"),
            reason=str(error) or type(error).__name__,
        ) from error


class _PgTx(Tx):
    def __init__(self, cursor: psycopg.Cursor[Row]) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Params = ()) -> None:
        self._cursor.execute(adapt(sql), tuple(params))

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        self._cursor.execute(adapt(sql), tuple(params))
        return self._cursor.fetchall() if self._cursor.description else []

    def update(self, sql: str, params: Params = ()) -> int:
        self._cursor.execute(adapt(sql), tuple(params))
        return self._cursor.rowcount


class PostgresStore(Store):
    backend = "postgres"

    def __init__(self, url: str, *, max_connections: int = 10, connect_timeout_s: float = 5.0) -> None:
        self.url = url
        self._local = threading.local()
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            kwargs={"row_factory": dict_row, "connect_timeout": int(max(1, connect_timeout_s))},
            open=False,
        )
        try:
            self._pool.open(wait=True, timeout=connect_timeout_s)
        except (PoolTimeout, psycopg.Error) as error:
            self._pool.close()
            raise StoreUnavailable(
                N_("The PostgreSQL server in DATABASE_URL cannot be reached: {reason}"),
                reason=str(error) or type(error).__name__,
            ) from error

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        self._outside_transaction(self._local)
        with (
            _reachable(),
            self._pool.connection() as connection,
            connection.transaction(),
            connection.cursor(row_factory=dict_row) as cursor,
        ):
            self._local.in_transaction = True
            try:
                yield _PgTx(cursor)
            finally:
                self._local.in_transaction = False

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        with self.transaction() as tx:
            return tx.fetch_all(sql, params)

    def fetch_df(self, sql: str, params: Params = ()) -> pd.DataFrame:
        self._outside_transaction(self._local)
        with _reachable(), self._pool.connection() as connection, connection.cursor() as cursor:
            cursor.execute(adapt(sql), tuple(params))
            names = [column.name for column in cursor.description or []]
            return pd.DataFrame(cursor.fetchall(), columns=names)

    def close(self) -> None:
        self._pool.close()
