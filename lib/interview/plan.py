"""Choosing an interview's questions, and the interviewer's follow-up on the weakest point.

A question travels as a snapshot (plain JSON kept with the session), so an interview reads the
same later even if the bank or an instructor's question changes:
    {"key", "type", "text": {language: text} | "message" + "params", "key_points", "model_answer"}
Questions drawn from the candidate's resume and follow-ups carry a message id and parameters
instead of text, so they read in whatever language the page is shown in.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from lib.ai.keywords import content_stems
from lib.errors import N_
from lib.i18n import translate
from lib.interview.bank import LEVELS, InterviewQuestion, KeyPoint, load_bank
from lib.interview.coach import Score, covered_points
from lib.resume.roles import load_roles

LENGTHS = (3, 5, 8, 10)
SESSION_TYPES = ("behavioural", "technical", "mixed")
FOLLOW_UP_BELOW = 60  # a real interviewer digs in only where the answer was clearly weak
Snapshot = dict[str, Any]

RESUME_SKILL = N_(
    "Your resume mentions {skill}. Tell me about a time you used it: what was the problem, what did you do, "
    "and what was the result?"
)
RESUME_JOB = N_("Walk me through your work as {title} at {company}. What was the hardest problem you solved there?")
FOLLOW_UPS = {
    "relevance": N_("Let me bring you back to the question. In two or three sentences, what is your direct answer?"),
    "structure_behavioural": N_("What was the outcome, and how did you know it had worked?"),
    "structure": N_("Can you walk me through your reasoning step by step?"),
    "depth_point": N_("Your answer left out one point: “{point}”. How does it fit in?"),
    "depth": N_("What would an expert add to your answer? Take it one level deeper."),
    "specificity": N_("Can you make that concrete: which tools did you use, and what numbers show the impact?"),
    "clarity": N_("Could you sum up your answer in two or three clear sentences?"),
}


def snapshot_of(question: InterviewQuestion) -> Snapshot:
    return {
        "key": question.key,
        "type": question.type,
        "text": dict(question.text),
        "key_points": [{"point": p.point, "synonyms": list(p.synonyms)} for p in question.key_points],
        "model_answer": list(question.model_answer),
        "model_answer_i18n": {language: list(steps) for language, steps in question.model_answer_translations.items()},
    }


def custom_snapshot(row: Mapping[str, Any]) -> Snapshot:
    """An instructor's question; without a rubric it is scored on the general criteria."""
    rubric = row.get("rubric") or {}
    return {
        "key": f"custom:{row['id']}",
        "type": row["type"],
        "text": {row["language"]: row["text"]},
        "key_points": list(rubric.get("key_points", [])),
        "model_answer": list(rubric.get("model_answer", [])),
    }


def question_text(snapshot: Mapping[str, Any], language: str) -> str:
    """The question as the candidate reads it: their language when there is a translation."""
    if "message" in snapshot:
        return translate(language, snapshot["message"], **snapshot.get("params", {}))
    texts: Mapping[str, str] = snapshot["text"]
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))


def outline(snapshot: Mapping[str, Any], language: str) -> list[str]:
    """The model-answer outline in the candidate's language when there is a translation."""
    return list(snapshot.get("model_answer_i18n", {}).get(language) or snapshot.get("model_answer") or [])


def rubric_question(snapshot: Mapping[str, Any], role: str, level: str) -> InterviewQuestion | None:
    """The snapshot as a bank question for the coach, or None when it has no rubric."""
    if not snapshot.get("key_points"):
        return None
    english = question_text(snapshot, "en")
    return InterviewQuestion(
        key=snapshot["key"],
        role=role,
        type=snapshot["type"],
        level=level,
        text={"en": english, "hi": english, "es": english},
        key_points=tuple(KeyPoint(p["point"], tuple(p.get("synonyms", ()))) for p in snapshot["key_points"]),
        red_flags=(),
        model_answer=tuple(snapshot.get("model_answer", ())),
    )


def _level_distance(level: str, wanted: str) -> int:
    return abs(LEVELS.index(level) - LEVELS.index(wanted)) if level in LEVELS else 1


def _relevant_skill(skills: Sequence[str], role: str) -> str:
    """The resume skill the role's profile values most: a core skill, then a nice-to-have, else the first."""
    profile = load_roles().get(role)
    if profile is None:  # General / HR has no skill profile
        return skills[0]
    for tier in (profile.core, profile.nice):
        wanted = {skill.lower() for skill in tier}
        found = [skill for skill in skills if skill.lower() in wanted]
        if found:
            return found[0]
    return skills[0]


def _resume_questions(resume: Mapping[str, Any] | None, role: str) -> list[Snapshot]:
    """Up to two questions about the candidate's own resume: a relevant skill and their latest job."""
    if not resume:
        return []
    found: list[Snapshot] = []
    skills = list(resume.get("skills", []))
    if skills:
        skill = _relevant_skill(skills, role)
        found.append(
            {
                "key": f"resume:skill:{skill.lower()}",
                "type": "behavioural",
                "message": RESUME_SKILL,
                "params": {"skill": skill},
                "key_points": [],
                "model_answer": [],
            }
        )
    jobs = [job for job in resume.get("experience", []) if job.get("title") and job.get("company")]
    if jobs:
        job = jobs[0]
        found.append(
            {
                "key": f"resume:job:{job['title'].lower()}",
                "type": "behavioural",
                "message": RESUME_JOB,
                "params": {"title": job["title"], "company": job["company"]},
                "key_points": [],
                "model_answer": [],
            }
        )
    return found


def choose_questions(
    *,
    role: str,
    level: str,
    session_type: str,
    count: int,
    seed: int,
    seen: Collection[str] = (),
    custom: Sequence[Mapping[str, Any]] = (),
    resume: Mapping[str, Any] | None = None,
    bank: Sequence[InterviewQuestion] | None = None,
) -> list[Snapshot]:
    """`count` questions for the role: unseen before seen, the level before its neighbours,
    instructors' before the bank's, shuffled within those tiers; mixed interviews alternate the
    two types. With a resume, the first questions are about it (a skill the role's profile in
    data/resume/roles.json values, and the latest job) and bank questions touching its skills
    come next."""
    rng = random.Random(seed)
    bank = load_bank() if bank is None else bank
    candidates = [snapshot_of(q) for q in bank if q.role == role] + [
        custom_snapshot(row) for row in custom if row["role"] == role
    ]
    levels = {q.key: q.level for q in bank} | {f"custom:{row['id']}": row["level"] for row in custom}
    resume_terms = {stem for skill in (resume or {}).get("skills", []) for stem in content_stems(skill)}

    def rank(snapshot: Snapshot) -> tuple[int, int, int, int, float]:
        points = " ".join(p["point"] for p in snapshot["key_points"])
        touches_resume = bool(resume_terms & set(content_stems(points)))
        return (
            snapshot["key"] in seen,
            _level_distance(levels[snapshot["key"]], level),
            not snapshot["key"].startswith("custom:"),
            not touches_resume,
            rng.random(),
        )

    ordered = sorted(candidates, key=rank)
    chosen = _resume_questions(resume, role)[: max(0, count - 1)]
    wanted_types = ("behavioural", "technical") if session_type == "mixed" else (session_type,)
    queues = {kind: [q for q in ordered if q["type"] == kind] for kind in wanted_types}
    turn = 0
    while len(chosen) < count and any(queues.values()):
        kind = wanted_types[turn % len(wanted_types)]
        turn += 1
        if queues[kind]:
            chosen.append(queues[kind].pop(0))
    return chosen


def follow_up(score: Score, snapshot: Mapping[str, Any], answer: str, language: str) -> Snapshot | None:
    """One follow-up question on the weakest dimension, or None when every dimension is fine."""
    weakest = min(score.dimensions, key=lambda name: (score.dimensions[name], name))
    if score.dimensions[weakest] >= FOLLOW_UP_BELOW or score.overall == 0:
        return None
    parent = str(snapshot["key"])
    params: dict[str, str] = {}
    key_points: list[dict[str, Any]] = []
    message = FOLLOW_UPS.get(weakest, FOLLOW_UPS["clarity"])
    if weakest == "structure" and snapshot.get("type") == "behavioural":
        message = FOLLOW_UPS["structure_behavioural"]
    elif weakest == "depth" and snapshot.get("key_points") and language == "en":
        points = [KeyPoint(p["point"], tuple(p.get("synonyms", ()))) for p in snapshot["key_points"]]
        covered = covered_points(answer, points)
        missing = [point for point in points if point not in covered]
        if missing:
            message, params = FOLLOW_UPS["depth_point"], {"point": missing[0].point}
            key_points = [{"point": missing[0].point, "synonyms": list(missing[0].synonyms)}]
    return {
        "key": f"{parent}:follow-up",
        "type": snapshot.get("type", "technical"),
        "message": message,
        "params": params,
        "key_points": key_points,
        "model_answer": [],
        "weakest": weakest,
    }
