"""The shipped question bank: data/aptitude/bank/<section>.jsonl, one question per line.

A line looks like
    {"id": "quant-percentages-001", "section": "quantitative", "topic": "percentages",
     "difficulty": "easy", "answer": 2,
     "en": {"question": "...", "options": ["...", "..."], "explanation": "..."},
     "hi": {...}, "es": {...}}
with "hi" and "es" optional (verbal ability is English only).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from lib.aptitude.model import LANGUAGES, Question, Wording

BANK_DIR = Path(__file__).resolve().parents[2] / "data" / "aptitude" / "bank"


def wording_from(data: Mapping[str, Any]) -> Wording:
    return Wording(
        question=str(data["question"]),
        options=tuple(str(option) for option in data["options"]),
        explanation=str(data["explanation"]),
    )


def wordings_data(question: Question) -> dict[str, dict[str, Any]]:
    """A question's wordings as plain data, the inverse of `wording_from`."""
    return {
        language: {"question": w.question, "options": list(w.options), "explanation": w.explanation}
        for language, w in question.wordings.items()
    }


def question_from(data: Mapping[str, Any], source: str = "bank") -> Question:
    """A checked Question from one bank record; raises ValueError saying what is wrong."""
    try:
        question = Question(
            key=str(data["id"]),
            section=str(data["section"]),
            topic=str(data["topic"]),
            difficulty=str(data["difficulty"]),
            answer=int(data["answer"]),
            wordings={language: wording_from(data[language]) for language in LANGUAGES if language in data},
            source=source,
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"missing or malformed field: {error}") from error
    question.check()
    return question


def read_bank_file(path: Path) -> list[Question]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(question_from(json.loads(line)))
        except (ValueError, json.JSONDecodeError) as error:
            raise ValueError(f"{path.name}:{number}: {error}") from error
    return questions


@lru_cache(maxsize=1)
def load_bank(directory: Path = BANK_DIR) -> tuple[Question, ...]:
    """Every shipped question; ids are unique across files."""
    questions = [question for path in sorted(directory.glob("*.jsonl")) for question in read_bank_file(path)]
    duplicates = {key for key, count in Counter(question.key for question in questions).items() if count > 1}
    if duplicates:
        raise ValueError(f"duplicate question ids: {sorted(duplicates)}")
    return tuple(questions)
