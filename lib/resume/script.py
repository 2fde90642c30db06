"""Letters of scripts with and without capitals, for rules first written with Latin in mind.

"A name is two to four capitalised words" must also accept Hindi: Devanagari letters have no
case, and its vowel signs ("ा", "ु") are marks, not letters, to Python's str methods, so
"राहुल".isalpha() is False.
"""

from __future__ import annotations

import unicodedata

# Devanagari letters and vowel signs, for a regex character class: the signs are not \w, so
# [\w] alone cuts "प्रबंधन" apart (the danda, । and ॥, is punctuation and left out).
DEVANAGARI_LETTERS = "\u0900-\u0963\u0966-\u097f"


def opens_capitalised(word: str) -> bool:
    """Starts with a capital, or with a letter of a script without capitals ("Rahul", "राहुल")."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def is_letters(word: str) -> bool:
    """Only letters and the marks written on them ("Rahul", "राहुल"; not "R2" or "-")."""
    return word[:1].isalpha() and all(char.isalpha() or is_mark(char) for char in word)


def letters_of(word: str) -> str:
    """The word lower-cased without its punctuation, in one Unicode form (a nukta may be typed as
    part of its letter or after it): "Diseñé," -> "diseñé", "बनाया।" -> "बनाया"."""
    word = nfc(word.lower())
    return "".join(char for char in word if char.isalpha() or is_mark(char))


def nfc(text: str) -> str:
    """One form for Hindi letters with a nukta (ज़, ड़), which may be typed as one code point or two."""
    return unicodedata.normalize("NFC", text)


def devanagari(text: str) -> bool:
    return any("\u0900" <= char <= "\u097f" for char in text)
