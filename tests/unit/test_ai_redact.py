"""Redaction removes contact details and names but keeps the numbers an answer is made of."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.ai.redact import redact

# A broad notion of "an e-mail address" for the properties, independent of the implementation.
ANY_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "priya.sharma@gmail.com",
        "priya.sharma+jobs@example.co.in",
        "First.Last@Sub.Example-Domain.ORG",
        "o'brien_1@mail.example.com",
    ],
)
def test_email_addresses_become_a_placeholder(text: str) -> None:
    assert redact(f"Write to {text}, thanks.") == "Write to [EMAIL], thanks."


@pytest.mark.parametrize(
    "phone",
    [
        "+91 98765 43210",
        "+91-9876543210",
        "+919876543210",
        "+44 20 7946 0958",
        "+44 (0) 20 7946 0958",
        "+1 415 555 2671",
        "9876543210",
        "09876543210",
        "98765 43210",
        "98765-43210",
        "(555) 123-4567",
        "555-123-4567",
        "555.123.4567",
        "555 123 4567",
        "1-555-123-4567",
        "1 (555) 123-4567",
    ],
)
def test_phone_numbers_become_a_placeholder(phone: str) -> None:
    assert redact(f"Call me on {phone} today.") == "Call me on [PHONE] today."


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 I joined, and by 2021 I led the team.",
        "I have 5 years of experience and 12 direct reports.",
        "Revenue grew 45% and churn fell by 3.5%.",
        "Between 2019-2020 we shipped 120 releases.",
        "The launch was on 12/05/2021 at 10:30.",
        "We saved $1,000,000 and ₹25,00,000 a year.",
        "Latency dropped from 250 ms to 40 ms, a +20% gain.",
        "We served 10,000,000 requests on 3 regions.",
        "Pi is 3.14159 and e is 2.71828.",
        "Version 1.2.3 of the API, port 8080, HTTP 404.",
    ],
)
def test_years_percentages_and_counts_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See https://www.linkedin.com/in/priya-sharma/.", "See [URL]."),
        ("Code: github.com/priyasharma and gitlab.com/p-s", "Code: [URL] and [URL]"),
        ("Profile in.linkedin.com/in/priya, portfolio http://priya.dev", "Profile [URL], portfolio [URL]"),
        ("Blog (https://example.org/a?b=c) and www.example.com!", "Blog ([URL]) and [URL]!"),
    ],
)
def test_links_become_a_placeholder(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_bare_site_name_is_not_a_link() -> None:
    assert redact("I pushed the code to GitHub and linkedin.com is where I post.") == (
        "I pushed the code to GitHub and linkedin.com is where I post."
    )


def test_an_address_inside_a_link_goes_with_the_link() -> None:
    assert redact("https://user@example.com/profile") == "[URL]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Sharma led the project.", "[NAME] led the project."),
        ("PRIYA   SHARMA, priya, Sharma.", "[NAME], [NAME], [NAME]."),
        ("Ms. Sharma thanked Priya.", "Ms. [NAME] thanked [NAME]."),
        ("Priyanka and Sharmaji are other people.", "Priyanka and Sharmaji are other people."),
    ],
)
def test_names_are_replaced_as_whole_words_in_any_case(text: str, expected: str) -> None:
    assert redact(text, ["Priya Sharma"]) == expected


def test_initials_alone_are_not_treated_as_names() -> None:
    assert redact("A. K. Rao said a word", ["A. K. Rao"]) == "[NAME] said a word"


def test_several_names_and_blank_names() -> None:
    assert redact("Ana met Lee", ["Ana", "  ", "", "Lee Chen"]) == "[NAME] met [NAME]"


def test_placeholder_words_given_as_names_do_not_nest() -> None:
    once = redact("Name: Email Phone", ["Email Phone", "Name"])
    assert once == "[NAME]: [NAME]"
    assert redact(once, ["Email Phone", "Name"]) == once


def test_everything_together() -> None:
    text = (
        "Hi, I am Ravi Kumar (ravi.kumar@example.com, +91 98765 43210, "
        "https://linkedin.com/in/ravikumar). In 2022 I cut costs by 30% over 5 months."
    )
    assert redact(text, ["Ravi Kumar"]) == (
        "Hi, I am [NAME] ([EMAIL], [PHONE], [URL]). In 2022 I cut costs by 30% over 5 months."
    )


TEXT = st.text(alphabet="ab1 .@+-()/:[]_9wht\n", max_size=80) | st.text(max_size=80)
NAMES = st.lists(st.text(alphabet="abAB .'-", max_size=12), max_size=3)


@settings(max_examples=300, deadline=None, database=None)
@given(text=TEXT, names=NAMES)
def test_redaction_is_idempotent(text: str, names: list[str]) -> None:
    once = redact(text, names)
    assert redact(once, names) == once


@settings(max_examples=300, deadline=None, database=None)
@given(before=st.text(max_size=30), email=st.emails(), after=st.text(max_size=30))
def test_no_email_address_survives(before: str, email: str, after: str) -> None:
    result = redact(f"{before} {email} {after}")
    assert email not in result
    assert not ANY_EMAIL.search(redact(email))


@settings(max_examples=200, deadline=None, database=None)
@given(
    prefix=st.sampled_from(["", "+91 ", "+91-", "0"]),
    first=st.integers(6, 9),
    rest=st.integers(0, 999_999_999),
)
def test_every_indian_mobile_number_is_removed(prefix: str, first: int, rest: int) -> None:
    number = f"{prefix}{first}{rest:09d}"
    assert redact(f"Phone: {number}.") == "Phone: [PHONE]."


@settings(max_examples=200, deadline=None, database=None)
@given(
    numbers=st.lists(st.integers(0, 99_999), min_size=1, max_size=6),
    suffix=st.sampled_from(["", "%", " years"]),
)
def test_short_numbers_are_kept(numbers: list[int], suffix: str) -> None:
    text = " and ".join(f"{n}{suffix}" for n in numbers)
    assert redact(text) == text
