"""All SQL lives in this package: backends, migrations and named reads."""

from __future__ import annotations

from lib.errors import N_, StoreUnavailable
from lib.store.base import Row, Store, Tx

__all__ = ["Row", "Store", "Tx", "open_store"]


def open_store(url: str) -> Store:
    """Open the database a URL names.

    duckdb:///relative/file.duckdb, duckdb:////absolute/file.duckdb (as SQLAlchemy
    spells them), duckdb:///:memory:, or postgresql://user:password@host/db.
    """
    if url.startswith("duckdb:///"):
        from lib.store.duckdb_store import DuckDBStore

        return DuckDBStore(url.removeprefix("duckdb:///") or ":memory:")
    if url.startswith(("postgresql://", "postgres://")):
        from lib.store.postgres_store import PostgresStore

        return PostgresStore(url)
    raise StoreUnavailable(
        N_("DATABASE_URL must start with duckdb:// or postgresql://, got {url}."), url=url.split("@")[-1]
    )
