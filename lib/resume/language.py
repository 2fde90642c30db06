"""The language a resume is written in, as far as its advice needs it: English, Spanish or Hindi.

Advice quotes example verbs ("Start each bullet with a verb such as Built, Reduced or Led"); a
resume written in Spanish or Hindi should get its own, and Hindi puts the verb at the end of a
sentence ("… भुगतान API बनाया"), so its advice says where the verb goes too. Counting the
commonest small words of each language is enough to tell them apart in a whole resume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lib.resume.script import DEVANAGARI_LETTERS

_SMALL_WORDS = {
    "en": frozenset(["the", "and", "of", "to", "in", "with", "for", "on", "a", "an", "at", "by", "from", "as"]),
    "es": frozenset(
        ["de", "la", "el", "en", "y", "con", "para", "los", "las", "del", "por", "una", "un", "que", "se", "al", "como"]
    ),
    "hi": frozenset(["और", "में", "के", "की", "का", "से", "को", "पर", "है", "हैं", "लिए", "साथ", "ने", "एक"]),
}
_WORD = re.compile(rf"[a-záéíóúñü]+|[{DEVANAGARI_LETTERS}]+")


@dataclass(frozen=True)
class VerbStyle:
    examples: str  # three strong verbs in the resume's language
    last: bool = False  # the verb closes the bullet (Hindi) rather than opening it


VERB_STYLES = {
    "en": VerbStyle("Built, Reduced, Led"),
    "es": VerbStyle("Diseñé, Reduje, Lideré"),
    "hi": VerbStyle("बनाया, घटाया, नेतृत्व किया", last=True),
}


def writing_language(text: str) -> str:
    """The language ("en", "es" or "hi") whose small words the text uses most; English on a tie."""
    counts = {language: 0 for language in _SMALL_WORDS}
    for word in _WORD.findall(text.lower()):
        for language, words in _SMALL_WORDS.items():
            counts[language] += word in words
    return max(counts, key=lambda language: (counts[language], language == "en"))


def verb_style(text: str) -> VerbStyle:
    """Example verbs, and where they go, in the resume's own language."""
    return VERB_STYLES[writing_language(text)]
