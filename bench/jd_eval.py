"""Skill extraction from job descriptions, on two annotated corpora, against a dictionary baseline.

`python -m bench.jd_eval --data ../shared/data` prints one key=value per line:
    green_skills_f1, green_skills_exact_f1        Green et al. 2022 test set (label Skill)
    skillspan_skills_f1, skillspan_skills_exact_f1  SkillSpan test split (skill and knowledge spans)
    baseline_green_f1, baseline_skillspan_f1       a lookup of SkillSpan train spans seen at least twice
    median_ms_per_sentence
The unit is a sentence: the gold set is its distinct spans, the prediction the distinct
surfaces our taxonomy matcher finds in it, both lowercased with white space collapsed; exact and
lenient (containment at word boundaries) matching as in bench.resume_eval. Sentences without any
gold span count too (their predictions are false positives). Tuning used the SkillSpan train split
only; the test splits are read for the final figures.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.resume_eval import SetScore, baseline_patterns, baseline_predict, norm
from lib.resume.taxonomy import load_taxonomy

Sentence = tuple[str, set[str]]


def _spans(tokens: list[str], tags: list[str], kinds: tuple[str, ...]) -> set[str]:
    spans: list[list[str]] = []
    current: list[str] = []
    for token, tag in zip(tokens, tags, strict=True):
        if tag.startswith("B") and (tag == "B" or tag[2:] in kinds):
            if current:
                spans.append(current)
            current = [token]
        elif tag.startswith("I") and current and (tag == "I" or tag[2:] in kinds):
            current.append(token)
        else:
            if current:
                spans.append(current)
            current = []
    if current:
        spans.append(current)
    return {norm(" ".join(span)) for span in spans}


def skillspan(path: Path) -> Iterator[Sentence]:
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        tokens = record["tokens"]
        gold = _spans(tokens, record["tags_skill"], ()) | _spans(tokens, record["tags_knowledge"], ())
        yield " ".join(tokens), gold


def green(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2:
            tokens.append(parts[0])
            tags.append(parts[-1])
        elif tokens:
            yield " ".join(tokens), _spans(tokens, tags, ("Skill",))
            tokens, tags = [], []


def predicted(text: str) -> set[str]:
    return {norm(mention.surface) for mention in load_taxonomy().find(text)}


def evaluate(
    sentences: list[Sentence], baseline: list[tuple[str, re.Pattern[str]]]
) -> tuple[SetScore, SetScore, list[float]]:
    ours, base, times = SetScore(), SetScore(), []
    for text, gold in sentences:
        started = time.perf_counter()
        found = predicted(text)
        times.append((time.perf_counter() - started) * 1000)
        ours.add(found, gold)
        base.add(baseline_predict(text, baseline), gold)
    return ours, base, times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    train = list(skillspan(args.data / "jd_skills_skillspan" / "train.json"))
    counts: Counter[str] = Counter(span for _, gold in train for span in gold)
    baseline = baseline_patterns(term for term, count in counts.items() if count >= 2)
    load_taxonomy()
    green_scores = evaluate(list(green(args.data / "jd_skills_green2022" / "testset.txt")), baseline)
    span_scores = evaluate(list(skillspan(args.data / "jd_skills_skillspan" / "test.json")), baseline)
    figures = {
        "green_skills_f1": green_scores[0].f1(),
        "green_skills_exact_f1": green_scores[0].exact_f1(),
        "skillspan_skills_f1": span_scores[0].f1(),
        "skillspan_skills_exact_f1": span_scores[0].exact_f1(),
        "baseline_green_f1": green_scores[1].f1(),
        "baseline_skillspan_f1": span_scores[1].f1(),
        "median_ms_per_sentence": statistics.median(green_scores[2] + span_scores[2]),
    }
    for key, value in figures.items():
        print(f"{key}={value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
