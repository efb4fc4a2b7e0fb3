"""Integrity tests for the count rule tables: claimcheck.rules.counts and claimcheck.rules.numbers."""

from __future__ import annotations

import re

import pytest

from claimcheck.counts import find_counts
from claimcheck.models import CountRole
from claimcheck.rules import counts as rules
from claimcheck.rules import numbers

_PHRASE = re.compile(r"[a-z0-9$€£¥₹+.’'-]+(?: [a-z0-9$€£¥₹+.’'-]+)*")


def _well_formed(phrase):
    return isinstance(phrase, str) and phrase == phrase.lower() and _PHRASE.fullmatch(phrase)


# --- phrase tables ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("ROLE_CUES", rules.ROLE_CUES),
        ("MODIFIERS", rules.MODIFIERS),
        ("POSTFIX_MODIFIERS", rules.POSTFIX_MODIFIERS),
        ("VAGUE_AMOUNTS", rules.VAGUE_AMOUNTS),
        ("UNITS", numbers.UNITS),
        ("TENS", numbers.TENS),
        ("SCALES", numbers.SCALES),
        ("SCALE_SUFFIXES", numbers.SCALE_SUFFIXES),
        ("CURRENCY_SCALE_SUFFIXES", numbers.CURRENCY_SCALE_SUFFIXES),
        ("FRACTIONS", numbers.FRACTIONS),
        ("CURRENCY_SIGNS", numbers.CURRENCY_SIGNS),
        ("CURRENCY_WORDS", numbers.CURRENCY_WORDS),
    ],
)
def test_rules_counts_phrase_keys_well_formed(name, table):
    assert isinstance(table, dict) and table, name
    for phrase in table:
        assert phrase == "$" or phrase in "€£¥₹" or _well_formed(phrase), (name, phrase)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("CLAUSE_BREAKERS", rules.CLAUSE_BREAKERS),
        ("NOT_COUNT_BEFORE", rules.NOT_COUNT_BEFORE),
        ("TIME_UNITS", rules.TIME_UNITS),
        ("SINGULAR_CUES", rules.SINGULAR_CUES),
        ("NONE_SURVIVED", frozenset(rules.NONE_SURVIVED)),
        ("PERCENT_WORDS", frozenset(numbers.PERCENT_WORDS)),
        ("PERCENTAGE_POINT_WORDS", frozenset(numbers.PERCENTAGE_POINT_WORDS)),
    ],
)
def test_rules_counts_word_sets_well_formed(name, words):
    assert words, name
    for word in words:
        assert _well_formed(word), (name, word)


@pytest.mark.parametrize("months", [rules.MONTHS])
def test_rules_counts_months_capitalised(months):
    assert len(set(months)) == len(months)
    for month in months:
        assert month[:1].isupper() and month[1:].islower() and month.isalpha()


# --- values ------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", [rules.ROLE_CUES])
def test_rules_counts_roles_are_count_roles(table):
    assert all(isinstance(role, CountRole) for role in table.values())
    assert set(table.values()) == set(CountRole) - {CountRole.OTHER}


@pytest.mark.parametrize("table", [rules.SINGULAR_CUES])
def test_rules_counts_singular_cues_are_cues_or_currencies(table):
    known = set(rules.ROLE_CUES) | set(numbers.CURRENCY_WORDS)
    assert table <= known, table - known


@pytest.mark.parametrize(("table", "kinds"), [
    (rules.MODIFIERS, {"min", "above", "below", "max", "nearly", "about", "just_over", "exact"}),
    (rules.POSTFIX_MODIFIERS, {"min", "max", "about"}),
])  # fmt: skip
def test_rules_counts_modifier_kinds_known(table, kinds):
    assert set(table.values()) <= kinds


@pytest.mark.parametrize("tolerances", [rules.TOLERANCES])
def test_rules_counts_tolerances(tolerances):
    assert set(tolerances) <= set(rules.MODIFIERS.values())
    assert all(0 < value < 1 for value in tolerances.values())


@pytest.mark.parametrize("amounts", [rules.VAGUE_AMOUNTS])
def test_rules_counts_vague_amounts_are_ranges(amounts):
    for phrase, (low, high) in amounts.items():
        assert low >= 0, phrase
        assert high is None or low < high, phrase


@pytest.mark.parametrize(
    ("table", "low", "high"),
    [
        (numbers.UNITS, 0, 19),
        (numbers.TENS, 20, 90),
        (numbers.FRACTIONS, 0, 100),
    ],
)
def test_rules_counts_number_values_in_range(table, low, high):
    assert all(low <= value <= high for value in table.values())


@pytest.mark.parametrize("tables", [(numbers.SCALES, numbers.SCALE_SUFFIXES,
                                     numbers.CURRENCY_SCALE_SUFFIXES)])  # fmt: skip
def test_rules_counts_scales_are_powers(tables):
    for table in tables:
        for word, value in table.items():
            assert value == 12 or re.fullmatch(r"10*", str(value)), word


@pytest.mark.parametrize("codes", [numbers.CURRENCY_SIGNS, numbers.CURRENCY_WORDS])
def test_rules_counts_currency_codes_are_iso(codes):
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes.values())


@pytest.mark.parametrize("bounds", [rules.YEAR_RANGE])
def test_rules_counts_year_range(bounds):
    low, high = bounds
    assert 1000 <= low < high <= 9999


@pytest.mark.parametrize(("before", "after"), [(rules.CUE_WORDS_BEFORE, rules.CUE_WORDS_AFTER)])
def test_rules_counts_cue_windows(before, after):
    assert 1 <= before <= 10 and 1 <= after <= 10


# --- zero phrases ---------------------------------------------------------------------------------


@pytest.mark.parametrize("phrases", [rules.ZERO_PHRASES])
def test_rules_counts_zero_phrases_compile(phrases):
    for pattern, role in phrases:
        compiled = re.compile(pattern, re.IGNORECASE)
        assert isinstance(role, CountRole)
        assert not compiled.groupindex, "named groups would clash when the patterns are joined"
        assert compiled.match("") is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("no one was killed or injured", CountRole.CASUALTIES),
        ("there were no casualties", CountRole.CASUALTIES),
        ("without casualties", CountRole.CASUALTIES),
        ("no one was killed", CountRole.DEATHS),
        ("nobody died", CountRole.DEATHS),
        ("no Americans were killed", CountRole.DEATHS),
        ("there were no deaths", CountRole.DEATHS),
        ("no lives were lost", CountRole.DEATHS),
        ("without loss of life", CountRole.DEATHS),
        ("killed no one", CountRole.DEATHS),
        ("no one was hurt", CountRole.INJURIES),
        ("no soldiers were injured", CountRole.INJURIES),
        ("there were no injuries", CountRole.INJURIES),
        ("without injury", CountRole.INJURIES),
        ("injured nobody", CountRole.INJURIES),
    ],
)
def test_rules_counts_every_zero_phrase_reachable(text, role):
    # Each phrase starts with one of ZERO_PHRASE_FIRST_WORDS and is found whole.
    assert re.split(r"[\s-]", text)[0].lower() in rules.ZERO_PHRASE_FIRST_WORDS
    (mention,) = find_counts(text)
    assert (mention.text, mention.role, mention.low, mention.high) == (text, role, 0, 0)


@pytest.mark.parametrize("words", [rules.ZERO_PHRASE_FIRST_WORDS])
def test_rules_counts_zero_first_words_well_formed(words):
    assert words
    assert all(word.isalpha() and word == word.lower() for word in words)


@pytest.mark.parametrize("text", ["No one was killed.", "NOBODY WAS HURT", "There were no deaths"])
def test_rules_counts_zero_phrases_any_case(text):
    (mention,) = find_counts(text)
    assert mention.low == mention.high == 0
