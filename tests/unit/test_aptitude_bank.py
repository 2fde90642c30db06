"""The shipped question bank: enough questions, every topic covered, translated where the section allows."""

from __future__ import annotations

from collections import Counter

import pytest

from lib.aptitude.bank import load_bank
from lib.aptitude.model import SECTIONS
from lib.aptitude.topics import TOPICS


def test_the_bank_holds_at_least_300_well_formed_questions_in_every_section():
    bank = load_bank()
    assert len(bank) >= 300
    assert set(Counter(question.section for question in bank)) == set(SECTIONS)
    for question in bank:
        question.check()


@pytest.mark.parametrize("section", list(SECTIONS))
def test_every_topic_of_a_section_has_questions_at_several_difficulties(section):
    questions = [question for question in load_bank() if question.section == section]
    for topic in TOPICS[section]:
        in_topic = [question for question in questions if question.topic == topic]
        assert len(in_topic) >= 4, topic
        assert len({question.difficulty for question in in_topic}) >= 2, topic


@pytest.mark.parametrize("section", ["quantitative", "logical", "data_interpretation"])
def test_questions_outside_verbal_ability_read_in_hindi_and_spanish(section):
    for question in load_bank():
        if question.section == section:
            assert set(question.wordings) == {"en", "hi", "es"}, question.key


def test_the_right_answer_is_not_predictable_from_its_position():
    positions = Counter(question.answer for question in load_bank())
    assert max(positions.values()) < 0.35 * sum(positions.values())
