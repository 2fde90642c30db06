"""Word matching for the offline coach: tokens, light stemming, content words.

A crude suffix stripper rather than a real stemmer keeps the offline coach
dependency-free and deterministic; it only has to make "scaling", "scaled" and
"scale" meet, and it strips the same way on both sides of a comparison.
"""

from __future__ import annotations

import re

# \w misses Devanagari vowel signs and virama, so Hindi words need the block spelled out.
_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+(?:['’][a-z]+)?", re.IGNORECASE)

_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ness", "ingly", "ings", "ing", "edly", "ed",
    "ies", "es", "ly", "s",
)  # fmt: skip

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not of off on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they this those
    through to too under until up very was we were what when where which while who whom why
    will with would you your yours
    mention mentions explain explains describe describes discuss discusses identify identifies
    state states cover covers talk talks give gives show shows include includes
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens in reading order."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def stem(word: str, language: str = "en") -> str:
    """Strip one common English suffix (and a final "e"); other languages are left as is."""
    if language != "en":
        return word
    for suffix in _SUFFIXES:
        if suffix == "s" and word.endswith("ss"):
            break
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def content_stems(text: str, language: str = "en") -> list[str]:
    """Stems of the words that carry meaning, de-duplicated, in first-seen order."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        seen.setdefault(stem(word, language), None)
    return list(seen)
