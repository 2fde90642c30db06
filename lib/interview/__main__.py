"""`python -m lib.interview score --role ROLE --question TEXT --answer-file FILE --json`.

Scores an answer with the offline coach, using the bank's rubric when the question text matches a
bank question of that role, and the general criteria otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lib.interview.bank import ROLES, load_bank
from lib.interview.coach import score_answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.interview")
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score one answer")
    score.add_argument("--role", required=True, choices=sorted(ROLES))
    score.add_argument("--question", required=True)
    score.add_argument("--answer-file", required=True, type=Path)
    score.add_argument("--json", action="store_true")
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
