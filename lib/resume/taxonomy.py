"""The skills taxonomy and a dictionary matcher over it, plus a stemmer for keyword matching.

Skills are found by longest match over token sequences, not by a regex per skill: one pass over
the text with a dictionary of normalised keys stays fast with thousands of names and aliases,
and one normalisation (used on both sides) makes "Node.js", "node js" and "NodeJS" meet while
C++, C#, .NET, PL/SQL and CI/CD keep the punctuation that makes them different skills.

Normalisation of a run of tokens into a key:
- letters and digits are kept (case-folded unless the entry is case-sensitive);
- "+", "#", "/" and "&" are kept; a leading "." is kept (".NET"), other dots, hyphens,
  underscores, apostrophes and single line breaks join the parts they separate ("ASP.NET",
  "ASP .NET" and "asp net" are one key);
- anything else (commas, brackets, colons, bullets, a blank line) ends a match.
Matches start and end on whole tokens, so "Java" is never found inside "Javanese"; a match
glued to a following "+", "#" or ".x" ("C" in "C#", "Node" in "Node.js") is refused, and short
keys (one or two characters, like C and R) also refuse glued hyphens and ampersands ("C-level",
"R&D"). A version glued to a name of three letters or more counts with it ("SQL2000",
"Weblogic8.1").

A record of data/resume/skills.jsonl: name, category, aliases; optionally case_sensitive (the
name and its very short aliases only as written), case_sensitive_aliases, word_aliases (names
that are also everyday words, "Spring", "Sage", "Express": matched as written and flagged so the
extractor asks for a skills list around them), domain (an industry or a field of study, "Retail",
"Special Education": the setting of the work rather than a skill), list_name (also what resumes
call a list of such skills, "Operating Systems: Windows, Linux") and versioned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

TAXONOMY_PATH = Path(__file__).resolve().parents[2] / "data" / "resume" / "skills.jsonl"

# Numbers with dots ("3.8", "1.x") are single tokens so a version is one token.
_TOKEN = re.compile(r"\d+(?:\.(?:\d+|x)\b)+|[^\W_]+|\S")
_KEPT_SYMBOLS = frozenset("+#/&")
_JOINERS = frozenset(".-_'’")
_VERSION = re.compile(r"(?:v|ver\.?\s?)?\d+(?:\.(?:\d+|x))*\+?", re.IGNORECASE)
_FUSED_VERSION = re.compile(r"^([^\W\d_]+?)(\d+)$")
_GLUED_VERSION = re.compile(r"(?:\.\d+)+(?![\w.])")
_MAX_TOKENS = 12
# Text that is an address, not prose: skills are not looked for inside it ("https" is not HTTP).
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|in|co)/\S*"
)
_SEASON_YEAR = re.compile(r"(?i:spring|summer|fall|autumn|winter)\s*[,'’]?\s*(?:(?:19|20)?\d\d|20XX)\b")
# Short aliases that are also everyday words are matched only in the case the taxonomy writes them.
COMMON_WORDS = frozenset(
    str.split(
        """a am an as at be by do go he if in is it me my no of on or so to up us we all and any are can did
    get has had her him his how its may new not now one our out own per put say see set she the too two
    use was way who why yes yet you act add age ago aid aim air art ask bad bar big bit box bus buy car
    cut day due ear eat end eye far fee few fit fix fly for fun gas god hat hit hot ice job key kid lab
    law lay leg let lie lot low man map mix net oil old pay pen pet pop raw red row run sea sit six sky
    son sun tax tea ten tie tip top toy try van war web win won pr hr"""
    )
)


@dataclass(frozen=True)
class Skill:
    """One taxonomy entry. `versioned` lets "Python 3.8" or "HTML5" count as the skill."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool = False
    case_sensitive_aliases: tuple[str, ...] = ()
    versioned: bool = False
    # Names that are also everyday words ("Spring", "Sage", "Express"): matched as written, and
    # flagged so the caller can ask for a skills context before counting them.
    word_aliases: tuple[str, ...] = ()
    # An industry, a sector or a field of study ("Retail", "Telecom Domain", "Special Education"):
    # the setting of the work rather than something the candidate does.
    domain: bool = False
    # The name is also what resumes call a list of such skills ("Operating Systems: Windows, Linux").
    list_name: bool = False


@dataclass(frozen=True)
class SkillMention:
    """Where a skill was found: `surface` is the text as written, `start`/`end` its offsets;
    `word` says it was written as one of the skill's everyday-word names; `domain` that the entry
    names an industry or a field of study; `list_name` that it may name a list of skills."""

    name: str
    category: str
    surface: str
    start: int
    end: int
    word: bool = False
    domain: bool = False
    list_name: bool = False


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _gap_breaks(gap: str) -> bool:
    """A blank line ends a match; spaces and one line break do not."""
    return gap.count("\n") >= 2


def _alias_keys(tokens: list[_Token], text: str, fold: bool) -> list[str]:
    """The keys an alias is indexed under: as the text side builds them (a space between words,
    nothing for a joiner), all glued ("Go lang" -> "golang"), and with joiners as spaces
    ("Node.js" -> "node js"). Empty if the alias holds something a match cannot cross."""
    pieces: list[tuple[str, str]] = []  # (separator kind before it, piece)
    previous: _Token | None = None
    pending = ""
    for index, token in enumerate(tokens):
        piece = _piece(token, index == 0, tokens[index + 1] if index + 1 < len(tokens) else None, text)
        if piece is None:
            return []
        if previous is not None and token.start > previous.end:
            pending = "space"
        if piece == "" and token.text in _JOINERS:
            pending = pending or "joiner"
        elif piece:
            word_pair = bool(pieces) and pieces[-1][1][-1:].isalnum() and piece[:1].isalnum()
            pieces.append((pending if word_pair else "", piece))
            pending = ""
        previous = token
    variants = []
    for space, joiner in ((" ", ""), ("", ""), (" ", " ")):
        key = "".join((space if kind == "space" else joiner if kind == "joiner" else "") + p for kind, p in pieces)
        variants.append(key.casefold() if fold else key)
    natural, glued, spaced = variants
    keys = [natural, spaced]
    if len(glued) >= 5:
        keys.append(glued)
    return [key for key in dict.fromkeys(keys) if key]


def _piece(token: _Token, first: bool, following: _Token | None, text: str) -> str | None:
    """What one token adds to a key: itself, nothing (a joiner), or None (a breaker)."""
    char = token.text
    if token.is_word:
        return char
    if char in _KEPT_SYMBOLS:
        return char
    if char == "." and first:
        return "." if following is not None and following.is_word and following.start == token.end else None
    if char in _JOINERS:
        return ""
    return None


def _alias_tokens(term: str) -> tuple[list[_Token], str]:
    cleaned = re.sub(r"[(),;:|\"\[\]{}]", " ", term).strip()
    tokens = _tokens(cleaned)
    # A trailing joiner ("Angular.") is punctuation, not part of the name.
    while tokens and not tokens[-1].is_word and tokens[-1].text in _JOINERS:
        tokens.pop()
    return tokens, cleaned


_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def general_name(name: str) -> str:
    """A skill's name without the field that tells it apart: "Prototyping (UX)" -> "Prototyping".
    A resume's "prototyping" serves a UX role that expects "Prototyping (UX)", and the other way round."""
    return _QUALIFIER.sub("", name)


def normalise(term: str, *, fold: bool = True) -> str | None:
    """The matching key of a term ("Node.js" -> "nodejs", ".NET" -> ".net", "C++" -> "c++")."""
    tokens, cleaned = _alias_tokens(term)
    keys = _alias_keys(tokens, cleaned, fold)
    return keys[0] if keys else None


def _alias_is_case_sensitive(skill: Skill, alias: str) -> bool:
    """A case-sensitive entry keeps the case of its name ("Go", "R", "Swift") and of its very short
    aliases; longer aliases ("Golang", "Go language") carry their own context and are case-folded."""
    if alias in skill.case_sensitive_aliases or alias in skill.word_aliases:
        return True
    if alias.casefold() in COMMON_WORDS:
        return True  # "IT", "PR", "AM" as written, never the words "it", "pr", "am"
    return skill.case_sensitive and (alias == skill.name or sum(c.isalnum() for c in alias) <= 3)


@dataclass
class Taxonomy:
    """Skills with an index of normalised keys; build once, then `find` in any text."""

    skills: tuple[Skill, ...]
    _folded: dict[str, int] = field(default_factory=dict, repr=False)
    _exact: dict[str, int] = field(default_factory=dict, repr=False)
    _folded_prefixes: set[str] = field(default_factory=set, repr=False)
    _exact_prefixes: set[str] = field(default_factory=set, repr=False)
    _word_keys: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        for index, skill in enumerate(self.skills):
            plain = (
                f for f in (skill.name, *skill.aliases, *skill.case_sensitive_aliases) if f not in skill.word_aliases
            )
            for form in (*plain, *skill.word_aliases):
                exact = _alias_is_case_sensitive(skill, form)
                tokens, cleaned = _alias_tokens(form)
                keys = _alias_keys(tokens, cleaned, fold=not exact)
                if exact:
                    keys += [key.upper() for key in keys if len(key) >= 3 and key.upper() != key]
                if form in skill.word_aliases:
                    self._word_keys.update(keys)
                table = self._exact if exact else self._folded
                prefixes = self._exact_prefixes if exact else self._folded_prefixes
                for variant in keys:
                    table.setdefault(variant, index)
                    prefixes.update(variant[:end] for end in range(1, len(variant) + 1))

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Taxonomy:
        return cls(tuple(_skill_from_record(record) for record in records))

    def canonical(self, term: str) -> str | None:
        """The taxonomy name for a term written any known way, or None."""
        mentions = self.find(term.strip())
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(term.strip()):
            return mentions[0].name
        return None

    def skill(self, name: str) -> Skill | None:
        """The entry called exactly `name`."""
        return next((skill for skill in self.skills if skill.name == name), None)

    def find(self, text: str) -> list[SkillMention]:
        """Longest, left-to-right, non-overlapping skill mentions in `text`, none inside a web or
        e-mail address and none that is a season before a year ("Spring 2019")."""
        addresses = [match.span() for match in _ADDRESS.finditer(text)]
        return [
            mention
            for mention in self._find(text)
            if not any(start < mention.end and mention.start < end for start, end in addresses)
            and not _SEASON_YEAR.match(text, mention.start)
            and not _verb_at_sentence_start(text, mention)
        ]

    def _find(self, text: str) -> list[SkillMention]:
        tokens = _tokens(text)
        mentions: list[SkillMention] = []
        i = 0
        while i < len(tokens):
            found = self._longest_at(tokens, i, text)
            if found is None:
                i += 1
                continue
            index, end_token, end = found
            skill = self.skills[index]
            start = tokens[i].start
            surface = text[start:end]
            word = surface in self._word_keys and self._exact.get(surface) == index
            mentions.append(
                SkillMention(skill.name, skill.category, surface, start, end, word, skill.domain, skill.list_name)
            )
            i = end_token + 1
            while i < len(tokens) and tokens[i].start < end:
                i += 1
        return mentions

    def _longest_at(self, tokens: list[_Token], i: int, text: str) -> tuple[int, int, int] | None:
        first = tokens[i]
        if not first.is_word:
            glued_word_follows = i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].start == first.end
            glued_word_precedes = i > 0 and tokens[i - 1].is_word and tokens[i - 1].end == first.start
            if first.text != "." or not glued_word_follows or glued_word_precedes:
                return None  # only a leading dot (".NET") starts a match besides a word
        best: tuple[int, int, int] | None = None
        folded = exact = ""
        spaced = False
        for j in range(i, min(len(tokens), i + _MAX_TOKENS)):
            token = tokens[j]
            if j > i:
                gap = text[tokens[j - 1].end : token.start]
                if _gap_breaks(gap):
                    break
                spaced = spaced or bool(gap)
            piece = _piece(token, j == i, tokens[j + 1] if j + 1 < len(tokens) else None, text)
            if piece is None:
                break
            if piece and folded:
                # Words separated by white space keep one space in the key; by a joiner, none.
                if spaced and folded[-1:].isalnum() and piece[:1].isalnum():
                    folded += " "
                    exact += " "
                spaced = False
            fused = _FUSED_VERSION.match(piece)
            if fused is not None:
                hit = self._hit(folded + fused.group(1).casefold(), exact + fused.group(1))
                # "HTML5", "Weblogic8.1", "SQL2000": a name with its version glued on (a name of three
                # letters or more, or a versioned one, so "R2" and "S3" stay what they are).
                if hit is not None and (self.skills[hit].versioned or len(fused.group(1)) >= 3):
                    version = _GLUED_VERSION.match(text, token.end)
                    last = j
                    while version and last + 1 < len(tokens) and tokens[last + 1].end <= version.end():
                        last += 1
                    if self._boundaries_ok(tokens, i, last, text):
                        best = (hit, last, tokens[last].end)
            folded += piece.casefold()
            exact += piece
            if piece:
                hit = self._hit(folded, exact)
                if hit is not None and self._boundaries_ok(tokens, i, j, text):
                    best = (hit, j, token.end)
            if folded not in self._folded_prefixes and exact not in self._exact_prefixes:
                break
        if best is None:
            return None
        index, end_token, end = best
        if self.skills[index].versioned:
            end_token, end = _extend_version(tokens, end_token, end, text)
        return index, end_token, end

    def _hit(self, folded: str, exact: str) -> int | None:
        if exact in self._exact:
            return self._exact[exact]
        return self._folded.get(folded)

    @staticmethod
    def _boundaries_ok(tokens: list[_Token], i: int, j: int, text: str) -> bool:
        start, end = tokens[i].start, tokens[j].end
        before = text[start - 1] if start > 0 else " "
        before2 = text[start - 2] if start > 1 else " "
        after = text[end] if end < len(text) else " "
        after2 = text[end + 1] if end + 1 < len(text) else " "
        if after in "+#":
            return False  # "C" of "C#"
        if (after in "._" and after2.isalnum()) or (before in "._" and before2.isalnum()):
            return False  # "Node" of "Node.js", "NET" of "ASP.NET"
        short = sum(c.isalnum() for c in text[start:end]) <= 2
        glued = (after in "-&'’" and after2.isalnum()) or (before in "-&'’+#" and before2.isalnum())
        return not (short and glued)  # "C-level", "R&D"


def _verb_at_sentence_start(text: str, mention: SkillMention) -> bool:
    """ "Go to market": an everyday word opening a sentence and followed by a lower-case word."""
    if mention.surface.casefold() not in COMMON_WORDS:
        return False
    before = text[: mention.start].rstrip(" \t")
    if before and before[-1] not in ".!?\n•":
        return False
    after = re.match(r"\s+([a-z]+)", text[mention.end :])
    return after is not None


def _extend_version(tokens: list[_Token], end_token: int, end: int, text: str) -> tuple[int, int]:
    """Take a version written after a versioned skill ("Python 3.8", "Java 1.8", "Angular 2+")."""
    j = end_token + 1
    if j >= len(tokens):
        return end_token, end
    gap = text[end : tokens[j].start]
    if gap not in ("", " "):
        return end_token, end
    match = _VERSION.fullmatch(tokens[j].text)
    if match is None or not tokens[j].text[0].isdigit():
        return end_token, end
    if len(tokens[j].text) > 3 and "." not in tokens[j].text:
        return end_token, end  # "Python 2012" is a year, not a version
    last = j
    if last + 1 < len(tokens) and tokens[last + 1].text == "+" and tokens[last + 1].start == tokens[last].end:
        last += 1
    after = text[tokens[last].end] if tokens[last].end < len(text) else " "
    if after.isalnum():
        return end_token, end
    return last, tokens[last].end


def _is_version_of(alias: str, name: str) -> bool:
    """ "Python 3", "HTML5", "Angular v2" are versions of their name (no regex per skill: the
    taxonomy has thousands and loads at start-up)."""
    if not alias.casefold().startswith(name.casefold()):
        return False
    rest = alias[len(name) :]
    rest = rest[1:] if rest[:1] == " " else rest
    rest = rest[1:] if rest[:1] in ("v", "V") else rest
    return rest[:1].isdigit()


def _skill_from_record(record: Mapping[str, Any]) -> Skill:
    name = str(record["name"]).strip()
    aliases = tuple(str(alias).strip() for alias in record.get("aliases") or () if str(alias).strip())
    versioned = record.get("versioned")
    if versioned is None:
        # The taxonomy says a skill has versions by listing one ("Python 3", "HTML5").
        versioned = any(_is_version_of(alias, name) for alias in aliases)
    return Skill(
        name=name,
        category=str(record.get("category") or "Other"),
        aliases=aliases,
        case_sensitive=bool(record.get("case_sensitive", False)),
        case_sensitive_aliases=tuple(
            str(a).strip() for a in record.get("case_sensitive_aliases") or () if str(a).strip()
        ),
        versioned=bool(versioned),
        word_aliases=tuple(str(a).strip() for a in record.get("word_aliases") or () if str(a).strip()),
        domain=bool(record.get("domain", False)),
        list_name=bool(record.get("list_name", False)),
    )


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """The shipped taxonomy, read and indexed once per process."""
    return Taxonomy.from_records(read_records(path))


def find_skills(text: str) -> list[SkillMention]:
    """Skill mentions in `text` according to the shipped taxonomy."""
    return load_taxonomy().find(text)


def canonical(term: str) -> str | None:
    """The taxonomy name of `term` ("k8s" -> "Kubernetes"), or None if it is not a known skill."""
    return load_taxonomy().canonical(term)


_VOWELS = frozenset("aeiou")


def _is_consonant(word: str, i: int) -> bool:
    char = word[i]
    if char in _VOWELS:
        return False
    if char == "y":
        return i == 0 or not _is_consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """m in [C](VC)^m[V]: how many vowel-consonant sequences the stem has."""
    count = 0
    previous_vowel = False
    for i in range(len(stem)):
        consonant = _is_consonant(stem, i)
        if consonant and previous_vowel:
            count += 1
        previous_vowel = not consonant
    return count


def _has_vowel(stem: str) -> bool:
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)


def _cvc(word: str) -> bool:
    """Ends consonant-vowel-consonant, the last not w, x or y (hop, not hoop)."""
    if len(word) < 3:
        return False
    return (
        _is_consonant(word, len(word) - 3)
        and not _is_consonant(word, len(word) - 2)
        and _is_consonant(word, len(word) - 1)
        and word[-1] not in "wxy"
    )


def _replace(word: str, rules: tuple[tuple[str, str], ...], min_measure: int) -> str:
    for suffix, replacement in rules:
        if word.endswith(suffix):
            stem = word[: len(word) - len(suffix)]
            return stem + replacement if _measure(stem) > min_measure else word
    return word


_STEP2 = (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
)  # fmt: skip
_STEP3 = (
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
)  # fmt: skip
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip


def _step1(word: str) -> str:
    if word.endswith(("sses", "ies")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = word[: -len(suffix)]
                if word.endswith(("at", "bl", "iz")):
                    word += "e"
                elif _double_consonant(word) and word[-1] not in "lsz":
                    word = word[:-1]
                elif _measure(word) == 1 and _cvc(word):
                    word += "e"
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _step4(word: str) -> str:
    # Longest suffix first, as the algorithm's table is ordered by the penultimate letter.
    for suffix in sorted(_STEP4, key=len, reverse=True):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if _measure(stem) > 1 and (suffix != "ion" or stem.endswith(("s", "t"))):
                return stem
            return word
    return word


def _step5(word: str) -> str:
    if word.endswith("e"):
        stem = word[:-1]
        if _measure(stem) > 1 or (_measure(stem) == 1 and not _cvc(stem)):
            word = stem
    if _measure(word) > 1 and _double_consonant(word) and word.endswith("l"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of one lower- or mixed-case English word ("managing" -> "manag")."""
    word = word.lower()
    if len(word) <= 2 or not word.isalpha():
        return word
    word = _step1(word)
    word = _replace(word, _STEP2, 0)
    word = _replace(word, _STEP3, 0)
    word = _step4(word)
    return _step5(word)
