"""The JSON schema a remote coach's reply must satisfy before anyone sees it.

Model output is untrusted: a reply that is out of range, too long or carries
extra keys is rejected whole rather than repaired, and the caller falls back.
"""

from __future__ import annotations

from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from lib.ai.protocol import AI, Feedback

MAX_SUMMARY_CHARS = 2000
MAX_ITEMS = 10
MAX_ITEM_CHARS = 500

_ITEMS: dict[str, Any] = {
    "type": "array",
    "maxItems": MAX_ITEMS,
    "items": {"type": "string", "maxLength": MAX_ITEM_CHARS},
}

FEEDBACK_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "score": {"type": "integer", "minimum": 0, "maximum": 100},
        "summary": {"type": "string", "maxLength": MAX_SUMMARY_CHARS},
        "strengths": _ITEMS,
        "improvements": _ITEMS,
    },
    "required": ["score", "summary", "strengths", "improvements"],
    "additionalProperties": False,
}

_VALIDATOR = Draft202012Validator(FEEDBACK_SCHEMA)


def validate_feedback(data: object) -> None:
    """Raise jsonschema's ValidationError unless `data` is a well-formed reply."""
    _VALIDATOR.validate(data)


def feedback_from_data(data: object, source: str = AI) -> Feedback:
    """Validate a decoded reply and turn it into Feedback."""
    validate_feedback(data)
    reply = cast(dict[str, Any], data)  # the schema guarantees an object with these keys
    return Feedback(
        score=int(reply["score"]),
        summary=reply["summary"],
        strengths=tuple(reply["strengths"]),
        improvements=tuple(reply["improvements"]),
        source=source,
    )


__all__ = ["FEEDBACK_SCHEMA", "ValidationError", "feedback_from_data", "validate_feedback"]
