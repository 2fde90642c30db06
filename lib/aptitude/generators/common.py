"""What every generator shares: exact numbers, units, wording in three languages and the four options.

Values stay `Fraction`s from the first draw to the printed option, so an option can never show a float
artefact, and every language is rendered from the same values, so the languages cannot disagree on a number.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from lib.aptitude.model import LANGUAGES

Number = int | Fraction
Text = Mapping[str, str]
"""One piece of text per language ("en", "hi", "es")."""
Params = dict[str, Any]
Value = str | int | Fraction | Mapping[str, str]
"""A template value: a number (printed with `fmt`), text shared by all languages, or text per language."""

MAX_TRIES = 2000


class Draft:
    """A question before its options are drawn: parameters, exact answer, likely mistakes and the wording."""

    __slots__ = ("answer", "explanation", "mistakes", "params", "question", "unit")

    def __init__(
        self,
        *,
        params: Params,
        answer: Number,
        mistakes: Iterable[Number],
        unit: Unit,
        question: Text,
        steps: Sequence[Text],
        values: Mapping[str, Value],
    ) -> None:
        self.params = params
        self.answer = Fraction(answer)
        self.mistakes = tuple(Fraction(mistake) for mistake in mistakes)
        self.unit = unit
        local = localise(values)
        self.question = {language: question[language].format(**local[language]) for language in LANGUAGES}
        self.explanation = {
            language: "\n".join(step[language].format(**local[language]) for step in steps) for language in LANGUAGES
        }


Shape = Callable[[str, random.Random], Draft]
"""Draws one question shape for a difficulty ("easy", "medium", "hard") from a seeded generator."""


def words(en: str, hi: str, es: str) -> dict[str, str]:
    """The same sentence in the three languages; keeps templates readable side by side."""
    return {"en": en, "hi": hi, "es": es}


def is_clean(value: Number) -> bool:
    """True when the value is exact with at most two decimals, the only numbers a question may show."""
    return isinstance(value, int) or 100 % value.denominator == 0


def fmt(value: Number) -> str:
    """Plain decimal, at most two places, trailing zeros removed: 12.5, 0.25, 1200, -3.75.

    Raises ValueError for a value that would need rounding and TypeError for a float, so a generator cannot print an
    inexact number such as 0.30000000000000004.
    """
    if isinstance(value, float):
        raise TypeError("floats are inexact here; pass an int or a Fraction")
    if isinstance(value, int) or value.denominator == 1:
        return str(int(value))
    if not is_clean(value):
        raise ValueError(f"{value} has no exact form with two decimals")
    whole, cents = divmod(abs(value.numerator) * (100 // value.denominator), 100)
    text = f"{whole}.{cents:02d}".rstrip("0").rstrip(".")
    return f"-{text}" if value < 0 else text


def fmt_fraction(value: Number) -> str:
    """A fraction in lowest terms ("5/36"), or a whole number; probabilities and work rates read this way."""
    exact = Fraction(value)
    return str(exact.numerator) if exact.denominator == 1 else f"{exact.numerator}/{exact.denominator}"


def round2(value: Number) -> Fraction:
    """Round half up to two decimals: a mistaken distractor may be inexact, the printed option may not."""
    return Fraction(math.floor(Fraction(value) * 100 + Fraction(1, 2)), 100)


def percent_of(value: Number, percent: Number) -> Fraction:
    return Fraction(value) * Fraction(percent) / 100


def grow(value: Number, percent: Number) -> Fraction:
    """The value after a change of `percent` (negative for a decrease)."""
    return Fraction(value) * (100 + Fraction(percent)) / 100


def multiplier(percent: Number) -> Fraction:
    return (100 + Fraction(percent)) / 100


def draw(rng: random.Random, attempt: Callable[[], Any | None]) -> Any:
    """Call `attempt` until it returns something other than None: parameters are drawn until the numbers are clean.

    The search is deterministic for a seeded generator, and the bound turns a generator bug into an error
    instead of an endless loop.
    """
    for _ in range(MAX_TRIES):
        result = attempt()
        if result is not None:
            return result
    raise RuntimeError("no clean parameters found; the generator's ranges are wrong")


def all_clean(*values: Number) -> bool:
    return all(is_clean(value) for value in values)


@dataclass(frozen=True)
class Unit:
    """How a value reads as an option in each language; the number itself is the same in all of them."""

    forms: Mapping[str, tuple[str, str]]
    """Per language, the (singular, plural) pattern with `{n}` for the number."""
    fraction: bool = False
    """Print as a fraction in lowest terms (probabilities) rather than as a decimal."""
    whole: bool = False
    """Only whole numbers make sense (counts, terms of a series), so distractors are rounded to integers."""

    def number(self, value: Number) -> str:
        return fmt_fraction(value) if self.fraction else fmt(value)

    def show(self, value: Number, language: str) -> str:
        one, many = self.forms[language]
        return (one if value == 1 else many).format(n=self.number(value))

    def shown(self, value: Number) -> dict[str, str]:
        """The value as it reads in every language, for use inside a sentence."""
        return {language: self.show(value, language) for language in LANGUAGES}

    def normalise(self, value: Number) -> Fraction:
        if self.fraction:
            return Fraction(value)
        if self.whole:
            return Fraction(math.floor(Fraction(value) + Fraction(1, 2)))
        return round2(value)

    def allows(self, value: Fraction) -> bool:
        return 0 < value < 1 if self.fraction else value > 0


def same_everywhere(pattern: str, **flags: bool) -> Unit:
    return Unit({language: (pattern, pattern) for language in LANGUAGES}, **flags)


PLAIN = same_everywhere("{n}")
WHOLE = same_everywhere("{n}", whole=True)
MONEY = same_everywhere("₹{n}")
PERCENT = same_everywhere("{n}%")
PROBABILITY = same_everywhere("{n}", fraction=True)
DAYS = Unit({"en": ("{n} day", "{n} days"), "hi": ("{n} दिन", "{n} दिन"), "es": ("{n} día", "{n} días")})
HOURS = Unit({"en": ("{n} hour", "{n} hours"), "hi": ("{n} घंटा", "{n} घंटे"), "es": ("{n} hora", "{n} horas")})
SECONDS = Unit(
    {"en": ("{n} second", "{n} seconds"), "hi": ("{n} सेकंड", "{n} सेकंड"), "es": ("{n} segundo", "{n} segundos")}
)
YEARS = Unit({"en": ("{n} year", "{n} years"), "hi": ("{n} वर्ष", "{n} वर्ष"), "es": ("{n} año", "{n} años")})
LITRES = Unit({"en": ("{n} litre", "{n} litres"), "hi": ("{n} लीटर", "{n} लीटर"), "es": ("{n} litro", "{n} litros")})
KG = Unit({"en": ("{n} kg", "{n} kg"), "hi": ("{n} किग्रा", "{n} किग्रा"), "es": ("{n} kg", "{n} kg")})
KM = Unit({"en": ("{n} km", "{n} km"), "hi": ("{n} किमी", "{n} किमी"), "es": ("{n} km", "{n} km")})
KMPH = Unit({"en": ("{n} km/h", "{n} km/h"), "hi": ("{n} किमी/घंटा", "{n} किमी/घंटा"), "es": ("{n} km/h", "{n} km/h")})
MONEY_PER_KG = Unit(
    {
        "en": ("₹{n} per kg", "₹{n} per kg"),
        "hi": ("₹{n} प्रति किग्रा", "₹{n} प्रति किग्रा"),
        "es": ("₹{n} por kg", "₹{n} por kg"),
    }
)

NAMES: tuple[dict[str, str], ...] = tuple(
    {"en": latin, "hi": devanagari, "es": latin}
    for latin, devanagari in (
        ("Ravi", "रवि"),
        ("Amit", "अमित"),
        ("Priya", "प्रिया"),
        ("Neha", "नेहा"),
        ("Karan", "करण"),
        ("Sunita", "सुनीता"),
        ("Arjun", "अर्जुन"),
        ("Meera", "मीरा"),
        ("Rahul", "राहुल"),
        ("Anita", "अनीता"),
        ("Vikram", "विक्रम"),
        ("Pooja", "पूजा"),
        ("Suresh", "सुरेश"),
        ("Kavita", "कविता"),
        ("Mohan", "मोहन"),
        ("Divya", "दिव्या"),
    )
)


def names(rng: random.Random, count: int) -> list[dict[str, str]]:
    """Distinct people for a story; names vary the text without changing the arithmetic."""
    return rng.sample(NAMES, count)


def localise(values: Mapping[str, Value]) -> dict[str, dict[str, str]]:
    """Every template value as text in every language; a number is printed once and shared by all languages."""
    local: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    for key, value in values.items():
        if isinstance(value, Mapping):
            for language in LANGUAGES:
                local[language][key] = value[language]
            continue
        text = value if isinstance(value, str) else fmt(value)
        for language in LANGUAGES:
            local[language][key] = text
    return local


def render(template: Text, values: Mapping[str, Value]) -> dict[str, str]:
    """Fill one template in every language from the same values."""
    local = localise(values)
    return {language: template[language].format(**local[language]) for language in LANGUAGES}


ANSWER_LINE = words("Answer: {answer}", "उत्तर: {answer}", "Respuesta: {answer}")


def _step(answer: Fraction) -> Fraction:
    """A plausible gap between options: about a tenth of the answer's order of magnitude."""
    if answer < 1:
        return Fraction(1, answer.denominator)
    magnitude = Fraction(10) ** max(0, len(str(math.floor(answer))) - 2)
    return max(magnitude, Fraction(1, answer.denominator))


def _nearby(answer: Fraction, unit: Unit) -> Iterator[Fraction]:
    """Values close to the answer, nearest first: the fallback when typical mistakes run out."""
    if unit.fraction:
        top, bottom = answer.numerator, answer.denominator
        same_bottom = [Fraction(top + k, bottom) for k in (1, -1, 2, -2, 3, -3) if 0 < top + k < bottom]
        near: set[Fraction] = set()
        for denominator in {*range(max(2, bottom - 3), bottom + 4), 2 * bottom}:
            middle = round(answer * denominator)
            near.update(Fraction(a, denominator) for a in range(middle - 2, middle + 3) if 0 < a < denominator)
        near -= {answer, *same_bottom}
        yield from same_bottom  # "44/216" beside "43/216" is the natural slip; odd denominators come after
        yield from sorted(near, key=lambda value: (abs(value - answer), value))
        return
    step = _step(answer)
    for k in range(1, 30):
        yield answer + k * step
        yield answer - k * step


def build_options(
    answer: Fraction, mistakes: Sequence[Fraction], unit: Unit, rng: random.Random, count: int = 4
) -> tuple[list[Fraction], int]:
    """Exactly `count` options, distinct as printed: the answer at a random place among typical mistakes.

    Mistakes come first, in the generator's order of likelihood; one that is invalid (not positive, not a
    probability) or prints the same as an option already taken is replaced by a value near the answer.
    """
    taken = {unit.number(answer)}
    picked: list[Fraction] = []

    def offer(candidate: Fraction) -> None:
        value = unit.normalise(candidate)
        if len(picked) < count - 1 and unit.allows(value) and unit.number(value) not in taken:
            taken.add(unit.number(value))
            picked.append(value)

    for mistake in mistakes:
        offer(mistake)
    if len(picked) < count - 1:
        nearby = _nearby(answer, unit)
        head = list(itertools.islice(nearby, 4))
        rng.shuffle(head)  # so the fallback is not always "answer + step"
        for candidate in itertools.chain(head, nearby):
            offer(candidate)
            if len(picked) == count - 1:
                break
    if len(picked) != count - 1:
        raise RuntimeError(f"could not find {count - 1} distractors for {answer}")
    rng.shuffle(picked)
    position = rng.randrange(count)
    return [*picked[:position], answer, *picked[position:]], position
