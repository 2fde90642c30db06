"""AQuA-RAT JSON lines: {"question", "options": ["A)...", ...], "rationale", "correct": "A"} per line.

Optional "section", "topic" and "difficulty" keys override the defaults, as the CSV columns do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lib.aptitude.import_formats.common import LETTERS, Draft, Problem, RowError, split_lines, undecodable
from lib.errors import N_

_LABEL = re.compile(r"\s*([A-Za-z])\s*\)\s*")
_TEXT_KEYS = ("question", "rationale", "correct")
_OVERRIDES = ("section", "topic", "difficulty")
_NOT_AN_OBJECT = {
    list: N_("Expected one JSON object per line, found an array."),
    str: N_("Expected one JSON object per line, found a string."),
    int: N_("Expected one JSON object per line, found a number."),
    float: N_("Expected one JSON object per line, found a number."),
    bool: N_("Expected one JSON object per line, found true or false."),
}


def read(text: str) -> Iterator[Draft | RowError]:
    """One record per non-blank line; a line that is not a JSON object is reported, not skipped."""
    for number, line in enumerate(split_lines(text), start=1):
        if line.strip():
            yield undecodable(number, line) or _record(number, line)


def _record(line: int, text: str) -> Draft | RowError:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return RowError.single(
            line, N_("This line is not valid JSON: {detail} at column {column}."), detail=error.msg, column=error.colno
        )
    except RecursionError:
        return RowError.single(line, N_("This line is not a question: its JSON is nested too deeply."))
    if not isinstance(data, dict):
        return RowError.single(
            line, _NOT_AN_OBJECT.get(type(data), N_("Expected one JSON object per line, found a value."))
        )
    if problem := _shape_problem(data):
        return RowError(line, (problem,))
    options, problems = _strip_labels(data["options"])
    return Draft(
        line=line,
        question=data["question"],
        options=options,
        answer=data["correct"],
        explanation=data["rationale"],
        explanation_name="rationale",
        problems=problems,
        **{key: data[key] for key in _OVERRIDES if key in data},
    )


def _shape_problem(data: dict[str, Any]) -> Problem | None:
    """Why the object cannot be read as a question, or None."""
    missing = [key for key in (*_TEXT_KEYS, "options") if key not in data]
    if missing:
        return Problem(N_("The object lacks the key(s) {keys}."), {"keys": ", ".join(missing)})
    wrong = [key for key in (*_TEXT_KEYS, *_OVERRIDES) if key in data and not isinstance(data[key], str)]
    if wrong:
        return Problem(N_("The value of {keys} must be a string."), {"keys": ", ".join(wrong)})
    options = data["options"]
    if not isinstance(options, list) or not all(isinstance(option, str) for option in options):
        return Problem(N_("The value of options must be a list of strings."))
    return None


def _strip_labels(options: list[str]) -> tuple[tuple[str, ...], tuple[Problem, ...]]:
    """Options without their "A)" labels, and a problem for each label out of order."""
    stripped: list[str] = []
    problems: list[Problem] = []
    for index, option in enumerate(options):
        match = _LABEL.match(option)
        if match is None:
            stripped.append(option)
            continue
        expected = LETTERS[index] if index < len(LETTERS) else "?"
        if match.group(1).upper() != expected:
            problems.append(
                Problem(
                    N_("Option {number} is labelled '{label})' but should be '{expected})'."),
                    {"number": index + 1, "label": match.group(1), "expected": expected},
                )
            )
        stripped.append(option[match.end() :])
    return tuple(stripped), tuple(problems)
