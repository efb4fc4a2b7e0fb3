"""claimcheck.index: the spelling index proposes every gazetteer word a text word may be spelt as."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.entities import _close_words_indexed, _close_words_scanned, build_gazetteer
from claimcheck.index import filed_under, hash_index, spelling_keys
from claimcheck.models import EntityKind

_NAMES = [
    "Qassem Soleimani", "Hassan Rouhani", "Abu Mahdi al-Muhandis", "Baghdad", "Iran", "Iraq",
    "Hama", "Hamas", "Marseille", "Marysville", "Kataib Hezbollah", "Mohammed bin Salman",
    "Shcherbakovskaya", "Abdulrahmanov", "K-1 Air Base", "Sulaymaniyah", "Tehran",
]  # fmt: skip
_WORDS = [
    "soleimani", "suleimani", "soleymani", "rohani", "rouhani", "bagdad", "baghdad", "iraq",
    "iran", "hama", "hamas", "marseile", "marysvile", "shcherbakovskya", "shherbakovskaya",
    "abdurahmanov", "abdulrahmanow", "1", "k", "sulaimaniya", "teheran", "muhandes", "xyz",
]  # fmt: skip


@pytest.mark.parametrize("words", [_WORDS])
def test_index_proposes_what_the_comparison_finds(words):
    gazetteer = build_gazetteer((name, [], EntityKind.PERSON) for name in _NAMES)
    assert _close_words_indexed(gazetteer, set(words)) == _close_words_scanned(
        gazetteer, set(words)
    )


_LETTERS = st.text(alphabet="abeiklmnorsu", min_size=1, max_size=13)


@settings(max_examples=60, deadline=None)
@given(names=st.lists(_LETTERS, min_size=1, max_size=30), words=st.sets(_LETTERS, max_size=30))
def test_index_agrees_with_the_comparison_on_random_words(names, words):
    gazetteer = build_gazetteer((name.capitalize(), [], EntityKind.PLACE) for name in names)
    # near spellings of the gazetteer's own words, so matches are common, not only misses
    words |= {name[1:] + name[:1] for name in names} | {name + name[-1] for name in names}
    assert _close_words_indexed(gazetteer, words) == _close_words_scanned(gazetteer, words)


@pytest.mark.parametrize(
    ("a", "b"), [("rohani", "rouhani"), ("shcherbakovskaya", "shherbakovskya")]
)
def test_index_close_spellings_share_a_key(a, b):
    assert spelling_keys(a) & spelling_keys(b)


@settings(max_examples=60, deadline=None)
@given(keyed=st.lists(st.sets(_LETTERS, max_size=4), max_size=20), asked=st.sets(_LETTERS))
def test_index_files_every_position_under_its_keys(keyed, asked):
    hashes, positions = hash_index(keyed)
    expected = [k for k, keys in enumerate(keyed) if keys & asked]
    # hashes may collide: what is filed is a superset, and here, with few keys, exactly it
    assert filed_under(asked, hashes, positions).tolist() == expected
