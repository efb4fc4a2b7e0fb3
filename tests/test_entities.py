"""Tests for claimcheck.entities: the gazetteer of names and find_entities."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.entities import build_gazetteer, find_entities, match_variant, normalise_name
from claimcheck.models import EntityKind
from claimcheck.reference import load_reference
from claimcheck.rules import entities as rules

_SMALL = build_gazetteer(
    [
        ("Hezbollah", [], EntityKind.ORGANISATION),
        ("South Korea", [], EntityKind.STATE),
        ("Iran", [], EntityKind.STATE),
        ("Assembly of Experts", [], EntityKind.ORGANISATION),
        ("Ayatollah Ruhollah Khomeini", [], EntityKind.PERSON),
        ("Marysville", [], EntityKind.PLACE),
    ]
)


_SHIPPED = load_reference().gazetteer


@pytest.fixture
def gazetteer():
    return _SHIPPED


def _linked(text: str, gazetteer) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in find_entities(text, gazetteer)]


# --- the rule tables are well formed -----------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        rules.NOT_NAME_WORDS,
        rules.TITLE_WORDS,
        rules.NAME_PARTICLES,
        rules.LEADING_PARTICLES,
        rules.ORGANISATION_CUES,
        rules.STATE_NAMES,
        rules.GROUP_ADJECTIVES,
        rules.COMMON_ACRONYMS,
        frozenset(rules.DEMONYMS),
    ],
)
def test_entities_word_lists_are_normalised_lower_case(table: frozenset[str]) -> None:
    assert table
    for word in table:
        assert word == word.strip().casefold()
        assert unicodedata.normalize("NFKD", word) == word


@pytest.mark.parametrize("state", sorted(set(rules.DEMONYMS.values()) | set(rules.STATE_ALIASES)))
def test_entities_demonyms_and_state_aliases_name_known_states(state: str) -> None:
    assert normalise_name(state) in rules.STATE_NAMES or state in rules.STATE_ALIASES


@pytest.mark.parametrize("designator", rules.PLACE_DESIGNATORS)
def test_entities_place_designators_are_word_tuples(designator: tuple[str, ...]) -> None:
    assert designator and all(w == normalise_name(w) and " " not in w for w in designator)


@pytest.mark.parametrize("particle", sorted(rules.LEADING_PARTICLES))
def test_entities_leading_particles_are_name_particles(particle: str) -> None:
    assert particle in rules.NAME_PARTICLES


# --- spelling variants, case, diacritics, possessives ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # spelling variants of people
        ("Qassem Soleimani was killed in Baghdad.", "Qassem Soleimani", "Qassem Soleimani"),
        ("Qasem Soleimani was killed in Baghdad.", "Qasem Soleimani", "Qassem Soleimani"),
        ("General Qasim Suleimani was buried.", "Qasim Suleimani", "Qassem Soleimani"),
        ("Iran mourned Qassim Soleymani on Monday.", "Qassim Soleymani", "Qassem Soleimani"),
        ("President Hassan Rohani spoke on state TV.", "Hassan Rohani", "Hassan Rouhani"),
        ("Critics said Rohani had failed.", "Rohani", "Hassan Rouhani"),
        (
            "The deputy, Abu Mahdi al-Mohandes, also died.",
            "Abu Mahdi al-Mohandes",
            "Abu Mahdi al-Muhandis",
        ),
        # surnames alone, when only one person bears them
        ("Tensions rose after Soleimani was killed.", "Soleimani", "Qassem Soleimani"),
        ("The plan was drafted by Netanyahu and his aides.", "Netanyahu", "Benjamin Netanyahu"),
        # places and their variants
        ("Missiles hit the Ain al-Assad air base.", "Ain al-Assad", "Ain al-Asad Air Base"),
        ("Missiles hit the Al Asad Air Base.", "Al Asad Air Base", "Ain al-Asad Air Base"),
        ("Troops at Al-Asad were unhurt.", "Al-Asad", "Ain al-Asad Air Base"),
        # case and diacritics
        ("AFP named Qassem SOLEIMANI as the target.", "Qassem SOLEIMANI", "Qassem Soleimani"),
        ("Hassan Rouhaní addressed governors.", "Hassan Rouhaní", "Hassan Rouhani"),
        # possessives
        ("Trump’s visit was cancelled.", "Trump", "Donald Trump"),
        ("Trump’s plan is to the detriment of America.", "Trump’s plan", "Trump plan"),
        ("Iran's economy has been battered.", "Iran", "Iran"),
        ("Soleimani’s killing prompted a missile attack.", "Soleimani", "Qassem Soleimani"),
        # initials and event names
        ("The IRGC fired missiles.", "IRGC", "Islamic Revolutionary Guard Corps"),
        ("Trump quit the JCPOA in 2018.", "JCPOA", "JCPOA"),
        (
            "Khamenei said the Deal of the Century will die.",
            "Deal of the Century",
            "Deal of the Century",
        ),
        ("He left the Iran nuclear deal.", "Iran nuclear deal", "Iran nuclear deal"),
        ("The Council of Guardians barred them.", "Council of Guardians", "Guardian Council"),
    ],
)
def test_entities_spelling_variants_link_to_the_canonical_name(
    gazetteer, text: str, mention: str, name: str
) -> None:
    assert (mention, name) in _linked(text, gazetteer)


# --- demonyms and state names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Iranian officials denied it.", "Iranian", "Iran"),
        ("Israeli forces moved in.", "Israeli", "Israel"),
        ("U.S. troops were hurt.", "U.S.", "United States"),
        ("The US said it would respond.", "US", "United States"),
        ("Americans were not hurt.", "Americans", "United States"),
        ("The Islamic Republic retaliated.", "Islamic Republic", "Iran"),
    ],
)
def test_entities_demonyms_link_to_their_state(
    gazetteer, text: str, mention: str, name: str
) -> None:
    assert (mention, name) in _linked(text, gazetteer)


@pytest.mark.parametrize("text", ["Syrian troops moved in.", "French diplomats protested."])
def test_entities_demonyms_of_absent_states_are_not_mentions(gazetteer, text: str) -> None:
    assert find_entities(text, gazetteer) == []


# --- look-alikes stay apart --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "not_name"),
    [
        ("Kataib Hezbollah fired rockets.", "Kataib Hezbollah", "Hezbollah"),
        ("North Korea fired missiles.", "North Korea", "South Korea"),
        ("The Guardian Council ruled.", "Guardian Council", "Assembly of Experts"),
        ("Ayatollah Ali Khamenei spoke.", "Ayatollah Ali Khamenei", "Ayatollah Ruhollah Khomeini"),
        ("Iraq protested.", "Iraq", "Iran"),
        # two edits are a spelling only in long words
        ("Crowds gathered in Marseille.", "Marseille", "Marysville"),
    ],
)
def test_entities_look_alikes_are_not_linked(text: str, mention: str, not_name: str) -> None:
    names = {m.name for m in find_entities(text, _SMALL)}
    texts = {m.text for m in find_entities(text, _SMALL)}
    assert not_name not in names
    assert mention in texts or mention.split()[0] in {"Iraq", "Ayatollah", "Marseille"}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Rockets hit the K-1 base near Kirkuk.", "K-1", "K-1 Air Base"),
        ("Kataib Hezbollah denied it.", "Kataib Hezbollah", "Kataib Hezbollah"),
        ("Hamas welcomed Khamenei's speech.", "Khamenei", "Ali Khamenei"),
    ],
)
def test_entities_look_alikes_in_the_shipped_data_link_to_themselves(
    gazetteer, text: str, mention: str, name: str
) -> None:
    linked = _linked(text, gazetteer)
    assert (mention, name) in linked
    assert "Ain al-Asad Air Base" not in {n for _, n in linked}


# --- unknown names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Khamenei jabbed at Arab leaders in the Arab League.", ["Arab League"]),
        ("It is the desire of the Islamic system, he said on state TV.", []),
        ("Israel would take over settlements in the occupied West Bank.", ["West Bank"]),
        ("Secretary of State Mike Pompeo warned Iran.", ["Mike Pompeo"]),
        ("Rockets hit Camp Taji, north of Baghdad.", ["Camp Taji"]),
        # a possessive ends a name: the possessor's, then what is theirs
        ("Britain's Court of Appeal ruled.", ["Britain", "Court of Appeal"]),
    ],
)
def test_entities_unknown_capitalised_names_stay_unlinked(
    gazetteer, text: str, unknown: list[str]
) -> None:
    found = [m for m in find_entities(text, gazetteer) if m.name is None]
    assert [m.text for m in found] == unknown
    assert all(m.kind is EntityKind.UNKNOWN for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The attack came days later.",
        "Separately, the ministry said nothing.",
        "Last week, officials met.",
        "In January the talks stalled.",
        "“We believe resistance will continue,” he said.",
        # the first word of a count's modifier
        "Around 130 mechanics walked out.",
        "Fewer than 20 people died.",
        # common nouns by their endings
        "Regulators seized the lender.",
        "Scientists warned of more.",
        "Demolition crews moved in.",
    ],
)
def test_entities_sentence_initial_words_are_not_names(gazetteer, text: str) -> None:
    assert find_entities(text, gazetteer) == []


# --- building the gazetteer and attaching aliases ---------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "name", "aliases", "kind"),
    [
        (
            [
                ("Qassem Soleimani", ["Qasem Soleimani"], EntityKind.PERSON),
                ("Qassem Soleimani", ["Suleimani", "Qasem Soleimani"], EntityKind.ORGANISATION),
            ],
            "Qassem Soleimani",
            ("Qasem Soleimani", "Suleimani"),
            EntityKind.PERSON,
        ),
    ],
)
def test_entities_build_gazetteer_merges_repeated_names(entries, name, aliases, kind) -> None:
    gazetteer = build_gazetteer(entries)
    assert len(gazetteer) == 1
    assert gazetteer.entry(name).aliases == aliases
    assert gazetteer.entry(name).kind is kind


@pytest.mark.parametrize(
    ("alias", "names", "expected"),
    [
        ("Qasem Suleimani", ["Abu Mahdi al-Muhandis", "Qassem Soleimani"], "Qassem Soleimani"),
        (
            "IRGC",
            ["Islamic Revolutionary Guard Corps", "Iran"],
            "Islamic Revolutionary Guard Corps",
        ),
        ("President Hassan Rohani", ["Hassan Rouhani"], "Hassan Rouhani"),
        ("K1 Air Base", ["K-1 Air Base"], "K-1 Air Base"),
        ("Operation Martyr Soleimani", ["Qassem Soleimani", "Iran"], None),
        ("Deal of the Century", ["Donald Trump", "White House"], None),
        ("North Korea", ["South Korea"], None),
    ],
)
def test_entities_match_variant_attaches_only_clear_variants(
    alias: str, names: list[str], expected: str | None
) -> None:
    assert match_variant(alias, names) == expected


# --- invariants --------------------------------------------------------------------------------

_NEWS_WORDS = st.sampled_from(
    [
        "Soleimani", "Qasem", "Iran’s", "U.S.", "al-Asad", "Ain", "K-1", "Kataib", "Hezbollah",
        "the", "of", "killed", "in", "Baghdad", "January", "3", ",", ".", "“", "”", "Rohani",
        "President", "North", "Korea", "—", "\n", "Deal", "Century", "é", "'s", "-",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_NEWS_WORDS, max_size=25).map(" ".join)))
def test_entities_offsets_sorted_disjoint_and_deterministic(text: str) -> None:
    mentions = find_entities(text, _SHIPPED)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.name is None or mention.name in _SHIPPED
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
    assert find_entities(text, _SHIPPED) == mentions


def test_entities_a_word_with_another_last_letter_is_no_spelling_of_a_name():
    # "the Atlantic" is not the company Atlantia, where "Suleimani" is Soleimani
    gazetteer = build_gazetteer([("Atlantia", (), EntityKind.ORGANISATION)])
    assert [m.name for m in find_entities("It crashed into the Atlantic.", gazetteer)] == [None]


@pytest.mark.parametrize(
    "text", ["In London, Seventy-two people died in the fire.", "Then Twenty people were hurt."]
)
def test_entities_a_number_word_is_no_name(text):
    found = [e.text for e in find_entities(text, load_reference().gazetteer)]
    assert not [name for name in found if name in ("Seventy", "Twenty")]


def test_entities_a_possessor_is_linked_apart_from_what_it_owns(gazetteer) -> None:
    """ "Israel's Mossad": Israel is a state the gazetteer knows, not part of a longer name."""
    found = find_entities("Israel's Mossad Chief spoke.", gazetteer)
    assert [(m.text, m.name) for m in found] == [("Israel", "Israel"), ("Mossad", None)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Women's Health Organization sued.", ["Women's Health Organization"]),
        ("NASA's Orion capsule splashed down.", ["NASA", "Orion"]),
    ],
)
def test_entities_a_possessive_ends_a_name_only_after_a_place_state_or_acronym(
    gazetteer, text, names
) -> None:
    assert [m.text for m in find_entities(text, gazetteer)] == names


# --- names of several words -----------------------------------------------------------------

_NEWSROOM = build_gazetteer(
    [
        ("Capital Gazette shooting", ["The Capital", "Capital Gazette"], EntityKind.EVENT),
        ("Parkland shooting", ["Stoneman Douglas"], EntityKind.EVENT),
        ("Annapolis", [], EntityKind.PLACE),
        ("Florida", [], EntityKind.PLACE),
        ("Mexico", [], EntityKind.STATE),
        ("R.O.T.C.", ["ROTC"], EntityKind.ORGANISATION),
    ]
)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # an event's name found word for word is no name inside a longer capitalised one
        ("Five died at the Capital Gazette newsroom.", "Capital Gazette"),
        ("Shots at Marjory Stoneman Douglas High School.", "Marjory Stoneman Douglas High School"),
        # a common word that opens names goes on one
        ("Blasts in Tianjin's Binhai New Area killed 173.", "Binhai New Area"),
        ("A quake struck Papua New Guinea.", "Papua New Guinea"),
        # a name before a particle makes a longer name of the one after it, which lets an
        # acronym after it be
        ("The ROTC building at the University of Florida burned.", "University of Florida"),
        ("The Gulf of Mexico spill.", "Gulf of Mexico"),
        # an ordinal too ("First Republic Bank")
        ("Regulators seized First Republic Bank on Monday.", "First Republic Bank"),
        # a capitalised number word inside a sentence opens a name
        ("The reactor at Three Mile Island melted down.", "Three Mile Island"),
    ],
)
def test_entities_a_name_of_several_words_is_one_mention(text: str, whole: str) -> None:
    assert whole in {m.text for m in find_entities(text, _NEWSROOM)}


@pytest.mark.parametrize(
    "text",
    [
        "FRANKFURT (Reuters) - Eleven European countries launched the euro.",  # a count
        "Three Mile Island reopened.",  # at a sentence's start, a number word is a count's
    ],
)
def test_entities_a_number_word_before_a_people_word_or_opening_a_sentence_is_no_name(
    text: str,
) -> None:
    assert not any(m.text.split()[0] in {"Eleven", "Three"} for m in find_entities(text, _NEWSROOM))


def test_entities_an_acronym_after_a_longer_name_stays_a_name_of_its_own() -> None:
    found = find_entities("the University of Florida ROTC building", _NEWSROOM)
    assert ("ROTC", "R.O.T.C.") in {(m.text, m.name) for m in found}


def test_entities_a_place_opening_word_before_a_peoples_word_is_an_adjective():
    """ "the West African Ebola outbreak" is no event in the town of West, Texas."""
    gazetteer = build_gazetteer([("West", [], EntityKind.PLACE), ("Texas", [], EntityKind.PLACE)])
    assert "West" not in {m.name for m in find_entities("The West African outbreak.", gazetteer)}
    assert "West" in {m.name for m in find_entities("The blast in West, Texas.", gazetteer)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a place's facility keeps the place; its words are nobody's name
        ("A helicopter crashed at Kenosha Regional Airport on Sunday.", [("Kenosha", "Kenosha")]),
        ("It landed at Kenosha Airport.", [("Kenosha", "Kenosha")]),
        # a longer name of another thing is not the place
        ("Kenosha Medical Center said so.", [("Kenosha Medical Center", None)]),
    ],
)
def test_entities_a_places_facility_keeps_the_place(text, found) -> None:
    gazetteer = build_gazetteer([("Kenosha", [], EntityKind.PLACE)])
    assert [(m.text, m.name) for m in find_entities(text, gazetteer)] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised word that makes another place of a known name is part of that place
        ("Voters in Northern Ireland approved it.", None),
        ("Troops crossed into South Sudan.", None),
        # the known name alone is linked
        ("Voters in Ireland approved it.", "Ireland"),
    ],
)
def test_entities_a_word_that_makes_another_place_is_its_own(text: str, name: str | None) -> None:
    gazetteer = build_gazetteer(
        [("Ireland", [], EntityKind.STATE), ("Sudan", [], EntityKind.STATE)]
    )
    [mention] = [m for m in find_entities(text, gazetteer) if m.text not in ("Voters", "Troops")]
    assert mention.name == name


def _surfaces_by_scan(gazetteer, first: str, size: int, last: str) -> list[tuple]:
    """What the index of surface ends must find: every surface so opened, sized and ended."""
    found = []
    for k in range(len(gazetteer.arrays.surface_words)):
        surface = gazetteer._surface(k)
        if len(surface.words) == size and surface.words[0] == first and surface.words[-1] == last:
            found.append(surface)
    return found


@pytest.mark.parametrize(
    "names",
    [
        [
            ("Qassem Soleimani", ["Qasem Soleimani", "Haj Qassem"], EntityKind.PERSON),
            ("Qassem al-Rimi", [], EntityKind.PERSON),
            ("Abu Mahdi al-Muhandis", [], EntityKind.PERSON),
            ("Iran nuclear deal", ["Iran deal", "JCPOA"], EntityKind.EVENT),
            ("Ain al-Asad Air Base", [], EntityKind.PLACE),
            ("Iran", [], EntityKind.STATE),
        ]
    ],
)
def test_entities_surfaces_are_found_by_their_ends_as_a_scan_finds_them(names) -> None:
    gazetteer = build_gazetteer(names)
    surfaces = [gazetteer._surface(k) for k in range(len(gazetteer.arrays.surface_words))]
    ends = {(s.words[0], len(s.words), s.words[-1]) for s in surfaces}
    # and ends no surface has: a length or a last word of another surface
    ends |= {(first, size + 1, last) for first, size, last in ends} | {("qassem", 2, "iran")}
    for first, size, last in sorted(ends):
        expected = _surfaces_by_scan(gazetteer, first, size, last)
        assert list(gazetteer._surfaces_between(first, size, last)) == expected
