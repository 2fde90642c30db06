"""Concrete improvements, each tied to a line of the resume or a skill of the job."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lib.errors import N_
from lib.resume.ats import Bullet
from lib.resume.categories import CATEGORIES
from lib.resume.extract import Profile
from lib.resume.language import VERB_STYLES, VerbStyle
from lib.resume.match import JobMatch
from lib.resume.taxonomy import load_taxonomy

MAX_BULLET_SUGGESTIONS = 8


@dataclass(frozen=True)
class Suggestion:
    message: str
    params: Mapping[str, str | int] = field(default_factory=dict, hash=False)
    line: int | None = None  # 1-based line of the resume it is about
    quote: str | None = None  # the resume's own words


def _quote(text: str, line: int) -> str | None:
    lines = text.split("\n")
    written = " ".join(lines[line].split()).lstrip("•·▪►◆■●○◦*-–➢ ") if line < len(lines) else ""
    return (written[:157] + "…" if len(written) > 160 else written) or None


def suggest(
    profile: Profile,
    found_bullets: Sequence[Bullet],
    job: JobMatch | None,
    *,
    text: str,
    verbs: VerbStyle = VERB_STYLES["en"],
) -> tuple[Suggestion, ...]:
    """`text`: the resume's text, to quote lines; `verbs`: example verbs in the resume's language,
    and where they go (lib.resume.language)."""
    suggestions: list[Suggestion] = []
    for bullet in found_bullets:
        if len(suggestions) >= MAX_BULLET_SUGGESTIONS:
            break
        if not bullet.quantified:
            suggestions.append(
                Suggestion(
                    N_("This bullet has no result. Add a number: how much, how many, how fast."),
                    line=bullet.line,
                    quote=bullet.text,
                )
            )
        elif not bullet.action_verb:
            suggestions.append(
                Suggestion(
                    N_("End this bullet with an action verb ({verbs} …).")
                    if verbs.last
                    else N_("Start this bullet with an action verb ({verbs} …)."),
                    {"verbs": verbs.examples},
                    line=bullet.line,
                    quote=bullet.text,
                )
            )
    if job is not None:
        claimed = {skill.name for skill in profile.skills}
        in_passing = {skill.name: skill.mentions[0] for skill in profile.mentioned if skill.name not in claimed}
        for item in job.matched:
            if item.kind == "skill" and item.term in in_passing:
                line = text.count("\n", 0, in_passing[item.term].start)  # offsets are the text's own
                suggestions.append(
                    Suggestion(
                        N_(
                            "The job asks for {skill}; your resume names it only in passing. If it is one of "
                            "your skills, list it in your skills section too."
                        ),
                        {"skill": item.term},
                        line=line + 1,
                        quote=_quote(text, line),
                    )
                )
        taxonomy = load_taxonomy()
        categories = {skill.category for skill in profile.skills}
        for item in job.missing:
            if item.kind != "skill":
                continue
            skill = taxonomy.skill(item.term)
            if skill is not None and skill.category in categories:
                suggestions.append(
                    Suggestion(
                        N_(
                            "The job asks for {skill}; your resume shows related skills ({category}) "
                            "but never names it. If you have used it, say where."
                        ),
                        {"skill": item.term, "category": CATEGORIES.get(skill.category, skill.category)},
                    )
                )
            else:
                suggestions.append(
                    Suggestion(
                        N_("The job asks for {skill}, which your resume does not mention."), {"skill": item.term}
                    )
                )
    if not profile.contact.linkedin:
        suggestions.append(Suggestion(N_("Add your LinkedIn profile link next to your e-mail and phone.")))
    return tuple(suggestions)
