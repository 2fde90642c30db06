"""The part of a job description that describes the job.

Postings end with what the employer offers ("Benefits: health insurance, flexible hours"), who
they are and how to apply. Those words name no requirement, yet read as skills (Insurance,
Adaptability, Sales) and as keywords the resume would be told it lacks. They are blanked out here,
section by section, in English, Spanish and Hindi, keeping every offset and line.
"""

from __future__ import annotations

import re

from lib.resume.sections import heading_key

# Headings of sections that describe the employer or the offer, not the work.
_ASIDE_WORDS = (
    r"benefits|perks|what we offer|what you(?: ll| will)? get|why join us|why work (?:with|at|for) us"
    r"|about us|about the company|our culture|life at \w+|equal (?:employment )?opportunity|eeo|compensation"
    r"|salary|how to apply|our offer"
    r"|beneficios|que ofrecemos|ofrecemos|te ofrecemos|sobre nosotros|quienes somos|nuestra cultura"
    r"|igualdad de oportunidades|como aplicar|como postularse|salario|retribucion"
    r"|लाभ|सुविधाएँ|सुविधाएं|हम क्या देते हैं|हमारे बारे में|कंपनी के बारे में|आवेदन कैसे करें|वेतन"
)
# The heading alone, or two joined ("Benefits & Perks", "Salario y beneficios"), as heading_key writes it.
_ASIDE_HEADING = re.compile(rf"(?:{_ASIDE_WORDS})(?: (?:and|y|और) (?:{_ASIDE_WORDS}))?")
_MARKS = " \t#*•·-–:"
_MAX_HEADING_WORDS = 6
# A sentence that is boilerplate wherever it stands: "We are an equal opportunity employer."
_EEO = re.compile(r"equal (?:employment )?opportunit|igualdad de oportunidades", re.IGNORECASE)


def _heading(line: str) -> bool:
    """A short line that stands as a title: it ends with a colon, is in capitals or is marked up."""
    text = line.strip()
    words = text.strip(_MARKS).split()
    if not words or len(words) > _MAX_HEADING_WORDS or text.endswith("."):
        return False
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    return text.endswith(":") or text.startswith("#") or capitals or text.startswith("**")


def _aside(line: str) -> bool:
    """The line is the heading of an offer or company section ("Benefits & Perks", "## Qué ofrecemos:")."""
    return _ASIDE_HEADING.fullmatch(heading_key(line)) is not None


def requirements(job_text: str) -> str:
    """The job description with its offer, company and application sections blanked."""
    kept: list[str] = []
    aside = False
    for line in job_text.split("\n"):
        heads_aside = _aside(line)
        if heads_aside or _heading(line):
            aside = heads_aside  # a new section: the offer's, or the job's
        # "Benefits: health insurance, flexible hours": a heading with its section on the same line.
        inline = ":" in line and _aside(line.split(":", 1)[0])
        blank = aside or inline or _EEO.search(line) is not None
        kept.append(" " * len(line) if blank else line)
    return "\n".join(kept)
