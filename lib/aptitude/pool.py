"""Choosing questions for an attempt: the shipped bank, imported questions and generators.

Questions the candidate saw recently are avoided while fresh ones remain, and
quantitative attempts mix in generated questions, so that no two attempts repeat.
A pool reads the database once; picking from it is in memory.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from lib.aptitude import generators
from lib.aptitude.bank import load_bank, question_from
from lib.aptitude.model import Question
from lib.store import Store
from lib.store import aptitude as rows

RECENTLY_SEEN = 500
GENERATED_SHARE = 0.5


def section_questions(store: Store, section: str) -> list[Question]:
    """The bank's and the imported questions of a section."""
    imported = [
        question_from({**row, "id": row["key"], **json.loads(row["wordings"])}, source="imported")
        for row in rows.imported_questions(store, section)
    ]
    return [question for question in load_bank() if question.section == section] + imported


@dataclass
class QuestionPool:
    section: str
    questions: list[Question]
    seen: set[str]

    @classmethod
    def load(cls, store: Store, user_id: int, section: str) -> QuestionPool:
        return cls(section, section_questions(store, section), rows.seen_question_keys(store, user_id, RECENTLY_SEEN))

    def pick(
        self,
        count: int,
        rng: random.Random,
        *,
        difficulty: str | None = None,
        topic: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> list[Question]:
        """Up to `count` distinct questions of the section (and difficulty, and topic, when given)."""
        matching = [
            question
            for question in self.questions
            if (difficulty is None or question.difficulty == difficulty)
            and (topic is None or question.topic == topic)
            and question.key not in exclude
        ]
        candidates = [question for question in matching if question.key not in self.seen] or matching
        rng.shuffle(candidates)
        can_generate = self.section == "quantitative" and (topic is None or topic in generators.GENERATED_TOPICS)
        chosen: list[Question] = []
        for _ in range(count):
            if can_generate and (not candidates or rng.random() < GENERATED_SHARE):
                chosen.append(generators.random_question(rng, difficulty or "medium", [topic] if topic else None))
            elif candidates:
                chosen.append(candidates.pop())
        return chosen
