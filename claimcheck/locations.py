"""Reference step, at load: a record's ``location`` and ``country`` cells read as people write them.

A ``location`` cell is read into paths of names, most specific first
(``"Kabul airport (Abbey Gate), Kabul"`` -> ``("Kabul airport", "Abbey Gate", "Kabul")``), a
``country`` cell into country names (``"Puerto Rico (United States)"``); ``places`` then
compares them with a claim's places, without reading text again.
"""

from __future__ import annotations

import re

from claimcheck.places import RecordPlaces, expand_abbreviation

__all__ = ["parse_countries", "parse_locations", "read_record_places"]

_SITES = re.compile(r"\s*;\s*")
_PARTS = re.compile(r"\s*(?:,|\(|\)|\s[-–]\s)\s*")


def parse_locations(value: str) -> tuple[tuple[str, ...], ...]:
    """The sites of a ``location`` cell, each as its names from the most specific.

    >>> parse_locations("Champlain Towers South, Surfside, Florida; Kabul airport (Abbey Gate), Kabul")
    (('Champlain Towers South', 'Surfside', 'Florida'), ('Kabul airport', 'Abbey Gate', 'Kabul'))
    """
    paths = []
    for site in _SITES.split(value.strip()):
        if not site:
            continue
        # a part in brackets is a site within the name before it, or a container of it:
        # either way one of the names the record gives its place by
        paths.append(tuple(expand_abbreviation(n) for n in _PARTS.split(site) if n.strip()))
    return tuple(paths)


def parse_countries(value: str) -> tuple[str, ...]:
    """The countries of a ``country`` cell (``;``-separated; a bracket names a container).

    >>> parse_countries("Turkey; Syria"), parse_countries("Puerto Rico (United States)")
    (('Turkey', 'Syria'), ('Puerto Rico', 'United States'))
    """
    return tuple(n.strip() for n in re.split(r"\s*[;()]\s*", value) if n.strip())


def read_record_places(location: str, country: str) -> RecordPlaces:
    """A record's places, read once at load."""
    return RecordPlaces(parse_locations(location), parse_countries(country))
