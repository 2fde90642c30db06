"""How well a resume matches a job description: every hard skill and keyword, found or missing.

Skills are recognised through the taxonomy, so aliases ("JS", "k8s") and spellings group
under one canonical name; other keywords are the job description's repeated content words,
grouped by stem ("managing", "managed", "management"). Every item says where it was found in
the resume (which sections) or that it is missing; the missing list is always complete.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lib.resume.extract import Profile
from lib.resume.job_text import requirements
from lib.resume.script import DEVANAGARI_LETTERS, nfc
from lib.resume.taxonomy import general_name, load_taxonomy, stem

MAX_KEYWORDS = 25
# A word: a letter, then letters (Devanagari vowel signs included: they are not \w), digits or + # . -.
_WORD = re.compile(rf"[^\W\d_][\w{DEVANAGARI_LETTERS}+#.\-]{{2,}}")
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
# Words every job description uses, in English, Spanish and Hindi: never a keyword of this job.
_STOPWORDS = frozenset(
    nfc(
        """
    able about above across after again against also among and any are around based being below between both
    build building can candidate candidates company could day degree description did does doing done during
    each ensure etc every excellent experience experienced for from good great have having help highly how
    ideal including into its job join just knowledge least level like looking make may more most must need
    new not our out over own part per plus position preferred required requirement requirements
    responsibilities role should skill skills strong such team teams than that the their them then there
    these they this those through using various very want well were what when where which while who whom will
    with within work working would year years you your
    para por con sin del las los una uno unos unas este esta estos estas ese esa eso como más muy
    sobre entre desde hasta también nuestro nuestra nuestros nuestras vuestro tener tiene tienen será
    serán buscamos ofrecemos ofrece requisitos requisito experiencia conocimientos conocimiento puesto
    empresa equipo trabajo trabajar años año nivel valorará valorable deseable imprescindible perfil
    candidato candidata funciones responsabilidades incorporación formar parte cada todo toda todos todas
    otros otras donde cuando mientras según además buen buena buenos buenas gran grandes
    और में के की का से को पर है हैं लिए साथ एक यह वह आप हम हमें हमारे हमारी हमारा इस उस जो कि भी तथा
    या नहीं होना होगा होगी होंगे चाहिए करना करने करें सकते अपने अपनी वाले वाली वाला साल वर्ष अनुभव टीम
    कंपनी भूमिका ज़रूरी जरूरी आवश्यक उम्मीदवार कौशल ज्ञान अच्छा अच्छी अच्छे काम
    """
    ).split()
)


@dataclass(frozen=True)
class MatchItem:
    term: str  # the canonical skill, or the keyword as the job description writes it
    kind: str  # "skill" or "keyword"
    found: bool
    where: tuple[str, ...]  # section kinds of the resume where it was found


@dataclass(frozen=True)
class JobMatch:
    items: tuple[MatchItem, ...]

    @property
    def matched(self) -> tuple[MatchItem, ...]:
        return tuple(item for item in self.items if item.found)

    @property
    def missing(self) -> tuple[MatchItem, ...]:
        return tuple(item for item in self.items if not item.found)

    @property
    def rate(self) -> int:
        """Per cent of the job's items found; skills weigh twice as much as other keywords."""
        weights = [(2 if item.kind == "skill" else 1, item.found) for item in self.items]
        total = sum(weight for weight, _ in weights)
        return round(100 * sum(weight for weight, found in weights if found) / total) if total else 0


def job_skills(job_text: str) -> list[str]:
    """The canonical skills a job description asks for, in the order it first names them (its
    benefits, company and application sections name none)."""
    return list(dict.fromkeys(mention.name for mention in load_taxonomy().find(requirements(job_text))))


def _written(word: str) -> str:
    """A word as keywords compare it: "Customers." and "customers" are one."""
    return nfc(word.strip(".-").lower())


def _keywords(job_text: str, skill_spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(stem, first written form) of content words the job repeats, outside skill mentions and
    outside addresses ("www.acme.com", "jobs@acme.com")."""
    skipped = skill_spans + [match.span() for match in _ADDRESS.finditer(job_text)]
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    for match in _WORD.finditer(job_text):
        if any(start <= match.start() < end for start, end in skipped):
            continue
        word = _written(match.group())
        if word in _STOPWORDS or len(word) < 4:
            continue
        key = stem(word)
        counts[key] += 1
        written.setdefault(key, word)
    repeated = [key for key, count in counts.most_common() if count >= 2][:MAX_KEYWORDS]
    return [(key, written[key]) for key in repeated]


def _stems_by_section(profile: Profile, resume_text: str) -> dict[str, list[str]]:
    """Each word stem of the resume and the section kinds of the lines that use it, in order."""
    where: dict[str, list[str]] = {}
    for line, section in profile.lines_in_sections(resume_text):
        kind = section or "other"
        for key in {stem(_written(word)) for word in _WORD.findall(line)}:
            kinds = where.setdefault(key, [])
            if kind not in kinds:
                kinds.append(kind)
    return where


def match_job(profile: Profile, resume_text: str, job_text: str) -> JobMatch:
    taxonomy = load_taxonomy()
    job_text = requirements(job_text)  # "Benefits: health insurance" asks nothing of the candidate
    mentions = taxonomy.find(job_text)
    # Named anywhere counts, as in an ATS keyword scan: "handled customer service" has Customer Service;
    # so does the skill in general or in another field ("Prototyping" for "Prototyping (UX)").
    have: dict[str, tuple[str, ...]] = {}
    for skill in profile.mentioned:
        where = skill.sections or ("other",)
        have[skill.name] = where
        general = general_name(skill.name)
        have[general] = tuple(dict.fromkeys((*have.get(general, ()), *where)))
    items = []
    for name in dict.fromkeys(mention.name for mention in mentions):
        where = have.get(name) or have.get(general_name(name), ())
        items.append(MatchItem(term=name, kind="skill", found=bool(where), where=where))
    spans = [(mention.start, mention.end) for mention in mentions]
    keywords = _keywords(job_text, spans)
    stems = _stems_by_section(profile, resume_text) if keywords else {}
    for key, word in keywords:
        places = tuple(stems.get(key, ()))
        items.append(MatchItem(term=word, kind="keyword", found=bool(places), where=places))
    return JobMatch(items=tuple(items))
