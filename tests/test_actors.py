"""Actors read apart from their roles, and who did the deed (claimcheck.actors)."""

from __future__ import annotations

import pytest

from claimcheck.actors import Actor, parse_actors, perpetrators, states_of


@pytest.mark.parametrize(
    ("cell", "actors"),
    [
        ("Sohel Rana (building owner)", (Actor("Sohel Rana", "building owner"),)),
        ("Jet Propulsion Laboratory (JPL)", (Actor("Jet Propulsion Laboratory", "", "JPL"),)),
        ("NASA; Michael Collins (in orbit)", (Actor("NASA"), Actor("Michael Collins", "in orbit"))),
        ("", ()),
    ],
)
def test_actors_names_apart_from_roles(cell, actors):
    assert parse_actors(cell) == actors


@pytest.mark.parametrize(
    ("cell", "columns", "attack", "who"),
    [
        ("Islamic State (claimed responsibility); Belgium", {}, False, ("Islamic State",)),
        ("Salvador Ramos (gunman); Uvalde police", {}, True, ("Salvador Ramos",)),
        ("ISIS-K; United States Armed Forces", {}, True, ("ISIS-K",)),
        (
            "ISIS-K; United States Armed Forces",
            {"perpetrator": "Unknown group"},
            True,
            ("Unknown group",),
        ),
        # not an attack: the first actor did not "do" an earthquake
        ("AFAD; Government of Turkey", {}, False, ()),
    ],
)
def test_actors_perpetrators(cell, columns, attack, who):
    assert perpetrators(parse_actors(cell), columns, attack=attack) == who


@pytest.mark.parametrize(
    ("names", "states"),
    [
        (("United States Central Command",), ("United States",)),
        (("Afghan civilians", "U.S. Army"), ("Afghanistan", "United States")),
        # a person whose name holds a state's is no part of it; nor is a brand
        (("Jordan Peterson", "US Airways"), ()),
    ],
)
def test_states_of_an_organisation_or_a_group(names, states):
    assert states_of(names) == states


def test_actors_a_role_may_hold_the_separator():
    """ "Charles III (king; appointed him)" is one actor with two roles, as people write them."""
    names = [
        a.name for a in parse_actors("Rishi Sunak; Charles III (king; appointed him); Liz Truss")
    ]
    assert names == ["Rishi Sunak", "Charles III", "Liz Truss"]
