"""The ATS compatibility score: 100 points in named checks, each saying why and what to change.

Deterministic by construction: the same file always gets the same score. Nothing here reads
the AI, so text inside a resume that tries to instruct a model cannot change the score.
Every explanation is a message id with parameters, translated by the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lib.errors import N_
from lib.resume.document_model import Document
from lib.resume.extract import Profile
from lib.resume.language import VerbStyle
from lib.resume.roles import Role
from lib.resume.script import devanagari, letters_of
from lib.resume.taxonomy import general_name

Param = str | int


@dataclass(frozen=True)
class Note:
    message: str
    params: Mapping[str, Param] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Check:
    key: str
    name: str
    points: int
    max: int
    why: tuple[Note, ...]
    fix: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Bullet:
    line: int  # 1-based line of the resume text
    text: str
    action_verb: bool
    quantified: bool


CHECK_NAMES = {
    "parseability": N_("Parseability"),
    "headings": N_("Standard section headings"),
    "contact": N_("Contact information"),
    "length": N_("Length"),
    "bullets": N_("Bullet quality"),
    "dates": N_("Date consistency"),
    "skills": N_("Skill coverage"),
}
_WARNING_PENALTY = {
    "scanned_pages": 8,
    "multi_column": 4,
    "text_boxes": 4,
    "tables": 3,
    "contact_in_header_footer": 3,
    "unusual_fonts": 2,
    "images_only_pages": 4,
    "long_document": 2,
}
_BULLET = re.compile(r"^\s*(?:[•·▪►◆■●○◦\-–*]|\d+[.)])\s+(.*\S)")
_NUMBER = re.compile(
    r"\d|%|\b(?:one|two|three|four|five|ten|twenty|hundred|thousand|million|billion|lakh|crore"
    r"|cien|cientos|mil|millón|millones)\b"
    r"|सौ|हज़ार|हजार|लाख|करोड़|करोड|प्रतिशत",  # Hindi: hundred, thousand, lakh, crore, per cent
    re.I,
)
ACTION_VERBS = frozenset(
    letters_of(line.strip())
    for line in (Path(__file__).resolve().parents[2] / "data" / "resume" / "action_verbs.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)


# "की" closes a compound verb ("बिक्री की") but is also "of" ("टीम की"): it counts only at the end.
_ONLY_LAST = frozenset({"की"})


def _has_action_verb(body: str) -> bool:
    """The verb opens an English or Spanish bullet; a Hindi one ends with it ("… API बनाया।"), or
    has it before a clause that follows ("… API बनाया, जो रोज़ 20 लाख अनुरोध संभालता है।")."""
    words = [letters_of(word) for word in body.split()]
    if not devanagari(body):
        return words[0] in ACTION_VERBS
    return words[-1] in ACTION_VERBS or any(word in ACTION_VERBS and word not in _ONLY_LAST for word in words[:-1])


def bullets(text: str, profile: Profile) -> list[Bullet]:
    """Bullet lines in the experience and project sections (all bullets if there are no such sections)."""
    storied = {"experience", "projects"}
    any_storied = any(section.kind in storied for section in profile.sections)
    found = []
    for index, (line, section) in enumerate(profile.lines_in_sections(text)):
        if any_storied and section not in storied:
            continue
        match = _BULLET.match(line)
        if match is None or len(match.group(1).split()) < 4:
            continue
        body = match.group(1)
        found.append(Bullet(index + 1, body, _has_action_verb(body), bool(_NUMBER.search(body))))
    return found


def _parseability(document: Document) -> Check:
    points, why, fix = 20, [], []
    for warning in document.warnings:
        penalty = _WARNING_PENALTY.get(warning.code, 2)
        points -= penalty
        why.append(Note(warning.message, warning.params))
    if len(document.text.split()) < 80:
        points -= 6
        why.append(Note(N_("Only {n} words could be read from the file."), {"n": len(document.text.split())}))
        pictured = any(w.code in ("scanned_pages", "images_only_pages") for w in document.warnings)
        fix.append(
            Note(N_("Use real text, not images of text, so that an ATS can read every line."))
            if pictured
            else Note(
                N_(
                    "Check that every line of your resume appears under What an ATS sees; if some are "
                    "missing, save the file again from your editor as a PDF or Word document with real text."
                )
            )
        )
    if document.warnings:
        fix.append(Note(N_("Use one column, no tables or text boxes, and keep contact details in the body.")))
    if not why:
        why.append(Note(N_("The whole file reads as plain text in a sensible order.")))
    return Check("parseability", CHECK_NAMES["parseability"], max(points, 0), 20, tuple(why), tuple(fix))


def _headings(profile: Profile) -> Check:
    present = {section.kind for section in profile.sections}
    # The headings an ATS looks for are English words in an English resume: named as written, not translated.
    wanted = {"experience": "EXPERIENCE", "education": "EDUCATION", "skills": "SKILLS"}
    missing = [label for kind, label in wanted.items() if kind not in present]
    points = 15 - 5 * len(missing)
    why: tuple[Note, ...]
    fix: tuple[Note, ...]
    if missing:
        why = tuple(Note(N_('No standard "{heading}" heading was found.'), {"heading": label}) for label in missing)
        fix = (Note(N_("Use the usual headings (Experience, Education, Skills) so an ATS files each part correctly.")),)
    else:
        why, fix = (Note(N_("Experience, Education and Skills all have standard headings.")),), ()
    return Check("headings", CHECK_NAMES["headings"], points, 15, why, fix)


def _contact(document: Document, profile: Profile) -> Check:
    contact = profile.contact
    why: list[Note] = []
    fix: list[Note] = []
    points = 0
    for present, value, label in (
        (bool(contact.emails), 4, N_("an e-mail address")),
        (bool(contact.phones), 3, N_("a phone number")),
        (
            bool(contact.linkedin or contact.github or contact.urls or contact.location),
            3,
            N_("a profile link or location"),
        ),
    ):
        if present:
            points += value
            why.append(Note(N_("Found {item}."), {"item": label}))
        else:
            why.append(Note(N_("Missing {item}."), {"item": label}))
            fix.append(Note(N_("Add {item} near the top, in the body of the page."), {"item": label}))
    if any(w.code == "contact_in_header_footer" for w in document.warnings):
        # Found here, but an ATS that skips headers and footers will not: parseability counts the cost.
        why.append(Note(N_("Some contact details are only in the page header or footer, which many ATS skip.")))
        fix.append(Note(N_("Repeat your e-mail and phone in the body of the first page.")))
    return Check("contact", CHECK_NAMES["contact"], points, 10, tuple(why), tuple(fix))


def _length(document: Document) -> Check:
    words = len(document.text.split())
    if 350 <= words <= 1000 and document.pages <= 2:
        return Check(
            "length",
            CHECK_NAMES["length"],
            10,
            10,
            (Note(N_("{n} words on {pages} pages: a good length."), {"n": words, "pages": document.pages}),),
        )
    if words < 350:
        why = Note(N_("{n} words: short for a resume."), {"n": words})
        fix = Note(N_("Add results, projects and skills until the resume has 350 to 1,000 words."))
        return Check("length", CHECK_NAMES["length"], 4 if words < 200 else 7, 10, (why,), (fix,))
    why = Note(N_("{n} words on {pages} pages: long for a resume."), {"n": words, "pages": document.pages})
    fix = Note(N_("Keep to two pages: cut older or less relevant details."))
    return Check("length", CHECK_NAMES["length"], 6, 10, (why,), (fix,))


# Advice as reports stored before the example verbs followed the resume's language wrote it; kept
# so those reports still read in the user's language.
_EARLIER_ADVICE = (
    N_("Start each bullet with a strong verb such as Built, Reduced or Led."),
    N_("Start this bullet with an action verb (Built, Reduced, Led …)."),
)


def _bullets(found: Sequence[Bullet], verbs: VerbStyle) -> Check:
    if not found:
        none_found = (Note(N_("No bullet points were found in the experience or projects sections.")),)
        describe = (Note(N_("Describe each job in bullet points that start with an action verb and state a result.")),)
        return Check("bullets", CHECK_NAMES["bullets"], 3, 15, none_found, describe)
    with_verb = sum(bullet.action_verb for bullet in found)
    numbers = sum(bullet.quantified for bullet in found)
    points = round(7 * with_verb / len(found) + 8 * numbers / len(found))
    counted = (
        N_("{k} of {n} bullets end with an action verb.")
        if verbs.last
        else N_("{k} of {n} bullets start with an action verb.")
    )
    counts = (
        Note(counted, {"k": with_verb, "n": len(found)}),
        Note(N_("{k} of {n} bullets give a number or result."), {"k": numbers, "n": len(found)}),
    )
    advice: list[Note] = []
    if with_verb < len(found):
        advise = (
            N_("End each bullet with a strong verb such as {verbs}.")
            if verbs.last
            else N_("Start each bullet with a strong verb such as {verbs}.")
        )
        advice.append(Note(advise, {"verbs": verbs.examples}))
    if numbers < len(found):
        advice.append(Note(N_("Add a result to each bullet: how much, how many, how fast.")))
    return Check("bullets", CHECK_NAMES["bullets"], points, 15, counts, tuple(advice))


def _dates(profile: Profile) -> Check:
    jobs = profile.experience
    if not jobs:
        none_found = (Note(N_("No dated jobs were found.")),)
        give_dates = (Note(N_("Give each job a start and end month, such as Jan 2021 – Mar 2023.")),)
        return Check("dates", CHECK_NAMES["dates"], 4, 10, none_found, give_dates)
    undated = sum(job.months <= 0 for job in jobs)
    styles = {("month" if "-" in job.start else "year") for job in jobs}  # "2020-01" or "2020"
    points = 10 - 3 * min(undated, 2) - (2 if len(styles) > 1 else 0)
    why = [Note(N_("{n} jobs with dates found."), {"n": len(jobs)})]
    fix: list[Note] = []
    if undated:
        why.append(Note(N_("{n} jobs have dates that could not be read as a range."), {"n": undated}))
        fix.append(Note(N_("Write every date range the same way, start – end, with months.")))
    if len(styles) > 1:
        why.append(Note(N_("Some dates give months and others only years.")))
        fix.append(Note(N_("Use one date format throughout.")))
    return Check("dates", CHECK_NAMES["dates"], max(points, 0), 10, tuple(why), tuple(fix))


def _skills(profile: Profile, target: Sequence[str], target_label: str | None, *, job_pasted: bool) -> Check:
    have = {skill.name for skill in profile.skills}
    if not target:
        count = len(have)
        points = min(20, 8 + count // 2)
        if job_pasted:  # a job description in words this analyzer has no skill for: say so, not "none pasted"
            recognised = N_("{n} distinct skills recognised; the job description names no skill this analyzer knows.")
            sharper = N_("Choose a target role too, for a sharper check.")
        else:
            recognised = N_("{n} distinct skills recognised (no role or job description to compare with).")
            sharper = N_("Choose a target role or paste a job description for a sharper check.")
        fix = () if count >= 24 else (Note(sharper),)
        return Check("skills", CHECK_NAMES["skills"], points, 20, (Note(recognised, {"n": count}),), fix)
    have |= {skill.name for skill in profile.mentioned}  # an ATS finds a skill wherever it is written
    have |= {general_name(name) for name in have}  # "Prototyping" for "Prototyping (UX)", and back
    found = [name for name in target if name in have or general_name(name) in have]
    missing = [name for name in target if name not in found]
    points = round(20 * len(found) / len(target))
    why = (
        Note(
            N_("{k} of {n} skills expected for {target} were found."),
            {"k": len(found), "n": len(target), "target": target_label or ""},
        ),
    )
    fix = (
        (Note(N_("If you have them, name these skills: {skills}."), {"skills": ", ".join(missing)}),) if missing else ()
    )
    return Check("skills", CHECK_NAMES["skills"], points, 20, why, fix)


def score(
    document: Document,
    profile: Profile,
    found_bullets: Sequence[Bullet],
    *,
    verbs: VerbStyle,
    role: Role | None = None,
    job_skills: Sequence[str] = (),
    job_pasted: bool = False,
) -> tuple[int, tuple[Check, ...]]:
    """The total out of 100 and the checks that make it up; `found_bullets` come from `bullets`, `verbs`
    are example verbs in the resume's language, and where they go (the suggestions quote the same)."""
    if job_skills:
        target, label = list(job_skills), N_("this job description")
    elif role is not None:
        target, label = list(role.core), role.label
    else:
        target, label = [], None
    checks = (
        _parseability(document),
        _headings(profile),
        _contact(document, profile),
        _length(document),
        _bullets(found_bullets, verbs),
        _dates(profile),
        _skills(profile, target, label, job_pasted=job_pasted),
    )
    return sum(check.points for check in checks), checks
