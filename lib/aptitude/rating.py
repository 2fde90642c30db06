"""Ability per topic as an Elo rating, and the difficulty that suits it.

Questions have a fixed rating per difficulty. A candidate's rating moves by
K * (result - expected) after each answer, so a string of right answers on
easy questions moves it up slowly and a right answer on a hard one quickly.
The next question aims at about a 60% chance of success: hard enough to
teach, easy enough not to crush.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

START_RATING = 1000.0
K_FACTOR = 32.0
QUESTION_RATING = {"easy": 850.0, "medium": 1000.0, "hard": 1150.0}
TARGET_SUCCESS = 0.6
# Ratings are kept per topic and per whole section ("section:quantitative"): the section's
# moves with every answer, so an adaptive test reacts within a few questions.
SECTION_PREFIX = "section:"


def expected(rating: float, difficulty: str) -> float:
    """The chance that a candidate of this rating answers a question of this difficulty."""
    return 1.0 / (1.0 + 10 ** ((QUESTION_RATING[difficulty] - rating) / 400.0))


def updated(rating: float, difficulty: str, correct: bool) -> float:
    return rating + K_FACTOR * ((1.0 if correct else 0.0) - expected(rating, difficulty))


def replay(rating: float, answers: Iterable[tuple[str, bool]]) -> float:
    """The rating after a sequence of (difficulty, correct) answers."""
    for difficulty, correct in answers:
        rating = updated(rating, difficulty, correct)
    return rating


def suited_difficulty(rating: float) -> str:
    """The difficulty whose question rating is nearest the one that gives TARGET_SUCCESS."""
    target = rating - 400.0 * math.log10(TARGET_SUCCESS / (1.0 - TARGET_SUCCESS))
    return min(QUESTION_RATING, key=lambda difficulty: abs(QUESTION_RATING[difficulty] - target))


def section_key(section: str) -> str:
    return f"{SECTION_PREFIX}{section}"
