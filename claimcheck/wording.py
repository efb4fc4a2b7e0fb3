"""Steps 3 and load: how a sentence is worded, read once for the verdict to compare as data.

Who stands before and after a sentence's verbs and in which voice ("Soleimani was killed",
"kills ... Soleimani"), the names that stand whole in a text ("Hezbollah" stands in "fired by
Hezbollah", not in "Kataib Hezbollah"), and its content words. Claims are read so by
``claims``, records' statements and columns by ``reference`` at load.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from claimcheck.models import (
    NAME_FREE_AFTER,
    NAME_FREE_BEFORE,
    NAME_UNJOINED,
    StatementVerb,
    Wording,
    fold,
)
from claimcheck.places import place_kind
from claimcheck.rules import claims as claim_rules
from claimcheck.rules import entities as entity_rules
from claimcheck.rules import verdicts as rules

__all__ = [
    "content_words",
    "digit_runs",
    "read_crafts",
    "read_verbs",
    "read_wording",
    "undergoes",
    "word_stems",
]

_FREE_BEFORE = re.compile(r"(?<![\w-])")
_FREE_AFTER = re.compile(r"(?![\w-])")
_RUN = re.compile(r"\S+")
_WORD = re.compile(r"\w+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGITS = re.compile(r"\d+")
# Capitalised words that do not join the name after them into a longer one.
_ARTICLES = frozenset({"The", "A", "An"})
_PASSIVE = re.compile(rf"\b(?:{'|'.join(rules.PASSIVE_AUXILIARIES)})\s+(?:\w+\s+)?$", re.IGNORECASE)
_UNDERGOING = re.compile(rf"(?:{'|'.join(rules.UNDERGOING_VERBS)})\b", re.IGNORECASE)
_ROLE_BOUNDARY = re.compile(rules.ROLE_BOUNDARIES, re.IGNORECASE)
# "the first summit", "a drone strike": a verb-like word after these names an event
_DETERMINED = re.compile(r"\b(?:a|an|the|its|his|her|their|our)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def read_wording(text: str) -> Wording:
    """A text read for the names that stand whole in it (see ``Wording.holds``).

    >>> [read_wording(t).holds("Quds Force") for t in ("kills Quds Force commander",
    ...     "the Quds Forces", "Iran's Quds Force")]
    [True, False, True]
    """
    marks = bytearray(len(text) + 1)
    for match in _FREE_BEFORE.finditer(text):
        marks[match.start()] |= NAME_FREE_BEFORE
    for match in _FREE_AFTER.finditer(text):
        marks[match.start()] |= NAME_FREE_AFTER
    runs = [match.span() for match in _RUN.finditer(text)]
    starts = [start for start, _ in runs]
    for at, mark in enumerate(marks):
        if not mark & NAME_FREE_BEFORE:
            continue
        # the word before, as text[:at].split()[-1] gives it
        i = bisect.bisect_left(starts, at) - 1
        word = text[runs[i][0] : min(runs[i][1], at)] if i >= 0 else ""
        if _leaves_names_whole(word) or _after_a_place(text, runs, i, at):
            marks[at] |= NAME_UNJOINED
    return Wording(fold(text), bytes(marks))


def _after_a_place(text: str, runs: list[tuple[int, int]], i: int, at: int) -> bool:
    """Whether the capitalised words right before a position end with a place's name: a
    place before a name says where it is, it makes no longer name ("the El Paso Walmart")."""
    if i < 0 or runs[i][1] != at - 1:  # glued by one space only
        return False
    for k in range(i, max(i - 3, -1), -1):
        words = text[runs[k][0] : runs[i][1]]
        if not words[:1].isupper():
            return False
        # "North Korea", "San Jose": a word that opens place names is none before one
        if k == i and words.lower() in entity_rules.NAME_OPENERS:
            return False
        if place_kind(words) is not None:
            return True
    return False


def _leaves_names_whole(word: str) -> bool:
    """A capitalised word glued before makes another name ("Kataib Hezbollah"), unless it is
    an article, a possessive ("Iran's Guardian Council"), a title or a kind's ("Hurricane Ida")."""
    return (
        not word[:1].isupper()
        or word in _ARTICLES
        or word.endswith(("'s", "’s"))
        or all(part in entity_rules.TITLE_WORDS for part in word.lower().strip(".").split("-"))
        or word.lower() in entity_rules.KIND_TITLES
    )


def read_verbs(statement: str, cues: Iterable[tuple[int, int, str]]) -> tuple[StatementVerb, ...]:
    """Every word of a statement that may be its verb, and every event cue in it (``cues``:
    ``(start, end, event type)``), with who stands on either side, in text order.

    >>> [(v.word, v.passive, v.patient_side.folded) for v in read_verbs(
    ...     "Nixon resigns, and Ford is sworn in", [(6, 13, "resignation")])][:2]
    [('nixon', False, ' resigns'), ('resigns', False, '')]
    """
    kinds: dict[tuple[int, int], list[str]] = {}
    for start, end, kind in cues:
        kinds.setdefault((start, end), []).append(kind)
    for match in _WORD.finditer(statement):
        if _is_plain_word(match.group()):
            kinds.setdefault(match.span(), [])
    return tuple(_read_verb(statement, start, end, tuple(kinds[start, end]))
                 for start, end in sorted(kinds))  # fmt: skip


def _is_plain_word(text: str) -> bool:
    # a verb no cue names is matched by its stem, two letters or more
    return len(text) >= 2 and text.isascii() and text.isalpha()


def _read_verb(statement: str, start: int, end: int, kinds: tuple[str, ...]) -> StatementVerb:
    text = statement[start:end]
    before = statement[:start]
    # the doer stands after the last role boundary before the verb; with none but blanks
    # there (", killing 86 people"), a participle's doer is the subject of the sentence
    cut = [match.end() for match in _ROLE_BOUNDARY.finditer(before)]
    agent_side = before[cut[-1] if cut else 0 :]
    if not agent_side.strip():
        agent_side = before
    after = statement[end:]
    stop = _ROLE_BOUNDARY.search(after)
    patient_side = after[: stop.start() if stop else len(after)]
    return StatementVerb(
        word=text.lower() if _is_plain_word(text) else "",
        kinds=kinds,
        determined=_DETERMINED.search(before) is not None,
        passive=undergoes(statement, start, end),
        agent_side=read_wording(agent_side),
        patient_side=read_wording(patient_side),
        by_agent=" by " in f" {patient_side} ",
    )


def undergoes(text: str, start: int, end: int) -> bool:
    """Whether the subject of the verb at ``start:end`` is the one it happens to: "was killed"
    or "died", not "is withdrawing".

    >>> undergoes("Soleimani was killed", 14, 20), undergoes("Iran is withdrawing", 8, 19)
    (True, False)
    """
    verb = text[start:end]
    if _UNDERGOING.match(verb):
        return True
    return not verb.split()[0].lower().endswith("ing") and _PASSIVE.search(text[:start]) is not None


def content_words(text: str) -> list[str]:
    """A text's words of three letters or more, case-folded, in order.

    >>> content_words("After the 2016 general election")
    ['after', 'the', 'general', 'election']
    """
    return _CONTENT_WORD.findall(text.casefold())


def word_stems(*texts: str) -> frozenset[str]:
    """The first five letters of the texts' words, as a record's words are matched by a
    claim's phrase in any form of ending ("refuelled", "refueling").

    >>> sorted(word_stems("A glider crashed", "Ephrata"))
    ['crash', 'ephra', 'glide']
    """
    return frozenset(word[:5] for text in texts for word in content_words(text))


_CRAFT_OF_WORD = {word: kind for kind, words in claim_rules.CRAFT_KINDS.items() for word in words}


def read_crafts(*texts: str) -> tuple[str, ...]:
    """The kinds of craft the texts name ("a helicopter", "Bell 206 chopper"), sorted.

    >>> read_crafts("A small plane crashed", "Robinson R44 (Helicopter, N7091F)")
    ('airplane', 'helicopter')
    """
    words = (w for text in texts for w in content_words(text))
    return tuple(sorted({_CRAFT_OF_WORD[w] for w in words if w in _CRAFT_OF_WORD}))


# "cut its deposit rate", "raised the three key interest rates", "its first rate rise"
_RATE_MOVES = {
    way: re.compile(
        rf"\b(?:(?:{verbs})\s+(?:\S+\s+){{0,4}}?{claim_rules.RATE_NOUNS}\b"
        rf"|\brates?\s+(?:{claim_rules.RATE_MOVE_NOUNS[way]})\b)",
        re.IGNORECASE,
    )
    for way, verbs in claim_rules.RATE_MOVES.items()
}


def read_rate_moves(*texts: str) -> tuple[str, ...]:
    """Which ways the texts say a rate moved ("up", "down"), sorted.

    >>> read_rate_moves("The Fed cut its benchmark rate by a full point.")
    ('down',)
    >>> read_rate_moves("raising its policy rate from -0.1%", "its first rate rise in 17 years")
    ('up',)
    """
    return tuple(
        sorted(way for way, pattern in _RATE_MOVES.items() if any(map(pattern.search, texts)))
    )


def digit_runs(text: str) -> tuple[str, ...]:
    """The numbers written in a text, as digits: a tally is compared digit for digit.

    >>> digit_runs("won 4-2")
    ('4', '2')
    """
    return tuple(_DIGITS.findall(text))
