"""Money questions: percentages, profit and loss, simple and compound interest.

Each shape draws parameters that make every shown number exact (at most two decimals), works the answer out
step by step for the explanation, and lists the mistakes candidates typically make as distractors. `SOLVERS`
recomputes the answer from the parameters alone, so the two computations check each other.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from lib.aptitude.generators.common import (
    MONEY,
    PERCENT,
    PLAIN,
    Draft,
    Number,
    Params,
    Shape,
    Text,
    Value,
    all_clean,
    draw,
    fmt,
    fmt_fraction,
    grow,
    is_clean,
    multiplier,
    names,
    percent_of,
    render,
    words,
)

# ---------------------------------------------------------------- percentages

Q_OF = words("What is {x}% of {y}?", "{y} का {x}% कितना है?", "¿Cuánto es el {x}% de {y}?")
S_OF = words(
    "{x}% of {y} = {x}/100 × {y} = {ans}",
    "{y} का {x}% = {x}/100 × {y} = {ans}",
    "El {x}% de {y} = {x}/100 × {y} = {ans}",
)
Q_OF_OF = words("What is {x}% of {y}% of {z}?", "{z} के {y}% का {x}% कितना है?", "¿Cuánto es el {x}% del {y}% de {z}?")
S_OF_OF = words(
    "First, {y}% of {z} = {y}/100 × {z} = {mid}",
    "पहले, {z} का {y}% = {y}/100 × {z} = {mid}",
    "Primero, el {y}% de {z} = {y}/100 × {z} = {mid}",
)
S_OF_THEN = words(
    "Then {x}% of {mid} = {x}/100 × {mid} = {ans}",
    "फिर {mid} का {x}% = {x}/100 × {mid} = {ans}",
    "Después, el {x}% de {mid} = {x}/100 × {mid} = {ans}",
)


def _percent_of_percent(rng: random.Random) -> Draft:
    choices = (10, 15, 20, 25, 30, 40, 50, 60, 75, 80)
    x, y = rng.choice(choices), rng.choice(choices)
    z = 400 * rng.randint(1, 50)
    mid = percent_of(z, y)
    ans = percent_of(mid, x)
    return Draft(
        params={"base": z, "percents": (y, x)},
        answer=ans,
        mistakes=[percent_of(z, x + y), mid, percent_of(z, x), ans * 10],
        unit=PLAIN,
        question=Q_OF_OF,
        steps=[S_OF_OF, S_OF_THEN],
        values={"x": x, "y": y, "z": z, "mid": mid, "ans": ans},
    )


def percentage_of(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "hard":
        return _percent_of_percent(rng)
    if difficulty == "easy":
        x = Fraction(rng.choice((5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80)))
        y = 20 * rng.randint(2, 60)
    else:
        x = Fraction(
            rng.choice(("12", "14", "16", "18", "22", "24", "35", "45", "55", "65", "12.5", "37.5", "17.5", "62.5"))
        )
        y = 8 * rng.randint(15, 300)
    ans = percent_of(y, x)
    return Draft(
        params={"base": y, "percents": (x,)},
        answer=ans,
        mistakes=[ans * 10, y - ans, Fraction(y) * 100 / x, y + ans],
        unit=PLAIN,
        question=Q_OF,
        steps=[S_OF],
        values={"x": x, "y": y, "ans": ans},
    )


Q_SUCCESSIVE = words(
    "The price of an article is ₹{p}. It is first increased by {a}% and then decreased by {b}%. "
    "What is the final price?",
    "एक वस्तु का मूल्य ₹{p} है। इसे पहले {a}% बढ़ाया जाता है और फिर {b}% घटाया जाता है। अंतिम मूल्य क्या है?",
    "El precio de un artículo es ₹{p}. Primero aumenta un {a}% y después baja un {b}%. ¿Cuál es el precio final?",
)
Q_SUCCESSIVE_3 = words(
    "The price of an article is ₹{p}. It is increased by {a}%, then decreased by {b}%, and then increased "
    "by {c}%. What is the final price?",
    "एक वस्तु का मूल्य ₹{p} है। इसे पहले {a}% बढ़ाया जाता है, फिर {b}% घटाया जाता है और उसके बाद {c}% बढ़ाया "
    "जाता है। अंतिम मूल्य क्या है?",
    "El precio de un artículo es ₹{p}. Primero aumenta un {a}%, luego baja un {b}% y después vuelve a aumentar "
    "un {c}%. ¿Cuál es el precio final?",
)
S_UP = words(
    "After the {pct}% increase: ₹{before} × {m} = ₹{after}",
    "{pct}% वृद्धि के बाद: ₹{before} × {m} = ₹{after}",
    "Tras el aumento del {pct}%: ₹{before} × {m} = ₹{after}",
)
S_DOWN = words(
    "After the {pct}% decrease: ₹{before} × {m} = ₹{after}",
    "{pct}% कमी के बाद: ₹{before} × {m} = ₹{after}",
    "Tras la bajada del {pct}%: ₹{before} × {m} = ₹{after}",
)
S_NOT_BACK = words(
    "A rise and a fall of the same percent do not cancel: the fall is taken on the larger price.",
    "समान प्रतिशत की वृद्धि और कमी एक-दूसरे को निरस्त नहीं करतीं, क्योंकि कमी बढ़े हुए मूल्य पर होती है।",
    "Una subida y una bajada del mismo porcentaje no se anulan: la bajada se aplica sobre el precio mayor.",
)


def successive_change(difficulty: str, rng: random.Random) -> Draft:
    def attempt() -> tuple[int, tuple[int, ...]] | None:
        changes: tuple[int, ...]
        if difficulty == "easy":
            a = rng.choice((10, 20, 25, 30, 40, 50))
            price, changes = 100 * rng.randint(1, 40), (a, -a)
        elif difficulty == "medium":
            a, b = rng.sample((5, 10, 12, 15, 20, 25, 30, 40), 2)
            price, changes = 100 * rng.randint(2, 60), (a, -b)
        else:
            a, b, c = (rng.choice((5, 10, 12, 15, 20, 25, 30, 40)) for _ in range(3))
            price, changes = 500 * rng.randint(2, 60), (a, -b, c)
        running: Fraction = Fraction(price)
        for change in changes:
            running = grow(running, change)
            if not is_clean(running):
                return None
        return price, changes

    price, changes = draw(rng, attempt)
    steps: list[Text] = []
    running = Fraction(price)
    for change in changes:
        after = grow(running, change)
        line = S_UP if change > 0 else S_DOWN
        steps.append(render(line, {"pct": abs(change), "before": running, "m": multiplier(change), "after": after}))
        running = after
    if difficulty == "easy":
        steps.append(S_NOT_BACK)
    values: dict[str, Value] = {"p": price, "a": changes[0], "b": -changes[1]}
    if len(changes) == 3:
        values["c"] = changes[2]
    naive = grow(price, sum(changes))
    first_only = grow(price, changes[0])
    flipped = Fraction(price)
    for change in changes:
        flipped = grow(flipped, abs(change))
    return Draft(
        params={"price": price, "changes": changes},
        answer=running,
        mistakes=[naive, Fraction(price), first_only, flipped],
        unit=MONEY,
        question=Q_SUCCESSIVE_3 if len(changes) == 3 else Q_SUCCESSIVE,
        steps=steps,
        values=values,
    )


Q_WHAT_PERCENT = words("What percent of {b} is {a}?", "{a}, {b} का कितना प्रतिशत है?", "¿Qué porcentaje de {b} es {a}?")
S_WHAT_PERCENT = words(
    "Percent = part ÷ whole × 100 = {a} ÷ {b} × 100 = {ans}%",
    "प्रतिशत = भाग ÷ पूर्ण × 100 = {a} ÷ {b} × 100 = {ans}%",
    "Porcentaje = parte ÷ total × 100 = {a} ÷ {b} × 100 = {ans}%",
)
Q_RELATIVE = {
    "more": words(
        "{n1}'s salary is {x}% more than {n2}'s. By what percent is {n2}'s salary less than {n1}'s?",
        "{n1} का वेतन {n2} के वेतन से {x}% अधिक है। {n2} का वेतन {n1} के वेतन से कितने प्रतिशत कम है?",
        "El sueldo de {n1} es un {x}% mayor que el de {n2}. ¿En qué porcentaje es el sueldo de {n2} menor que el de "
        "{n1}?",
    ),
    "less": words(
        "{n1}'s salary is {x}% less than {n2}'s. By what percent is {n2}'s salary more than {n1}'s?",
        "{n1} का वेतन {n2} के वेतन से {x}% कम है। {n2} का वेतन {n1} के वेतन से कितने प्रतिशत अधिक है?",
        "El sueldo de {n1} es un {x}% menor que el de {n2}. ¿En qué porcentaje es el sueldo de {n2} mayor que el de "
        "{n1}?",
    ),
}
S_RELATIVE_BASE = words(
    "Take {n2}'s salary as 100; then {n1}'s salary is {base}.",
    "मान लीजिए {n2} का वेतन 100 है; तब {n1} का वेतन {base} है।",
    "Supongamos que el sueldo de {n2} es 100; entonces el de {n1} es {base}.",
)
S_RELATIVE_RESULT = words(
    "The difference {x} is compared with {n1}'s salary: {x} ÷ {base} × 100 = {ans}%",
    "अंतर {x} की तुलना {n1} के वेतन से की जाती है: {x} ÷ {base} × 100 = {ans}%",
    "La diferencia {x} se compara con el sueldo de {n1}: {x} ÷ {base} × 100 = {ans}%",
)
RELATIVE_CHOICES = {
    "more": tuple(x for x in range(5, 401) if is_clean(Fraction(100 * x, 100 + x))),
    "less": tuple(x for x in range(5, 96) if is_clean(Fraction(100 * x, 100 - x))),
}


def what_percent(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "hard":
        relation = rng.choice(("more", "less"))
        x = rng.choice(RELATIVE_CHOICES[relation])
        base = 100 + x if relation == "more" else 100 - x
        ans = Fraction(100 * x, base)
        wrong_base = 200 - base  # comparing with the other salary
        first, second = names(rng, 2)
        return Draft(
            params={"relation": relation, "by": x},
            answer=ans,
            mistakes=[Fraction(x), *([Fraction(100 * x, wrong_base)] if wrong_base > 0 else []), 100 - ans],
            unit=PERCENT,
            question=Q_RELATIVE[relation],
            steps=[S_RELATIVE_BASE, S_RELATIVE_RESULT],
            values={"n1": first, "n2": second, "x": x, "base": base, "ans": ans},
        )

    def attempt() -> tuple[Fraction, int, Fraction] | None:
        if difficulty == "easy":
            pct: Fraction = Fraction(rng.choice((5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80)))
            whole = 20 * rng.randint(1, 30)
        else:
            pct = Fraction(rng.choice((16, 24, 35, 45, 64, 125, 175, 25, 75, 35, 15, 5, 85)), rng.choice((1, 2)))
            whole = 40 * rng.randint(2, 50)
        part = percent_of(whole, pct)
        return (pct, whole, part) if part.denominator == 1 and 0 < pct < 100 else None

    pct, whole, part = draw(rng, attempt)
    return Draft(
        params={"part": part, "whole": whole},
        answer=pct,
        mistakes=[Fraction(whole) / part * 100, 100 - pct, pct * 10, part],
        unit=PERCENT,
        question=Q_WHAT_PERCENT,
        steps=[S_WHAT_PERCENT],
        values={"a": part, "b": whole, "ans": pct},
    )


def solve_percentages(params: Params) -> Fraction:
    if "percents" in params:
        value = Fraction(params["base"])
        for pct in params["percents"]:
            value = percent_of(value, pct)
        return value
    if "changes" in params:
        value = Fraction(params["price"])
        for change in params["changes"]:
            value = grow(value, change)
        return value
    if "relation" in params:
        x = Fraction(params["by"])
        return 100 * x / (100 + x if params["relation"] == "more" else 100 - x)
    return Fraction(params["part"]) / params["whole"] * 100


# ---------------------------------------------------------------- profit and loss

Q_GAIN_PERCENT = {
    "profit": words(
        "An article bought for ₹{cp} is sold for ₹{sp}. What is the profit percent?",
        "एक वस्तु ₹{cp} में खरीदकर ₹{sp} में बेची जाती है। लाभ प्रतिशत क्या है?",
        "Un artículo comprado por ₹{cp} se vende por ₹{sp}. ¿Cuál es el porcentaje de ganancia?",
    ),
    "loss": words(
        "An article bought for ₹{cp} is sold for ₹{sp}. What is the loss percent?",
        "एक वस्तु ₹{cp} में खरीदकर ₹{sp} में बेची जाती है। हानि प्रतिशत क्या है?",
        "Un artículo comprado por ₹{cp} se vende por ₹{sp}. ¿Cuál es el porcentaje de pérdida?",
    ),
}
S_GAIN = {
    "profit": words(
        "Profit = selling price − cost price = ₹{sp} − ₹{cp} = ₹{g}",
        "लाभ = विक्रय मूल्य − क्रय मूल्य = ₹{sp} − ₹{cp} = ₹{g}",
        "Ganancia = precio de venta − precio de costo = ₹{sp} − ₹{cp} = ₹{g}",
    ),
    "loss": words(
        "Loss = cost price − selling price = ₹{cp} − ₹{sp} = ₹{g}",
        "हानि = क्रय मूल्य − विक्रय मूल्य = ₹{cp} − ₹{sp} = ₹{g}",
        "Pérdida = precio de costo − precio de venta = ₹{cp} − ₹{sp} = ₹{g}",
    ),
}
S_GAIN_PERCENT = {
    "profit": words(
        "Profit % = profit ÷ cost price × 100 = {g} ÷ {cp} × 100 = {ans}%",
        "लाभ % = लाभ ÷ क्रय मूल्य × 100 = {g} ÷ {cp} × 100 = {ans}%",
        "Ganancia % = ganancia ÷ precio de costo × 100 = {g} ÷ {cp} × 100 = {ans}%",
    ),
    "loss": words(
        "Loss % = loss ÷ cost price × 100 = {g} ÷ {cp} × 100 = {ans}%",
        "हानि % = हानि ÷ क्रय मूल्य × 100 = {g} ÷ {cp} × 100 = {ans}%",
        "Pérdida % = pérdida ÷ precio de costo × 100 = {g} ÷ {cp} × 100 = {ans}%",
    ),
}
Q_BATCH = words(
    "A shopkeeper buys {n} pens for ₹{a} and sells {m} pens for ₹{b}. What is his profit percent?",
    "एक दुकानदार ₹{a} में {n} पेन खरीदता है और ₹{b} में {m} पेन बेचता है। उसका लाभ प्रतिशत क्या है?",
    "Un comerciante compra {n} bolígrafos por ₹{a} y vende {m} bolígrafos por ₹{b}. ¿Cuál es su porcentaje de "
    "ganancia?",
)
S_BATCH = words(
    "Compare the same number of pens, the LCM of {n} and {m}: {lcm} pens.",
    "समान संख्या में पेन की तुलना करें: {n} और {m} का ल.स.प. = {lcm} पेन।",
    "Se compara la misma cantidad de bolígrafos, el mcm de {n} y {m}: {lcm} bolígrafos.",
)
S_BATCH_PRICES = words(
    "Cost of {lcm} pens = ₹{a} × {lcm}/{n} = ₹{cp}; selling price of {lcm} pens = ₹{b} × {lcm}/{m} = ₹{sp}",
    "{lcm} पेन का क्रय मूल्य = ₹{a} × {lcm}/{n} = ₹{cp}; {lcm} पेन का विक्रय मूल्य = ₹{b} × {lcm}/{m} = ₹{sp}",
    "Costo de {lcm} bolígrafos = ₹{a} × {lcm}/{n} = ₹{cp}; venta de {lcm} bolígrafos = ₹{b} × {lcm}/{m} = ₹{sp}",
)


def gain_percent(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "hard":

        def attempt_batch() -> tuple[int, int, int, int] | None:
            n, m = rng.sample(range(2, 16), 2)
            a, b = rng.randint(2, 150), rng.randint(2, 150)
            rate = Fraction(b * n, a * m) * 100 - 100
            return (n, a, m, b) if 5 <= rate <= 80 and is_clean(rate) else None

        n, a, m, b = draw(rng, attempt_batch)
        lcm = math.lcm(n, m)
        cp, sp = Fraction(a * lcm, n), Fraction(b * lcm, m)
        ans = (sp - cp) / cp * 100
        return Draft(
            params={"cost": a, "bought": n, "sale": b, "sold": m},
            answer=ans,
            mistakes=[Fraction(b - a, a) * 100, (sp - cp) / sp * 100, 100 + ans, Fraction(abs(n - m), min(n, m)) * 100],
            unit=PERCENT,
            question=Q_BATCH,
            steps=[S_BATCH, S_BATCH_PRICES, S_GAIN["profit"], S_GAIN_PERCENT["profit"]],
            values={"n": n, "m": m, "a": a, "b": b, "lcm": lcm, "cp": cp, "sp": sp, "g": sp - cp, "ans": ans},
        )

    def attempt() -> tuple[int, Fraction, Fraction] | None:
        if difficulty == "easy":
            rate: Fraction = Fraction(rng.choice((5, 10, 15, 20, 25, 30, 40, 50)))
            cost = 20 * rng.randint(5, 100)
        else:
            rate = Fraction(rng.choice((4, 6, 8, 12, 15, 16, 18, 22, 24, 35, 25, 45))) * rng.choice((1, -1))
            cost = 25 * rng.randint(8, 200)
        sale = grow(cost, rate)
        return (cost, rate, sale) if sale.denominator == 1 else None

    cost, rate, sale = draw(rng, attempt)
    kind = "profit" if rate > 0 else "loss"
    gain = abs(sale - cost)
    ans = abs(rate)
    return Draft(
        params={"cost": cost, "bought": 1, "sale": sale, "sold": 1},
        answer=ans,
        mistakes=[gain / sale * 100, sale / cost * 100, gain, 100 - ans],
        unit=PERCENT,
        question=Q_GAIN_PERCENT[kind],
        steps=[S_GAIN[kind], S_GAIN_PERCENT[kind]],
        values={"cp": cost, "sp": sale, "g": gain, "ans": ans},
    )


Q_SELL_AT = {
    "profit": words(
        "An article costs ₹{cp}. At what price must it be sold to make a profit of {r}%?",
        "एक वस्तु का क्रय मूल्य ₹{cp} है। {r}% लाभ कमाने के लिए उसे किस मूल्य पर बेचना चाहिए?",
        "Un artículo cuesta ₹{cp}. ¿A qué precio hay que venderlo para ganar un {r}%?",
    ),
    "loss": words(
        "An article costs ₹{cp}. If it is sold at a loss of {r}%, what is the selling price?",
        "एक वस्तु का क्रय मूल्य ₹{cp} है। यदि उसे {r}% हानि पर बेचा जाए, तो विक्रय मूल्य क्या होगा?",
        "Un artículo cuesta ₹{cp}. Si se vende con una pérdida del {r}%, ¿cuál es el precio de venta?",
    ),
}
S_SELL_AT = words(
    "Selling price = cost price × (100 {sign} {r})/100 = ₹{cp} × {m} = ₹{ans}",
    "विक्रय मूल्य = क्रय मूल्य × (100 {sign} {r})/100 = ₹{cp} × {m} = ₹{ans}",
    "Precio de venta = costo × (100 {sign} {r})/100 = ₹{cp} × {m} = ₹{ans}",
)
Q_LOSS_TO_GAIN = words(
    "By selling an article for ₹{s}, a trader loses {l}%. At what price should he sell it to gain {g}%?",
    "एक वस्तु को ₹{s} में बेचने पर व्यापारी को {l}% की हानि होती है। {g}% लाभ कमाने के लिए उसे वस्तु किस मूल्य पर बेचनी चाहिए?",
    "Al vender un artículo por ₹{s}, un comerciante pierde un {l}%. ¿A qué precio debe venderlo para ganar un {g}%?",
)
S_COST_FROM_LOSS = words(
    "Cost price = ₹{s} × 100/(100 − {l}) = ₹{cp}",
    "क्रय मूल्य = ₹{s} × 100/(100 − {l}) = ₹{cp}",
    "Precio de costo = ₹{s} × 100/(100 − {l}) = ₹{cp}",
)
S_PRICE_FOR_GAIN = words(
    "Required selling price = ₹{cp} × (100 + {g})/100 = ₹{ans}",
    "आवश्यक विक्रय मूल्य = ₹{cp} × (100 + {g})/100 = ₹{ans}",
    "Precio de venta necesario = ₹{cp} × (100 + {g})/100 = ₹{ans}",
)
Q_CHAIN = words(
    "{n1} sells a bicycle to {n2} at a profit of {a}%, and {n2} sells it to {n3} at a profit of {b}%. If {n3} pays "
    "₹{x}, what did the bicycle cost {n1}?",
    "{n1} ने एक साइकिल {n2} को {a}% लाभ पर बेची और {n2} ने उसे {n3} को {b}% लाभ पर बेच दिया। यदि {n3} ने ₹{x} "
    "चुकाए, तो {n1} के लिए साइकिल का क्रय मूल्य क्या था?",
    "{n1} vende una bicicleta a {n2} con una ganancia del {a}%, y {n2} se la vende a {n3} con una ganancia del {b}%. "
    "Si {n3} paga ₹{x}, ¿cuánto le costó la bicicleta a {n1}?",
)
S_CHAIN = words(
    "Work backwards from the price {n3} paid.",
    "{n3} द्वारा चुकाए गए मूल्य से पीछे की ओर चलें।",
    "Se trabaja hacia atrás desde lo que pagó {n3}.",
)
S_CHAIN_MIDDLE = words(
    "{n2} paid ₹{x} × 100/(100 + {b}) = ₹{mid}",
    "{n2} ने ₹{x} × 100/(100 + {b}) = ₹{mid} चुकाए",
    "{n2} pagó ₹{x} × 100/(100 + {b}) = ₹{mid}",
)
S_CHAIN_RESULT = words(
    "{n1}'s cost = ₹{mid} × 100/(100 + {a}) = ₹{ans}",
    "{n1} का क्रय मूल्य = ₹{mid} × 100/(100 + {a}) = ₹{ans}",
    "Costo para {n1} = ₹{mid} × 100/(100 + {a}) = ₹{ans}",
)


def selling_price(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int] | None:
            cost, rate = 20 * rng.randint(5, 100), rng.choice((5, 10, 12, 15, 20, 25, 30, 40, -5, -10, -20, -25))
            return (cost, rate) if grow(cost, rate).denominator == 1 else None

        cost, rate = draw(rng, attempt_easy)
        ans = grow(cost, rate)
        kind = "profit" if rate > 0 else "loss"
        return Draft(
            params={"cost": cost, "changes": (rate,)},
            answer=ans,
            mistakes=[grow(cost, -rate), percent_of(cost, abs(rate)), cost + rate, cost * Fraction(100, 100 - rate)],
            unit=MONEY,
            question=Q_SELL_AT[kind],
            steps=[S_SELL_AT],
            values={"cp": cost, "r": abs(rate), "sign": "+" if rate > 0 else "−", "m": multiplier(rate), "ans": ans},
        )
    if difficulty == "medium":

        def attempt_medium() -> tuple[Fraction, int, int, Fraction] | None:
            cost = Fraction(50 * rng.randint(4, 80))
            loss, gain = rng.choice((4, 5, 8, 10, 12, 15, 20, 25)), rng.choice((5, 8, 10, 12, 15, 20, 25, 30))
            sale, ans = grow(cost, -loss), grow(cost, gain)
            return (cost, loss, gain, sale) if sale.denominator == 1 and is_clean(ans) else None

        cost, loss, gain, sale = draw(rng, attempt_medium)
        ans = grow(cost, gain)
        return Draft(
            params={"sale": sale, "loss": loss, "gain": gain},
            answer=ans,
            mistakes=[grow(sale, loss + gain), grow(sale, gain), cost, grow(grow(sale, loss), gain)],
            unit=MONEY,
            question=Q_LOSS_TO_GAIN,
            steps=[S_COST_FROM_LOSS, S_PRICE_FOR_GAIN],
            values={"s": sale, "l": loss, "g": gain, "cp": cost, "ans": ans},
        )

    def attempt_hard() -> tuple[int, int, int, Fraction] | None:
        cost = 100 * rng.randint(5, 200)
        a, b = rng.choice((5, 10, 12, 15, 20, 25, 30)), rng.choice((4, 5, 8, 10, 12, 15, 20, 25))
        final = grow(grow(cost, a), b)
        return (cost, a, b, final) if final.denominator == 1 else None

    cost, a, b, final = draw(rng, attempt_hard)
    factor = multiplier(a) * multiplier(b)
    first, second, third = names(rng, 3)
    return Draft(
        params={"final": final, "changes": (a, b)},
        answer=cost,
        mistakes=[final * (100 - a - b) / 100, final / multiplier(a + b), grow(final, -a), final * factor],
        unit=MONEY,
        question=Q_CHAIN,
        steps=[S_CHAIN, S_CHAIN_MIDDLE, S_CHAIN_RESULT],
        values={"n1": first, "n2": second, "n3": third, "a": a, "b": b, "x": final, "mid": grow(cost, a), "ans": cost},
    )


Q_DISCOUNT = words(
    "The marked price of a shirt is ₹{mp}. A discount of {d}% is given. What is the selling price?",
    "एक कमीज़ का अंकित मूल्य ₹{mp} है। उस पर {d}% की छूट दी जाती है। विक्रय मूल्य क्या है?",
    "El precio de lista de una camisa es ₹{mp}. Se hace un descuento del {d}%. ¿Cuál es el precio de venta?",
)
S_DISCOUNT = words(
    "Discount = {d}% of ₹{mp} = ₹{off}",
    "छूट = ₹{mp} का {d}% = ₹{off}",
    "Descuento = {d}% de ₹{mp} = ₹{off}",
)
S_DISCOUNT_PRICE = words(
    "Selling price = ₹{mp} − ₹{off} = ₹{ans}",
    "विक्रय मूल्य = ₹{mp} − ₹{off} = ₹{ans}",
    "Precio de venta = ₹{mp} − ₹{off} = ₹{ans}",
)
Q_MARKUP = words(
    "A shopkeeper marks his goods {x}% above the cost price and then allows a discount of {d}%. What is his profit "
    "percent?",
    "एक दुकानदार अपने सामान का मूल्य क्रय मूल्य से {x}% अधिक अंकित करता है और फिर {d}% की छूट देता है। उसका लाभ प्रतिशत क्या है?",
    "Un comerciante marca sus productos un {x}% por encima del costo y luego hace un descuento del {d}%. ¿Cuál es su "
    "porcentaje de ganancia?",
)
S_MARKUP = words(
    "Take the cost price as ₹100. Marked price = ₹{mp}",
    "मान लीजिए क्रय मूल्य ₹100 है। अंकित मूल्य = ₹{mp}",
    "Supongamos que el costo es ₹100. Precio de lista = ₹{mp}",
)
S_MARKUP_SALE = words(
    "Selling price = ₹{mp} × (100 − {d})/100 = ₹{sp}",
    "विक्रय मूल्य = ₹{mp} × (100 − {d})/100 = ₹{sp}",
    "Precio de venta = ₹{mp} × (100 − {d})/100 = ₹{sp}",
)
S_MARKUP_RESULT = words(
    "Profit on ₹100 = ₹{sp} − ₹100 = ₹{ans}, so the profit is {ans}%",
    "₹100 पर लाभ = ₹{sp} − ₹100 = ₹{ans}, अतः लाभ {ans}% है",
    "Ganancia sobre ₹100 = ₹{sp} − ₹100 = ₹{ans}, así que la ganancia es del {ans}%",
)
Q_TWO_DISCOUNTS = words(
    "An article costing ₹{cp} is marked at ₹{mp}. Two successive discounts of {d1}% and {d2}% are given. What is the "
    "profit percent?",
    "₹{cp} क्रय मूल्य वाली एक वस्तु का अंकित मूल्य ₹{mp} है। उस पर {d1}% और {d2}% की दो क्रमागत छूटें दी जाती हैं। लाभ प्रतिशत क्या है?",
    "Un artículo que cuesta ₹{cp} tiene un precio de lista de ₹{mp}. Se hacen dos descuentos sucesivos del {d1}% y "
    "del {d2}%. ¿Cuál es el porcentaje de ganancia?",
)
S_TWO_DISCOUNTS = words(
    "Selling price = ₹{mp} × (100 − {d1})/100 × (100 − {d2})/100 = ₹{sp}",
    "विक्रय मूल्य = ₹{mp} × (100 − {d1})/100 × (100 − {d2})/100 = ₹{sp}",
    "Precio de venta = ₹{mp} × (100 − {d1})/100 × (100 − {d2})/100 = ₹{sp}",
)


def discount(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":

        def attempt_easy() -> tuple[int, int] | None:
            mp, d = 50 * rng.randint(4, 80), rng.choice((5, 10, 15, 20, 25, 30, 40, 50))
            return (mp, d) if percent_of(mp, d).denominator == 1 else None

        mp, d = draw(rng, attempt_easy)
        off = percent_of(mp, d)
        ans = mp - off
        return Draft(
            params={"marked": mp, "discounts": (d,)},
            answer=ans,
            mistakes=[off, mp + off, Fraction(mp - d)],
            unit=MONEY,
            question=Q_DISCOUNT,
            steps=[S_DISCOUNT, S_DISCOUNT_PRICE],
            values={"mp": mp, "d": d, "off": off, "ans": ans},
        )
    if difficulty == "medium":

        def attempt_medium() -> tuple[int, int] | None:
            x, d = 5 * rng.randint(3, 20), rng.choice((5, 8, 10, 12, 15, 20, 25, 30, 35, 40))
            return (x, d) if grow(grow(100, x), -d) > 100 else None

        x, d = draw(rng, attempt_medium)
        mp = grow(100, x)
        sp = grow(mp, -d)
        ans = sp - 100
        return Draft(
            params={"markup": x, "discounts": (d,)},
            answer=ans,
            mistakes=[Fraction(x - d), Fraction(x), ans + percent_of(x, d), Fraction(x + d)],
            unit=PERCENT,
            question=Q_MARKUP,
            steps=[S_MARKUP, S_MARKUP_SALE, S_MARKUP_RESULT],
            values={"x": x, "d": d, "mp": mp, "sp": sp, "ans": ans},
        )

    def attempt_hard() -> tuple[int, int, int, int, Fraction] | None:
        cp = 100 * rng.randint(2, 60)
        mp = cp + 20 * rng.randint(2, 5 * cp // 100)
        d1, d2 = rng.choice((5, 10, 15, 20, 25)), rng.choice((5, 10, 12, 15, 20))
        sp = grow(grow(mp, -d1), -d2)
        rate = (sp - cp) / cp * 100
        return (cp, mp, d1, d2, rate) if rate > 0 and all_clean(sp, rate) else None

    cp, mp, d1, d2, ans = draw(rng, attempt_hard)
    sp = grow(grow(mp, -d1), -d2)
    single = grow(mp, -(d1 + d2))
    return Draft(
        params={"cost": cp, "marked": mp, "discounts": (d1, d2)},
        answer=ans,
        mistakes=[(single - cp) / cp * 100, (sp - cp) / sp * 100, Fraction(mp - cp, cp) * 100 - d1 - d2, ans + 5],
        unit=PERCENT,
        question=Q_TWO_DISCOUNTS,
        steps=[S_TWO_DISCOUNTS, S_GAIN["profit"], S_GAIN_PERCENT["profit"]],
        values={"cp": cp, "mp": mp, "d1": d1, "d2": d2, "sp": sp, "g": sp - cp, "ans": ans},
    )


def solve_profit_loss(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "gain_percent":
        cost = Fraction(params["cost"]) / params["bought"]
        sale = Fraction(params["sale"]) / params["sold"]
        return abs(sale - cost) / cost * 100
    if shape == "selling_price":
        if "final" in params:
            value = Fraction(params["final"])
            for change in params["changes"]:
                value = value * 100 / (100 + change)
            return value
        if "loss" in params:
            return grow(Fraction(params["sale"]) * 100 / (100 - params["loss"]), params["gain"])
        return grow(params["cost"], params["changes"][0])
    price = grow(100, params["markup"]) if "markup" in params else Fraction(params["marked"])
    for off in params["discounts"]:
        price = grow(price, -off)
    if "markup" in params:
        return price - 100
    if "cost" in params:
        return (price - params["cost"]) / params["cost"] * 100
    return price


# ---------------------------------------------------------------- simple interest

Q_SI = words(
    "What is the simple interest on ₹{p} at {r}% per annum for {t} years?",
    "₹{p} पर {r}% वार्षिक दर से {t} वर्ष का साधारण ब्याज कितना होगा?",
    "¿Cuál es el interés simple de ₹{p} al {r}% anual durante {t} años?",
)
Q_SI_AMOUNT = words(
    "What amount will ₹{p} become at {r}% per annum simple interest in {t} years?",
    "₹{p} की राशि {r}% वार्षिक साधारण ब्याज की दर से {t} वर्ष में कितनी हो जाएगी?",
    "¿En cuánto se convierten ₹{p} al {r}% anual de interés simple en {t} años?",
)
Q_SI_TWO_RATES = words(
    "₹{p} is lent at simple interest: {r1}% per annum for the first {t1} years and {r2}% per annum for the next "
    "{t2} years. What is the total amount at the end?",
    "₹{p} साधारण ब्याज पर उधार दिए जाते हैं: पहले {t1} वर्षों के लिए {r1}% वार्षिक और अगले {t2} वर्षों के लिए {r2}% "
    "वार्षिक। अंत में कुल मिश्रधन कितना होगा?",
    "Se prestan ₹{p} a interés simple: al {r1}% anual durante los primeros {t1} años y al {r2}% anual durante los "
    "{t2} años siguientes. ¿Cuál es el monto total al final?",
)
S_SI = words(
    "Simple interest = P × R × T / 100 = {p} × {r} × {t} / 100 = ₹{si}",
    "साधारण ब्याज = मूलधन × दर × समय / 100 = {p} × {r} × {t} / 100 = ₹{si}",
    "Interés simple = C × r × t / 100 = {p} × {r} × {t} / 100 = ₹{si}",
)
S_SI_TWO = words(
    "Interest = {p} × {r1} × {t1} / 100 + {p} × {r2} × {t2} / 100 = ₹{i1} + ₹{i2} = ₹{si}",
    "ब्याज = {p} × {r1} × {t1} / 100 + {p} × {r2} × {t2} / 100 = ₹{i1} + ₹{i2} = ₹{si}",
    "Interés = {p} × {r1} × {t1} / 100 + {p} × {r2} × {t2} / 100 = ₹{i1} + ₹{i2} = ₹{si}",
)
S_AMOUNT = words(
    "Amount = principal + interest = ₹{p} + ₹{si} = ₹{ans}",
    "मिश्रधन = मूलधन + ब्याज = ₹{p} + ₹{si} = ₹{ans}",
    "Monto = capital + interés = ₹{p} + ₹{si} = ₹{ans}",
)


def _compound(principal: Number, rate: Number, periods: int) -> Fraction:
    value = Fraction(principal)
    for _ in range(periods):
        value = grow(value, rate)
    return value


def simple_interest(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "hard":
        p = 100 * rng.randint(5, 200)
        (r1, t1), (r2, t2) = ((rng.randint(3, 12), rng.randint(2, 5)) for _ in range(2))
        i1, i2 = percent_of(p, r1 * t1), percent_of(p, r2 * t2)
        ans = p + i1 + i2
        return Draft(
            params={"principal": p, "periods": ((r1, t1), (r2, t2)), "ask": "amount"},
            answer=ans,
            mistakes=[i1 + i2, p + percent_of(p, (r1 + r2) * (t1 + t2)), p + percent_of(p, r1 * (t1 + t2)), ans + i1],
            unit=MONEY,
            question=Q_SI_TWO_RATES,
            steps=[S_SI_TWO, S_AMOUNT],
            values={"p": p, "r1": r1, "t1": t1, "r2": r2, "t2": t2, "i1": i1, "i2": i2, "si": i1 + i2, "ans": ans},
        )
    if difficulty == "easy":
        p, r, t = 100 * rng.randint(5, 100), rng.randint(2, 12), rng.randint(2, 5)
        si = percent_of(p, r * t)
        compound = _compound(p, r, t) - p
        return Draft(
            params={"principal": p, "periods": ((r, t),), "ask": "interest"},
            answer=si,
            mistakes=[compound, percent_of(p, r), p + si, si * 10],
            unit=MONEY,
            question=Q_SI,
            steps=[S_SI],
            values={"p": p, "r": r, "t": t, "si": si},
        )
    p = 400 * rng.randint(2, 50)
    rate = Fraction(rng.choice(("4.5", "5.5", "7.5", "8.5", "12.5", "6", "8", "9", "10")))
    years = Fraction(rng.choice(("2", "3", "4", "2.5", "3.5")))
    si = percent_of(p, rate * years)
    ans = p + si
    return Draft(
        params={"principal": p, "periods": ((rate, years),), "ask": "amount"},
        answer=ans,
        mistakes=[si, p + percent_of(p, rate), grow(_compound(p, rate, int(years)), rate * (years % 1)), ans * 10],
        unit=MONEY,
        question=Q_SI_AMOUNT,
        steps=[S_SI, S_AMOUNT],
        values={"p": p, "r": rate, "t": years, "si": si, "ans": ans},
    )


Q_SI_RATE = words(
    "The simple interest on ₹{p} for {t} years is ₹{si}. What is the rate of interest per annum?",
    "₹{p} पर {t} वर्ष का साधारण ब्याज ₹{si} है। वार्षिक ब्याज दर क्या है?",
    "El interés simple de ₹{p} en {t} años es ₹{si}. ¿Cuál es la tasa de interés anual?",
)
S_SI_RATE = words(
    "Rate = SI × 100 / (P × T) = {si} × 100 / ({p} × {t}) = {ans}%",
    "दर = साधारण ब्याज × 100 / (मूलधन × समय) = {si} × 100 / ({p} × {t}) = {ans}%",
    "Tasa = interés × 100 / (C × t) = {si} × 100 / ({p} × {t}) = {ans}%",
)
Q_SI_PRINCIPAL = words(
    "A sum of money amounts to ₹{a} in {t} years at {r}% per annum simple interest. What is the sum?",
    "कोई धनराशि {r}% वार्षिक साधारण ब्याज की दर से {t} वर्ष में ₹{a} हो जाती है। वह धनराशि कितनी है?",
    "Una suma de dinero se convierte en ₹{a} en {t} años al {r}% anual de interés simple. ¿Cuál es la suma?",
)
S_SI_PRINCIPAL = words(
    "In {t} years the sum grows by {r} × {t} = {rt}% of itself, so amount = P × (100 + {rt})/100",
    "{t} वर्षों में राशि अपने {r} × {t} = {rt}% से बढ़ती है, अतः मिश्रधन = मूलधन × (100 + {rt})/100",
    "En {t} años la suma crece un {r} × {t} = {rt}% de sí misma, así que monto = C × (100 + {rt})/100",
)
S_SI_PRINCIPAL_RESULT = words(
    "P = {a} × 100 / {total} = ₹{ans}",
    "मूलधन = {a} × 100 / {total} = ₹{ans}",
    "C = {a} × 100 / {total} = ₹{ans}",
)
Q_SI_TWO_AMOUNTS = words(
    "At simple interest, a sum of money amounts to ₹{a1} in {t1} years and to ₹{a2} in {t2} years. What is the "
    "rate of interest per annum?",
    "साधारण ब्याज पर कोई धनराशि {t1} वर्ष में ₹{a1} और {t2} वर्ष में ₹{a2} हो जाती है। वार्षिक ब्याज दर क्या है?",
    "A interés simple, una suma de dinero se convierte en ₹{a1} en {t1} años y en ₹{a2} en {t2} años. ¿Cuál es la "
    "tasa de interés anual?",
)
S_SI_YEARLY = words(
    "Interest for {dt} years = ₹{a2} − ₹{a1} = ₹{diff}, so interest for 1 year = ₹{yearly}",
    "{dt} वर्ष का ब्याज = ₹{a2} − ₹{a1} = ₹{diff}, अतः 1 वर्ष का ब्याज = ₹{yearly}",
    "Interés de {dt} años = ₹{a2} − ₹{a1} = ₹{diff}, así que el interés de 1 año = ₹{yearly}",
)
S_SI_SUM = words(
    "Sum = ₹{a1} − {t1} × ₹{yearly} = ₹{p}",
    "मूलधन = ₹{a1} − {t1} × ₹{yearly} = ₹{p}",
    "Capital = ₹{a1} − {t1} × ₹{yearly} = ₹{p}",
)
S_SI_RATE_FROM_YEAR = words(
    "Rate = {yearly} × 100 / {p} = {ans}%",
    "दर = {yearly} × 100 / {p} = {ans}%",
    "Tasa = {yearly} × 100 / {p} = {ans}%",
)


def simple_interest_reverse(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "easy":
        p, r, t = 100 * rng.randint(5, 100), rng.randint(2, 15), rng.randint(2, 6)
        si = percent_of(p, r * t)
        return Draft(
            params={"principal": p, "years": t, "interest": si},
            answer=Fraction(r),
            mistakes=[Fraction(r * t), si * 100 / (p * (t + 1)), si * 100 / (p * (t - 1)), Fraction(r, 2)],
            unit=PERCENT,
            question=Q_SI_RATE,
            steps=[S_SI_RATE],
            values={"p": p, "t": t, "si": si, "ans": r},
        )
    if difficulty == "medium":

        def attempt() -> tuple[int, int, int, Fraction] | None:
            p, r, t = 50 * rng.randint(10, 200), rng.randint(3, 15), rng.randint(2, 8)
            a = grow(p, r * t)
            return (p, r, t, a) if a.denominator == 1 else None

        p, r, t, a = draw(rng, attempt)
        return Draft(
            params={"amount": a, "rate": r, "years": t},
            answer=Fraction(p),
            mistakes=[a - percent_of(a, r * t), a * 100 / (100 + r), grow(a, -r)],
            unit=MONEY,
            question=Q_SI_PRINCIPAL,
            steps=[S_SI_PRINCIPAL, S_SI_PRINCIPAL_RESULT],
            values={"a": a, "r": r, "t": t, "rt": r * t, "total": 100 + r * t, "ans": p},
        )

    def attempt_hard() -> tuple[int, int, int, int] | None:
        p, r = 100 * rng.randint(5, 150), rng.randint(3, 15)
        t1, t2 = sorted(rng.sample(range(2, 10), 2))
        return (p, r, t1, t2) if percent_of(p, r).denominator == 1 and t2 - t1 >= 2 else None

    p, r, t1, t2 = draw(rng, attempt_hard)
    yearly = percent_of(p, r)
    a1, a2 = p + yearly * t1, p + yearly * t2
    return Draft(
        params={"amounts": ((t1, a1), (t2, a2))},
        answer=Fraction(r),
        mistakes=[yearly * 100 / a1, (a2 - a1) * 100 / a1, yearly * 100 / a2, Fraction(r * (t2 - t1))],
        unit=PERCENT,
        question=Q_SI_TWO_AMOUNTS,
        steps=[S_SI_YEARLY, S_SI_SUM, S_SI_RATE_FROM_YEAR],
        values={
            "a1": a1,
            "a2": a2,
            "t1": t1,
            "t2": t2,
            "dt": t2 - t1,
            "diff": a2 - a1,
            "yearly": yearly,
            "p": p,
            "ans": r,
        },
    )


def solve_simple_interest(params: Params) -> Fraction:
    if params["shape"] == "interest":
        p = Fraction(params["principal"])
        interest = sum((p * rate * years / 100 for rate, years in params["periods"]), Fraction(0))
        return interest if params["ask"] == "interest" else p + interest
    if "interest" in params:
        return Fraction(params["interest"]) * 100 / (Fraction(params["principal"]) * params["years"])
    if "amount" in params:
        return Fraction(params["amount"]) * 100 / (100 + Fraction(params["rate"]) * params["years"])
    (t1, a1), (t2, a2) = params["amounts"]
    yearly = Fraction(a2 - a1) / (t2 - t1)
    return yearly * 100 / (a1 - yearly * t1)


# ---------------------------------------------------------------- compound interest

Q_CI = words(
    "What is the compound interest on ₹{p} at {r}% per annum for {t} years, compounded annually?",
    "₹{p} पर {r}% वार्षिक दर से {t} वर्ष का चक्रवृद्धि ब्याज कितना होगा, यदि ब्याज वार्षिक रूप से संयोजित होता है?",
    "¿Cuál es el interés compuesto de ₹{p} al {r}% anual durante {t} años, con capitalización anual?",
)
Q_CI_HALF = words(
    "What is the compound interest on ₹{p} at {r}% per annum for {t} years, compounded half-yearly?",
    "₹{p} पर {r}% वार्षिक दर से {t} वर्ष का चक्रवृद्धि ब्याज कितना होगा, यदि ब्याज अर्धवार्षिक रूप से संयोजित होता है?",
    "¿Cuál es el interés compuesto de ₹{p} al {r}% anual durante {t} años, con capitalización semestral?",
)
S_CI_HALF = words(
    "Half-yearly: {k} periods at {r}/2 = {rate}% each",
    "अर्धवार्षिक: {k} अवधियाँ, प्रत्येक में {r}/2 = {rate}% ब्याज",
    "Semestral: {k} periodos al {r}/2 = {rate}% cada uno",
)
S_CI_PERIOD = {
    "year": words(
        "Year {i}: ₹{before} × {m} = ₹{after}",
        "वर्ष {i}: ₹{before} × {m} = ₹{after}",
        "Año {i}: ₹{before} × {m} = ₹{after}",
    ),
    "half": words(
        "Half-year {i}: ₹{before} × {m} = ₹{after}",
        "छमाही {i}: ₹{before} × {m} = ₹{after}",
        "Semestre {i}: ₹{before} × {m} = ₹{after}",
    ),
}
S_CI_RESULT = words(
    "Compound interest = amount − principal = ₹{a} − ₹{p} = ₹{ans}",
    "चक्रवृद्धि ब्याज = मिश्रधन − मूलधन = ₹{a} − ₹{p} = ₹{ans}",
    "Interés compuesto = monto − capital = ₹{a} − ₹{p} = ₹{ans}",
)


def _growth_steps(principal: Number, rate: Number, periods: int, kind: str) -> tuple[list[dict[str, str]], Fraction]:
    """Period-by-period lines, already filled in (the numbers differ per line)."""
    lines, value = [], Fraction(principal)
    for i in range(1, periods + 1):
        after = grow(value, rate)
        template = S_CI_PERIOD[kind]
        lines.append(
            {
                language: template[language].format(i=i, before=fmt(value), m=fmt(multiplier(rate)), after=fmt(after))
                for language in template
            }
        )
        value = after
    return lines, value


def compound_interest(difficulty: str, rng: random.Random) -> Draft:
    def attempt() -> tuple[int, int, Fraction, int] | None:
        if difficulty == "easy":
            p, r, years, per_year = 100 * rng.randint(5, 150), rng.choice((5, 10, 20)), Fraction(2), 1
        elif difficulty == "medium":
            p, r = 1000 * rng.randint(1, 60), rng.choice((4, 5, 6, 8, 10, 12, 15, 20))
            years, per_year = Fraction(rng.choice((2, 3))), 1
        else:
            p, r = 1000 * rng.randint(1, 60), rng.choice((8, 10, 12, 16, 20))
            years, per_year = rng.choice((Fraction(1), Fraction(3, 2), Fraction(2))), 2
        value = Fraction(p)
        for _ in range(int(years * per_year)):
            value = grow(value, Fraction(r, per_year))
            if not is_clean(value):
                return None
        return p, r, years, per_year

    p, r, years, per_year = draw(rng, attempt)
    periods = int(years * per_year)
    rate = Fraction(r, per_year)
    lines, amount = _growth_steps(p, rate, periods, "year" if per_year == 1 else "half")
    ans = amount - p
    simple = percent_of(p, r * years)
    whole_years = int(years)
    annual = grow(_compound(p, r, whole_years), r * (years - whole_years)) - p  # compounding yearly by mistake
    steps = ([S_CI_HALF] if per_year == 2 else []) + lines + [S_CI_RESULT]
    return Draft(
        params={"principal": p, "rate": r, "years": years, "per_year": per_year},
        answer=ans,
        mistakes=[simple, amount, annual, ans + percent_of(p, r)],
        unit=MONEY,
        question=Q_CI_HALF if per_year == 2 else Q_CI,
        steps=steps,
        values={"p": p, "r": r, "t": years, "k": periods, "rate": rate, "a": amount, "ans": ans},
    )


Q_CI_SI_DIFF = words(
    "What is the difference between the compound interest (compounded annually) and the simple interest on ₹{p} at "
    "{r}% per annum for {t} years?",
    "₹{p} पर {r}% वार्षिक दर से {t} वर्ष के चक्रवृद्धि ब्याज (वार्षिक संयोजित) और साधारण ब्याज का अंतर कितना है?",
    "¿Cuál es la diferencia entre el interés compuesto (capitalización anual) y el interés simple de ₹{p} al {r}% "
    "anual durante {t} años?",
)
S_DIFF_SI = words(
    "Simple interest = {p} × {r} × {t} / 100 = ₹{si}",
    "साधारण ब्याज = {p} × {r} × {t} / 100 = ₹{si}",
    "Interés simple = {p} × {r} × {t} / 100 = ₹{si}",
)
S_DIFF_CI = words(
    "Compound interest = {p} × {m}^{t} − {p} = ₹{ci}",
    "चक्रवृद्धि ब्याज = {p} × {m}^{t} − {p} = ₹{ci}",
    "Interés compuesto = {p} × {m}^{t} − {p} = ₹{ci}",
)
S_DIFF = words(
    "Difference = ₹{ci} − ₹{si} = ₹{ans}",
    "अंतर = ₹{ci} − ₹{si} = ₹{ans}",
    "Diferencia = ₹{ci} − ₹{si} = ₹{ans}",
)
Q_DIFF_PRINCIPAL = words(
    "The difference between the compound interest and the simple interest on a sum for 2 years at {r}% per annum "
    "is ₹{d}. What is the sum?",
    "किसी धनराशि पर {r}% वार्षिक दर से 2 वर्ष के चक्रवृद्धि ब्याज और साधारण ब्याज का अंतर ₹{d} है। वह धनराशि कितनी है?",
    "La diferencia entre el interés compuesto y el interés simple de una suma durante 2 años al {r}% anual es ₹{d}. "
    "¿Cuál es la suma?",
)
S_DIFF_RULE = words(
    "For 2 years, CI − SI = P × (R/100)², because only the first year's interest earns interest.",
    "2 वर्ष के लिए, चक्रवृद्धि ब्याज − साधारण ब्याज = मूलधन × (दर/100)², क्योंकि केवल पहले वर्ष के ब्याज पर ब्याज मिलता है।",
    "Para 2 años, IC − IS = C × (r/100)², porque solo el interés del primer año genera interés.",
)
S_DIFF_PRINCIPAL = words(
    "P = {d} × (100/{r})² = {d} × 10000/{sq} = ₹{ans}",
    "मूलधन = {d} × (100/{r})² = {d} × 10000/{sq} = ₹{ans}",
    "C = {d} × (100/{r})² = {d} × 10000/{sq} = ₹{ans}",
)


def interest_difference(difficulty: str, rng: random.Random) -> Draft:
    if difficulty == "medium":

        def attempt_medium() -> tuple[int, int] | None:
            p, r = 100 * rng.randint(5, 300), rng.choice((4, 5, 6, 8, 10, 12, 15, 20, 25))
            return (p, r) if percent_of(percent_of(p, r), r).denominator == 1 else None

        p, r = draw(rng, attempt_medium)
        d = percent_of(percent_of(p, r), r)
        return Draft(
            params={"difference": d, "rate": r, "years": 2, "ask": "principal"},
            answer=Fraction(p),
            mistakes=[d * 100 / r, d * 100 * 2 / r, d * Fraction(100, r) ** 2 / 2, d * 100],
            unit=MONEY,
            question=Q_DIFF_PRINCIPAL,
            steps=[S_DIFF_RULE, S_DIFF_PRINCIPAL],
            values={"r": r, "d": d, "sq": r * r, "ans": p},
        )

    def attempt() -> tuple[int, int, int] | None:
        if difficulty == "easy":
            p, r, t = 100 * rng.randint(5, 300), rng.choice((4, 5, 6, 8, 10, 12, 15, 20)), 2
        else:
            p, r, t = 1000 * rng.randint(1, 60), rng.choice((4, 5, 6, 8, 10, 12, 15, 20)), 3
        return (p, r, t) if all_clean(_compound(p, r, t)) else None

    p, r, t = draw(rng, attempt)
    si = percent_of(p, r * t)
    ci = _compound(p, r, t) - p
    ans = ci - si
    return Draft(
        params={"principal": p, "rate": r, "years": t, "ask": "difference"},
        answer=ans,
        mistakes=[percent_of(percent_of(p, r), r), percent_of(p, r), ans * 10, ci],
        unit=MONEY,
        question=Q_CI_SI_DIFF,
        steps=[S_DIFF_SI, S_DIFF_CI, S_DIFF],
        values={"p": p, "r": r, "t": t, "m": multiplier(r), "si": si, "ci": ci, "ans": ans},
    )


Q_CI_RATE = words(
    "At compound interest (compounded annually), ₹{p} amounts to ₹{a} in {t} years. What is the rate of interest "
    "per annum?",
    "चक्रवृद्धि ब्याज (वार्षिक संयोजित) पर ₹{p} की राशि {t} वर्ष में ₹{a} हो जाती है। वार्षिक ब्याज दर क्या है?",
    "A interés compuesto (capitalización anual), ₹{p} se convierten en ₹{a} en {t} años. ¿Cuál es la tasa de "
    "interés anual?",
)
S_CI_RATIO = words(
    "Amount ÷ principal = {a} ÷ {p} = {ratio} = ({base})^{t}",
    "मिश्रधन ÷ मूलधन = {a} ÷ {p} = {ratio} = ({base})^{t}",
    "Monto ÷ capital = {a} ÷ {p} = {ratio} = ({base})^{t}",
)
S_CI_RATE = words(
    "So 1 + R/100 = {base}, and R = {ans}%",
    "अतः 1 + दर/100 = {base}, और दर = {ans}%",
    "Así que 1 + r/100 = {base}, y r = {ans}%",
)


def compound_rate(difficulty: str, rng: random.Random) -> Draft:
    def attempt() -> tuple[int, int, int] | None:
        if difficulty == "easy":
            p, r, t = 100 * rng.randint(5, 150), rng.choice((5, 10, 20)), 2
        elif difficulty == "medium":
            p, r, t = 100 * rng.randint(5, 300), rng.choice((4, 6, 8, 12, 15, 25)), 2
        else:
            p, r, t = 1000 * rng.randint(1, 60), rng.choice((5, 10, 20, 25, 4, 8)), 3
        return (p, r, t) if _compound(p, r, t).denominator == 1 else None

    p, r, t = draw(rng, attempt)
    a = _compound(p, r, t)
    base = multiplier(r)
    return Draft(
        params={"principal": p, "amount": a, "years": t},
        answer=Fraction(r),
        mistakes=[(a - p) / p / t * 100, (a - p) / p * 100, Fraction(r, 2), Fraction(r * t)],
        unit=PERCENT,
        question=Q_CI_RATE,
        steps=[S_CI_RATIO, S_CI_RATE],
        values={"p": p, "a": a, "t": t, "ratio": fmt_fraction(a / p), "base": fmt_fraction(base), "ans": r},
    )


def solve_compound_interest(params: Params) -> Fraction:
    shape = params["shape"]
    if shape == "interest":
        per_year = params["per_year"]
        periods = Fraction(params["years"]) * per_year
        p = Fraction(params["principal"])
        return p * (1 + Fraction(params["rate"]) / (100 * per_year)) ** int(periods) - p
    if shape == "difference":
        r = Fraction(params["rate"])
        if params["ask"] == "principal":
            return Fraction(params["difference"]) / (r / 100) ** 2
        p, t = Fraction(params["principal"]), params["years"]
        return p * (1 + r / 100) ** t - p - p * r * t / 100
    ratio = Fraction(params["amount"]) / params["principal"]
    base = Fraction(_exact_root(ratio.numerator, params["years"]), _exact_root(ratio.denominator, params["years"]))
    return (base - 1) * 100


def _exact_root(value: int, degree: int) -> int:
    root = round(value ** (1 / degree))
    if root**degree != value:
        raise ValueError(f"{value} is not a perfect power of degree {degree}")
    return root


SHAPES: dict[str, dict[str, Shape]] = {
    "percentages": {"of": percentage_of, "successive": successive_change, "what_percent": what_percent},
    "profit_loss": {"gain_percent": gain_percent, "selling_price": selling_price, "discount": discount},
    "simple_interest": {"interest": simple_interest, "reverse": simple_interest_reverse},
    "compound_interest": {"interest": compound_interest, "difference": interest_difference, "rate": compound_rate},
}
SOLVERS = {
    "percentages": solve_percentages,
    "profit_loss": solve_profit_loss,
    "simple_interest": solve_simple_interest,
    "compound_interest": solve_compound_interest,
}
