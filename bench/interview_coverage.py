"""How well the interview bank covers the common topics of openly licensed question lists by others.

`python -m bench.interview_coverage --data ../shared/data` reads the lists in
<data>/interview_questions/ at run time (none of their text is kept in the project) and prints
one key=value per line:
    handbook_behavioural_coverage, handbook_behavioural_questions
        tech-interview-handbook's common and company-specific SWE behavioural questions
        (behavioral-interview-questions.md), against every role's behavioural questions
        (general's included)
    handbook_behavioural_sde_coverage
        the same list against only the questions a candidate for sde meets (sde and general
        behavioural), since an interview draws from one role
    ds_theory_coverage, ds_theory_questions
        data-science-interviews theory.md (the bold questions), against data_scientist technical
    ds_technical_coverage, ds_technical_questions
        data-science-interviews technical.md (numbered SQL, Python and algorithm tasks), against
        data_scientist technical, plus data_analyst technical for the SQL tasks;
        ds_technical_sql_coverage, ds_technical_python_coverage, ds_technical_algorithms_coverage
        split it by section
    frontend_coverage, frontend_questions
        h5bp front-end questions (the bullets of every *-questions.md but coding-questions.md,
        whose items are code snippets to evaluate), against sde: the bank has no front-end role
    pm_coverage, pm_questions
        the PM Interview Project's questions (the title and first quoted sentence of each question
        file, not the boilerplate or the style guide), against product_manager
Follow-up sub-bullets are read as part of the question above them. probability.md (one question)
is not scored.

The matching rule: transparent, deterministic, calibrated by reading the pairs it prints.
Terms. A question's terms are the content-word stems of its text (lib.ai.keywords.content_stems)
with British and American spellings folded (-ise/-ize, -our/-or, doubled l), a few words of one
topic merged (_EQUIVALENT: co-worker/colleague/teammate, conflict/disagreement, boss/manager,
criticism/critical, ...), company names and "here" read as "company" (the bank asks about "our
company"), and minus GENERIC words: interview wording that says how to answer rather than what
about ("tell", "time", "describe", "difference", "example", "work", "project", ...) and words
that are the subject of a whole list ("browser", "machine" learning, "model"). A
technical.md task also carries its section's subject ("SQL query", "Python", "algorithm"), which
the list states once above its tasks. A bank question's terms come from its English text, its key
points and their synonyms, leaving out rubric boilerplate: key points worded the same in 3 or more
questions ("Gives a measurable result", "Describes the situation and context clearly", ...).
Weights. Each term weighs its IDF over the bank's 280 questions, log((N + 1) / (df + 1)) + 1
(a term the bank never uses weighs log(N + 1) + 1).
Match. For an external question q and a bank question b of the roles the list is mapped to:
    shared   = terms(q) & terms(b)
    overlap  = weight(shared) / weight(terms(q))       how much of q the bank question touches
    anchored = shared meets the terms of b's own text   b is about it, not only mentions it in
                                                        a key point
q is covered when some b is anchored and has len(shared) >= 2 and overlap >= 0.30, or
len(shared) >= 1 and overlap >= 0.60 (a short question whose one topic word b is about). The
bank question shown is the covering one, else the one with the highest overlap (ties: the larger
share of b's own text, then the lower id). A question with no terms left is uncovered.
Coverage is covered / questions.
Calibration: reading every covered pair of one run, 94 of 116 were about the same topic (0.81);
the misses are mostly one shared word that spans topics ("manager", "feature", "evaluate",
"training data"). Requiring the anchor removed 49 pairs, of which only 11 were right. The rule
under-counts more than it over-counts: paraphrases with no common stem ("get along with" vs
"didn't get along", "how many pianos" vs "estimate") stay uncovered, so the uncovered lists are
leads for a reader, not verdicts.

stderr lists the uncovered questions by source (the gaps) and a sample of covered ones with the
matched bank id and shared stems, so a reader can judge the rule.
"""

from __future__ import annotations

import argparse
import html
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.pages import log
from lib.ai.keywords import content_stems
from lib.interview.bank import InterviewQuestion, load_bank

SOURCES = "interview_questions"
MIN_SHARED, MIN_OVERLAP = 2, 0.30
SHORT_OVERLAP = 0.60
BOILERPLATE = 3  # a key point worded the same in this many questions is the rubric's, not the topic's
SAMPLE = 8

# Interview wording that says how to answer, not what about, and words that are a whole list's
# subject (browser, machine learning, model); stemmed like the questions.
_GENERIC_TEXT = """
    tell time times describe explain example examples give share talk walk us through would could
    work worked working job know knew think thought use used using make made way ways thing things
    something anything good better best most more many much like want wanted need needed main
    difference differences different differ between happen happened happens recent recently past
    current currently ever new can did do done does get got go going one two three some any other
    others take took situation approach question questions answer answers important kind kinds
    type types case cases common call called mean meant look looks project projects problem
    problems experience experienced handle handled deal dealt pros cons vice versa advantages
    disadvantages benefit benefits familiar favourite favorite usual typical actual actually say
    said around person someone able well really right point points write written implement
    calculate compute computed return given find number numbers choose learn learned learning
    set model models code coding select date instead browser browsers role roles difficult hard
    hardest tough toughest next machine
"""
# Words that name one topic in the lists' and the bank's wording (the first names the class).
_EQUIVALENT = (
    "coworker colleague colleagues teammate teammates associate peer peers",
    "conflict conflicts disagree disagreed disagreement disagreements",
    "criticism critical criticised criticized criticise criticize critique",
    "manager managers boss supervisor supervisors",
    "motivates motivation motivated excites excited exciting passionate passion",
    "bug bugs debug debugging debugger",
    "pressure overwhelmed overwhelming stress stressful",
    "network networks net nets",
    "five 5",
    "accomplishment accomplishments achievement achievements",
    "fail failed failure failures failing",
)
# The company-specific lists name the company (or say "here"); the bank says "our company".
_COMPANY = re.compile(
    r"\b(?:airbnb|amazon|bytedance|dropbox|lyft|palantir|slack|stripe|twitter|x company|here)\b", re.IGNORECASE
)
_SECTION_SUBJECT = {"SQL": "SQL query", "Coding (Python)": "Python", "Algorithmic Questions": "algorithm"}
_EMOJI = re.compile(r"[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\ufe0f\u200d]")
_MARKUP = re.compile(r"[`*_]+")


@dataclass(frozen=True)
class External:
    source: str
    group: str  # the file or section it comes from
    text: str


@dataclass(frozen=True)
class Match:
    question: External
    terms: frozenset[str]
    best: InterviewQuestion | None
    shared: frozenset[str]
    overlap: float  # idf share of the question's terms that the bank question has
    own_share: float  # idf share of the bank question's own text that is shared (> 0: anchored)

    @property
    def covered(self) -> bool:
        return covers(len(self.shared), self.overlap, self.own_share > 0)


def covers(shared: int, overlap: float, anchored: bool) -> bool:
    if not anchored:
        return False
    return (shared >= MIN_SHARED and overlap >= MIN_OVERLAP) or (shared >= 1 and overlap >= SHORT_OVERLAP)


def _fold(stem: str) -> str:
    """Fold British and American spellings of one stem together (both sides get the same)."""
    stem = re.sub(r"(?<=[a-z]{3})([iy])z$", r"\1s", stem)
    stem = re.sub(r"(?<=[a-z]{3})our$", "or", stem)
    return re.sub(r"(?<=[a-z]{3})ll$", "l", stem)


def _raw_stems(text: str) -> set[str]:
    return {_fold(stem) for stem in content_stems(re.sub(r"\bco-(?=[a-z])", "co", text, flags=re.IGNORECASE))}


CANONICAL = {
    stem: _fold(content_stems(words)[0]) for words in _EQUIVALENT for stem in _raw_stems(words)
}  # every word of a class -> the stem of its first word


def stems(text: str) -> set[str]:
    """Folded content stems, with company names read as "company" and equivalent words merged."""
    return {CANONICAL.get(stem, stem) for stem in _raw_stems(_COMPANY.sub("company", text))}


GENERIC = frozenset(stems(_GENERIC_TEXT))


def clean(text: str) -> str:
    text = html.unescape(_MARKUP.sub("", _EMOJI.sub("", text)))
    return re.sub(r"\s+", " ", text).strip(" :")


def bullets(lines: Iterable[str], source: str, group: str) -> list[External]:
    """Top-level list items ("1.", "-", "*"); indented ones are follow-ups of the item above."""
    found: list[External] = []
    for line in lines:
        item = re.match(r"(\s*)(?:\d+\.|[-*])\s+(.+)", line)
        if not item:
            continue
        if item.group(1) and found:
            previous = found[-1]
            found[-1] = External(source, group, f"{previous.text} {clean(item.group(2))}")
        elif not item.group(1):
            found.append(External(source, group, clean(item.group(2))))
    return found


def handbook(root: Path) -> list[External]:
    lines = (root / "tech_interview_handbook_mit" / "behavioral-interview-questions.md").read_text("utf-8")
    found: list[External] = []
    group = ""
    chunk: list[str] = []
    for line in [*lines.splitlines(), "## end"]:
        if line.startswith("## "):
            found += bullets(chunk, "handbook_behavioural", group)
            group, chunk = clean(line[3:]), []
        else:
            chunk.append(line)
    return found


def ds_theory(root: Path) -> list[External]:
    found: list[External] = []
    group = ""
    text = (root / "data_science_interviews_ccby4" / "theory.md").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("## "):
            group = clean(line[3:])
        elif re.fullmatch(r"\*\*[^*].*\*\*\s*", line) and group != "Table of contents":
            found.append(External("ds_theory", group, clean(line)))
    return found


def ds_technical(root: Path) -> list[External]:
    found: list[External] = []
    group = ""
    text = (root / "data_science_interviews_ccby4" / "technical.md").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("## "):
            group = clean(line[3:])
        elif task := re.match(r"\*\*\d+\)\s*(.*?)\*\*\s*(.*)", line):
            subject = _SECTION_SUBJECT.get(group, "")
            found.append(External("ds_technical", group, clean(f"{subject}: {task.group(1)} {task.group(2)}")))
    return found


def frontend(root: Path) -> list[External]:
    found: list[External] = []
    for path in sorted((root / "h5bp_frontend_mit").rglob("*-questions.md")):
        if path.name != "coding-questions.md":
            found += bullets(path.read_text("utf-8").splitlines(), "frontend", path.stem)
    return found


def pm(root: Path) -> list[External]:
    """Each question file's title (a "#" or underlined heading) and the first sentence quoted under it."""
    found: list[External] = []
    for path in sorted((root / "pm_interview_project_gpl3").rglob("*.md")):
        if path.stem in ("Interview Question Boilerplate", "Interview Question Style Guide"):
            continue
        lines = path.read_text("utf-8").splitlines()
        title = next(line for line in lines if line.strip())
        parts = [title.lstrip("# ")]
        quote: list[str] = []
        for line in lines[lines.index(title) + 1 :]:
            text = line.lstrip("> ").strip()
            if quote and not text:
                break
            if line.startswith(">") or (quote and text):
                quote.append(text)
        asked = re.sub(r"\([^)]*\)", "", " ".join(quote)).strip()
        parts.append(re.split(r"(?<=[.?!])\s", asked, maxsplit=1)[0])
        found.append(External("pm", path.stem, clean(" ".join(parts))))
    return found


class Bank:
    """The bank's questions as weighted term sets."""

    def __init__(self, questions: Sequence[InterviewQuestion]) -> None:
        self.questions = questions
        repeated = Counter(point.point for q in questions for point in q.key_points)
        self.terms = {
            q.key: stems(
                " ".join(
                    [q.text["en"]]
                    + [f"{p.point} {' '.join(p.synonyms)}" for p in q.key_points if repeated[p.point] < BOILERPLATE]
                )
            )
            for q in questions
        }
        self.text_terms = {q.key: self.topic_terms(q.text["en"]) for q in questions}
        df: Counter[str] = Counter(term for terms in self.terms.values() for term in terms)
        n = len(questions)
        self.idf = {term: math.log((n + 1) / (count + 1)) + 1 for term, count in df.items()}
        self.unseen_idf = math.log(n + 1) + 1

    def topic_terms(self, text: str) -> frozenset[str]:
        return frozenset(stems(text) - GENERIC)

    def weight(self, terms: Iterable[str]) -> float:
        return sum(self.idf.get(term, self.unseen_idf) for term in terms)

    def match(self, question: External, pool: Sequence[InterviewQuestion]) -> Match:
        """The best bank question of the pool: one that covers the question if any, then the
        highest overlap, then the largest share of its own wording, then the lowest id."""
        terms = self.topic_terms(question.text)
        best = Match(question, terms, None, frozenset(), 0.0, 0.0)
        total = self.weight(terms)
        if not total:
            return best
        best_rank: tuple[bool, float, float] = (False, 0.0, 0.0)
        for candidate in sorted(pool, key=lambda q: q.key):
            shared = frozenset(terms & self.terms[candidate.key])
            own = self.text_terms[candidate.key]
            overlap = round(self.weight(shared) / total, 6)
            own_share = round(self.weight(shared & own) / (self.weight(own) or 1.0), 6)
            rank = (covers(len(shared), overlap, own_share > 0), overlap, own_share)
            if rank > best_rank:
                best, best_rank = Match(question, terms, candidate, shared, overlap, own_share), rank
        return best


def pool_for(bank: Sequence[InterviewQuestion], question: External, sde_only: bool = False) -> list[InterviewQuestion]:
    """The bank questions a list's question is compared with."""
    if question.source == "handbook_behavioural":
        roles = {"sde", "general"} if sde_only else None
        return [q for q in bank if q.type == "behavioural" and (roles is None or q.role in roles)]
    if question.source == "ds_theory":
        return [q for q in bank if q.role == "data_scientist" and q.type == "technical"]
    if question.source == "ds_technical":
        roles = {"data_scientist", "data_analyst"} if question.group == "SQL" else {"data_scientist"}
        return [q for q in bank if q.role in roles and q.type == "technical"]
    if question.source == "frontend":
        return [q for q in bank if q.role == "sde"]
    return [q for q in bank if q.role == "product_manager"]


def describe(match: Match) -> str:
    shared = ",".join(sorted(match.shared)) or "-"
    found = match.best.key if match.best else "-"
    return f"{match.overlap:.2f}/{match.own_share:.2f} {found} [{shared}] {match.question.text[:110]}"


def report(source: str, matches: Sequence[Match], elsewhere: Mapping[External, Match], sample: int) -> None:
    covered = [m for m in matches if m.covered]
    log(f"\n== {source}: {len(covered)}/{len(matches)} covered")
    log("-- uncovered, by section (overlap/own-text share, best bank id, shared stems, question;")
    log("   '+ id' when a question of another role would cover it):")
    groups: dict[str, list[Match]] = {}
    for match in matches:
        groups.setdefault(match.question.group, []).append(match)
    for group, members in groups.items():
        missed = [m for m in members if not m.covered]
        log(f"  [{group}] {len(missed)} of {len(members)} uncovered")
        for match in missed:
            other = elsewhere.get(match.question)
            log(f"    {describe(match)}" + (f"  + {other.best.key}" if other and other.covered and other.best else ""))
    shown = covered[:: max(1, len(covered) // sample)][:sample] if sample > 0 else []
    log(f"-- covered, a sample of {len(shown)} (the bank question after <-):")
    for match in shown:
        log(f"    {describe(match)}  <-  {match.best.text['en'][:80] if match.best else ''}")


def coverage(matches: Sequence[Match]) -> float:
    return sum(m.covered for m in matches) / len(matches) if matches else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--sample", type=int, default=SAMPLE, help="covered pairs per source shown on stderr")
    args = parser.parse_args(argv)
    root = args.data / SOURCES
    questions = load_bank()
    bank = Bank(questions)
    lists = {
        "handbook_behavioural": handbook(root),
        "ds_theory": ds_theory(root),
        "ds_technical": ds_technical(root),
        "frontend": frontend(root),
        "pm": pm(root),
    }
    log("frontend: the bank has no front-end role; h5bp is compared with sde's questions")
    figures: dict[str, float | int] = {}
    for source, items in lists.items():
        matches = [bank.match(item, pool_for(questions, item)) for item in items]
        elsewhere = {m.question: bank.match(m.question, questions) for m in matches if not m.covered}
        report(source, matches, elsewhere, args.sample)
        figures[f"{source}_coverage"] = coverage(matches)
        figures[f"{source}_questions"] = len(matches)
        if source == "handbook_behavioural":
            sde = [bank.match(item, pool_for(questions, item, sde_only=True)) for item in items]
            figures["handbook_behavioural_sde_coverage"] = coverage(sde)
        if source == "ds_technical":
            for section, key in (
                ("SQL", "sql"),
                ("Coding (Python)", "python"),
                ("Algorithmic Questions", "algorithms"),
            ):
                figures[f"ds_technical_{key}_coverage"] = coverage([m for m in matches if m.question.group == section])
    for key, value in figures.items():
        print(f"{key}={value:.2f}" if isinstance(value, float) else f"{key}={value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
