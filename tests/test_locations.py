"""A record's location and country cells read as people write them (claimcheck.locations)."""

from __future__ import annotations

import pytest

from claimcheck.locations import parse_countries, parse_locations


@pytest.mark.parametrize(
    ("cell", "paths"),
    [
        ("Surfside, Florida", (("Surfside", "Florida"),)),
        ("Kabul airport (Abbey Gate), Kabul", (("Kabul airport", "Abbey Gate", "Kabul"),)),
        ("Portland, OR", (("Portland", "Oregon"),)),
        ("Half Moon Bay, Calif.", (("Half Moon Bay", "California"),)),
        ("Pazarcık, Kahramanmaraş; Gaziantep", (("Pazarcık", "Kahramanmaraş"), ("Gaziantep",))),
        (
            "Kabul - Hamid Karzai International Airport",
            (("Kabul", "Hamid Karzai International Airport"),),
        ),
        # written from the country in, as NOAA's tables do: the last level lists sites
        ("ITALY: ACCUMOLI, AMATRICE", (("ACCUMOLI", "ITALY"), ("AMATRICE", "ITALY"))),
        ("CHINA: YUNNAN PROVINCE: SHIMEN", (("SHIMEN", "YUNNAN PROVINCE", "CHINA"),)),
        ("MYANMAR (BURMA): CHAUK", (("CHAUK", "MYANMAR", "BURMA"),)),
        (
            "TANZANIA: LAKE VICTORIA; UGANDA: RAKAI",
            (("LAKE VICTORIA", "TANZANIA"), ("RAKAI", "UGANDA")),
        ),
        # where in a place is no name of it, nor a level that only says which part
        ("JAPAN: NEAR E COAST HONSHU", (("HONSHU", "JAPAN"),)),
        ("ECUADOR: NEAR WEST COAST: MANABI", (("MANABI", "ECUADOR"),)),
        ("CHINA: N. XINJIANG: URUMQI", (("URUMQI", "XINJIANG", "CHINA"),)),
        ("BALKANS NW: MACEDONIA", (("MACEDONIA", "BALKANS"),)),
        ("CHILE: CENTRAL", (("CHILE",),)),
        ("INDONESIA: SUMATRA:", (("SUMATRA", "INDONESIA"),)),
        # a country's own name is left whole
        ("SOUTH KOREA: GYEONGJU", (("GYEONGJU", "SOUTH KOREA"),)),
        ("", ()),
    ],
)
def test_locations_are_read_into_paths(cell, paths):
    assert parse_locations(cell) == paths


@pytest.mark.parametrize(
    ("cell", "countries"),
    [
        ("Turkey; Syria", ("Turkey", "Syria")),
        ("Puerto Rico (United States)", ("Puerto Rico", "United States")),
        ("", ()),
    ],
)
def test_locations_countries_may_be_several(cell, countries):
    assert parse_countries(cell) == countries
