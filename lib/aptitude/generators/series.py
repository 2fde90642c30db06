"""Number series: find the next term.

Each series is generated from an explicit rule (its parameters), the shown terms are computed from the rule,
and `SOLVERS` computes the next term from the rule by a closed formula rather than by continuing the sequence.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from lib.aptitude.generators.common import WHOLE, Draft, Params, Shape, draw, words

Q_SERIES = words(
    "What number comes next in the series {terms}, ?",
    "श्रेणी में अगली संख्या ज्ञात कीजिए: {terms}, ?",
    "¿Qué número sigue en la serie {terms}, ?",
)
S_DIFFERENCES = words(
    "Differences between consecutive terms: {diffs}",
    "क्रमागत पदों के अंतर: {diffs}",
    "Diferencias entre términos consecutivos: {diffs}",
)
S_CONSTANT = words(
    "The difference is always {d}, so the next term = {step}",
    "अंतर सदा {d} है, अतः अगला पद = {step}",
    "La diferencia es siempre {d}, así que el siguiente término = {step}",
)
S_SECOND = words(
    "The differences themselves change by {e} each time, so the next difference is {nd}",
    "अंतर स्वयं हर बार {e} से बदलते हैं, अतः अगला अंतर {nd} है",
    "Las diferencias cambian en {e} cada vez, así que la siguiente diferencia es {nd}",
)
S_GROWING = words(
    "Each difference is {r} times the previous one, so the next difference is {nd}",
    "प्रत्येक अंतर पिछले अंतर का {r} गुना है, अतः अगला अंतर {nd} है",
    "Cada diferencia es {r} veces la anterior, así que la siguiente diferencia es {nd}",
)
S_NEXT = words("Next term = {step}", "अगला पद = {step}", "Siguiente término = {step}")
S_TIMES = words(
    "Each term is {k} times the previous one: {step}",
    "प्रत्येक पद पिछले पद का {k} गुना है: {step}",
    "Cada término es {k} veces el anterior: {step}",
)
S_TIMES_PLUS = words(
    "Each term = previous term × {k} {op} {c}; for example {example}",
    "प्रत्येक पद = पिछला पद × {k} {op} {c}; उदाहरण: {example}",
    "Cada término = término anterior × {k} {op} {c}; por ejemplo {example}",
)
S_ALTERNATE = words(
    "The operations alternate: × {k}, {op} {c}, × {k}, {op} {c}, …",
    "संक्रियाएँ बारी-बारी से आती हैं: × {k}, {op} {c}, × {k}, {op} {c}, …",
    "Las operaciones se alternan: × {k}, {op} {c}, × {k}, {op} {c}, …",
)
S_POWERS = words(
    "The terms are {form} for n = {ns}",
    "पद {form} के रूप में हैं, जहाँ n = {ns}",
    "Los términos son {form} para n = {ns}",
)
S_POWER_NEXT = words("For n = {n}: {step}", "n = {n} के लिए: {step}", "Para n = {n}: {step}")


def _signed(value: int) -> str:
    """'+ 4' or '− 4', for writing a step of a calculation."""
    return f"+ {value}" if value >= 0 else f"− {-value}"


def _listed(values: list[int]) -> str:
    return ", ".join(str(value) for value in values)


def ap_term(start: int, step: int, second: int, growth: int, kind: str, index: int) -> int:
    """Term `index` (0-based) by a closed formula: linear, quadratic (second differences) or geometric differences."""
    if kind == "linear":
        return start + index * step
    if kind == "quadratic":
        return start + index * step + second * index * (index - 1) // 2
    return start + step * (growth**index - 1) // (growth - 1)


def differences(difficulty: str, rng: random.Random) -> Draft:
    shown = 5 if difficulty != "hard" else 6

    def attempt() -> tuple[str, int, int, int, int] | None:
        start, second, growth = rng.randint(1, 80), 0, 2
        if difficulty == "easy":
            kind, step = "linear", rng.choice((-1, 1, 1)) * rng.randint(2, 19)
        elif difficulty == "medium":
            kind, step, second = "quadratic", rng.randint(1, 12), rng.choice((-3, -2, -1, 1, 2, 3, 4, 5))
        else:
            kind, step, growth = "geometric", rng.randint(1, 6), rng.choice((2, 3))
        terms = [ap_term(start, step, second, growth, kind, i) for i in range(shown + 1)]
        return (kind, start, step, second, growth) if min(terms) > 0 and len(set(terms)) == len(terms) else None

    kind, start, step, second, growth = draw(rng, attempt)
    terms = [ap_term(start, step, second, growth, kind, i) for i in range(shown + 1)]
    ans, last = terms[-1], terms[-2]
    diffs = [b - a for a, b in itertools.pairwise(terms[:-1])]
    nd = ans - last
    step_text = f"{last} {_signed(nd)} = {ans}"
    values = {"diffs": _listed(diffs), "d": step, "e": second, "r": growth, "nd": nd, "step": step_text}
    if kind == "linear":
        steps = [S_DIFFERENCES, S_CONSTANT]
    else:
        steps = [S_DIFFERENCES, S_SECOND if kind == "quadratic" else S_GROWING, S_NEXT]
    return Draft(
        params={"kind": kind, "start": start, "step": step, "second": second, "growth": growth, "shown": shown},
        answer=Fraction(ans),
        mistakes=[Fraction(last + diffs[-1]), Fraction(ans + nd), Fraction(ans - 1), Fraction(ans + 2)],
        unit=WHOLE,
        question=Q_SERIES,
        steps=steps,
        values={"terms": _listed(terms[:-1]), **values},
    )


def _next_term(term: int, index: int, kind: str, k: int, c: int) -> int:
    """Apply operation `index` (0-based) of the rule to a term."""
    if kind == "times":
        return term * k
    if kind == "times_plus":
        return term * k + c
    return term * k if index % 2 == 0 else term + c


def products(difficulty: str, rng: random.Random) -> Draft:
    shown = 5 if difficulty != "hard" else 6
    kind = {"easy": "times", "medium": "times_plus", "hard": "alternate"}[difficulty]

    def attempt() -> tuple[int, int, int] | None:
        start = rng.randint(1, 30 if kind == "times" else 15)
        k = rng.randint(2, 5) if kind == "times" else rng.randint(2, 3)
        c = rng.choice((-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7)) if kind != "times" else 0
        terms = [start]
        for i in range(shown):
            terms.append(_next_term(terms[-1], i, kind, k, c))
        return (start, k, c) if min(terms) > 0 and len(set(terms)) == len(terms) and terms[-1] < 100_000 else None

    start, k, c = draw(rng, attempt)
    terms = [start]
    for i in range(shown):
        terms.append(_next_term(terms[-1], i, kind, k, c))
    ans, last = terms[-1], terms[-2]
    op = "+" if c >= 0 else "−"
    if kind == "times":
        steps = [S_TIMES]
        step_text = f"{last} × {k} = {ans}"
    elif kind == "times_plus":
        steps = [S_TIMES_PLUS, S_NEXT]
        step_text = f"{last} × {k} {op} {abs(c)} = {ans}"
    else:
        steps = [S_ALTERNATE, S_NEXT]
        step_text = f"{last} × {k} = {ans}" if (shown - 1) % 2 == 0 else f"{last} {op} {abs(c)} = {ans}"
    example = f"{terms[0]} × {k} {op} {abs(c)} = {terms[1]}"
    return Draft(
        params={"kind": kind, "start": start, "k": k, "c": c, "shown": shown},
        answer=Fraction(ans),
        mistakes=[Fraction(last * k), Fraction(2 * last - terms[-3]), Fraction(last * k + 2 * c), Fraction(ans + k)]
        if kind != "times"
        else [Fraction(2 * last - terms[-3]), Fraction(last * (k + 1)), Fraction(ans + last)],
        unit=WHOLE,
        question=Q_SERIES,
        steps=steps,
        values={"terms": _listed(terms[:-1]), "k": k, "c": abs(c), "op": op, "example": example, "step": step_text},
    )


SUPERSCRIPT = {2: "²", 3: "³"}


def powers(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        power, offset = rng.choice((2, 2, 3)), 0
        first = rng.randint(1, 25) if power == 2 else rng.randint(1, 10)
    elif difficulty == "medium":
        power = rng.choice((2, 3))
        offset = rng.choice((-3, -2, -1, 1, 2, 3, 4, 5)) if power == 2 else 0
        first = rng.randint(2, 20) if power == 2 else rng.randint(1, 8)
    else:
        power = rng.choice((2, 3))
        offset = rng.choice((-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8))
        first = rng.randint(3, 25) if power == 2 else rng.randint(2, 9)
    linear = 1 if difficulty == "hard" and power == 2 else 0
    ns = list(range(first, first + 6))
    terms = [n**power + linear * n + offset for n in ns]
    ans = terms[-1]
    form = f"n{SUPERSCRIPT[power]}" + (" + n" if linear else "") + (f" {_signed(offset)}" if offset else "")
    n = ns[-1]
    step_text = f"{n}{SUPERSCRIPT[power]}" + (f" + {n}" if linear else "") + (f" {_signed(offset)}" if offset else "")
    step_text += f" = {ans}"
    return Draft(
        params={"kind": "power", "first": first, "power": power, "linear": linear, "offset": offset, "shown": 5},
        answer=Fraction(ans),
        mistakes=[
            Fraction(terms[-2] + (terms[-2] - terms[-3])),
            Fraction((n + 1) ** power + linear * (n + 1) + offset),
            Fraction(n**power),
            Fraction(ans + 2),
        ],
        unit=WHOLE,
        question=Q_SERIES,
        steps=[S_POWERS, S_POWER_NEXT],
        values={"terms": _listed(terms[:-1]), "form": form, "ns": _listed(ns[:-1]), "n": n, "step": step_text},
    )


def solve_number_series(params: Params) -> Fraction:
    index = params["shown"]
    kind = params["kind"]
    if kind in ("linear", "quadratic", "geometric"):
        return Fraction(
            ap_term(params["start"], params["step"], params["second"], params["growth"], kind, index),
        )
    if kind == "power":
        n = params["first"] + index
        return Fraction(n ** params["power"] + params["linear"] * n + params["offset"])
    start, k, c = params["start"], params["k"], params["c"]
    if kind == "times":
        return Fraction(start * k**index)
    if kind == "times_plus":  # x -> kx + c has the closed form k^i (x + c/(k-1)) - c/(k-1)
        shift = Fraction(c, k - 1)
        return (start + shift) * k**index - shift
    pairs, odd = divmod(index, 2)  # one pair of operations maps x -> kx + c
    shift = Fraction(c, k - 1)
    value = (start + shift) * k**pairs - shift
    return value * k if odd else value


SHAPES: dict[str, dict[str, Shape]] = {
    "number_series": {"differences": differences, "products": products, "powers": powers},
}
WEIGHTS: dict[str, dict[str, int]] = {"number_series": {"differences": 2, "products": 1, "powers": 1}}
"""Difference-based series have the most distinct versions, so they come up more often."""
SOLVERS = {"number_series": solve_number_series}
