"""What a candidate may see of an attempt: answers and explanations only once they may be revealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lib.aptitude.bank import wording_from
from lib.store import aptitude as rows


@dataclass(frozen=True)
class ItemView:
    position: int
    topic: str
    difficulty: str
    question: str
    options: tuple[str, ...]
    chosen: int | None
    flagged: bool
    answer: int | None
    explanation: str | None

    @property
    def answered(self) -> bool:
        return self.chosen is not None

    @property
    def correct(self) -> bool | None:
        return None if self.answer is None or self.chosen is None else self.chosen == self.answer


@dataclass(frozen=True)
class AttemptView:
    id: int
    section: str
    difficulty: str
    mode: str
    status: str
    question_count: int
    started_at: datetime
    deadline: datetime | None
    finished_at: datetime | None
    items: tuple[ItemView, ...]
    correct: int | None
    score: int | None

    @property
    def finished(self) -> bool:
        return self.status == "finished"

    @property
    def adaptive(self) -> bool:
        return self.difficulty == "adaptive"

    @property
    def unanswered(self) -> int:
        """Questions without an answer, counting those an adaptive test has not asked yet."""
        return sum(not item.answered for item in self.items) + self.question_count - len(self.items)


def build(attempt: rows.AttemptRow, items: list[rows.ItemRow], language: str) -> AttemptView:
    """In exam mode an unfinished attempt carries no answer and no explanation at all."""
    finished = attempt.status == "finished"
    views = []
    for item in items:
        wording = wording_from(item.wordings.get(language) or item.wordings["en"])
        revealed = finished or (attempt.mode == "practice" and item.chosen is not None)
        views.append(
            ItemView(
                position=item.position,
                topic=item.topic,
                difficulty=item.difficulty,
                question=wording.question,
                options=wording.options,
                chosen=item.chosen,
                flagged=item.flagged,
                answer=item.answer if revealed else None,
                explanation=wording.explanation if revealed else None,
            )
        )
    return AttemptView(
        id=attempt.id,
        section=attempt.section,
        difficulty=attempt.difficulty,
        mode=attempt.mode,
        status=attempt.status,
        question_count=attempt.question_count,
        started_at=attempt.started_at,
        deadline=attempt.deadline,
        finished_at=attempt.finished_at,
        items=tuple(views),
        correct=attempt.correct,
        score=attempt.score,
    )
