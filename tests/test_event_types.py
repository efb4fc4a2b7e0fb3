"""How the event types of a claim and of a record relate, as data (claimcheck.event_types)."""

from __future__ import annotations

import pytest

from claimcheck.claims import event_kinds
from claimcheck.event_types import relate_event_types, relate_to_kinds, type_key


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("plane_crash", "plane_crash"),
        ("Plane-Crash", "plane_crash"),
        (" plane  -  crash ", "plane_crash"),
        ("-crash", "_crash"),
        ("air_-strike", "air__strike"),
    ],
)
def test_event_types_labels_key_alike(label, key):
    assert type_key(label) == key


@pytest.mark.parametrize(
    ("claimed", "recorded", "related"),
    [
        ("killing", "air_drone_strike", True),
        ("missile_attack", "air_drone_strike", False),
        ("Plane crash", "plane_crash", True),
        # a fire set on purpose is an attack, a fire and (a firebomb) a bombing; no earthquake
        ("arson", "attack", True),
        ("arson", "fire", True),
        ("arson", "bombing", True),
        ("arson", "earthquake", False),
        # an emergency landing is no crash; ransomware locks data, a breach exposes it, and both
        # are cyberattacks, and attacks
        # a fire is no explosion, whichever the record is of
        ("explosion", "fire", False),
        ("fire", "explosion", False),
        ("crash", "emergency_landing", False),
        ("plane_crash", "emergency_landing", False),
        ("data_breach", "ransomware", False),
        ("cyberattack", "data_breach", True),
        ("cyberattack", "ransomware", True),
        ("attack", "ransomware", True),
        # a coup detains those in power
        ("arrest", "coup", True),
        # gunmen take hostages and forces storm to end it; a hijacking holds its passengers
        ("shooting", "hostage_taking", True),
        ("storming", "hostage_taking", True),
        ("hijacking", "hostage_taking", True),
        ("hostage_taking", "earthquake", False),
        # another reference's vocabulary is not ours to judge
        ("election", "by-election", None),
    ],
)
def test_event_types_relate(claimed, recorded, related):
    assert relate_event_types(claimed, recorded) is related


@pytest.mark.parametrize(
    ("claimed", "kinds", "related"),
    [
        # any kind of a label of several relates
        ("explosion", ("spill", "explosion"), True),
        ("fire", ("derailment", "explosion"), True),
        # known kinds all unrelated: another event
        ("election", ("spill", "explosion"), False),
        ("election", ("by-election",), None),
        ("election", ("",), None),
    ],
)
def test_event_types_relate_to_the_kinds_a_label_names(claimed, kinds, related):
    assert relate_to_kinds(claimed, kinds) is related


@pytest.mark.parametrize(
    ("label", "kinds"),
    [
        # a table's own labels of incidents that are not crashes, and of attacks on computers
        ("engine failure and emergency landing", ("emergency_landing",)),
        ("ransomware attack", ("ransomware", "attack")),
        ("data breach (disclosure)", ("data_breach",)),
        # a central bank's decision sets a rate: no court's
        ("central bank decision (emergency rate cut)", ("statistic",)),
    ],
)
def test_event_types_a_label_in_a_tables_words_names_known_kinds(label, kinds):
    assert event_kinds(label) == kinds
