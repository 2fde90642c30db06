"""Adaptive tests: ratings moved by each answer, and the next question chosen to suit them."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime

from lib.aptitude import rating
from lib.aptitude.model import Question
from lib.aptitude.pool import QuestionPool
from lib.aptitude.topics import TOPICS
from lib.store import Store, Tx
from lib.store import aptitude as rows


def rated_answers(section: str, items: list[rows.ItemRow]) -> dict[str, list[tuple[str, bool]]]:
    """Answers in order, grouped under their topic and under their section."""
    grouped: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for item in sorted(items, key=lambda item: item.position):
        if item.chosen is not None:
            result = (item.difficulty, item.chosen == item.answer)
            grouped[item.topic].append(result)
            grouped[rating.section_key(section)].append(result)
    return grouped


def running_ratings(
    store: Store | Tx, user_id: int, section: str, items: list[rows.ItemRow]
) -> dict[str, tuple[float, int]]:
    """Stored (rating, answers) moved by this attempt's answers so far."""
    current = rows.ratings(store, user_id)
    for key, answers in rated_answers(section, items).items():
        before, count = current.get(key, (rating.START_RATING, 0))
        current[key] = (rating.replay(before, answers), count + len(answers))
    return current


def _difficulty(ratings: dict[str, tuple[float, int]], section: str, topic: str) -> str:
    """The topic's rating once it has enough answers to trust, else the whole section's."""
    value, answered = ratings.get(topic, (rating.START_RATING, 0))
    if answered < rating.TOPIC_ANSWERS_TO_TRUST:
        value = ratings.get(rating.section_key(section), (rating.START_RATING, 0))[0]
    return rating.suited_difficulty(value)


def next_question(
    store: Store, user_id: int, section: str, items: list[rows.ItemRow], rng: random.Random
) -> Question | None:
    """The next question: from the least-asked topics, at the difficulty that suits the candidate."""
    ratings = running_ratings(store, user_id, section, items)
    pool = QuestionPool.load(store, user_id, section)
    asked = frozenset(item.question_key for item in items)
    topics = list(TOPICS[section])
    rng.shuffle(topics)
    topics.sort(key=lambda topic: sum(item.topic == topic for item in items))
    for suited in (True, False):  # the suited difficulty in any topic before any difficulty
        for topic in topics:
            difficulty = _difficulty(ratings, section, topic) if suited else None
            found = pool.pick(1, rng, difficulty=difficulty, topic=topic, exclude=asked)
            if found:
                return found[0]
    return None


def save_ratings(tx: Tx, user_id: int, section: str, answered: list[rows.ItemRow], now: datetime) -> None:
    """Store the ratings a finished attempt leaves; the caller holds the user's lock."""
    stored = rows.ratings(tx, user_id)
    for key, answers in rated_answers(section, answered).items():
        before, count = stored.get(key, (rating.START_RATING, 0))
        rows.save_rating(tx, user_id, key, rating.replay(before, answers), count + len(answers), now)
