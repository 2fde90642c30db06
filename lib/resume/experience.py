"""Work experience: date ranges, the job title and employer written next to each, total time.

A job is anchored on a date range ("Jan 2018 - Present", "2016 – 2019", "03/2017 to 06/2019",
"January 2018 to Present", "Summer 2015 - Fall 2016", "since 2015"). The title and company
are read from the short fields on the same line and the lines just above (or, when the range
opens the entry, just below): a field with a job-title word is the title, one with a company
word ("Ltd", "Technologies", "Bank", a well-known employer) the company, a known place is
neither. Total experience is the union of the ranges, so overlapping jobs are not counted twice.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from lib.resume.contact import CITY_NAMES
from lib.resume.education import mentions_degree
from lib.resume.script import letters_of, nfc, opens_capitalised
from lib.resume.sections import heading_kind

_MONTHS = {name: number for number, name in enumerate(str.split("jan feb mar apr may jun jul aug sep oct nov dec"), 1)}
# Spanish months by their first three letters where they differ: enero, abril, agosto, septiembre/setiembre, diciembre.
_MONTHS |= {"ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# Hindi month names, in the spellings resumes use (सितंबर / सितम्बर, फ़रवरी / फरवरी).
_HINDI_MONTHS = {
    letters_of(name): number
    for number, names in enumerate(
        (
            "जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
            "सितंबर सितम्बर", "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर",
        ),
        1,
    )
    for name in names.split()
}  # fmt: skip
# A nukta letter (फ़) may be one code point or two: look for both.
_HINDI_MONTH_NAMES = "|".join(
    sorted({form for name in _HINDI_MONTHS for form in (name, name.replace("\u092b\u093c", "\u095e"))})
)
# English and Spanish month names ("March", "marzo", "Sept", "sep."), then an optional "de" ("enero de
# 2020"); Hindi ones.
_MONTH = (
    r"(?:(?:jan(?:uary)?|ene(?:ro)?|feb(?:ruary|rero)?|mar(?:ch|zo)?|apr(?:il)?|abr(?:il)?|may(?:o)?|jun(?:e|io)?"
    r"|jul(?:y|io)?|aug(?:ust)?|ago(?:sto)?|sep(?:t(?:ember)?|tiembre)?|set(?:iembre)?|oct(?:ober|ubre)?"
    r"|nov(?:ember|iembre)?|dec(?:ember)?|dic(?:iembre)?)\.?(?:\s+de)?"
    rf"|{_HINDI_MONTH_NAMES})"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DATE = (
    rf"(?:{_MONTH}[\s,'’-]*(?:{_YEAR}|['’]\d{{2}})(?!\d)|(?:0?[1-9]|1[0-2])\s?[/.-]\s?{_YEAR}"
    rf"|{_YEAR}\s?[/-]\s?(?:0?[1-9]|1[0-2])(?![\d/])|(?:spring|summer|fall|autumn|winter)[\s,]+{_YEAR}|{_YEAR})"
)
_PRESENT = (
    r"(?:present|current(?:ly)?|now|till\s+(?:date|now|today)|to\s+date|date|ongoing|today|continuing"
    r"|(?:la\s+)?actualidad|actualmente|presente|actual|hoy|la\s+fecha"
    r"|वर्तमान|(?:अब|आज|अभी)\s+तक|अभी|जारी)"  # Hindi: present, till now, till today, now, ongoing
)
# Between the two dates: a dash, "to", Spanish "a" / "al" / "hasta", Hindi "से" ("2017 से 2019 तक").
_SEP = (
    r"[ \t]*\n?[ \t]*(?:-+|–|—|~|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b|\ba\b|\bal\b|\bhasta\b"
    r"|(?<!\S)से(?!\S))[ \t]*\n?[ \t]*"
)
# Two months with only a space or a line break between them are a range too ("Dec 2013\nFeb 2014").
_MONTH_DATE = rf"(?:{_MONTH}[\s,'’-]*(?:{_YEAR}|['’]\d{{2}})(?!\d)|(?:spring|summer|fall|autumn|winter)[\s,]+{_YEAR})"
_RANGE = re.compile(
    rf"(?<![\w/.-])(?:from\s+)?(?P<start>{_DATE})(?:{_SEP}|[ \t]*\n?[ \t]*(?=(?:{_PRESENT})\b))"
    rf"(?P<end>{_DATE}|{_PRESENT})(?![\w/-])"
    rf"|(?<![\w/.-])(?P<mstart>{_MONTH_DATE})[ \t]*\n?[ \t]*(?P<mend>{_MONTH_DATE})(?![\w/-])"
    rf"|(?<![\w/.-])(?:since|from)\s+(?P<since>{_DATE})(?!\s*(?:-|–|to\b))(?![\w/-])"
    rf"|(?<![\w/.-])(?P<onwards>{_DATE})\s+(?:onwards|on\s*wards|-\s*onwards)\b",
    re.IGNORECASE,
)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(nfc(text).split())


_TITLE_WORDS = _wordset(
    """engineer engineering developer manager analyst consultant intern internship trainee teacher lecturer
    professor assistant associate director lead architect administrator designer officer executive
    specialist coordinator president vice founder co-founder cofounder owner tester programmer scientist
    researcher instructor head supervisor representative accountant advisor adviser editor writer tutor
    volunteer clerk technician paralegal principal counselor counsellor nurse attorney lawyer advocate
    chairman ceo cto cfo coo vp sde fellow apprentice auditor agent operator planner strategist marketer
    recruiter trainer mentor secretary treasurer partner expert therapist physician pharmacist chef cashier
    receptionist salesman support admin dba devops qa investigator coach faculty dean staff contractor
    freelancer webmaster photographer artist journalist reporter producer librarian economist statistician
    leader member superintendent aide inspector controller buyer banker underwriter advertiser curator
    translator interpreter musician teaching chair sitter care clinician counsel associate
    desarrollador desarrolladora ingeniero ingeniera programador programadora analista gerente jefe jefa
    director directora consultor consultora profesor profesora becario becaria practicante pasante técnico
    técnica tecnico tecnica coordinador coordinadora asistente diseñador diseñadora administrador
    administradora arquitecto arquitecta responsable especialista científico científica investigador
    investigadora líder lider contador contadora contable abogado abogada enfermero enfermera vendedor
    vendedora maestro maestra docente auxiliar supervisora ejecutivo ejecutiva representante asesor asesora
    redactor redactora periodista fundador fundadora socio socia tutora camarero camarera cajero cajera
    recepcionista encargado encargada dependiente operario operaria
    इंजीनियर अभियंता डेवलपर प्रोग्रामर प्रबंधक मैनेजर विश्लेषक एनालिस्ट सलाहकार कंसल्टेंट शिक्षक शिक्षिका
    अध्यापक अध्यापिका प्राध्यापक प्रोफ़ेसर प्रोफेसर व्याख्याता सहायक अधिकारी निदेशक प्रमुख इंटर्न प्रशिक्षु
    लेखाकार अकाउंटेंट डिज़ाइनर डिजाइनर समन्वयक कार्यकारी एग्जीक्यूटिव प्रतिनिधि पर्यवेक्षक वैज्ञानिक
    शोधकर्ता तकनीशियन क्लर्क लिपिक नर्स वकील अधिवक्ता संपादक लेखक पत्रकार टेस्टर आर्किटेक्ट प्रशासक
    विशेषज्ञ स्पेशलिस्ट लीड हेड ऑफिसर ऑफ़िसर ट्रेनी"""
)
_COMPANY_WORDS = _wordset(
    """ltd ltd. limited pvt pvt. private inc inc. incorporated corp corp. corporation llc llp plc gmbh co co.
    company technologies technology solutions systems services software consultancy consulting consultants
    bank group labs infotech infosystems industries enterprises associates agency hospital foundation
    university college school institute academy studio studios networks communications media pharma
    pharmaceuticals motors partners international global telecom infrastructure analytics
    department ministry council government centre center clinic store restaurant firm office
    s.a. s.a s.l. s.l sa sl s.a.s. sas ltda ltda. universidad grupo banco empresa consultora servicios soluciones
    sistemas tecnologías instituto colegio escuela fundación ministerio agencia ayuntamiento clínica tienda
    लिमिटेड लि. प्राइवेट प्रा. कंपनी सर्विसेज सर्विसेस टेक्नोलॉजीज टेक्नोलॉजी सॉल्यूशंस सिस्टम्स कंसल्टेंसी बैंक
    समूह ग्रुप विश्वविद्यालय कॉलेज महाविद्यालय विद्यालय संस्थान अस्पताल मंत्रालय विभाग निगम लैब्स"""
)
_EMPLOYERS = _wordset(
    """infosys tcs wipro accenture cognizant ibm microsoft google amazon oracle deloitte capgemini hcl
    mindtree mphasis genpact flipkart paytm sap cisco intel adobe dell hp hewlett-packard samsung apple
    facebook meta twitter uber ola swiggy zomato ey kpmg pwc jpmorgan barclays hsbc citi citibank
    walmart salesforce vmware nvidia qualcomm ericsson nokia siemens bosch honeywell ge zoho freshworks
    telefónica indra santander bbva inditex repsol iberdrola mercadolibre globant
    इंफोसिस इन्फोसिस विप्रो टीसीएस एक्सेंचर कॉग्निजेंट आईबीएम माइक्रोसॉफ्ट गूगल अमेज़न अमेज़ॅन फ्लिपकार्ट
    रिलायंस एचसीएल पेटीएम"""
)
_NEAR = 120
_BULLET = re.compile(r"^\s*[•·▪►◆■●○◦*\-–]\s")
# "Engineer at Acme", "Ingeniera en Indra", Hindi "टीसीएस में इंजीनियर" (engineer at TCS).
_FIELD_SPLIT = re.compile(r"\s+[-–—|@]\s+|\s*\|\s*|\t+|\s{2,}|,\s+|\s+(?:at|en|में)\s+|\s+\(|\)\s*")
_LOCATION = re.compile(r"^[A-Z][A-Za-z .]+,\s*[A-Z]{2}$|^[A-Z][a-z]+,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


@dataclass(frozen=True)
class Job:
    """One position. `start`/`end` are "YYYY-MM" or "YYYY" as precise as written; `end` may be "present"."""

    title: str | None
    company: str | None
    start: str
    end: str
    months: int


@dataclass(frozen=True)
class DateRange:
    start: tuple[int, int | None]
    end: tuple[int, int | None] | None  # None: present
    line: int
    column: int
    end_line: int
    end_column: int  # in end_line


def _parse_date(text: str) -> tuple[int, int | None] | None:
    text = text.strip().lower()
    years = re.findall(_YEAR, text)
    hindi_month = _HINDI_MONTHS.get(letters_of(text.split()[0])) if text.split() else None
    if hindi_month:
        return (int(years[0]), hindi_month) if years else None
    month_name = re.match(r"([a-z]+)", text)
    if month_name:
        word = month_name.group(1)
        month = _SEASONS.get(word) or _MONTHS.get(word[:3])
        if years:
            return int(years[0]), month
        short = re.search(r"['’](\d{2})", text)
        if short:
            two = int(short.group(1))
            return (2000 + two if two < 50 else 1900 + two), month
        return None
    numbers = re.findall(r"\d+", text)
    if len(numbers) == 2:
        first, second = numbers
        if len(first) == 4:
            return int(first), int(second)
        return int(second), int(first)
    if years:
        return int(years[0]), None
    return None


def find_ranges(text: str) -> list[DateRange]:
    """Every date range in the text, with the line it starts on and its columns in that line."""
    line_starts = [0, *(index + 1 for index, char in enumerate(text) if char == "\n")]
    ranges = []
    for match in _RANGE.finditer(text):
        start_text = match.group("start") or match.group("mstart") or match.group("since") or match.group("onwards")
        end_text = match.group("end") or match.group("mend")
        start = _parse_date(start_text)
        present = end_text is None or re.fullmatch(_PRESENT, " ".join(end_text.split()), re.IGNORECASE) is not None
        end = None if present else _parse_date(end_text or "")
        if start is None or (not present and end is None):
            continue
        line = bisect.bisect_right(line_starts, match.start()) - 1
        end_line = bisect.bisect_right(line_starts, match.end()) - 1
        column = match.start() - line_starts[line]
        end_column = match.end() - line_starts[end_line]
        ranges.append(DateRange(start, end, line, column, end_line, end_column))
    return ranges


def span(found: DateRange, today: date) -> tuple[int, int] | None:
    """Half-open month interval [start, end) of a range, or None if it is backwards or absurd.

    Months count inclusively ("Jan 2018 - Mar 2018" is three months). A bare end year means the
    start of that year ("2016 - 2019" is three years), or its end when the job began that year.
    An end still to come (a contract to Jun 2027) counts up to today; a start to come is absurd.
    """
    year, month = found.start
    start = year * 12 + (month or 1) - 1
    now = today.year * 12 + today.month
    if found.end is None:
        end = now
    elif found.end[1] is None:
        end = found.end[0] * 12
        if end <= start:
            end = found.end[0] * 12 + 12
    else:
        end = found.end[0] * 12 + found.end[1]
    if end <= start or end - start > 50 * 12 or start >= now:
        return None
    return start, min(end, now)


def union_months(intervals: list[tuple[int, int]]) -> int:
    """Months covered by at least one interval."""
    total = 0
    current_start = current_end = None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def _format(point: tuple[int, int | None] | None) -> str:
    if point is None:
        return "present"
    year, month = point
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _fields(line: str) -> list[str]:
    line = _BULLET.sub("", line)
    return [part.strip(" .,;:-–•") for part in _FIELD_SPLIT.split(line) if part and part.strip(" .,;:-–•")]


def _words(field: str) -> list[str]:
    return [word.strip("().,").lower() for word in nfc(field).split()]


def _title_word(word: str) -> bool:
    return word in _TITLE_WORDS or word.rstrip("s") in _TITLE_WORDS


def _company_word(word: str) -> bool:
    return word in _COMPANY_WORDS or word in _EMPLOYERS


def _head_first(words: list[str]) -> bool:
    """A Spanish title names the job first: "Desarrolladora de software", "Jefe de ventas"."""
    return len(words) >= 3 and _title_word(words[0]) and words[1] in ("de", "del")


def is_title(field: str) -> bool:
    """Has a job word and does not end like a company ("Software Engineer", not "Wipro Technologies")."""
    words = _words(field)
    if 0 < len(words) <= 7 and _head_first(words):
        return True
    return 0 < len(words) <= 7 and any(_title_word(w) for w in words) and not _company_word(words[-1])


def is_company(field: str) -> bool:
    """Has a company word and does not end like a job title ("Infosys Limited", not "Software Engineer")."""
    words = _words(field)
    return (
        0 < len(words) <= 9
        and any(_company_word(w) for w in words)
        and not _title_word(words[-1])
        and not _head_first(words)
    )


def is_place(field: str) -> bool:
    lowered = nfc(field.lower().strip())
    head = lowered.split(",")[0].strip()
    return head in CITY_NAMES or lowered in {"india", "usa", "uk", "remote"} or bool(_LOCATION.match(field.strip()))


def _plausible(field: str) -> bool:
    words = field.split()
    return (
        0 < len(words) <= 8
        and opens_capitalised(field)
        and not field.endswith(".")
        and not re.search(r"\d{3,}", field)
        and not re.fullmatch(r"(?i)(?:present|current|to|till|date)", field)
    )


def _nearby(lines: list[str], numbers: range) -> list[str]:
    """Short non-empty lines in the given order, stopping at a heading, a bullet or a sentence."""
    found: list[str] = []
    for number in numbers:
        text = lines[number]
        if not text.strip():
            continue
        if heading_kind(text) is not None or _BULLET.match(text) or len(text.split()) > 12:
            break
        found.append(text)
        if len(found) == 3:
            break
    return found


def _context(lines: list[str], found: DateRange, previous_end: int, next_start: int) -> list[tuple[float, str]]:
    """Candidate fields with their distance: the range's own line(s), then up to three lines above
    (not reaching the previous job) and, when those hold no title, up to two lines below."""
    # Only the text near the range on its own line: a long line is running text, not a job header.
    own = (
        lines[found.line][max(0, found.column - _NEAR) : found.column]
        + "  "
        + lines[found.end_line][found.end_column : found.end_column + _NEAR]
    )
    fields: list[tuple[float, str]] = [(0, field) for field in _fields(own)]
    above = _nearby(lines, range(found.line - 1, max(previous_end, found.line - 6), -1))
    for distance, text in enumerate(above, 1):
        fields.extend((distance, field) for field in _fields(text))
    if not above or not any(is_title(field) for _, field in fields):
        below = _nearby(lines, range(found.end_line + 1, min(next_start, found.end_line + 5)))[:2]
        for distance, text in enumerate(below, 1):
            fields.extend((distance + 0.5, field) for field in _fields(text))
    return fields


def _pick(fields: list[tuple[float, str]]) -> tuple[str | None, str | None]:
    candidates = [(distance, field) for distance, field in fields if _plausible(field) and not is_place(field)]
    titles = [item for item in candidates if is_title(item[1]) and not is_company(item[1])]
    companies = [item for item in candidates if is_company(item[1])]
    title = min(titles, key=lambda item: item[0])[1] if titles else None
    company = min(companies, key=lambda item: item[0])[1] if companies else None
    if company is None:
        rest = [item for item in candidates if item[1] != title and not is_title(item[1])]
        company = min(rest, key=lambda item: item[0])[1] if rest else None
    if title is None:
        rest = [item for item in candidates if item[1] != company and is_title(item[1])]
        title = min(rest, key=lambda item: item[0])[1] if rest else None
    return title, company


def extract_experience(
    text: str,
    *,
    today: date,
    experience_ranges: list[tuple[int, int]] | None = None,
    excluded_ranges: list[tuple[int, int]] | None = None,
) -> tuple[list[Job], int]:
    """Jobs in reading order and the months they cover together.

    Date ranges count inside experience sections and anywhere outside the excluded sections
    (education, where ranges are study years; publications; ...): two-column layouts often
    land a job under another heading.
    """
    lines = text.split("\n")
    inside = {n for start, end in experience_ranges or [] for n in range(start, end + 1)}
    excluded = {n for start, end in excluded_ranges or [] for n in range(start, end + 1)}
    # Outside an experience section, a range on a line naming a degree is a course's years, not a job
    # ("B.Tech in Computer Science, IIT Delhi, 2015 - 2019" in a resume without headings).
    every = find_ranges(text)
    study_lines = {line for line in {r.line for r in every} - inside if mentions_degree(lines[line])}
    ranges = [r for r in every if r.line in inside or (r.line not in excluded and r.line not in study_lines)]
    jobs: list[Job] = []
    intervals: list[tuple[int, int]] = []
    for index, found in enumerate(ranges):
        interval = span(found, today)
        previous_end = ranges[index - 1].end_line if index > 0 else -1
        next_start = ranges[index + 1].line if index + 1 < len(ranges) else len(lines)
        title, company = _pick(_context(lines, found, previous_end, next_start))
        if interval is None and title is None and company is None:
            continue  # a backwards range with no job beside it is not a job ("2019 - 2016" in a table)
        if interval is not None:
            intervals.append(interval)
        # A job whose range cannot be read ("2020 – 2018") stays, with no months: the dates check says so.
        months = interval[1] - interval[0] if interval else 0
        jobs.append(Job(title, company, _format(found.start), _format(found.end), months))
    return jobs, union_months(intervals)
