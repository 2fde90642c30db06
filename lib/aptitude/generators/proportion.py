"""Proportion questions: ratio and proportion, averages, mixtures and alligation, problems on ages.

They share one idea (quantities in a fixed ratio or a weighted mean), so they share a module. Parameters are
drawn backwards from a clean answer where that is simpler, then `SOLVERS` recomputes the answer forwards.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from lib.aptitude.generators.common import (
    KG,
    LITRES,
    MONEY,
    MONEY_PER_KG,
    PLAIN,
    WHOLE,
    YEARS,
    Draft,
    Params,
    Shape,
    Text,
    Value,
    all_clean,
    draw,
    fmt_fraction,
    is_clean,
    names,
    percent_of,
    render,
    words,
)

AND = words(" and ", " और ", " y ")


def people(group: list[dict[str, str]]) -> dict[str, str]:
    """'Ravi, Neha and Amit' in each language."""
    return {
        language: ", ".join(person[language] for person in group[:-1]) + AND[language] + group[-1][language]
        for language in AND
    }


def term(coefficient: int, variable: str) -> str:
    """'3k', or just 'k' for a coefficient of 1, as written in a worked solution."""
    return variable if coefficient == 1 else f"{coefficient}{variable}"


def ratio_text(terms: tuple[int, ...]) -> str:
    return ":".join(str(term) for term in terms)


def coprime_pair(rng: random.Random, low: int, high: int) -> tuple[int, int]:
    """Two different terms with no common factor, smaller first: a ratio in its lowest terms."""

    def attempt() -> tuple[int, int] | None:
        first, second = sorted(rng.sample(range(low, high + 1), 2))
        return (first, second) if math.gcd(first, second) == 1 else None

    return draw(rng, attempt)


# ---------------------------------------------------------------- ratio and proportion

Q_SHARE = words(
    "₹{total} is divided among {group} in the ratio {ratio}. What is {who}'s share?",
    "₹{total} को {group} में {ratio} के अनुपात में बाँटा जाता है। {who} का हिस्सा कितना है?",
    "Se reparten ₹{total} entre {group} en la razón {ratio}. ¿Cuánto le corresponde a {who}?",
)
Q_SHARE_LINKED = words(
    "₹{total} is divided among {group} so that {A}:{B} = {p}:{q} and {B}:{C} = {r}:{s}. What is {who}'s share?",
    "₹{total} को {group} में इस प्रकार बाँटा जाता है कि {A} : {B} = {p}:{q} और {B} : {C} = {r}:{s} हो। {who} का "
    "हिस्सा कितना है?",
    "Se reparten ₹{total} entre {group} de modo que {A}:{B} = {p}:{q} y {B}:{C} = {r}:{s}. ¿Cuánto le corresponde "
    "a {who}?",
)
S_LINK = words(
    "Make {B}'s terms equal: {A}:{B}:{C} = {p}×{r} : {q}×{r} : {q}×{s} = {ratio}",
    "{B} के पद समान करने पर: {A} : {B} : {C} = {p}×{r} : {q}×{r} : {q}×{s} = {ratio}",
    "Igualando los términos de {B}: {A}:{B}:{C} = {p}×{r} : {q}×{r} : {q}×{s} = {ratio}",
)
S_TERMS = words(
    "Sum of the ratio terms = {terms}",
    "अनुपात के पदों का योग = {terms}",
    "Suma de los términos de la razón = {terms}",
)
S_SHARE = words(
    "{who}'s share = ₹{total} × {part}/{terms} = ₹{ans}",
    "{who} का हिस्सा = ₹{total} × {part}/{terms} = ₹{ans}",
    "Parte de {who} = ₹{total} × {part}/{terms} = ₹{ans}",
)


def _linked(p: int, q: int, r: int, s: int) -> tuple[int, int, int]:
    terms = (p * r, q * r, q * s)
    common = math.gcd(*terms)
    return terms[0] // common, terms[1] // common, terms[2] // common


def share(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 2 if difficulty == "easy" else 3)
    if difficulty == "hard":
        p, q, r, s = (rng.randint(1, 9) for _ in range(4))
        terms: tuple[int, ...] = _linked(p, q, r, s)
        params: Params = {"links": ((p, q), (r, s))}
        steps: list[Text] = [S_LINK, S_TERMS, S_SHARE]
    else:
        if difficulty == "easy":
            terms = coprime_pair(rng, 1, 12)
        else:

            def attempt() -> tuple[int, ...] | None:
                drawn = tuple(rng.randint(1, 9) for _ in range(3))
                return drawn if math.gcd(*drawn) == 1 and len(set(drawn)) > 1 else None

            terms = draw(rng, attempt)
        p = q = r = s = 0
        params = {"ratio": terms}
        steps = [S_TERMS, S_SHARE]
    who = rng.randrange(len(terms))
    total = sum(terms) * rng.randint(5, 400) * rng.choice((1, 10))
    ans = Fraction(total * terms[who], sum(terms))
    others = [Fraction(total * term, sum(terms)) for i, term in enumerate(terms) if i != who]
    return Draft(
        params={**params, "total": total, "who": who},
        answer=ans,
        mistakes=[*others, Fraction(total, len(terms)), Fraction(total * terms[who], sum(terms) - terms[who])],
        unit=MONEY,
        question=Q_SHARE_LINKED if difficulty == "hard" else Q_SHARE,
        steps=steps,
        values={
            "total": total,
            "group": people(group),
            "ratio": ratio_text(terms),
            "who": group[who],
            "A": group[0],
            "B": group[1],
            "C": group[-1],
            "p": p,
            "q": q,
            "r": r,
            "s": s,
            "terms": sum(terms),
            "part": terms[who],
            "ans": ans,
        },
    )


Q_FOURTH = words(
    "What is the fourth proportional to {a}, {b} and {c}?",
    "{a}, {b} और {c} का चतुर्थानुपाती क्या है?",
    "¿Cuál es la cuarta proporcional de {a}, {b} y {c}?",
)
S_FOURTH = words(
    "{a} : {b} = {c} : x, so x = {b} × {c} ÷ {a} = {ans}",
    "{a} : {b} = {c} : x, अतः x = {b} × {c} ÷ {a} = {ans}",
    "{a} : {b} = {c} : x, así que x = {b} × {c} ÷ {a} = {ans}",
)
Q_MEAN = words(
    "What is the mean proportional between {a} and {b}?",
    "{a} और {b} का मध्यानुपाती क्या है?",
    "¿Cuál es la media proporcional entre {a} y {b}?",
)
S_MEAN = words(
    "{a} : x = x : {b}, so x² = {a} × {b} = {prod} and x = √{prod} = {ans}",
    "{a} : x = x : {b}, अतः x² = {a} × {b} = {prod} और x = √{prod} = {ans}",
    "{a} : x = x : {b}, así que x² = {a} × {b} = {prod} y x = √{prod} = {ans}",
)
Q_THIRD = words(
    "What is the third proportional to {a} and {b}?",
    "{a} और {b} का तृतीयानुपाती क्या है?",
    "¿Cuál es la tercera proporcional de {a} y {b}?",
)
S_THIRD = words(
    "{a} : {b} = {b} : x, so x = {b}² ÷ {a} = {prod} ÷ {a} = {ans}",
    "{a} : {b} = {b} : x, अतः x = {b}² ÷ {a} = {prod} ÷ {a} = {ans}",
    "{a} : {b} = {b} : x, así que x = {b}² ÷ {a} = {prod} ÷ {a} = {ans}",
)


def proportional(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_fourth() -> tuple[int, int, int] | None:
            a, b, c = rng.randint(2, 30), rng.randint(2, 60), rng.randint(2, 60)
            return (a, b, c) if b * c % a == 0 else None

        a, b, c = draw(rng, attempt_fourth)
        ans = Fraction(b * c, a)
        return Draft(
            params={"kind": "fourth", "terms": (a, b, c)},
            answer=ans,
            mistakes=[Fraction(a * b, c), Fraction(a * c, b), Fraction(a + b + c), ans + a],
            unit=PLAIN,
            question=Q_FOURTH,
            steps=[S_FOURTH],
            values={"a": a, "b": b, "c": c, "ans": ans},
        )
    if difficulty == "medium":
        k, (m, n) = rng.randint(1, 6), coprime_pair(rng, 1, 12)
        a, b = k * m * m, k * n * n
        ans = Fraction(k * m * n)
        return Draft(
            params={"kind": "mean", "terms": (a, b)},
            answer=ans,
            mistakes=[Fraction(a + b, 2), Fraction(a * b), Fraction(b * b, a), Fraction(a * a, b)],
            unit=PLAIN,
            question=Q_MEAN,
            steps=[S_MEAN],
            values={"a": a, "b": b, "prod": a * b, "ans": ans},
        )

    def attempt_third() -> tuple[int, int] | None:
        a, b = rng.randint(4, 60), rng.randint(10, 150)
        return (a, b) if b * b % a == 0 and a != b else None

    a, b = draw(rng, attempt_third)
    ans = Fraction(b * b, a)
    return Draft(
        params={"kind": "third", "terms": (a, b)},
        answer=ans,
        mistakes=[Fraction(a * a, b), Fraction(a * b), Fraction(2 * b - a), Fraction(b * b, 2 * a)],
        unit=PLAIN,
        question=Q_THIRD,
        steps=[S_THIRD],
        values={"a": a, "b": b, "prod": b * b, "ans": ans},
    )


Q_NUMBERS_SUM = words(
    "Two numbers are in the ratio {a}:{b} and their sum is {s}. What is the larger number?",
    "दो संख्याओं का अनुपात {a}:{b} है और उनका योग {s} है। बड़ी संख्या क्या है?",
    "Dos números están en la razón {a}:{b} y su suma es {s}. ¿Cuál es el número mayor?",
)
S_NUMBERS_K = words(
    "Let the numbers be {ak} and {bk}. Then {ab}k = {s}, so k = {k}.",
    "मान लीजिए संख्याएँ {ak} और {bk} हैं। तब {ab}k = {s}, अतः k = {k}।",
    "Sean los números {ak} y {bk}. Entonces {ab}k = {s}, así que k = {k}.",
)
S_NUMBERS_LARGER = words(
    "Larger number = {b} × {k} = {ans}",
    "बड़ी संख्या = {b} × {k} = {ans}",
    "Número mayor = {b} × {k} = {ans}",
)
Q_NUMBERS_CHANGE = {
    "smaller": words(
        "Two numbers are in the ratio {a}:{b}. If {x} is added to each, the ratio becomes {c}:{d}. What is the "
        "smaller number?",
        "दो संख्याओं का अनुपात {a}:{b} है। यदि प्रत्येक में {x} जोड़ दिया जाए, तो अनुपात {c}:{d} हो जाता है। छोटी संख्या क्या है?",
        "Dos números están en la razón {a}:{b}. Si a cada uno se le suma {x}, la razón pasa a ser {c}:{d}. ¿Cuál es el "
        "número menor?",
    ),
    "sum": words(
        "Two numbers are in the ratio {a}:{b}. If {x} is subtracted from each, the ratio becomes {c}:{d}. What is the "
        "sum of the numbers?",
        "दो संख्याओं का अनुपात {a}:{b} है। यदि प्रत्येक में से {x} घटा दिया जाए, तो अनुपात {c}:{d} हो जाता है। दोनों "
        "संख्याओं का योग क्या है?",
        "Dos números están en la razón {a}:{b}. Si a cada uno se le resta {x}, la razón pasa a ser {c}:{d}. ¿Cuál es "
        "la suma de los números?",
    ),
}
S_CHANGE_SETUP = words(
    "Let the numbers be {ak} and {bk}: ({ak} {op} {x}) : ({bk} {op} {x}) = {c} : {d}",
    "मान लीजिए संख्याएँ {ak} और {bk} हैं: ({ak} {op} {x}) : ({bk} {op} {x}) = {c} : {d}",
    "Sean los números {ak} y {bk}: ({ak} {op} {x}) : ({bk} {op} {x}) = {c} : {d}",
)
S_CHANGE_SOLVE = words(
    "Cross-multiplying: {d}({ak} {op} {x}) = {c}({bk} {op} {x}), which gives {coefk} = {rhs}, so k = {k}",
    "वज्र-गुणन से: {d}({ak} {op} {x}) = {c}({bk} {op} {x}), जिससे {coefk} = {rhs}, अतः k = {k}",
    "Multiplicando en cruz: {d}({ak} {op} {x}) = {c}({bk} {op} {x}), de donde {coefk} = {rhs}, así que k = {k}",
)
S_CHANGE_SMALLER = words(
    "Smaller number = {a} × {k} = {ans}",
    "छोटी संख्या = {a} × {k} = {ans}",
    "Número menor = {a} × {k} = {ans}",
)
S_CHANGE_SUM = words(
    "Sum = ({a} + {b}) × {k} = {ans}",
    "योग = ({a} + {b}) × {k} = {ans}",
    "Suma = ({a} + {b}) × {k} = {ans}",
)


def changed_ratio(rng: random.Random, sign: int, low: int = 2) -> tuple[int, int, int, int, int, int]:
    """(a, b, k, x, c, d): numbers a·k and b·k become c:d after adding sign·x to each; c:d is in lowest terms."""

    def attempt() -> tuple[int, int, int, int, int, int] | None:
        a, b = coprime_pair(rng, 1, 9)
        k, x = rng.randint(low, 20), rng.randint(2, 30)
        first, second = a * k + sign * x, b * k + sign * x
        if first <= 0:
            return None
        common = math.gcd(first, second)
        c, d = first // common, second // common
        return (a, b, k, x, c, d) if d <= 60 and (c, d) != (a, b) else None

    return draw(rng, attempt)


def numbers_in_ratio(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        a, b = coprime_pair(rng, 1, 12)
        k = rng.randint(2, 40)
        s = (a + b) * k
        return Draft(
            params={"ratio": (a, b), "total": s, "ask": "larger"},
            answer=Fraction(b * k),
            mistakes=[Fraction(a * k), Fraction(s, b), Fraction(k), Fraction(s, 2)],
            unit=WHOLE,
            question=Q_NUMBERS_SUM,
            steps=[S_NUMBERS_K, S_NUMBERS_LARGER],
            values={"a": a, "b": b, "ak": term(a, "k"), "bk": term(b, "k"), "ab": a + b, "s": s, "k": k, "ans": b * k},
        )
    sign = 1 if difficulty == "medium" else -1
    a, b, k, x, c, d = changed_ratio(rng, sign)
    ask = "smaller" if sign > 0 else "sum"
    ans = Fraction(a * k) if ask == "smaller" else Fraction((a + b) * k)
    coef, rhs = abs(a * d - b * c), abs(sign * x * (c - d))
    return Draft(
        params={"ratio": (a, b), "added": sign * x, "new_ratio": (c, d), "ask": ask},
        answer=ans,
        mistakes=[Fraction(k), Fraction(a * k + sign * x), Fraction(b * k), Fraction((a + b) * k + 2 * sign * x)],
        unit=WHOLE,
        question=Q_NUMBERS_CHANGE[ask],
        steps=[S_CHANGE_SETUP, S_CHANGE_SOLVE, S_CHANGE_SMALLER if ask == "smaller" else S_CHANGE_SUM],
        values={
            "a": a,
            "b": b,
            "x": x,
            "c": c,
            "d": d,
            "op": "+" if sign > 0 else "−",
            "ak": term(a, "k"),
            "bk": term(b, "k"),
            "coefk": term(coef, "k"),
            "rhs": rhs,
            "k": k,
            "ans": ans,
        },
    )


def _ratio_k(a: int, b: int, c: int, d: int, added: int) -> Fraction:
    """k with (a·k + added) : (b·k + added) = c : d."""
    return Fraction(added * (c - d), a * d - b * c)


def solve_ratio(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "share":
        if "links" in params:
            (p, q), (r, s) = params["links"]
            terms: tuple[int, ...] = (p * r, q * r, q * s)
        else:
            terms = tuple(params["ratio"])
        return Fraction(params["total"] * terms[params["who"]], sum(terms))
    if shape == "proportional":
        kind, terms = params["kind"], params["terms"]
        if kind == "fourth":
            return Fraction(terms[1] * terms[2], terms[0])
        if kind == "third":
            return Fraction(terms[1] ** 2, terms[0])
        return Fraction(math.isqrt(terms[0] * terms[1]))
    a, b = params["ratio"]
    if params["ask"] == "larger":
        return Fraction(params["total"] * max(a, b), a + b)
    c, d = params["new_ratio"]
    k = _ratio_k(a, b, c, d, params["added"])
    return a * k if params["ask"] == "smaller" else (a + b) * k


# ---------------------------------------------------------------- averages

Q_LIST_MEAN = words(
    "What is the average of {numbers}?", "{numbers} का औसत क्या है?", "¿Cuál es el promedio de {numbers}?"
)
S_LIST_SUM = words("Sum = {sum_text} = {total}", "योग = {sum_text} = {total}", "Suma = {sum_text} = {total}")
S_LIST_MEAN = words(
    "Average = {total} ÷ {n} = {ans}",
    "औसत = {total} ÷ {n} = {ans}",
    "Promedio = {total} ÷ {n} = {ans}",
)
CONSECUTIVE_KIND = {"odd": words("odd", "विषम", "impares"), "even": words("even", "सम", "pares")}
Q_CONSECUTIVE = words(
    "The average of {n} consecutive {kind} numbers is {mean}. What is the largest of them?",
    "{n} क्रमागत {kind} संख्याओं का औसत {mean} है। इनमें सबसे बड़ी संख्या कौन-सी है?",
    "El promedio de {n} números {kind} consecutivos es {mean}. ¿Cuál es el mayor de ellos?",
)
S_CONSECUTIVE = words(
    "The numbers are evenly spaced (2 apart), so the average lies exactly midway between the smallest and the largest.",
    "संख्याएँ समान अंतराल (2) पर हैं, इसलिए औसत सबसे छोटी और सबसे बड़ी संख्या के ठीक बीच में होता है।",
    "Los números están igualmente espaciados (de 2 en 2), así que el promedio está justo entre el menor y el mayor.",
)
S_CONSECUTIVE_LARGEST = words(
    "Largest = average + ({n} − 1) × 2 ÷ 2 = {mean} + {n1} = {ans}",
    "सबसे बड़ी संख्या = औसत + ({n} − 1) × 2 ÷ 2 = {mean} + {n1} = {ans}",
    "Mayor = promedio + ({n} − 1) × 2 ÷ 2 = {mean} + {n1} = {ans}",
)
Q_OVERLAP = words(
    "The average of five numbers is {a}. The average of the first three is {b} and the average of the last three is "
    "{c}. What is the third number?",
    "पाँच संख्याओं का औसत {a} है। पहली तीन संख्याओं का औसत {b} है और अंतिम तीन संख्याओं का औसत {c} है। तीसरी संख्या क्या है?",
    "El promedio de cinco números es {a}. El promedio de los tres primeros es {b} y el de los tres últimos es {c}. "
    "¿Cuál es el tercer número?",
)
S_OVERLAP_ALL = words(
    "Sum of all five = 5 × {a} = {s5}",
    "पाँचों संख्याओं का योग = 5 × {a} = {s5}",
    "Suma de los cinco = 5 × {a} = {s5}",
)
S_OVERLAP_PARTS = words(
    "First three + last three = 3 × {b} + 3 × {c} = {s6}; this counts the third number twice",
    "पहली तीन का योग + अंतिम तीन का योग = 3 × {b} + 3 × {c} = {s6}; इसमें तीसरी संख्या दो बार गिनी गई है",
    "Tres primeros + tres últimos = 3 × {b} + 3 × {c} = {s6}; así el tercer número se cuenta dos veces",
)
S_OVERLAP_RESULT = words(
    "Third number = {s6} − {s5} = {ans}",
    "तीसरी संख्या = {s6} − {s5} = {ans}",
    "Tercer número = {s6} − {s5} = {ans}",
)


def mean_of(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_list() -> list[int] | None:
            drawn = [rng.randint(10, 99) for _ in range(rng.randint(4, 7))]
            return drawn if is_clean(Fraction(sum(drawn), len(drawn))) else None

        numbers = draw(rng, attempt_list)
        total, n = sum(numbers), len(numbers)
        ans = Fraction(total, n)
        listed = ", ".join(str(number) for number in numbers[:-1])
        return Draft(
            params={"numbers": tuple(numbers)},
            answer=ans,
            mistakes=[Fraction(total, n - 1), Fraction(total, n + 1), Fraction(sorted(numbers)[n // 2]), ans + 1],
            unit=PLAIN,
            question=Q_LIST_MEAN,
            steps=[S_LIST_SUM, S_LIST_MEAN],
            values={
                "numbers": {language: listed + AND[language] + str(numbers[-1]) for language in AND},
                "sum_text": " + ".join(str(number) for number in numbers),
                "total": total,
                "n": n,
                "ans": ans,
            },
        )
    if difficulty == "medium":
        kind = rng.choice(("odd", "even"))
        n = rng.randint(4, 12)
        smallest = 2 * rng.randint(1, 60) + (1 if kind == "odd" else 0)
        mean = smallest + n - 1
        ans = Fraction(smallest + 2 * (n - 1))
        return Draft(
            params={"count": n, "mean": mean, "gap": 2},
            answer=ans,
            mistakes=[Fraction(mean + 2 * (n - 1)), Fraction(mean + n), Fraction(smallest), Fraction(mean + n - 2)],
            unit=WHOLE,
            question=Q_CONSECUTIVE,
            steps=[S_CONSECUTIVE, S_CONSECUTIVE_LARGEST],
            values={"n": n, "n1": n - 1, "kind": CONSECUTIVE_KIND[kind], "mean": mean, "ans": ans},
        )

    def attempt() -> list[int] | None:
        ns = [rng.randint(10, 99) for _ in range(5)]
        return ns if sum(ns) % 5 == 0 and sum(ns[:3]) % 3 == 0 and sum(ns[2:]) % 3 == 0 else None

    numbers = draw(rng, attempt)
    a, b, c = sum(numbers) // 5, sum(numbers[:3]) // 3, sum(numbers[2:]) // 3
    ans = Fraction(3 * b + 3 * c - 5 * a)
    return Draft(
        params={"mean": a, "first_three": b, "last_three": c},
        answer=ans,
        mistakes=[Fraction(b + c - a), Fraction(b + c, 2), Fraction(3 * b + 3 * c - 6 * a), Fraction(5 * a - 3 * b)],
        unit=PLAIN,
        question=Q_OVERLAP,
        steps=[S_OVERLAP_ALL, S_OVERLAP_PARTS, S_OVERLAP_RESULT],
        values={"a": a, "b": b, "c": c, "s5": 5 * a, "s6": 3 * b + 3 * c, "ans": ans},
    )


Q_ADDED = words(
    "The average of {n} numbers is {a}. When one more number is added, the average becomes {b}. What is the added "
    "number?",
    "{n} संख्याओं का औसत {a} है। एक और संख्या जोड़ने पर औसत {b} हो जाता है। जोड़ी गई संख्या क्या है?",
    "El promedio de {n} números es {a}. Al añadir un número más, el promedio pasa a ser {b}. ¿Cuál es el número "
    "añadido?",
)
S_ADDED_OLD = words(
    "Sum of the {n} numbers = {n} × {a} = {s1}",
    "{n} संख्याओं का योग = {n} × {a} = {s1}",
    "Suma de los {n} números = {n} × {a} = {s1}",
)
S_ADDED_NEW = words(
    "Sum of the {n1} numbers = {n1} × {b} = {s2}",
    "{n1} संख्याओं का योग = {n1} × {b} = {s2}",
    "Suma de los {n1} números = {n1} × {b} = {s2}",
)
S_ADDED = words(
    "Added number = {s2} − {s1} = {ans}",
    "जोड़ी गई संख्या = {s2} − {s1} = {ans}",
    "Número añadido = {s2} − {s1} = {ans}",
)
Q_REPLACED = words(
    "The average weight of {n} people increases by {d} kg when one of them, weighing {w} kg, is replaced by a new "
    "person. What is the weight of the new person?",
    "{n} व्यक्तियों में से {w} किग्रा भार वाले एक व्यक्ति के स्थान पर एक नया व्यक्ति आने से उनका औसत भार {d} किग्रा बढ़ "
    "जाता है। नए व्यक्ति का भार कितना है?",
    "El peso promedio de {n} personas aumenta {d} kg cuando una de ellas, que pesa {w} kg, es reemplazada por una "
    "persona nueva. ¿Cuánto pesa la persona nueva?",
)
S_REPLACED_RISE = words(
    "The total weight rises by {n} × {d} = {rise} kg",
    "कुल भार में {n} × {d} = {rise} किग्रा की वृद्धि होती है",
    "El peso total aumenta {n} × {d} = {rise} kg",
)
S_REPLACED = words(
    "New person = {w} + {rise} = {ans} kg",
    "नए व्यक्ति का भार = {w} + {rise} = {ans} किग्रा",
    "Persona nueva = {w} + {rise} = {ans} kg",
)
Q_COMBINED = words(
    "One class has {n1} students whose average mark is {a1}; another class has {n2} students whose average mark is "
    "{a2}. What is the average mark of all the students together?",
    "एक कक्षा के {n1} विद्यार्थियों के औसत अंक {a1} हैं और दूसरी कक्षा के {n2} विद्यार्थियों के औसत अंक {a2} हैं। दोनों "
    "कक्षाओं के सभी विद्यार्थियों के औसत अंक कितने हैं?",
    "Una clase tiene {n1} estudiantes con una nota promedio de {a1}; otra clase tiene {n2} estudiantes con una nota "
    "promedio de {a2}. ¿Cuál es la nota promedio de todos los estudiantes juntos?",
)
S_COMBINED_TOTALS = words(
    "Total marks: {n1} × {a1} = {t1} and {n2} × {a2} = {t2}",
    "कुल अंक: {n1} × {a1} = {t1} और {n2} × {a2} = {t2}",
    "Puntos totales: {n1} × {a1} = {t1} y {n2} × {a2} = {t2}",
)
S_COMBINED = words(
    "Average = ({t1} + {t2}) ÷ ({n1} + {n2}) = {tot} ÷ {n} = {ans}",
    "औसत = ({t1} + {t2}) ÷ ({n1} + {n2}) = {tot} ÷ {n} = {ans}",
    "Promedio = ({t1} + {t2}) ÷ ({n1} + {n2}) = {tot} ÷ {n} = {ans}",
)


def changed_average(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        n, a = rng.randint(4, 20), rng.randint(10, 80)
        b = a + rng.choice((-3, -2, -1, 1, 2, 3, 4, 5))
        ans = Fraction((n + 1) * b - n * a)
        if ans <= 0:
            b = a + 1
            ans = Fraction((n + 1) * b - n * a)
        return Draft(
            params={"count": n, "mean": a, "new_mean": b},
            answer=ans,
            mistakes=[Fraction(a + n * (b - a)), Fraction(b + (n + 1) * (b - a)), Fraction(n * (b - a)), Fraction(b)],
            unit=PLAIN,
            question=Q_ADDED,
            steps=[S_ADDED_OLD, S_ADDED_NEW, S_ADDED],
            values={"n": n, "n1": n + 1, "a": a, "b": b, "s1": n * a, "s2": (n + 1) * b, "ans": ans},
        )
    if difficulty == "medium":
        n, w = rng.randint(5, 20), rng.randint(40, 80)
        d = Fraction(rng.choice(("0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4")))
        rise = n * d
        ans = w + rise
        return Draft(
            params={"count": n, "rise": d, "replaced": w},
            answer=ans,
            mistakes=[w - rise, w + d, w + (n + 1) * d, rise],
            unit=KG,
            question=Q_REPLACED,
            steps=[S_REPLACED_RISE, S_REPLACED],
            values={"n": n, "d": d, "w": w, "rise": rise, "ans": ans},
        )

    def attempt() -> tuple[int, int, int, int] | None:
        n1, n2 = rng.randint(10, 60), rng.randint(10, 60)
        a1, a2 = rng.randint(40, 90), rng.randint(40, 90)
        mean = Fraction(n1 * a1 + n2 * a2, n1 + n2)
        return (n1, a1, n2, a2) if a1 != a2 and is_clean(mean) else None

    n1, a1, n2, a2 = draw(rng, attempt)
    t1, t2 = n1 * a1, n2 * a2
    ans = Fraction(t1 + t2, n1 + n2)
    return Draft(
        params={"groups": ((n1, a1), (n2, a2))},
        answer=ans,
        mistakes=[Fraction(a1 + a2, 2), Fraction(n1 * a2 + n2 * a1, n1 + n2), Fraction(t1 + t2, n1 + n2 + 1)],
        unit=PLAIN,
        question=Q_COMBINED,
        steps=[S_COMBINED_TOTALS, S_COMBINED],
        values={"n1": n1, "a1": a1, "n2": n2, "a2": a2, "t1": t1, "t2": t2, "tot": t1 + t2, "n": n1 + n2, "ans": ans},
    )


Q_NEXT_INNINGS = words(
    "A batsman's average after {n} innings is {a} runs. How many runs must he score in the next innings to make his "
    "average {b}?",
    "{n} पारियों के बाद एक बल्लेबाज़ का औसत {a} रन है। अगली पारी में उसे कितने रन बनाने होंगे ताकि उसका औसत {b} हो जाए?",
    "Después de {n} entradas, el promedio de un bateador es de {a} carreras. ¿Cuántas carreras debe anotar en la "
    "siguiente entrada para que su promedio sea {b}?",
)
S_RUNS_SO_FAR = words(
    "Runs so far = {n} × {a} = {s1}",
    "अब तक के रन = {n} × {a} = {s1}",
    "Carreras hasta ahora = {n} × {a} = {s1}",
)
S_RUNS_NEEDED = words(
    "Runs needed after {n1} innings = {n1} × {b} = {s2}",
    "{n1} पारियों के बाद आवश्यक रन = {n1} × {b} = {s2}",
    "Carreras necesarias tras {n1} entradas = {n1} × {b} = {s2}",
)
S_NEXT_INNINGS = words(
    "Next innings = {s2} − {s1} = {ans}",
    "अगली पारी में = {s2} − {s1} = {ans}",
    "En la siguiente entrada = {s2} − {s1} = {ans}",
)
Q_RAISED = words(
    "A batsman scores {x} runs in innings number {n1} and thereby increases his average by {d}. What is his average "
    "after that innings?",
    "एक बल्लेबाज़ अपनी {n1}वीं पारी में {x} रन बनाता है और इससे उसका औसत {d} बढ़ जाता है। {n1}वीं पारी के बाद उसका औसत क्या है?",
    "Un bateador anota {x} carreras en su entrada número {n1} y así aumenta su promedio en {d}. ¿Cuál es su promedio "
    "después de esa entrada?",
)
S_RAISED_SETUP = words(
    "Let the average after {n1} innings be V; over the first {n} innings it was V − {d}.",
    "मान लीजिए {n1} पारियों के बाद औसत V है; पहली {n} पारियों का औसत V − {d} था।",
    "Sea V el promedio tras {n1} entradas; en las primeras {n} entradas era V − {d}.",
)
S_RAISED = words(
    "{n} × (V − {d}) + {x} = {n1} × V, so V = {x} − {n} × {d} = {ans}",
    "{n} × (V − {d}) + {x} = {n1} × V, अतः V = {x} − {n} × {d} = {ans}",
    "{n} × (V − {d}) + {x} = {n1} × V, así que V = {x} − {n} × {d} = {ans}",
)
Q_MORE_INNINGS = words(
    "A batsman's average after {n} innings is {a}. After {k} more innings his average becomes {b}. What is his "
    "average in those {k} innings?",
    "{n} पारियों के बाद एक बल्लेबाज़ का औसत {a} है। {k} और पारियों के बाद उसका औसत {b} हो जाता है। उन {k} पारियों में "
    "उसका औसत क्या है?",
    "Después de {n} entradas, el promedio de un bateador es {a}. Tras {k} entradas más, su promedio pasa a ser {b}. "
    "¿Cuál es su promedio en esas {k} entradas?",
)
S_MORE_RUNS = words(
    "Runs in the last {k} innings = {s2} − {s1} = {diff}",
    "अंतिम {k} पारियों के रन = {s2} − {s1} = {diff}",
    "Carreras en las últimas {k} entradas = {s2} − {s1} = {diff}",
)
S_MORE_MEAN = words(
    "Their average = {diff} ÷ {k} = {ans}",
    "उनका औसत = {diff} ÷ {k} = {ans}",
    "Su promedio = {diff} ÷ {k} = {ans}",
)


def batsman(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        n, a = rng.randint(5, 30), rng.randint(20, 60)
        b = a + rng.randint(1, 3)
        ans = Fraction((n + 1) * b - n * a)
        return Draft(
            params={"innings": n, "mean": a, "target": b},
            answer=ans,
            mistakes=[Fraction(b + n * (b - a) - (b - a)), Fraction(n * (b - a)), Fraction(b * 2 - a), ans + b],
            unit=WHOLE,
            question=Q_NEXT_INNINGS,
            steps=[S_RUNS_SO_FAR, S_RUNS_NEEDED, S_NEXT_INNINGS],
            values={"n": n, "n1": n + 1, "a": a, "b": b, "s1": n * a, "s2": (n + 1) * b, "ans": ans},
        )
    if difficulty == "medium":
        n, d, average = rng.randint(8, 30), rng.randint(1, 5), rng.randint(15, 60)
        x = average + n * d
        return Draft(
            params={"innings": n, "score": x, "rise": d},
            answer=Fraction(average),
            mistakes=[Fraction(x - (n + 1) * d), Fraction(average - d), Fraction(x - d), Fraction(x, n + 1)],
            unit=PLAIN,
            question=Q_RAISED,
            steps=[S_RAISED_SETUP, S_RAISED],
            values={"n": n, "n1": n + 1, "x": x, "d": d, "ans": average},
        )

    def attempt() -> tuple[int, int, int, int] | None:
        n, k, a = rng.randint(8, 40), rng.randint(2, 8), rng.randint(20, 50)
        b = a + rng.choice((-4, -3, -2, -1, 1, 2, 3, 4, 5))
        later = Fraction((n + k) * b - n * a, k)
        return (n, k, a, b) if later > 0 and is_clean(later) else None

    n, k, a, b = draw(rng, attempt)
    s1, s2 = n * a, (n + k) * b
    ans = Fraction(s2 - s1, k)
    return Draft(
        params={"innings": n, "mean": a, "more": k, "new_mean": b},
        answer=ans,
        mistakes=[Fraction(s2 - s1), Fraction(2 * b - a), Fraction(s2 - s1, n + k), Fraction(a + b, 2)],
        unit=PLAIN,
        question=Q_MORE_INNINGS,
        steps=[S_RUNS_SO_FAR, S_RUNS_NEEDED, S_MORE_RUNS, S_MORE_MEAN],
        values={"n": n, "k": k, "n1": n + k, "a": a, "b": b, "s1": s1, "s2": s2, "diff": s2 - s1, "ans": ans},
    )


def solve_averages(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "mean_of":
        if "numbers" in params:
            return Fraction(sum(params["numbers"]), len(params["numbers"]))
        if "gap" in params:
            return params["mean"] + Fraction(params["gap"] * (params["count"] - 1), 2)
        return 3 * Fraction(params["first_three"] + params["last_three"]) - 5 * params["mean"]
    if shape == "changed_average":
        if "groups" in params:
            groups = params["groups"]
            return Fraction(sum(n * a for n, a in groups), sum(n for n, _ in groups))
        if "replaced" in params:
            return params["replaced"] + params["count"] * Fraction(params["rise"])
        n = params["count"]
        return Fraction((n + 1) * params["new_mean"] - n * params["mean"])
    n = params["innings"]
    if "score" in params:
        return Fraction(params["score"] - n * params["rise"])
    if "target" in params:
        return Fraction((n + 1) * params["target"] - n * params["mean"])
    k = params["more"]
    return Fraction((n + k) * params["new_mean"] - n * params["mean"], k)


# ---------------------------------------------------------------- mixtures

Q_MIX_PRICE = words(
    "{x} kg of rice costing ₹{p1} per kg is mixed with {y} kg of rice costing ₹{p2} per kg. What is the price of the "
    "mixture per kg?",
    "₹{p1} प्रति किग्रा वाले {x} किग्रा चावल को ₹{p2} प्रति किग्रा वाले {y} किग्रा चावल के साथ मिलाया जाता है। मिश्रण का "
    "मूल्य प्रति किग्रा क्या है?",
    "Se mezclan {x} kg de arroz de ₹{p1} por kg con {y} kg de arroz de ₹{p2} por kg. ¿Cuál es el precio por kg de la "
    "mezcla?",
)
S_MIX_COST = words(
    "Total cost = {x} × {p1} + {y} × {p2} = ₹{c1} + ₹{c2} = ₹{c}",
    "कुल मूल्य = {x} × {p1} + {y} × {p2} = ₹{c1} + ₹{c2} = ₹{c}",
    "Costo total = {x} × {p1} + {y} × {p2} = ₹{c1} + ₹{c2} = ₹{c}",
)
S_MIX_PRICE = words(
    "Price per kg = ₹{c} ÷ {w} kg = ₹{ans}",
    "प्रति किग्रा मूल्य = ₹{c} ÷ {w} किग्रा = ₹{ans}",
    "Precio por kg = ₹{c} ÷ {w} kg = ₹{ans}",
)
Q_ALLIGATION = words(
    "How many kg of rice costing ₹{p2} per kg must be mixed with {x} kg of rice costing ₹{p1} per kg so that the "
    "mixture is worth ₹{m} per kg?",
    "₹{p1} प्रति किग्रा वाले {x} किग्रा चावल में ₹{p2} प्रति किग्रा वाला कितने किग्रा चावल मिलाया जाए कि मिश्रण का मूल्य "
    "₹{m} प्रति किग्रा हो?",
    "¿Cuántos kg de arroz de ₹{p2} por kg hay que mezclar con {x} kg de arroz de ₹{p1} por kg para que la mezcla "
    "valga ₹{m} por kg?",
)
Q_ALLIGATION_PROFIT = words(
    "A grocer mixes rice costing ₹{p1} per kg with {x} kg of rice costing ₹{p2} per kg and sells the mixture at ₹{s} "
    "per kg, making a profit of {g}%. How many kg of the cheaper rice did he use?",
    "एक पंसारी ₹{p1} प्रति किग्रा वाले चावल को ₹{p2} प्रति किग्रा वाले {x} किग्रा चावल के साथ मिलाता है और मिश्रण को ₹{s} "
    "प्रति किग्रा पर बेचकर {g}% लाभ कमाता है। उसने सस्ता चावल कितने किग्रा मिलाया?",
    "Un tendero mezcla arroz de ₹{p1} por kg con {x} kg de arroz de ₹{p2} por kg y vende la mezcla a ₹{s} por kg, con "
    "una ganancia del {g}%. ¿Cuántos kg del arroz barato usó?",
)
S_MEAN_COST = words(
    "Cost price of the mixture = ₹{s} × 100/(100 + {g}) = ₹{m} per kg",
    "मिश्रण का क्रय मूल्य = ₹{s} × 100/(100 + {g}) = ₹{m} प्रति किग्रा",
    "Costo de la mezcla = ₹{s} × 100/(100 + {g}) = ₹{m} por kg",
)
S_ALLIGATION = words(
    "By alligation, cheaper : dearer = ({p2} − {m}) : ({m} − {p1}) = {r1} : {r2}",
    "मिश्रण-नियम (एलीगेशन) से, सस्ता : महँगा = ({p2} − {m}) : ({m} − {p1}) = {r1} : {r2}",
    "Por aligación, barato : caro = ({p2} − {m}) : ({m} − {p1}) = {r1} : {r2}",
)
S_ALLIGATION_DEARER = words(
    "Dearer rice = {x} × {r2}/{r1} = {ans} kg",
    "महँगा चावल = {x} × {r2}/{r1} = {ans} किग्रा",
    "Arroz caro = {x} × {r2}/{r1} = {ans} kg",
)
S_ALLIGATION_CHEAPER = words(
    "Cheaper rice = {x} × {r1}/{r2} = {ans} kg",
    "सस्ता चावल = {x} × {r1}/{r2} = {ans} किग्रा",
    "Arroz barato = {x} × {r1}/{r2} = {ans} kg",
)


def rice_mixture(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int, int, int] | None:
            x, y = rng.randint(2, 40), rng.randint(2, 40)
            p1 = rng.randint(20, 80)
            p2 = p1 + rng.randint(2, 40)
            return (x, p1, y, p2) if is_clean(Fraction(x * p1 + y * p2, x + y)) else None

        x, p1, y, p2 = draw(rng, attempt_easy)
        cost = x * p1 + y * p2
        ans = Fraction(cost, x + y)
        return Draft(
            params={"lots": ((x, p1), (y, p2))},
            answer=ans,
            mistakes=[Fraction(p1 + p2, 2), Fraction(x * p2 + y * p1, x + y), Fraction(cost, x), Fraction(cost, y)],
            unit=MONEY_PER_KG,
            question=Q_MIX_PRICE,
            steps=[S_MIX_COST, S_MIX_PRICE],
            values={"x": x, "y": y, "p1": p1, "p2": p2, "c1": x * p1, "c2": y * p2, "c": cost, "w": x + y, "ans": ans},
        )

    def attempt() -> tuple[int, int, int, int, int] | None:
        p1 = rng.randint(20, 80)
        p2 = p1 + rng.randint(4, 40)
        mean, x = rng.randint(p1 + 1, p2 - 1), rng.randint(2, 60)
        gain = rng.choice((5, 10, 12, 15, 20, 25)) if difficulty == "hard" else 0
        ans = Fraction(x * (p2 - mean), mean - p1) if difficulty == "hard" else Fraction(x * (mean - p1), p2 - mean)
        return (p1, p2, mean, x, gain) if all_clean(ans, percent_of(mean, 100 + gain)) else None

    p1, p2, mean, x, gain = draw(rng, attempt)
    sale = percent_of(mean, 100 + gain)
    r1, r2 = p2 - mean, mean - p1
    values: dict[str, Value] = {"p1": p1, "p2": p2, "m": mean, "x": x, "r1": r1, "r2": r2, "s": sale, "g": gain}
    if difficulty == "medium":
        ans = Fraction(x * r2, r1)
        return Draft(
            params={"known": (x, p1), "other_price": p2, "mean": mean},
            answer=ans,
            mistakes=[Fraction(x * r1, r2), Fraction(x), Fraction(x * r2, p2 - p1), Fraction(x * r1, p2 - p1)],
            unit=KG,
            question=Q_ALLIGATION,
            steps=[S_ALLIGATION, S_ALLIGATION_DEARER],
            values=values | {"ans": ans},
        )
    ans = Fraction(x * r1, r2)
    wrong_mean = sale  # alligating with the selling price instead of the cost price
    return Draft(
        params={"known": (x, p2), "other_price": p1, "sale": sale, "gain": gain},
        answer=ans,
        mistakes=[
            Fraction(x * r2, r1),
            x * (p2 - wrong_mean) / (wrong_mean - p1) if p1 < wrong_mean < p2 else Fraction(x),
            Fraction(x),
            Fraction(x * r1, p2 - p1),
        ],
        unit=KG,
        question=Q_ALLIGATION_PROFIT,
        steps=[S_MEAN_COST, S_ALLIGATION, S_ALLIGATION_CHEAPER],
        values=values | {"ans": ans},
    )


Q_ADD_WATER = words(
    "A {v}-litre mixture contains milk and water in the ratio {a}:{b}. How much water must be added to make the "
    "ratio {c}:{d}?",
    "{v} लीटर के एक मिश्रण में दूध और पानी का अनुपात {a}:{b} है। इसमें कितना पानी मिलाया जाए कि यह अनुपात {c}:{d} हो जाए?",
    "Una mezcla de {v} litros contiene leche y agua en la razón {a}:{b}. ¿Cuánta agua hay que añadir para que la "
    "razón sea {c}:{d}?",
)
S_ADD_WATER_PARTS = words(
    "Milk = {v} × {a}/{ab} = {milk} litres; water = {water} litres",
    "दूध = {v} × {a}/{ab} = {milk} लीटर; पानी = {water} लीटर",
    "Leche = {v} × {a}/{ab} = {milk} litros; agua = {water} litros",
)
S_ADD_WATER_NEW = words(
    "The milk does not change, so the water needed = {milk} × {d}/{c} = {new} litres",
    "दूध की मात्रा नहीं बदलती, अतः आवश्यक पानी = {milk} × {d}/{c} = {new} लीटर",
    "La leche no cambia, así que el agua necesaria = {milk} × {d}/{c} = {new} litros",
)
S_ADD_WATER = words(
    "Water to add = {new} − {water} = {ans} litres",
    "मिलाया जाने वाला पानी = {new} − {water} = {ans} लीटर",
    "Agua que hay que añadir = {new} − {water} = {ans} litros",
)
Q_REPLACE = words(
    "A container holds {v} litres of milk. {x} litres are taken out and replaced with water, and this is done {n} "
    "times in all. ",
    "एक बर्तन में {v} लीटर दूध है। इसमें से {x} लीटर दूध निकालकर उतना ही पानी मिला दिया जाता है। यह प्रक्रिया कुल {n} बार "
    "की जाती है। ",
    "Un recipiente contiene {v} litros de leche. Se sacan {x} litros y se reemplazan con agua, y esto se hace {n} "
    "veces en total. ",
)
S_REPLACE_FRACTION = words(
    "Each time, the fraction of milk that stays is ({v} − {x})/{v} = {f}",
    "हर बार दूध का ({v} − {x})/{v} = {f} भाग बचता है",
    "Cada vez queda la fracción ({v} − {x})/{v} = {f} de la leche",
)
Q_REPLACE_ASK = {
    "milk": words(
        "How much milk is left in the container?", "बर्तन में कितना दूध बचा है?", "¿Cuánta leche queda en el recipiente?"
    ),
    "water": words(
        "How much water is in the container now?", "अब बर्तन में कितना पानी है?", "¿Cuánta agua hay ahora en el recipiente?"
    ),
}
S_REPLACE_WATER = words(
    "Water = {v} − {left} = {ans} litres",
    "पानी = {v} − {left} = {ans} लीटर",
    "Agua = {v} − {left} = {ans} litros",
)
S_REPLACE_ROUND = words(
    "After round {i}: {before} × {f} = {after} litres",
    "{i} बार के बाद: {before} × {f} = {after} लीटर",
    "Tras la vez {i}: {before} × {f} = {after} litros",
)


def milk_and_water(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int, int, int, int] | None:
            a, b = rng.randint(2, 9), rng.randint(1, 6)
            c, d = rng.randint(1, 9), rng.randint(1, 9)
            if math.gcd(a, b) != 1 or math.gcd(c, d) != 1 or Fraction(d, c) <= Fraction(b, a):
                return None
            v = (a + b) * rng.randint(2, 20)
            milk = Fraction(v * a, a + b)
            return (v, a, b, c, d) if all_clean(milk * d / c) and milk * d / c - v * b / (a + b) <= 3 * v else None

        v, a, b, c, d = draw(rng, attempt_easy)
        milk, water = Fraction(v * a, a + b), Fraction(v * b, a + b)
        new = milk * d / c
        ans = new - water
        return Draft(
            params={"volume": v, "ratio": (a, b), "target": (c, d)},
            answer=ans,
            mistakes=[new, Fraction(v * d, c + d) - water, Fraction(v * d, c) - water, ans * 2],
            unit=LITRES,
            question=Q_ADD_WATER,
            steps=[S_ADD_WATER_PARTS, S_ADD_WATER_NEW, S_ADD_WATER],
            values={
                "v": v,
                "a": a,
                "b": b,
                "c": c,
                "d": d,
                "ab": a + b,
                "milk": milk,
                "water": water,
                "new": new,
                "ans": ans,
            },
        )
    times = 2 if difficulty == "medium" else 3

    def attempt() -> tuple[int, int] | None:
        v = 5 * rng.randint(2, 100)
        x = rng.randint(1, v // 4)
        left = Fraction(v)
        for _ in range(times):
            left = left * (v - x) / v
            if not is_clean(left):
                return None
        return v, x

    v, x = draw(rng, attempt)
    ask = rng.choice(("milk", "water"))
    f = Fraction(v - x, v)
    steps: list[Text] = [S_REPLACE_FRACTION]
    left = Fraction(v)
    for i in range(1, times + 1):
        steps.append(render(S_REPLACE_ROUND, {"i": i, "before": left, "f": fmt_fraction(f), "after": left * f}))
        left *= f
    mistakes = [Fraction(v - times * x), left / f, left * f, Fraction(v - x)]
    if ask == "water":
        steps.append(S_REPLACE_WATER)
        mistakes = [left, *(v - mistake for mistake in mistakes)]
    return Draft(
        params={"volume": v, "removed": x, "times": times, "ask": ask},
        answer=left if ask == "milk" else v - left,
        mistakes=mistakes,
        unit=LITRES,
        question={language: Q_REPLACE[language] + Q_REPLACE_ASK[ask][language] for language in Q_REPLACE},
        steps=steps,
        values={"v": v, "x": x, "n": times, "f": fmt_fraction(f), "left": left, "ans": v - left},
    )


def solve_mixtures(params: Params) -> Fraction:
    if "lots" in params:
        lots = params["lots"]
        return Fraction(sum(w * p for w, p in lots), sum(w for w, _ in lots))
    if "known" in params:
        weight, price = params["known"]
        mean = Fraction(params["mean"]) if "mean" in params else Fraction(params["sale"]) * 100 / (100 + params["gain"])
        return weight * (mean - price) / (params["other_price"] - mean)
    v = Fraction(params["volume"])
    if "ratio" in params:
        (a, b), (c, d) = params["ratio"], params["target"]
        return v * a / (a + b) * d / c - v * b / (a + b)
    left = v * (1 - params["removed"] / v) ** params["times"]
    return left if params["ask"] == "milk" else v - left


# ---------------------------------------------------------------- ages

Q_SUM_DIFF = words(
    "The sum of the present ages of {A} and {B} is {s} years, and {A} is {d} years older than {B}. What is {A}'s "
    "present age?",
    "{A} और {B} की वर्तमान आयु का योग {s} वर्ष है और {A} की आयु {B} की आयु से {d} वर्ष अधिक है। {A} की वर्तमान आयु क्या है?",
    "La suma de las edades actuales de {A} y {B} es {s} años, y {A} tiene {d} años más que {B}. ¿Qué edad tiene {A} "
    "ahora?",
)
S_SUM_DIFF = words(
    "{A}'s age = (sum + difference) ÷ 2 = ({s} + {d}) ÷ 2 = {ans} years",
    "{A} की आयु = (योग + अंतर) ÷ 2 = ({s} + {d}) ÷ 2 = {ans} वर्ष",
    "Edad de {A} = (suma + diferencia) ÷ 2 = ({s} + {d}) ÷ 2 = {ans} años",
)
Q_SUM_TIMES_AGO = words(
    "The sum of the present ages of {A} and {B} is {s} years. {n} years ago, {A} was {k} times as old as {B}. What is "
    "{A}'s present age?",
    "{A} और {B} की वर्तमान आयु का योग {s} वर्ष है। {n} वर्ष पहले {A} की आयु {B} की आयु की {k} गुनी थी। {A} की वर्तमान आयु क्या है?",
    "La suma de las edades actuales de {A} y {B} es {s} años. Hace {n} años, {A} tenía {k} veces la edad de {B}. ¿Qué "
    "edad tiene {A} ahora?",
)
S_AGO_SETUP = words(
    "Let {B}'s age {n} years ago be x; then {A}'s was {k}x.",
    "मान लीजिए {n} वर्ष पहले {B} की आयु x थी; तब {A} की आयु {k}x थी।",
    "Sea x la edad de {B} hace {n} años; entonces la de {A} era {k}x.",
)
S_AGO_SOLVE = words(
    "Now: (x + {n}) + ({k}x + {n}) = {s}, so {k1}x = {rest} and x = {x}",
    "अब: (x + {n}) + ({k}x + {n}) = {s}, अतः {k1}x = {rest} और x = {x}",
    "Ahora: (x + {n}) + ({k}x + {n}) = {s}, así que {k1}x = {rest} y x = {x}",
)
S_AGO_RESULT = words(
    "{A}'s present age = {k} × {x} + {n} = {ans} years",
    "{A} की वर्तमान आयु = {k} × {x} + {n} = {ans} वर्ष",
    "Edad actual de {A} = {k} × {x} + {n} = {ans} años",
)
Q_THREE_AGES = words(
    "The average age of {A}, {B} and {C} is {avg} years. {A} is {d1} years older than {B}, and {B} is {d2} years "
    "older than {C}. How old is {C}?",
    "{A}, {B} और {C} की औसत आयु {avg} वर्ष है। {A} की आयु {B} की आयु से {d1} वर्ष अधिक है और {B} की आयु {C} की आयु से "
    "{d2} वर्ष अधिक है। {C} की आयु कितनी है?",
    "La edad promedio de {A}, {B} y {C} es {avg} años. {A} tiene {d1} años más que {B}, y {B} tiene {d2} años más que "
    "{C}. ¿Qué edad tiene {C}?",
)
S_THREE_TOTAL = words(
    "Total of the three ages = 3 × {avg} = {tot}",
    "तीनों की आयु का योग = 3 × {avg} = {tot}",
    "Suma de las tres edades = 3 × {avg} = {tot}",
)
S_THREE_SETUP = words(
    "Let {C}'s age be x: x + (x + {d2}) + (x + {d2} + {d1}) = 3x + {extra} = {tot}",
    "मान लीजिए {C} की आयु x है: x + (x + {d2}) + (x + {d2} + {d1}) = 3x + {extra} = {tot}",
    "Sea x la edad de {C}: x + (x + {d2}) + (x + {d2} + {d1}) = 3x + {extra} = {tot}",
)
S_THREE_RESULT = words(
    "x = ({tot} − {extra}) ÷ 3 = {ans} years",
    "x = ({tot} − {extra}) ÷ 3 = {ans} वर्ष",
    "x = ({tot} − {extra}) ÷ 3 = {ans} años",
)


def ages_sum(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 3)
    who: dict[str, Value] = {"A": group[0], "B": group[1], "C": group[2]}
    if difficulty == "easy":
        b, d = rng.randint(5, 50), rng.randint(1, 30)
        a = b + d
        return Draft(
            params={"total": a + b, "difference": d},
            answer=Fraction(a),
            mistakes=[Fraction(b), Fraction(a + b, 2), Fraction(a + d), Fraction(2 * b)],
            unit=YEARS,
            question=Q_SUM_DIFF,
            steps=[S_SUM_DIFF],
            values=who | {"s": a + b, "d": d, "ans": a},
        )
    if difficulty == "medium":
        x, k, n = rng.randint(2, 20), rng.randint(2, 4), rng.randint(2, 15)
        a, b = k * x + n, x + n
        return Draft(
            params={"total": a + b, "years_ago": n, "times": k},
            answer=Fraction(a),
            mistakes=[Fraction(b), Fraction(k * x), Fraction(k * b), Fraction(a + n)],
            unit=YEARS,
            question=Q_SUM_TIMES_AGO,
            steps=[S_AGO_SETUP, S_AGO_SOLVE, S_AGO_RESULT],
            values=who | {"s": a + b, "n": n, "k": k, "k1": k + 1, "rest": a + b - 2 * n, "x": x, "ans": a},
        )

    def attempt() -> tuple[int, int, int] | None:
        c, d1, d2 = rng.randint(3, 40), rng.randint(1, 12), rng.randint(1, 12)
        return (c, d1, d2) if (3 * c + d1 + 2 * d2) % 3 == 0 else None

    c, d1, d2 = draw(rng, attempt)
    total = 3 * c + d1 + 2 * d2
    return Draft(
        params={"average": total // 3, "gaps": (d1, d2)},
        answer=Fraction(c),
        mistakes=[Fraction(total // 3 - d2), Fraction(c + d2), Fraction(total // 3 - d1 - d2), Fraction(c + d1 + d2)],
        unit=YEARS,
        question=Q_THREE_AGES,
        steps=[S_THREE_TOTAL, S_THREE_SETUP, S_THREE_RESULT],
        values=who | {"avg": total // 3, "tot": total, "d1": d1, "d2": d2, "extra": d1 + 2 * d2, "ans": c},
    )


Q_RATIO_SUM_LATER = words(
    "The ratio of the present ages of {A} and {B} is {a}:{b}, and the sum of their ages is {s} years. What will "
    "{A}'s age be after {n} years?",
    "{A} और {B} की वर्तमान आयु का अनुपात {a}:{b} है और उनकी आयु का योग {s} वर्ष है। {n} वर्ष बाद {A} की आयु क्या होगी?",
    "La razón entre las edades actuales de {A} y {B} es {a}:{b}, y la suma de sus edades es {s} años. ¿Qué edad "
    "tendrá {A} dentro de {n} años?",
)
S_RATIO_NOW = words(
    "{A}'s present age = {s} × {a}/{ab} = {now} years",
    "{A} की वर्तमान आयु = {s} × {a}/{ab} = {now} वर्ष",
    "Edad actual de {A} = {s} × {a}/{ab} = {now} años",
)
S_RATIO_LATER = words(
    "After {n} years: {now} + {n} = {ans} years",
    "{n} वर्ष बाद: {now} + {n} = {ans} वर्ष",
    "Dentro de {n} años: {now} + {n} = {ans} años",
)
Q_RATIO_AFTER = words(
    "The present ages of {A} and {B} are in the ratio {a}:{b}. After {n} years the ratio will be {c}:{d}. What is "
    "{A}'s present age?",
    "{A} और {B} की वर्तमान आयु का अनुपात {a}:{b} है। {n} वर्ष बाद यह अनुपात {c}:{d} हो जाएगा। {A} की वर्तमान आयु क्या है?",
    "Las edades actuales de {A} y {B} están en la razón {a}:{b}. Dentro de {n} años la razón será {c}:{d}. ¿Qué edad "
    "tiene {A} ahora?",
)
S_RATIO_AFTER_SETUP = words(
    "Let the present ages be {ax} and {bx}: ({ax} + {n}) : ({bx} + {n}) = {c} : {d}",
    "मान लीजिए वर्तमान आयु {ax} और {bx} है: ({ax} + {n}) : ({bx} + {n}) = {c} : {d}",
    "Sean las edades actuales {ax} y {bx}: ({ax} + {n}) : ({bx} + {n}) = {c} : {d}",
)
S_RATIO_SOLVE = words(
    "Cross-multiplying: {d}({ax} + {n}) = {c}({bx} + {n}), so {coefx} = {rhs} and x = {x}",
    "वज्र-गुणन से: {d}({ax} + {n}) = {c}({bx} + {n}), अतः {coefx} = {rhs} और x = {x}",
    "Multiplicando en cruz: {d}({ax} + {n}) = {c}({bx} + {n}), así que {coefx} = {rhs} y x = {x}",
)
S_RATIO_AFTER_RESULT = words(
    "{A}'s present age = {a} × {x} = {ans} years",
    "{A} की वर्तमान आयु = {a} × {x} = {ans} वर्ष",
    "Edad actual de {A} = {a} × {x} = {ans} años",
)
Q_RATIO_AGO_LATER = words(
    "{n} years ago, the ratio of the ages of {A} and {B} was {a}:{b}. {m} years from now it will be {c}:{d}. What is "
    "the sum of their present ages?",
    "{n} वर्ष पहले {A} और {B} की आयु का अनुपात {a}:{b} था। अब से {m} वर्ष बाद यह अनुपात {c}:{d} होगा। उनकी वर्तमान आयु "
    "का योग क्या है?",
    "Hace {n} años, la razón entre las edades de {A} y {B} era {a}:{b}. Dentro de {m} años será {c}:{d}. ¿Cuál es la "
    "suma de sus edades actuales?",
)
S_AGO_LATER_SETUP = words(
    "Let their ages {n} years ago be {ax} and {bx}; {e} years after that they are {ax} + {e} and {bx} + {e}.",
    "मान लीजिए {n} वर्ष पहले उनकी आयु {ax} और {bx} थी; उसके {e} वर्ष बाद आयु {ax} + {e} और {bx} + {e} होगी।",
    "Sean {ax} y {bx} sus edades hace {n} años; {e} años después son {ax} + {e} y {bx} + {e}.",
)
S_AGO_LATER_SOLVE = words(
    "{d}({ax} + {e}) = {c}({bx} + {e}), so {coefx} = {rhs} and x = {x}",
    "{d}({ax} + {e}) = {c}({bx} + {e}), अतः {coefx} = {rhs} और x = {x}",
    "{d}({ax} + {e}) = {c}({bx} + {e}), así que {coefx} = {rhs} y x = {x}",
)
S_AGO_LATER_RESULT = words(
    "Present ages: {a} × {x} + {n} = {pa} and {b} × {x} + {n} = {pb}; sum = {ans} years",
    "वर्तमान आयु: {a} × {x} + {n} = {pa} और {b} × {x} + {n} = {pb}; योग = {ans} वर्ष",
    "Edades actuales: {a} × {x} + {n} = {pa} y {b} × {x} + {n} = {pb}; suma = {ans} años",
)


def ages_ratio(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 2)
    who: dict[str, Value] = {"A": group[0], "B": group[1]}
    if difficulty == "easy":
        a, b = coprime_pair(rng, 1, 9)
        if rng.random() < 0.5:
            a, b = b, a
        x, n = rng.randint(2, 12), rng.randint(2, 15)
        s, now = (a + b) * x, a * x
        return Draft(
            params={"ratio": (a, b), "total": s, "after": n},
            answer=Fraction(now + n),
            mistakes=[Fraction(now), Fraction(b * x + n), Fraction(now + 2 * n), Fraction(s * a, a + b + n)],
            unit=YEARS,
            question=Q_RATIO_SUM_LATER,
            steps=[S_RATIO_NOW, S_RATIO_LATER],
            values=who | {"a": a, "b": b, "ab": a + b, "s": s, "n": n, "now": now, "ans": now + n},
        )
    if difficulty == "medium":
        a, b, x, n, c, d = changed_ratio(rng, 1)
        ans = Fraction(a * x)
        return Draft(
            params={"ratio": (a, b), "after": n, "new_ratio": (c, d)},
            answer=ans,
            mistakes=[Fraction(b * x), Fraction(x), Fraction(a * x + n), Fraction(c * x)],
            unit=YEARS,
            question=Q_RATIO_AFTER,
            steps=[S_RATIO_AFTER_SETUP, S_RATIO_SOLVE, S_RATIO_AFTER_RESULT],
            values=who
            | {"a": a, "b": b, "c": c, "d": d, "n": n, "x": x, "rhs": n * (d - c), "ans": ans}
            | {"ax": term(a, "x"), "bx": term(b, "x"), "coefx": term(b * c - a * d, "x")},
        )

    def attempt() -> tuple[int, int, int, int, int, int, int] | None:
        a, b, x, e, c, d = changed_ratio(rng, 1)
        if e < 4:
            return None
        n = rng.randint(2, e - 2)  # at least 2 years each way, so no "1 years"
        return a, b, x, n, e - n, c, d

    a, b, x, n, m, c, d = draw(rng, attempt)
    e = n + m
    pa, pb = a * x + n, b * x + n
    return Draft(
        params={"ratio_ago": (a, b), "ago": n, "ratio_later": (c, d), "later": m},
        answer=Fraction(pa + pb),
        mistakes=[Fraction((a + b) * x), Fraction(pa + pb + 2 * m), Fraction(pa), Fraction((a + b) * x + n)],
        unit=YEARS,
        question=Q_RATIO_AGO_LATER,
        steps=[S_AGO_LATER_SETUP, S_AGO_LATER_SOLVE, S_AGO_LATER_RESULT],
        values=who
        | {
            "a": a,
            "b": b,
            "c": c,
            "d": d,
            "n": n,
            "m": m,
            "e": e,
            "x": x,
            "ax": term(a, "x"),
            "bx": term(b, "x"),
            "coefx": term(b * c - a * d, "x"),
            "rhs": e * (d - c),
            "pa": pa,
            "pb": pb,
            "ans": pa + pb,
        },
    )


FAMILIES: tuple[dict[str, dict[str, str]], ...] = (
    {
        "en": {
            "a_parent": "A father",
            "parent": "the father",
            "poss_child": "his son",
            "child": "the son",
            "of_parent": "the father's",
            "of_child": "the son's",
        },
        "hi": {
            "a_parent": "पिता",
            "parent": "पिता",
            "poss_child": "पुत्र",
            "child": "पुत्र",
            "of_parent": "पिता की",
            "of_child": "पुत्र की",
        },
        "es": {
            "a_parent": "Un padre",
            "parent": "el padre",
            "poss_child": "su hijo",
            "child": "el hijo",
            "of_parent": "del padre",
            "of_child": "del hijo",
        },
    },
    {
        "en": {
            "a_parent": "A mother",
            "parent": "the mother",
            "poss_child": "her daughter",
            "child": "the daughter",
            "of_parent": "the mother's",
            "of_child": "the daughter's",
        },
        "hi": {
            "a_parent": "माँ",
            "parent": "माँ",
            "poss_child": "पुत्री",
            "child": "पुत्री",
            "of_parent": "माँ की",
            "of_child": "पुत्री की",
        },
        "es": {
            "a_parent": "Una madre",
            "parent": "la madre",
            "poss_child": "su hija",
            "child": "la hija",
            "of_parent": "de la madre",
            "of_child": "de la hija",
        },
    },
    {
        "en": {
            "a_parent": "A father",
            "parent": "the father",
            "poss_child": "his daughter",
            "child": "the daughter",
            "of_parent": "the father's",
            "of_child": "the daughter's",
        },
        "hi": {
            "a_parent": "पिता",
            "parent": "पिता",
            "poss_child": "पुत्री",
            "child": "पुत्री",
            "of_parent": "पिता की",
            "of_child": "पुत्री की",
        },
        "es": {
            "a_parent": "Un padre",
            "parent": "el padre",
            "poss_child": "su hija",
            "child": "la hija",
            "of_parent": "del padre",
            "of_child": "de la hija",
        },
    },
    {
        "en": {
            "a_parent": "A mother",
            "parent": "the mother",
            "poss_child": "her son",
            "child": "the son",
            "of_parent": "the mother's",
            "of_child": "the son's",
        },
        "hi": {
            "a_parent": "माँ",
            "parent": "माँ",
            "poss_child": "पुत्र",
            "child": "पुत्र",
            "of_parent": "माँ की",
            "of_child": "पुत्र की",
        },
        "es": {
            "a_parent": "Una madre",
            "parent": "la madre",
            "poss_child": "su hijo",
            "child": "el hijo",
            "of_parent": "de la madre",
            "of_child": "del hijo",
        },
    },
)
Q_TIMES_SUM = words(
    "{a_parent} is {k} times as old as {poss_child}. The sum of their ages is {s} years. How old is {child}?",
    "{of_parent} आयु {of_child} आयु की {k} गुनी है। दोनों की आयु का योग {s} वर्ष है। {of_child} आयु कितनी है?",
    "{a_parent} tiene {k} veces la edad de {poss_child}. La suma de sus edades es {s} años. ¿Qué edad tiene {child}?",
)
S_TIMES_SETUP = words(
    "Let {of_child} age be x; then {of_parent} age is {k}x.",
    "मान लीजिए {of_child} आयु x है; तब {of_parent} आयु {k}x है।",
    "Sea x la edad {of_child}; entonces la edad {of_parent} es {k}x.",
)
S_TIMES_SUM = words(
    "x + {k}x = {s}, so x = {s} ÷ {k1} = {ans} years",
    "x + {k}x = {s}, अतः x = {s} ÷ {k1} = {ans} वर्ष",
    "x + {k}x = {s}, así que x = {s} ÷ {k1} = {ans} años",
)
Q_TIMES_LATER = words(
    "{a_parent} is now {k} times as old as {poss_child}. After {n} years, {parent} will be {j} times as old as "
    "{child}. What is {of_child} present age?",
    "{of_parent} वर्तमान आयु {of_child} आयु की {k} गुनी है। {n} वर्ष बाद {of_parent} आयु {of_child} आयु की {j} गुनी "
    "होगी। {of_child} वर्तमान आयु क्या है?",
    "{a_parent} tiene ahora {k} veces la edad de {poss_child}. Dentro de {n} años tendrá {j} veces la edad {of_child}. "
    "¿Qué edad tiene {child} ahora?",
)
S_TIMES_LATER = words(
    "After {n} years: {k}x + {n} = {j}(x + {n}), so {kjx} = {rhs} and x = {ans} years",
    "{n} वर्ष बाद: {k}x + {n} = {j}(x + {n}), अतः {kjx} = {rhs} और x = {ans} वर्ष",
    "Dentro de {n} años: {k}x + {n} = {j}(x + {n}), así que {kjx} = {rhs} y x = {ans} años",
)
Q_TIMES_AGO_LATER = words(
    "{m} years ago, {parent} was {k} times as old as {child}. After {n} years, {parent} will be {j} times as old as "
    "{child}. What is {of_parent} present age?",
    "{m} वर्ष पहले {of_parent} आयु {of_child} आयु की {k} गुनी थी। {n} वर्ष बाद {of_parent} आयु {of_child} आयु की {j} "
    "गुनी होगी। {of_parent} वर्तमान आयु क्या है?",
    "Hace {m} años, {parent} tenía {k} veces la edad {of_child}. Dentro de {n} años, {parent} tendrá {j} veces la edad "
    "{of_child}. ¿Qué edad tiene {parent} ahora?",
)
S_TIMES_AGO_SETUP = words(
    "Let {of_child} age {m} years ago be y; then {of_parent} age was {k}y.",
    "मान लीजिए {m} वर्ष पहले {of_child} आयु y थी; तब {of_parent} आयु {k}y थी।",
    "Sea y la edad {of_child} hace {m} años; entonces la edad {of_parent} era {k}y.",
)
S_TIMES_AGO_SOLVE = words(
    "{e} years after that: {k}y + {e} = {j}(y + {e}), so {kjy} = {rhs} and y = {y}",
    "उसके {e} वर्ष बाद: {k}y + {e} = {j}(y + {e}), अतः {kjy} = {rhs} और y = {y}",
    "{e} años después: {k}y + {e} = {j}(y + {e}), así que {kjy} = {rhs} e y = {y}",
)
S_TIMES_AGO_RESULT = words(
    "Present age of {parent} = {k} × {y} + {m} = {ans} years",
    "{of_parent} वर्तमान आयु = {k} × {y} + {m} = {ans} वर्ष",
    "Edad actual {of_parent} = {k} × {y} + {m} = {ans} años",
)


def parent_and_child(difficulty: str, rng: random.Random) -> Draft:
    family = rng.choice(FAMILIES)
    roles: dict[str, Value] = {key: {language: family[language][key] for language in family} for key in family["en"]}
    if difficulty == "easy":
        x, k = rng.randint(3, 25), rng.randint(2, 6)
        return Draft(
            params={"times": k, "total": (k + 1) * x},
            answer=Fraction(x),
            mistakes=[Fraction(k * x), Fraction((k + 1) * x, k), Fraction((k + 1) * x, 2), Fraction(x + k)],
            unit=YEARS,
            question=Q_TIMES_SUM,
            steps=[S_TIMES_SETUP, S_TIMES_SUM],
            values=roles | {"k": k, "k1": k + 1, "s": (k + 1) * x, "ans": x},
        )
    if difficulty == "medium":

        def attempt_medium() -> tuple[int, int, int, int] | None:
            x, k, n = rng.randint(3, 20), rng.randint(3, 7), rng.randint(2, 20)
            j = Fraction(k * x + n, x + n)
            return (x, k, n, int(j)) if j.denominator == 1 and 1 < j < k else None

        x, k, n, j = draw(rng, attempt_medium)
        return Draft(
            params={"times_now": k, "after": n, "times_later": j},
            answer=Fraction(x),
            mistakes=[Fraction(k * x), Fraction(x + n), Fraction(n * (j + 1), k - j), Fraction(n * j, k - j)],
            unit=YEARS,
            question=Q_TIMES_LATER,
            steps=[S_TIMES_SETUP, S_TIMES_LATER],
            values=roles | {"k": k, "n": n, "j": j, "kjx": term(k - j, "x"), "rhs": n * (j - 1), "ans": x},
        )

    def attempt() -> tuple[int, int, int, int, int] | None:
        y, k, m, n = rng.randint(2, 15), rng.randint(3, 8), rng.randint(2, 10), rng.randint(2, 15)
        e = m + n
        j = Fraction(k * y + e, y + e)
        return (y, k, m, n, int(j)) if j.denominator == 1 and 1 < j < k else None

    y, k, m, n, j = draw(rng, attempt)
    e = m + n
    ans = Fraction(k * y + m)
    return Draft(
        params={"ago": m, "times_ago": k, "after": n, "times_later": j},
        answer=ans,
        mistakes=[Fraction(y + m), Fraction(k * y), Fraction(k * y + e), Fraction(k * (y + m))],
        unit=YEARS,
        question=Q_TIMES_AGO_LATER,
        steps=[S_TIMES_AGO_SETUP, S_TIMES_AGO_SOLVE, S_TIMES_AGO_RESULT],
        values=roles
        | {"m": m, "n": n, "k": k, "j": j, "e": e, "kjy": term(k - j, "y"), "rhs": e * (j - 1), "y": y, "ans": ans},
    )


def solve_ages(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "ages_sum":
        if "difference" in params:
            return Fraction(params["total"] + params["difference"], 2)
        if "times" in params:
            n, k = params["years_ago"], params["times"]
            return k * Fraction(params["total"] - 2 * n, k + 1) + n
        d1, d2 = params["gaps"]
        return Fraction(3 * params["average"] - d1 - 2 * d2, 3)
    if shape == "ages_ratio":
        if "total" in params:
            a, b = params["ratio"]
            return Fraction(params["total"] * a, a + b) + params["after"]
        if "after" in params:
            (a, b), (c, d) = params["ratio"], params["new_ratio"]
            return a * _ratio_k(a, b, c, d, params["after"])
        (a, b), (c, d) = params["ratio_ago"], params["ratio_later"]
        x = _ratio_k(a, b, c, d, params["ago"] + params["later"])
        return (a + b) * x + 2 * params["ago"]
    if "total" in params:
        return Fraction(params["total"], params["times"] + 1)
    if "times_now" in params:
        k, j, n = params["times_now"], params["times_later"], params["after"]
        return Fraction(n * (j - 1), k - j)
    k, j, e = params["times_ago"], params["times_later"], params["ago"] + params["after"]
    return k * Fraction(e * (j - 1), k - j) + params["ago"]


SHAPES: dict[str, dict[str, Shape]] = {
    "ratio_proportion": {"share": share, "proportional": proportional, "numbers": numbers_in_ratio},
    "averages": {"mean_of": mean_of, "changed_average": changed_average, "batsman": batsman},
    "mixtures": {"rice": rice_mixture, "milk_water": milk_and_water},
    "ages": {"ages_sum": ages_sum, "ages_ratio": ages_ratio, "parent_child": parent_and_child},
}
SOLVERS = {
    "ratio_proportion": solve_ratio,
    "averages": solve_averages,
    "mixtures": solve_mixtures,
    "ages": solve_ages,
}
