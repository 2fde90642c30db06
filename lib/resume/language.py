"""The language a resume is written in, as far as its advice needs it: English or Spanish.

Advice quotes example verbs ("Start each bullet with a verb such as Built, Reduced or Led"); a
resume written in Spanish should get Spanish ones. Counting the commonest small words of each
language is enough to tell the two apart in a whole resume.
"""

from __future__ import annotations

import re

_SPANISH = frozenset(
    ["de", "la", "el", "en", "y", "con", "para", "los", "las", "del", "por", "una", "un", "que", "se", "al", "como"]
)
_ENGLISH = frozenset(["the", "and", "of", "to", "in", "with", "for", "on", "a", "an", "at", "by", "from", "as"])
_WORD = re.compile(r"[a-záéíóúñü]+")

EXAMPLE_VERBS = {"en": "Built, Reduced, Led", "es": "Diseñé, Reduje, Lideré"}


def writing_language(text: str) -> str:
    """ "es" when Spanish small words outnumber English ones, else "en"."""
    words = _WORD.findall(text.lower())
    spanish = sum(word in _SPANISH for word in words)
    english = sum(word in _ENGLISH for word in words)
    return "es" if spanish > english else "en"


def example_verbs(text: str) -> str:
    """Three strong opening verbs in the resume's own language."""
    return EXAMPLE_VERBS[writing_language(text)]
