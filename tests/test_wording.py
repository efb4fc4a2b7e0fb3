"""How a sentence is worded, read once: whole names, verbs with their sides (claimcheck.wording)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.wording import content_words, digit_runs, read_verbs, read_wording, undergoes


@pytest.mark.parametrize(
    ("text", "name", "holds"),
    [
        ("A drone strike kills Quds Force commander Qassem Soleimani.", "Quds Force", True),
        ("A drone strike kills Quds Force commander Qassem Soleimani.", "quds force", True),
        # glued to a capitalised word before: another, longer name
        ("Kataib Hezbollah fired rockets.", "Hezbollah", False),
        # unless it is an article, a possessive or a title
        ("The Hezbollah fighters fired.", "Hezbollah", True),
        ("Iran's Guardian Council vetoed it.", "Guardian Council", True),
        ("President Arthur Adams resigns.", "Arthur Adams", True),
        ("WHO Director-General Margaret Chan declared it.", "Margaret Chan", True),
        # or a place's name, which says where it is ("the El Paso Walmart")
        ("El Paso Walmart mass shooting", "Walmart", True),
        # a word that opens place names is no place before one ("North Korea", "San Jose")
        ("North Korea fired missiles.", "Korea", False),
        ("A shooting in San Jose.", "Jose", False),
        ("Patrolman Richard Huerta was shot.", "Richard Huerta", True),
        # or a kind's word standing before the thing's own name, as a title does
        ("Hurricane Ida (August 2021): Tropical Cyclone event.", "Ida", True),
        ("Typhoon Mawar struck Guam.", "Mawar", True),
        # glued to a word after, or a hyphen: not whole
        ("The Quds Forces moved.", "Quds Force", False),
        ("A pro-Hezbollah rally.", "Hezbollah", False),
        # the first place it stands is glued, a later one is whole
        ("Kataib Hezbollah blamed Hezbollah.", "Hezbollah", True),
        ("", "Hezbollah", False),
    ],
)
def test_wording_names_stand_whole(text, name, holds):
    assert read_wording(text).holds(name) is holds


@given(st.text(alphabet="aAbB -,.'’(", max_size=30), st.text(alphabet="aAbB -", max_size=6))
def test_wording_marks_every_position(text, name):
    wording = read_wording(text)
    assert len(wording.folded) == len(text) and len(wording.marks) == len(text) + 1
    wording.holds(name)  # never raises


@pytest.mark.parametrize(
    ("statement", "word", "passive", "determined", "agent", "patient", "by_agent"),
    [
        ("A drone strike by Ruritania kills General Karimi and his aide.", "kills", False,
         False, "a drone strike by ruritania ", " general karimi and his aide", False),
        # "a drone strike" names an event, not who did it
        ("A drone strike by Ruritania kills General Karimi and his aide.", "strike", False,
         True, "a drone ", " by ruritania kills general karimi and his aide", True),
        ("General Karimi was killed, officials said.", "killed", True, False,
         "general karimi was ", "", False),
        # after a role boundary, the doer stands after it
        ("Nixon resigns, and Ford is sworn in.", "sworn", True, False,
         " and ford is ", " in", False),
    ],
)  # fmt: skip
def test_wording_verbs_with_who_stands_on_either_side(
    statement, word, passive, determined, agent, patient, by_agent
):
    verb = next(v for v in read_verbs(statement, []) if v.word == word)
    assert (verb.passive, verb.determined, verb.by_agent) == (passive, determined, by_agent)
    assert (verb.agent_side.folded, verb.patient_side.folded) == (agent, patient)


@pytest.mark.parametrize(
    ("statement", "cues", "kinds"),
    [
        # the cues found at a word are its kinds; a cue of several words is a verb of its own
        ("The plane went down at sea.", [(10, 19, "plane_crash")], [("", ("plane_crash",))]),
        ("A strike kills him.", [(9, 14, "killing"), (9, 14, "attack")],
         [("kills", ("killing", "attack"))]),
    ],
)  # fmt: skip
def test_wording_verbs_carry_the_kinds_of_their_cues(statement, cues, kinds):
    found = [(v.word, v.kinds) for v in read_verbs(statement, cues) if v.kinds]
    assert found == kinds


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Soleimani was killed", "killed", True),
        ("Soleimani died", "died", True),
        ("Iran is withdrawing", "withdrawing", False),
        ("Iran withdrew", "withdrew", False),
    ],
)
def test_wording_undergoes(text, verb, expected):
    start = text.index(verb)
    assert undergoes(text, start, start + len(verb)) is expected


@pytest.mark.parametrize(
    ("text", "words", "digits"),
    [
        ("After the 2016 general election", ["after", "the", "general", "election"], ("2016",)),
        ("won 4-2 in Zürich", ["won", "zürich"], ("4", "2")),
    ],
)
def test_wording_content_words_and_digits(text, words, digits):
    assert content_words(text) == words
    assert digit_runs(text) == digits
