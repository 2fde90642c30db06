"""Versioned schema migrations, applied in order at start-up.

Each file in migrations/ is `NNNN_name.sql`: statements separated by `;` at the
end of a line (so no statement may hold such a `;` inside a string or a `$$`
body). Pending migrations run in one transaction together with the rows that
record them, so a failed migration leaves the database as it was. On
PostgreSQL an advisory lock keeps two app processes from migrating at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lib.store.base import Store, Tx

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_MIGRATION_LOCK_KEY = 7_413_021


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(sql: str) -> tuple[str, ...]:
    without_comments = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    parts = re.split(r";\s*$", without_comments, flags=re.MULTILINE)
    return tuple(part.strip() for part in parts if part.strip())


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    migrations = []
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if match is None:
            raise ValueError(f"Migration file name must look like 0001_name.sql: {path.name}")
        statements = split_statements(path.read_text(encoding="utf-8"))
        migrations.append(Migration(int(match.group(1)), match.group(2), statements))
    versions = [migration.version for migration in migrations]
    if len(set(versions)) != len(versions):
        raise ValueError("Two migration files share a version number.")
    return migrations


_CREATE_LEDGER = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, applied_at TIMESTAMP NOT NULL)"
)


def applied_versions(store: Store | Tx) -> set[int]:
    return {row["version"] for row in store.fetch_all("SELECT version FROM schema_migrations")}


def migrate(store: Store, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply every migration not yet applied, all in one transaction; returns the versions applied now."""
    pending = available_migrations(directory)
    with store.transaction() as tx:
        if store.backend == "postgres":
            # Taken before anything else, so a second process waits and then finds nothing to do.
            tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK_KEY,))
        tx.execute(_CREATE_LEDGER)
        done = applied_versions(tx)
        applied_now = []
        for migration in pending:
            if migration.version in done:
                continue
            for statement in migration.statements:
                tx.execute(statement)
            tx.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).replace(tzinfo=None)),
            )
            applied_now.append(migration.version)
    return applied_now
