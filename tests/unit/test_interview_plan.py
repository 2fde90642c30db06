"""Choosing questions, follow-ups on the weakest point, and the delivery score."""

from __future__ import annotations

from lib.interview import plan, report
from lib.interview.bank import load_bank
from lib.interview.coach import Score


def sde_question(kind: str = "technical"):
    return next(q for q in load_bank() if q.role == "sde" and q.type == kind and q.level == "junior")


def score(**dimensions: int) -> Score:
    base = {"relevance": 80, "structure": 80, "depth": 80, "specificity": 80, "clarity": 80, **dimensions}
    return Score(round(sum(base.values()) / 5), base, (), ())


def test_a_strong_answer_gets_no_follow_up():
    assert plan.follow_up(score(), plan.snapshot_of(sde_question()), "answer", "en") is None


def test_a_missing_key_point_is_named_in_the_follow_up_and_becomes_its_rubric():
    question = sde_question()
    follow = plan.follow_up(score(depth=20), plan.snapshot_of(question), "I would just try things.", "en")
    assert follow is not None and follow["weakest"] == "depth"
    assert follow["params"]["point"] == question.key_points[0].point
    assert [p["point"] for p in follow["key_points"]] == [question.key_points[0].point]
    assert question.key_points[0].point in plan.question_text(follow, "en")


def test_follow_ups_read_in_the_candidates_language():
    follow = plan.follow_up(score(specificity=10), plan.snapshot_of(sde_question()), "x y z", "es")
    assert follow is not None
    assert plan.question_text(follow, "es").startswith("¿Puedes concretarlo")
    behavioural = plan.follow_up(score(structure=10), plan.snapshot_of(sde_question("behavioural")), "x", "en")
    assert behavioural is not None and behavioural["message"] == plan.FOLLOW_UPS["structure_behavioural"]


def test_resume_questions_come_first_and_name_the_skill():
    resume = {"skills": ["Basket weaving", "Python"], "experience": [{"title": "Developer", "company": "Acme"}]}
    chosen = plan.choose_questions(role="sde", level="junior", session_type="technical", count=4, seed=1, resume=resume)
    assert [q["key"].split(":")[0] for q in chosen[:2]] == ["resume", "resume"] and len(chosen) == 4
    assert chosen[0]["params"] == {"skill": "Python"}  # the skill that touches the role's rubric
    assert "Acme" in plan.question_text(chosen[1], "hi") and "Developer" in plan.question_text(chosen[1], "hi")
    assert all(q["type"] == "technical" for q in chosen[2:])


def test_the_same_seed_gives_the_same_interview_and_another_seed_a_different_one():
    options = {"role": "data_analyst", "level": "senior", "session_type": "mixed", "count": 8}
    first = plan.choose_questions(**options, seed=7)
    assert first == plan.choose_questions(**options, seed=7)
    assert [q["key"] for q in first] != [q["key"] for q in plan.choose_questions(**options, seed=8)]


def test_delivery_rewards_a_comfortable_pace_and_few_fillers_and_pauses():
    steady = {
        "words": 150,
        "words_per_minute": 140,
        "fillers_per_minute": 0.5,
        "long_pauses": 0,
        "volume_steadiness": 90,
    }
    rushed = {**steady, "words_per_minute": 230}
    hesitant = {**steady, "fillers_per_minute": 6, "long_pauses": 3}
    assert report.delivery_score(steady) > 90
    assert report.delivery_score(rushed) < report.delivery_score(steady) - 20
    assert report.delivery_score(hesitant) < report.delivery_score(steady) - 30
    assert report.delivery_score({**steady, "words": 0}) == 0
    overall, dimensions = report.answer_totals({"overall": 60, "dimensions": {"relevance": 60}}, steady)
    assert dimensions["delivery"] == report.delivery_score(steady) and 60 < overall < 70
