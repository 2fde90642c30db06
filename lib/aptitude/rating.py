"""Ability per topic and per section as Elo ratings, and the difficulty that suits them.

Questions have a fixed rating per difficulty. A candidate's rating moves by
K * (result - expected) after each answer. The next question aims at about a
60% chance of success: hard enough to teach, easy enough not to crush. A new
candidate starts in the middle of the medium band, so a few right answers lead
to hard questions and a few wrong ones to easy ones.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

START_RATING = 1070.0
K_FACTOR = 40.0
QUESTION_RATING = {"easy": 850.0, "medium": 1000.0, "hard": 1150.0}
TARGET_SUCCESS = 0.6
# Ratings are kept per topic and per whole section ("section:quantitative"). The
# section's moves with every answer; a topic's steers once it has this many answers.
SECTION_PREFIX = "section:"
TOPIC_ANSWERS_TO_TRUST = 5


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
