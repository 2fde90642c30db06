"""Contact details from the top of a resume: name, e-mails, phones, profile links, location.

Everything is pattern-based. Phones need 10 to 13 digits and must not look like a date or a
year range ("2016-2019 2019-2021"); the name is the first short line of capitalised words that
is neither a heading nor a contact field, which is how nearly every resume starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lib.resume.script import is_letters, nfc, opens_capitalised
from lib.resume.sections import heading_kind
from lib.resume.taxonomy import Taxonomy

_EMAIL = re.compile(r"[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(
    r"(?<![\w/.+-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,16}\d(?![\w/])",
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"',;]+|(?<![\w@.])(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org)/[^\s<>()\"',;]+",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$")
_NAME_LABEL = re.compile(r"^\s*(?:name|full name|candidate)\s*[:\-]\s*", re.IGNORECASE)
_NOT_NAME_WORDS = frozenset(
    [
        "resume",
        "curriculum",
        "vitae",
        "cv",
        "biodata",
        "bio-data",
        "profile",
        "email",
        "e-mail",
        "phone",
        "mobile",
        "address",
        "objective",
        "summary",
        "contact",
        "page",
        "linkedin",
        "github",
        "www",
        "http",
        "street",
        "road",
        "nagar",
        "apartment",
        "floor",
        "india",
    ]
)
_LOCATION_LABEL = re.compile(r"^\s*(?:location|address|current location|city|residence|based in)\s*[:\-]\s*(.+)$", re.I)

# Places a resume's top lines name often enough to be worth knowing without a gazetteer.
_CITIES = """
bangalore bengaluru mumbai delhi new delhi noida gurgaon gurugram hyderabad chennai pune kolkata ahmedabad
jaipur lucknow chandigarh indore bhopal nagpur kochi cochin trivandrum thiruvananthapuram coimbatore mysore
mysuru mangalore visakhapatnam vizag vijayawada surat vadodara nashik patna ranchi bhubaneswar guwahati
dehradun ghaziabad faridabad kanpur agra varanasi madurai trichy salem thane navi mumbai goa raipur
london new york san francisco seattle boston chicago austin dallas houston atlanta toronto vancouver sydney
melbourne singapore dubai berlin paris amsterdam dublin nairobi lagos washington los angeles san jose
baltimore pittsburgh philadelphia minneapolis denver phoenix san diego portland miami
madrid barcelona valencia sevilla seville bilbao málaga malaga zaragoza murcia alicante granada valladolid
cdmx guadalajara monterrey puebla tijuana querétaro bogotá bogota medellín medellin cali
barranquilla lima arequipa santiago valparaíso buenos aires córdoba rosario mendoza montevideo quito guayaquil
caracas la paz asunción santo domingo san juan san salvador tegucigalpa managua
दिल्ली नई दिल्ली मुंबई बेंगलुरु बेंगलूरु बंगलौर हैदराबाद चेन्नई पुणे कोलकाता अहमदाबाद जयपुर लखनऊ चंडीगढ़
इंदौर भोपाल नागपुर पटना रांची नोएडा गुड़गांव गुरुग्राम कानपुर आगरा वाराणसी देहरादून गाज़ियाबाद गाजियाबाद
फ़रीदाबाद फरीदाबाद सूरत वडोदरा रायपुर भुवनेश्वर गुवाहाटी प्रयागराज इलाहाबाद मेरठ जोधपुर उदयपुर
"""


def _places(block: str) -> frozenset[str]:
    """Multi-word city names are joined by the known two-word list; the rest are single words."""
    two_words = {
        "new delhi", "navi mumbai", "new york", "san francisco", "los angeles", "san jose", "san diego",
        "buenos aires", "la paz", "santo domingo", "san juan", "san salvador", "नई दिल्ली",
    }  # fmt: skip
    words = nfc(block).split()
    names: set[str] = {nfc(name) for name in two_words}
    skip = False
    for first, second in zip(words, [*words[1:], ""], strict=True):
        if skip:
            skip = False
            continue
        if f"{first} {second}" in names:
            skip = True
            continue
        names.add(first)
    return frozenset(names)


CITY_NAMES = _places(_CITIES)


@dataclass(frozen=True)
class Contact:
    """What a recruiter needs to reach the candidate; any field may be empty."""

    name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin: str | None = None
    github: str | None = None
    urls: tuple[str, ...] = ()
    location: str | None = None


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def find_emails(text: str) -> tuple[str, ...]:
    return _unique([match.group(0).strip(".") for match in _EMAIL.finditer(text)])


def find_phones(text: str) -> tuple[str, ...]:
    """Phone numbers as written, with 10-13 digits ("+91 98450 12345", "(555) 123-4567")."""
    phones = []
    for match in _PHONE.finditer(text):
        raw = match.group(0).strip()
        digits = re.sub(r"\D", "", raw)
        if (
            not 10 <= len(digits) <= 13
            or _YEARISH.match(raw)
            or re.search(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", raw)
        ):
            continue
        if "\n" in raw:
            continue
        phones.append(raw)
    return _unique(phones)


def find_urls(text: str) -> tuple[str, ...]:
    return _unique([match.group(0).rstrip(".") for match in _URL.finditer(text)])


# A line of capitalised words that names a job, not a person: "SOCIAL MEDIA MANAGER".
_ROLE_WORDS = frozenset(
    {
        "manager", "engineer", "developer", "professional", "consultant", "analyst", "specialist", "executive",
        "officer", "designer", "architect", "administrator", "director", "lead", "intern", "resume",
    }
)  # fmt: skip


def _names_skills(candidate: str, taxonomy: Taxonomy | None) -> bool:
    """Skills cover more than half its words ("Digital Marketing", "PHP MVC Frameworks"), where a
    name may hold one by chance ("Mark Jenkins", "Jane Doe")."""
    if taxonomy is None:
        return False
    covered = sum(len(found.surface.split()) for found in taxonomy.find(candidate))
    return covered * 2 > len(candidate.split())


def guess_name(lines: list[str], taxonomy: Taxonomy | None = None) -> str | None:
    """The first short line of two to four capitalised words near the top that names neither a job
    nor mostly skills."""
    for line in lines[:8]:
        candidate = _NAME_LABEL.sub("", line).strip(" \t•|-,")
        candidate = re.split(r"\s{2,}|\s[|•]\s|,|\s-\s", candidate)[0].strip() if candidate else ""
        if not candidate or heading_kind(candidate) is not None:
            continue
        words = candidate.split()
        if not 1 < len(words) <= 4 or any(ch.isdigit() or ch in "@/:" for ch in candidate):
            continue
        if any(word.lower().strip(".") in _NOT_NAME_WORDS | _ROLE_WORDS for word in words):
            continue
        if _names_skills(candidate, taxonomy):
            continue
        if all(opens_capitalised(word) and is_letters(word.replace(".", "").replace("'", "")) for word in words):
            return candidate
    return None


def guess_location(lines: list[str]) -> str | None:
    """A labelled address, else a "City, State" line among the first lines naming a known city."""
    for line in lines[:15]:
        labelled = _LOCATION_LABEL.match(line)
        if labelled:
            return labelled.group(1).strip()[:80]
    for line in lines[:15]:
        for part in re.split(r"\s[|•-]\s|\s{2,}", line):
            part = part.strip(" ,")
            if not part or "@" in part:
                continue
            head = nfc(part.split(",")[0].strip().lower())
            if head in CITY_NAMES and len(part) <= 60:
                return part
    return None


def extract_contact(text: str, taxonomy: Taxonomy | None = None) -> Contact:
    """`taxonomy`: to tell a line of skills ("Digital Marketing") from a name."""
    lines = [line for line in text.split("\n") if line.strip()]
    urls = find_urls(text)
    linkedin = next((url for url in urls if "linkedin.com" in url.lower()), None)
    github = next((url for url in urls if "github.com" in url.lower()), None)
    others = tuple(url for url in urls if url not in (linkedin, github))
    return Contact(
        name=guess_name(lines, taxonomy),
        emails=find_emails(text),
        phones=find_phones(text),
        linkedin=linkedin,
        github=github,
        urls=others,
        location=guess_location(lines),
    )
