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
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from lib.resume.contact import Contact, extract_contact
from lib.resume.education import Education, extract_education, mentions_degree
from lib.resume.experience import Job, extract_experience
from lib.resume.script import opens_capitalised
from lib.resume.sections import Section, heading_kind, recover_lines, split_sections
from lib.resume.taxonomy import SkillMention, Taxonomy, load_taxonomy

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
    # Every skill the text names, claimed or not ("handled customer service for 200 clients"): what
    # an ATS keyword scan finds, so a job's "Customer Service" counts as present. `skills` is the
    # subset the resume claims, the profile a reader sees.
    mentioned: tuple[ProfileSkill, ...] = field(default=(), repr=False)
    # Where each line of the text the sections were cut from starts. Line breaks recovered from runs
    # of spaces make its lines more than the resume's own, so a place in the resume is found by offset.
    line_starts: tuple[int, ...] = field(default=(0,), repr=False)

    def section_at(self, offset: int) -> str | None:
        """The kind of section holding this character of the resume's text."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return next((s.kind for s in self.sections if s.start_line <= line <= s.end_line), None)

    def lines_in_sections(self, text: str) -> Iterator[tuple[str, str | None]]:
        """Each line of the resume's own `text` with the kind of section it starts in."""
        offset = 0
        for line in text.split("\n"):
            yield line, self.section_at(offset)
            offset += len(line) + 1

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
# A dot that ends the line ends a sentence or a list: "Java, Python and C." names C.
_INITIAL_AFTER = re.compile(r"\.(?![ \t]*(?:\n|$))|\)|/[a-z]|\s*&\s*D\b")
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
    r"|Services?|Company"
    # a group, a course or a field rather than a skill: "Computer Science Society", "Telecom domain"
    r"|(?i:society|club|committee|council|association|chapter|student|students|courses?|coursework|major|degree"
    r"|industry|domain|sector|department|company|companies))\b"
)
_ORG_BEFORE = re.compile(r"\b(?:College|School|Institute|University|Department|Faculty|Dept\.?)\s+of\s+$")


# Letters spaced out in a heading ("E D U C A T I O N", "H U R"): a capital letter alone next to it.
_SPACED_AFTER = re.compile(r" [A-Z](?:\s|$)")
_SPACED_BEFORE = re.compile(r"(?:^|\s)[A-Z] $")


def _initial(text: str, start: int, end: int) -> bool:
    return end - start == 1 and bool(
        _INITIAL_AFTER.match(text, end)
        or _INITIAL_BEFORE.search(text, max(0, start - 6), start)
        or _SPACED_AFTER.match(text, end)
        or _SPACED_BEFORE.search(text, max(0, start - 3), start)
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


# Categories whose one-word names written with a capital inside a sentence are names of products,
# platforms or protocols ("deployed on Linux", "Unix platform", "Agile"); "business" and "data"
# ones so written are as often a company's or a department's name.
NAMED_CATEGORIES = frozenset({"cloud", "methods"})
# Punctuation after which a capital says nothing: the start of a sentence, a list item or a label.
_OPENING = frozenset(".!?:;•·▪►◆■●○◦➢*-–(|>\n")


_YEAR_AFTER = re.compile(r"[ \t]*'?\d")  # "Spring 2016", "Fall '19"


def _proper_noun(text: str, mention: Mention) -> bool:
    """One capitalised word inside a sentence ("worked on Unix and Windows"), not its first word."""
    surface = mention.surface
    if " " in surface or not surface[:1].isupper() or not surface[1:].islower():
        return False
    before = text[max(0, mention.start - 40) : mention.start].rstrip(" \t")
    return bool(before) and before[-1] not in _OPENING


# Sections where the candidate sums up what they do (the summary, the lines under the name): a
# skill phrase there is a claim, where in the story of a job it may only be the setting. (On train,
# such phrases were skills about two times in five, against one in six in the experience section.)
_CLAIM_SECTIONS = frozenset({"summary", "header"})

# Words that claim what follows as a skill: "experience in data mining", "knowledge of web development",
# "worked on Linux", "using Agile", "such as load testing".
_CLAIM_BEFORE = re.compile(
    r"(?:experience|experienced|knowledge|expertise|expert|skills?|skilled|proficient|proficiency|familiar"
    r"|familiarity|worked|working|work|exposure|hands[- ]on|understanding|background|strong|good|excellent|versed"
    r"|trained|training|certified|speciali[sz]\w+|focus\w*)\s+(?:\w+\s+){0,2}(?:in|of|on|with|to|at)\s+(?:\w+\s+)?$"
    r"|(?:using|like|such\s+as|including|includes|include|via|through)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _claimed(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 60) : mention.start]
    return _CLAIM_BEFORE.search(before) is not None


def _confident(text: str, mention: Mention, category: str, *, technical_line: bool = False) -> bool:
    """Whether a mention is a skill the resume claims. `technical_line`: two or more languages,
    frameworks or tools are named around it on its line, so the generic words there are technical
    too ("Java, SQL and unit testing")."""
    if category in SPECIFIC_CATEGORIES or _looks_technical(mention.surface):
        return True
    line = _line_of(text, mention.start)
    if heading_kind(line) is not None or _label(text, mention.start, mention.end):
        return False  # "TEACHING EXPERIENCE", "Operating Systems:": a heading, not a skill
    if _ROLE_AFTER.match(text, mention.end) or _ORG_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "Sales Manager", "College of Information Technology": a job or a place
    if (len(line) <= 100 and mentions_degree(line)) or mentions_degree(
        text[max(0, mention.start - 30) : mention.start]
    ):
        return False  # "Bachelor of Science in Computer Science", "B.Tech in\nMechanical Engineering": a field
    among_named = technical_line and category != "business"
    if mention.surface.isalpha() and mention.surface.islower():
        # "monitoring, troubleshooting and training of staff": one lower-case everyday word is a skill
        # only as an item of a skills list (or of a languages list: "español (nativo)"), next to named
        # technologies, or claimed ("experience in testing"); on train such words elsewhere were mostly
        # not skills.
        listed = mention.section in ("skills", "languages") and is_listed(text, mention.start, mention.end)
        return listed or among_named or _claimed(text, mention)
    if mention.section in _NOT_SKILL_SECTIONS and not among_named:
        return False  # "B.Sc. Computer Science", "Award for Sales Excellence": not a skill the resume claims
    if mention.section == "skills" or is_listed(text, mention.start, mention.end) or among_named:
        return True
    if (category in NAMED_CATEGORIES and _proper_noun(text, mention)) or _claimed(text, mention):
        return True
    if mention.section in _CLAIM_SECTIONS:
        return True  # "Summary: five years of payroll processing": the summary is a list of claims
    if mention.section == "experience":
        # In the story of a job a capitalised phrase names a team, an office or a product as often as a
        # skill ("the Customer Service desk", "Active Directory migration"); on train, such phrases were
        # labelled skills three times in ten. The job match still counts them (Profile.mentioned).
        return False
    words = mention.surface.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)


# A resume that names this many languages, frameworks and tools is a technical one: there, business
# words ("Real Estate", "Training and Development", "Supply Chain Management") mostly name the
# domain the work served, so they count only as items of the skills list. (On train, business
# mentions in such resumes were labelled skills about one time in ten.)
TECHNICAL_RESUME = 20
# How far along its line a named technology makes the words around it technical.
NEAR = 120

# What may stand between a list's name and its first item: "Databases Oracle", "Operating Systems -
# Windows", "Operating Systems\n• Windows"; after a colon the name may stand anywhere in its line
# ("..., Photoshop Databases: Oracle").
_LIST_GAP_COLON = re.compile(r"[ \t]*:[ \t]*(?:\n[ \t]*[•·▪►◆■●○◦*\-]?[ \t]*)?")
_LIST_GAP = re.compile(r"[ \t]*[\-–•·▪]?[ \t]*(?:\n[ \t]*[•·▪►◆■●○◦*\-]?[ \t]*)?")


def _names_list(text: str, found: SkillMention, following: SkillMention | None) -> bool:
    """A list's name followed by a skill: "Databases Oracle, MySQL", "..., Photoshop Databases: Oracle"."""
    if following is None:
        return False
    if _LIST_GAP_COLON.fullmatch(text, found.end, following.start):
        return True
    gap = _LIST_GAP.fullmatch(text, found.end, following.start)
    opens_line = _LABEL_BEFORE.search(text, max(0, found.start - 20), found.start) is not None
    return gap is not None and gap.end() > gap.start() and opens_line


def _named_neighbours(mentions: list[SkillMention], lines: list[int]) -> list[int]:
    """For each mention, how many languages, frameworks or tools are named near it on its line."""
    named = [(m.start, line) for m, line in zip(mentions, lines, strict=True) if m.category in SPECIFIC_CATEGORIES]
    starts = [start for start, _ in named]
    counts = []
    for mention, line in zip(mentions, lines, strict=True):
        window = named[
            bisect.bisect_left(starts, mention.start - NEAR) : bisect.bisect_right(starts, mention.end + NEAR)
        ]
        counts.append(sum(1 for start, other in window if other == line and start != mention.start))
    return counts


def _group(found_mentions: list[tuple[SkillMention, Mention]]) -> tuple[ProfileSkill, ...]:
    grouped: dict[str, list[Mention]] = {}
    categories: dict[str, str] = {}
    for found, mention in found_mentions:
        grouped.setdefault(found.name, []).append(mention)
        categories[found.name] = found.category
    return tuple(ProfileSkill(name, categories[name], tuple(mentions)) for name, mentions in grouped.items())


def _skills(
    text: str, starts: list[int], sections: list[Section], taxonomy: Taxonomy, name: str | None = None
) -> tuple[tuple[ProfileSkill, ...], tuple[ProfileSkill, ...]]:
    """(claimed, mentioned). Mentioned: every skill the text names, bar initials, addresses, a list's
    name and everyday words outside lists. Claimed: those mentions judged one by one (_confident),
    then, in a technical resume, business words kept only where the skills list names them. `starts`:
    where each line of `text` starts."""
    kind_of_line: dict[int, str] = {}
    for section in sections:
        for line in range(section.start_line, section.end_line + 1):
            kind_of_line[line] = section.kind
    mentions = taxonomy.find(text)
    at = text.find(name) if name else -1
    if at >= 0:  # "Mark Jenkins", "Julia Roberts": the candidate's name names no skill
        mentions = [found for found in mentions if not at <= found.start < at + len(name or "")]
    lines = [bisect.bisect_right(starts, found.start) - 1 for found in mentions]
    neighbours = _named_neighbours(mentions, lines)
    named: list[tuple[SkillMention, Mention]] = []
    kept: list[tuple[SkillMention, Mention]] = []
    for index, found in enumerate(mentions):
        mention = Mention(found.surface, found.start, found.end, kind_of_line.get(lines[index]))
        if found.word and not (mention.section == "skills" or is_listed(text, found.start, found.end)):
            # "Access to the curriculum", "Spring 2016", "Silver Spring"; "Word, Excel, Access" lists them.
            # Beside a named technology ("APIs with Node and Express") it is that product: named, not claimed.
            if neighbours[index] >= 1 and _proper_noun(text, mention) and not _YEAR_AFTER.match(text, found.end):
                named.append((found, mention))
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if found.list_name and _names_list(text, found, following):
            continue  # "Operating Systems  Windows, Linux": the name of the list, not one of its items
        if _initial(text, found.start, found.end) or _ADDRESS_LABEL.match(text, found.end):
            continue  # "R. Williams", "LinkedIn: https://...": not a skill at all
        named.append((found, mention))
        if _confident(text, mention, found.category, technical_line=neighbours[index] >= 2):
            kept.append((found, mention))
    technical = len({found.name for found, _ in kept if found.category in SPECIFIC_CATEGORIES}) >= TECHNICAL_RESUME
    claimed = [
        (found, mention)
        for found, mention in kept
        # "Retail", "Special Education", "Real Estate" in a developer's resume: where, not what
        if not (found.domain or (technical and found.category == "business"))
        or (mention.section == "skills" and is_listed(text, mention.start, mention.end))
    ]
    return _group(claimed), _group(named)


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


MAX_PROJECT_CHARS = 100
MAX_DESCRIBED_PROJECTS = 8


def _projects(sections: list[Section]) -> tuple[str, ...]:
    """Project titles: labelled or numbered lines, else short lines that are not sentences; a
    section of sentences only ("Built a data quality library used by 40 teams.") is a list of
    projects described rather than named, so those sentences stand for them, shortened."""
    titles: list[str] = []
    described: list[str] = []
    for item in _short_items(sections, "projects"):
        labelled = _PROJECT_LABEL.match(item) or _PROJECT_NUMBERED.match(item)
        if labelled:
            titles.append(labelled.group(1).strip(" .:-"))
        elif len(item.split()) <= 10 and not item.endswith(".") and opens_capitalised(item) and ":" not in item:
            titles.append(item)
        else:
            short = item if len(item) <= MAX_PROJECT_CHARS else item[: MAX_PROJECT_CHARS - 1].rsplit(" ", 1)[0] + "…"
            described.append(short)
    return tuple(dict.fromkeys(t for t in titles or described[:MAX_DESCRIBED_PROJECTS] if t))


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
    taxonomy = taxonomy or load_taxonomy()
    contact = extract_contact(text, taxonomy)
    starts = _line_starts(text)
    claimed, mentioned = _skills(text, starts, sections, taxonomy, contact.name)
    return Profile(
        contact=contact,
        skills=claimed,
        education=tuple(education),
        experience=tuple(jobs),
        experience_months=months,
        projects=_projects(sections),
        certifications=_certifications(text, sections),
        sections=tuple(sections),
        mentioned=mentioned,
        line_starts=tuple(starts),
    )
