"""Data for finding counts (claimcheck.counts): role cues, modifiers, vague amounts, tolerances.

Phrases are lowercase, words separated by one space; the finder matches them case-insensitively
on word boundaries, longest first, with any run of whitespace between words.
"""

from __future__ import annotations

from claimcheck.models import CountRole

# Words around a number that say what it counts. PEOPLE is a weak role: any other role found
# near the same number wins over it ("25 people were killed" counts deaths).
ROLE_CUES: dict[str, CountRole] = {
    # deaths
    "killed": CountRole.DEATHS, "kill": CountRole.DEATHS, "kills": CountRole.DEATHS,
    "killing": CountRole.DEATHS, "dead": CountRole.DEATHS, "died": CountRole.DEATHS,
    "die": CountRole.DEATHS, "dies": CountRole.DEATHS, "death": CountRole.DEATHS,
    "deaths": CountRole.DEATHS, "death toll": CountRole.DEATHS, "toll": CountRole.DEATHS,
    "fatalities": CountRole.DEATHS, "fatality": CountRole.DEATHS, "lives": CountRole.DEATHS,
    "lost their lives": CountRole.DEATHS, "perished": CountRole.DEATHS,
    "slain": CountRole.DEATHS, "bodies": CountRole.DEATHS, "murdered": CountRole.DEATHS,
    "massacred": CountRole.DEATHS, "drowned": CountRole.DEATHS, "martyred": CountRole.DEATHS,
    "killed outright": CountRole.DEATHS,
    # injuries
    "wounded": CountRole.INJURIES, "wounding": CountRole.INJURIES,
    "injured": CountRole.INJURIES, "injuring": CountRole.INJURIES,
    "injuries": CountRole.INJURIES, "injury": CountRole.INJURIES, "hurt": CountRole.INJURIES,
    "brain injuries": CountRole.INJURIES, "brain injury": CountRole.INJURIES,
    "concussion": CountRole.INJURIES, "concussions": CountRole.INJURIES,
    "hospitalised": CountRole.INJURIES, "hospitalized": CountRole.INJURIES,
    # deaths and injuries together
    "casualties": CountRole.CASUALTIES, "casualty": CountRole.CASUALTIES,
    "killed or wounded": CountRole.CASUALTIES, "killed or injured": CountRole.CASUALTIES,
    "killed and wounded": CountRole.CASUALTIES, "killed and injured": CountRole.CASUALTIES,
    "dead or wounded": CountRole.CASUALTIES, "dead and wounded": CountRole.CASUALTIES,
    "dead or injured": CountRole.CASUALTIES, "dead and injured": CountRole.CASUALTIES,
    # elections
    "votes": CountRole.VOTES, "vote": CountRole.VOTES, "ballots": CountRole.VOTES,
    "ballots cast": CountRole.VOTES, "voted": CountRole.VOTES,
    "turnout": CountRole.TURNOUT, "turned out": CountRole.TURNOUT,
    "voter participation": CountRole.TURNOUT,
    "candidates": CountRole.CANDIDATES, "candidate": CountRole.CANDIDATES,
    "hopefuls": CountRole.CANDIDATES,
    "seats": CountRole.SEATS, "seat": CountRole.SEATS,
    # weapons
    "missiles": CountRole.MISSILES, "missile": CountRole.MISSILES,
    "ballistic missiles": CountRole.MISSILES, "rockets": CountRole.MISSILES,
    "rocket": CountRole.MISSILES, "projectiles": CountRole.MISSILES,
    # people (weak)
    "people": CountRole.PEOPLE, "persons": CountRole.PEOPLE, "person": CountRole.PEOPLE,
    "civilians": CountRole.PEOPLE, "soldiers": CountRole.PEOPLE, "troops": CountRole.PEOPLE,
    "service members": CountRole.PEOPLE, "servicemembers": CountRole.PEOPLE,
    "servicemen": CountRole.PEOPLE, "personnel": CountRole.PEOPLE,
    "passengers": CountRole.PEOPLE, "crew": CountRole.PEOPLE,
    "crew members": CountRole.PEOPLE, "protesters": CountRole.PEOPLE,
    "protestors": CountRole.PEOPLE, "demonstrators": CountRole.PEOPLE,
    "residents": CountRole.PEOPLE, "supporters": CountRole.PEOPLE, "fans": CountRole.PEOPLE,
    "children": CountRole.PEOPLE, "schoolchildren": CountRole.PEOPLE, "players": CountRole.PEOPLE,
    "schoolgirls": CountRole.PEOPLE, "schoolboys": CountRole.PEOPLE, "girls": CountRole.PEOPLE,
    "boys": CountRole.PEOPLE, "families": CountRole.PEOPLE, "women": CountRole.PEOPLE,
    "men": CountRole.PEOPLE, "workers": CountRole.PEOPLE, "refugees": CountRole.PEOPLE,
    "migrants": CountRole.PEOPLE, "prisoners": CountRole.PEOPLE,
    "detainees": CountRole.PEOPLE, "employees": CountRole.PEOPLE,
    "militants": CountRole.PEOPLE, "fighters": CountRole.PEOPLE,
    "officers": CountRole.PEOPLE, "policemen": CountRole.PEOPLE,
    "citizens": CountRole.PEOPLE, "students": CountRole.PEOPLE, "pilgrims": CountRole.PEOPLE,
    "mourners": CountRole.PEOPLE, "individuals": CountRole.PEOPLE,
    "voters": CountRole.PEOPLE, "marines": CountRole.PEOPLE, "sailors": CountRole.PEOPLE,
    "victims": CountRole.PEOPLE, "members": CountRole.PEOPLE, "staff": CountRole.PEOPLE,
    "americans": CountRole.PEOPLE, "iranians": CountRole.PEOPLE, "iraqis": CountRole.PEOPLE,
    "israelis": CountRole.PEOPLE, "palestinians": CountRole.PEOPLE,
    "on board": CountRole.PEOPLE, "aboard": CountRole.PEOPLE,
    # money
    "dollars": CountRole.MONEY, "dollar": CountRole.MONEY, "euros": CountRole.MONEY,
    "pounds": CountRole.MONEY, "rials": CountRole.MONEY, "yuan": CountRole.MONEY,
    "yen": CountRole.MONEY, "rupees": CountRole.MONEY, "roubles": CountRole.MONEY,
    "rubles": CountRole.MONEY, "dinars": CountRole.MONEY, "riyals": CountRole.MONEY,
    "shekels": CountRole.MONEY, "lira": CountRole.MONEY,
}  # fmt: skip
# The nouns of people among them: "16 Humboldt Broncos players", "most of them students",
# "Liverpool supporters" (where they are from).
PEOPLE_NOUNS: tuple[str, ...] = tuple(
    cue for cue, role in ROLE_CUES.items() if role is CountRole.PEOPLE
)

# Phrases after a number, even past a comma, that say all of those counted died
# ("176 people, none of whom survived").
NONE_SURVIVED: tuple[str, ...] = (
    "none of whom survived", "none of them survived", "all of whom died",
    "all of whom were killed", "all of them died", "all of them were killed",
    "there were no survivors", "with no survivors", "leaving no survivors", "no one survived",
    "nobody survived",
)  # fmt: skip

# A cue one or two words after one of these (or after "n't") does not count what precedes it:
# a negation ("25 people were not hurt", "did not cast ballots") or an infinitive ("eligible to
# vote", "sentenced to death").
CUE_BLOCKERS: frozenset[str] = frozenset({"not", "never", "to", "cannot"})

# Roles that a nearer weak role never overrides.
WEAK_ROLES: frozenset[CountRole] = frozenset({CountRole.PEOPLE, CountRole.OTHER})

# How many words after (before) a number its role cue may be: "25 people were later killed"
# (after), "killing at least 25", "turnout in Iran's February 21 election was 42.57%" (before).
# Words that open an aside between a count and its verb ("Four people, including a boy,
# were killed", "Eight people, six of them women, were killed"); a word may come before the
# last two ("six of them").
ASIDE_OPENERS: tuple[str, ...] = ("including", "among them", "among whom", "of them", "of whom")
CUE_WORDS_AFTER: int = 10
CUE_WORDS_BEFORE: int = 10

# Singular cues: after a year they make it an attribute ("the 2020 vote", "the 2019 death toll"),
# where a plural cue makes it a count ("2000 votes").
SINGULAR_CUES: frozenset[str] = frozenset(
    {
        "vote", "seat", "candidate", "missile", "rocket", "death", "death toll", "toll",
        "injury", "brain injury", "casualty", "fatality", "concussion", "person", "turnout",
        "voter participation", "dollar", "euro", "rial", "crew",
    }
)  # fmt: skip

# Words that start another clause, and verbs that say what happened to the people counted
# when it was neither death nor injury: a cue beyond them speaks of something else
# ("25 people attended the funeral of those killed", "3 people were arrested for the killing").
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    {
        "and", "but", "who", "whom", "whose", "which", "that", "while", "whereas", "after",
        "before", "when", "because", "since", "although", "though", "as", "where", "than",
        "those", "if", "until", "unless", "following", "amid", "despite", "including",
        # what else happens to people who are counted
        "arrested", "detained", "evacuated", "rescued", "displaced", "missing", "freed",
        "released", "attended", "gathered", "marched", "protested", "fled", "deployed",
        "sentenced", "convicted", "charged",
    }
)  # fmt: skip

# Modifiers before a number, by what they do to it (see claimcheck.counts for the arithmetic).
MODIFIERS: dict[str, str] = {
    # at least n: n..open
    "at least": "min", "no fewer than": "min", "no less than": "min", "not less than": "min",
    "not fewer than": "min", "a minimum of": "min", "a minimum": "min",
    # more than n: above n..open
    "more than": "above", "over": "above", "upwards of": "above", "upward of": "above",
    "in excess of": "above", "above": "above", "exceeding": "above", "greater than": "above",
    # fewer than n: 0..below n
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    # at most n: 0..n
    "up to": "max", "at most": "max", "no more than": "max", "not more than": "max",
    "as many as": "max", "a maximum of": "max",
    # nearly n: n less the nearly tolerance..n
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "just below": "nearly", "approaching": "nearly",
    # about n: n within the about tolerance either side
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "approx.": "about",
    "circa": "about", "more or less": "about", "in the region of": "about",
    "an approximate": "about", "upwards of about": "about",
    # just over n: n..n plus the about tolerance
    "just over": "just_over", "just above": "just_over", "slightly more than": "just_over",
    "a little over": "just_over", "a little more than": "just_over",
    "just more than": "just_over",
    # exactly n
    "exactly": "exact", "precisely": "exact", "a total of": "exact", "all": "exact",
    "all of the": "exact", "all the": "exact",
    # only n: n, and no one else (SOLE_WORDS)
    "only": "exact", "merely": "exact",
}  # fmt: skip

# Modifiers that say a count is all there was: "only one person was hurt" says no one was
# killed either.
SOLE_WORDS: tuple[str, ...] = ("only", "merely")

# The words the modifiers are made of: none is a name ("Exactly 31,000 workers", "Around 130
# mechanics" open sentences).
MODIFIER_WORDS: frozenset[str] = frozenset(w for phrase in MODIFIERS for w in phrase.split())

# Modifiers after a number: "100 or more", "50-plus", "a dozen or so".
POSTFIX_MODIFIERS: dict[str, str] = {
    "or more": "min", "or over": "min", "plus": "min", "+": "min",
    "or so": "about", "or thereabouts": "about",
    "or fewer": "max", "or less": "max",
}  # fmt: skip

# Relative half-widths of the band a modifier gives: "about 100" is 90..110, "nearly 2,000"
# is 1,800..2,000, "just over 100" is 100..110.
TOLERANCES: dict[str, float] = {
    "about": 0.10,
    "nearly": 0.10,
    "just_over": 0.10,
}

# Vague amounts: (low, high); high None means open-ended. Plural scale words count from two of
# the unit up to just below the next plural ("dozens" 24..199 reaches up to where "hundreds"
# starts, because reporters use "dozens" for counts past a hundred).
VAGUE_AMOUNTS: dict[str, tuple[float, float | None]] = {
    "a handful of": (2, 9), "a handful": (2, 9), "a few": (2, 9), "a couple of": (2, 3),
    "several": (3, 9), "dozens": (24, 199), "scores": (40, 199), "several dozen": (36, 199),
    "a few dozen": (24, 99), "hundreds": (200, 1_999), "several hundred": (300, 999),
    "a few hundred": (200, 999), "thousands": (2_000, 19_999),
    "several thousand": (3_000, 9_999), "a few thousand": (2_000, 9_999),
    "tens of thousands": (20_000, 199_999), "hundreds of thousands": (200_000, 1_999_999),
    "millions": (2_000_000, 19_999_999), "tens of millions": (20_000_000, 199_999_999),
    "hundreds of millions": (200_000_000, 1_999_999_999),
}  # fmt: skip

# Zero phrases: a regular expression (case-insensitive, matched on word boundaries) and the
# role it sets to zero. Longer, more specific patterns come first.
_NOBODY = r"(?:no one|no-one|nobody|none(?: of (?:them|those|the [\w-]+))?)(?:\s+else)?"
_BE = r"(?:was|were|is|are|has been|have been|had been|got)"
_ADVERBS = (
    r"(?:\s+(?:immediately|reportedly|reported|believed|thought|known to have been|"
    r"seriously|badly|critically|fatally|actually|ever))*"
)
# Up to two words between "no" and the verb ("no US troops were hurt"), but not a number, and not
# the idioms where "no" does not deny the count ("no doubt many were killed").
_NOUNS = (
    r"(?!doubt|question|wonder|matter|sooner|longer|less|more|fewer)"
    r"(?:[^\W\d][\w.’'-]*\s+){0,2}?"
)
ZERO_PHRASES: tuple[tuple[str, CountRole], ...] = (
    (rf"{_NOBODY}\s+{_BE}{_ADVERBS}\s+(?:killed|hurt|injured|wounded)\s+or\s+"
     r"(?:killed|hurt|injured|wounded)", CountRole.CASUALTIES),
    (rf"(?:there (?:were|was|have been|had been)\s+)?no\s+(?:reported\s+|known\s+)?"
     rf"{_NOUNS}casualties", CountRole.CASUALTIES),
    (r"without (?:any )?(?:[\w.’'-]+\s+)?casualties", CountRole.CASUALTIES),
    (rf"{_NOBODY}\s+{_BE}{_ADVERBS}\s+(?:killed|dead)", CountRole.DEATHS),
    (rf"{_NOBODY}\s+(?:died|perished|lost (?:his|her|their) li(?:fe|ves))", CountRole.DEATHS),
    (rf"no\s+{_NOUNS}{_BE}{_ADVERBS}\s+killed", CountRole.DEATHS),
    (r"(?:there (?:were|was|have been|had been)\s+)?no\s+(?:reported\s+|known\s+)?"
     r"(?:deaths|fatalities|loss of life|dead)", CountRole.DEATHS),
    (r"no lives (?:were|have been|had been) lost", CountRole.DEATHS),
    (r"without (?:any )?(?:loss of (?:human )?life|deaths|fatalities)", CountRole.DEATHS),
    (r"(?:killed|killing|kill) (?:no one|nobody|no-one)", CountRole.DEATHS),
    (rf"{_NOBODY}\s+{_BE}{_ADVERBS}\s+(?:hurt|injured|wounded|harmed)", CountRole.INJURIES),
    (rf"no\s+{_NOUNS}{_BE}{_ADVERBS}\s+(?:hurt|injured|wounded|harmed)", CountRole.INJURIES),
    (r"(?:there (?:were|was|have been|had been)\s+)?no\s+(?:reported\s+|known\s+|serious\s+)?"
     r"(?:injuries|injured|wounded)", CountRole.INJURIES),
    (r"without (?:any )?injur(?:y|ies)", CountRole.INJURIES),
    (r"(?:injured|injuring|wounded|wounding|hurt|hurting) (?:no one|nobody|no-one)",
     CountRole.INJURIES),
    # "everyone else aboard walked away uninjured", "all the others escaped unhurt"
    (r"(?:everyone|everybody|all (?:the )?others)(?:\s+else)?(?:\s+(?:aboard|on board))?\s+"
     r"(?:walked away|escaped|got out|survived|was|were)\s+(?:uninjured|unhurt|unharmed)",
     CountRole.INJURIES),
)  # fmt: skip

# Every zero phrase above starts with one of these words; the finder only tries the patterns
# where one of them starts, which keeps the scan fast.
ZERO_PHRASE_FIRST_WORDS: frozenset[str] = frozenset(
    {
        "no", "nobody", "none", "there", "without", "killed", "killing", "kill", "injured",
        "injuring", "wounded", "wounding", "hurt", "hurting", "everyone", "everybody", "all",
    }
)  # fmt: skip

# Words right before a number that make it a label, not a count ("Flight 752", "aged 63").
NOT_COUNT_BEFORE: frozenset[str] = frozenset(
    {
        "aged", "age", "ages", "flight", "route", "highway", "resolution", "article", "chapter",
        "section", "page", "pages", "no", "nos", "number", "room", "platform", "gate",
        "channel", "version", "model", "level", "grade", "category", "phase", "stage", "unit",
        "precinct", "district", "boeing", "airbus", "volume", "vol", "apt", "suite", "box",
        "code", "lot", "rank", "ranked", "camp", "bus", "line", "terminal", "act", "amendment",
        "paragraph", "clause", "item", "decree", "law", "table", "figure", "fig", "exhibit",
        "interstate", "road", "street", "avenue", "block", "building", "floor", "tower",
        "sector", "zone", "area", "station", "pier", "berth", "lane", "runway", "covid",
        "week", "day", "year", "season", "episode", "part", "class", "group", "team", "squad",
        "battalion", "regiment", "brigade", "division", "corps", "fleet", "army", "wing",
        "squadron", "ward", "region", "province", "state", "top", "g", "p", "pp",
    }
)  # fmt: skip

# Words right after a number that make it a time, a duration or an age: left to claimcheck.times.
TIME_UNITS: frozenset[str] = frozenset(
    {
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
        "hours", "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "weekend",
        "weekends", "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs",
        "decade", "decades", "century", "centuries", "millennium", "millennia", "am", "pm",
        "a.m.", "p.m.", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "bst", "est", "edt",
        "cet", "irst", "local time", "hours gmt",
    }
)  # fmt: skip

# Month names and their abbreviations, capitalised as written: a number beside one is a date.
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip

# A bare four-digit number in this range is a year unless a count word follows it
# ("in 2018" is a year, "2000 people" a count).
YEAR_RANGE: tuple[int, int] = (1800, 2099)

# Words before a number that make it the measure they name ("the magnitude 7.3 earthquake off
# Fukushima killed four", "a quake measuring 5.9 killed"): never a count of victims, whatever
# verb follows; its words still meet a column of that name.
MEASURE_WORDS: frozenset[str] = frozenset({"magnitude", "measuring", "measured"})

# Words before a length of years that make it a prison term ("sentenced to 26 years in prison",
# "jailed for 17 years"): a figure of the case, compared with a column its words name
# (`prison_years`, `sentence_years`), never a time of the event.
TERM_LEADS: tuple[str, ...] = (
    r"sentenced to", r"jailed for", r"imprisoned for", r"locked up for", r"a sentence of",
    r"a term of", r"a prison term of", r"(?:was|were) given", r"handed", r"serve", r"serving",
)  # fmt: skip
# Words shortly before a temperature that make it another reading than the one claimed ("beat
# the previous record of 45C"): it is not compared.
OTHER_READING_WORDS: tuple[str, ...] = ("previous", "former", "old", "earlier", "prior")

# What a prison term counts, as its words meet a column's ("prison_years", "sentence_years").
TERM_NOUNS: tuple[str, ...] = ("prison", "sentence", "year")

# Nouns of those who do the deed: a number before them ("two gunmen", "three suicide bombers")
# counts no victims, whatever verb follows.
AGENT_NOUNS: frozenset[str] = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "bomber", "bombers", "assailant", "assailants",
    "shooter", "shooters", "hijacker", "hijackers", "perpetrators", "suspects", "militants",
})  # fmt: skip

# Prepositions after which a number counts the noun that follows it, not the victims of a
# verb before ("killed in shootings at three massage parlors"); "to" is not one ("the toll
# rose to 50"), nor "of" ("one of the 12").
THING_PREPOSITIONS: tuple[str, ...] = (
    "at", "in", "across", "from", "into", "over", "between", "among", "inside", "near", "with",
    "on", "aboard",
)  # fmt: skip
# Verbs that set a figure at a level: "the toll stood at 296" is the toll.
LEVEL_VERBS: tuple[str, ...] = (
    "stood", "stands", "stand", "put", "estimated", "pegged", "rose", "risen", "climbed",
    "jumped", "reached", "raised", "revised",
)  # fmt: skip
# Words around a number that make it a part of the count before it, not the count itself.
PART_BEFORE: tuple[str, ...] = ("including", "among them", "among whom", "of whom")
PART_AFTER: tuple[str, ...] = ("of them", "of whom")

# Words after a sum of money that make it a price per unit ("$38 apiece"); "a share", "per
# barrel", "-a-barrel" are read by their article.
PER_UNIT_WORDS: tuple[str, ...] = ("apiece", "each")

# Words after "and <number>" that show the number starts a clause of its own ("one was killed
# and two were wounded"), not a second group of the same victims.
NOT_JOINED_NOUNS: frozenset[str] = frozenset({
    "was", "were", "is", "are", "had", "have", "has", "more", "others", "other", "died",
    "survived", "escaped", "of", "in", "on", "at", "to", "for", "who", "which", "that",
})  # fmt: skip
