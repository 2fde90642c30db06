"""Education entries: degree, field, institution, year and grade.

Degrees are found by pattern ("B.Tech", "Bachelor of Science in ...", "MBA", "10th", "HSC");
short undotted forms that are also ordinary words or US state codes ("BE", "MA", "MS", "MD")
count only on lines that look like education (an education section, or a line naming an
institution or a year). Institutions are runs of capitalised words around a keyword
("University", "College", "Institute", "IIT", "Vidyalaya", ...). Each degree then takes the
nearest unclaimed institution, year and grade, preferring its own line, then the lines after
it, then the lines before, which covers stacked, one-line and tabular layouts alike.

In an education section, certificates, licences and credentials ("Teaching Certificate",
"Certified Public Accountant") are entries too, and a major written apart from its degree
("Major: History", "Minor in Spanish") either completes the degree it follows on the line or,
on a line of its own, becomes an entry with only a field.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from lib.resume.script import DEVANAGARI_LETTERS
from lib.resume.sections import heading_kind

# Degrees that are safe to look for anywhere, in any case ("B.Tech", "b.tech", "MBA").
_STRONG = [
    r"B\.?\s?Tech\.?|B-Tech|B\.\s?E\.?|B\.\s?Sc\.?|BSc|B\.\s?S\.?|B\.\s?Com\.?|BCom|B\.\s?A\.?|B\.\s?Arch\.?|B\.?\s?Eng\.?",
    r"B\.?\s?Pharm(?:a|acy)?\.?|B\.\s?Ed\.?|LL\.?\s?B\.?|MBBS|BHMS|BAMS|BCA|BBA|BBM|BFA|B\.F\.A\.|BASc|MASc",
    r"M\.?\s?Tech\.?|M-Tech|M\.\s?E\.?|M\.\s?Sc\.?|MSc|M\.\s?S\.?|M\.\s?Com\.?|MCom|M\.\s?A\.?|M\.\s?Phil\.?|MPhil|M\.?\s?Eng\.?",
    r"MCA|MBA|PGDM|PGDBA|PGDBM|PGDCA|EMBA|M\.\s?Ed\.?|LL\.?\s?M\.?|MFA|M\.F\.A\.|BTEC(?:\s+HN[CD])?|HNC|HND|G?NVQ",
    r"M\.\s?L\.\s?I?\.?\s?S\.?|MLIS|B\.\s?C\.\s?L\.?|BCL",
    r"Ph\.?\s?D\.?|P\.\s?h\.?\s?D\.?|D\.\s?Phil\.?|Ed\.\s?[DS]\.?|Psy\.\s?D\.?|J\.\s?D\.?|M\.\s?D\.?|D\.\s?Pharm\.?",
    r"HSC|SSC|SSLC|HSSC|S\.S\.C\.?|H\.S\.C\.?|(?:10|12)\s?th|Class\s+(?:X|XII|10|12)|A-Levels?|GCSEs?|A\.\s?A\.\s?S?\.?",
    # Hindi: बी.टेक, बी.एससी, बी.कॉम, बी.ए., एम.टेक, एमबीए, पीएच.डी. ...
    r"बी\.?\s?टेक|बी\.\s?ई\.|बी\.?\s?एस\.?\s?सी\.?|बी\.?\s?कॉम\.?|बी\.\s?ए\.|बीए|बीसीए|बीबीए|बी\.?\s?एड\.?"
    r"|एम\.?\s?टेक|एम\.?\s?एस\.?\s?सी\.?|एम\.?\s?कॉम\.?|एम\.\s?ए\.|एमए|एमबीए|एमसीए|पीएच\.?\s?डी\.?|एलएल\.?\s?बी\.?",
]
_STRONG_WORDS = [
    r"Bachelor(?:'?s)?(?:\s+Degree)?", r"Master(?:'?s)?(?:\s+Degree)?", r"Doctor(?:ate)?\s+of", r"Doctorate",
    r"Juris\s+Doctor", r"Associate(?:'?s)?\s+(?:Degree|of\s+(?:Arts|Science|Applied))",
    r"Post[\s-]?Graduat(?:e|ion)(?:\s+Diploma)?", r"P\.?G\.?\s+Diploma", r"(?:Advanced\s+)?Diploma",
    r"Higher\s+Secondary(?:\s+(?:School|Certificate|Education))?", r"Senior\s+Secondary",
    r"Secondary\s+School\s+Certificate", r"Matriculation", r"High\s+School\s+Diploma",
    r"Graduate\s+Certificate", r"Undergraduate\s+Degree", r"Degree\s+in",
    # French and Spanish names: "Diplôme d'Ingénieur", "Baccalauréat", "Diplomado", "Licenciatura".
    r"Dipl[oô]me", r"Diplomado", r"Baccalaur[ée]at", r"Licenciatura", r"Maestr[ií]a", r"Doctorado",
    # Spanish degrees named before their field: "Grado en Ingeniería Informática", "Máster en Marketing".
    r"Grado(?=\s+en\s)", r"M[áa]ster(?=\s+(?:en|Universitario)\s)", r"Ingenier[íi]a(?=\s+(?:en|de)\s)",
    r"T[ée]cnico\s+Superior(?=\s+en\s)",
    # Hindi: postgraduate, graduate, diploma, intermediate (12th), high school (10th).
    r"स्नातकोत्तर(?:\s+डिप्लोमा)?", r"परास्नातक", r"स्नातक", r"डिप्लोमा", r"इंटरमीडिएट", r"हाई\s?स्कूल",
    r"(?:10|12)\s?वीं", r"दसवीं", r"बारहवीं",
]  # fmt: skip
# Case-sensitive: as words these are something else ("ged", "intermediate", "MS Office", "Boston, MA").
_CASED = (
    r"(?:[A-Z][a-z]+\s+){0,2}Certificate\s+of\s+(?:Secondary\s+)?Education|(?:Higher\s+)?School\s+Certificate"
    r"|National\s+(?:Certificate|Diploma)(?=\s+in\s)|"
    r"(?:[A-Z][a-z]+\s+){1,3}Degree|MPH|MSW|MHA|MPA|BDS|GED|ISC|PUC|CBSE|ICSE|XII|Intermediate|Graduation"
)
_WEAK = r"BE|ME|BA|BS|MS|MA|MD|JD|AA|AS|AAS|X"

_STRONG_PATTERN = "|".join(_STRONG)
_STRONG_WORDS_PATTERN = "|".join(_STRONG_WORDS)
# Devanagari vowel signs are not \w: without them in the bounds, "स्नातक" would match inside "स्नातकोत्तर".
_DEGREE = re.compile(
    rf"(?<![\w.{DEVANAGARI_LETTERS}])"
    rf"(?:(?P<strong>(?i:{_STRONG_PATTERN}))|(?P<word>(?i:{_STRONG_WORDS_PATTERN}))|(?P<cased>{_CASED})|(?P<weak>{_WEAK}))"
    rf"(?![\w{DEVANAGARI_LETTERS}])",
)
_NOT_DEGREE_AFTER = re.compile(
    r"\s*(?:Office|Excel|Word|Access|SQL|Dynamics|Project|Visio|Power|Outlook|Paint|Windows|DOS|Dos|Team|CRM|Azure)\b"
)
_LOWER_WORDS = frozenset({"of", "in", "and", "for", "the", "de", "la", "&", "at"})
_INSTITUTION_WORD = (
    r"University|Universit(?:y|ies|é|à|ät)|College|Institute|Institution|School|Academy|Vidyalaya|Vidyapeeth"
    r"|Vidyapith|Vidyapeetham|Polytechnic|Conservatory|Seminary|Faculty\s+of|Mahavidyalaya|Vishwavidyalaya"
    r"|Universidad|Universitat|Universidade|Instituto|Escuela|Facultad\s+de"
)
# One way to match each word (no nested alternatives that overlap) and bounded repeats keep this
# linear on long runs of capitals, which flattened resumes have.
# A capitalised word; a dot inside ("D.Y.Patil") or closing a short abbreviation ("St.", "Jr.") only,
# so "... Communication. Professional reference" stops at the sentence end.
_CAP = r"(?:[A-Z][a-z]{0,2}\.(?=\s)|[A-Z](?:[\w&'’-]|\.(?=\w))*)"
_INSTITUTION = re.compile(
    # Each alternative starts at the start of a word only: tried inside every word of a long line, the
    # leading run of words would make the search quadratic.
    rf"(?<![\w.'’&-])(?:(?:{_CAP}|the)\s+(?:(?:of|and|for|&|de|del|la|the)\s+){{0,2}}){{0,6}}"
    rf"(?:\b(?:{_INSTITUTION_WORD})\b|\b(?:UNIVERSITY|COLLEGE|INSTITUTE|SCHOOL|ACADEMY)\b)"
    rf"(?:\s+(?:(?:of|and|for|&|de|del|la|y|the|in)\s+){{0,2}}{_CAP}){{0,6}}"
    r"|\b(?:IIT|NIT|IIIT|IIM|BITS|IISc|VIT|MIT|NSIT|DTU|JNTU|VTU)\b(?:[\s,-]+[A-Z][a-z]+)?"
    # Hindi: up to six words (or initials, "डॉ. ए.पी.जे.") before विश्वविद्यालय, महाविद्यालय, संस्थान ...
    rf"|(?<![{DEVANAGARI_LETTERS}.])(?:[{DEVANAGARI_LETTERS}.]+\s+){{0,6}}(?:विश्वविद्यालय|महाविद्यालय|संस्थान|कॉलेज|विद्यालय|विद्यापीठ"
    rf"|यूनिवर्सिटी|इंस्टीट्यूट|इंस्टिट्यूट)(?![{DEVANAGARI_LETTERS}])",
)
_INSTITUTION_TRIM = re.compile(
    r"^(?:(?:Graduated|Graduate|From|At|Studied|Studying|Attended|Completed|Pursuing|Education|Name|In|Of)\s+)+",
)
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_GRADE = re.compile(
    r"(?:(?:C\.?G\.?P\.?A|S\.?G\.?P\.?A|G\.?P\.?A|CPI|OGPA|Aggregate|Percentage|Marks|Score|Grade)\s*(?:of|:|-|=|–)?\s*"
    r"(?P<labelled>\d{1,2}(?:\.\d{1,2})?\s*(?:/\s*\d{1,3}(?:\.\d+)?)?\s*%?|[A-D][+-]?(?![\w])))"
    # the label after the number: "8.1 CGPA", Hindi "8.1 सीजीपीए", "78 प्रतिशत" (per cent)
    r"|(?P<trailing>(?<![\d.])\d{1,2}(?:\.\d{1,2})?\s*(?:C\.?G\.?P\.?A|S\.?G\.?P\.?A|G\.?P\.?A|CPI|सीजीपीए|एसजीपीए|जीपीए"
    rf"|प्रतिशत)(?![\w{DEVANAGARI_LETTERS}]))"
    r"|(?P<fraction>(?<![\d.])\d(?:\.\d{1,2})?\s*/\s*(?:10|4|5)(?:\.0{1,2})?(?![\d.]))"
    r"|(?P<percent>(?<![\d.])\d{2}(?:\.\d{1,2})?\s*%)"
    r"|(?P<words>(?:First|Second|1st|2nd)\s+(?:Class|Division)(?:\s+with\s+Distinction)?|Distinction"
    r"|(?:Summa|Magna)?\s*Cum\s+Laude)",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(r"\s*(?:[,;|()\[\]:–—]|\s-\s|\bfrom\b|\bat\b|\bwith\b|\bin\s+(?:19|20)\d\d|(?:19|20)\d\d|\n)")


@dataclass(frozen=True)
class Education:
    """One qualification; any part may be missing. `level` is a coarse rank for sorting."""

    degree: str | None
    field: str | None
    institution: str | None
    year: int | None
    grade: str | None
    level: str | None = None
    written: str | None = None  # the degree with its field as the resume writes it


@dataclass(frozen=True)
class _Found:
    kind: str
    value: str
    line: int
    column: int
    field: str | None = None
    written: str | None = None


_DEGREE_WORDS = ("master", "bachelor", "post", "pg", "doctor", "graduate")


# Hindi degrees by how they start; postgraduate (स्नातकोत्तर) before graduate (स्नातक), which it begins with.
_HINDI_LEVELS = (
    (("पीएच",), "doctorate"),
    (("स्नातकोत्तर", "परास्नातक", "एम"), "master"),
    (("स्नातक", "बी", "एलएलबी"), "bachelor"),
    (("डिप्लोमा",), "diploma"),
    (("इंटरमीडिएट", "हाई", "दसवीं", "बारहवीं", "10वीं", "12वीं"), "school"),
)


def degree_level(degree: str) -> str:
    """doctorate / master / bachelor / diploma / school, from the degree as written."""
    text = degree.lower().replace(".", "").replace(" ", "")
    for prefixes, level in _HINDI_LEVELS:
        if text.startswith(prefixes):
            return level
    school = "certificateofeducation" in text or "certificateofsecondary" in text or "schoolcertificate" in text
    if re.search(r"certifi|licen[cs](?!iatura)|credential", text) and not school and not text.startswith(_DEGREE_WORDS):
        return "diploma"  # "Microsoft Certified Professional", "Teaching Certificate", "Nursing License"
    if text.startswith(("baccalaur", "matric", "highschool")):
        return "school"  # the French baccalauréat ends secondary school, as matriculation does
    if text.startswith(("phd", "dphil", "doctor", "edd", "juris", "jd", "md")) and not text.startswith("mds"):
        return "doctorate"
    if text.startswith(("m", "pg", "post", "emba", "llm")):
        return "master"
    if text.startswith(("b", "llb", "undergraduate", "graduation", "associate", "aa", "as", "licenciatura")):
        return "bachelor"
    if text.startswith(("grado", "ingenier")):
        return "bachelor"  # Spanish: "Grado en ...", "Ingeniería en ..."
    if text.startswith(("técnicosuperior", "tecnicosuperior")):
        return "diploma"
    if "certificateofeducation" in text or "certificateofsecondary" in text or "schoolcertificate" in text:
        return "school"
    if "diploma" in text or "diplôme" in text or "certificate" in text:
        return "diploma"
    return "school"


# A short degree followed by its field: "BS in Physics", "BE (IT)", "BA - English", "BE. Computer ...".
_FIELD_NEXT = re.compile(r"\.?\s+in\s+[A-Z]|\s*\([A-Z]|\s+[-–]\s+[A-Z]|\.?\s(?:[A-Z][a-z]{3,})(?:\s|$)")
_OF_TAIL = re.compile(r"\s+(?i:of)\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|and|&))*)")
_IN_WORD = re.compile(r"\s+(?:in|IN|In)\s+")
_FIELD_START = re.compile(r"\s*(?:\(\s*([^()\n]{2,60})\)|(?:in|IN|In|-|–|,)\s+([A-Za-z][^\n]{1,80}))")
# A field written straight after an abbreviated degree, with no "in": "BE Computer Science", "MBA Finance".
_BARE_FIELD = re.compile(r"\.?[ \t]+([A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|and|&))*)")
# French and Spanish degree names, whose field follows in the same language and often with
# accents: "Diplomado State Contracts", "Baccalauréat Professionnel Systèmes Électroniques".
_FOREIGN = re.compile(
    r"(?i:Dipl[oô]me|Diplomado|Baccalaur[ée]at|Licenciatura|Maestr[ií]a|Doctorado|Grado|M[áa]ster|Ingenier[íi]a"
    r"|Superior)"
)
_FOREIGN_FIELD = re.compile(
    r"[ \t]+(?:(?:de|en)[ \t]+)?((?:d['’]\s?)?[^\W\d_][\w'’&-]*(?:[ \t]+(?:[^\W\d_][\w'’&-]*|&)){0,7})"
)
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?", re.IGNORECASE)
_DATE_NEXT = re.compile(rf"[.,]?[ \t]+(?:{_MONTH.pattern}[ \t,]+)?(?:19|20)\d\d\b,?", re.IGNORECASE)
# The abbreviation in brackets after a degree in words: "Master of Science (M.S.)".
_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z.]{1,8}(?:\s?[A-Z][A-Za-z.]{0,4})?)\s*\)")


def _degree_phrase(line: str, end: int, abbreviated: bool = False) -> tuple[str, str | None, int]:
    """What follows a degree word: "of Science" extends the degree (Bachelor of Science), and so
    does its abbreviation in brackets ("(M.S.)"); "in Computer Science", "(CSE)", "- Mechanical"
    or, after an abbreviation, "Computer Science" names the field. Returns the extension, the
    field and where the whole phrase ends in the line."""
    rest = line[end:]
    tail = ""
    of_tail = _OF_TAIL.match(rest)
    if of_tail:
        words = _IN_WORD.split(of_tail.group(1))[0]
        tail = rest[: of_tail.start(1) + len(words)]
        rest = rest[len(tail) :]
    short = _ABBREVIATION.match(rest)
    if short and _DEGREE.fullmatch(short.group(1).strip()):
        tail += rest[: short.end()]
        rest = rest[short.end() :]
    phrase_end = end + len(tail)
    field_match = _FIELD_START.match(rest)
    before = line[max(0, end - 40) : end].split()  # the degree's last word; a window keeps long lines linear
    if field_match is None and not tail and _FOREIGN.fullmatch(before[-1] if before else ""):
        field_match = _FOREIGN_FIELD.match(rest)
    elif field_match is None and abbreviated and not tail:
        # "B.A. May 1987 Social Science": the date between the degree and its field is skipped.
        date = _DATE_NEXT.match(rest)
        field_match = _BARE_FIELD.match(rest, date.end() if date else 0)
        if field_match and _MONTH.fullmatch(field_match.group(1).split()[0]):
            field_match = None
    if field_match is None:
        return tail, None, phrase_end
    group = 1 if field_match.group(1) else 2
    raw = field_match.group(group) or ""
    field = _FIELD_STOP.split(raw, maxsplit=1)[0].rstrip(" .-")
    if not field or _YEAR.search(field) or len(field.split()) > 8 or _INSTITUTION.search(field):
        return tail, None, phrase_end
    field_end = phrase_end + field_match.start(group) + len(field)
    if group == 1 and line[field_end : field_end + 1] == ")":
        field_end += 1
    return tail, field.strip(" .-"), field_end


def _educational_line(line: str, in_section: bool) -> bool:
    return in_section or bool(_INSTITUTION.search(line) or _YEAR.search(line) or re.search(r"degree", line, re.I))


def mentions_degree(line: str) -> bool:
    """True when a line names a degree safe to find anywhere ("B.Tech", "Bachelor of Science")."""
    return any(match.group("strong") or match.group("word") for match in _DEGREE.finditer(line))


def find_degrees(lines: list[str], education_lines: set[int]) -> list[_Found]:
    found: list[_Found] = []
    for number, line in enumerate(lines):
        covered = 0  # where the last degree phrase on the line ends: "(M.S.)" in "Master of Science (M.S.)"
        for match in _DEGREE.finditer(line):
            if match.start() < covered:
                continue
            text = match.group(0)
            if match.group("weak") or text in {"XII", "Intermediate", "Graduation"}:
                before = line[: match.start()].rstrip()
                followed_by_field = _FIELD_NEXT.match(line, match.end()) is not None
                if before.endswith(",") or not (
                    followed_by_field or _educational_line(line, number in education_lines)
                ):
                    continue
                if text in {"X", "XII"} and not re.search(
                    r"(?:class|std|standard|board|cbse|icse|ssc|hsc)", line, re.I
                ):
                    continue
            if _NOT_DEGREE_AFTER.match(line, match.end()) and len(text.replace(".", "")) <= 3:
                continue
            bare_diploma = text.lower() == "diploma" and _FIELD_NEXT.match(line, match.end()) is None
            if bare_diploma and number not in education_lines and not _INSTITUTION.search(line):
                continue
            abbreviated = bool(match.group("strong") or match.group("weak")) and len(text) <= 8
            tail, field, phrase_end = _degree_phrase(line, match.end(), abbreviated)
            covered = match.end() + len(tail)
            written = " ".join(line[match.start() : phrase_end].split())
            found.append(_Found("degree", " ".join((text + tail).split()), number, match.start(), field, written))
    return found


# Certificates, licences and credentials, counted as education where the education section lists
# them ("Teaching Certificate, K-12", "Certificate in Child Psychology", "CPR Certification",
# "Certified Public Accountant"); capitalised words only, so "eligible for certification" is not one.
_TITLE_WORD = r"(?:[A-Z][\w'’&+.-]*|[A-Z]-\d+|K-\d+)"
_CERTIFICATE = re.compile(
    rf"(?<![\w.])(?:{_TITLE_WORD}\s+){{0,5}}(?:Certificate|Certification|Licen[cs]e|Licensure|Credential|Diploma)\b"
    rf"(?:\s+(?:in|of|for|on)\s+{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|and|of|&))*)?"
    rf"|(?<![\w.])(?:{_TITLE_WORD}\s+){{0,2}}Certified\s+{_TITLE_WORD}(?:\s+(?:for\s+|in\s+)?{_TITLE_WORD}){{0,4}}"
    rf"(?:\s+\([A-Z]{{2,6}}\))?"
)
# The subject of a degree written apart from it: "Major: History", "Minor in Spanish",
# "Specialization in Electronics", "majoring in Computer Science".
_MAJOR_WORD = r"(?:[Mm]ajor(?:s|ing)?|MAJOR|[Mm]inors?|[Ss]peciali[sz]ations?|[Cc]oncentration|[Ee]mphasis)"
_SUBJECT_STOP = (
    r"(?!(?:University|College|Institute|School|Academy|GPA|CGPA|Majors?|Minors?|Concentration|Speciali[sz]ation)\b)"
)
_SUBJECT_WORD = rf"{_SUBJECT_STOP}[A-Z][\w'’-]*"
_MAJOR = re.compile(
    rf"(?<![\w.]){_MAJOR_WORD}(?:\s*:\s*|\s+in\s+|\s+)"
    rf"{_SUBJECT_WORD}(?:(?:\s*[/&]\s*|\s+(?:and|of|in|&)\s+|\s+){_SUBJECT_WORD}){{0,7}}"
)


def find_certificates(lines: list[str], education_lines: set[int], taken: list[_Found]) -> list[_Found]:
    """Certificates on education lines, where no degree was found."""
    spans = {(d.line, d.column, d.column + len(d.written or d.value)) for d in taken}
    found: list[_Found] = []
    for number in sorted(education_lines):
        if number >= len(lines):
            continue
        for match in _CERTIFICATE.finditer(lines[number]):
            start, end = match.span()
            if any(line == number and a < end and start < b for line, a, b in spans):
                continue
            value = " ".join(match.group(0).split())
            if len(value.split()) < 2 and not value.startswith("Certified"):
                continue  # a bare "Certificate" or "Diploma" names no qualification
            found.append(_Found("degree", value, number, start, None, value))
    return found


def _attach_majors(lines: list[str], education_lines: set[int], degrees: list[_Found]) -> list[_Found]:
    """A major written right after its degree ("B.A., Major: History") is part of how the degree is
    written; one on a line of its own ("Major: Special Education") is an entry of its own, and the
    field of the degree above it if that has none."""
    degrees = list(degrees)
    extra: list[_Found] = []
    for number in sorted(education_lines):
        if number >= len(lines):
            continue
        for match in _MAJOR.finditer(lines[number]):
            phrase = " ".join(match.group(0).split()).rstrip(" -–")
            subject = re.sub(r"^\S+(?:\s*:\s*|\s+in\s+|\s+)", "", phrase)  # "Major: History" -> "History"
            above = [
                (number - d.line, -d.column, i)
                for i, d in enumerate(degrees)
                if d.kind == "degree" and 0 <= number - d.line <= 2 and (d.line < number or d.column < match.start())
            ]
            if not above:
                extra.append(_Found("field", phrase, number, match.start(), subject, phrase))
                continue
            index = min(above)[2]
            degree = degrees[index]
            written = degree.written or degree.value
            gap = lines[number][degree.column + len(written) : match.start()] if degree.line == number else "\n"
            if len(gap) <= 12 and "\n" not in gap:
                whole = " ".join(lines[number][degree.column : match.end()].split()).rstrip(" -–")
                if whole.count("(") > whole.count(")") and lines[number][match.end() :].lstrip().startswith(")"):
                    whole += ")"  # "Political Science (emphasis in Public Policy)"
                field = subject if not degree.field or re.fullmatch(_MAJOR_WORD, degree.field) else degree.field
                degrees[index] = dataclasses.replace(degree, field=field, written=whole)
            else:
                degrees[index] = dataclasses.replace(degree, field=degree.field or subject)
                extra.append(_Found("field", phrase, number, match.start(), subject, phrase))
    return degrees + extra


# A field of study on a line of its own in an education section ("Computer Science" under
# "PhD., University of California"), or after an institution ("Stanford University: Sociology, 1986",
# "Syracuse University, 2001, Counselor Education"): a short phrase with a word that names a
# discipline. Lists of such lines are course lists, not fields, and are left alone.
_DISCIPLINE = re.compile(
    r"\b(?i:Engineering|Sciences?|Mathematics|Maths|Physics|Chemistry|Biology|Economics|Commerce|Law|Arts"
    r"|Education|Management|Administration|Psychology|Sociology|Philosophy|History|Linguistics|Informatics"
    r"|Technology|Studies|Accounting|Accountancy|Finance|Nursing|Medicine|Pharmacy|Literature"
    r"|Statistics|Communications?|Journalism|Marketing|Geography|Anthropology|Biotechnology|Electronics"
    r"|Telecommunications?|Humanities|Theology|Agriculture|Computing)\b"
)
_NOT_FIELD_START = re.compile(
    r"(?i:Department|Dept|Faculty|Division|School|Society|Club|Association|Member|Relevant|Related|Courses?"
    r"|Coursework|Subjects?|Modules?|Thesis|Dissertation|Project|Honou?rs|Awards?|Dean|President|Teaching"
    r"|Research|Skills?|Knowledge)\b"
)
_FIELD_WORDS = r"[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Za-z][A-Za-z'’-]*|&|/)){0,5}"
_CONTINUED = re.compile(r"(?:[,:;&/-]|\b(?i:and|or|of|in|with))\s*$")
_FIELD_LEAD = re.compile(r"^[\s•·▪►◆■●○◦*>\-–—]*")
_FIELD_TAIL = re.compile(
    r"(?:[\s,–—-]*(?:(?:19|20)\d\d|Present|Current)(?:\s*[-–—]\s*(?:(?:19|20)\d\d|Present|Current))?)?[\s.,;]*$",
    re.IGNORECASE,
)
_FIELD_ALONE = re.compile(rf"({_FIELD_WORDS})(?:\s*\([^()\n]{{2,80}}\))?")
# "Stanford University: Sociology, 1986" or "Syracuse University, 2001, Counselor Education".
_FIELD_AFTER_PLACE = re.compile(
    rf"\s*(?::\s*({_FIELD_WORDS})(?:\s*\([^()\n]{{2,80}}\))?(?=,\s*(?:19|20)\d\d\b)"
    rf"|,\s*(?:19|20)\d\d\s*,\s*({_FIELD_WORDS})(?:\s*\([^()\n]{{2,80}}\))?(?=\s*(?:,|$)))"
)
# Words that make a phrase an organisation, a project or a sentence rather than a field of study.
_NOT_FIELD_WORD = re.compile(
    r"\b(?i:College|University|Institute|School|Academy|Cent(?:er|re)|Commission|Committee|Council|Board"
    r"|Project|Program(?:me)?|Experience|Journal|Bulletin|Society|Club|Association|Company)\b"
)


def _field_phrase(phrase: str, alone: bool) -> bool:
    """A field of study: a discipline word (the last one when the phrase stands alone on its line,
    "Applied Mathematics" but not "Technology Committee"), no organisation and no degree."""
    words = _DISCIPLINE.findall(phrase)
    if not words or (alone and not re.search(rf"\b{re.escape(words[-1])}$", phrase)):
        return False
    return not (
        _NOT_FIELD_START.match(phrase)
        or _NOT_FIELD_WORD.search(phrase)
        or _INSTITUTION.search(phrase)
        or _DEGREE.search(phrase)
    )


def _bare_title(line: str) -> bool:
    """A short capitalised line with nothing else on it: one item of a list."""
    body = _FIELD_LEAD.sub("", line).strip()
    if not body or heading_kind(line) is not None or _INSTITUTION.search(body) or _DEGREE.search(body):
        return False
    if re.search(r"\b(?i:thesis|dissertation)\b", body):
        return False  # "Doctoral thesis" under a field is no list of courses
    return _FIELD_ALONE.fullmatch(body) is not None


def find_field_lines(lines: list[str], education_lines: set[int], taken: list[_Found]) -> list[_Found]:
    """Fields of study written apart from any degree, on education lines that hold none."""
    busy = {d.line for d in taken}
    found: list[_Found] = []
    for number in sorted(education_lines):
        if number >= len(lines) or number in busy or heading_kind(lines[number]) is not None:
            continue
        line = lines[number]
        body = _FIELD_LEAD.sub("", line)
        tail = _FIELD_TAIL.search(body)
        body = body[: tail.start()] if tail else body
        start = len(line) - len(line.lstrip()) if not body else line.find(body)
        match = _FIELD_ALONE.fullmatch(body)
        group = 1
        if match:
            above = next((lines[n] for n in range(number - 1, -1, -1) if lines[n].strip()), "")
            below = next((lines[n] for n in range(number + 1, len(lines)) if lines[n].strip()), "")
            if _bare_title(above) or _bare_title(below) or _CONTINUED.search(above):
                continue  # one item of a list (courses, subjects), or the end of a wrapped sentence
            phrase = match.group(1)
            if not _field_phrase(phrase, alone=True):
                continue
        else:
            body = _FIELD_LEAD.sub("", line)  # the year after the field is part of the pattern
            start = line.find(body) if body else 0
            place = _INSTITUTION.match(body)
            match = _FIELD_AFTER_PLACE.match(body, place.end()) if place else None
            if match is None:
                continue
            group = 1 if match.group(1) else 2
            phrase = match.group(group)
            if not _field_phrase(phrase, alone=False):
                continue
        written = " ".join(body[match.start(group) : match.end()].split())
        found.append(_Found("field", written, number, start + match.start(group), " ".join(phrase.split()), written))
    return found


_HONOURS = re.compile(r"(?i:Hons?\.?|Honou?rs)")


def _attach_fields(lines: list[str], degrees: list[_Found], fields: list[_Found]) -> list[_Found]:
    """Each field line is an entry of its own, and, on a line of its own, the field of a degree up
    to two lines above it that has none."""
    degrees = list(degrees)
    fields = list(fields)
    for found in list(fields):
        if _INSTITUTION.search(lines[found.line]):
            continue
        above = [
            (found.line - d.line, i)
            for i, d in enumerate(degrees)
            if d.kind == "degree" and (not d.field or _HONOURS.fullmatch(d.field)) and 1 <= found.line - d.line <= 2
        ]
        if above:
            index = min(above)[1]
            degrees[index] = dataclasses.replace(degrees[index], field=found.field)
            fields[fields.index(found)] = dataclasses.replace(found, kind="field of")  # leaves the degree its school
    return degrees + fields


def find_institutions(lines: list[str]) -> list[_Found]:
    found: list[_Found] = []
    for number, line in enumerate(lines):
        for match in _INSTITUTION.finditer(line):
            value = _INSTITUTION_TRIM.sub("", match.group(0).strip(" ,.-")).strip(" ,.-")
            degree = _DEGREE.match(value)
            if degree and degree.group("strong"):
                value = value[degree.end() :].strip(" ,.-")
            if len(value) < 3 or len(value.split()) > 14 or value.lower() in {"school", "college", "university"}:
                continue
            if re.search(r"\bPress\b", value):  # a publisher, "Johns Hopkins University Press"
                continue
            found.append(_Found("institution", value, number, match.start()))
    return found


def _grade_text(match: re.Match[str]) -> str:
    return " ".join(match.group(0).split())


def _nearest(anchor: _Found, candidates: list[_Found], used: set[int], window: int) -> int | None:
    """Index of the closest unused candidate within `window` lines."""
    ranked = [
        (_rank(anchor, candidate), index)
        for index, candidate in enumerate(candidates)
        if index not in used and abs(candidate.line - anchor.line) <= window
    ]
    return min(ranked)[1] if ranked else None


def extract_education(text: str, education_ranges: list[tuple[int, int]] | None = None) -> list[Education]:
    """Education entries in reading order, from the education sections if any, else the whole text."""
    lines = text.split("\n")
    education_lines = {n for start, end in education_ranges or [] for n in range(start, end + 1)}
    degrees = find_degrees(lines, education_lines)
    institutions = find_institutions(lines)
    if education_lines:
        in_scope = [d for d in degrees if d.line in education_lines]
        strong_elsewhere = [d for d in degrees if d.line not in education_lines and _DEGREE.match(d.value)]
        degrees = in_scope + [d for d in strong_elsewhere if d.value not in {x.value for x in in_scope}]
        degrees += find_certificates(lines, education_lines, degrees)
        degrees = _attach_majors(lines, education_lines, degrees)
        degrees = _attach_fields(lines, degrees, find_field_lines(lines, education_lines, degrees))
        near = {n for d in degrees for n in range(d.line - 3, d.line + 4)}
        institutions = [
            i for i in institutions if i.line in education_lines or i.line in near or _studied_at(lines[i.line])
        ]
    years = [_Found("year", m.group(0), n, m.start()) for n, line in enumerate(lines) for m in _YEAR.finditer(line)]
    # With an education section, a grade is written in it or beside its degree: "Cut report time by 35%"
    # in the job above is no grade.
    degree_lines = {d.line for d in degrees}
    grades = [
        _Found("grade", _grade_text(m), n, m.start())
        for n, line in enumerate(lines)
        if not education_lines or n in education_lines or n in degree_lines
        for m in _GRADE.finditer(line)
    ]
    degrees.sort(key=lambda d: (d.line, d.column))
    used_institutions: set[int] = set()
    used_years: set[int] = set()
    used_grades: set[int] = set()
    entries: list[tuple[int, Education]] = []
    pairing = _pair(degrees, institutions, 3)
    for position, degree in enumerate(degrees):
        institution = pairing.get(position)
        if institution is not None:
            used_institutions.add(institution)
        anchor_lines = [degree] + ([institutions[institution]] if institution is not None else [])
        year = _claim_year(anchor_lines, years, used_years)
        grade = _nearest(degree, grades, used_grades, 2)
        if grade is not None:
            used_grades.add(grade)
        entries.append(
            (
                degree.line,
                Education(
                    degree=degree.value if degree.kind == "degree" else None,
                    field=degree.field,
                    written=degree.written,
                    institution=institutions[institution].value if institution is not None else None,
                    year=year,
                    grade=grades[grade].value if grade is not None else None,
                    level=degree_level(degree.value) if degree.kind == "degree" else None,
                ),
            )
        )
    for index, institution_found in enumerate(institutions):
        if index in used_institutions:
            continue
        if any(e.institution == institution_found.value for _, e in entries):
            continue
        year = _claim_year([institution_found], years, used_years)
        entries.append((institution_found.line, Education(None, None, institution_found.value, year, None, None)))
    entries.sort(key=lambda item: item[0])
    return [entry for _, entry in entries]


def _rank(anchor: _Found, candidate: _Found) -> tuple[int, int]:
    """Same line first, then the lines below, then above; then the closest column."""
    distance = candidate.line - anchor.line
    order = 0 if distance == 0 else (2 * distance - 1 if distance > 0 else -2 * distance)
    return order, abs(candidate.column - anchor.column)


def _pair(anchors: list[_Found], candidates: list[_Found], window: int) -> dict[int, int]:
    """Each anchor's candidate, closest pairs first, each used once (a degree below another's
    institution does not steal it)."""
    pairs = sorted(
        (_rank(anchor, candidate), a, c)
        for a, anchor in enumerate(anchors)
        for c, candidate in enumerate(candidates)
        if abs(candidate.line - anchor.line) <= window and anchor.kind != "field of"
    )
    taken: dict[int, int] = {}
    used: set[int] = set()
    for _, a, c in pairs:
        if a not in taken and c not in used:
            taken[a] = c
            used.add(c)
    return taken


_JOB_WORDS = re.compile(
    r"\b(?:professor|lecturer|teacher|instructor|assistant|associate|director|manager|coordinator|dean|chair|"
    r"intern|engineer|developer|analyst|consultant|researcher|fellow|faculty|staff|worked|working|employed|"
    r"press|journal|conference|present)\b",
    re.IGNORECASE,
)


def _studied_at(line: str) -> bool:
    """An institution outside the education section counts unless its line is about a job or a
    publication ("Lecturer, Johns Hopkins University", "Oxford University Press")."""
    return _JOB_WORDS.search(line) is None


def _claim_year(anchors: list[_Found], years: list[_Found], used: set[int]) -> int | None:
    """The latest year on the anchors' lines, else on the nearest line within two that has one
    ("2013 - 2017" is a graduation in 2017)."""
    lines = {anchor.line for anchor in anchors}
    same = [i for i, y in enumerate(years) if y.line in lines and i not in used]
    if not same:
        index = _nearest(anchors[0], years, used, 2)
        if index is None:
            return None
        same = [i for i, y in enumerate(years) if y.line == years[index].line and i not in used]
    used.update(same)
    return max(int(years[i].value) for i in same)
