"""The interview question bank loads, reads in three languages, and carries a usable rubric."""

from __future__ import annotations

from collections import Counter

from lib.interview.bank import LANGUAGES, load_bank


def test_every_question_is_well_formed_translated_and_unique():
    bank = load_bank()
    assert bank, "the bank is empty"
    assert len({question.key for question in bank}) == len(bank)
    for question in bank:
        assert set(question.text) == set(LANGUAGES)
        assert all(point.synonyms for point in question.key_points), question.key
        assert set(question.model_answer_translations) == {"hi", "es"}, question.key
        assert question.outline("es") != question.outline("en") != question.outline("hi"), question.key


def test_each_role_has_at_least_40_questions_of_both_types_at_every_level():
    bank = load_bank()
    every = {(kind, level) for kind in ("behavioural", "technical") for level in ("intern", "junior", "senior")}
    for role in {question.role for question in bank}:
        questions = [question for question in bank if question.role == role]
        wanted = {pair for pair in every if role != "general" or pair[0] == "behavioural"}  # HR is behavioural
        assert len(questions) >= 40, role
        assert {(q.type, q.level) for q in questions} >= wanted, role


def test_each_role_in_the_bank_asks_behavioural_questions_at_several_levels():
    by_role = Counter(question.role for question in load_bank())
    for role in by_role:
        questions = [question for question in load_bank() if question.role == role]
        assert any(question.type == "behavioural" for question in questions), role
        assert len({question.level for question in questions}) >= 2, role
