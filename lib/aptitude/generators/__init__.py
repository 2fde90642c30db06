"""Parametric quantitative questions: a seed gives a new multiple-choice question, checked by its own arithmetic.

A bank runs out and gets memorised; a generator gives each attempt fresh numbers. Each topic has a few
question shapes; the seed picks the shape and the numbers, the difficulty sets the size of the numbers and the
number of steps. Every question is written in English, Hindi and Spanish from the same values.

    generate("percentages", "medium", 42)           -> Question
    generate_with_params("ages", "hard", 7)         -> (Question, params)  # params let tests recompute the answer
    random_question(rng, "easy", ["probability"])   -> Question
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from fractions import Fraction

from lib.aptitude.generators import counting, money, proportion, rates, series
from lib.aptitude.generators.common import ANSWER_LINE, Params, Shape, build_options, render
from lib.aptitude.model import DIFFICULTIES, LANGUAGES, Question, Wording

Solver = Callable[[Params], Fraction]
_FAMILIES = (money, proportion, rates, counting, series)
# Per topic: its question shapes, the direct formula that checks them, and how often each shape comes up.
_TOPICS: dict[str, tuple[dict[str, Shape], Solver, list[int]]] = {
    topic: (
        shapes,
        family.SOLVERS[topic],
        [getattr(family, "WEIGHTS", {}).get(topic, {}).get(name, 1) for name in sorted(shapes)],
    )
    for family in _FAMILIES
    for topic, shapes in family.SHAPES.items()
}
GENERATED_TOPICS: tuple[str, ...] = tuple(_TOPICS)


def generate_with_params(topic: str, difficulty: str, seed: int) -> tuple[Question, Params]:
    """The question for (topic, difficulty, seed) and the parameters its answer follows from.

    Raises ValueError for an unknown topic or difficulty, RuntimeError if the generator's step-by-step answer
    and its direct formula disagree (a bug: such a question is never shown).
    """
    if topic not in _TOPICS:
        raise ValueError(f"no generator for topic {topic!r}; known: {', '.join(GENERATED_TOPICS)}")
    if difficulty not in DIFFICULTIES:
        raise ValueError(f"unknown difficulty {difficulty!r}")
    key = f"gen:{topic}:{difficulty}:{seed}"
    rng = random.Random(key)  # a str seed is hashed with SHA-512, not hash(): the same in every process
    shapes, solve, weights = _TOPICS[topic]
    shape = rng.choices(sorted(shapes), weights)[0]
    draft = shapes[shape](difficulty, rng)
    params: Params = {"topic": topic, "shape": shape, "difficulty": difficulty, **draft.params}
    if solve(params) != draft.answer:
        raise RuntimeError(f"{key}: worked answer {draft.answer} disagrees with the formula {solve(params)}")
    options, answer = build_options(draft.answer, draft.mistakes, draft.unit, rng)
    wordings: dict[str, Wording] = {}
    for language in LANGUAGES:
        answer_line = render(ANSWER_LINE, {"answer": draft.unit.show(draft.answer, language)})[language]
        wordings[language] = Wording(
            question=draft.question[language],
            options=tuple(draft.unit.show(option, language) for option in options),
            explanation=f"{draft.explanation[language]}\n{answer_line}",
        )
    question = Question(
        key=key,
        section="quantitative",
        topic=topic,
        difficulty=difficulty,
        answer=answer,
        wordings=wordings,
        source="generated",
    )
    question.check()
    return question, params


def generate(topic: str, difficulty: str, seed: int) -> Question:
    """The question for (topic, difficulty, seed); the same arguments always give the same question."""
    return generate_with_params(topic, difficulty, seed)[0]


def random_question(rng: random.Random, difficulty: str, topics: Sequence[str] | None = None) -> Question:
    """A question on a topic drawn from `topics` (all generated topics by default), with a seed drawn from rng."""
    pool = tuple(topics) if topics is not None else GENERATED_TOPICS
    if not pool:
        raise ValueError("no topics to choose from")
    unknown = [topic for topic in pool if topic not in _TOPICS]
    if unknown:
        raise ValueError(f"no generator for topics {unknown}")
    topic = rng.choice(pool)
    return generate(topic, difficulty, rng.getrandbits(64))


__all__ = ["GENERATED_TOPICS", "generate", "generate_with_params", "random_question"]
