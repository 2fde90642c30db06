"""A resume's text turned into a structured, deterministic profile.

`extract_profile` runs the section splitter, the taxonomy matcher and the contact, education
and experience extractors over the same text and ties their results to sections, so callers
(ATS score, job match, suggestions) can ask "which skills appear only in the skills list?"
without re-reading the text. No randomness, no clock unless `today` is left out (it dates
"Present").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from lib.resume.contact import Contact, extract_contact
from lib.resume.education import Education, extract_education, mentions_degree
from lib.resume.experience import Job, extract_experience
from lib.resume.sections import Section, heading_kind, recover_lines, split_sections
from lib.resume.taxonomy import Taxonomy, load_taxonomy

__all__ = ["Contact", "Education", "Job", "Mention", "Profile", "ProfileSkill", "extract_profile"]


@dataclass(frozen=True)
class Mention:
    """One place a skill is written: the text as written, its offsets, the section kind."""

    surface: str
    start: int
    end: int
    section: str | None


@dataclass(frozen=True)
class ProfileSkill:
    name: str
    category: str
    mentions: tuple[Mention, ...]

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.section for m in self.mentions if m.section))


@dataclass(frozen=True)
class Profile:
    contact: Contact
    skills: tuple[ProfileSkill, ...]
    education: tuple[Education, ...]
    experience: tuple[Job, ...]
    experience_months: int
    projects: tuple[str, ...]
    certifications: tuple[str, ...]
    sections: tuple[Section, ...] = field(default=(), repr=False)

    @property
    def skills_by_category(self) -> dict[str, list[str]]:
        """Canonical skill names grouped by taxonomy category, both sorted."""
        grouped: dict[str, list[str]] = {}
        for skill in self.skills:
            grouped.setdefault(skill.category, []).append(skill.name)
        return {category: sorted(names) for category, names in sorted(grouped.items())}

    @property
    def experience_years(self) -> float:
        return round(self.experience_months / 12, 1)


_ITEM_SPLIT = re.compile(r"\s*(?:[•·▪►◆■●○◦]|\n)\s*")
_PROJECT_LABEL = re.compile(r"^\s*(?:project\s*(?:title|name)?\s*\d*|title)\s*[:\-–]\s*(.+)$", re.IGNORECASE)
_PROJECT_NUMBERED = re.compile(r"^\s*(?:project\s*\d+|\d+[.)])\s*[:\-–.]?\s*(.+)$", re.IGNORECASE)
_CERTIFIED = re.compile(
    r"(?:\b(?:[A-Z][\w+#.-]*\s+){0,4}(?:Certified|Certification|Certificate)\b(?:\s+(?:in|of|for)?\s*[A-Z][\w+#.-]*){0,6}"
    r"|\b(?:PMP|CCNA|CCNP|CISSP|CISA|CPA|CFA|ITIL|PRINCE2|CSM|OCJP|OCA|OCP|MCSE|MCSA|MCP|MCSD)\b)"
)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(index + 1 for index, char in enumerate(text) if char == "\n")
    return starts


def _ranges(sections: list[Section], *kinds: str) -> list[tuple[int, int]]:
    return [(s.start_line, s.end_line) for s in sections if s.kind in kinds]


# Categories whose names are specific enough to count wherever they are written (Python, React,
# Jira); the others ("Sales", "Testing", "Computer Science") are ordinary words as often as skills,
# so they count where the resume lists them, or written as a capitalised phrase.
SPECIFIC_CATEGORIES = frozenset({"languages", "frameworks", "tools"})
_WORD = re.compile(r"\w")
_LIST_DELIMITER = re.compile(r"[,;|•·▪►◆■●○◦()\[\]:\t/]|\s[-–]\s|\band\b|\n")


def _item_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The list item around [start, end): from the previous delimiter to the next, in the line."""
    # Within the line, and within a window so a very long line stays linear.
    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end < 0 else line_end
    before = list(_LIST_DELIMITER.finditer(text, line_start, start))
    after = _LIST_DELIMITER.search(text, end, line_end)
    return (before[-1].end() if before else line_start), (after.start() if after else line_end)


def is_listed(text: str, start: int, end: int) -> bool:
    """True when a mention is a whole list item: "Java, SQL, Spring" lists skills; "provided training
    to new staff" merely uses a word. (Allowing one extra word, "strong SQL", was worse on train.)"""
    item_start, item_end = _item_bounds(text, start, end)
    return not _WORD.search(text, item_start, start) and not _WORD.search(text, end, item_end)


# A one-letter skill (C, R) that is an initial ("R. Williams", "(C)", "Grade C", "R & D", "C/o").
_INITIAL_AFTER = re.compile(r"\.|\)|/[a-z]|\s*&\s*D\b")
_INITIAL_BEFORE = re.compile(r"(?:\(|\b(?:Grade|Miss|Mr|Mrs|Ms|Dr|Class)\s)$")
# A list label ("Operating Systems: Windows, Linux"), the name of the list and not one of its items.
_LABEL_AFTER = re.compile(r"[ \t]*[:\-–]")
_LABEL_BEFORE = re.compile(r"(?:^|\n)[\s•·▪►◆■●○◦*\-]*$")


# A label before a profile address ("LinkedIn: https://..."), not a skill.
_ADDRESS_LABEL = re.compile(r"[ \t]*[:\-–]?[ \t]*(?:https?://|www\.|[\w.-]+\.(?:com|org|net|in)/)", re.IGNORECASE)


# A skill word that names a job or an organisation ("Sales Manager", "Information Technology
# Department", "College of Information Technology") rather than a skill.
_ROLE_AFTER = re.compile(
    r"[ \t]+(?:Manager|Engineer|Executive|Specialist|Analyst|Director|Consultant|Coordinator|Officer|Assistant"
    r"|Associate|Representative|Supervisor|Lead|Head|Intern|Trainee|Teacher|Department|Dept|Team|Industry|Division"
    r"|Services?|Company)\b"
)
_ORG_BEFORE = re.compile(r"\b(?:College|School|Institute|University|Department|Faculty|Dept\.?)\s+of\s+$")


def _initial(text: str, start: int, end: int) -> bool:
    return end - start == 1 and bool(
        _INITIAL_AFTER.match(text, end) or _INITIAL_BEFORE.search(text, max(0, start - 6), start)
    )


def _label(text: str, start: int, end: int) -> bool:
    return bool(_LABEL_AFTER.match(text, end) and _LABEL_BEFORE.search(text, max(0, start - 20), start))


def _line_of(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start : len(text) if line_end < 0 else line_end]


# Sections where an everyday skill word names a field, an award, a paper or a pastime.
_NOT_SKILL_SECTIONS = frozenset(
    {"education", "publications", "achievements", "certifications", "interests", "activities", "references"}
)


def _looks_technical(surface: str) -> bool:
    """A name no English word is written like: camel case inside a word ("MySQL", "PowerShell")."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(surface))


def _confident(text: str, mention: Mention, category: str) -> bool:
    if _initial(text, mention.start, mention.end) or _ADDRESS_LABEL.match(text, mention.end):
        return False
    if category in SPECIFIC_CATEGORIES or _looks_technical(mention.surface):
        return True
    line = _line_of(text, mention.start)
    if heading_kind(line) is not None or _label(text, mention.start, mention.end):
        return False  # "TEACHING EXPERIENCE", "Operating Systems:": a heading, not a skill
    if _ROLE_AFTER.match(text, mention.end) or _ORG_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "Sales Manager", "College of Information Technology": a job or a place
    if len(line) <= 100 and mentions_degree(line):
        return False  # "Bachelor of Science in Computer Science": a field of study
    if mention.surface.isalpha() and mention.surface.islower():
        # "monitoring, troubleshooting and training of staff": one lower-case everyday word is a skill
        # only as an item of a skills list (on train such words elsewhere were mostly not skills).
        return mention.section == "skills" and is_listed(text, mention.start, mention.end)
    if mention.section in _NOT_SKILL_SECTIONS:
        return False  # "B.Sc. Computer Science", "Award for Sales Excellence": not a skill the resume claims
    if mention.section == "skills" or is_listed(text, mention.start, mention.end):
        return True
    words = mention.surface.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)


# Title-case aliases that are also English words, kept only as list items.
_WORD_ALIASES = frozenset({"Word", "Access"})


def _skills(text: str, sections: list[Section], taxonomy: Taxonomy) -> tuple[ProfileSkill, ...]:
    starts = _line_starts(text)
    kind_of_line: dict[int, str] = {}
    for section in sections:
        for line in range(section.start_line, section.end_line + 1):
            kind_of_line[line] = section.kind
    grouped: dict[str, list[Mention]] = {}
    categories: dict[str, str] = {}
    for found in taxonomy.find(text):
        line = bisect.bisect_right(starts, found.start) - 1
        mention = Mention(found.surface, found.start, found.end, kind_of_line.get(line))
        if found.surface in _WORD_ALIASES and not is_listed(text, found.start, found.end):
            continue  # "Access to the curriculum", "Living Word Church"; "Word, Excel, Access" lists them
        if _confident(text, mention, found.category):
            grouped.setdefault(found.name, []).append(mention)
            categories[found.name] = found.category
    return tuple(ProfileSkill(name, categories[name], tuple(mentions)) for name, mentions in grouped.items())


def _short_items(sections: list[Section], kind: str) -> list[str]:
    items: list[str] = []
    for section in sections:
        if section.kind != kind:
            continue
        for item in _ITEM_SPLIT.split(section.text):
            item = item.strip(" \t-–*:;,")
            if 2 < len(item) <= 150:
                items.append(item)
    return items


def _projects(sections: list[Section]) -> tuple[str, ...]:
    """Project titles: labelled or numbered lines, else short lines that are not sentences."""
    titles: list[str] = []
    for item in _short_items(sections, "projects"):
        labelled = _PROJECT_LABEL.match(item) or _PROJECT_NUMBERED.match(item)
        if labelled:
            titles.append(labelled.group(1).strip(" .:-"))
        elif len(item.split()) <= 10 and not item.endswith(".") and item[:1].isupper() and ":" not in item:
            titles.append(item)
    return tuple(dict.fromkeys(t for t in titles if t))


def _certifications(text: str, sections: list[Section]) -> tuple[str, ...]:
    found = [item for item in _short_items(sections, "certifications") if len(item.split()) <= 16]
    for match in _CERTIFIED.finditer(text):
        value = " ".join(match.group(0).split())
        if not any(value.lower() in item.lower() for item in found):
            found.append(value)
    return tuple(dict.fromkeys(found))


def extract_profile(text: str, *, today: date | None = None, taxonomy: Taxonomy | None = None) -> Profile:
    """Contact, skills, education, experience, projects and certifications found in `text`.

    Offsets in mentions refer to `text` as given (line recovery moves no character).
    """
    text = recover_lines(text)
    sections = split_sections(text)
    education = extract_education(text, _ranges(sections, "education"))
    jobs, months = extract_experience(
        text,
        today=today or date.today(),
        experience_ranges=_ranges(sections, "experience"),
        excluded_ranges=_ranges(
            sections, "education", "certifications", "achievements", "publications", "projects", "references"
        ),
    )
    return Profile(
        contact=extract_contact(text),
        skills=_skills(text, sections, taxonomy or load_taxonomy()),
        education=tuple(education),
        experience=tuple(jobs),
        experience_months=months,
        projects=_projects(sections),
        certifications=_certifications(text, sections),
        sections=tuple(sections),
    )
