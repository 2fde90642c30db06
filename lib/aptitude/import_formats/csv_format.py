"""CSV with a header row.

Columns: question, option_a..option_d, [option_e], answer (a letter or 1-based number), explanation,
and optionally section, topic and difficulty, in any order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from lib.aptitude.import_formats.common import Draft, Problem, RowError, undecodable
from lib.errors import N_

REQUIRED = ("question", "option_a", "option_b", "option_c", "option_d", "answer", "explanation")
OPTIONAL = ("option_e", "section", "topic", "difficulty")
OPTION_COLUMNS = ("option_a", "option_b", "option_c", "option_d", "option_e")
_CSV_MESSAGES = {  # the csv module's wording of the mistakes people make most, explained
    "unexpected end of data": N_('A quoted field starting in this record is never closed (a closing " is missing).'),
    "',' expected after '\"'": N_('A " inside a field must be doubled ("") and the whole field quoted.'),
}


def read(text: str) -> Iterator[Draft | RowError]:
    """Every record after the header; a record's line is the physical line where it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    header: list[str] | None = None
    end = 0  # the line the previous record ended on
    while True:
        start = end + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            end = reader.line_num
            yield _csv_error(start, str(error))
            continue
        end = reader.line_num
        if not any(field.strip() for field in fields):
            continue
        if header is None:
            header, problem = _header(start, fields)
            if problem:
                yield problem
            if header is None:
                return
            continue
        yield _record(start, header, fields)


def _csv_error(line: int, detail: str) -> RowError:
    """The csv module's complaint, explained when it is a common mistake, else quoted as it is."""
    if detail in _CSV_MESSAGES:
        return RowError.single(line, _CSV_MESSAGES[detail])
    return RowError.single(line, N_("This record is not valid CSV: {detail}."), detail=detail)


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab that spreadsheets in some locales write instead."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count)


def _header(line: int, fields: list[str]) -> tuple[list[str] | None, RowError | None]:
    """The normalised column names; None (with the error) when the file cannot be read without them."""
    if undecodable(line, *fields):
        return None, RowError.single(line, N_("The header row is not UTF-8 text. Save the file as UTF-8."))
    names = [field.strip().lower().replace(" ", "_").replace("-", "_") for field in fields]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        return None, RowError.single(
            line,
            N_("The header row lacks the column(s) {missing}. Expected: {expected}."),
            missing=", ".join(missing),
            expected=", ".join(REQUIRED + OPTIONAL),
        )
    unknown = [name for name in names if name not in REQUIRED + OPTIONAL]
    repeated = sorted({name for name in names if names.count(name) > 1})
    problems = [Problem(N_("Unknown column '{name}'; its values would be lost."), {"name": name}) for name in unknown]
    problems += [Problem(N_("Column '{name}' appears more than once."), {"name": name}) for name in repeated]
    return names, RowError(line, tuple(problems)) if problems else None


def _record(line: int, header: list[str], fields: list[str]) -> Draft | RowError:
    if error := undecodable(line, *fields):
        return error
    if len(fields) != len(header):
        return RowError.single(
            line,
            N_(
                "This record has {fields} fields but the header has {columns} (a field holding a comma must be quoted)."
            ),
            fields=len(fields),
            columns=len(header),
        )
    values = {name: value.replace("\r\n", "\n") for name, value in zip(header, fields, strict=True)}
    options = [values.get(name, "") for name in OPTION_COLUMNS]
    if not options[-1].strip():
        options.pop()  # option_e is optional
    return Draft(
        line=line,
        question=values["question"],
        options=tuple(options),
        answer=values["answer"],
        explanation=values["explanation"],
        section=values.get("section", ""),
        topic=values.get("topic", ""),
        difficulty=values.get("difficulty", ""),
    )
