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


def test_each_role_in_the_bank_asks_behavioural_questions_at_several_levels():
    by_role = Counter(question.role for question in load_bank())
    for role in by_role:
        questions = [question for question in load_bank() if question.role == role]
        assert any(question.type == "behavioural" for question in questions), role
        assert len({question.level for question in questions}) >= 2, role
