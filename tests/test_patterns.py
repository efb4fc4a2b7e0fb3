"""The regex helpers shared by the mention steps: what a pattern needs before it is scanned."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import claims as claims_module
from claimcheck import events as events_module
from claimcheck._patterns import required_words


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # literal runs, alternatives, optional parts
        (r"\b(?:drone (?:strike|attack)s?|air raids?)\b", ("air raid", "drone ")),
        (r"stampedes?", ("stampede",)),
        (r"(?:launch|launched) rockets", (" rockets",)),
        # a lookahead's words are in the text, if not in the match
        (r",\s+(?=(?:noting|saying) )", ("noting", "saying")),
        (r"\b\w{3,}ed\b", ("ed",)),
        # nothing every match needs: no gate
        (r"\d+(?:st|nd)?", ()),
        (r"(?:strike)?s", ("s",)),
        (r"(?i:strike)", ()),
        # a case-insensitive pattern: its words in lower case, for the lower-cased text
        (re.compile(r"\bStrikes?|air RAID", re.IGNORECASE), ("air raid", "strike")),
        # ... where a letter outside ASCII is no part of a word looked for ("ſ" is "s" too)
        (re.compile("ſtrike|strike", re.IGNORECASE), ("trike",)),
    ],
)
def test_patterns_required_words(pattern, expected):
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    assert required_words(compiled) == expected


_GATED = [
    *(pattern for pattern, *_ in claims_module._LOWER_CUES),
    *(pattern for pattern, *_ in claims_module._LOWER_BOUNDARIES),
    events_module._LOWER_PHASES,
]
_GATED_IGNORING_CASE = [*claims_module._MARKER_WORDS, claims_module._SUBORDINATE]
_WORDS = sorted(
    {
        word
        for pattern in [*_GATED, *_GATED_IGNORING_CASE]
        for word in [*re.findall(r"[a-z]{2,}", pattern.pattern), *required_words(pattern)]
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.sampled_from([" ", ", ", "; ", "-", ". ", "'s ", "é", "the", "ed", "s", "1"]),
        ),
        max_size=30,
    ).map("".join)
)
def test_patterns_a_text_without_the_required_words_is_never_matched(text):
    for pattern in _GATED:
        needed = required_words(pattern)
        if needed and pattern.search(text):
            assert any(word in text for word in needed), (pattern.pattern, text)
    for pattern in _GATED_IGNORING_CASE:
        needed = required_words(pattern)
        for variant in (text, text.upper(), text.title()):
            if needed and variant.isascii() and pattern.search(variant):
                assert any(word in variant.lower() for word in needed), (pattern.pattern, variant)
