"""Rules for reading place names: words that do not change which place is meant, as data."""

# Words before a place name that are not part of it ("the Netherlands", "the Bronx"), among
# them the words that join a list of places ("between Hong Kong, Zhuhai and Macau").
LEADING_WORDS: frozenset[str] = frozenset({"the", "between", "and"})

# Words after a name that say what kind of place it is, not which: "Kahramanmaraş province" is
# Kahramanmaraş, "Dhaka District" is Dhaka, "Elbistan district" is Elbistan. Not "city", which
# is part of a city's own name (Kansas City, Mexico City, Kuwait City are not the state or
# country).
DESIGNATORS: frozenset[str] = frozenset({
    "province", "district", "county", "state", "region", "governorate", "prefecture",
    "department", "oblast", "municipality", "parish", "borough", "island", "islands",
    "peninsula", "archipelago",
})  # fmt: skip

# The last word of a site's name that says what kind of site it is, by the kind: a claim's
# "Windsor Castle" against a record's "Balmoral Castle", "Wembley Stadium" against
# "Hillsborough Stadium", "St Paul's Cathedral" against "Westminster Abbey" names another site of
# the same kind, so another place.
SITE_KINDS: dict[str, str] = {
    "castle": "castle", "palace": "palace",
    "cathedral": "church", "abbey": "church", "church": "church", "chapel": "church",
    "basilica": "church", "minster": "church",
    "mosque": "mosque", "temple": "temple", "synagogue": "synagogue",
    "stadium": "stadium", "arena": "stadium",
    "marathon": "marathon", "crater": "crater",
    "airport": "airport", "station": "station", "square": "square",
    "hospital": "hospital", "museum": "museum", "theatre": "theatre", "theater": "theatre",
    "prison": "prison", "university": "university", "college": "university",
    "mall": "mall", "hotel": "hotel", "mine": "mine", "dam": "dam",
    # water and land that names its own kind: another sea, river or glacier is elsewhere
    "sea": "sea", "ocean": "ocean", "river": "river", "lake": "lake", "strait": "strait",
    "glacier": "glacier", "desert": "desert", "gorge": "gorge",
}  # fmt: skip

# Words before a place, in lower case, that name a part of it: "north Quito" and "northern
# Quito" are in Quito. Capitalised they begin another name ("North Carolina", "Central Java").
PART_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "central", "downtown",
})  # fmt: skip

# Words before a place that make it a landmark the event happened near, not in: "near the
# Pennsylvania line", "just north of Dallas", "off the coast of Sicily", "outside Kabul".
PROXIMITY_WORDS: tuple[str, ...] = (
    r"near", r"nearby", r"outside", r"close to", r"off", r"off the coast of",
    r"on the outskirts of", r"on (?:its |the |final )?approach to", r"(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)(?:ern)?\s+of",
)  # fmt: skip
# Words before a place that say the event was there alone ("struck only Tanzania"): a record
# that places it elsewhere too makes the claim partly right.
SOLE_WORDS: tuple[str, ...] = (r"only", r"solely", r"exclusively", r"alone in")
# How far from a landmark's city (km) the record's city may lie and still be "near" it; from
# how far it is plainly elsewhere ("north of Antofagasta" for a mine 450 km south of it).
# How a table that writes its places from the country down ("JAPAN: NEAR E COAST HONSHU",
# "CHINA: N. XINJIANG: URUMQI", "BALKANS NW: MACEDONIA") says where in a place: words that are
# not the place's name. Matched case-insensitively at the start and at the end of a level.
LEVEL_OPENERS: str = (
    r"(?:near|off)\s+(?:the\s+)?(?:(?:[nsew]{1,3}|north|south|east|west)\.?\s+)?"
    r"(?:coast(?:\s+of)?(?:\s+|$))?"
    r"|(?:[nsew]{1,3}|north|south|east|west)\.?\s+coast(?:\s+of)?(?:\s+|$)"
    r"|[nsew]{1,3}\.\s*"
)
LEVEL_CLOSERS: str = r"\s+[nsew]{1,3}\.?"
NEAR_KM = 100
FAR_KM = 300

# Names of countries in the news that GeoNames does not give (its own are read from it), by the
# name GeoNames gives the country; the common short names (US, Britain) are in rules.entities.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Turkey": ("Türkiye", "Turkiye"),
    "Czechia": ("Czech Republic",),
    "Ivory Coast": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "Myanmar": ("Burma",),
    "Cabo Verde": ("Cape Verde",),
    "Eswatini": ("Swaziland",),
    "Palestinian Territory": ("Palestine", "State of Palestine", "Palestinian territories"),
}

# The AP's abbreviations of US states, as wire copy writes them after a city ("Uvalde, Texas"
# is never abbreviated; "Half Moon Bay, Calif." is). Postal codes ("CA") come from GeoNames.
AP_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
    "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
    "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin",
    "Wyo": "Wyoming",
}  # fmt: skip

# Canada's provinces and territories, which GeoNames' offline copy does not name (it has the
# US states only), with their ISO 3166-2 codes and the AP's abbreviations as wire copy writes
# them after a town ("Lac-Mégantic, Que.").
CANADIAN_PROVINCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Alberta": ("CA-AB", ("Alta",)), "British Columbia": ("CA-BC", ("B.C",)),
    "Manitoba": ("CA-MB", ("Man",)), "New Brunswick": ("CA-NB", ("N.B",)),
    "Newfoundland and Labrador": ("CA-NL", ("N.L", "Nfld")), "Nova Scotia": ("CA-NS", ("N.S",)),
    "Ontario": ("CA-ON", ("Ont",)), "Prince Edward Island": ("CA-PE", ("P.E.I",)),
    "Quebec": ("CA-QC", ("Que",)), "Saskatchewan": ("CA-SK", ("Sask",)),
    "Northwest Territories": ("CA-NT", ("N.W.T",)), "Nunavut": ("CA-NU", ()),
    "Yukon": ("CA-YT", ()),
}  # fmt: skip

# Words that alone name no one region: a first-level region called only by them ("Central",
# "North West", "Capital", "Est") is one of many countries' and reads as a plain word in a
# sentence, so the world's regions table leaves it out.
GENERIC_REGION_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "middle", "upper", "lower", "capital", "federal", "national", "region",
    "nord", "sud", "est", "ouest", "centro", "norte", "sur", "al", "de", "du", "la", "l",
    "province", "provincia", "distrito", "district", "territory", "end", "side", "islands",
})  # fmt: skip

# The kinds of first-level region (as ISO 3166-2 and GeoNames call them, lower case) that are
# towns, not regions: Slovenia's and Cape Verde's municipalities, Malta's local councils,
# Barbados' parishes. Their names are towns' and people's ("Paul", "Saint George"), and a town
# in the claim is compared as a town.
TOWN_LEVEL_REGION_TYPES: frozenset[str] = frozenset({
    "", "municipality", "local council", "district municipality", "urban municipality",
    "city municipality", "quarter", "commune", "parish",
})  # fmt: skip

# The last word of a region named after water or land ("Red Sea", "Upper Nile", "Lakes",
# "Bay"): a claim naming it most often means the sea or the river, not the region, so such a
# name places nothing.
NATURAL_FEATURE_WORDS: frozenset[str] = frozenset({
    "sea", "nile", "river", "rivers", "lake", "lakes", "bay", "gulf", "coast", "plateau",
    "plateaux", "mountains", "valley", "lagoons", "littoral", "savanes", "cordillera",
})  # fmt: skip

# How English makes the word for a country's people from its name: (ending replaced, suffix),
# tried in turn; the first form made for a word keeps it (Nigeria's "Nigerian", not Niger's).
# Forms no one writes ("Mexicoan") are harmless: only words in a text are looked up.
DEMONYM_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("a", "an"), ("", "an"), ("e", "ian"), ("o", "an"), ("y", "ian"), ("", "ian"), ("", "i"),
    ("", "ese"), ("a", "ese"),
)  # fmt: skip
