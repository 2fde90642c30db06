"""Questions from files instructors upload: CSV, AQuA-RAT JSON lines and Moodle GIFT.

Pure parsing: nothing is stored here. The whole file is checked and every bad record is reported
with its line, because the caller imports all of a file or nothing; good records are still returned
so a dry run can say how many would be imported.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

from lib.aptitude.import_formats import aqua, csv_format, gift
from lib.aptitude.import_formats.common import LETTERS, Draft, Problem, Reader, RowError
from lib.aptitude.model import DIFFICULTIES, MAX_OPTIONS, MIN_OPTIONS, SECTIONS, Question, Wording
from lib.aptitude.topics import TOPICS
from lib.errors import N_, ValidationError

__all__ = ["FORMATS", "ImportResult", "Problem", "RowError", "parse_questions", "question_key"]

MAX_BYTES = 5 * 1024 * 1024
MAX_QUESTIONS = 5_000
MAX_QUESTION_CHARS = 5_000
MAX_OPTION_CHARS = 1_000
MAX_EXPLANATION_CHARS = 10_000
MAX_TOPIC_CHARS = 60  # aptitude_questions.topic is VARCHAR(60)
KEY_PREFIX = "import:"

READERS: dict[str, Reader] = {"csv": csv_format.read, "aqua": aqua.read, "gift": gift.read}
FORMATS = tuple(READERS)
_SAVE_AS = {  # the advice after a file that is not text, by format
    "csv": N_("Save the questions as CSV text."),
    "aqua": N_("Save the questions as AQuA JSON lines text."),
    "gift": N_("Save the questions as Moodle GIFT text."),
}
_MAGIC = {
    b"PK\x03\x04": N_("This is not a text file (it looks like a ZIP archive or an Excel workbook (.xlsx))."),
    b"\xd0\xcf\x11\xe0": N_("This is not a text file (it looks like an old Excel or Word file (.xls, .doc))."),
    b"%PDF": N_("This is not a text file (it looks like a PDF document)."),
}
_BINARY = N_("This is not a text file (it looks like binary data).")
_EMPTY = {  # by Draft.explanation_name
    "explanation": N_("The explanation is empty."),
    "rationale": N_("The rationale is empty."),
    "feedback": N_("The feedback is empty."),
}
_TOO_LONG = {
    "question": N_("The question is longer than {limit:,} characters."),
    "explanation": N_("The explanation is longer than {limit:,} characters."),
    "rationale": N_("The rationale is longer than {limit:,} characters."),
    "feedback": N_("The feedback is longer than {limit:,} characters."),
}
_UNKNOWN = {
    "section": N_("Unknown section '{value}'; use one of {choices}."),
    "difficulty": N_("Unknown difficulty '{value}'; use one of {choices}."),
}
_INVALID_CHARACTER = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class ImportResult:
    """The questions that are well formed, and an error per record that is not (empty: all good)."""

    questions: tuple[Question, ...]
    errors: tuple[RowError, ...]


@dataclass(frozen=True)
class _Defaults:
    section: str
    topic: str
    difficulty: str


def parse_questions(
    content: bytes,
    fmt: str,
    *,
    default_section: str = "quantitative",
    default_topic: str = "imported",
    default_difficulty: str = "medium",
) -> ImportResult:
    """Check a whole uploaded file; raise ValidationError only for a bad format name or default."""
    fmt = fmt.strip().lower()
    read = _reader(fmt)
    defaults = _defaults(default_section, default_topic, default_difficulty)
    text = _decode(content, fmt)
    if isinstance(text, RowError):
        return ImportResult((), (text,))
    records = list(islice(read(text), MAX_QUESTIONS + 1))
    if len(records) > MAX_QUESTIONS:
        return _refused(
            N_("The file has more than {limit:,} questions; split it into smaller files."), limit=MAX_QUESTIONS
        )
    if not records:
        return _refused(N_("The file contains no questions."))
    questions: list[Question] = []
    errors: list[RowError] = []
    for record in records:
        outcome = record if isinstance(record, RowError) else _question(record, defaults)
        if isinstance(outcome, RowError):
            errors.append(outcome)
        else:
            questions.append(outcome)
    return ImportResult(tuple(questions), tuple(sorted(errors, key=lambda error: error.line)))


def question_key(question: str, options: Sequence[str]) -> str:
    """The same key for the same question and options, whatever the spacing, case or Unicode form."""
    text = "\x1f".join(_normalise(part) for part in (question, *options))
    return KEY_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _refused(message: str, /, **params: object) -> ImportResult:
    return ImportResult((), (RowError.single(0, message, **params),))


def _reader(fmt: str) -> Reader:
    if fmt not in READERS:
        raise ValidationError(N_("Unknown import format {format}; use csv, aqua or gift."), format=fmt)
    return READERS[fmt]


def _defaults(section: str, topic: str, difficulty: str) -> _Defaults:
    if section not in SECTIONS:
        raise ValidationError(N_("Unknown section {section}."), section=section)
    if difficulty not in DIFFICULTIES:
        raise ValidationError(N_("Unknown difficulty {difficulty}."), difficulty=difficulty)
    topic = " ".join(topic.split())
    if not 0 < len(topic) <= MAX_TOPIC_CHARS:
        raise ValidationError(N_("The topic must be 1 to {limit} characters long."), limit=MAX_TOPIC_CHARS)
    return _Defaults(section, topic, difficulty)


def _decode(content: bytes, fmt: str) -> str | RowError:
    """UTF-8 text (a BOM is fine); bytes that are not UTF-8 survive as surrogates for their record to report."""
    if len(content) > MAX_BYTES:
        return RowError.single(
            0, N_("The file is over the {limit} MB limit; split it into smaller files."), limit=MAX_BYTES // 2**20
        )
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return RowError.single(0, N_("The file is UTF-16 text; save it as UTF-8 and upload it again."))
    not_text = next((message for magic, message in _MAGIC.items() if content.startswith(magic)), None)
    if not_text is None and b"\x00" in content:
        not_text = _BINARY
    if not_text:
        return RowError(0, (Problem(not_text), Problem(_SAVE_AS[fmt])))
    return content.decode("utf-8-sig", errors="surrogateescape")


def _question(draft: Draft, defaults: _Defaults) -> Question | RowError:
    section, section_problem = _choose(draft.section, defaults.section, SECTIONS, "section")
    difficulty, difficulty_problem = _choose(draft.difficulty, defaults.difficulty, DIFFICULTIES, "difficulty")
    topic = _topic(draft.topic.strip() or defaults.topic, section)
    answer, answer_problem = _answer_index(draft.answer, len(draft.options))
    problems = [
        *draft.problems,
        *_text_problems(draft),
        *_option_problems(draft.options),
        answer_problem,
        section_problem,
        difficulty_problem,
        _too_long(N_("The topic is longer than {limit} characters."), topic, MAX_TOPIC_CHARS),
    ]
    found = tuple(problem for problem in problems if problem)
    if found:
        return RowError(draft.line, found)
    options = tuple(option.strip() for option in draft.options)
    wording = Wording(question=draft.question.strip(), options=options, explanation=draft.explanation.strip())
    question = Question(
        key=question_key(wording.question, options),
        section=section,
        topic=topic,
        difficulty=difficulty,
        answer=answer,
        wordings={"en": wording},
        source="imported",
    )
    try:
        question.check()
    except ValueError as error:  # a rule of the model this module does not check itself
        return RowError.single(
            draft.line, N_("This question breaks a rule of the question bank: {detail}."), detail=str(error)
        )
    return question


def _text_problems(draft: Draft) -> list[Problem]:
    name = draft.explanation_name
    problems = [
        Problem(N_("The question is empty.")) if not draft.question.strip() else None,
        Problem(_EMPTY[name]) if not draft.explanation.strip() else None,
        _too_long(_TOO_LONG["question"], draft.question, MAX_QUESTION_CHARS),
        _too_long(_TOO_LONG[name], draft.explanation, MAX_EXPLANATION_CHARS),
    ]
    if any(_INVALID_CHARACTER.search(text) for text in (draft.question, draft.explanation, *draft.options)):
        problems.append(Problem(N_("The text holds characters that are not allowed (NUL or an unpaired surrogate).")))
    return [problem for problem in problems if problem]


def _option_problems(options: Sequence[str]) -> list[Problem]:
    problems = []
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        problems.append(
            Problem(
                N_("A question needs {low} to {high} options; this one has {count}."),
                {"low": MIN_OPTIONS, "high": MAX_OPTIONS, "count": len(options)},
            )
        )
    first_index: dict[str, int] = {}
    for index, option in enumerate(options):
        label, normal = _label(index), _normalise(option)
        if not normal:
            problems.append(Problem(N_("Option {label} is empty."), {"label": label}))
        elif normal in first_index:
            problems.append(
                Problem(
                    N_("Options {first} and {second} are the same ('{option}')."),
                    {"first": _label(first_index[normal]), "second": label, "option": option.strip()},
                )
            )
        else:
            first_index[normal] = index
        if len(option) > MAX_OPTION_CHARS:
            problems.append(
                Problem(
                    N_("Option {label} is longer than {limit:,} characters."),
                    {"label": label, "limit": MAX_OPTION_CHARS},
                )
            )
    return problems


def _answer_index(written: str, count: int) -> tuple[int, Problem | None]:
    """The 0-based index of an answer given as a letter (A, b) or a 1-based number."""
    if not count:
        return 0, None
    value = written.strip().strip("().").upper()
    choices = {"first": _label(0), "last": _label(count - 1), "count": count}
    if not value:
        return 0, Problem(N_("The answer is missing; give a letter {first}-{last} or a number 1-{count}."), choices)
    if value.isascii() and value.isdigit():
        index = int(value) - 1
    elif value.isascii() and value.isalpha() and len(value) == 1:
        index = ord(value) - ord("A")
    else:
        return 0, Problem(
            N_("The answer '{answer}' is not a letter {first}-{last} or a number 1-{count}."),
            {"answer": written.strip(), **choices},
        )
    if not 0 <= index < count:
        return 0, Problem(
            N_("The answer '{answer}' is not one of the options; give a letter {first}-{last} or a number 1-{count}."),
            {"answer": written.strip(), **choices},
        )
    return index, None


def _choose(written: str, default: str, allowed: Mapping[str, str], name: str) -> tuple[str, Problem | None]:
    """A key of `allowed` from its key or English label, any case; the default when blank."""
    if not written.strip():
        return default, None
    keys = {_slug(key): key for key in allowed} | {_slug(label): key for key, label in allowed.items()}
    if _slug(written) in keys:
        return keys[_slug(written)], None
    return default, Problem(_UNKNOWN[name], {"value": written.strip(), "choices": ", ".join(allowed)})


def _topic(written: str, section: str) -> str:
    """A known topic's key when the text names one, else the topic as written (imports may add topics)."""
    known = TOPICS.get(section, {})
    keys = {_slug(key): key for key in known} | {_slug(label): key for key, label in known.items()}
    return keys.get(_slug(written), " ".join(written.split()))


def _too_long(message: str, text: str, limit: int) -> Problem | None:
    return Problem(message, {"limit": limit}) if len(text) > limit else None


def _label(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


def _slug(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
