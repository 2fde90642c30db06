"""`python -m lib.aptitude import FILE --format csv|aqua|gift`: check a question file and, unless --dry-run, store it.

Storing needs `--as EMAIL`, the instructor or admin account the questions are imported by, and uses the
database the app's settings name (DATABASE_URL); a dry run touches no database at all.

Exit status: 0 when every question is good (and stored), 1 when any record is bad (nothing is stored),
2 when the command cannot run (unreadable file, no store module, store failure, bad arguments).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lib.aptitude.importers import FORMATS, MAX_BYTES, ImportResult, parse_questions
from lib.aptitude.model import DIFFICULTIES, SECTIONS
from lib.errors import N_, AppError, NotFound

if TYPE_CHECKING:
    from lib.store import Store
    from lib.store.users import User

_SUFFIXES = {".csv": "csv", ".gift": "gift", ".json": "aqua", ".jsonl": "aqua"}
STORE_MODULE = "lib.aptitude.store_import"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    path = Path(args.file)
    fmt = args.format or _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        parser.error(f"cannot tell the format of {path.name}; pass --format {'|'.join(FORMATS)}")
    if not args.dry_run and not args.actor:
        parser.error("--as EMAIL (the importing instructor or admin) is required unless --dry-run")
    try:
        with path.open("rb") as file:
            content = file.read(MAX_BYTES + 1)  # one byte over is enough to refuse it
    except OSError as error:
        return _fail(f"cannot read {path}: {error.strerror or error}")
    try:
        result = parse_questions(
            content, fmt, default_section=args.section, default_topic=args.topic, default_difficulty=args.difficulty
        )
    except AppError as error:  # a bad --topic
        return _fail(str(error))
    if result.errors or args.dry_run:
        _report(result, len(result.questions), args, path)
        return 1 if result.errors else 0
    return _store(result, args, path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib.aptitude", description="Aptitude question tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("import", help="check a question file and store its questions")
    command.add_argument("file", help="the file to import")
    command.add_argument("--format", choices=FORMATS, help="the file's format (default: from its extension)")
    command.add_argument("--section", choices=tuple(SECTIONS), default="quantitative", help="for rows without one")
    command.add_argument("--topic", default="imported", help="for rows without one")
    command.add_argument("--difficulty", choices=tuple(DIFFICULTIES), default="medium", help="for rows without one")
    command.add_argument("--as", dest="actor", metavar="EMAIL", help="the instructor or admin importing (to store)")
    command.add_argument("--dry-run", action="store_true", help="check only; store nothing")
    command.add_argument("--json", action="store_true", help='print {"imported": N, "errors": [...]}')
    return parser


def _store(result: ImportResult, args: argparse.Namespace, path: Path) -> int:
    """Hand the checked questions to the store hook, imported only now so a dry run needs no database."""
    try:
        from lib.aptitude.store_import import save_imported
    except ModuleNotFoundError as error:
        if error.name != STORE_MODULE:
            raise
        return _fail(f"storing imported questions is not available yet ({STORE_MODULE} is missing); use --dry-run")
    from lib.settings import settings_for_cli
    from lib.store import open_store
    from lib.store.migrate import migrate

    try:
        store = open_store(settings_for_cli().database_url)
        try:
            migrate(store)
            actor = _account(store, args.actor)
            stored = save_imported(store, actor, result.questions).added
        finally:
            store.close()
    except AppError as error:
        return _fail(f"nothing was imported: {error}")
    _report(result, stored, args, path)
    return 0


def _account(store: Store, address: str) -> User:
    from lib.store import users as user_rows
    from lib.validation import email

    found = user_rows.password_hash_for(store, email(address))  # users.py's only read by e-mail
    actor = user_rows.get(store, found[0]) if found else None
    if actor is None:
        raise NotFound(N_("No account has the e-mail {address}."), address=address)
    return actor


def _report(result: ImportResult, imported: int, args: argparse.Namespace, path: Path) -> None:
    if args.json:
        errors = [{"line": error.line, "message": error.message} for error in result.errors]
        # All or nothing: with any bad row, nothing is (or would be) imported.
        print(json.dumps({"imported": 0 if result.errors else imported, "errors": errors}))
        return
    print(f"{path.name}: {len(result.questions)} valid question(s), {len(result.errors)} error(s)")
    for error in result.errors:
        print(f"  {'file' if error.line == 0 else f'line {error.line}'}: {error.message}")
    if result.errors:
        print("Nothing imported: fix these errors and import the file again.")
    elif args.dry_run:
        print(f"Dry run: {imported} question(s) would be imported.")
    else:
        print(f"Imported {imported} new question(s); {len(result.questions) - imported} were already there.")


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
