"""Places compared by containment (claimcheck.places)."""

from __future__ import annotations

import pytest

from claimcheck.locations import read_record_places
from claimcheck.places import PlaceRelation, expand_abbreviation, relate_landmark, relate_place


@pytest.mark.parametrize(
    ("location", "country", "claimed", "relation"),
    [
        # the record's own names, at any level, and designator words set aside
        (
            "Champlain Towers South, Surfside, Florida",
            "United States",
            "Florida",
            PlaceRelation.SAME,
        ),
        ("Pazarcık, Kahramanmaraş", "Turkey", "Kahramanmaraş province", PlaceRelation.SAME),
        ("Pazarcık, Kahramanmaraş", "Turkey; Syria", "Syria", PlaceRelation.SAME),
        # a name that heads the record's longer one ("the Atlantic", "Atlantic Ocean")
        (
            "Atlantic Ocean, near waypoint TASIL",
            "international waters",
            "Atlantic",
            PlaceRelation.SAME,
        ),
        # the words joining a list of places are not part of a name
        (
            "Pearl River Estuary, between Hong Kong, Zhuhai (Guangdong) and Macau",
            "China",
            "Macau",
            PlaceRelation.SAME,
        ),
        (
            "Pearl River Estuary, between Hong Kong, Zhuhai",
            "China",
            "Hong Kong",
            PlaceRelation.SAME,
        ),
        # containment the gazetteer knows
        ("Genoa", "", "Italy", PlaceRelation.CONTAINS),
        ("Miami", "United States", "Florida", PlaceRelation.CONTAINS),
        # disjoint: another country, another state, another city where the record names one
        ("Baghdad", "Iraq", "Damascus", PlaceRelation.OTHER_COUNTRY),
        ("Surfside, Florida", "United States", "Texas", PlaceRelation.OTHER_REGION),
        ("Burlington, Washington", "United States", "Vermont", PlaceRelation.OTHER_REGION),
        ("Surfside, Florida", "United States", "Fort Lauderdale", PlaceRelation.OTHER_CITY),
        ("Genoa, Liguria", "Italy", "Turin", PlaceRelation.OTHER_CITY),
        # a record's sites are taken as complete: a city of its countries it does not name is
        # elsewhere ("churches in Colombo, Negombo and Jaffna")
        ("Pazarcık, Kahramanmaraş; Aleppo", "Turkey; Syria", "Ankara", PlaceRelation.OTHER_CITY),
        # what the record cannot place stays unknown
        ("Hamid Karzai International Airport", "", "Kandahar", PlaceRelation.UNKNOWN),
        ("Genoa", "Italy", "Camp Zorgvlied", PlaceRelation.UNKNOWN),
        # a country the gazetteer does not know is not "another country" than a city's
        ("Mid-ocean ridge", "international waters", "Lyon", PlaceRelation.UNKNOWN),
    ],
)
def test_places_relate_by_containment(location, country, claimed, relation):
    assert relate_place(claimed, read_record_places(location, country)) is relation


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("OR", "Oregon"),
        ("Calif.", "California"),
        ("N.Y.", "New York"),
        ("Genoa", "Genoa"),
    ],
)
def test_places_state_abbreviations_expand(written, name):
    assert expand_abbreviation(written) == name


@pytest.mark.parametrize(
    ("landmark", "location", "relation"),
    [
        ("Dallas", "Allen, Texas", PlaceRelation.NEAR),  # 35 km
        ("Antofagasta", "San José mine, near Copiapó, Atacama Region", PlaceRelation.FAR),
        ("Copiapó", "San José mine, near Copiapó, Atacama Region", PlaceRelation.NEAR),
        ("Pennsylvania", "East Palestine, Ohio", PlaceRelation.UNKNOWN),  # no border data
    ],
)
def test_places_a_landmark_is_near_or_far_never_elsewhere_by_containment(
    landmark, location, relation
):
    assert relate_landmark(landmark, read_record_places(location, "")) is relation


def test_places_an_acronym_is_no_towns_name():
    """ "UN" is no town of India's: an acronym names an organisation or a country, not a town."""
    record = read_record_places("United Nations Headquarters, New York City", "United States")
    assert relate_place("UN", record) is PlaceRelation.UNKNOWN


@pytest.mark.parametrize(
    ("claimed", "relation"),
    [
        ("Que.", PlaceRelation.SAME),
        ("Quebec", PlaceRelation.SAME),
        ("Ontario", PlaceRelation.OTHER_REGION),
    ],
)
def test_places_canadian_provinces_as_wire_copy_writes_them(claimed, relation):
    """ "Lac-Mégantic, Que.": GeoNames' offline copy names no Canadian province; a table does."""
    record = read_record_places("Lac-Mégantic; Quebec; Eastern Townships", "Canada")
    assert relate_place(claimed, record) is relation
