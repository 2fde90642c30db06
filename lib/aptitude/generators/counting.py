"""Counting questions: permutations and combinations, probability.

Counts are computed with the textbook formula (the explanation shows it); `SOLVERS` recomputes them the same
way from the parameters, and the tests recount by brute-force enumeration, which shares no formula with either.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from fractions import Fraction

from lib.aptitude.generators.common import (
    PROBABILITY,
    WHOLE,
    Draft,
    Params,
    Shape,
    Text,
    Unit,
    Value,
    draw,
    fmt_fraction,
    render,
    words,
)
from lib.aptitude.generators.proportion import AND

VOWELS = frozenset("AEIOU")
WORDS = (
    "PLANET",
    "GARDEN",
    "MOTHER",
    "FRIEND",
    "NUMBER",
    "SCHOLAR",
    "LEMON",
    "TIGER",
    "WATER",
    "PLANT",
    "BREAD",
    "CHAIR",
    "TABLE",
    "MANGO",
    "SUGAR",
    "CLOUD",
    "TRAIN",
    "HORSE",
    "MONKEY",
    "FOREST",
    "DANGER",
    "SILVER",
    "WINTER",
    "STORM",
    "BLADE",
    "CANDLE",
    "FLOWER",
    "JUMP",
    "QUICK",
    "BRIGHT",
    "MARKET",
    "POCKET",
    "ORANGE",
    "PENCIL",
    "DOCTOR",
    "ROCKET",
    "STABLE",
    "CABLE",
    "FAIRY",
    "HEART",
    "GLOBE",
    "MOUSE",
    "PILOT",
    "CLEAR",
    "FRAME",
    "SHORT",
    "EQUAL",
    "DRAGON",
    "SKETCH",
    "HUMBLE",
    "LEADER",
    "BANANA",
    "APPLE",
    "LETTER",
    "BALLOON",
    "COFFEE",
    "SUCCESS",
    "PEPPER",
    "ARRANGE",
    "ENGINEER",
    "COMMERCE",
    "BOTTLE",
    "DIGITAL",
    "TOMATO",
    "CHEESE",
    "SCHOOL",
    "GREETING",
    "MESSAGE",
    "ADDRESS",
    "VILLAGE",
    "CORRECT",
    "BUBBLE",
    "PUZZLE",
    "TEACHER",
    "KITTEN",
    "MEETING",
    "BASKET",
    "PARALLEL",
    "NEEDLE",
    "CANNON",
    "SEASON",
    "REFERENCE",
    "LEVEL",
    "RADAR",
    "BETTER",
    "BALANCE",
    "CABBAGE",
    "COLLEGE",
    "GARAGE",
    "LITTLE",
    "MIRROR",
    "PAPER",
    "PEOPLE",
    "SUMMER",
    "DINNER",
    "BUTTER",
    "YELLOW",
    "ACCESS",
    "TATTOO",
    "REVIEW",
    "REPEAT",
    "MANAGER",
    "PATTERN",
    "COOKIE",
    "ATTEND",
    "INSIDE",
    "SETTLE",
    "CIRCLE",
    "RIDDLE",
    "SUDDEN",
    "ELEMENT",
    "ENGAGE",
    "AGENDA",
    "BAZAAR",
    "HAPPEN",
    "TERRACE",
    "STATUS",
    "BREEZE",
    "ANIMAL",
    "CANADA",
    "KERALA",
    "PRINCE",
    "DESK",
    "LAMP",
    "WORLD",
    "MUSIC",
    "BLACK",
    "PLACE",
    "SMART",
    "NIGHT",
    "LIGHT",
    "FRUIT",
    "GRAPE",
    "STONE",
    "PAINT",
    "CLIMB",
    "FOCUS",
    "BRAIN",
    "STUDY",
    "DRINK",
    "HOUSE",
    "CANDY",
    "JUDGE",
    "MOTEL",
    "PUNCH",
)
DISTINCT_WORDS = tuple(word for word in WORDS if len(set(word)) == len(word) and 4 <= len(word) <= 7)
REPEATED_WORDS = tuple(word for word in WORDS if len(set(word)) < len(word) and len(word) <= 8)
VOWEL_WORDS = tuple(word for word in REPEATED_WORDS + DISTINCT_WORDS if sum(ch in VOWELS for ch in word) >= 2)


def ncr(n: int, r: int) -> int:
    return math.comb(n, r)


def npr(n: int, r: int) -> int:
    return math.perm(n, r)


def _arrangements(letters: str) -> int:
    """Distinct orderings of a multiset: n! over the factorial of each repeat count."""
    result = math.factorial(len(letters))
    for count in Counter(letters).values():
        result //= math.factorial(count)
    return result


# ---------------------------------------------------------------- permutations and combinations

Q_WORD = words(
    "In how many different ways can the letters of the word '{w}' be arranged?",
    "शब्द '{w}' के अक्षरों को कितने भिन्न प्रकार से व्यवस्थित किया जा सकता है?",
    "¿De cuántas maneras distintas se pueden ordenar las letras de la palabra '{w}'?",
)
Q_WORD_VOWELS = words(
    "In how many different ways can the letters of the word '{w}' be arranged so that the vowels always come together?",
    "शब्द '{w}' के अक्षरों को कितने भिन्न प्रकार से व्यवस्थित किया जा सकता है कि सभी स्वर सदा एक साथ रहें?",
    "¿De cuántas maneras distintas se pueden ordenar las letras de la palabra '{w}' de modo que las vocales queden "
    "siempre juntas?",
)
S_WORD_DISTINCT = words(
    "The word has {n} different letters, so they can be arranged in {n}! = {ans} ways",
    "शब्द में {n} भिन्न अक्षर हैं, अतः उन्हें {n}! = {ans} प्रकार से व्यवस्थित किया जा सकता है",
    "La palabra tiene {n} letras distintas, así que se pueden ordenar de {n}! = {ans} maneras",
)
S_WORD_REPEATS = words(
    "The word has {n} letters, and some repeat: {repeats}",
    "शब्द में {n} अक्षर हैं, जिनमें कुछ दोहराए गए हैं: {repeats}",
    "La palabra tiene {n} letras y algunas se repiten: {repeats}",
)
S_WORD_DIVIDE = words(
    "Arrangements = {n}! ÷ ({den_text}) = {fact} ÷ {den} = {ans}",
    "व्यवस्थाएँ = {n}! ÷ ({den_text}) = {fact} ÷ {den} = {ans}",
    "Ordenaciones = {n}! ÷ ({den_text}) = {fact} ÷ {den} = {ans}",
)
S_VOWEL_BLOCK = words(
    "Treat the vowels {vowels} as one block: {units} units to arrange in {units}!{cons_den} = {outer} ways",
    "स्वरों {vowels} को एक इकाई मानें: {units} इकाइयों को {units}!{cons_den} = {outer} प्रकार से व्यवस्थित किया जा सकता है",
    "Se toman las vocales {vowels} como un bloque: {units} unidades que se ordenan de {units}!{cons_den} = {outer} "
    "maneras",
)
S_VOWEL_INSIDE = words(
    "Inside the block, the vowels can be arranged in {k}!{vow_den} = {inner} ways",
    "इकाई के भीतर स्वरों को {k}!{vow_den} = {inner} प्रकार से व्यवस्थित किया जा सकता है",
    "Dentro del bloque, las vocales se ordenan de {k}!{vow_den} = {inner} maneras",
)
S_PRODUCT = words("Total = {a} × {b} = {ans}", "कुल = {a} × {b} = {ans}", "Total = {a} × {b} = {ans}")
TIMES = words("{letter} {count} times", "{letter} {count} बार", "{letter} {count} veces")


def _repeat_divisor(letters: str) -> tuple[str, int]:
    """(' ÷ (2! × 2!)', 4) for the repeated letters, or ('', 1) when every letter is different."""
    counts = [count for count in Counter(letters).values() if count > 1]
    if not counts:
        return "", 1
    text = " × ".join(f"{count}!" for count in counts)
    return f" ÷ ({text})" if len(counts) > 1 else f" ÷ {text}", math.prod(math.factorial(count) for count in counts)


def word_arrangements(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "hard":
        word = rng.choice(VOWEL_WORDS)
        vowels = "".join(sorted(ch for ch in word if ch in VOWELS))
        consonants = "".join(ch for ch in word if ch not in VOWELS)
        units = len(consonants) + 1
        cons_den, cons_value = _repeat_divisor(consonants)
        vow_den, vow_value = _repeat_divisor(vowels)
        outer = math.factorial(units) // cons_value
        inner = math.factorial(len(vowels)) // vow_value
        ans = outer * inner
        return Draft(
            params={"word": word, "vowels_together": True},
            answer=Fraction(ans),
            mistakes=[Fraction(outer), Fraction(_arrangements(word)), Fraction(outer * math.factorial(len(vowels)))],
            unit=WHOLE,
            question=Q_WORD_VOWELS,
            steps=[S_VOWEL_BLOCK, S_VOWEL_INSIDE, S_PRODUCT],
            values={
                "w": word,
                "vowels": ", ".join(vowels),
                "units": units,
                "cons_den": cons_den,
                "outer": outer,
                "k": len(vowels),
                "vow_den": vow_den,
                "inner": inner,
                "a": outer,
                "b": inner,
                "ans": ans,
            },
        )
    word = rng.choice(DISTINCT_WORDS if difficulty == "easy" else REPEATED_WORDS)
    n, ans = len(word), _arrangements(word)
    fact = math.factorial(n)
    if difficulty == "easy":
        return Draft(
            params={"word": word, "vowels_together": False},
            answer=Fraction(ans),
            mistakes=[Fraction(math.factorial(n - 1)), Fraction(fact // 2), Fraction(n**2), Fraction(fact * 2)],
            unit=WHOLE,
            question=Q_WORD,
            steps=[S_WORD_DISTINCT],
            values={"w": word, "n": n, "ans": ans},
        )
    repeated = [(letter, count) for letter, count in Counter(word).items() if count > 1]
    repeats = {
        language: ", ".join(TIMES[language].format(letter=letter, count=count) for letter, count in repeated)
        for language in TIMES
    }
    den = fact // ans
    return Draft(
        params={"word": word, "vowels_together": False},
        answer=Fraction(ans),
        mistakes=[Fraction(fact), Fraction(fact // math.factorial(max(Counter(word).values()))), Fraction(ans * 2)],
        unit=WHOLE,
        question=Q_WORD,
        steps=[S_WORD_REPEATS, S_WORD_DIVIDE],
        values={
            "w": word,
            "n": n,
            "repeats": repeats,
            "den_text": " × ".join(f"{count}!" for _, count in repeated),
            "fact": fact,
            "den": den,
            "ans": ans,
        },
    )


GROUPS = (
    words("people", "व्यक्तियों", "personas"),
    words("students", "विद्यार्थियों", "estudiantes"),
    words("players", "खिलाड़ियों", "jugadores"),
    words("employees", "कर्मचारियों", "empleados"),
)
Q_CHOOSE = words(
    "In how many ways can a group of {k} be chosen from {n} {who}?",
    "{n} {who} में से {k} का एक समूह कितने प्रकार से चुना जा सकता है?",
    "¿De cuántas maneras se puede elegir un grupo de {k} entre {n} {who}?",
)
S_CHOOSE = words(
    "Order does not matter, so this is C({n}, {k}) = {n}! ÷ ({k}! × {nk}!) = {ans}",
    "क्रम का महत्व नहीं है, अतः यह C({n}, {k}) = {n}! ÷ ({k}! × {nk}!) = {ans} है",
    "El orden no importa, así que es C({n}, {k}) = {n}! ÷ ({k}! × {nk}!) = {ans}",
)
MEN = Unit({"en": ("{n} man", "{n} men"), "hi": ("{n} पुरुष", "{n} पुरुषों"), "es": ("{n} hombre", "{n} hombres")})
WOMEN = Unit({"en": ("{n} woman", "{n} women"), "hi": ("{n} महिला", "{n} महिलाओं"), "es": ("{n} mujer", "{n} mujeres")})
WOMEN_NOMINATIVE = Unit(
    {"en": ("{n} woman", "{n} women"), "hi": ("{n} महिला", "{n} महिलाएँ"), "es": ("{n} mujer", "{n} mujeres")}
)
MEN_NOMINATIVE = Unit({"en": ("{n} man", "{n} men"), "hi": ("{n} पुरुष", "{n} पुरुष"), "es": ("{n} hombre", "{n} hombres")})
Q_COMMITTEE = {
    "exactly": words(
        "A committee of {k} is to be formed from {men} and {women}. In how many ways can this be done if it must "
        "have exactly {need}?",
        "{men} और {women} में से {k} सदस्यों की एक समिति बनानी है। यदि समिति में ठीक {need} होनी चाहिए, तो यह कितने "
        "प्रकार से किया जा सकता है?",
        "Hay que formar un comité de {k} personas con {men} y {women}. ¿De cuántas maneras se puede hacer si debe "
        "tener exactamente {need}?",
    ),
    "at_least": words(
        "A committee of {k} is to be formed from {men} and {women}. In how many ways can this be done if it must "
        "have at least {need}?",
        "{men} और {women} में से {k} सदस्यों की एक समिति बनानी है। यदि समिति में कम से कम {need} होनी चाहिए, तो यह "
        "कितने प्रकार से किया जा सकता है?",
        "Hay que formar un comité de {k} personas con {men} y {women}. ¿De cuántas maneras se puede hacer si debe "
        "tener al menos {need}?",
    ),
}
S_COMMITTEE_CASE = words(
    "{women} and {men}: C({w}, {i}) × C({m}, {km}) = {cw} × {cm} = {ways}",
    "{women} और {men}: C({w}, {i}) × C({m}, {km}) = {cw} × {cm} = {ways}",
    "{women} y {men}: C({w}, {i}) × C({m}, {km}) = {cw} × {cm} = {ways}",
)
S_COMMITTEE_TOTAL = words(
    "Total = {cases} = {ans}",
    "कुल = {cases} = {ans}",
    "Total = {cases} = {ans}",
)


def committee(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        n = rng.randint(5, 20)
        k = rng.randint(2, min(5, n - 2))
        ans = ncr(n, k)
        return Draft(
            params={"people": n, "size": k},
            answer=Fraction(ans),
            mistakes=[Fraction(npr(n, k)), Fraction(ncr(n, k - 1)), Fraction(ncr(n - 1, k)), Fraction(n * k)],
            unit=WHOLE,
            question=Q_CHOOSE,
            steps=[S_CHOOSE],
            values={"n": n, "k": k, "nk": n - k, "who": rng.choice(GROUPS), "ans": ans},
        )
    rule = "exactly" if difficulty == "medium" else "at_least"

    def attempt() -> tuple[int, int, int, int] | None:
        m, w = rng.randint(3, 10), rng.randint(3, 9)
        k = rng.randint(3, 6)
        j = rng.randint(1, min(w, k) - (1 if rule == "at_least" else 0))
        return (m, w, k, j) if k - j <= m and (rule == "exactly" or j < min(w, k)) else None

    m, w, k, j = draw(rng, attempt)
    cases = [i for i in range(j, min(w, k) + 1) if k - i <= m] if rule == "at_least" else [j]
    lines: list[Text] = []
    total = 0
    for i in cases:
        ways = ncr(w, i) * ncr(m, k - i)
        total += ways
        values: dict[str, Value] = {"i": i, "km": k - i, "w": w, "m": m, "cw": ncr(w, i), "cm": ncr(m, k - i)}
        values |= {"women": WOMEN_NOMINATIVE.shown(i), "men": MEN_NOMINATIVE.shown(k - i)}
        lines.append(render(S_COMMITTEE_CASE, values | {"ways": ways}))
    if rule == "at_least":
        case_sum = " + ".join(str(ncr(w, i) * ncr(m, k - i)) for i in cases)
        lines.append(render(S_COMMITTEE_TOTAL, {"cases": case_sum, "ans": total}))
    first = ncr(w, j) * ncr(m, k - j)
    return Draft(
        params={"men": m, "women": w, "size": k, rule: j},
        answer=Fraction(total),
        mistakes=[
            Fraction(ncr(w, j) * ncr(m + w - j, k - j)),
            Fraction(first),
            Fraction(ncr(w, j) + ncr(m, k - j)),
            Fraction(ncr(m + w, k)),
        ],
        unit=WHOLE,
        question=Q_COMMITTEE[rule],
        steps=lines,
        values={"k": k, "men": MEN.shown(m), "women": WOMEN.shown(w), "need": WOMEN_NOMINATIVE.shown(j)},
    )


Q_DIGITS = words(
    "How many {r}-digit numbers can be formed from the digits {digits} if no digit is repeated?",
    "अंकों {digits} से, किसी अंक को दोहराए बिना, {r} अंकों वाली कितनी संख्याएँ बनाई जा सकती हैं?",
    "¿Cuántos números de {r} cifras se pueden formar con los dígitos {digits} sin repetir ningún dígito?",
)
Q_DIGITS_EVEN = words(
    "How many {r}-digit even numbers can be formed from the digits {digits} if no digit is repeated?",
    "अंकों {digits} से, किसी अंक को दोहराए बिना, {r} अंकों वाली कितनी सम संख्याएँ बनाई जा सकती हैं?",
    "¿Cuántos números pares de {r} cifras se pueden formar con los dígitos {digits} sin repetir ningún dígito?",
)
S_DIGITS_FILL = words(
    "Fill the places one after another: {product} = {ans}",
    "स्थानों को एक-एक करके भरें: {product} = {ans}",
    "Se llenan las posiciones una tras otra: {product} = {ans}",
)
S_DIGITS_FIRST = words(
    "The first digit cannot be 0, so it has {n1} choices; the other {r1} places: {product} = {rest}",
    "पहला अंक 0 नहीं हो सकता, अतः उसके {n1} विकल्प हैं; बाकी {r1} स्थान: {product} = {rest}",
    "La primera cifra no puede ser 0, así que tiene {n1} opciones; las otras {r1} posiciones: {product} = {rest}",
)
S_DIGITS_ZERO_LAST = words(
    "Last digit 0: the other {r1} places can be filled in P({n1}, {r1}) = {c1} ways",
    "अंतिम अंक 0: बाकी {r1} स्थान P({n1}, {r1}) = {c1} प्रकार से भरे जा सकते हैं",
    "Última cifra 0: las otras {r1} posiciones se llenan de P({n1}, {r1}) = {c1} maneras",
)
S_DIGITS_EVEN_LAST = words(
    "Last digit {evens} ({e} choices): the first digit cannot be 0 or the last one ({n2} choices), the middle places "
    "P({n2}, {r2}) = {mid}; {e} × {n2} × {mid} = {c2}",
    "अंतिम अंक {evens} ({e} विकल्प): पहला अंक न 0 हो सकता है न अंतिम अंक ({n2} विकल्प), बीच के स्थान P({n2}, {r2}) = {mid}; "
    "{e} × {n2} × {mid} = {c2}",
    "Última cifra {evens} ({e} opciones): la primera no puede ser 0 ni la última ({n2} opciones), las posiciones del "
    "medio P({n2}, {r2}) = {mid}; {e} × {n2} × {mid} = {c2}",
)
S_DIGITS_CASES = words("Total = {c1} + {c2} = {ans}", "कुल = {c1} + {c2} = {ans}", "Total = {c1} + {c2} = {ans}")
OR = words(" or ", " या ", " o ")


def _listing(items: list[str], joiner: dict[str, str]) -> dict[str, str]:
    if len(items) == 1:
        return {language: items[0] for language in joiner}
    return {language: ", ".join(items[:-1]) + joiner[language] + items[-1] for language in joiner}


def _falling(n: int, places: int) -> str:
    return " × ".join(str(n - i) for i in range(places)) if places else "1"


def digit_numbers(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        digits = sorted(rng.sample(range(1, 10), rng.randint(4, 7)))
        r = rng.randint(2, min(4, len(digits)))
        n = len(digits)
        ans = npr(n, r)
        return Draft(
            params={"digits": tuple(digits), "length": r, "even": False},
            answer=Fraction(ans),
            mistakes=[Fraction(n**r), Fraction(ncr(n, r)), Fraction(npr(n, r - 1)), Fraction(npr(n - 1, r))],
            unit=WHOLE,
            question=Q_DIGITS,
            steps=[S_DIGITS_FILL],
            values={"r": r, "digits": _listing([str(d) for d in digits], AND), "product": _falling(n, r), "ans": ans},
        )

    def attempt() -> list[int] | None:
        drawn = sorted([0, *rng.sample(range(1, 10), rng.randint(4, 6))])
        return drawn if difficulty == "medium" or any(d % 2 == 0 for d in drawn if d) else None

    digits = draw(rng, attempt)
    n = len(digits)
    r = rng.randint(3, 4)
    listed = _listing([str(d) for d in digits], AND)
    if difficulty == "medium":
        rest = npr(n - 1, r - 1)
        ans = (n - 1) * rest
        return Draft(
            params={"digits": tuple(digits), "length": r, "even": False},
            answer=Fraction(ans),
            mistakes=[Fraction(npr(n, r)), Fraction(npr(n - 1, r)), Fraction((n - 1) * n ** (r - 1)), Fraction(rest)],
            unit=WHOLE,
            question=Q_DIGITS,
            steps=[S_DIGITS_FIRST, S_PRODUCT],
            values={
                "r": r,
                "digits": listed,
                "n1": n - 1,
                "r1": r - 1,
                "product": _falling(n - 1, r - 1),
                "rest": rest,
                "a": n - 1,
                "b": rest,
                "ans": ans,
            },
        )
    evens = [d for d in digits if d and d % 2 == 0]
    c1 = npr(n - 1, r - 1)
    mid = npr(n - 2, r - 2)
    c2 = len(evens) * (n - 2) * mid
    ans = c1 + c2
    return Draft(
        params={"digits": tuple(digits), "length": r, "even": True},
        answer=Fraction(ans),
        mistakes=[Fraction((len(evens) + 1) * c1), Fraction(c1), Fraction(c2), Fraction(npr(n, r) // 2)],
        unit=WHOLE,
        question=Q_DIGITS_EVEN,
        steps=[S_DIGITS_ZERO_LAST, S_DIGITS_EVEN_LAST, S_DIGITS_CASES],
        values={
            "r": r,
            "digits": listed,
            "n1": n - 1,
            "r1": r - 1,
            "c1": c1,
            "evens": _listing([str(d) for d in evens], OR),
            "e": len(evens),
            "n2": n - 2,
            "r2": r - 2,
            "mid": mid,
            "c2": c2,
            "ans": ans,
        },
    )


def solve_permutations(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "word":
        word = params["word"]
        if not params["vowels_together"]:
            return Fraction(_arrangements(word))
        vowels = "".join(ch for ch in word if ch in VOWELS)
        consonants = "".join(ch for ch in word if ch not in VOWELS)
        return Fraction(_arrangements(consonants + "*") * _arrangements(vowels))
    if shape == "committee":
        if "people" in params:
            return Fraction(ncr(params["people"], params["size"]))
        m, w, k = params["men"], params["women"], params["size"]
        low: int = params["exactly"] if "exactly" in params else params["at_least"]
        high = low if "exactly" in params else min(w, k)
        return Fraction(sum(ncr(w, i) * ncr(m, k - i) for i in range(low, high + 1)))
    digits, r = params["digits"], params["length"]
    n = len(digits)
    if not params["even"]:
        return Fraction(npr(n, r) - (npr(n - 1, r - 1) if 0 in digits else 0))
    evens = sum(1 for d in digits if d % 2 == 0 and d)
    return Fraction(npr(n - 1, r - 1) + evens * (n - 2) * npr(n - 2, r - 2))


# ---------------------------------------------------------------- probability

COLOURS = (
    {"en": ("red", "red"), "hi": ("लाल", "लाल"), "es": ("roja", "rojas")},
    {"en": ("blue", "blue"), "hi": ("नीली", "नीली"), "es": ("azul", "azules")},
    {"en": ("green", "green"), "hi": ("हरी", "हरी"), "es": ("verde", "verdes")},
    {"en": ("white", "white"), "hi": ("सफ़ेद", "सफ़ेद"), "es": ("blanca", "blancas")},
    {"en": ("yellow", "yellow"), "hi": ("पीली", "पीली"), "es": ("amarilla", "amarillas")},
)
Q_BAG = words(
    "A bag contains {n0} {c0}, {n1} {c1} and {n2} {c2} balls. ",
    "एक थैले में {n0} {c0}, {n1} {c1} और {n2} {c2} गेंदें हैं। ",
    "Una bolsa contiene {n0} bolas {c0}, {n1} {c1} y {n2} {c2}. ",
)
Q_ONE_BALL = words(
    "One ball is drawn at random. What is the probability that it is {t}?",
    "यादृच्छिक रूप से एक गेंद निकाली जाती है। उसके {t} होने की प्रायिकता क्या है?",
    "Se saca una bola al azar. ¿Cuál es la probabilidad de que sea {t}?",
)
Q_BOTH_BALLS = words(
    "Two balls are drawn at random without replacement. What is the probability that both are {tp}?",
    "बिना प्रतिस्थापन के यादृच्छिक रूप से दो गेंदें निकाली जाती हैं। दोनों गेंदों के {tp} होने की प्रायिकता क्या है?",
    "Se sacan dos bolas al azar sin reposición. ¿Cuál es la probabilidad de que ambas sean {tp}?",
)
Q_MIXED_BALLS = words(
    "Two balls are drawn at random without replacement. What is the probability that one is {t} and the other is {u}?",
    "बिना प्रतिस्थापन के यादृच्छिक रूप से दो गेंदें निकाली जाती हैं। एक गेंद के {t} और दूसरी के {u} होने की प्रायिकता क्या है?",
    "Se sacan dos bolas al azar sin reposición. ¿Cuál es la probabilidad de que una sea {t} y la otra {u}?",
)
S_BALLS_TOTAL = words(
    "Total balls = {n0} + {n1} + {n2} = {n}",
    "कुल गेंदें = {n0} + {n1} + {n2} = {n}",
    "Total de bolas = {n0} + {n1} + {n2} = {n}",
)
S_ONE_BALL = words("P({t}) = {ratio}", "P({t}) = {ratio}", "P({t}) = {ratio}")
S_PAIRS = words(
    "Ways to choose 2 balls: C({n}, 2) = {cn}",
    "2 गेंदें चुनने के तरीके: C({n}, 2) = {cn}",
    "Maneras de elegir 2 bolas: C({n}, 2) = {cn}",
)
S_BOTH = words(
    "Ways to choose 2 {tp} balls: C({k}, 2) = {fav}",
    "2 {tp} गेंदें चुनने के तरीके: C({k}, 2) = {fav}",
    "Maneras de elegir 2 bolas {tp}: C({k}, 2) = {fav}",
)
S_MIXED = words(
    "Ways to choose one {t} and one {u}: {k} × {l} = {fav}",
    "एक {t} और एक {u} गेंद चुनने के तरीके: {k} × {l} = {fav}",
    "Maneras de elegir una {t} y una {u}: {k} × {l} = {fav}",
)
S_RATIO = words("P = {ratio}", "P = {ratio}", "P = {ratio}")


def ratio_of(favourable: int, total: int) -> str:
    """'8/120 = 1/15', or just '3/55' when the fraction is already in lowest terms."""
    reduced = fmt_fraction(Fraction(favourable, total))
    written = f"{favourable}/{total}"
    return written if written == reduced else f"{written} = {reduced}"


def _colour(colour: dict[str, tuple[str, str]], plural: bool) -> dict[str, str]:
    return {language: forms[1 if plural else 0] for language, forms in colour.items()}


def balls(difficulty: str, rng: random.Random) -> Draft:
    colours = rng.sample(COLOURS, 3)
    counts = tuple(rng.randint(2, 12) for _ in range(3))
    n = sum(counts)
    values: dict[str, Value] = {f"n{i}": count for i, count in enumerate(counts)}
    values |= {f"c{i}": _colour(colour, True) for i, colour in enumerate(colours)} | {"n": n, "cn": ncr(n, 2)}
    i, j = rng.sample(range(3), 2)
    values |= {"t": _colour(colours[i], False), "tp": _colour(colours[i], True), "u": _colour(colours[j], False)}
    values |= {"k": counts[i], "l": counts[j]}
    bag = Q_BAG
    if difficulty == "easy":
        ans = Fraction(counts[i], n)
        return Draft(
            params={"counts": counts, "drawn": 1, "want": (i,)},
            answer=ans,
            mistakes=[Fraction(counts[i], n - counts[i]), 1 - ans, Fraction(counts[i], n + 1), Fraction(1, counts[i])],
            unit=PROBABILITY,
            question={language: bag[language] + Q_ONE_BALL[language] for language in bag},
            steps=[S_BALLS_TOTAL, S_ONE_BALL],
            values=values | {"ratio": ratio_of(counts[i], n)},
        )
    if difficulty == "medium":
        fav = ncr(counts[i], 2)
        ans = Fraction(fav, ncr(n, 2))
        return Draft(
            params={"counts": counts, "drawn": 2, "want": (i, i)},
            answer=ans,
            mistakes=[Fraction(counts[i], n) ** 2, Fraction(counts[i], n), Fraction(fav, n * n), 2 * ans],
            unit=PROBABILITY,
            question={language: bag[language] + Q_BOTH_BALLS[language] for language in bag},
            steps=[S_BALLS_TOTAL, S_PAIRS, S_BOTH, S_RATIO],
            values=values | {"fav": fav, "ratio": ratio_of(fav, ncr(n, 2))},
        )
    fav = counts[i] * counts[j]
    ans = Fraction(fav, ncr(n, 2))
    return Draft(
        params={"counts": counts, "drawn": 2, "want": (i, j)},
        answer=ans,
        mistakes=[
            Fraction(fav, n * n),
            Fraction(fav, n * (n - 1)),
            2 * Fraction(fav, n * n),
            Fraction(counts[i] + counts[j], n),
        ],
        unit=PROBABILITY,
        question={language: bag[language] + Q_MIXED_BALLS[language] for language in bag},
        steps=[S_BALLS_TOTAL, S_PAIRS, S_MIXED, S_RATIO],
        values=values | {"fav": fav, "ratio": ratio_of(fav, ncr(n, 2))},
    )


DICE_EVENTS = {
    "sum_eq": words("the sum of the numbers is {x}", "संख्याओं का योग {x} हो", "la suma de los números sea {x}"),
    "sum_gt": words(
        "the sum of the numbers is greater than {x}",
        "संख्याओं का योग {x} से अधिक हो",
        "la suma de los números sea mayor que {x}",
    ),
    "sum_lt": words(
        "the sum of the numbers is less than {x}",
        "संख्याओं का योग {x} से कम हो",
        "la suma de los números sea menor que {x}",
    ),
    "sum_mult": words(
        "the sum of the numbers is a multiple of {x}",
        "संख्याओं का योग {x} का गुणज हो",
        "la suma de los números sea múltiplo de {x}",
    ),
    "diff_eq": words(
        "the difference of the numbers is {x}", "संख्याओं का अंतर {x} हो", "la diferencia de los números sea {x}"
    ),
    "doublet": words(
        "both dice show the same number", "दोनों पासों पर एक ही संख्या आए", "los dados muestren el mismo número"
    ),
}
Q_DICE = words(
    "{count} fair dice are thrown together. What is the probability that {event}?",
    "{count} निष्पक्ष पासे एक साथ फेंके जाते हैं। इसकी प्रायिकता क्या है कि {event}?",
    "Se lanzan {count} dados a la vez. ¿Cuál es la probabilidad de que {event}?",
)
DICE_COUNT = {2: words("Two", "दो", "dos"), 3: words("Three", "तीन", "tres")}
S_DICE_TOTAL = words(
    "There are 6^{dice} = {total} equally likely outcomes",
    "कुल 6^{dice} = {total} समसंभाव्य परिणाम हैं",
    "Hay 6^{dice} = {total} resultados igualmente probables",
)
BY_TOTAL = words(
    "totals {totals} occur in {parts} = {n} ways",
    "योग {totals} क्रमशः {parts} = {n} प्रकार से आते हैं",
    "las sumas {totals} salen de {parts} = {n} maneras",
)
S_DICE_FAVOURABLE = words(
    "Favourable outcomes: {listing}",
    "अनुकूल परिणाम: {listing}",
    "Resultados favorables: {listing}",
)


def _dice_hit(event: str, x: int, faces: tuple[int, ...]) -> bool:
    total = sum(faces)
    if event == "sum_eq":
        return total == x
    if event == "sum_gt":
        return total > x
    if event == "sum_lt":
        return total < x
    if event == "sum_mult":
        return total % x == 0
    if event == "diff_eq":
        return abs(faces[0] - faces[1]) == x
    return len(set(faces)) == 1


def _outcomes(count: int) -> list[tuple[int, ...]]:
    outcomes: list[tuple[int, ...]] = [()]
    for _ in range(count):
        outcomes = [(*outcome, face) for outcome in outcomes for face in range(1, 7)]
    return outcomes


def dice(difficulty: str, rng: random.Random) -> Draft:
    def attempt() -> tuple[int, str, int] | None:
        count = 3 if difficulty == "hard" else 2
        if difficulty == "easy":
            event = rng.choice(("sum_eq", "sum_eq", "sum_gt", "sum_lt", "diff_eq", "doublet"))
        elif difficulty == "medium":
            event = rng.choice(("sum_gt", "sum_lt", "sum_mult", "diff_eq"))
        else:
            event = rng.choice(("sum_eq", "sum_gt", "sum_lt", "sum_mult"))
        x = {
            "sum_eq": rng.randint(count, 6 * count),
            "sum_gt": rng.randint(count + 1, 6 * count - 2),
            "sum_lt": rng.randint(count + 2, 6 * count - 1),
            "sum_mult": rng.randint(3, 6),
            "diff_eq": rng.randint(0, 5),
            "doublet": 0,
        }[event]
        fav = sum(_dice_hit(event, x, faces) for faces in _outcomes(count))
        return (count, event, x) if 0 < fav < 6**count else None

    count, event, x = draw(rng, attempt)
    hits = [faces for faces in _outcomes(count) if _dice_hit(event, x, faces)]
    total = 6**count
    ans = Fraction(len(hits), total)
    if len(hits) <= 8:
        listing: Value = ", ".join("(" + ", ".join(map(str, faces)) + ")" for faces in hits) + f" = {len(hits)}"
    else:  # too many to list: count them by total, which is how the favourable cases are found by hand
        by_total = Counter(sum(faces) for faces in hits)
        parts = " + ".join(str(by_total[total]) for total in sorted(by_total))
        totals = ", ".join(str(total) for total in sorted(by_total))
        listing = {
            language: text.format(totals=totals, parts=parts, n=len(hits)) for language, text in BY_TOTAL.items()
        }
    event_text = {language: text.format(x=x) for language, text in DICE_EVENTS[event].items()}
    return Draft(
        params={"dice": count, "event": event, "x": x},
        answer=ans,
        mistakes=[
            1 - ans,
            Fraction(len(hits), 5 * count + 1),
            Fraction(len(hits) + 1, total),
            Fraction(len(hits), 6 * count),
        ],
        unit=PROBABILITY,
        question=Q_DICE,
        steps=[S_DICE_TOTAL, S_DICE_FAVOURABLE, S_RATIO],
        values={
            "count": DICE_COUNT[count],
            "dice": count,
            "event": event_text,
            "total": total,
            "listing": listing,
            "ratio": ratio_of(len(hits), total),
        },
    )


HEADS = {
    "exactly": words("exactly {k} {heads}", "ठीक {k} चित", "exactamente {k} {heads}"),
    "at_least": words("at least {k} {heads}", "कम से कम {k} चित", "al menos {k} {heads}"),
    "at_most": words("at most {k} {heads}", "अधिक से अधिक {k} चित", "como máximo {k} {heads}"),
}
Q_COINS = words(
    "{n} fair coins are tossed together. What is the probability of getting {rule}?",
    "{n} निष्पक्ष सिक्के एक साथ उछाले जाते हैं। {rule} आने की प्रायिकता क्या है?",
    "Se lanzan {n} monedas a la vez. ¿Cuál es la probabilidad de obtener {rule}?",
)
S_COINS_TOTAL = words(
    "Total outcomes = 2^{n} = {total}",
    "कुल परिणाम = 2^{n} = {total}",
    "Resultados posibles = 2^{n} = {total}",
)
S_COINS_FAVOURABLE = words(
    "Favourable outcomes = {terms} = {fav}",
    "अनुकूल परिणाम = {terms} = {fav}",
    "Resultados favorables = {terms} = {fav}",
)


def coins(difficulty: str, rng: random.Random) -> Draft:
    n = {"easy": rng.randint(2, 4), "medium": rng.randint(3, 6), "hard": rng.randint(5, 8)}[difficulty]
    rule = rng.choice(("exactly", "at_least", "at_most") if difficulty == "easy" else ("at_least", "at_most"))
    k = rng.randint(1, n - 1)
    heads = range(k, n + 1) if rule == "at_least" else range(0, k + 1) if rule == "at_most" else range(k, k + 1)
    fav = sum(ncr(n, h) for h in heads)
    total = 2**n
    ans = Fraction(fav, total)
    plural = {"en": ("head", "heads"), "es": ("cara", "caras")}
    rule_text = {
        language: text.format(k=k, heads=plural.get(language, ("", ""))[0 if k == 1 else 1])
        for language, text in HEADS[rule].items()
    }
    return Draft(
        params={"coins": n, "rule": rule, "heads": k},
        answer=ans,
        mistakes=[Fraction(k, n), 1 - ans, Fraction(ncr(n, k), total), Fraction(fav, 2 * n), Fraction(fav + 1, total)],
        unit=PROBABILITY,
        question=Q_COINS,
        steps=[S_COINS_TOTAL, S_COINS_FAVOURABLE, S_RATIO],
        values={
            "n": n,
            "rule": rule_text,
            "total": total,
            "terms": " + ".join(f"C({n}, {h})" for h in heads),
            "fav": fav,
            "ratio": ratio_of(fav, total),
        },
    )


def solve_probability(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "balls":
        counts, want = params["counts"], params["want"]
        n = sum(counts)
        if params["drawn"] == 1:
            return Fraction(counts[want[0]], n)
        first, second = want
        favourable = ncr(counts[first], 2) if first == second else counts[first] * counts[second]
        return Fraction(favourable, ncr(n, 2))
    if shape == "dice":
        count = params["dice"]
        hits = sum(_dice_hit(params["event"], params["x"], faces) for faces in _outcomes(count))
        return Fraction(hits, 6**count)
    n, k, rule = params["coins"], params["heads"], params["rule"]
    heads = {"exactly": [k], "at_least": list(range(k, n + 1)), "at_most": list(range(0, k + 1))}[rule]
    return Fraction(sum(ncr(n, h) for h in heads), 2**n)


SHAPES: dict[str, dict[str, Shape]] = {
    "permutations": {"word": word_arrangements, "committee": committee, "digits": digit_numbers},
    "probability": {"balls": balls, "dice": dice, "coins": coins},
}
WEIGHTS: dict[str, dict[str, int]] = {"probability": {"balls": 4, "dice": 1, "coins": 1}}
"""How often each shape comes up; balls have far more distinct versions than dice or coins, so they come up more."""
SOLVERS = {"permutations": solve_permutations, "probability": solve_probability}
