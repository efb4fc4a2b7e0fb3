"""Mentions step, its index: which gazetteer words a text word may be a spelling of, without a scan.

A word is a spelling of another when they are within a few edits (``entities._is_spelling_of``:
none for short words, one up to nine letters, two from ten, any number of doubled letters).
Instead of comparing every text word with every gazetteer word of similar length, each
gazetteer word is filed under keys that any close spelling shares with it (SymSpell's symmetric
deletions): the word itself and its forms with one letter deleted; for words of ten letters or
more, two letters deleted; and its form with doubled letters squeezed. A text word's keys then
propose a few candidates, which the caller scores exactly: the index only proposes, so it may
propose too many (a hash collision) but never too few.

Keys are stored as sorted 64-bit hashes beside the word each proposes: flat arrays that are
stored with the reference and memory-mapped, not a dictionary rebuilt at every load. The same
kind of index (``hash_index``, ``filed_under``) files a gazetteer's names under their first word,
length and last word (``entities.Gazetteer``).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from itertools import combinations

import numpy as np

__all__ = ["close_word_candidates", "filed_under", "hash_index", "spelling_index", "spelling_keys"]

# Two words of at least this many letters may differ by two edits; shorter ones by one at most.
LONG_WORD = 10
# Below this, words must be spelt alike (or differ only in doubled letters).
MIN_EDITED = 5
_DOUBLED = re.compile(r"(.)\1+")


def spelling_keys(word: str) -> set[str]:
    """The keys a word is filed and looked up under; two words that may be spellings of each
    other always share one.

    Every word has itself and its squeezed form (same word; doubled letters). Words of
    ``MIN_EDITED`` letters or more may differ by one edit when both are that long, so they have
    layer 1: themselves and every one-letter deletion (a substitution deletes the same letter
    from both, an insertion is the longer word's deletion). Words of ``LONG_WORD`` letters or
    more have layer 2 the same way, with up to two deletions.

    >>> sorted(spelling_keys("rohani"))[:4]
    ['1ohani', '1rhani', '1roani', '1rohai']
    """
    keys = {"=" + word, "~" + _DOUBLED.sub(r"\1", word)}
    if len(word) >= MIN_EDITED:
        keys.add("1" + word)
        keys.update("1" + word[:i] + word[i + 1 :] for i in range(len(word)))
    if len(word) >= LONG_WORD:
        keys.add("2" + word)
        keys.update("2" + word[:i] + word[i + 1 :] for i in range(len(word)))
        keys.update(
            "2" + word[:i] + word[i + 1 : j] + word[j + 1 :]
            for i, j in combinations(range(len(word)), 2)
        )
    return keys


def _hash(key: str) -> int:
    # Stable across processes (Python's own hash() is not), so a stored index stays valid; two
    # CRCs make collisions rare, and a collision only proposes a word the caller then rejects.
    data = key.encode()
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def hash_index(keyed: Iterable[Iterable[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted key hashes and, beside each, the position (in ``keyed``) of what is filed under it."""
    hashes: list[int] = []
    positions: list[int] = []
    for position, keys in enumerate(keyed):
        unique = {_hash(key) for key in keys}
        hashes.extend(unique)
        positions.extend([position] * len(unique))
    keys_array = np.array(hashes, dtype=np.uint64)
    order = np.argsort(keys_array, kind="stable")
    return keys_array[order], np.array(positions, dtype=np.int32)[order]


def filed_under(keys: Iterable[str], hashes: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """The positions filed under any of these keys (``hash_index``), sorted, each once: a
    superset, as two keys may share a hash."""
    wanted = np.array(sorted({_hash(key) for key in keys}), dtype=np.uint64)
    lo = np.searchsorted(hashes, wanted, side="left")
    hi = np.searchsorted(hashes, wanted, side="right")
    found = [positions[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True) if b > a]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)


def spelling_index(vocabulary: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted key hashes and, beside each, the position in ``vocabulary`` of the word filed."""
    return hash_index(spelling_keys(word) for word in vocabulary)


def close_word_candidates(word: str, keys: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Positions of the vocabulary words that may be spellings of ``word`` (a superset)."""
    return filed_under(spelling_keys(word), keys, words)
