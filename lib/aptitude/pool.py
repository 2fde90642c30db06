"""Choosing questions for an attempt: the shipped bank, imported questions and generators.

Questions the candidate saw recently are avoided while fresh ones remain, and
quantitative attempts mix in generated questions, so that no two attempts repeat.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence

from lib.aptitude import generators
from lib.aptitude.bank import load_bank, wording_from
from lib.aptitude.model import Question
from lib.store import Store
from lib.store import aptitude as rows

RECENTLY_SEEN = 500
GENERATED_SHARE = 0.5


def section_questions(store: Store, section: str) -> list[Question]:
    """The bank's and the imported questions of a section."""
    imported = [
        Question(
            key=row["key"],
            section=row["section"],
            topic=row["topic"],
            difficulty=row["difficulty"],
            answer=int(row["answer"]),
            wordings={language: wording_from(data) for language, data in json.loads(row["wordings"]).items()},
            source="imported",
        )
        for row in rows.imported_questions(store, section)
    ]
    return [question for question in load_bank() if question.section == section] + imported


def _prefer_unseen(questions: Sequence[Question], seen: set[str]) -> list[Question]:
    fresh = [question for question in questions if question.key not in seen]
    return fresh or list(questions)


def choose(
    store: Store,
    *,
    user_id: int,
    section: str,
    difficulty: str | None,
    count: int,
    rng: random.Random,
    topic: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[Question]:
    """Up to `count` distinct questions of a section (and difficulty, and topic, when given)."""
    seen = rows.seen_question_keys(store, user_id, RECENTLY_SEEN) | exclude
    pool = [
        question
        for question in section_questions(store, section)
        if (difficulty is None or question.difficulty == difficulty)
        and (topic is None or question.topic == topic)
        and question.key not in exclude
    ]
    candidates = _prefer_unseen(pool, seen)
    rng.shuffle(candidates)
    can_generate = section == "quantitative" and (topic is None or topic in generators.GENERATED_TOPICS)
    chosen: list[Question] = []
    for _ in range(count):
        if can_generate and (not candidates or rng.random() < GENERATED_SHARE):
            topics = [topic] if topic else None
            chosen.append(generators.random_question(rng, difficulty or "medium", topics))
        elif candidates:
            chosen.append(candidates.pop())
    return chosen
