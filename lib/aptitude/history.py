"""A candidate's aptitude history: attempts, accuracy by section and topic, ratings."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.aptitude.rating import SECTION_PREFIX
from lib.auth.permissions import Permission, require
from lib.store import Store
from lib.store import aptitude as rows
from lib.store.users import User


@dataclass(frozen=True)
class History:
    attempts: pd.DataFrame
    by_section: pd.DataFrame
    by_topic: pd.DataFrame
    ratings: pd.DataFrame
    seconds_per_question: float | None

    @property
    def empty(self) -> bool:
        return self.attempts.empty


def _accuracy(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["accuracy"] = (100 * frame["correct"] / frame["questions"]).round(1)
    return frame


def history(store: Store, user: User) -> History:
    """Everything the history view shows, for the signed-in candidate only."""
    require(user, Permission.PRACTISE)
    attempts = rows.history_frame(store, user.id)
    elapsed = (pd.to_datetime(attempts["finished_at"]) - pd.to_datetime(attempts["started_at"])).dt.total_seconds()
    attempts["minutes"] = (elapsed / 60).round(1)
    answered = int(attempts["answered"].sum()) if not attempts.empty else 0
    seconds = float(elapsed.sum() / answered) if answered else None
    topics = rows.topic_accuracy_frame(store, user.id)
    topics[["questions", "correct"]] = topics[["questions", "correct"]].astype(int)
    by_section = topics.groupby("section", as_index=False)[["questions", "correct"]].sum()
    ratings = pd.DataFrame(
        [
            (topic, round(value), count)
            for topic, (value, count) in sorted(rows.ratings(store, user.id).items())
            if not topic.startswith(SECTION_PREFIX)
        ],
        columns=["topic", "rating", "answered"],
    )
    return History(
        attempts=attempts,
        by_section=_accuracy(by_section),
        by_topic=_accuracy(topics),
        ratings=ratings,
        seconds_per_question=seconds,
    )
