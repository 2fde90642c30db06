"""Putting an interview's scores together: the delivery score, per-answer and per-interview totals.

Delivery is scored only for spoken answers, from the waveform metrics: a comfortable pace
(about 110-170 words a minute for interview answers), few fillers, few long silences and an even
voice. It adds a sixth dimension and a modest weight, so a typed answer is never penalised
for having no audio.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from statistics import mean
from typing import Any

PACE = (110.0, 170.0)  # words per minute considered comfortable to follow
DELIVERY_WEIGHT = 0.15
DIMENSIONS = ("relevance", "structure", "depth", "specificity", "clarity", "delivery")


def delivery_score(metrics: Mapping[str, Any]) -> int:
    """0-100 from words per minute, fillers per minute, long pauses and volume steadiness."""
    if not metrics.get("words"):
        return 0
    wpm = float(metrics["words_per_minute"])
    low, high = PACE
    off_pace = max(0.0, low - wpm, wpm - high)
    pace = max(0.0, 100 - 1.5 * off_pace)
    fillers = max(0.0, 100 - 15 * max(0.0, float(metrics["fillers_per_minute"]) - 1))
    pauses = max(0.0, 100 - 20 * int(metrics["long_pauses"]))
    steadiness = float(metrics["volume_steadiness"])
    return round(0.35 * pace + 0.3 * fillers + 0.2 * pauses + 0.15 * steadiness)


def answer_totals(scores: Mapping[str, Any], delivery: Mapping[str, Any] | None) -> tuple[int, dict[str, int]]:
    """The answer's overall score and dimensions, with delivery added for a spoken answer."""
    dimensions = {name: int(value) for name, value in scores["dimensions"].items()}
    overall = int(scores["overall"])
    if delivery is not None:
        dimensions["delivery"] = delivery_score(delivery)
        overall = round((1 - DELIVERY_WEIGHT) * overall + DELIVERY_WEIGHT * dimensions["delivery"])
    return overall, dimensions


def dimension_means(all_dimensions: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """The mean of each dimension over the answers that have it, in the usual order."""
    collected: dict[str, list[int]] = {}
    for dimensions in all_dimensions:
        for name, value in dimensions.items():
            collected.setdefault(name, []).append(value)
    return {name: round(mean(collected[name])) for name in DIMENSIONS if name in collected}


def session_overall(main_scores: Sequence[int]) -> int | None:
    return round(mean(main_scores)) if main_scores else None
