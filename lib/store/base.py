"""The store's one interface, shared by the DuckDB and PostgreSQL backends.

SQL is written once, with `?` placeholders, in a dialect both databases accept;
each backend adapts placeholders and connection handling. Reads return plain
dicts or DataFrames so callers never see a cursor.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd

Params = Sequence[Any]
Row = dict[str, Any]


class _Reads(ABC):
    """Row reads built on `fetch_all`, shared by stores and transactions."""

    @abstractmethod
    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]: ...

    def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.fetch_all(sql, params)
        return rows[0] if rows else None

    def fetch_value(self, sql: str, params: Params = ()) -> Any:
        row = self.fetch_one(sql, params)
        return None if row is None else next(iter(row.values()))


class Tx(_Reads):
    """Statements inside one transaction."""

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> None: ...

    @abstractmethod
    def update(self, sql: str, params: Params = ()) -> int:
        """Run an UPDATE or DELETE and return how many rows it changed.

        (DuckDB refuses UPDATE ... RETURNING on a row that another table
        references, so guarded state changes count rows instead.)
        """


class Store(_Reads):
    """A database the app keeps its state in. One instance per process."""

    backend: str

    def _outside_transaction(self, local: threading.local) -> None:
        """Refuse store calls made inside this thread's open transaction.

        They would run outside it on PostgreSQL (another pooled connection) but
        inside it on DuckDB (the thread's cursor): pass the Tx down instead.
        """
        if getattr(local, "in_transaction", False):
            raise RuntimeError("store used inside its own open transaction; use the Tx instead")

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """Run statements atomically; writes are serialised where the backend needs it."""

    @abstractmethod
    def fetch_df(self, sql: str, params: Params = ()) -> pd.DataFrame: ...

    @abstractmethod
    def close(self) -> None: ...

    def execute(self, sql: str, params: Params = ()) -> None:
        with self.transaction() as tx:
            tx.execute(sql, params)
