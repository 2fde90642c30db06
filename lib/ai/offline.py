"""The embedded coach: deterministic scoring that needs no network.

It rewards what a reviewer looks for first (covering the rubric's key points,
a sensible length, concrete detail), so candidates get useful feedback even
with no AI endpoint configured or while the endpoint is down. The score is a
pure function of the assessment: the same answer always gets the same score.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lib.ai.keywords import content_stems, words
from lib.ai.protocol import OFFLINE, Assessment, Feedback

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")
_TECH_TOKEN = re.compile(r"\b[A-Za-z]\w*(?:\.(?:js|io|net|py|ts)\b|\+\+|#)", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SENTENCE_START = ".!?:;\"'(\n"
_EXAMPLE = re.compile(r"\b(?:for example|for instance|such as|e\.g\.)", re.IGNORECASE)
_SPECIFICITY_TARGET = 3
_NO_ANSWER = Feedback(0, "No answer was given.", (), ("Answer the question in your own words.",), OFFLINE)


@dataclass(frozen=True)
class _Signals:
    covered: tuple[str, ...]
    missed: tuple[str, ...]
    relevance: float
    word_count: int
    length: float
    details: int


def _covers(point: str, answer_stems: set[str], language: str) -> bool:
    """A key point counts as covered when at least half its content words appear."""
    stems = content_stems(point, language)
    if not stems:
        return False
    matched = sum(1 for item in stems if item in answer_stems)
    return matched >= max(1, math.ceil(len(stems) / 2))


def _length_score(count: int, low: int, high: int) -> float:
    if count < low:
        return count / low
    if count <= high:
        return 1.0
    return max(0.5, 1.0 - (count - high) / (2 * high))


def _detail_count(answer: str) -> int:
    """Distinct concrete details: numbers, acronyms, product-like names, examples."""
    found: set[str] = set()
    found.update(_NUMBER.findall(answer))
    found.update(_ACRONYM.findall(answer))
    found.update(_TECH_TOKEN.findall(answer))
    for match in _CAPITALISED.finditer(answer):
        i = match.start() - 1
        while i >= 0 and answer[i].isspace():
            i -= 1
        if i >= 0 and answer[i] not in _SENTENCE_START:
            found.add(match.group(0))
    found.update(match.group(0).lower() for match in _EXAMPLE.finditer(answer))
    return len(found)


class OfflineCoach:
    """Rubric coverage, length against a target and specificity, weighted to 0..100."""

    name: str = OFFLINE

    def __init__(self, target_words: tuple[int, int] = (60, 250)) -> None:
        low, high = target_words
        if not 0 < low <= high:
            raise ValueError("target_words must be (low, high) with 0 < low <= high")
        self.target_words = (low, high)

    def _signals(self, item: Assessment) -> _Signals:
        answer_stems = set(content_stems(item.answer, item.language))
        covered = tuple(point for point in item.rubric if _covers(point, answer_stems, item.language))
        missed = tuple(point for point in item.rubric if point not in covered)
        prompt_stems = content_stems(item.prompt, item.language)
        needed = max(1, math.ceil(0.3 * len(prompt_stems)))
        relevance = min(1.0, sum(1 for s in prompt_stems if s in answer_stems) / needed)
        count = len(words(item.answer))
        low, high = self.target_words
        length = _length_score(count, low, high)
        return _Signals(covered, missed, relevance, count, length, _detail_count(item.answer))

    def assess(self, assessment: Assessment) -> Feedback:
        signals = self._signals(assessment)
        if signals.word_count == 0:
            return _NO_ANSWER
        specificity = min(1.0, signals.details / _SPECIFICITY_TARGET)
        if assessment.rubric:
            coverage = len(signals.covered) / len(assessment.rubric)
            raw = 0.6 * coverage + 0.2 * signals.length + 0.2 * specificity
        else:
            raw = 0.5 * signals.relevance + 0.25 * signals.length + 0.25 * specificity
        score = max(0, min(100, round(100 * raw)))
        strengths, improvements = self._advice(assessment, signals, specificity)
        return Feedback(score, self._summary(assessment, signals, score), strengths, improvements, OFFLINE)

    def _summary(self, item: Assessment, signals: _Signals, score: int) -> str:
        parts = [f"Score {score}/100."]
        if item.rubric:
            parts.append(f"You covered {len(signals.covered)} of {len(item.rubric)} key points.")
        low, high = self.target_words
        if signals.word_count < low:
            parts.append(f"The answer is short ({signals.word_count} words; aim for {low} to {high}).")
        elif signals.word_count > high:
            parts.append(f"The answer is long ({signals.word_count} words; aim for {low} to {high}).")
        else:
            parts.append(f"The length is about right ({signals.word_count} words).")
        return " ".join(parts)

    def _advice(
        self, item: Assessment, signals: _Signals, specificity: float
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        strengths = [f"Covered: {point}" for point in signals.covered]
        improvements = [f"Also address: {point}" for point in signals.missed]
        if not item.rubric:
            if signals.relevance >= 1.0:
                strengths.append("The answer stays on the question.")
            else:
                improvements.append("Address the question more directly, using its key terms.")
        low, high = self.target_words
        if signals.length >= 1.0:
            strengths.append("The answer is a good length.")
        elif signals.word_count < low:
            improvements.append(f"Expand the answer to at least {low} words with reasoning and an example.")
        else:
            improvements.append(f"Tighten the answer to at most {high} words; lead with the main point.")
        if specificity >= 1.0:
            strengths.append("Concrete details (numbers, tools, examples) make the answer credible.")
        else:
            improvements.append("Add concrete details: numbers, tools, named projects or outcomes.")
        return tuple(strengths), tuple(improvements)
