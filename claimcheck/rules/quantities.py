"""Rules for reading a reference's figures: which column holds which kind of count, as data.

Any numeric column is a quantity whose role comes from the words of its name: ``deaths`` and
``injuries`` of the schema, and a user's own ``turnout_percent``, ``people_on_board``,
``magnitude``, ``amount_usd``... The first role any of whose words is a word of the name wins;
any other numeric column is a figure of no role, compared only with a claimed figure whose
words meet its name ("a depth of 18 km" with ``depth_km``, "30,000 houses" with
``houses_destroyed``). Adding a role is one row.
"""

# fmt: off
COLUMN_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deaths", ("deaths", "death", "dead", "killed", "fatalities", "fatality")),
    ("injuries", ("injuries", "injured", "wounded", "hurt")),
    ("turnout", ("turnout",)),
    ("votes", ("votes", "vote", "ballots")),
    ("seats", ("seats",)),
    ("candidates", ("candidates",)),
    ("missiles", ("missiles", "rockets")),
    ("money", ("usd", "amount", "price", "cost", "value", "eur", "gbp", "dollars")),
    ("people", ("people", "persons", "passengers", "aboard", "board", "crew", "attendance",
                "crowd", "participants", "occupants", "strikers", "hostages", "protesters",
                "demonstrators", "marchers", "evacuees", "workers", "members")),
    ("other", ("magnitude", "rate", "index", "score")),
)
# fmt: on

# Words of a column's name that say it holds a percentage (turnout_percent, rate, vote_share):
# a share is compared only with a share, never with an absolute figure.
PERCENT_WORDS: tuple[str, ...] = ("percent", "pct", "rate", "share")
# Words of a column's name that say it holds a step of a rate in points, and what one of its
# units is in percentage points (rate_change_bp of 75 is three-quarters of a point): met only
# by a claimed step ("by half a percentage point", "75 basis points").
POINT_WORDS: dict[str, float] = {"bp": 0.01, "bps": 0.01, "basis": 0.01, "pp": 1.0, "ppt": 1.0}
# A column of people's ages ("shooter_age", "recipient_age"): met only by a claimed age.
AGE_WORD = "age"

# Words of a column's name that say in what units of a number its values are written
# (``value_usd_bn``: 25.6 is $25.6 billion, "deaths_thousands"). "m" is left out: in
# ``height_m`` it is metres.
SCALE_WORDS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3,
    "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
    "bn": 1e9, "billion": 1e9, "billions": 1e9,
    "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
}  # fmt: skip

# A record can give the lowest of several official figures in a `<column>_low` column
# (e.g. deaths 10, deaths_low 7): any claimed figure in that range agrees.
LOW_SUFFIX = "_low"
# Words of a column's name that say it holds the highest of a toll's estimates (UCDP's GED keeps
# "best", "low" and "high"): a claimed none is surer than a record whose high estimate is more.
HIGH_ESTIMATE_WORDS: frozenset[str] = frozenset({"high", "highest", "max", "maximum"})

# Numeric columns of the schema that are no figure of the event.
# A toll of everyone on board ("killing all 228 people on board") is also how many were on
# board: the words that say "everyone" and "on board" in a statement's figure.
EVERYONE_WORDS: tuple[str, ...] = ("all", "everyone", "everybody")
ON_BOARD_WORDS: tuple[str, ...] = ("on board", "aboard", "onboard")

# A share said of the side against ("60 per cent voting No") is what a share column of the side
# for (yes_pct, votes_for_percent) leaves of 100: the words of either side, as counted_word
# spells them.
SHARE_SIDES: dict[str, frozenset[str]] = {
    "for": frozenset({"yes", "for", "favour", "favor", "approve", "approved"}),
    "against": frozenset({"no", "against", "opposed", "reject", "rejected"}),
}

# A conflict table's tolls by side: a count column ending in a side's key ("deaths_a") where a
# column "side_<key>" names that side ("Government of Central African Republic"), as UCDP's GED
# keeps them. A side named by the words of a state's forces is who "soldiers" are; another
# side is who "rebels" are: those words name its column, as a column's own words do. Not
# "army", which rebels call themselves too (the Lord's Resistance Army).
SIDE_PREFIX = "side_"
STATE_SIDE_WORDS: tuple[str, ...] = (
    "government", "armed forces", "military", "police", "state of",
)  # fmt: skip
STATE_SIDE_NAMES: tuple[str, ...] = (
    "soldier", "troop", "army", "government", "police", "policemen", "officer", "security",
)  # fmt: skip
OTHER_SIDE_NAMES: tuple[str, ...] = (
    "rebel", "militant", "fighter", "insurgent", "guerrilla", "attacker", "gunmen", "militia",
)  # fmt: skip

NOT_QUANTITIES: frozenset[str] = frozenset({"date_tolerance_days"})

# Words that say what a figure counts, spelt one way: a claim's "kilometres" meets a column's
# "km", its "passengers" a column "on board", "degrees" a column in Celsius.
COUNTED_WORDS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "mi": ("mi", "miles", "mile"),
    "m": ("metres", "meters", "metre", "meter"),
    "c": ("c", "celsius", "degrees", "°c"),
    "f": ("fahrenheit", "°f"),
    "board": ("board", "aboard", "passengers", "passenger", "crew", "occupants", "onboard"),
    "ground": ("ground", "bystanders"),
    "child": ("child", "children", "schoolchild", "schoolchildren", "kids", "kid", "schoolkids"),
    "house": ("house", "houses", "homes", "home", "dwellings"),
    "building": ("building", "buildings", "structures"),
    "attendance": ("attendance", "spectators", "spectator", "crowd", "attendees", "fans"),
    "affected": ("affected", "users", "customers", "accounts", "consumers", "records", "devices"),
    # an earthquake's size as seismic tables name their column ("Mag", "mag", "Mw")
    "magnitude": ("magnitude", "mag", "mw"),
}
# Counted words that name everyone of a whole ("all 150 people aboard", spelt "board" like
# "passengers" and "crew"): a statement's "144 passengers" is a part of them, not a lower
# count of them.
WHOLE_WORDS: frozenset[str] = frozenset({"board"})
# Words next to a number that say nothing of what it counts.
NOT_COUNTED_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
    "about", "some", "nearly", "almost", "over", "under", "more", "than", "least", "most",
    "including",
    "were", "was", "are", "is", "had", "have", "has", "been", "be", "all", "only", "just",
    # what the role says already: deaths, injuries, people
    "killed", "dead", "died", "deaths", "death", "fatalities", "injured", "wounded", "hurt",
    "injuries", "people", "persons",
})  # fmt: skip
_SPELLING = {spelling: word for word, spellings in COUNTED_WORDS.items() for spelling in spellings}


def counted_word(word: str) -> str | None:
    """A word near a number or in a column's name as figures are matched by it: lower case,
    one spelling ("kilometres" is "km"), a plural's "s" dropped; ``None`` for a word that
    says nothing of what is counted.

    >>> [counted_word(w) for w in ("Kilometres", "houses", "Magnitude", "of")]
    ['km', 'house', 'magnitude', None]
    """
    word = word.lower()
    if word in NOT_COUNTED_WORDS or not word:
        return None
    if word in _SPELLING:
        return _SPELLING[word]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
