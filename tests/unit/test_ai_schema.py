"""The reply schema accepts well-formed feedback and rejects anything else whole."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from lib.ai.protocol import Feedback
from lib.ai.schema import FEEDBACK_SCHEMA, ValidationError, feedback_from_data, validate_feedback

GOOD: dict[str, Any] = {
    "score": 72,
    "summary": "Clear structure; add a metric.",
    "strengths": ["Clear structure"],
    "improvements": ["Quantify the impact", "Mention trade-offs"],
}


def with_(**changes: Any) -> dict[str, Any]:
    return {**GOOD, **changes}


def test_schema_is_itself_valid() -> None:
    Draft202012Validator.check_schema(FEEDBACK_SCHEMA)


@pytest.mark.parametrize(
    "reply",
    [GOOD, with_(score=0), with_(score=100), with_(strengths=[], improvements=[]), with_(summary="x" * 2000)],
)
def test_well_formed_replies_are_accepted(reply: dict[str, Any]) -> None:
    validate_feedback(reply)


@pytest.mark.parametrize(
    "reply",
    [
        with_(score=150),
        with_(score=-1),
        with_(score=72.5),
        with_(score="72"),
        with_(score=True),
        with_(score=None),
        with_(summary="x" * 2001),
        with_(summary=["not", "a", "string"]),
        with_(strengths=["x"] * 11),
        with_(improvements=["x" * 501]),
        with_(improvements=[1, 2]),
        with_(strengths="one string"),
        with_(verdict="hire"),
        {k: v for k, v in GOOD.items() if k != "summary"},
        [GOOD],
        "score: 72",
        None,
    ],
    ids=lambda reply: repr(reply)[:40],
)
def test_malformed_replies_are_rejected(reply: object) -> None:
    with pytest.raises(ValidationError):
        validate_feedback(reply)


def test_valid_reply_becomes_ai_feedback() -> None:
    assert feedback_from_data(GOOD) == Feedback(
        score=72,
        summary="Clear structure; add a metric.",
        strengths=("Clear structure",),
        improvements=("Quantify the impact", "Mention trade-offs"),
        source="ai",
    )


def test_integral_float_score_is_accepted_as_an_integer() -> None:
    assert feedback_from_data(with_(score=80.0)).score == 80
