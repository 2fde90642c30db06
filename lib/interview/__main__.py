"""`python -m lib.interview score --role ROLE --question TEXT --answer-file FILE --json`.

Scores an answer with the offline coach, using the rubric of the bank question (or, with
--use-database, the instructors' question in the configured database) of that role whose text
matches, and the general criteria otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lib.errors import AppError
from lib.interview import plan
from lib.interview.bank import ROLES, InterviewQuestion, load_bank
from lib.interview.coach import score_answer
from lib.settings import settings_for_cli
from lib.store import interview as rows
from lib.store import open_store


def _custom_question(role: str, wanted: str) -> InterviewQuestion | None:
    """An instructor's question of the role with this text, from the configured database."""
    store = open_store(settings_for_cli().database_url)
    try:
        for row in rows.custom_questions(store, role):
            if " ".join(row["text"].split()).lower() == wanted:
                return plan.rubric_question(plan.custom_snapshot(row), role, row["level"])
    finally:
        store.close()
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.interview")
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score one answer")
    score.add_argument("--role", required=True, choices=sorted(ROLES))
    score.add_argument("--question", required=True)
    score.add_argument("--answer-file", required=True, type=Path)
    score.add_argument("--json", action="store_true")
    score.add_argument(
        "--use-database", action="store_true", help="also look for the question among instructors' questions"
    )
    args = parser.parse_args(argv)
    try:
        answer = args.answer_file.read_text(encoding="utf-8")
    except OSError as error:
        print(f"error: {error.strerror}: {error.filename}", file=sys.stderr)
        return 2
    wanted = " ".join(args.question.split()).lower()
    question = next(
        (q for q in load_bank() if q.role == args.role and " ".join(q.text["en"].split()).lower() == wanted), None
    )
    if question is None and args.use_database:
        try:
            question = _custom_question(args.role, wanted)
        except AppError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    result = score_answer(args.question, answer, question=question)
    report = {
        "overall": result.overall,
        "dimensions": result.dimensions,
        "evidence": list(result.evidence),
        "tips": list(result.tips),
    }
    print(json.dumps(report, ensure_ascii=False) if args.json else json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
