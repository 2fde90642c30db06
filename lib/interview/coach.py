"""The offline interview coach: deterministic scores per dimension, each backed by quotes.

Dimensions (0-100): relevance to the question's words, structure (STAR for behavioural
questions, a clear line of reasoning otherwise), depth (the rubric's key points, matched through
their synonyms and word stems), specificity (numbers, named tools, concrete examples) and clarity
(length, filler and hedging). Without a rubric the coach uses the general criteria only. The same
answer always gets the same score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lib.ai.keywords import content_stems, stem, words
from lib.errors import N_
from lib.interview.bank import InterviewQuestion, KeyPoint

FILLERS = ("um", "uh", "erm", "like", "you know", "basically", "actually", "kind of", "sort of", "i mean")
# Whole words and phrases only ("um" but not "umbrella"), any spacing inside a phrase. "like" is
# a filler only when set off by a comma ("it was, like, slow"), never in "I would like to".
_FILLER = re.compile(
    r"\b(?:"
    + "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(FILLERS, key=len, reverse=True) if f != "like")
    + r")\b|(?:(?<=,)|(?<=^))\s*like\b|\blike(?=\s*,)",
    re.IGNORECASE | re.MULTILINE,
)
HEDGES = ("i think", "maybe", "probably", "i guess", "not sure", "perhaps", "kind of", "sort of")
# Digits (any script's, e.g. ४०) and number words in English, Spanish and Hindi, since answers in
# those languages are scored on the general criteria, specificity included.
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|"
    "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil|millones|"
    "दो|तीन|चार|पाँच|छह|सात|आठ|नौ|दस|बीस|सौ|हज़ार|हजार|लाख|करोड़"
)
_NUMBER = re.compile(rf"\d[\d,.]*%?|(?<!\w)(?:{_NUMBER_WORDS})(?!\w)", re.I)
_SENTENCE = re.compile(r"[^.!?।\n]+[.!?।]?")  # "।" ends a Hindi sentence
_SITUATION = re.compile(
    r"\b(?:when|at my|in my (?:last|previous|current)|last year|once|during|our team|the project)\b", re.I
)
_ACTION = re.compile(r"\bI (?:\w+ed|built|led|wrote|made|ran|set|took|chose|decided|started|began|drove)\b")
_RESULT = re.compile(
    r"\b(?:result|resulted|so that|reduced|increased|saved|improved|grew|shipped|launched|cut)\b|%",
    re.I,
)
_LEARNING = re.compile(r"\b(?:learn(?:ed|t)|lesson|next time|would do differently|takeaway|now I)\b", re.I)
_REASONING = re.compile(r"\b(?:first|then|because|so|therefore|trade-?off|however|finally|for example)\b", re.I)
WEIGHTS = {"relevance": 0.2, "structure": 0.2, "depth": 0.3, "specificity": 0.15, "clarity": 0.15}
TARGET_WORDS = (90, 300)


@dataclass(frozen=True)
class Score:
    """A scored answer. Offline tips are message ids the page translates; an AI coach's tips are
    already written in the candidate's language (source "ai")."""

    overall: int
    dimensions: dict[str, int]
    evidence: tuple[str, ...]
    tips: tuple[str, ...]
    source: str = "offline"

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall,
            "dimensions": dict(self.dimensions),
            "evidence": list(self.evidence),
            "tips": list(self.tips),
            "source": self.source,
        }


def _phrase_found(phrase: str, answer_words: list[str], answer_stems: set[str]) -> bool:
    stems = [stem(word) for word in words(phrase)]
    if not stems:
        return False
    if len(stems) == 1:
        return stems[0] in answer_stems
    joined = " ".join(stem(word) for word in answer_words)
    return " ".join(stems) in joined


def covered_points(answer: str, key_points: Sequence[KeyPoint]) -> list[KeyPoint]:
    """The key points the answer mentions, by the point's words or any synonym."""
    answer_words = words(answer)
    answer_stems = {stem(word) for word in answer_words}
    return [
        point
        for point in key_points
        if any(_phrase_found(phrase, answer_words, answer_stems) for phrase in (point.point, *point.synonyms))
    ]


def count_fillers(text: str) -> int:
    return len(_FILLER.findall(text))


def _sentences(answer: str) -> list[str]:
    return [match.group(0).strip() for match in _SENTENCE.finditer(answer) if len(match.group(0).split()) >= 3]


def _count(phrases: Sequence[str], lowered: str) -> int:
    return sum(len(re.findall(rf"\b{re.escape(phrase)}\b", lowered)) for phrase in phrases)


def score_answer(question_text: str, answer: str, *, question: InterviewQuestion | None = None) -> Score:
    answer_words = words(answer)
    if len(answer_words) < 3:
        zero = dict.fromkeys(WEIGHTS, 0)
        return Score(0, zero, (), (N_("Answer the question in a few full sentences."),))
    answer_stems = {stem(word) for word in answer_words}
    sentences = _sentences(answer)
    lowered = answer.lower()
    evidence: list[str] = []
    tips: list[str] = []

    asked = set(content_stems(question_text))
    relevance = min(100, round(100 * len(asked & answer_stems) / max(1, min(len(asked), 6))))

    behavioural = question is None and bool(
        re.search(r"\b(?:tell me about a time|describe a time|give an example)\b", question_text, re.I)
    )
    behavioural = behavioural or (question is not None and question.type == "behavioural")
    if behavioural:
        parts = [_SITUATION, _ACTION, _RESULT, _LEARNING]
        found = [pattern for pattern in parts if pattern.search(answer)]
        structure = round(100 * len(found) / len(parts))
        if _RESULT not in found:
            tips.append(N_("End with the result: what changed, by how much."))
        if _ACTION not in found:
            tips.append(N_('Say what you did yourself: "I decided…", "I built…".'))
    else:
        steps = len(_REASONING.findall(answer))
        structure = min(100, 40 + 15 * steps) if len(sentences) >= 2 else 30

    if question is not None and question.key_points:
        covered = covered_points(answer, question.key_points)
        depth = round(100 * len(covered) / len(question.key_points))
        for point in covered:
            quote = next(
                (
                    s
                    for s in sentences
                    if any(
                        _phrase_found(p, words(s), {stem(w) for w in words(s)}) for p in (point.point, *point.synonyms)
                    )
                ),
                None,
            )
            if quote and quote not in evidence:
                evidence.append(quote)
        if len(covered) < len(question.key_points):
            tips.append(N_("Cover more of what the question asks about; the model answer shows the usual points."))
    else:
        depth = min(100, round(100 * len(set(content_stems(answer))) / 60))

    numbers = _NUMBER.findall(answer)
    named = re.findall(r"(?<![.!?]\s)\b[A-Z][a-zA-Z0-9+#.]{1,}\b", answer)
    specificity = min(100, 25 * len(numbers) + 10 * len(set(named)) + (20 if "for example" in lowered else 0))
    if not numbers:
        tips.append(N_("Add a number: a size, a time, a percentage."))
    for sentence in sentences:
        if _NUMBER.search(sentence) and sentence not in evidence and len(evidence) < 6:
            evidence.append(sentence)

    fillers, hedges = count_fillers(answer), _count(HEDGES, lowered)
    low, high = TARGET_WORDS
    length_penalty = 0 if low <= len(answer_words) <= high else (30 if len(answer_words) < low / 2 else 15)
    clarity = max(0, 100 - length_penalty - 8 * fillers - 10 * hedges)
    if hedges:
        tips.append(N_('Say it with confidence: drop "I think" and "maybe".'))
    if len(answer_words) < low:
        tips.append(N_("Give a fuller answer: about one to two minutes of speech."))

    dimensions = {
        "relevance": relevance,
        "structure": structure,
        "depth": depth,
        "specificity": specificity,
        "clarity": clarity,
    }
    overall = round(sum(WEIGHTS[name] * value for name, value in dimensions.items()))
    return Score(overall, dimensions, tuple(evidence), tuple(dict.fromkeys(tips)))
