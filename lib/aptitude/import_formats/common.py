"""What every format reader produces: a draft per record, or an error naming the record's line.

Every problem is an English message id marked with `N_` plus the values of its {placeholders}, so
the app can show it in the user's language: `translate(language, problem.message, **problem.params)`.
As with `lib.i18n.translate`, a message is only formatted when it has params, so a message without
params may hold literal braces; one with params must double them ({{ and }}).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lib.errors import N_

LETTERS = "ABCDEF"  # one per option, up to model.MAX_OPTIONS


def _english(message: str) -> str:
    return message


@dataclass(frozen=True)
class Problem:
    """One reason a record cannot be imported: an English message id and the values of its placeholders.

    `params` is stored read-only, so a problem is immutable and (its values being hashable) hashable.
    """

    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.message, tuple(sorted(self.params.items()))))

    def text(self, translate: Callable[[str], str] = _english) -> str:
        """The message translated by `translate` (a gettext function), then its placeholders filled."""
        message = translate(self.message)
        return message.format(**self.params) if self.params else message


@dataclass(frozen=True)
class RowError:
    """A record that cannot be imported: its 1-based line (0 for the whole file) and every problem with it."""

    line: int
    problems: tuple[Problem, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.problems, tuple) or not all(isinstance(p, Problem) for p in self.problems):
            raise TypeError(f"RowError.problems must be a tuple of Problem, not {self.problems!r}")
        if not self.problems:
            raise ValueError("a RowError needs at least one problem")

    @classmethod
    def single(cls, line: int, message: str, /, **params: object) -> RowError:
        """An error with one problem: `RowError.single(3, N_("Option {label} is empty."), label="C")`."""
        return cls(line, (Problem(message, params),))

    @property
    def message(self) -> str:
        """The problems in English, as the command line prints them."""
        return self.text()

    def text(self, translate: Callable[[str], str] = _english) -> str:
        """Every problem translated by `translate` and filled in, joined by a space."""
        return " ".join(problem.text(translate) for problem in self.problems)


@dataclass(frozen=True)
class Draft:
    """One record as written in the file, before it is checked.

    `answer` is kept as written (a letter or a 1-based number) so the check can say what is wrong
    with it; `problems` are format-specific findings the reader could not express otherwise.
    `explanation_name` is what the format calls the explanation: explanation, rationale or feedback.
    """

    line: int
    question: str
    options: tuple[str, ...]
    answer: str
    explanation: str
    section: str = ""
    topic: str = ""
    difficulty: str = ""
    explanation_name: str = "explanation"
    problems: tuple[Problem, ...] = ()


Reader = Callable[[str], Iterator[Draft | RowError]]


def undecodable(line: int, *texts: str) -> RowError | None:
    """An error for text holding bytes that were not UTF-8 (decoded as lone surrogates), else None.

    The importer decodes with `surrogateescape`, so one bad byte costs only its own record.
    """
    for text in texts:
        for character in text:
            if "\udc80" <= character <= "\udcff":
                byte = ord(character) - 0xDC00
                return RowError.single(
                    line,
                    N_("This record is not UTF-8 text (byte {byte}). Save the file as UTF-8."),
                    byte=f"0x{byte:02X}",
                )
    return None


def split_lines(text: str) -> list[str]:
    """Physical lines as an editor numbers them (only \\n and \\r\\n end a line)."""
    return [line.removesuffix("\r") for line in text.split("\n")]
