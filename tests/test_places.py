"""Places compared by containment (claimcheck.places)."""

from __future__ import annotations

import pytest

from claimcheck.locations import read_record_places
from claimcheck.places import (
    PlaceRelation,
    RecordPlaces,
    expand_abbreviation,
    holds_place,
    place_kind,
    relate_landmark,
    relate_place,
)


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
        # a city named for a state or a country is neither ("Kansas City", "Mexico City")
        ("Kansas City, Missouri", "United States", "Kansas", PlaceRelation.OTHER_REGION),
        ("Kansas City, Missouri", "United States", "Kansas City", PlaceRelation.SAME),
        # containment the gazetteer knows
        ("Genoa", "", "Italy", PlaceRelation.CONTAINS),
        ("Miami", "United States", "Florida", PlaceRelation.CONTAINS),
        # disjoint: another country, another state, another city where the record names one
        ("Baghdad", "Iraq", "Damascus", PlaceRelation.OTHER_COUNTRY),
        ("Surfside, Florida", "United States", "Texas", PlaceRelation.OTHER_REGION),
        ("Burlington, Washington", "United States", "Vermont", PlaceRelation.OTHER_REGION),
        # a catalogue's path from the general names the state too (NOAA's)
        ("CALIFORNIA: HUMBOLDT COUNTY", "United States", "Oregon", PlaceRelation.OTHER_REGION),
        ("Surfside, Florida", "United States", "Fort Lauderdale", PlaceRelation.OTHER_CITY),
        ("Genoa, Liguria", "Italy", "Turin", PlaceRelation.OTHER_CITY),
        # a record's sites are taken as complete: a city of its countries it does not name is
        # elsewhere ("churches in Colombo, Negombo and Jaffna")
        ("Pazarcık, Kahramanmaraş; Aleppo", "Turkey; Syria", "Ankara", PlaceRelation.OTHER_CITY),
        # another site of a kind the record names one of: another castle, church, stadium
        ("Balmoral Castle, Aberdeenshire", "UK", "Windsor Castle", PlaceRelation.OTHER_SITE),
        ("Westminster Abbey, London", "UK", "St Paul's Cathedral", PlaceRelation.OTHER_SITE),
        ("Berlin Marathon, Berlin", "Germany", "London Marathon", PlaceRelation.OTHER_SITE),
        ("Balmoral Castle, Aberdeenshire", "UK", "Balmoral Castle", PlaceRelation.SAME),
        # water that names its kind: another sea, but not the ocean a part of it names
        ("Weddell Sea; Antarctic Peninsula", "Antarctica", "Ross Sea", PlaceRelation.OTHER_SITE),
        ("Philippine Sea; North Pacific Ocean", "", "Pacific Ocean", PlaceRelation.UNKNOWN),
        # a site of a kind the record names none of, or a bare name, stays unknown
        ("Balmoral Castle, Aberdeenshire", "UK", "Sandringham", PlaceRelation.UNKNOWN),
        ("Balmoral Castle, Aberdeenshire", "UK", "Wembley Stadium", PlaceRelation.UNKNOWN),
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


@pytest.mark.parametrize(
    ("location", "country", "claimed", "relation"),
    [
        # another first-level region of the record's country, in English or as written there
        (
            "Bahanaga Bazar, Balasore district, Odisha",
            "India",
            "West Bengal",
            PlaceRelation.OTHER_REGION,
        ),
        (
            "Ahr valley; district of Ahrweiler; Rhineland-Palatinate",
            "Germany",
            "Bavaria",
            PlaceRelation.OTHER_REGION,
        ),
        ("Steccato di Cutro, Crotone, Calabria", "Italy", "Sicily", PlaceRelation.OTHER_REGION),
        ("Varzaqan, East Azerbaijan", "Iran", "Mazandaran", PlaceRelation.OTHER_REGION),
        ("Varzaqan, East Azerbaijan", "Iran", "Āz̄ārbāyjān-e Shārqī", PlaceRelation.CONTAINS),
        # the region of a record's city, by the city's GeoNames admin1 code
        ("Munich", "Germany", "Bavaria", PlaceRelation.CONTAINS),
        ("Munich", "Germany", "Saxony", PlaceRelation.OTHER_REGION),
        ("Munich", "Germany", "Bayern", PlaceRelation.CONTAINS),
        # a region of another country is another country
        ("Munich", "Germany", "Odisha", PlaceRelation.OTHER_COUNTRY),
        # a record's part of a city is in it
        ("Colegio Anderson, northern Quito, Pichincha", "Ecuador", "Quito", PlaceRelation.CONTAINS),
        # NOAA's "COUNTRY: REGION" names the region
        ("MEXICO: MICHOACAN, COLIMA, JALISCO", "Mexico", "Michoacán", PlaceRelation.SAME),
    ],
)
def test_places_first_level_regions_of_every_country(location, country, claimed, relation):
    assert relate_place(claimed, read_record_places(location, country)) is relation


@pytest.mark.parametrize(
    ("location", "country", "claimed", "relation"),
    [
        # Punjab is India's and Pakistan's: in Amritsar it holds the record, elsewhere in India
        # both are apart from Odisha; in Pakistan the Indian one could not be meant
        ("Amritsar", "India", "Punjab", PlaceRelation.CONTAINS),
        ("Bhubaneswar, Odisha", "India", "Punjab", PlaceRelation.OTHER_REGION),
        ("Lahore, Punjab", "Pakistan", "Punjab", PlaceRelation.SAME),
        # a name that is a town of the record's country too is compared as a town
        ("Kazan, Tatarstan", "Russia", "Moscow", PlaceRelation.OTHER_CITY),
        # a country's name stays the country's, a US state's the state's
        ("Tbilisi", "", "Georgia", PlaceRelation.CONTAINS),
        ("Atlanta, Georgia", "United States", "Georgia", PlaceRelation.SAME),
        ("Seattle, Washington", "United States", "Georgia", PlaceRelation.OTHER_COUNTRY),
        # a region named after a sea is taken for the sea
        ("Sharm el-Sheikh, South Sinai", "Egypt", "Red Sea", PlaceRelation.UNKNOWN),
        # a record placed by no region of the claimed region's country cannot rule it out;
        # Aleppo is a town and its governorate
        ("Pazarcık, Kahramanmaraş", "Turkey; Syria", "Rif Dimashq", PlaceRelation.UNKNOWN),
        (
            "Pazarcık, Kahramanmaraş; Aleppo",
            "Turkey; Syria",
            "Rif Dimashq",
            PlaceRelation.OTHER_REGION,
        ),
    ],
)
def test_places_an_ambiguous_region_never_differs_on_its_own(location, country, claimed, relation):
    assert relate_place(claimed, read_record_places(location, country)) is relation


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bavaria", "region"),
        ("Sicily", "region"),
        ("West Bengal", "region"),
        ("Odisha", "region"),
        ("East Azerbaijan", "region"),
        ("Rhineland-Palatinate", "region"),
        ("Moscow", "city"),  # Moscow is a federal city, a town first
        ("Georgia", "country"),
        ("Central", "city"),  # Hong Kong's Central; no region's name
        ("Paul", None),  # a municipality of Cape Verde, a town-level region
        ("Red Sea", None),
    ],
)
def test_places_kinds_of_first_level_regions(name, kind):
    assert place_kind(name) == kind


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


@pytest.mark.parametrize(
    ("claimed", "country", "agrees"),
    [
        # a territory ISO codes as a country and as a region of its state lies in that state
        ("Guam", "United States", True),
        ("United States", "Guam", True),
        ("Puerto Rico", "United States", True),
        ("Guam", "Japan", False),
        # a region that shares a code with a country is not that country ("US-GA", Gabon)
        ("Georgia", "Gabon", False),
    ],
)
def test_places_a_territory_lies_in_its_state(claimed: str, country: str, agrees: bool) -> None:
    relation = relate_place(claimed, RecordPlaces((), (country,)))
    assert (relation in (PlaceRelation.SAME, PlaceRelation.CONTAINS)) is agrees


_RECORDS = [
    ("Champlain Towers South, Surfside, Florida", "United States"),
    ("Pazarcık, Kahramanmaraş; Aleppo", "Turkey; Syria"),
    ("CALIFORNIA: HUMBOLDT COUNTY", "United States"),
    ("north Quito", "Ecuador"),
    ("Atlantic Ocean, near waypoint TASIL", "international waters"),
    ("Balmoral Castle, Aberdeenshire", "UK"),
    ("Genoa, Liguria", "Italy"),
    ("Kansas City", ""),
    ("Brurivus", "Afghanistan"),
]
_CLAIMED = [
    "Florida", "Surfside", "Miami", "Turkey", "Syria", "Kahramanmaraş province", "California",
    "Humboldt County", "Oregon", "Quito", "Ecuador", "Atlantic", "Pacific Ocean", "Balmoral",
    "Scotland", "UK", "Italy", "Liguria", "Genoa", "Turin", "Kansas", "Kansas City", "Brurivus",
    "Afghanistan", "Kabul", "Narnia", "N.Y.", "Fla.",
]  # fmt: skip


@pytest.mark.parametrize(("location", "country"), _RECORDS)
def test_places_holds_place_is_relate_place_same_or_contains(location, country):
    record = read_record_places(location, country)
    for claimed in _CLAIMED:
        held = relate_place(claimed, record) in (PlaceRelation.SAME, PlaceRelation.CONTAINS)
        assert holds_place(claimed, record) is held, claimed
