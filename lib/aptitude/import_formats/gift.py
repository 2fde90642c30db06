"""Moodle GIFT, the single-answer multiple-choice subset.

    // a comment
    ::Title:: [html]Question text {
      =right answer #feedback shown for it
      ~wrong answer #feedback
      ####general feedback
    }

Questions are separated by blank lines; \\= \\~ \\# \\{ \\} \\: \\\\ are literal characters and \\n a
line break. Every other GIFT question type is reported, so nothing is silently dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from lib.aptitude.import_formats.common import Draft, Problem, RowError, split_lines, undecodable
from lib.errors import N_

_FORMAT = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_TRUE_FALSE = re.compile(r"(T|F|TRUE|FALSE)\s*(#.*)?", re.IGNORECASE | re.DOTALL)
_WEIGHT = re.compile(r"\s*%-?[\d.]+%")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_BLANK = "_____"


class GiftError(ValueError):
    """Why a block cannot be imported; the reader turns it into a RowError at the block's line."""

    def __init__(self, message: str, /, **params: object) -> None:
        self.problem = Problem(message, params)
        super().__init__(self.problem.text())


def read(text: str) -> Iterator[Draft | RowError]:
    """One record per block of lines between blank lines; comment and $CATEGORY lines are skipped."""
    for line, lines in _blocks(text):
        block = "\n".join(lines)
        if unreadable := undecodable(line, block):
            yield unreadable
            continue
        try:
            yield _question(line, block)
        except GiftError as error:
            yield RowError(line, (error.problem,))


def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    block: list[str] = []
    start = 0
    for number, line in enumerate(split_lines(text), start=1):
        stripped = line.strip()
        if stripped.startswith(("//", "$CATEGORY:")):
            continue
        if not stripped:
            if block:
                yield start, block
            block = []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, block


def _question(line: int, block: str) -> Draft:
    text = _without_title(block.strip())
    marker = _FORMAT.match(text)
    is_html = bool(marker and marker.group(1).lower() == "html")
    text = text[marker.end() :] if marker else text
    before, inside, after = _answer_block(text)
    _refuse_other_types(inside)
    answers, general = _answers(inside)
    if any(_WEIGHT.match(answer) for _, answer, _ in answers):
        raise GiftError(
            N_(
                "Unsupported question type: answers with % weights (multiple answers or partial credit);"
                " only single-answer multiple choice imports."
            )
        )
    right = [index for index, (kind, _, _) in enumerate(answers) if kind == "="]
    if not right:
        raise GiftError(N_("No right answer: mark exactly one answer with '='."))
    if len(right) > 1:
        raise GiftError(
            N_(
                "Unsupported question type: more than one right answer ('='); only single-answer multiple choice"
                " imports."
            )
        )
    clean = _html_text if is_html else _plain_text
    options = tuple(clean(answer) for _, answer, _ in answers)
    feedback = [clean(answers[right[0]][2]), clean(general)]
    explanation = "\n\n".join(part for part in feedback if part)
    return Draft(
        line=line,
        question=_with_blank(clean(before), clean(after)),
        options=options,
        answer=str(right[0] + 1),
        explanation=explanation or f"The correct answer is: {options[right[0]]}.",
        explanation_name="feedback",
    )


def _without_title(text: str) -> str:
    if not text.startswith("::"):
        return text
    end = next(_find(text, "::", start=2), None)
    if end is None:
        raise GiftError(N_("The title is not closed with '::'."))
    return text[end + 2 :].lstrip()


def _answer_block(text: str) -> tuple[str, str, str]:
    """The text before '{', inside it, and after '}'; exactly one answer block is allowed."""
    opens, closes = list(_find(text, "{")), list(_find(text, "}"))
    if not opens:
        raise GiftError(N_("Unsupported question type: no answer block '{...}' (a description or a missing brace)."))
    if len(opens) > 1 or len(closes) > 1:
        raise GiftError(N_("More than one '{' or '}' in the question; write a literal brace as \\{ or \\}."))
    if not closes or closes[0] < opens[0]:
        raise GiftError(N_("The answer block '{' is not closed with '}' before the next blank line."))
    return text[: opens[0]], text[opens[0] + 1 : closes[0]], text[closes[0] + 1 :]


def _refuse_other_types(inside: str) -> None:
    """Raise for every type but multiple choice, tested in the order Moodle's own GIFT reader uses.

    The messages have no params, so their literal braces need no doubling.
    """
    body = inside.strip()
    if not body:
        message = N_("Unsupported question type: essay '{}'; only single-answer multiple choice imports.")
    elif body.startswith("#"):
        message = N_("Unsupported question type: numerical '{#...}'; only single-answer multiple choice imports.")
    elif next(_find(body, "~"), None) is not None:
        return  # multiple choice: a '->' here is text, not matching
    elif next(_find(body, "->"), None) is not None:
        message = N_("Unsupported question type: matching '->'; only single-answer multiple choice imports.")
    elif _TRUE_FALSE.fullmatch(body):
        message = N_(
            "Unsupported question type: true/false '{T}' or '{F}'; only single-answer multiple choice imports."
        )
    else:
        message = N_(
            "Unsupported question type: short answer (only '=' answers); only single-answer multiple choice imports."
        )
    raise GiftError(message)


def _answers(inside: str) -> tuple[list[tuple[str, str, str]], str]:
    """(marker, answer, feedback) per answer, and the general feedback after '####'."""
    general_at = max(_find(inside, "####"), default=None)  # the last one, as Moodle reads it
    general = inside[general_at + 4 :] if general_at is not None else ""
    body = inside[:general_at] if general_at is not None else inside
    marks = sorted([*_find(body, "="), *_find(body, "~")])
    if body[: marks[0]].strip():
        raise GiftError(N_("Text before the first answer; start each answer with '=' or '~'."))
    answers = []
    for start, end in zip(marks, [*marks[1:], len(body)], strict=True):
        answer, _, feedback = _partition(body[start + 1 : end], "#")
        answers.append((body[start], answer, feedback))
    return answers, general


def _find(text: str, token: str, start: int = 0) -> Iterator[int]:
    """Positions of `token` not escaped by a backslash (the regex scan keeps a 5 MB file fast)."""
    for match in re.finditer(r"\\.|" + re.escape(token), text[start:], re.DOTALL):
        if not match.group().startswith("\\"):
            yield start + match.start()


def _partition(text: str, token: str) -> tuple[str, str, str]:
    at = next(_find(text, token), None)
    return (text, "", "") if at is None else (text[:at], token, text[at + len(token) :])


def _plain_text(text: str) -> str:
    def unescape(match: re.Match[str]) -> str:
        character = match.group(1)
        return "\n" if character == "n" else character if character in "~=#{}:\\" else match.group(0)

    lines = _ESCAPE.sub(unescape, text).split("\n")
    return "\n".join(line.strip() for line in lines).strip()


def _html_text(text: str) -> str:
    """Text of an [html] question as Moodle exports it: tags dropped, paragraphs and breaks kept."""
    text = re.sub(r"<br\s*/?>|</p>|</div>|</li>", "\n", _plain_text(text), flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]*>", "", text)).strip()


def _with_blank(before: str, after: str) -> str:
    """A "missing word" question keeps the text after the answers, with a blank where they were."""
    if not after:
        return before
    separator = "" if after[0] in ".,;:!?)" else " "
    return f"{before} {_BLANK}{separator}{after}"
