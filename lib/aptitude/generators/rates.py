"""Rate questions: time and work, time, speed and distance.

Work rates are fractions of the job per day and are shown as fractions ("1/12 + 1/18 = 5/36"), because that is
how the method is taught; only the answers have to be clean decimals.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from lib.aptitude.generators.common import (
    DAYS,
    HOURS,
    KM,
    KMPH,
    MONEY,
    SECONDS,
    Draft,
    Params,
    Shape,
    Text,
    Value,
    draw,
    fmt_fraction,
    is_clean,
    names,
    words,
)
from lib.aptitude.generators.proportion import people


def _sum_of_rates(days: tuple[int, ...]) -> Fraction:
    return sum((Fraction(1, day) for day in days), Fraction(0))


def _rates_text(days: tuple[int, ...]) -> str:
    return " + ".join(f"1/{day}" for day in days)


# ---------------------------------------------------------------- time and work

Q_TOGETHER_2 = words(
    "{A} can finish a piece of work in {a} days and {B} can finish it in {b} days. In how many days can they finish "
    "it working together?",
    "{A} को किसी काम को पूरा करने में {a} दिन लगते हैं और {B} को {b} दिन। दोनों मिलकर वह काम कितने दिनों में पूरा करेंगे?",
    "{A} puede terminar un trabajo en {a} días y {B} puede terminarlo en {b} días. ¿En cuántos días lo terminan "
    "trabajando juntos?",
)
Q_TOGETHER_3 = words(
    "{A}, {B} and {C} can finish a piece of work alone in {a}, {b} and {c} days respectively. In how many days can "
    "they finish it together?",
    "{A}, {B} और {C} को अकेले किसी काम को पूरा करने में क्रमशः {a}, {b} और {c} दिन लगते हैं। तीनों मिलकर वह काम कितने "
    "दिनों में पूरा करेंगे?",
    "{A}, {B} y {C} pueden terminar un trabajo por separado en {a}, {b} y {c} días, respectivamente. ¿En cuántos días "
    "lo terminan trabajando juntos?",
)
S_TOGETHER_RATE = words(
    "Work done together in one day = {rates} = {sum}",
    "एक दिन में मिलकर किया गया काम = {rates} = {sum}",
    "Trabajo hecho juntos en un día = {rates} = {sum}",
)
S_TOGETHER_TIME = words(
    "Time = 1 ÷ {sum} = {ans} days",
    "समय = 1 ÷ {sum} = {ans} दिन",
    "Tiempo = 1 ÷ {sum} = {ans} días",
)
Q_ALONE = words(
    "{A} and {B} together can finish a piece of work in {x} days; {A} alone can finish it in {a} days. In how many "
    "days can {B} alone finish it?",
    "{A} और {B} मिलकर किसी काम को {x} दिनों में पूरा कर सकते हैं; {A} को अकेले वह काम पूरा करने में {a} दिन लगते हैं। "
    "{B} को अकेले वह काम पूरा करने में कितने दिन लगेंगे?",
    "{A} y {B} juntos pueden terminar un trabajo en {x} días; {A} lo termina por su cuenta en {a} días. ¿En cuántos "
    "días lo termina {B} por su cuenta?",
)
S_ALONE_RATE = words(
    "{B}'s work in one day = 1/{x} − 1/{a} = {diff}",
    "{B} का एक दिन का काम = 1/{x} − 1/{a} = {diff}",
    "Trabajo de {B} en un día = 1/{x} − 1/{a} = {diff}",
)
S_ALONE_TIME = words(
    "{B} alone takes 1 ÷ {diff} = {ans} days",
    "{B} को अकेले 1 ÷ {diff} = {ans} दिन लगेंगे",
    "{B} por su cuenta tarda 1 ÷ {diff} = {ans} días",
)


def together(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 3)
    who: dict[str, Value] = {"A": group[0], "B": group[1], "C": group[2]}
    if difficulty == "hard":

        def attempt_hard() -> tuple[int, int, Fraction] | None:
            x, a = rng.randint(3, 30), rng.randint(5, 60)
            ans = 1 / (Fraction(1, x) - Fraction(1, a)) if a > x else Fraction(0)
            return (x, a, ans) if a > x and is_clean(ans) and ans <= 4 * x else None

        x, a, ans = draw(rng, attempt_hard)
        diff = 1 / ans
        return Draft(
            params={"together": x, "alone": (a,)},
            answer=ans,
            mistakes=[Fraction(a - x), Fraction(a * x, a + x), Fraction(a + x, 2), Fraction(2 * x)],
            unit=DAYS,
            question=Q_ALONE,
            steps=[S_ALONE_RATE, S_ALONE_TIME],
            values=who | {"x": x, "a": a, "diff": fmt_fraction(diff), "ans": ans},
        )
    count = 2 if difficulty == "easy" else 3

    def attempt() -> tuple[int, ...] | None:
        days = tuple(rng.randint(3, 40 if count == 2 else 60) for _ in range(count))
        return days if len(set(days)) == count and is_clean(1 / _sum_of_rates(days)) else None

    days = draw(rng, attempt)
    rate = _sum_of_rates(days)
    ans = 1 / rate
    return Draft(
        params={"alone": days},
        answer=ans,
        mistakes=[Fraction(sum(days), count), Fraction(sum(days)), Fraction(min(days), count), ans * 2],
        unit=DAYS,
        question=Q_TOGETHER_2 if count == 2 else Q_TOGETHER_3,
        steps=[S_TOGETHER_RATE, S_TOGETHER_TIME],
        values=who
        | dict(zip("abc", days, strict=False))
        | {"rates": _rates_text(days), "sum": fmt_fraction(rate), "ans": ans},
    )


Q_FINISH_REST = words(
    "{A} can finish a piece of work in {a} days. {A} works on it for {k} days, and then {B} finishes the rest in {m} "
    "days. In how many days could {B} alone do the whole work?",
    "{A} को किसी काम को पूरा करने में {a} दिन लगते हैं। {A} ने {k} दिन काम किया और बाकी काम {B} ने {m} दिनों में पूरा "
    "किया। {B} को अकेले पूरा काम करने में कितने दिन लगेंगे?",
    "{A} puede terminar un trabajo en {a} días. Trabaja {k} días y luego {B} termina el resto en {m} días. ¿En cuántos "
    "días haría {B} todo el trabajo por su cuenta?",
)
S_FINISH_DONE = words(
    "{A} does {k}/{a} of the work, so {rest} of it is left",
    "{A} ने {k}/{a} काम किया, अतः {rest} काम बचा",
    "{A} hace {k}/{a} del trabajo, así que queda {rest}",
)
S_FINISH_WHOLE = words(
    "{B} does {rest} of the work in {m} days, so the whole work takes {m} ÷ {rest} = {ans} days",
    "{B} ने {rest} काम {m} दिनों में किया, अतः पूरे काम में {m} ÷ {rest} = {ans} दिन लगेंगे",
    "{B} hace {rest} del trabajo en {m} días, así que todo el trabajo le lleva {m} ÷ {rest} = {ans} días",
)
Q_LEAVES = words(
    "{A} and {B} can do a piece of work in {a} and {b} days respectively. They work together for {k} days, and then "
    "{A} leaves. In how many days will {B} finish the remaining work?",
    "{A} और {B} को किसी काम को पूरा करने में क्रमशः {a} और {b} दिन लगते हैं। दोनों ने {k} दिन साथ मिलकर काम किया, फिर {A} "
    "ने काम छोड़ दिया। बचा हुआ काम पूरा करने में {B} को कितने दिन लगेंगे?",
    "{A} y {B} pueden hacer un trabajo en {a} y {b} días, respectivamente. Trabajan juntos {k} días y luego {A} se "
    "retira. ¿En cuántos días terminará {B} el trabajo restante?",
)
Q_LEAVES_3 = words(
    "{A}, {B} and {C} can do a piece of work in {a}, {b} and {c} days respectively. All three work together for {k} "
    "days; then {A} leaves, and {B} and {C} finish the work. How many days does the whole work take?",
    "{A}, {B} और {C} को किसी काम को पूरा करने में क्रमशः {a}, {b} और {c} दिन लगते हैं। तीनों ने {k} दिन साथ मिलकर काम "
    "किया, फिर {A} ने काम छोड़ दिया और बाकी काम {B} और {C} ने पूरा किया। पूरा काम कितने दिनों में समाप्त हुआ?",
    "{A}, {B} y {C} pueden hacer un trabajo en {a}, {b} y {c} días, respectivamente. Los tres trabajan juntos {k} "
    "días; luego {A} se retira, y {B} y {C} terminan el trabajo. ¿Cuántos días lleva el trabajo completo?",
)
S_LEAVES_DONE = words(
    "Together they do {rates} = {all} of the work per day; in {k} days: {k} × {all} = {done}",
    "सब मिलकर एक दिन में {rates} = {all} काम करते हैं; {k} दिनों में: {k} × {all} = {done}",
    "Juntos hacen {rates} = {all} del trabajo por día; en {k} días: {k} × {all} = {done}",
)
S_LEAVES_REST = words(
    "Work left = 1 − {done} = {rest}",
    "बचा हुआ काम = 1 − {done} = {rest}",
    "Trabajo restante = 1 − {done} = {rest}",
)
S_LEAVES_ONE = words(
    "{B} needs {rest} × {b} = {ans} days",
    "{B} को {rest} × {b} = {ans} दिन लगेंगे",
    "{B} necesita {rest} × {b} = {ans} días",
)
S_LEAVES_TWO = words(
    "{B} and {C} do {later_rates} = {pair} per day, so they need {rest} ÷ {pair} = {later} days",
    "{B} और {C} एक दिन में {later_rates} = {pair} काम करते हैं, अतः उन्हें {rest} ÷ {pair} = {later} दिन लगते हैं",
    "{B} y {C} hacen {later_rates} = {pair} por día, así que necesitan {rest} ÷ {pair} = {later} días",
)
S_LEAVES_TOTAL = words(
    "Total = {k} + {later} = {ans} days",
    "कुल समय = {k} + {later} = {ans} दिन",
    "Total = {k} + {later} = {ans} días",
)


def someone_leaves(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 3)
    who: dict[str, Value] = {"A": group[0], "B": group[1], "C": group[2]}
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int, int, Fraction] | None:
            a, k, m = rng.randint(6, 40), rng.randint(2, 20), rng.randint(2, 40)
            ans = Fraction(m * a, a - k) if k < a else Fraction(0)
            return (a, k, m, ans) if k < a and is_clean(ans) and ans != m else None

        a, k, m, ans = draw(rng, attempt_easy)
        rest = 1 - Fraction(k, a)
        return Draft(
            params={"alone": a, "worked": k, "rest_days": m},
            answer=ans,
            mistakes=[Fraction(m + k), Fraction(m * a, k), m * rest, Fraction(a - k + m)],
            unit=DAYS,
            question=Q_FINISH_REST,
            steps=[S_FINISH_DONE, S_FINISH_WHOLE],
            values=who | {"a": a, "k": k, "m": m, "rest": fmt_fraction(rest), "ans": ans},
        )
    count = 2 if difficulty == "medium" else 3

    def attempt() -> tuple[tuple[int, ...], int, Fraction] | None:
        days = tuple(rng.randint(4, 40) for _ in range(count))
        k = rng.randint(1, 10)
        rest = 1 - k * _sum_of_rates(days)
        if rest <= 0 or len(set(days)) < count:
            return None
        later = rest / _sum_of_rates(days[1:])
        readable = _sum_of_rates(days).denominator <= 300 and later >= 1  # no 607/4968-style fractions
        return (days, k, later) if is_clean(later) and readable else None

    days, k, later = draw(rng, attempt)
    rate = _sum_of_rates(days)
    done = k * rate
    rest = 1 - done
    values: dict[str, Value] = who | dict(zip("abc", days, strict=False))
    values |= {
        "k": k,
        "rates": _rates_text(days),
        "all": fmt_fraction(rate),
        "done": fmt_fraction(done),
        "rest": fmt_fraction(rest),
        "later_rates": _rates_text(days[1:]),
        "pair": fmt_fraction(_sum_of_rates(days[1:])),
        "later": later,
    }
    if count == 2:
        return Draft(
            params={"alone": days, "together_days": k, "ask": "rest"},
            answer=later,
            mistakes=[Fraction(days[1] - k), rest * days[0], later + k, Fraction(days[1]) * (1 - Fraction(k, days[1]))],
            unit=DAYS,
            question=Q_LEAVES,
            steps=[S_LEAVES_DONE, S_LEAVES_REST, S_LEAVES_ONE],
            values=values | {"ans": later},
        )
    ans = k + later
    return Draft(
        params={"alone": days, "together_days": k, "ask": "total"},
        answer=ans,
        mistakes=[later, k + rest * days[1], k + rest * days[2], 1 / rate],
        unit=DAYS,
        question=Q_LEAVES_3,
        steps=[S_LEAVES_DONE, S_LEAVES_REST, S_LEAVES_TWO, S_LEAVES_TOTAL],
        values=values | {"ans": ans},
    )


Q_WAGES = words(
    "{group} can do a piece of work in {days} days respectively. They do it together and are paid ₹{w}. What is "
    "{who}'s share?",
    "{group} को किसी काम को पूरा करने में क्रमशः {days} दिन लगते हैं। वे मिलकर वह काम करते हैं और उन्हें ₹{w} मिलते हैं। "
    "{who} का हिस्सा कितना है?",
    "{group} pueden hacer un trabajo en {days} días, respectivamente. Lo hacen juntos y reciben ₹{w}. ¿Cuánto le "
    "corresponde a {who}?",
)
S_WAGES_RATIO = words(
    "Pay is shared in the ratio of work done per day: {rates_ratio} = {ratio}",
    "मज़दूरी एक दिन के काम के अनुपात में बँटती है: {rates_ratio} = {ratio}",
    "El pago se reparte en la razón del trabajo diario: {rates_ratio} = {ratio}",
)
S_WAGES_SHARE = words(
    "{who}'s share = ₹{w} × {part}/{terms} = ₹{ans}",
    "{who} का हिस्सा = ₹{w} × {part}/{terms} = ₹{ans}",
    "Parte de {who} = ₹{w} × {part}/{terms} = ₹{ans}",
)
Q_HELPER = words(
    "{A} and {B} can do a piece of work in {a} and {b} days respectively. With the help of {C}, they finish it in {c} "
    "days and are paid ₹{w}. What is {C}'s share?",
    "{A} और {B} को किसी काम को पूरा करने में क्रमशः {a} और {b} दिन लगते हैं। {C} की सहायता से वे वह काम {c} दिनों में "
    "पूरा कर लेते हैं और उन्हें ₹{w} मिलते हैं। {C} का हिस्सा कितना है?",
    "{A} y {B} pueden hacer un trabajo en {a} y {b} días, respectivamente. Con la ayuda de {C}, lo terminan en {c} "
    "días y reciben ₹{w}. ¿Cuánto le corresponde a {C}?",
)
S_HELPER_PARTS = words(
    "In {c} days, {A} does {c}/{a} of the work and {B} does {c}/{b}",
    "{c} दिनों में {A} ने {c}/{a} काम किया और {B} ने {c}/{b}",
    "En {c} días, {A} hace {c}/{a} del trabajo y {B} hace {c}/{b}",
)
S_HELPER_REST = words(
    "{C} does 1 − {c}/{a} − {c}/{b} = {part} of the work",
    "{C} ने 1 − {c}/{a} − {c}/{b} = {part} काम किया",
    "{C} hace 1 − {c}/{a} − {c}/{b} = {part} del trabajo",
)
S_HELPER_SHARE = words(
    "{C}'s share = ₹{w} × {part} = ₹{ans}",
    "{C} का हिस्सा = ₹{w} × {part} = ₹{ans}",
    "Parte de {C} = ₹{w} × {part} = ₹{ans}",
)


def wages(difficulty: str, rng: random.Random) -> Draft:
    group = names(rng, 3)
    if difficulty == "hard":

        def attempt_hard() -> tuple[int, int, int, int, Fraction] | None:
            a, b, c = rng.randint(6, 40), rng.randint(6, 40), rng.randint(2, 12)
            part = 1 - Fraction(c, a) - Fraction(c, b)
            w = 100 * rng.randint(5, 200)
            return (a, b, c, w, part) if part > 0 and is_clean(w * part) else None

        a, b, c, w, part = draw(rng, attempt_hard)
        ans = w * part
        return Draft(
            params={"alone": (a, b), "together_days": c, "pay": w},
            answer=ans,
            mistakes=[Fraction(w, 3), w * Fraction(c, a), w * Fraction(c, b), w - ans * 2],
            unit=MONEY,
            question=Q_HELPER,
            steps=[S_HELPER_PARTS, S_HELPER_REST, S_HELPER_SHARE],
            values={"A": group[0], "B": group[1], "C": group[2], "a": a, "b": b, "c": c, "w": w}
            | {"part": fmt_fraction(part), "ans": ans},
        )
    count = 2 if difficulty == "easy" else 3
    days = tuple(sorted(rng.sample(range(4, 41), count)))
    lcm = math.lcm(*days)
    terms = tuple(lcm // day for day in days)
    common = math.gcd(*terms)
    terms = tuple(term // common for term in terms)
    w = sum(terms) * rng.randint(10, 300) * rng.choice((1, 5, 10))
    index = rng.randrange(count)
    ans = Fraction(w * terms[index], sum(terms))
    return Draft(
        params={"alone": days, "pay": w, "who": index},
        answer=ans,
        mistakes=[
            Fraction(w * days[index], sum(days)),
            Fraction(w, count),
            *(Fraction(w * term, sum(terms)) for i, term in enumerate(terms) if i != index),
        ],
        unit=MONEY,
        question=Q_WAGES,
        steps=[S_WAGES_RATIO, S_WAGES_SHARE],
        values={
            "group": people(group[:count]),
            "days": people([{language: str(day) for language in ("en", "hi", "es")} for day in days]),
            "who": group[index],
            "w": w,
            "rates_ratio": " : ".join(f"1/{day}" for day in days),
            "ratio": ":".join(str(term) for term in terms),
            "part": terms[index],
            "terms": sum(terms),
            "ans": ans,
        },
    )


def solve_time_work(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "together":
        if "together" in params:
            return 1 / (Fraction(1, params["together"]) - Fraction(1, params["alone"][0]))
        return 1 / _sum_of_rates(params["alone"])
    if shape == "leaves":
        if "worked" in params:
            a = params["alone"]
            return params["rest_days"] / (1 - Fraction(params["worked"], a))
        days, k = params["alone"], params["together_days"]
        later = (1 - k * _sum_of_rates(days)) / _sum_of_rates(days[1:])
        return later if params["ask"] == "rest" else k + later
    if "together_days" in params:
        a, b = params["alone"]
        c = params["together_days"]
        return params["pay"] * (1 - Fraction(c, a) - Fraction(c, b))
    rates = [Fraction(1, day) for day in params["alone"]]
    return params["pay"] * rates[params["who"]] / sum(rates, Fraction(0))


# ---------------------------------------------------------------- time, speed and distance

Q_TWO_LEGS = words(
    "A car travels for {t1} hours at {s1} km/h and then for {t2} hours at {s2} km/h. What is its average speed for "
    "the whole journey?",
    "एक कार {t1} घंटे {s1} किमी/घंटा की चाल से और फिर {t2} घंटे {s2} किमी/घंटा की चाल से चलती है। पूरी यात्रा में उसकी "
    "औसत चाल क्या है?",
    "Un automóvil viaja {t1} horas a {s1} km/h y luego {t2} horas a {s2} km/h. ¿Cuál es su velocidad media en todo "
    "el trayecto?",
)
S_TWO_LEGS_DISTANCE = words(
    "Distance = {s1} × {t1} + {s2} × {t2} = {d1} + {d2} = {d} km",
    "दूरी = {s1} × {t1} + {s2} × {t2} = {d1} + {d2} = {d} किमी",
    "Distancia = {s1} × {t1} + {s2} × {t2} = {d1} + {d2} = {d} km",
)
S_AVERAGE_SPEED = words(
    "Average speed = total distance ÷ total time = {d} ÷ {t} = {ans} km/h",
    "औसत चाल = कुल दूरी ÷ कुल समय = {d} ÷ {t} = {ans} किमी/घंटा",
    "Velocidad media = distancia total ÷ tiempo total = {d} ÷ {t} = {ans} km/h",
)
Q_THERE_AND_BACK = words(
    "A person goes from one town to another at {s1} km/h and returns at {s2} km/h. What is the average speed for the "
    "whole journey?",
    "एक व्यक्ति एक शहर से दूसरे शहर {s1} किमी/घंटा की चाल से जाता है और {s2} किमी/घंटा की चाल से लौटता है। पूरी यात्रा "
    "में औसत चाल क्या है?",
    "Una persona va de una ciudad a otra a {s1} km/h y regresa a {s2} km/h. ¿Cuál es la velocidad media en todo el "
    "trayecto?",
)
S_HARMONIC = words(
    "For two equal distances, average speed = 2 × {s1} × {s2} ÷ ({s1} + {s2}) = {num} ÷ {den} = {ans} km/h",
    "दो बराबर दूरियों के लिए, औसत चाल = 2 × {s1} × {s2} ÷ ({s1} + {s2}) = {num} ÷ {den} = {ans} किमी/घंटा",
    "Para dos distancias iguales, velocidad media = 2 × {s1} × {s2} ÷ ({s1} + {s2}) = {num} ÷ {den} = {ans} km/h",
)
Q_THREE_STRETCHES = words(
    "A cyclist covers three equal stretches of a road at {s1}, {s2} and {s3} km/h respectively. What is the average "
    "speed for the whole distance?",
    "एक साइकिल सवार सड़क के तीन बराबर हिस्से क्रमशः {s1}, {s2} और {s3} किमी/घंटा की चाल से तय करता है। पूरी दूरी के लिए "
    "औसत चाल क्या है?",
    "Un ciclista recorre tres tramos iguales de una carretera a {s1}, {s2} y {s3} km/h, respectivamente. ¿Cuál es la "
    "velocidad media en toda la distancia?",
)
S_STRETCH_LENGTH = words(
    "Take each stretch as {length} km (the LCM of the speeds)",
    "प्रत्येक हिस्से को {length} किमी मान लीजिए (चालों का ल.स.प.)",
    "Supongamos que cada tramo mide {length} km (el mcm de las velocidades)",
)
S_STRETCH_TIMES = words(
    "Time = {length}/{s1} + {length}/{s2} + {length}/{s3} = {t1} + {t2} + {t3} = {t} hours",
    "समय = {length}/{s1} + {length}/{s2} + {length}/{s3} = {t1} + {t2} + {t3} = {t} घंटे",
    "Tiempo = {length}/{s1} + {length}/{s2} + {length}/{s3} = {t1} + {t2} + {t3} = {t} horas",
)
S_STRETCH_SPEED = words(
    "Average speed = 3 × {length} ÷ {t} = {ans} km/h",
    "औसत चाल = 3 × {length} ÷ {t} = {ans} किमी/घंटा",
    "Velocidad media = 3 × {length} ÷ {t} = {ans} km/h",
)


def average_speed(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int, int, int] | None:
            s1, s2 = rng.sample(range(20, 91, 5), 2)
            t1, t2 = rng.randint(2, 6), rng.randint(2, 6)
            return (s1, t1, s2, t2) if is_clean(Fraction(s1 * t1 + s2 * t2, t1 + t2)) else None

        s1, t1, s2, t2 = draw(rng, attempt_easy)
        d = s1 * t1 + s2 * t2
        ans = Fraction(d, t1 + t2)
        return Draft(
            params={"legs": ((s1, t1), (s2, t2))},
            answer=ans,
            mistakes=[Fraction(s1 + s2, 2), Fraction(2 * s1 * s2, s1 + s2), Fraction(s1 * t2 + s2 * t1, t1 + t2)],
            unit=KMPH,
            question=Q_TWO_LEGS,
            steps=[S_TWO_LEGS_DISTANCE, S_AVERAGE_SPEED],
            values={"s1": s1, "t1": t1, "s2": s2, "t2": t2, "d1": s1 * t1, "d2": s2 * t2, "d": d, "t": t1 + t2}
            | {"ans": ans},
        )
    if difficulty == "medium":

        def attempt_medium() -> tuple[int, int] | None:
            s1, s2 = rng.sample(range(10, 121), 2)
            return (s1, s2) if is_clean(Fraction(2 * s1 * s2, s1 + s2)) else None

        s1, s2 = draw(rng, attempt_medium)
        ans = Fraction(2 * s1 * s2, s1 + s2)
        return Draft(
            params={"equal_legs": (s1, s2)},
            answer=ans,
            mistakes=[Fraction(s1 + s2, 2), Fraction(s1 * s2, s1 + s2), Fraction(abs(s1 - s2)), Fraction(s1 + s2)],
            unit=KMPH,
            question=Q_THERE_AND_BACK,
            steps=[S_HARMONIC],
            values={"s1": s1, "s2": s2, "num": 2 * s1 * s2, "den": s1 + s2, "ans": ans},
        )

    def attempt() -> tuple[int, ...] | None:
        speeds = tuple(rng.sample(range(6, 61), 3))
        total = sum((Fraction(1, s) for s in speeds), Fraction(0))
        return speeds if math.lcm(*speeds) <= 600 and is_clean(3 / total) else None

    speeds = draw(rng, attempt)
    length = math.lcm(*speeds)
    times = [length // s for s in speeds]
    ans = Fraction(3 * length, sum(times))
    return Draft(
        params={"equal_legs": speeds},
        answer=ans,
        mistakes=[Fraction(sum(speeds), 3), Fraction(2 * speeds[0] * speeds[1], speeds[0] + speeds[1]), ans + 1],
        unit=KMPH,
        question=Q_THREE_STRETCHES,
        steps=[S_STRETCH_LENGTH, S_STRETCH_TIMES, S_STRETCH_SPEED],
        values={f"s{i + 1}": s for i, s in enumerate(speeds)}
        | {f"t{i + 1}": t for i, t in enumerate(times)}
        | {"length": length, "t": sum(times), "ans": ans},
    )


Q_POLE = words(
    "A train {L} m long runs at {s} km/h. How long does it take to pass a pole?",
    "{L} मीटर लंबी एक रेलगाड़ी {s} किमी/घंटा की चाल से चल रही है। वह एक खंभे को कितने समय में पार करेगी?",
    "Un tren de {L} m de largo va a {s} km/h. ¿Cuánto tarda en pasar un poste?",
)
Q_PLATFORM = words(
    "A train {L} m long running at {s} km/h crosses a platform {P} m long. How long does it take?",
    "{s} किमी/घंटा की चाल से चल रही {L} मीटर लंबी एक रेलगाड़ी {P} मीटर लंबे प्लेटफ़ॉर्म को कितने समय में पार करेगी?",
    "Un tren de {L} m de largo que va a {s} km/h cruza un andén de {P} m. ¿Cuánto tarda?",
)
Q_TWO_TRAINS = {
    False: words(
        "Two trains {L} m and {P} m long run on parallel tracks in opposite directions at {s} km/h and {s2} km/h. "
        "How long do they take to cross each other?",
        "{L} मीटर और {P} मीटर लंबी दो रेलगाड़ियाँ समानांतर पटरियों पर विपरीत दिशाओं में {s} किमी/घंटा और {s2} किमी/घंटा की "
        "चाल से चल रही हैं। वे एक-दूसरे को कितने समय में पार करेंगी?",
        "Dos trenes de {L} m y {P} m de largo circulan por vías paralelas en sentidos opuestos a {s} km/h y {s2} km/h. "
        "¿Cuánto tardan en cruzarse?",
    ),
    True: words(
        "Two trains {L} m and {P} m long run on parallel tracks in the same direction at {s} km/h and {s2} km/h. How "
        "long does the faster train take to pass the slower one?",
        "{L} मीटर और {P} मीटर लंबी दो रेलगाड़ियाँ समानांतर पटरियों पर एक ही दिशा में {s} किमी/घंटा और {s2} किमी/घंटा की "
        "चाल से चल रही हैं। तेज़ रेलगाड़ी धीमी रेलगाड़ी को कितने समय में पार करेगी?",
        "Dos trenes de {L} m y {P} m de largo circulan por vías paralelas en el mismo sentido a {s} km/h y {s2} km/h. "
        "¿Cuánto tarda el tren más rápido en adelantar al más lento?",
    ),
}
S_TRAIN_DISTANCE = words(
    "Distance to cover = {L} + {P} = {D} m",
    "तय की जाने वाली दूरी = {L} + {P} = {D} मीटर",
    "Distancia que recorrer = {L} + {P} = {D} m",
)
S_TRAIN_SPEED = words(
    "Speed = {s} × 5/18 = {v} m/s",
    "चाल = {s} × 5/18 = {v} मीटर/सेकंड",
    "Velocidad = {s} × 5/18 = {v} m/s",
)
S_RELATIVE_SPEED = words(
    "Relative speed = {s} {op} {s2} = {rel} km/h = {rel} × 5/18 = {v} m/s",
    "सापेक्ष चाल = {s} {op} {s2} = {rel} किमी/घंटा = {rel} × 5/18 = {v} मीटर/सेकंड",
    "Velocidad relativa = {s} {op} {s2} = {rel} km/h = {rel} × 5/18 = {v} m/s",
)
S_TRAIN_TIME = words(
    "Time = {D} ÷ {v} = {ans} seconds",
    "समय = {D} ÷ {v} = {ans} सेकंड",
    "Tiempo = {D} ÷ {v} = {ans} segundos",
)


def train(difficulty: str, rng: random.Random) -> Draft:
    def attempt() -> tuple[tuple[int, ...], tuple[int, ...], bool] | None:
        same = rng.random() < 0.5
        if difficulty == "easy":
            lengths: tuple[int, ...] = (10 * rng.randint(6, 40),)
            speeds: tuple[int, ...] = (9 * rng.randint(4, 14),)
        elif difficulty == "medium":
            lengths, speeds = (10 * rng.randint(6, 40), 10 * rng.randint(5, 60)), (9 * rng.randint(4, 14),)
        else:
            lengths = (10 * rng.randint(6, 40), 10 * rng.randint(6, 40))
            speeds = tuple(sorted(rng.sample(range(27, 127, 9), 2), reverse=True))
        relative = (speeds[0] - speeds[1] if same else speeds[0] + speeds[1]) if len(speeds) == 2 else speeds[0]
        time = Fraction(sum(lengths) * 18, relative * 5)
        return (lengths, speeds, same) if is_clean(time) else None

    lengths, speeds, same = draw(rng, attempt)
    distance = sum(lengths)
    relative = (speeds[0] - speeds[1] if same else speeds[0] + speeds[1]) if len(speeds) == 2 else speeds[0]
    v = Fraction(relative * 5, 18)
    ans = distance / v
    values: dict[str, Value] = {"L": lengths[0], "P": lengths[-1], "D": distance, "s": speeds[0], "v": v, "ans": ans}
    if len(speeds) == 2:
        other = speeds[0] + speeds[1] if same else speeds[0] - speeds[1]
        return Draft(
            params={"lengths": lengths, "speeds": speeds, "same_direction": same},
            answer=ans,
            mistakes=[distance / Fraction(other * 5, 18), lengths[0] / v, Fraction(distance, relative), lengths[1] / v],
            unit=SECONDS,
            question=Q_TWO_TRAINS[same],
            steps=[S_RELATIVE_SPEED, S_TRAIN_DISTANCE, S_TRAIN_TIME],
            values=values | {"s2": speeds[1], "op": "−" if same else "+", "rel": relative},
        )
    steps: list[Text] = (
        [S_TRAIN_SPEED, S_TRAIN_TIME] if len(lengths) == 1 else [S_TRAIN_DISTANCE, S_TRAIN_SPEED, S_TRAIN_TIME]
    )
    return Draft(
        params={"lengths": lengths, "speeds": speeds, "same_direction": False},
        answer=ans,
        mistakes=[
            lengths[0] / v,
            Fraction(distance, speeds[0]),
            distance / Fraction(speeds[0] * 18, 5),
            lengths[-1] / v,
        ],
        unit=SECONDS,
        question=Q_POLE if len(lengths) == 1 else Q_PLATFORM,
        steps=steps,
        values=values,
    )


Q_NEW_SPEED = words(
    "A car covers a distance in {t} hours at {s1} km/h. How long will it take to cover the same distance at {s2} km/h?",
    "एक कार {s1} किमी/घंटा की चाल से कोई दूरी {t} घंटे में तय करती है। उसी दूरी को {s2} किमी/घंटा की चाल से तय करने में "
    "कितना समय लगेगा?",
    "Un automóvil recorre una distancia en {t} horas a {s1} km/h. ¿Cuánto tardará en recorrer la misma distancia a "
    "{s2} km/h?",
)
S_NEW_SPEED_DISTANCE = words(
    "Distance = {s1} × {t} = {d} km",
    "दूरी = {s1} × {t} = {d} किमी",
    "Distancia = {s1} × {t} = {d} km",
)
S_NEW_SPEED_TIME = words(
    "Time = {d} ÷ {s2} = {ans} hours",
    "समय = {d} ÷ {s2} = {ans} घंटे",
    "Tiempo = {d} ÷ {s2} = {ans} horas",
)
Q_LATE_EARLY = words(
    "Walking at {s1} km/h, a student reaches school {m1} minutes late; walking at {s2} km/h, the student reaches "
    "{m2} minutes early. How far is the school?",
    "{s1} किमी/घंटा की चाल से चलने पर एक विद्यार्थी स्कूल {m1} मिनट देर से पहुँचता है और {s2} किमी/घंटा की चाल से चलने "
    "पर {m2} मिनट पहले पहुँच जाता है। स्कूल कितनी दूर है?",
    "Caminando a {s1} km/h, un estudiante llega a la escuela {m1} minutos tarde; caminando a {s2} km/h, llega {m2} "
    "minutos antes. ¿A qué distancia está la escuela?",
)
Q_LATE_LATE = words(
    "Travelling at {s1} km/h, a bus reaches its destination {m1} minutes late; at {s2} km/h, it is only {m2} minutes "
    "late. How far is the destination?",
    "{s1} किमी/घंटा की चाल से चलने पर एक बस अपने गंतव्य पर {m1} मिनट देर से पहुँचती है और {s2} किमी/घंटा की चाल से चलने "
    "पर केवल {m2} मिनट देर से। गंतव्य कितनी दूर है?",
    "Yendo a {s1} km/h, un autobús llega a su destino {m1} minutos tarde; yendo a {s2} km/h, llega solo {m2} minutos "
    "tarde. ¿A qué distancia está el destino?",
)
S_GAP = words(
    "The two travel times differ by {gap_text} = {gap} minutes = {hours} hours",
    "दोनों यात्रा-समयों का अंतर {gap_text} = {gap} मिनट = {hours} घंटे है",
    "Los dos tiempos de viaje difieren en {gap_text} = {gap} minutos = {hours} horas",
)
S_GAP_DISTANCE = words(
    "d/{s1} − d/{s2} = {hours}, so d = {hours} × {s1} × {s2} ÷ ({s2} − {s1}) = {ans} km",
    "d/{s1} − d/{s2} = {hours}, अतः d = {hours} × {s1} × {s2} ÷ ({s2} − {s1}) = {ans} किमी",
    "d/{s1} − d/{s2} = {hours}, así que d = {hours} × {s1} × {s2} ÷ ({s2} − {s1}) = {ans} km",
)


def journey(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int, int] | None:
            s1, s2 = rng.sample(range(20, 101, 5), 2)
            t = rng.randint(2, 9)
            return (s1, s2, t) if is_clean(Fraction(s1 * t, s2)) else None

        s1, s2, t = draw(rng, attempt_easy)
        ans = Fraction(s1 * t, s2)
        return Draft(
            params={"speed": s1, "hours": t, "new_speed": s2},
            answer=ans,
            mistakes=[Fraction(s2 * t, s1), Fraction(s1 * t), Fraction(s1 * t, s2 - s1) if s2 > s1 else ans + 1],
            unit=HOURS,
            question=Q_NEW_SPEED,
            steps=[S_NEW_SPEED_DISTANCE, S_NEW_SPEED_TIME],
            values={"s1": s1, "s2": s2, "t": t, "d": s1 * t, "ans": ans},
        )
    late_both = difficulty == "hard"

    def attempt() -> tuple[int, int, int, int, Fraction] | None:
        s1 = rng.randint(2, 10) if not late_both else rng.randint(20, 60)
        s2 = s1 + rng.randint(1, 5 if not late_both else 30)
        m1, m2 = rng.randint(2, 30), rng.randint(2, 30)
        if late_both and m2 >= m1:
            return None
        gap = m1 - m2 if late_both else m1 + m2
        d = Fraction(gap * s1 * s2, 60 * (s2 - s1))
        low, high = (20, 400) if late_both else (1, 20)
        return (s1, s2, m1, m2, d) if is_clean(d) and low <= d <= high else None

    s1, s2, m1, m2, ans = draw(rng, attempt)
    gap = m1 - m2 if late_both else m1 + m2
    hours = Fraction(gap, 60)
    wrong_gap = Fraction(m1 + m2 if late_both else abs(m1 - m2), 60)
    return Draft(
        params={"speeds": (s1, s2), "minutes_gap": gap},
        answer=ans,
        mistakes=[
            wrong_gap * s1 * s2 / (s2 - s1),  # adding the minutes instead of subtracting them, or the reverse
            Fraction(gap, 100) * s1 * s2 / (s2 - s1),  # reading 30 minutes as 0.3 hours
            Fraction(gap * s1 * s2, s2 - s1),  # leaving the gap in minutes
            ans * 2,
        ],
        unit=KM,
        question=Q_LATE_LATE if late_both else Q_LATE_EARLY,
        steps=[S_GAP, S_GAP_DISTANCE],
        values={"s1": s1, "s2": s2, "m1": m1, "m2": m2, "gap": gap, "hours": fmt_fraction(hours), "ans": ans}
        | {"gap_text": f"{m1} − {m2}" if late_both else f"{m1} + {m2}"},
    )


def solve_time_speed_distance(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "average_speed":
        if "legs" in params:
            legs = params["legs"]
            return Fraction(sum(s * t for s, t in legs), sum(t for _, t in legs))
        speeds = params["equal_legs"]
        return len(speeds) / sum((Fraction(1, s) for s in speeds), Fraction(0))
    if shape == "train":
        speeds = params["speeds"]
        if len(speeds) == 1:
            relative = speeds[0]
        else:
            relative = abs(speeds[0] - speeds[1]) if params["same_direction"] else speeds[0] + speeds[1]
        return sum(params["lengths"]) / (Fraction(relative) * 5 / 18)
    if "hours" in params:
        return Fraction(params["speed"] * params["hours"], params["new_speed"])
    s1, s2 = params["speeds"]
    return Fraction(params["minutes_gap"], 60) / (Fraction(1, s1) - Fraction(1, s2))


SHAPES: dict[str, dict[str, Shape]] = {
    "time_work": {"together": together, "leaves": someone_leaves, "wages": wages},
    "time_speed_distance": {"average_speed": average_speed, "train": train, "journey": journey},
}
SOLVERS = {"time_work": solve_time_work, "time_speed_distance": solve_time_speed_distance}
