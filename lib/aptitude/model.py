"""What an aptitude question is, in every language it is written in."""

from __future__ import annotations

from dataclasses import dataclass, field

from lib.errors import N_

SECTIONS: dict[str, str] = {
    "quantitative": N_("Quantitative aptitude"),
    "logical": N_("Logical reasoning"),
    "verbal": N_("Verbal ability"),
    "data_interpretation": N_("Data interpretation"),
}
DIFFICULTIES: dict[str, str] = {"easy": N_("Easy"), "medium": N_("Medium"), "hard": N_("Hard")}
LANGUAGES = ("en", "hi", "es")
MIN_OPTIONS, MAX_OPTIONS = 2, 6


@dataclass(frozen=True)
class Wording:
    """A question's text, options and worked explanation in one language."""

    question: str
    options: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Question:
    """One multiple-choice question. `key` is stable: bank id, generator seed or imported row id."""

    key: str
    section: str
    topic: str
    difficulty: str
    answer: int
    wordings: dict[str, Wording] = field(hash=False)
    source: str = "bank"

    def check(self) -> None:
        """Raise ValueError when the question is not well formed."""
        if self.section not in SECTIONS:
            raise ValueError(f"unknown section {self.section!r}")
        if self.difficulty not in DIFFICULTIES:
            raise ValueError(f"unknown difficulty {self.difficulty!r}")
        if not self.topic:
            raise ValueError("topic is empty")
        if "en" not in self.wordings:
            raise ValueError("an English wording is required")
        for language, wording in self.wordings.items():
            if language not in LANGUAGES:
                raise ValueError(f"unknown language {language!r}")
            if not wording.question.strip():
                raise ValueError(f"{language}: the question is empty")
            if not MIN_OPTIONS <= len(wording.options) <= MAX_OPTIONS:
                raise ValueError(f"{language}: {len(wording.options)} options, expected {MIN_OPTIONS}-{MAX_OPTIONS}")
            if len(wording.options) != len(self.wordings["en"].options):
                raise ValueError(f"{language}: option count differs from English")
            if len({option.strip().lower() for option in wording.options}) != len(wording.options):
                raise ValueError(f"{language}: two options are the same")
            if not wording.explanation.strip():
                raise ValueError(f"{language}: the explanation is empty")
        if not 0 <= self.answer < len(self.wordings["en"].options):
            raise ValueError("the answer is not one of the options")
