"""`python -m lib.store migrate`: apply pending migrations to the configured database."""

from __future__ import annotations

import argparse
import sys

from lib.errors import AppError
from lib.settings import settings_for_cli
from lib.store import open_store
from lib.store.migrate import migrate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.store")
    parser.add_argument("command", choices=["migrate"])
    parser.parse_args(argv)
    try:
        store = open_store(settings_for_cli().database_url)
        applied = migrate(store)
        store.close()
    except AppError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"migrations applied: {applied or 'none (up to date)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
