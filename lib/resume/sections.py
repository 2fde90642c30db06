"""Standard resume sections found from their headings.

Headings are short lines ("WORK EXPERIENCE", "Education:", "== Skills ==", "1. Projects")
whose words, once decorations, numbering, colons and case are stripped, are a known heading
phrase; a short capitalised line that contains a heading word also counts ("CAREER
EXPERIENCE/JOB HISTORY"). A section runs from its heading to the line before the next one.

Text pasted from some tools arrives on one line with runs of spaces where the line breaks
were; `recover_lines` turns those runs back into breaks without moving any character, so
offsets found in the recovered text are offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Longest phrases first within a kind does not matter: the lookup is by the whole phrase.
_PHRASES: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "career summary", "profile", "professional profile", "profile summary",
        "objective", "career objective", "objectives", "job objective", "professional objective", "about me",
        "executive summary", "summary of qualifications", "summary of qualification", "career profile", "overview",
        "personal statement", "introduction", "professional overview", "career overview", "synopsis",
        "qualifications summary", "highlights", "career highlights", "personal profile", "professional synopsis",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "work history", "employment",
        "employment history", "career history", "professional background", "relevant experience", "internships",
        "internship", "internship experience", "job history", "career experience", "positions held",
        "teaching experience", "research experience", "industry experience", "experience summary",
        "professional experience summary", "work experience summary", "employment details", "organisational experience",
        "organizational experience", "work profile", "experience details", "career experience job history",
        "employment experience", "professional history", "relevant work experience", "related experience",
        "other experience", "additional experience", "legal experience", "clinical experience", "leadership experience",
        "volunteer experience", "academic experience", "management experience", "technical experience",
    ),
    "education": (
        "education", "academics", "academic qualifications", "academic qualification", "qualifications",
        "educational qualifications", "educational qualification", "academic background", "education and training",
        "academic profile", "scholastic profile", "academic details", "educational background", "education details",
        "educational details", "academic credentials", "education and qualifications", "academic record",
        "education background", "educational profile", "scholastic record", "academia", "training and education",
        "education and certifications", "education and certification", "qualification",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "key skills", "competencies", "areas of expertise",
        "expertise", "it skills", "computer skills", "skill set", "skillset", "skills summary", "technologies",
        "technical proficiency", "technical proficiencies", "strengths", "programming languages", "additional skills",
        "professional skills", "technical expertise", "key competencies", "technical summary", "core skills",
        "software skills", "tools and technologies", "technical skill set", "technical skillset",
        "skills and abilities",
        "relevant skills", "skills and expertise", "it proficiency", "software", "technical knowledge",
        "knowledge", "areas of knowledge", "skill highlights", "software proficiency", "computer proficiency",
        "core qualifications", "special skills", "skills and competencies", "tools", "technology", "skill",
        "technical skill", "key strengths", "technical competencies", "technical competency", "it skill set",
        "technical skills and tools", "software and tools", "software tools", "computer knowledge", "it knowledge",
        "technologies used", "tools used", "software tools used", "skills and tools", "technical knowledge and skills",
    ),
    "projects": (
        "projects", "academic projects", "personal projects", "key projects", "project details", "project experience",
        "project work", "projects undertaken", "major projects", "academic project", "project", "projects handled",
        "project profile", "notable projects", "professional projects", "mini projects", "mini project",
        "final year project", "research projects", "projects details",
    ),
    "certifications": (
        "certifications", "certificates", "certification", "licenses", "licences", "certifications and licenses",
        "licenses and certifications", "courses", "trainings", "training", "professional development",
        "certifications and trainings", "courses and certifications", "training and certifications",
        "professional certifications", "technical certifications", "certificate", "trainings attended",
        "workshops", "credentials", "licensure", "professional training", "continuing education",
    ),
    "achievements": (
        "achievements", "awards", "honors", "honours", "accomplishments", "awards and achievements", "recognition",
        "key achievements", "awards and honors", "awards and honours", "honors and awards", "honours and awards",
        "achievements and awards", "scholastic achievements", "academic achievements", "extra curricular achievements",
        "accolades", "awards and recognition", "recognitions", "key accomplishments",
    ),
    "publications": ("publications", "papers", "research papers", "publications and presentations", "presentations"),
    "activities": (
        "activities", "extracurricular activities", "extra curricular activities", "co curricular activities",
        "volunteer", "volunteering", "volunteer work", "leadership", "affiliations", "memberships",
        "professional affiliations", "community service", "leadership and activities", "positions of responsibility",
    ),
    "languages": ("languages", "languages known", "language skills", "language proficiency", "linguistic skills"),
    "interests": ("interests", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests"),
    "contact": (
        "contact", "contact information", "contact details", "contact info", "personal details", "personal information",
        "personal data", "personal info", "address", "personal profile details",
    ),
    "references": ("references", "referees", "reference"),
    "additional": ("additional information", "other information", "miscellaneous", "others", "declaration", "links"),
}  # fmt: skip

# The same headings in Spanish and Hindi, for resumes written in the other languages the app speaks.
_PHRASES_ES_HI: dict[str, tuple[str, ...]] = {
    "summary": (
        "perfil", "perfil profesional", "resumen", "resumen profesional", "extracto", "objetivo",
        "objetivo profesional", "objetivos", "sobre mí", "acerca de mí", "presentación", "sumario", "सारांश",
        "पेशेवर सारांश", "प्रोफ़ाइल", "प्रोफाइल", "उद्देश्य", "करियर उद्देश्य",
    ),
    "experience": (
        "experiencia", "experiencia laboral", "experiencia profesional", "historial laboral", "trayectoria",
        "trayectoria profesional", "prácticas", "prácticas profesionales", "experiencia docente", "empleo", "अनुभव",
        "कार्य अनुभव", "व्यावसायिक अनुभव", "पेशेवर अनुभव",
    ),
    "education": (
        "educación", "formación", "formación académica", "estudios", "educación y formación", "titulación",
        "शिक्षा", "शैक्षणिक योग्यता", "शैक्षिक योग्यता", "योग्यता",
    ),
    "skills": (
        "habilidades", "competencias", "aptitudes", "conocimientos", "habilidades técnicas",
        "competencias técnicas", "conocimientos técnicos", "conocimientos informáticos", "informática",
        "herramientas", "tecnologías", "aptitudes y habilidades", "habilidades y competencias",
        "competencias clave", "habilidades clave", "कौशल", "तकनीकी कौशल", "प्रमुख कौशल",
    ),
    "projects": (
        "proyectos", "proyectos destacados", "proyectos académicos", "proyectos personales", "परियोजनाएं",
        "परियोजनाएँ", "प्रोजेक्ट", "प्रोजेक्ट्स",
    ),
    "certifications": (
        "certificaciones", "certificados", "cursos", "cursos y certificaciones", "formación complementaria",
        "licencias", "प्रमाणपत्र", "प्रमाणन",
    ),
    "achievements": (
        "logros", "premios", "reconocimientos", "premios y reconocimientos", "distinciones", "उपलब्धियां",
        "उपलब्धियाँ", "पुरस्कार",
    ),
    "publications": (
        "publicaciones", "प्रकाशन",
    ),
    "activities": (
        "voluntariado", "actividades", "actividades extracurriculares", "गतिविधियां", "गतिविधियाँ",
    ),
    "languages": (
        "idiomas", "lenguas", "भाषाएं", "भाषाएँ", "भाषा ज्ञान",
    ),
    "interests": (
        "intereses", "aficiones", "pasatiempos", "रुचियां", "रुचियाँ", "शौक",
    ),
    "contact": (
        "contacto", "datos de contacto", "datos personales", "información personal", "संपर्क", "व्यक्तिगत विवरण",
    ),
    "references": (
        "referencias", "संदर्भ",
    ),
    "additional": (
        "información adicional", "otros datos", "अतिरिक्त जानकारी",
    ),
}  # fmt: skip

# Words that make a short capitalised line a heading of that kind ("CAREER EXPERIENCE/JOB
# HISTORY"); plural or unambiguous forms only, so "PROJECT MANAGER" stays a job title.
_KEYWORDS: dict[str, str] = {
    "languages": "languages", "hobbies": "interests", "interests": "interests", "certifications": "certifications",
    "certificates": "certifications", "certification": "certifications", "licenses": "certifications",
    "awards": "achievements", "achievements": "achievements", "honors": "achievements", "honours": "achievements",
    "projects": "projects", "skills": "skills", "competencies": "skills", "education": "education",
    "educational": "education", "academic": "education", "academics": "education", "qualifications": "education",
    "experience": "experience", "employment": "experience", "objective": "summary", "summary": "summary",
    "publications": "publications", "references": "references", "history": "experience",
    # Spanish, without accents as heading_key leaves them.
    "experiencia": "experience", "educacion": "education", "formacion": "education", "habilidades": "skills",
    "competencias": "skills", "conocimientos": "skills", "proyectos": "projects", "certificaciones": "certifications",
    "idiomas": "languages", "logros": "achievements", "premios": "achievements", "publicaciones": "publications",
    "referencias": "references", "intereses": "interests", "aficiones": "interests",
}  # fmt: skip

# Words that end a title-case heading ("Customer Service Experience"); "Education" is left out
# because "Special Education" is as likely a field of study.
_LAST_WORDS = frozenset(
    {"experience", "skills", "projects", "achievements", "awards", "certifications", "interests", "hobbies",
     "languages", "publications", "competencies", "references", "history"}
)  # fmt: skip
_LATIN_ACCENTS = re.compile(r"[\u0300-\u036f]")
_SMALL_WORDS = frozenset({"of", "and", "in", "for", "the", "&", "to", "with", "on", "at"})
_NUMBERING = re.compile(r"^\s*(?:[ivx]+|\d+|[a-h])[.)]\s+", re.IGNORECASE)
_LEADING_MARK = re.compile(r"^[\s•·▪►◆■●○◦*\-=_~#>|\[\](){}]+")
_INLINE = re.compile(r"^\s*[•·▪►◆■●*\-]?\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:\-–|]\s+(\S.*)$")
# Inline headings ("Skills: Java, SQL") only for kinds that never name a sub-list of skills.
_INLINE_KINDS = frozenset({"summary", "skills"})
_INLINE_EXCLUDED = frozenset({"software", "tools", "technologies", "technology", "knowledge", "training", "leadership"})


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading; lines are 0-based and `end_line` is inclusive."""

    kind: str
    heading: str
    start_line: int
    end_line: int
    text: str


@dataclass(frozen=True)
class Heading:
    kind: str
    text: str
    line: int
    inline: bool = False


def heading_key(line: str) -> str:
    """A line reduced to lower-case words without accents: "== WORK  EXPERIENCE: ==" -> "work
    experience", "EDUCACIÓN" -> "educacion"; Devanagari keeps its vowel signs ("शिक्षा")."""
    line = _NUMBERING.sub("", _LEADING_MARK.sub("", line))
    line = line.replace("&amp;", "&").replace("&", " and ").replace("/", " ").replace("-", " ").replace("_", " ")
    line = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", line.lower()))
    line = re.sub(r"[^\w\s\u0900-\u097f]", " ", line)
    return " ".join(line.split())


# Keyed as lines are read, so "EDUCACIÓN", "Educacion" and "educación" are one heading.
PHRASE_KIND: dict[str, str] = {
    heading_key(phrase): kind
    for table in (_PHRASES, _PHRASES_ES_HI)
    for kind, phrases in table.items()
    for phrase in phrases
}


def heading_kind(line: str) -> str | None:
    """The section kind a line announces, or None if it is not a heading.

    A known phrase may carry decorations ("■ EDUCATION:", "1. Projects"); the keyword rule
    ("CAREER EXPERIENCE/JOB HISTORY") needs a bare line in capitals, or in title case ending
    with a colon, so a bullet point about "Educational Psychology" is not a heading.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return None
    key = heading_key(stripped)
    if not key or any(ch.isdigit() for ch in key):
        return None
    letters = [c for c in stripped if c.isalpha()]
    # A heading opens with a capital, or with a letter of a script without capitals (Hindi).
    if not letters or letters[0].islower() or stripped.count("(") != stripped.count(")"):
        return None
    if key in PHRASE_KIND:
        return PHRASE_KIND[key]
    words = key.split()
    if len(words) > 5 or _LEADING_MARK.match(stripped) or stripped.endswith((".", ",")):
        return None
    capitals = all(c.isupper() for c in letters)
    title_case = all(w[:1].isupper() for w in stripped.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS)
    if capitals or (title_case and stripped.endswith(":") and len(words) <= 3):
        return next((_KEYWORDS[word] for word in words if word in _KEYWORDS), None)
    if title_case and len(words) <= 4 and words[-1] in _LAST_WORDS:
        return _KEYWORDS[words[-1]]  # "Marketing Related Experience", "Key Course Related Projects"
    return None


def _inline_heading(line: str) -> str | None:
    match = _INLINE.match(line)
    if match is None:
        return None
    key = heading_key(match.group(1))
    kind = PHRASE_KIND.get(key)
    if kind in _INLINE_KINDS and key not in _INLINE_EXCLUDED:
        return kind
    return None


# A heading in capitals at the start of a line with its content after it ("SKILLS____ Java, SQL",
# "TECHNICAL SKILLS Languages: C, C++"), as text extracted from a two-column layout reads.
_CAPS_LEAD = re.compile(
    r"^\s*((?:[A-Z]{2,}|&)(?:[ /](?:[A-Z]{2,}|&))*)(?:\s*[:_\-–]+\s*|\s+)(?=[A-Z][a-z(:]|[A-Z]\s)(\S.*)$"
)
_CAPS_LEAD_KINDS = frozenset({"skills", "experience", "education", "projects", "summary", "certifications"})
_CAPS_LEAD_EXCLUDED = _INLINE_EXCLUDED | {"project", "qualification", "qualifications", "courses", "training"}
# The first word of a heading broken over two lines ("TECHNICAL" / "SKILLS").
_FIRST_WORDS = frozenset(
    {"technical", "professional", "personal", "key", "core", "work", "academic", "educational", "career",
     "primary", "additional", "relevant", "computer", "it", "software", "other"}
)  # fmt: skip


def _caps_lead(line: str) -> str | None:
    """The kind of a capitalised heading that starts a line holding more text, or None."""
    match = _CAPS_LEAD.match(line)
    if match is None:
        return None
    key = heading_key(match.group(1))
    kind = PHRASE_KIND.get(key)
    return kind if kind in _CAPS_LEAD_KINDS and key not in _CAPS_LEAD_EXCLUDED else None


def _split_heading(previous: str, line: str) -> str | None:
    """The kind of a capitalised heading broken over two lines ("TECHNICAL" then "SKILLS ...")."""
    first = previous.strip()
    if not first.isupper() or heading_key(first) not in _FIRST_WORDS:
        return None
    match = re.match(r"\s*([A-Z]{3,})\b", line)
    if match is None:
        return None
    kind = PHRASE_KIND.get(f"{heading_key(first)} {match.group(1).lower()}")
    return kind if kind in _CAPS_LEAD_KINDS | {"contact", "interests"} else None


def find_headings(text: str, *, leading: bool = True) -> list[Heading]:
    """Every heading line, in order; `leading` also takes headings that start a line of text."""
    headings: list[Heading] = []
    previous = ""
    for number, line in enumerate(text.split("\n")):
        kind = heading_kind(line)
        if kind is not None:
            headings.append(Heading(kind, line.strip(), number))
        elif (kind := _split_heading(previous, line)) is not None:
            rest = re.sub(r"^\s*[A-Z]+[\s_:]*", "", line)
            headings.append(Heading(kind, f"{previous.strip()} {line.strip()}", number, inline=bool(rest)))
        elif (kind := _inline_heading(line) or (_caps_lead(line) if leading else None)) is not None:
            headings.append(Heading(kind, line.strip(), number, inline=True))
        previous = line
    return headings


def split_sections(text: str) -> list[Section]:
    """Sections in reading order; text before the first heading is a "header" section."""
    lines = text.split("\n")
    headings = find_headings(text)
    sections: list[Section] = []
    first = headings[0].line if headings else len(lines)
    if first > 0 and any(line.strip() for line in lines[:first]):
        sections.append(Section("header", "", 0, first - 1, "\n".join(lines[:first])))
    for index, heading in enumerate(headings):
        end = headings[index + 1].line - 1 if index + 1 < len(headings) else len(lines) - 1
        body_start = heading.line if heading.inline else heading.line + 1
        body = "\n".join(lines[body_start : end + 1])
        sections.append(Section(heading.kind, heading.text, heading.line, end, body))
    return sections


def section_at_line(sections: list[Section], line: int) -> str | None:
    """The kind of the section holding a line, or None."""
    for section in sections:
        if section.start_line <= line <= section.end_line:
            return section.kind
    return None


_SPACE_RUN = re.compile(r"(?<=\S)( {2,}|\t+)(?=\S)")


def recover_lines(text: str) -> str:
    """Turn runs of spaces that stand for line breaks back into breaks, keeping every offset.

    Runs of three or more spaces or tabs always separate fields; runs of two only where the
    document leans on them (many per line), as text flattened from a form or a CSV does.
    """
    lines = text.split("\n")
    double_runs = len(re.findall(r"\S {2}\S", text))
    flattened = double_runs >= 8 and double_runs >= 0.5 * max(1, sum(1 for line in lines if line.strip()))

    def breaks(match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) >= 3 or "\t" in run or flattened:
            return "\n" + run[1:]
        return run

    text = _SPACE_RUN.sub(breaks, text)
    if len(find_headings(text, leading=False)) < 2:
        text = _break_inline_headings(text)
    return text


# Single words that are headings often enough in running text to be split out; the rest of the
# one-word phrases ("Profile", "Software", "Training") are too often just words.
_RUNNING_WORDS = frozenset(
    {"objective", "summary", "experience", "education", "skills", "projects", "certifications", "achievements",
     "awards", "honors", "languages", "hobbies", "references", "publications", "qualifications"}
)  # fmt: skip


def _phrase_pattern(phrase: str) -> str:
    words = []
    for word in phrase.split():
        if word in ("and", "of", "in", "for", "the"):
            words.append(
                f"(?:{word}|{word.upper()}|{word.capitalize()}|&)" if word == "and" else f"(?:{word}|{word.upper()})"
            )
        else:
            words.append(f"(?:{word.capitalize()}|{word.upper()})")
    return r"[\s/&,-]+".join(words)


_RUNNING_HEADING = re.compile(
    r"(?<=\s)(?P<heading>"
    + "|".join(
        _phrase_pattern(phrase)
        for phrase in sorted(PHRASE_KIND, key=len, reverse=True)
        if " " in phrase or phrase in _RUNNING_WORDS
    )
    + r")(?P<colon>\s*:)?(?=\s+[A-Z0-9•●▪*\-])"
)


def _break_inline_headings(text: str) -> str:
    """Put headings found inside running text ("... ads. Education 2003-2004 Diploma ...") on lines
    of their own, by turning the spaces around them into line breaks (offsets do not move)."""
    chars = list(text)
    for match in _RUNNING_HEADING.finditer(text):
        heading = match.group("heading")
        previous = text[: match.start()].rstrip().rsplit(None, 1)
        before = previous[-1] if previous else ""
        strong = (" " in heading.strip()) or (heading.isupper() and len(heading) >= 4)
        if not (strong or not before or before[-1] in '.!?:;)"”' or re.search(r"[@\d]", before)):
            continue
        if match.start() > 0 and text[match.start() - 1] in " \t":
            chars[match.start() - 1] = "\n"
        after = match.end()
        if after < len(text) and text[after] in " \t":
            chars[after] = "\n"
    return "".join(chars)
