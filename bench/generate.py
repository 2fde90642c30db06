"""Fill a freshly migrated store with many users and activity-ledger events, fast.

Everything is generated inside the database with set-based SQL (a million rows
in seconds), never row by row from Python. DuckDB only: the SQL uses DuckDB's
range() and hash(), the latter because random() is not reproducible under
parallel execution and the data must be the same for the same seed. The bench
runs on DuckDB, so that is enough.

The shape: user 1 is the admin and also the heaviest user (so one sign-in sees
every page and the largest personal figures); about one user in a thousand is
an instructor; event owners follow 1 + N * r**2 for uniform r, so low ids have
many events and every id has some (user 1 about 1% of them, a median user a few
dozen). Events spread evenly over the last 365 days.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from lib.auth.passwords import hash_password
from lib.clock import utcnow
from lib.store import Store, open_store
from lib.store.migrate import migrate

PASSWORD = "bench password 1"
_BCRYPT_ROUNDS = 4  # the minimum: only sign-in verifies it, and the bench is not about bcrypt


def email(user_id: int) -> str:
    """The e-mail the generator gives a user id (the SQL below builds the same)."""
    return f"bench{user_id}@example.com"


_USERS_SQL = """
INSERT INTO users (id, email, password_hash, name, role, language, created_at)
SELECT id,
       'bench' || id || '@example.com',
       $1,
       'Bench User ' || id,
       CASE WHEN id = 1 THEN 'admin' WHEN id <= 1 + $2 THEN 'instructor' ELSE 'candidate' END,
       CASE WHEN id = 1 THEN 'en' ELSE ['en', 'en', 'en', 'hi', 'es'][1 + CAST(hash(id, $3) % 5 AS INTEGER)] END,
       CAST($4 AS TIMESTAMP) - to_days(CAST(400 + hash(id, $3) % 365 AS INTEGER))
FROM (SELECT nextval('users_id_seq') AS id FROM range($5))
"""

# Owners follow 1 + N * r**2; kinds by weight: daily_visit 40%, aptitude_attempt
# 25%, interview_answer 20%, lesson_completed 10%, resume_analysis 5%. The
# reference embeds the row number, so (user_id, kind, reference) is unique by
# construction. hash(i, seed, stream) % p / p is a uniform number in [0, 1),
# with a separate stream per column so that columns do not correlate.
_EVENTS_SQL = """
INSERT INTO activity (id, user_id, kind, reference, xp, created_at)
SELECT nextval('activity_id_seq'), user_id, kind, kind || ':bench:' || i, xp, created_at
FROM (
    SELECT i,
           LEAST($3, 1 + CAST(floor($3 * owner * owner) AS BIGINT)) AS user_id,
           CASE WHEN pick < 0.40 THEN 'daily_visit'
                WHEN pick < 0.65 THEN 'aptitude_attempt'
                WHEN pick < 0.85 THEN 'interview_answer'
                WHEN pick < 0.95 THEN 'lesson_completed'
                ELSE 'resume_analysis' END AS kind,
           CASE WHEN pick < 0.40 THEN 5 ELSE 5 + CAST(hash(i, $1, 3) % 46 AS INTEGER) END AS xp,
           CAST($2 AS TIMESTAMP) - to_seconds(CAST(hash(i, $1, 4) % (365 * 86400) AS BIGINT)) AS created_at
    FROM (
        SELECT i,
               (hash(i, $1, 1) % 1000000007) / 1000000007.0 AS owner,
               (hash(i, $1, 2) % 1000000007) / 1000000007.0 AS pick
        FROM range($4) AS t(i)
    )
)
"""


def fill(store: Store, *, users: int, events: int, seed: int = 0, now: datetime | None = None) -> None:
    """Insert `users` users and `events` activity rows into an empty, migrated DuckDB store."""
    if store.backend != "duckdb":
        raise ValueError("bench.generate supports DuckDB only (it uses range() and hash()).")
    if users < 1 or events < 0:
        raise ValueError("Need at least one user and a non-negative number of events.")
    if store.fetch_value("SELECT count(*) FROM users") or store.fetch_value("SELECT count(*) FROM activity"):
        raise ValueError("bench.generate fills an empty store only: user 1 must be the admin.")
    now = now or utcnow()
    password_hash = hash_password(PASSWORD, _BCRYPT_ROUNDS)
    instructors = max(1, users // 1000)
    with store.transaction() as tx:
        tx.execute(_USERS_SQL, (password_hash, instructors, seed, now, users))
        if events:
            tx.execute(_EVENTS_SQL, (seed, now, users, events))
    store.execute("CHECKPOINT")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--db", required=True, help="path of a new DuckDB file")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    store = open_store(f"duckdb:///{args.db}")
    try:
        migrate(store)
        started = time.perf_counter()
        fill(store, users=args.users, events=args.events, seed=args.seed)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    print(f"users={args.users} events={args.events} seconds={seconds:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
