"""Reference step, at load: a record's ``location`` and ``country`` cells read as people write them.

A ``location`` cell is read into paths of names, most specific first
(``"Kabul airport (Abbey Gate), Kabul"`` -> ``("Kabul airport", "Abbey Gate", "Kabul")``), a
``country`` cell into country names (``"Puerto Rico (United States)"``); ``places`` then
compares them with a claim's places, without reading text again.
"""

from __future__ import annotations

import re

from claimcheck.places import RecordPlaces, expand_abbreviation
from claimcheck.rules import places as rules

__all__ = ["parse_countries", "parse_locations", "read_record_places"]

_SITES = re.compile(r"\s*;\s*")
_PARTS = re.compile(r"\s*(?:,|\(|\)|\s[-–]\s)\s*")
_LEVELS = re.compile(r"\s*:\s*")
# where in a level's place ("NEAR E COAST HONSHU", "BALKANS NW"): no part of its name
_LEVEL_WORDS = re.compile(
    rf"^\s*(?:{rules.LEVEL_OPENERS})|(?:{rules.LEVEL_CLOSERS})\s*$", re.IGNORECASE
)


def parse_locations(value: str) -> tuple[tuple[str, ...], ...]:
    """The sites of a ``location`` cell, each as its names from the most specific.

    Commas go from the site out ("Surfside, Florida"); colons from the country in, as some
    tables write them ("ITALY: ACCUMOLI, ARQUATA"), the last level listing sites side by side.

    >>> parse_locations("Champlain Towers South, Surfside, Florida; Kabul airport (Abbey Gate), Kabul")
    (('Champlain Towers South', 'Surfside', 'Florida'), ('Kabul airport', 'Abbey Gate', 'Kabul'))
    >>> parse_locations("JAPAN: NEAR E COAST HONSHU; ITALY: ACCUMOLI, AMATRICE")
    (('HONSHU', 'JAPAN'), ('ACCUMOLI', 'ITALY'), ('AMATRICE', 'ITALY'))
    """
    paths: list[tuple[str, ...]] = []
    for site in _SITES.split(value.strip()):
        if ":" in site:
            paths.extend(_levels(site))
        elif site:
            # a part in brackets is a site within the name before it, or a container of it:
            # either way one of the names the record gives its place by
            paths.append(_names(site))
    return tuple(path for path in paths if path)


def _levels(site: str) -> list[tuple[str, ...]]:
    """The paths of a site written from the country in: "CHINA: YUNNAN PROVINCE: SHIMEN". A
    level that says only which part ("CHILE: CENTRAL") names no place of its own."""
    levels = [_LEVEL_WORDS.sub("", level) for level in _LEVELS.split(site)]
    *outer, inner = [level for level in levels if level and not _only_part(level)] or [""]
    containers = tuple(name for level in reversed(outer) for name in _names(level))
    return [(*_names(name), *containers) for name in inner.split(",")]


def _only_part(level: str) -> bool:
    return set(level.lower().split()) <= rules.GENERIC_REGION_WORDS | rules.PART_WORDS


def _names(part: str) -> tuple[str, ...]:
    return tuple(expand_abbreviation(n.strip()) for n in _PARTS.split(part) if n.strip())


def parse_countries(value: str) -> tuple[str, ...]:
    """The countries of a ``country`` cell (``;``-separated; a bracket names a container).

    >>> parse_countries("Turkey; Syria"), parse_countries("Puerto Rico (United States)")
    (('Turkey', 'Syria'), ('Puerto Rico', 'United States'))
    """
    return tuple(n.strip() for n in re.split(r"\s*[;()]\s*", value) if n.strip())


def read_record_places(location: str, country: str) -> RecordPlaces:
    """A record's places, read once at load."""
    return RecordPlaces(parse_locations(location), parse_countries(country))
