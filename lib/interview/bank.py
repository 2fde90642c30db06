"""The interview question bank: data/interview/questions/<role>.jsonl, one question per line.

A line looks like
    {"id": "sde-t-001", "role": "sde", "type": "technical", "level": "junior",
     "question": {"en": "...", "hi": "...", "es": "..."},
     "key_points": [{"point": "...", "synonyms": ["...", "..."]}, ...],
     "red_flags": ["...", ...],
     "model_answer": {"en": ["outline step", ...], "hi": [...], "es": [...]}}
The question and the model-answer outline read in all three languages (an outline given as a
plain list is English only); the key points and red flags are English, because the offline coach
scores English answers against them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lib.errors import N_

BANK_DIR = Path(__file__).resolve().parents[2] / "data" / "interview" / "questions"
ROLES = {
    "sde": N_("Software Development Engineer"),
    "data_scientist": N_("Data Scientist"),
    "product_manager": N_("Product Manager"),
    "data_analyst": N_("Data Analyst"),
    "devops_sre": N_("DevOps / SRE Engineer"),
    "ux_designer": N_("UX Designer"),
    "general": N_("General / HR"),
}
TYPES = ("behavioural", "technical")
LEVELS = ("intern", "junior", "senior")
LANGUAGES = ("en", "hi", "es")


@dataclass(frozen=True)
class KeyPoint:
    point: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class InterviewQuestion:
    key: str
    role: str
    type: str
    level: str
    text: Mapping[str, str]
    key_points: tuple[KeyPoint, ...]
    red_flags: tuple[str, ...]
    model_answer: tuple[str, ...]  # English, what the coaches see
    model_answer_translations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def outline(self, language: str) -> tuple[str, ...]:
        return self.model_answer_translations.get(language) or self.model_answer


def question_from(data: Mapping[str, Any]) -> InterviewQuestion:
    """A checked question; raises ValueError saying what is wrong."""
    try:
        outlines = data["model_answer"] if isinstance(data["model_answer"], dict) else {"en": data["model_answer"]}
        question = InterviewQuestion(
            key=str(data["id"]),
            role=str(data["role"]),
            type=str(data["type"]),
            level=str(data["level"]),
            text={language: str(data["question"][language]) for language in LANGUAGES},
            key_points=tuple(
                KeyPoint(str(item["point"]), tuple(str(s) for s in item.get("synonyms", ())))
                for item in data["key_points"]
            ),
            red_flags=tuple(str(flag) for flag in data.get("red_flags", ())),
            model_answer=tuple(str(step) for step in outlines["en"]),
            model_answer_translations={
                language: tuple(str(step) for step in steps) for language, steps in outlines.items() if language != "en"
            },
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"missing or malformed field: {error}") from error
    if question.role not in ROLES or question.type not in TYPES or question.level not in LEVELS:
        raise ValueError(f"{question.key}: unknown role, type or level")
    if not all(text.strip() for text in question.text.values()):
        raise ValueError(f"{question.key}: a translation is empty")
    if not 3 <= len(question.key_points) <= 8 or not question.model_answer:
        raise ValueError(f"{question.key}: needs 3 to 8 key points and a model-answer outline")
    for language, steps in question.model_answer_translations.items():
        if language not in LANGUAGES or len(steps) != len(question.model_answer) or not all(s.strip() for s in steps):
            raise ValueError(f"{question.key}: the {language} outline must translate each English step")
    return question


@lru_cache(maxsize=1)
def load_bank(directory: Path = BANK_DIR) -> tuple[InterviewQuestion, ...]:
    questions = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    questions.append(question_from(json.loads(line)))
                except (ValueError, json.JSONDecodeError) as error:
                    raise ValueError(f"{path.name}:{number}: {error}") from error
    repeated = [key for key, count in Counter(q.key for q in questions).items() if count > 1]
    if repeated:
        raise ValueError(f"duplicate question ids: {repeated}")
    return tuple(questions)
