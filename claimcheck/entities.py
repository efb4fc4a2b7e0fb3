"""Mentions step: a gazetteer of names (people, organisations, places, events) and find_entities.

Names are matched across spelling variants (Soleimani / Suleimani, Rouhani / Rohani), case,
diacritics and possessives, and by surname alone when only one person bears it. A name is only
linked when every one of its words agrees: a differing qualifier ("North" Korea, "Kataib"
Hezbollah) makes a different entity, so look-alikes stay unlinked rather than wrongly linked.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, overload

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from claimcheck.index import close_word_candidates, filed_under, hash_index, spelling_index
from claimcheck.models import EntityKind, EntityMention
from claimcheck.places import demonyms, place_kind
from claimcheck.rules import claims as claim_rules
from claimcheck.rules import counts as count_rules
from claimcheck.rules import entities as rules
from claimcheck.rules import numbers as number_rules
from claimcheck.rules import times as time_rules
from claimcheck.spelling import without_accents

__all__ = [
    "Gazetteer",
    "GazetteerArrays",
    "GazetteerEntry",
    "build_gazetteer",
    "find_entities",
    "is_common_opener",
    "match_variant",
    "normalise_name",
]

# Abbreviations with dots ("U.S.") are one word; an apostrophe inside a word keeps it whole
# ("Kata'ib"); hyphens split words ("al-Asad" is "al" + "Asad"), as names are spelt both ways.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE_IN_TEXT = re.compile(r"(?<=[^\W\d_])['’][sS]\b")
# Only spaces or a hyphen may separate the words of one name.
_JOINER = re.compile(r"[ \t]?|[ \t]?[-‐‑–][ \t]?")
_HYPHEN = re.compile(r"[-‐‑–]")
# A word after one of these may be capitalised only because it opens a sentence or a quote.
# An initial ("John F. Kennedy") or the "v." of a case name ("Roe v. Wade"): the full stop after
# it neither ends the sentence nor the name.
_INITIAL = re.compile(r"[A-Z]|vs?")
_INITIAL_GAP = re.compile(r"\.[ \t]?")
_OPENERS = frozenset('.!?:;\n“‘"(')

# Up to this many words, a gazetteer's vocabulary is compared with a text's words in one batch
# per word length faster than each word is looked up in the spelling index.
_SCAN_VOCABULARY = 5000
# The most text words whose close gazetteer words a gazetteer keeps (``_close_words``).
_CLOSE_WORDS_KEPT = 1 << 16

# Kinds of surface form: how a name can be written.
_FULL, _SURNAME, _CORE, _DEMONYM = "full", "surname", "core", "demonym"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A canonical name, the other ways it is written, and what kind of thing it names."""

    name: str
    aliases: tuple[str, ...]
    kind: EntityKind


class _Token(NamedTuple):
    """A word of the text; a named tuple because a text has many and a tuple is built fastest."""

    text: str
    start: int
    end: int
    norm: str
    capital: bool
    joined: bool  # only a space or a hyphen since the previous word
    hyphenated: bool  # only a hyphen since the previous word
    sentence_start: bool
    possessive: bool = False  # "Britain's": what follows is the possessor's, not its name


@dataclass(frozen=True, slots=True)
class _Surface:
    words: tuple[str, ...]
    entry: int
    form: str


_FORMS = (_FULL, _SURNAME, _CORE, _DEMONYM)
_KINDS = tuple(EntityKind)


@dataclass(frozen=True, slots=True)
class GazetteerArrays:
    """A gazetteer as flat columns, the form it is stored and memory-mapped in.

    Strings are Arrow arrays, numbers NumPy arrays; a ragged column is an offsets array beside
    its values (``aliases[alias_offsets[i]:alias_offsets[i + 1]]`` are entry ``i``'s aliases).
    Surfaces (the word forms a name is matched by) are filed (``claimcheck.index``) under their
    first word, length and last word: the surfaces a run of text words may be are found by one
    binary search, not by reading every surface the run's first word opens (thousands, for a
    first name, in a million rows).
    """

    names: pa.Array
    kinds: np.ndarray
    alias_offsets: np.ndarray
    aliases: pa.Array
    surface_words: pa.Array  # a surface's words joined by spaces
    surface_entries: np.ndarray
    surface_forms: np.ndarray
    surface_end_keys: np.ndarray  # claimcheck.index: sorted hashes of (first, length, last)
    surface_end_positions: np.ndarray  # the surface filed under each, in column order
    event_surfaces: np.ndarray  # surfaces of multi-word event names, longest first
    vocabulary: pa.Array  # every surface word, by length then alphabet
    spelling_keys: np.ndarray  # claimcheck.index: sorted key hashes, and beside each
    spelling_words: np.ndarray  # the vocabulary position of the word filed under it


class Gazetteer:
    """Canonical names with aliases and kinds, indexed for matching; build with build_gazetteer.

    The gazetteer is immutable once built: its indexes are made once (or mapped from a stored
    reference, see ``GazetteerArrays``), so matching an article costs one batched comparison of
    the article's words against the gazetteer's words.
    """

    __slots__ = (
        "_arrays",
        "_between",
        "_by_name",
        "_close",
        "_events_by_first",
        "_longest",
        "_names",
        "_vocabulary",
        "_vocabulary_lengths",
    )

    def __init__(self, entries: tuple[GazetteerEntry, ...]) -> None:
        self._load(_flatten(entries, _surfaces(entries)))

    @classmethod
    def from_arrays(cls, arrays: GazetteerArrays) -> Gazetteer:
        """The gazetteer of stored columns, as ``arrays`` gave them: nothing is recomputed."""
        gazetteer = cls.__new__(cls)
        gazetteer._load(arrays)
        return gazetteer

    def _load(self, arrays: GazetteerArrays) -> None:
        self._arrays = arrays
        self._names = arrays.names.to_pylist()
        self._by_name = dict(zip(self._names, range(len(self._names)), strict=True))
        self._between: dict[tuple[str, int, str], tuple[_Surface, ...]] = {}
        self._close: dict[str, dict[str, int]] = {}
        self._vocabulary = tuple(arrays.vocabulary.to_pylist())
        self._vocabulary_lengths = [len(word) for word in self._vocabulary]
        events: dict[str, list[_Surface]] = {}
        for k in arrays.event_surfaces.tolist():
            surface = self._surface(k)
            events.setdefault(surface.words[0], []).append(surface)
        self._events_by_first = {key: tuple(value) for key, value in events.items()}
        lengths = pc.list_value_length(pc.split_pattern(arrays.surface_words, " "))
        self._longest = int(pc.max(lengths).as_py() or 0) if len(lengths) else 0

    @property
    def arrays(self) -> GazetteerArrays:
        """The flat columns this gazetteer is made of (what a stored reference keeps)."""
        return self._arrays

    @property
    def positions(self) -> dict[str, int]:
        """Each canonical name's position in ``entries`` (read-only by convention)."""
        return self._by_name

    @property
    def entries(self) -> Sequence[GazetteerEntry]:
        """Every entry, in the order first given."""
        return _Entries(self)

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def entry(self, name: str) -> GazetteerEntry:
        """The entry of a canonical name; ``KeyError`` when the gazetteer lacks it."""
        return self._entry_at(self._by_name[name])

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} names)"

    def _entry_at(self, i: int) -> GazetteerEntry:
        arrays = self._arrays
        lo, hi = int(arrays.alias_offsets[i]), int(arrays.alias_offsets[i + 1])
        aliases = tuple(arrays.aliases.slice(lo, hi - lo).to_pylist()) if hi > lo else ()
        return GazetteerEntry(self._names[i], aliases, _KINDS[arrays.kinds[i]])

    def _surface(self, k: int) -> _Surface:
        arrays = self._arrays
        return _Surface(
            tuple(arrays.surface_words[k].as_py().split(" ")),
            int(arrays.surface_entries[k]),
            _FORMS[arrays.surface_forms[k]],
        )

    def _surfaces_between(self, first: str, size: int, last: str) -> tuple[_Surface, ...]:
        """The surfaces of ``size`` words from ``first`` to ``last``, in column order.

        Found in the index of surface ends, kept once asked for: a surface is made only for
        the few filed under the same key (another key's hash may collide: it is read and left).
        """
        found = self._between.get((first, size, last))
        if found is not None:
            return found
        arrays = self._arrays
        filed = filed_under(
            [_end_key(first, size, last)], arrays.surface_end_keys, arrays.surface_end_positions
        )
        surfaces = (self._surface(k) for k in filed.tolist())
        found = tuple(
            s
            for s in surfaces
            if len(s.words) == size and s.words[0] == first and s.words[-1] == last
        )
        if len(self._between) >= _CLOSE_WORDS_KEPT:
            self._between.clear()  # kept within the same bound as the close words
        self._between[(first, size, last)] = found
        return found


def _end_key(first: str, size: int, last: str) -> str:
    """What a surface is filed under: words hold no spaces, so no two surface ends share it."""
    return f"{first} {size} {last}"


class _Entries(Sequence[GazetteerEntry]):
    """A gazetteer's entries, made when asked for: a million-name gazetteer stays columns."""

    __slots__ = ("_gazetteer",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def __len__(self) -> int:
        return len(self._gazetteer)

    @overload
    def __getitem__(self, i: int) -> GazetteerEntry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[GazetteerEntry]: ...
    def __getitem__(self, i: int | slice) -> GazetteerEntry | Sequence[GazetteerEntry]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("gazetteer entry index out of range")
        return self._gazetteer._entry_at(i)


def _flatten(entries: tuple[GazetteerEntry, ...], surfaces: list[_Surface]) -> GazetteerArrays:
    # longest first, so "Iran nuclear deal" wins over "Iran deal" at the same word
    events = sorted(
        (
            k
            for k, s in enumerate(surfaces)
            if len(s.words) > 1 and entries[s.entry].kind is EntityKind.EVENT
        ),
        key=lambda k: -len(surfaces[k].words),
    )
    vocabulary = sorted({word for s in surfaces for word in s.words}, key=lambda w: (len(w), w))
    spelling_keys, spelling_words = spelling_index(vocabulary)
    end_keys, end_positions = hash_index(
        [_end_key(s.words[0], len(s.words), s.words[-1])] for s in surfaces
    )
    return GazetteerArrays(
        names=pa.array([entry.name for entry in entries], type=pa.large_string()),
        kinds=np.array([_KINDS.index(entry.kind) for entry in entries], dtype=np.int8),
        alias_offsets=np.cumsum([0, *(len(entry.aliases) for entry in entries)], dtype=np.int64),
        aliases=pa.array(
            [alias for entry in entries for alias in entry.aliases], type=pa.large_string()
        ),
        surface_words=pa.array([" ".join(s.words) for s in surfaces], type=pa.large_string()),
        surface_entries=np.array([s.entry for s in surfaces], dtype=np.int32),
        surface_forms=np.array([_FORMS.index(s.form) for s in surfaces], dtype=np.int8),
        surface_end_keys=end_keys,
        surface_end_positions=end_positions,
        event_surfaces=np.array(events, dtype=np.int32),
        vocabulary=pa.array(vocabulary, type=pa.large_string()),
        spelling_keys=spelling_keys,
        spelling_words=spelling_words,
    )


@functools.lru_cache(maxsize=1 << 18)
def is_demonym(mention: EntityMention) -> bool:
    """Whether a mention names a state by its people's word ("Iranian"), not by its name.

    >>> is_demonym(EntityMention("Iranian", 0, 7, "Iran", EntityKind.STATE))
    True
    """
    return normalise_name(mention.text) in demonyms()


def normalise_name(text: str) -> str:
    """A name as the matcher compares it: lower case, no diacritics, no possessive, words by spaces.

    >>> normalise_name("Iran’s Ain al-Asad")
    'iran ain al asad'
    >>> normalise_name("Trump’s")
    'trump'
    """
    return " ".join(_normalise_word(m.group()) for m in _WORD.finditer(_strip_possessive(text)))


def match_variant(alias: str, names: Iterable[str]) -> str | None:
    """The name among ``names`` that ``alias`` clearly is a spelling variant or a shortening of.

    Every word of the alias, once titles are set aside, must be close to a word of the name
    (or the alias must be the name's initials, as "IRGC"); the closest such name wins, and a
    tie between two names is no answer.

    >>> match_variant("Qasem Suleimani", ["Abu Mahdi al-Muhandis", "Qassem Soleimani"])
    'Qassem Soleimani'
    >>> match_variant("Operation Martyr Soleimani", ["Qassem Soleimani"]) is None
    True
    """
    alias_words = [w for w in normalise_name(alias).split() if w not in rules.TITLE_WORDS]
    if not alias_words:
        return None
    best: tuple[float, str] | None = None
    tied = False
    for name in names:
        name_words = normalise_name(name).split()
        if not name_words:
            continue
        score = _variant_score(alias, alias_words, name_words)
        if score is None:
            continue
        if best is None or score > best[0]:
            best, tied = (score, name), False
        elif score == best[0] and name != best[1]:
            tied = True
    return None if best is None or tied else best[1]


def build_gazetteer(entries: Iterable[tuple[str, Iterable[str], EntityKind]]) -> Gazetteer:
    """A gazetteer from (canonical name, aliases, kind) triples, merging repeated names.

    A name given twice keeps its first kind and gathers the aliases of both, in order.
    States also answer to their usual abbreviations and demonyms (``rules.entities``).

    >>> gaz = build_gazetteer([("Qassem Soleimani", ["Qasem Soleimani"], EntityKind.PERSON)])
    >>> [m.name for m in find_entities("Soleimani was killed in Baghdad.", gaz)]
    ['Qassem Soleimani', None]
    """
    merged: dict[str, tuple[list[str], EntityKind]] = {}
    for name, aliases, kind in entries:
        name = " ".join(str(name).split())
        if not name:
            continue
        known, first_kind = merged.setdefault(name, ([], EntityKind(kind)))
        for alias in aliases:
            alias = " ".join(str(alias).split())
            if alias and alias != name and alias not in known:
                known.append(alias)
        merged[name] = (known, first_kind)
    return Gazetteer(
        tuple(
            GazetteerEntry(name, tuple(aliases), kind) for name, (aliases, kind) in merged.items()
        )
    )


def find_entities(text: str, gazetteer: Gazetteer) -> list[EntityMention]:
    """Names in ``text``: linked to the gazetteer's canonical names where they match, else unlinked.

    Mentions are sorted by offset and never overlap; ``text[m.start:m.end] == m.text``. A
    capitalised name the gazetteer lacks is kept with ``name=None`` and kind ``UNKNOWN``.

    >>> gaz = build_gazetteer([("Hassan Rouhani", [], EntityKind.PERSON),
    ...                        ("Iran", [], EntityKind.STATE)])
    >>> [(m.text, m.name) for m in find_entities("Iranian President Hassan Rohani spoke.", gaz)]
    [('Iranian', 'Iran'), ('Hassan Rohani', 'Hassan Rouhani')]
    """
    tokens = _tokenise(text)
    covered = [False] * len(tokens)
    # Event names found word for word come first: "the Iran nuclear deal" is the deal, not Iran.
    mentions = list(_lowercase_events(text, tokens, gazetteer, covered))
    chunks = _chunks(tokens, covered)
    close = _close_words(gazetteer, {tokens[i].norm for chunk in chunks for i in chunk})
    for chunk in chunks:
        mentions.extend(_link_chunk(text, tokens, chunk, gazetteer, close, covered))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# --- tokens and chunks -----------------------------------------------------------------------


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE_IN_TEXT.sub("", text)


@functools.lru_cache(maxsize=1 << 16)
def _normalise_word(word: str) -> str:
    if word.isascii():
        return word.lower().replace(".", "").replace("'", "")
    return without_accents(word).casefold().replace(".", "").replace("'", "").replace("’", "")


# Gaps between words this short are few in any text (" ", ", ", ". "): each is read once and
# kept. A longer one is read each time: kept, a hostile text's long gaps would hold memory.
_SHORT_GAP = 4


def _read_gap(gap: str) -> tuple[bool, bool, bool, bool]:
    """What the characters between two words say: they join the words into one name, they
    are a hyphen, they open a sentence, they follow an initial."""
    return (
        _JOINER.fullmatch(gap) is not None,
        _HYPHEN.fullmatch(gap) is not None,
        any(c in _OPENERS for c in gap),
        _INITIAL_GAP.fullmatch(gap) is not None,
    )


_read_short_gap = functools.lru_cache(maxsize=1 << 10)(_read_gap)


@functools.lru_cache(maxsize=1 << 16)
def _read_word(word: str) -> tuple[str, bool, str, bool]:
    """What a token keeps of a word, read once per distinct word: the word without a possessive
    "'s" (no part of the name), whether it had one, its normal form, whether it is capitalised."""
    owns = len(word) > 2 and word[-1] in "sS" and word[-2] in "'’"
    if owns:
        word = word[:-2]
    # "iPad", "eBay": a capital inside a word marks a name as a capital first does
    capital = word[0].isupper() or (word[0].islower() and not word.islower())
    return word, owns, _normalise_word(word), capital


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end: int | None = None
    for match in _WORD.finditer(text):
        start, end = match.span()
        word, owns, norm, capital = _read_word(match.group())
        if previous_end is None:
            joined = hyphenated = False
            sentence_start = True
        else:
            gap = text[previous_end:start]
            read = _read_short_gap if len(gap) <= _SHORT_GAP else _read_gap
            joiner, hyphenated, opener, initial_gap = read(gap)
            # "John F. Kennedy": the full stop after an initial neither ends a sentence nor a
            # name.
            after_initial = initial_gap and _INITIAL.fullmatch(tokens[-1].text) is not None
            joined = joiner or after_initial
            sentence_start = not after_initial and opener
        previous_end = end
        tokens.append(
            _Token(
                word,
                start,
                end - 2 if owns else end,
                norm,
                capital,
                joined,
                hyphenated,
                sentence_start,
                owns,
            )
        )
    return tokens


# a number word is a number wherever it stands ("LONDON — Seventy-two people died")
_NOT_NAME_WORDS = rules.NOT_NAME_WORDS.union(number_rules.UNITS, number_rules.TENS)


def _is_name_word(token: _Token) -> bool:
    return token.capital and token.norm not in _NOT_NAME_WORDS


def _chunks(tokens: list[_Token], covered: list[bool]) -> list[list[int]]:
    """Runs of capitalised words, with lower-case particles ("of", "al") between them."""
    chunks: list[list[int]] = []
    run: list[int] = []
    for i, token in enumerate(tokens):
        # most words are in lower case outside any run: they may only open one, as a particle
        if not token.capital and not run and not covered[i]:
            if token.norm in rules.LEADING_PARTICLES:
                run = [i]
            continue
        particle = not token.capital and token.norm in rules.NAME_PARTICLES
        # a number joins a name only by a hyphen ("K-1"); after a space it is a count or a date
        number = token.norm.isdigit() and token.hyphenated
        # "New Zealand", "Three Mile Island": a common word capitalised before a name opens it,
        # and goes on one ("Binhai New Area", "Papua New Guinea"); a number word or an ordinal
        # opens a name only inside a sentence, where its capital is no sentence's ("at Three
        # Mile Island", "seized First Republic Bank")
        opener = (
            token.capital
            and i + 1 < len(tokens)
            and tokens[i + 1].joined
            and _is_name_word(tokens[i + 1])
            and (
                token.norm in rules.NAME_OPENERS
                or (
                    not token.sentence_start
                    and (
                        token.norm in number_rules.UNITS
                        or token.norm in number_rules.TENS
                        or token.norm in time_rules.ORDINALS  # "First Republic Bank"
                    )
                    and not _is_adjective(tokens[i + 1])  # "Eleven European countries"
                )
            )
        )
        if covered[i]:
            _close_run(tokens, run, chunks)
            run = []
        elif run and token.joined and (_is_name_word(token) or particle or number or opener):
            run.append(i)
        else:
            _close_run(tokens, run, chunks)
            run = (
                [i]
                if _is_name_word(token) or opener or token.norm in rules.LEADING_PARTICLES
                else []
            )
    _close_run(tokens, run, chunks)
    return chunks


def _close_run(tokens: list[_Token], run: list[int], chunks: list[list[int]]) -> None:
    while run and not tokens[run[-1]].capital and not tokens[run[-1]].norm.isdigit():
        run = run[:-1]
    if any(tokens[i].capital for i in run):
        chunks.append(run)


# --- matching --------------------------------------------------------------------------------


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _is_spelling_of(a: str, b: str, distance: int) -> bool:
    """Two words are one name spelt two ways: a doubled letter, or a few edits in a long word."""
    if a.isdigit() or b.isdigit():
        return a == b
    if _squeeze(a) == _squeeze(b):
        return True
    shorter = min(len(a), len(b))
    # a name with a letter added at its end is another word made from it: "Baghdadi" (of
    # Baghdad), "Iraqi", "Hamas" after "Hama"
    if a.startswith(b) or b.startswith(a):
        return False
    # so is a word whose last letter is another: "Atlantic" is no spelling of "Atlantia"
    if len(a) == len(b) and a[:-1] == b[:-1]:
        return False
    # short words differ by one letter between different names: Iran / Iraq, Hama / Hamas
    # (two edits only in long words: Marseille is not Marysville)
    allowed = 0 if shorter <= 4 else 1 if shorter <= 9 else 2
    return distance <= allowed


def _close_words(gazetteer: Gazetteer, words: set[str]) -> dict[str, dict[str, int]]:
    """For each word of the text, the gazetteer's words it may be a spelling of, with the edit
    distance: compared with every word of similar length in a small gazetteer, looked up in the
    spelling index (``claimcheck.index``) in a large one. Both give the same answer.

    The answer for a word is kept by the gazetteer: names recur from article to article
    ("Monday", "President", "Clinton"), and each is compared once, not once an article.
    """
    kept = gazetteer._close
    close: dict[str, dict[str, int]] = {}
    missing: set[str] = set()
    for word in words:
        found = kept.get(word)
        if found is None:
            missing.add(word)
        else:
            close[word] = found
    if not missing:
        return close
    if len(gazetteer._vocabulary) <= _SCAN_VOCABULARY:
        compared = _close_words_scanned(gazetteer, missing)
    else:
        compared = _close_words_indexed(gazetteer, missing)
    # a hostile text's made-up words would fill memory: past the bound, start over
    if len(kept) + len(compared) > _CLOSE_WORDS_KEPT:
        kept.clear()
    kept.update(compared)
    close.update(compared)
    return close


def _close_words_scanned(gazetteer: Gazetteer, words: set[str]) -> dict[str, dict[str, int]]:
    """``_close_words`` by comparing: two words within 2 edits differ in length by at most 2, so each batch of same-length
    words is compared (``cdist``) with that slice of the length-sorted vocabulary only.
    """
    vocabulary = gazetteer._vocabulary
    lengths = gazetteer._vocabulary_lengths
    close: dict[str, dict[str, int]] = {}
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(word)
    for size, queries in by_length.items():
        lo = bisect.bisect_left(lengths, size - 2)
        hi = bisect.bisect_right(lengths, size + 2)
        if lo == hi:
            close.update((query, {}) for query in queries)
            continue
        choices = vocabulary[lo:hi]
        distances = process.cdist(
            queries, choices, scorer=Levenshtein.distance, score_cutoff=2, workers=1
        )
        for row, query in zip(distances, queries, strict=True):
            close[query] = {
                choices[j]: int(row[j])
                for j in (row <= 2).nonzero()[0]
                if _is_spelling_of(query, choices[j], int(row[j]))
            }
    return close


def _close_words_indexed(gazetteer: Gazetteer, words: set[str]) -> dict[str, dict[str, int]]:
    """``_close_words`` through the spelling index: only the words it proposes are compared."""
    vocabulary = gazetteer._vocabulary
    keys, filed = gazetteer._arrays.spelling_keys, gazetteer._arrays.spelling_words
    close: dict[str, dict[str, int]] = {}
    for word in sorted(words):
        found: dict[str, int] = {}
        for j in close_word_candidates(word, keys, filed).tolist():
            choice = vocabulary[j]
            distance = Levenshtein.distance(word, choice, score_cutoff=2)
            if distance <= 2 and _is_spelling_of(word, choice, distance):
                found[choice] = distance
        close[word] = found
    return close


def _window_match(
    words: tuple[str, ...], gazetteer: Gazetteer, close: dict[str, dict[str, int]]
) -> tuple[int, float] | None:
    """The entry a run of words names and the score, or None when none or several fit."""
    best_score = -1.0
    best_entries: set[int] = set()
    joined = " ".join(words)
    ends = [(first, last) for first in close.get(words[0], {}) for last in close.get(words[-1], {})]
    for first, last in ends:
        for surface in gazetteer._surfaces_between(first, len(words), last):
            if not all(w in close.get(q, {}) for q, w in zip(words, surface.words, strict=True)):
                continue
            score = fuzz.ratio(joined, " ".join(surface.words))
            if surface.form == _SURNAME:
                score = min(score, 90.0)  # a surname alone is good evidence, never the best
            if score > best_score:
                best_score, best_entries = score, {surface.entry}
            elif score == best_score:
                best_entries.add(surface.entry)
    if len(best_entries) != 1:
        return None
    return next(iter(best_entries)), best_score


_FACILITY_NOUN = re.compile("|".join(claim_rules.FACILITY_NOUNS))


def _facility_tail(tail: list[_Token]) -> bool:
    """Whether the words after a place name its facility ("Kenosha Regional Airport"): the
    place stays the place, the facility is where near it."""
    return (
        bool(tail)
        and _FACILITY_NOUN.fullmatch(tail[-1].norm) is not None
        and all(t.norm in claim_rules.FACILITY_QUALIFIERS for t in tail[:-1])
    )


def _is_qualifier(token: _Token) -> bool:
    """A capitalised word that changes which entity is meant ("North", "Kataib")."""
    return (
        token.capital
        and token.norm not in rules.TITLE_WORDS
        and token.norm not in rules.NOT_NAME_WORDS
        and token.norm not in demonyms()
        and token.norm not in rules.GROUP_ADJECTIVES
    )


def _link_chunk(
    text: str,
    tokens: list[_Token],
    chunk: list[int],
    gazetteer: Gazetteer,
    close: dict[str, dict[str, int]],
    covered: list[bool],
) -> list[EntityMention]:
    found: list[tuple[int, int, int, float]] = []  # first, last (chunk positions), entry, score
    taken = [False] * len(chunk)
    # Windows no longer than the longest name: a long run of capitalised words ("Soleimani
    # Baghdad Iran ..." repeated) then costs its length times that, not its length cubed.
    for size in range(min(len(chunk), gazetteer._longest), 0, -1):
        for lo in range(len(chunk) - size + 1):
            hi = lo + size - 1
            if any(taken[lo : hi + 1]):
                continue
            first, last = tokens[chunk[lo]], tokens[chunk[hi]]
            if not (first.capital or first.norm in rules.LEADING_PARTICLES) or not (
                last.capital or last.norm.isdigit()
            ):
                continue
            words = tuple(tokens[chunk[k]].norm for k in range(lo, hi + 1))
            hit = _window_match(words, gazetteer, close)
            if hit is None:
                continue
            found.append((lo, hi, hit[0], hit[1]))
            for k in range(lo, hi + 1):
                taken[k] = True
    # A linked part next to an unknown capitalised word is part of a different, longer name.
    kept = []
    for lo, hi, entry, score in found:
        # a possessive ends a name: "Britain's Court of Appeal" is Britain's, not a longer name;
        # an acronym is a whole name of its own ("the University of Florida ROTC")
        before = tokens[chunk[lo - 1]] if lo > 0 and not taken[lo - 1] else None
        if before is not None and (_possessor(before) or _acronym(tokens[chunk[lo]], lo == hi)):
            before = None
        # "the University of Florida", "the Gulf of Mexico": a name before a particle makes a
        # longer name of the one after it
        if before is not None and not before.capital and lo > 1 and not taken[lo - 2]:
            before = tokens[chunk[lo - 2]]
        after = tokens[chunk[hi + 1]] if hi + 1 < len(chunk) and not taken[hi + 1] else None
        if _possessor(tokens[chunk[hi]]):
            after = None
        elif after is not None and _facility_tail([tokens[k] for k in chunk[hi + 1 :]]):
            # "Kenosha Regional Airport": the facility's words are nobody's name
            after = None
            for k in range(hi + 1, len(chunk)):
                taken[k] = True
        # "West African", "North Korean": a word that opens place names, before a people's
        # word, makes an adjective of them both, no place
        adjective = (
            lo == hi
            and tokens[chunk[lo]].norm in rules.NAME_OPENERS
            and after is not None
            and _is_adjective(after)
        )
        # a word that makes another place of the name ("Northern Ireland", "New Mexico")
        longer = (
            before is not None
            and before.capital
            and place_kind(text[before.start : tokens[chunk[hi]].end]) is not None
        )
        if (
            adjective
            or longer
            or (before and _is_qualifier(before))
            or (after and _is_qualifier(after))
        ):
            for k in range(lo, hi + 1):
                taken[k] = False
            continue
        kept.append((lo, hi, entry, score))
    mentions = []
    for lo, hi, entry_index, score in kept:
        entry = gazetteer._entry_at(entry_index)
        start, end = tokens[chunk[lo]].start, tokens[chunk[hi]].end
        mentions.append(EntityMention(text[start:end], start, end, entry.name, entry.kind, score))
        for k in range(lo, hi + 1):
            covered[chunk[k]] = True
    mentions.extend(_unknown_runs(text, tokens, chunk, taken))
    return mentions


def _unknown_runs(
    text: str, tokens: list[_Token], chunk: list[int], taken: list[bool]
) -> Iterator[EntityMention]:
    run: list[int] = []
    for k in [*range(len(chunk)), None]:
        token = tokens[chunk[k]] if k is not None else None
        usable = (
            token is not None
            and not taken[k]
            and token.norm not in rules.TITLE_WORDS
            and (
                token.capital
                or (run and token.norm in rules.NAME_PARTICLES)
                or (run and token.norm.isdigit() and token.hyphenated)
            )
        )
        if usable:
            run.append(chunk[k])
            # "Britain's Court of Appeal": the possessor's run ends at its "'s"
            if not _possessor(token):
                continue
        while run and not (tokens[run[-1]].capital or tokens[run[-1]].norm.isdigit()):
            run.pop()
        # One capitalised word opening a sentence is a name unless it is a common opener
        # ("Rockets hit...", "Separately, ..."). Adjectives alone ("Jewish", "Syrian") describe,
        # they do not name.
        if (
            run
            and not (
                len(run) == 1 and tokens[run[0]].sentence_start and _common_opener(tokens[run[0]])
            )
            and not all(_is_adjective(tokens[i]) for i in run if tokens[i].capital)
        ):
            start, end = tokens[run[0]].start, tokens[run[-1]].end
            yield EntityMention(text[start:end], start, end, None, EntityKind.UNKNOWN, 0.0)
        run = []


def _possessor(token: _Token) -> bool:
    """Whether a word with "'s" is a place's, a state's or an acronym's, so a name after it is
    theirs ("Britain's Court of Appeal", "NASA's Orion capsule"), not part of one ("Women's
    March", "People's Republic", "St Paul's Cathedral")."""
    return token.possessive and (
        place_kind(token.text) is not None
        or token.norm in demonyms()
        or (len(token.text) > 1 and token.text.isupper())
    )


def _acronym(token: _Token, alone: bool) -> bool:
    return alone and len(token.text) > 1 and token.text.isupper()


def _common_opener(token: _Token) -> bool:
    return is_common_opener(token.text)


def is_common_opener(word: str) -> bool:
    """Whether a capitalised word opening a sentence is a common word there, not a name
    ("Rockets hit...", "Negotiators adopted...", "Around 130 mechanics").

    >>> is_common_opener("Negotiators"), is_common_opener("Soleimani")
    (True, False)
    """
    norm = _normalise_word(word)
    return (
        norm in rules.COMMON_SENTENCE_OPENERS
        or norm in count_rules.MODIFIER_WORDS  # "Around 130 mechanics"
        or norm.endswith(rules.COMMON_NOUN_ENDINGS)
        or norm in number_rules.UNITS
        or norm in number_rules.TENS
        or len(norm) < 3
    )


def _is_adjective(token: _Token) -> bool:
    return (
        token.norm in demonyms()
        or token.norm in rules.GROUP_ADJECTIVES
        or token.norm in rules.COMMON_ACRONYMS
    )


def _lowercase_events(
    text: str, tokens: list[_Token], gazetteer: Gazetteer, covered: list[bool]
) -> Iterator[EntityMention]:
    """Names of events of several words, in any case ("the nuclear deal"), matched word for word."""
    for i, token in enumerate(tokens):
        if covered[i]:
            continue
        for surface in gazetteer._events_by_first.get(token.norm, ()):
            size = len(surface.words)
            window = tokens[i : i + size]
            if (
                tuple(t.norm for t in window) != surface.words
                or any(covered[i : i + size])
                or not all(t.joined for t in window[1:])
                or _runs_on(tokens, i + size)
            ):
                continue
            entry = gazetteer._entry_at(surface.entry)
            for k in range(i, i + size):
                covered[k] = True
            yield EntityMention(
                text[token.start : window[-1].end],
                token.start,
                window[-1].end,
                entry.name,
                entry.kind,
                100.0,
            )
            break


def _runs_on(tokens: list[_Token], after: int) -> bool:
    """Whether a capitalised name goes on past a window's last word: then the window is part of
    a longer name ("the Capital Gazette", "Stoneman Douglas High School"), not the event's name."""
    if after >= len(tokens) or not tokens[after - 1].capital:
        return False
    following = tokens[after]
    return following.joined and _is_name_word(following)


# --- gazetteer surfaces ----------------------------------------------------------------------


def _variant_score(alias: str, alias_words: list[str], name_words: list[str]) -> float | None:
    initials = "".join(w[0] for w in name_words if w not in rules.NAME_PARTICLES)
    if len(alias_words) == 1 and alias.strip().replace(".", "").isupper():
        return 100.0 if alias_words[0] == initials and len(initials) > 1 else None
    if "".join(alias_words) == "".join(name_words):
        return 100.0 * len(alias_words)  # "K1 Air Base" is "K-1 Air Base"
    total = 0.0
    for word in alias_words:
        if word in rules.NAME_PARTICLES:
            continue
        scores = [
            fuzz.ratio(word, candidate)
            for candidate in name_words
            if (len(word) > 3 and len(candidate) > 3) or word == candidate
        ]
        best = max(scores, default=0.0)
        if best < 70:
            return None
        total += best
    return total or None


def _surfaces(entries: tuple[GazetteerEntry, ...]) -> list[_Surface]:
    surfaces: list[_Surface] = []
    full_forms: set[tuple[str, ...]] = set()
    for i, entry in enumerate(entries):
        names = [entry.name, *entry.aliases]
        if entry.kind is EntityKind.STATE:
            names.extend(rules.STATE_ALIASES.get(entry.name, ()))
        for name in names:
            words = tuple(normalise_name(name).split())
            if entry.kind is EntityKind.PERSON:
                words = _without_titles(words)
            if words:
                surfaces.append(_Surface(words, i, _FULL))
                full_forms.add(words)
    surfaces.extend(_demonym_surfaces(entries))
    surfaces.extend(_surname_surfaces(entries, full_forms))
    surfaces.extend(_core_surfaces(entries, full_forms))
    # One surface form per (words, entry), the fullest form first.
    order = {_FULL: 0, _DEMONYM: 1, _CORE: 2, _SURNAME: 3}
    unique: dict[tuple[tuple[str, ...], int], _Surface] = {}
    for surface in sorted(surfaces, key=lambda s: order[s.form]):
        unique.setdefault((surface.words, surface.entry), surface)
    return list(unique.values())


def _without_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the titles before it: "President Hassan Rouhani" is "Hassan Rouhani"."""
    start = 0
    while start < len(words) - 1 and words[start] in rules.TITLE_WORDS:
        start += 1
    return words[start:]


def _demonym_surfaces(entries: tuple[GazetteerEntry, ...]) -> Iterator[_Surface]:
    states = {e.name: i for i, e in enumerate(entries) if e.kind is EntityKind.STATE}
    for demonym, state in sorted(demonyms().items()):
        if state in states:
            yield _Surface((demonym,), states[state], _DEMONYM)


def _surname_surfaces(
    entries: tuple[GazetteerEntry, ...], full_forms: set[tuple[str, ...]]
) -> Iterator[_Surface]:
    """A person's last word alone, when no other entry could be meant by it."""
    owners: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        if entry.kind is not EntityKind.PERSON:
            continue
        for name in (entry.name, *entry.aliases):
            words = [w for w in normalise_name(name).split() if w not in rules.TITLE_WORDS]
            if len(words) > 1 and len(words[-1]) > 3:
                owners.setdefault(words[-1], set()).add(i)
    for surname, people in sorted(owners.items()):
        if len(people) == 1 and (surname,) not in full_forms:
            yield _Surface((surname,), next(iter(people)), _SURNAME)


def _core_surfaces(
    entries: tuple[GazetteerEntry, ...], full_forms: set[tuple[str, ...]]
) -> Iterator[_Surface]:
    """A place without its generic last words ("Ain al-Asad" for "Ain al-Asad Air Base")."""
    for i, entry in enumerate(entries):
        if entry.kind is not EntityKind.PLACE:
            continue
        for name in (entry.name, *entry.aliases):
            words = tuple(normalise_name(name).split())
            for tail in rules.PLACE_DESIGNATORS:
                core = words[: -len(tail)]
                if words[-len(tail) :] == tail and core and core not in full_forms:
                    yield _Surface(core, i, _CORE)
                    break
