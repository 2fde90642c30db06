"""Generated quantitative questions: right answers, honest options, three languages, no repeats.

The answer check does not trust the generators: every topic has its own solver below, written from the
parameters alone, by brute-force enumeration or simulation where that is practical and otherwise by a different
formula from the generator's.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.aptitude.generators import GENERATED_TOPICS, generate, generate_with_params, random_question
from lib.aptitude.generators.common import PLAIN, PROBABILITY, build_options, fmt
from lib.aptitude.model import DIFFICULTIES, LANGUAGES
from lib.aptitude.topics import TOPICS

REQUIRED_TOPICS = {
    "percentages",
    "profit_loss",
    "simple_interest",
    "compound_interest",
    "ratio_proportion",
    "averages",
    "time_work",
    "time_speed_distance",
    "mixtures",
    "permutations",
    "probability",
    "number_series",
    "ages",
}
CASES = [(topic, difficulty) for topic in GENERATED_TOPICS for difficulty in DIFFICULTIES]
SEEDS = st.integers(0, 10**9)
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
F = Fraction


def value_of(option: str) -> Fraction:
    """The number an option states: '₹1234.5', '12.5%', '3 days', '5/36', '7.5 किमी/घंटा'."""
    numbers = NUMBER.findall(option)
    assert len(numbers) == 1, f"expected one number in {option!r}"
    return Fraction(numbers[0])


def product(values: Any) -> Fraction:
    return math.prod((Fraction(value) for value in values), start=Fraction(1))


def search(predicate: Callable[[int], bool], limit: int = 2000) -> int:
    """The first non-negative integer satisfying an equation: solving it the slow, obviously right way."""
    return next(x for x in range(limit) if predicate(x))


# ------------------------------------------------------------------ independent solvers, one per topic


def percentages(p: dict[str, Any]) -> Fraction:
    if "percents" in p:
        return p["base"] * product(p["percents"]) / 100 ** len(p["percents"])
    if "changes" in p:
        return p["price"] * product(1 + F(change) / 100 for change in p["changes"])
    if "relation" in p:
        other, first = F(100), 100 + F(p["by"]) if p["relation"] == "more" else 100 - F(p["by"])
        return abs(first - other) / first * 100
    return F(p["part"]) * 100 / p["whole"]


def profit_loss(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "gain_percent":
        bought, sold = F(p["cost"], p["bought"]), F(p["sale"], p["sold"])
        return abs(sold / bought - 1) * 100
    if p["shape"] == "selling_price":
        if "final" in p:
            return p["final"] / product(1 + F(change) / 100 for change in p["changes"])
        if "loss" in p:
            return p["sale"] / (1 - F(p["loss"]) / 100) * (1 + F(p["gain"]) / 100)
        return p["cost"] * (1 + F(p["changes"][0]) / 100)
    factor = product(1 - F(off) / 100 for off in p["discounts"])
    if "markup" in p:
        return ((1 + F(p["markup"]) / 100) * factor - 1) * 100
    if "cost" in p:
        return (p["marked"] * factor / p["cost"] - 1) * 100
    return p["marked"] * factor


def simple_interest(p: dict[str, Any]) -> Fraction:
    if "periods" in p:
        interest = sum((F(p["principal"]) * F(rate) / 100 * F(years) for rate, years in p["periods"]), F(0))
        return interest if p["ask"] == "interest" else p["principal"] + interest
    if "interest" in p:
        return F(p["interest"]) / p["years"] / p["principal"] * 100
    if "amount" in p:
        return F(p["amount"]) / (1 + F(p["rate"]) * p["years"] / 100)
    (t1, a1), (t2, a2) = p["amounts"]
    return 100 * F(a2 - a1) / (a1 * t2 - a2 * t1)  # from P(1 + rt1/100) = a1 and P(1 + rt2/100) = a2


def compound_interest(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "interest":
        amount, periods = F(p["principal"]), F(p["years"]) * p["per_year"]
        for _ in range(int(periods)):
            amount += amount * F(p["rate"]) / p["per_year"] / 100
        return amount - p["principal"]
    if p["shape"] == "difference":
        r = F(p["rate"]) / 100
        if p["ask"] == "principal":
            return p["difference"] / ((1 + r) ** 2 - 1 - 2 * r)
        amount = F(p["principal"])
        for _ in range(p["years"]):
            amount += amount * r
        return amount - p["principal"] - p["principal"] * r * p["years"]
    rates = (F(half, 2) for half in range(1, 201))
    return next(rate for rate in rates if p["principal"] * (1 + rate / 100) ** p["years"] == p["amount"])


def ratio_proportion(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "share":
        if "links" in p:
            (a, b), (c, d) = p["links"]
            weights = [F(a, b), F(1), F(d, c)]  # in units of the middle person's share
        else:
            weights = [F(term) for term in p["ratio"]]
        return p["total"] * weights[p["who"]] / sum(weights)
    if p["shape"] == "proportional":
        terms = p["terms"]
        if p["kind"] == "fourth":
            return F(terms[1]) / terms[0] * terms[2]
        if p["kind"] == "third":
            return F(terms[1]) / terms[0] * terms[1]
        return F(search(lambda x: x * x == terms[0] * terms[1], 10**5))
    a, b = p["ratio"]
    if p["ask"] == "larger":
        return F(p["total"]) / (a + b) * max(a, b)
    c, d = p["new_ratio"]
    k = search(lambda k: k > 0 and (a * k + p["added"]) * d == (b * k + p["added"]) * c)
    return F(a * k) if p["ask"] == "smaller" else F((a + b) * k)


def averages(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "mean_of":
        if "numbers" in p:
            return F(sum(p["numbers"]), len(p["numbers"]))
        if "gap" in p:
            smallest = p["mean"] - (p["count"] - 1)
            numbers = [smallest + 2 * i for i in range(p["count"])]
            assert F(sum(numbers), len(numbers)) == p["mean"]
            return F(max(numbers))
        return 3 * F(p["first_three"]) + 3 * F(p["last_three"]) - 5 * F(p["mean"])
    if p["shape"] == "changed_average":
        if "groups" in p:
            return F(sum(n * mean for n, mean in p["groups"]), sum(n for n, _ in p["groups"]))
        if "replaced" in p:
            return p["replaced"] + F(p["rise"]) * p["count"]
        return F(p["new_mean"] * (p["count"] + 1) - p["mean"] * p["count"])
    n = p["innings"]
    if "score" in p:
        return F(search(lambda v: n * (v - p["rise"]) + p["score"] == (n + 1) * v, 10**4))
    if "target" in p:
        return F(search(lambda runs: (n * p["mean"] + runs) == p["target"] * (n + 1), 10**4))
    return F(p["new_mean"] * (n + p["more"]) - p["mean"] * n, p["more"])


def mixtures(p: dict[str, Any]) -> Fraction:
    if "lots" in p:
        return F(sum(w * price for w, price in p["lots"]), sum(w for w, _ in p["lots"]))
    if "known" in p:
        weight, price = p["known"]
        mean = F(p["mean"]) if "mean" in p else F(p["sale"]) / (1 + F(p["gain"]) / 100)
        # (weight·price + q·other) / (weight + q) = mean, solved for q
        return (mean * weight - weight * price) / (p["other_price"] - mean)
    volume = F(p["volume"])
    if "ratio" in p:
        (a, b), (c, d) = p["ratio"], p["target"]
        milk, water = volume * a / (a + b), volume * b / (a + b)
        return milk / c * d - water
    milk = volume
    for _ in range(p["times"]):
        milk -= milk / volume * p["removed"]
    return milk if p["ask"] == "milk" else volume - milk


def ages(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "ages_sum":
        if "difference" in p:
            return F(search(lambda a: a - (p["total"] - a) == p["difference"], 500))
        if "times" in p:
            n, k = p["years_ago"], p["times"]
            return F(search(lambda a: a - n == k * (p["total"] - a - n), 500))
        d1, d2 = p["gaps"]
        return F(search(lambda c: c + (c + d2) + (c + d2 + d1) == 3 * p["average"], 500))
    if p["shape"] == "ages_ratio":
        a, b = p["ratio"] if "ratio" in p else p["ratio_ago"]
        if "total" in p:
            return F(p["total"]) * a / (a + b) + p["after"]
        if "after" in p:
            c, d = p["new_ratio"]
            x = search(lambda x: x > 0 and (a * x + p["after"]) * d == (b * x + p["after"]) * c)
            return F(a * x)
        c, d = p["ratio_later"]
        span = p["ago"] + p["later"]
        x = search(lambda x: x > 0 and (a * x + span) * d == (b * x + span) * c)
        return F(a * x + b * x + 2 * p["ago"])
    if "total" in p:
        return F(search(lambda child: child + p["times"] * child == p["total"], 500))
    if "times_now" in p:
        k, j, n = p["times_now"], p["times_later"], p["after"]
        return F(search(lambda child: child > 0 and k * child + n == j * (child + n), 500))
    k, j, span = p["times_ago"], p["times_later"], p["ago"] + p["after"]
    child_then = search(lambda y: y > 0 and k * y + span == j * (y + span), 500)
    return F(k * child_then + p["ago"])


def time_work(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "together":
        if "together" in p:
            return 1 / (F(1, p["together"]) - F(1, p["alone"][0]))
        return 1 / sum((F(1, days) for days in p["alone"]), F(0))
    if p["shape"] == "leaves":
        if "worked" in p:
            rate_b = (1 - F(p["worked"], p["alone"])) / p["rest_days"]
            return 1 / rate_b
        left = 1 - p["together_days"] * sum(F(1, days) for days in p["alone"])
        later = left / sum(F(1, days) for days in p["alone"][1:])
        return later if p["ask"] == "rest" else p["together_days"] + later
    if "together_days" in p:
        done = sum(F(p["together_days"], days) for days in p["alone"])
        return p["pay"] * (1 - done)
    rates = [F(1, days) for days in p["alone"]]
    return p["pay"] * rates[p["who"]] / sum(rates)


def time_speed_distance(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "average_speed":
        if "legs" in p:
            return F(sum(s * t for s, t in p["legs"]), sum(t for _, t in p["legs"]))
        stretch = math.lcm(*p["equal_legs"])  # any common length works; this one keeps the times whole
        return F(stretch * len(p["equal_legs"])) / sum(F(stretch, speed) for speed in p["equal_legs"])
    if p["shape"] == "train":
        speeds = p["speeds"]
        if len(speeds) == 1:
            kmph = speeds[0]
        else:
            kmph = abs(speeds[0] - speeds[1]) if p["same_direction"] else speeds[0] + speeds[1]
        return F(sum(p["lengths"])) / (F(kmph) * 1000 / 3600)
    if "hours" in p:
        return F(p["speed"] * p["hours"], p["new_speed"])
    s1, s2 = p["speeds"]
    return F(p["minutes_gap"], 60) * s1 * s2 / (s2 - s1)


def permutations(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "word":
        orders = set(itertools.permutations(p["word"]))
        if p["vowels_together"]:
            orders = {
                order
                for order in orders
                if (spots := [i for i, ch in enumerate(order) if ch in "AEIOU"])
                and spots[-1] - spots[0] == len(spots) - 1
            }
        return F(len(orders))
    if p["shape"] == "committee":
        if "people" in p:
            return F(sum(1 for _ in itertools.combinations(range(p["people"]), p["size"])))
        people = ["m"] * p["men"] + ["w"] * p["women"]
        chosen = (group for group in itertools.combinations(range(len(people)), p["size"]))
        counts = [sum(people[i] == "w" for i in group) for group in chosen]
        if "exactly" in p:
            return F(sum(count == p["exactly"] for count in counts))
        return F(sum(count >= p["at_least"] for count in counts))
    numbers = [
        digits
        for digits in itertools.permutations(p["digits"], p["length"])
        if digits[0] != 0 and (not p["even"] or digits[-1] % 2 == 0)
    ]
    return F(len(numbers))


def probability(p: dict[str, Any]) -> Fraction:
    if p["shape"] == "balls":
        balls = [colour for colour, count in enumerate(p["counts"]) for _ in range(count)]
        draws = list(itertools.combinations(range(len(balls)), p["drawn"]))
        wanted = sorted(p["want"])
        return F(sum(sorted(balls[i] for i in draw) == wanted for draw in draws), len(draws))
    if p["shape"] == "dice":
        throws = list(itertools.product(range(1, 7), repeat=p["dice"]))
        x = p["x"]
        tests: dict[str, Callable[[tuple[int, ...]], bool]] = {
            "sum_eq": lambda t: sum(t) == x,
            "sum_gt": lambda t: sum(t) > x,
            "sum_lt": lambda t: sum(t) < x,
            "sum_mult": lambda t: sum(t) % x == 0,
            "diff_eq": lambda t: max(t) - min(t) == x,
            "doublet": lambda t: t[0] == t[1],
        }
        return F(sum(tests[p["event"]](throw) for throw in throws), len(throws))
    tosses = list(itertools.product("HT", repeat=p["coins"]))
    k = p["heads"]
    rule = {"exactly": lambda h: h == k, "at_least": lambda h: h >= k, "at_most": lambda h: h <= k}[p["rule"]]
    return F(sum(rule(toss.count("H")) for toss in tosses), len(tosses))


def number_series(p: dict[str, Any]) -> Fraction:
    kind, shown = p["kind"], p["shown"]
    if kind == "power":
        n = p["first"] + shown
        return F(n ** p["power"] + p["linear"] * n + p["offset"])
    term = p["start"]
    if kind in ("linear", "quadratic", "geometric"):
        gap = p["step"]
        for _ in range(shown):
            term += gap
            gap = gap + p["second"] if kind == "quadratic" else gap * p["growth"] if kind == "geometric" else gap
        return F(term)
    for i in range(shown):
        if kind == "times" or (kind == "alternate" and i % 2 == 0):
            term *= p["k"]
        elif kind == "times_plus":
            term = term * p["k"] + p["c"]
        else:
            term += p["c"]
    return F(term)


SOLVERS: dict[str, Callable[[dict[str, Any]], Fraction]] = {
    "percentages": percentages,
    "profit_loss": profit_loss,
    "simple_interest": simple_interest,
    "compound_interest": compound_interest,
    "ratio_proportion": ratio_proportion,
    "averages": averages,
    "mixtures": mixtures,
    "ages": ages,
    "time_work": time_work,
    "time_speed_distance": time_speed_distance,
    "permutations": permutations,
    "probability": probability,
    "number_series": number_series,
}


# ------------------------------------------------------------------ tests


def test_every_required_topic_is_generated_and_is_a_known_quantitative_topic():
    assert set(GENERATED_TOPICS) >= REQUIRED_TOPICS
    assert set(GENERATED_TOPICS) <= set(TOPICS["quantitative"])
    assert set(SOLVERS) == set(GENERATED_TOPICS), "every generated topic needs an independent solver here"


@pytest.mark.parametrize(("topic", "difficulty"), CASES)
@settings(max_examples=50, deadline=None)
@given(seed=SEEDS)
def test_only_the_marked_option_matches_an_independent_solution(topic, difficulty, seed):
    question, params = generate_with_params(topic, difficulty, seed)
    question.check()
    assert (question.section, question.topic, question.difficulty) == ("quantitative", topic, difficulty)
    assert (question.key, question.source) == (f"gen:{topic}:{difficulty}:{seed}", "generated")
    options = question.wordings["en"].options
    assert len(options) == 4
    assert len(set(options)) == 4
    expected = SOLVERS[topic](params)
    values = [value_of(option) for option in options]
    assert values[question.answer] == expected, f"{question.wordings['en'].question} {params}"
    assert [i for i, value in enumerate(values) if value == expected] == [question.answer]


@settings(max_examples=50, deadline=None)
@given(topic=st.sampled_from(GENERATED_TOPICS), difficulty=st.sampled_from(list(DIFFICULTIES)), seed=SEEDS)
def test_the_same_seed_always_gives_the_same_question(topic, difficulty, seed):
    first, first_params = generate_with_params(topic, difficulty, seed)
    second, second_params = generate_with_params(topic, difficulty, seed)
    assert first == second
    assert first.wordings == second.wordings
    assert first_params == second_params


@pytest.mark.parametrize(("topic", "difficulty"), CASES)
def test_two_hundred_seeds_give_at_least_150_different_questions(topic, difficulty):
    texts = {generate(topic, difficulty, seed).wordings["en"].question for seed in range(200)}
    assert len(texts) >= 150


@settings(max_examples=50, deadline=None)
@given(topic=st.sampled_from(GENERATED_TOPICS), difficulty=st.sampled_from(list(DIFFICULTIES)), seed=SEEDS)
def test_every_language_has_the_question_and_the_same_numbers_in_its_options(topic, difficulty, seed):
    question = generate(topic, difficulty, seed)
    assert set(question.wordings) == set(LANGUAGES)
    english = question.wordings["en"]
    for language in LANGUAGES:
        wording = question.wordings[language]
        assert wording.question.strip() and wording.explanation.strip()
        assert len(wording.options) == len(english.options)
        for theirs, ours in zip(wording.options, english.options, strict=True):
            assert NUMBER.findall(theirs) == NUMBER.findall(ours)
    assert question.wordings["hi"].question != english.question
    assert question.wordings["es"].question != english.question
    assert re.search("[\u0900-\u097f]", question.wordings["hi"].question), "Hindi is written in Devanagari"


@settings(max_examples=50, deadline=None)
@given(topic=st.sampled_from(GENERATED_TOPICS), difficulty=st.sampled_from(list(DIFFICULTIES)), seed=SEEDS)
def test_the_explanation_works_step_by_step_to_the_correct_value(topic, difficulty, seed):
    question = generate(topic, difficulty, seed)
    for language in LANGUAGES:
        wording = question.wordings[language]
        correct = NUMBER.findall(wording.options[question.answer])[0]
        assert correct in NUMBER.findall(wording.explanation), f"{language}: {wording.explanation}"
        assert wording.explanation.count("\n") >= 1, "at least one working step before the answer line"


@settings(max_examples=50, deadline=None)
@given(topic=st.sampled_from(GENERATED_TOPICS), difficulty=st.sampled_from(list(DIFFICULTIES)), seed=SEEDS)
def test_no_number_shown_has_more_than_two_decimals_or_a_trailing_zero(topic, difficulty, seed):
    question = generate(topic, difficulty, seed)
    for wording in question.wordings.values():
        text = " ".join([wording.question, *wording.options, wording.explanation])
        assert not re.search(r"\d\.\d{3,}", text), text
        assert not re.search(r"\d\.\d*0(?!\d)", text), text
        assert not re.search(r"\de[-+]?\d|\bnan\b|\binf\b", text, re.IGNORECASE), text


def test_the_answer_is_not_always_in_the_same_place():
    for topic in GENERATED_TOPICS:
        places = {generate(topic, "medium", seed).answer for seed in range(40)}
        assert places == {0, 1, 2, 3}, topic


def test_harder_questions_take_more_steps_on_average():
    def steps(difficulty: str) -> float:
        questions = [generate(topic, difficulty, seed) for topic in GENERATED_TOPICS for seed in range(30)]
        return sum(q.wordings["en"].explanation.count("\n") for q in questions) / len(questions)

    assert steps("easy") < steps("medium") < steps("hard")


@pytest.mark.parametrize(
    ("topic", "difficulty"),
    [("trigonometry", "easy"), ("percentages", "expert"), ("", "easy"), ("Percentages", "easy")],
)
def test_an_unknown_topic_or_difficulty_is_refused(topic, difficulty):
    with pytest.raises(ValueError):
        generate(topic, difficulty, 1)


def test_random_question_draws_from_the_requested_topics_and_follows_the_rng():
    topics = ["ages", "probability"]
    questions = [random_question(random.Random(7), "hard", topics) for _ in range(2)]
    assert questions[0] == questions[1]
    drawn = [random_question(random.Random(seed), "easy", topics) for seed in range(30)]
    assert {question.topic for question in drawn} == set(topics)
    assert all(question.difficulty == "easy" for question in drawn)
    assert {random_question(random.Random(seed), "medium").topic for seed in range(200)} == set(GENERATED_TOPICS)
    with pytest.raises(ValueError):
        random_question(random.Random(1), "easy", ["trigonometry"])
    with pytest.raises(ValueError):
        random_question(random.Random(1), "easy", [])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (F(3, 10), "0.3"),
        (F(1, 10) + F(2, 10), "0.3"),
        (F(25, 2), "12.5"),
        (F(1, 4), "0.25"),
        (F(1200), "1200"),
        (1200, "1200"),
        (F(-15, 4), "-3.75"),
        (F(101, 100), "1.01"),
        (F(0), "0"),
    ],
)
def test_numbers_print_plainly_with_at_most_two_decimals(value, text):
    assert fmt(value) == text


def test_a_number_that_would_need_rounding_or_a_float_is_refused():
    with pytest.raises(ValueError):
        fmt(F(1, 3))
    with pytest.raises(ValueError):
        fmt(F(1, 8))
    with pytest.raises(TypeError):
        fmt(0.1 + 0.2)


@given(cents=st.integers(-(10**9), 10**9))
def test_printed_numbers_read_back_exactly(cents):
    value = F(cents, 100)
    text = fmt(value)
    assert F(text) == value
    assert not text.endswith(".") and not ("." in text and text.endswith("0"))


@settings(max_examples=50)
@given(seed=SEEDS)
def test_options_are_four_distinct_values_with_the_answer_where_reported(seed):
    rng = random.Random(seed)
    answer = F(rng.randint(1, 5000), rng.choice((1, 2, 4, 5, 10, 100)))
    mistakes = [answer, answer, F(-5), answer * 2, answer * 2]  # duplicates, the answer itself, a negative value
    options, index = build_options(answer, mistakes, PLAIN, rng)
    assert len(options) == 4 and options[index] == answer
    assert len({fmt(option) for option in options}) == 4
    assert all(option > 0 for option in options)
    assert answer * 2 in options, "a valid typical mistake is used before any fallback"


def test_probability_distractors_stay_probabilities_even_when_every_mistake_is_invalid():
    options, index = build_options(F(1, 2), [F(3, 2), F(0), F(1, 2), F(1)], PROBABILITY, random.Random(3))
    assert options[index] == F(1, 2)
    assert len(set(options)) == 4
    assert all(0 < option < 1 for option in options)
