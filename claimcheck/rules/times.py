"""Time-expression rules as data: word tables, pattern fragments and the rules ``find_times`` applies.

HeidelTime keeps three kinds of resource per language: normalisation tables (words -> values),
patterns (regular-expression fragments built from those tables) and rules (a pattern plus the
kind of value it produces). This module holds the same three, for English news, and no logic:
``claimcheck.times`` compiles them once at import and owns every decision about values.

A rule is ``(name, kind, pattern)``. ``kind`` names the normaliser in ``claimcheck.times`` that
turns a match into a TIMEX3 value; ``pattern`` is a regular expression in which ``{fragment}``
stands for an entry of ``FRAGMENTS``, ``{TABLE}`` for the words of a table below, and
``(?P<slot>...)`` captures a slot the normaliser reads. All rules are matched
case-insensitively, in one pass, as one alternation: at each position the first rule in
``RULES`` order that matches wins (so longer forms come before their prefixes), and when its
normaliser refuses the match ("may" the verb) the next rule that matches there is tried.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- normalisation tables

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common English words ("May" the modal, "March" the verb or a
# protest, "Jan" a first name): alone, they count only after a word that introduces a time.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "jul", "sep"})

# The words that, before a bare ambiguous month, make it a month ("in May", "since March").
MONTH_INTRODUCERS: frozenset[str] = frozenset({
    "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of",
    "through", "during", "before", "after", "from", "to", "between", "and", "on", "end",
    "beginning", "middle", "start", "around", "that", "every", "each", "past", "coming", "into",
})  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

# Abbreviated weekdays that are ordinary words ("Sun" the newspaper, "sat" the verb, "wed"):
# they count only inside a full date ("Wed., Jan. 5") and never alone.
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "couple": 2,
}  # fmt: skip

# Quantities with no definite number: "a few days" is P<X>D in TimeML.
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "a few", "few", "several", "many", "some", "a number of", "the few",
    "numerous", "a handful of",
})  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14,
    "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20,
    "twenty-first": 21, "21st": 21,
}  # fmt: skip

# A time unit -> (TIMEX3 duration letter, counted in clock time (PT...), TimeML granularity).
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "seconds": ("S", True, "second"),
    "minute": ("M", True, "minute"), "minutes": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "hours": ("H", True, "hour"),
    "day": ("D", False, "day"), "days": ("D", False, "day"),
    "night": ("D", False, "day"), "nights": ("D", False, "day"),
    "week": ("W", False, "week"), "weeks": ("W", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "months": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "quarters": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "years": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "decades": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "centuries": ("CE", False, "century"),
}  # fmt: skip

# How many of the unit a unit word counts ("a fortnight" is two weeks).
UNIT_MULTIPLIERS: dict[str, int] = {"fortnight": 2}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

# Calendar months each season covers (northern hemisphere, as the wire services write);
# winter runs from December into the next year.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 14),
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

# Words naming a day relative to the published date -> days after it, and a part of the day.
DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
}  # fmt: skip

# Named days -> how to find them in a year: ("fixed", month, day); ("nth", month, weekday,
# n, days after) for "the n-th weekday of the month" (n = -1: the last), weekday 0 = Monday;
# ("easter", days after Easter Sunday). US, UK and church calendars as the wires use them.
HOLIDAYS: dict[str, tuple[str | int, ...]] = {
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "boxing day": ("fixed", 12, 26),
    "valentine's day": ("fixed", 2, 14), "st. patrick's day": ("fixed", 3, 17),
    "independence day": ("fixed", 7, 4), "fourth of july": ("fixed", 7, 4),
    "the fourth of july": ("fixed", 7, 4), "bastille day": ("fixed", 7, 14),
    "halloween": ("fixed", 10, 31), "veterans day": ("fixed", 11, 11), "may day": ("fixed", 5, 1),
    "armistice day": ("fixed", 11, 11), "remembrance day": ("fixed", 11, 11),
    "martin luther king day": ("nth", 1, 0, 3, 0), "presidents' day": ("nth", 2, 0, 3, 0),
    "memorial day": ("nth", 5, 0, -1, 0), "labor day": ("nth", 9, 0, 1, 0),
    "columbus day": ("nth", 10, 0, 2, 0), "thanksgiving": ("nth", 11, 3, 4, 0),
    "thanksgiving day": ("nth", 11, 3, 4, 0), "election day": ("nth", 11, 0, 1, 1),
    "mother's day": ("nth", 5, 6, 2, 0), "father's day": ("nth", 6, 6, 3, 0),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46),
}  # fmt: skip

# Words that refer to the present, the past or the future without a date (TimeML *_REF).
# Left out because they are far more often something else, or because TimeML annotators tag
# them too seldom for a tag to be right more often than not (measured on TempEval-3 training
# data): "once" (the conjunction), "before" (the preposition), "later" ("two days later"),
# "former" (of an office), "earlier", "previously", "soon", "eventually", "future" (the
# adjective: "future growth"), "recent" and "current" (adjectives: "current account"),
# "shortly", "immediately".
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "someday": "FUTURE_REF",
}  # fmt: skip

# Relative determiners before a unit, weekday, month or season -> how many of it from the
# reference ("last week" is one week back; "this week" the current one).
RELATIVE_WORDS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this past": -1,
    "this": 0, "current": 0, "present": 0, "this coming": 1, "same": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip

# Words after a counted unit that place it relative to another time, with the direction.
# ``ago`` is relative to the published date; the others to an event named nearby.
AGO_WORDS: dict[str, int] = {"ago": -1, "back": -1, "from now": 1, "hence": 1}
EVENT_WORDS: dict[str, int] = {
    "earlier": -1, "before": -1, "previously": -1, "prior": -1, "later": 1, "after": 1,
    "afterwards": 1, "afterward": 1,
}  # fmt: skip

# Words between a relative phrase and the date it counts from ("the day after Christmas", "two
# days before Jan. 3").
SIGNALS_TO_A_FOLLOWING_DATE: frozenset[str] = frozenset({"before", "after"})

# Words that list a date beside the one before it ("on 26 October and on 25 November", "in 2015
# or 2016"): each names a day of its own, which a record must hold too.
LISTED_DATE_JOINERS: frozenset[str] = frozenset({"and", "or", "and again", "and then"})

# Days after (positive) or before (negative) an event that a vague event-relative phrase may
# mean. "days later" is more than one day and, in news usage, fewer than two weeks (beyond that
# writers say "weeks later"); each range ends where the next unit's phrase takes over.
EVENT_VAGUE_OFFSETS: dict[str, tuple[int, int]] = {
    # "hours after the collapse" is the same day or the next; not "some time in a century"
    "second": (0, 1), "minute": (0, 1), "hour": (0, 2),
    "day": (2, 13),
    "week": (7, 60),
    "month": (28, 365),
    "year": (365, 3652),
    "decade": (3652, 36525),
}  # fmt: skip

# The calendar days one unit can span, for ranges of ``offset_days``: a month is 28 to 31
# days, a year 365 or 366, so "a month later" may be any of those from the event.
UNIT_DAYS: dict[str, tuple[float, float]] = {
    # under a day, "73 seconds after lift-off" is the same day or, across midnight, the next
    "second": (0, 1 / 86400), "minute": (0, 1 / 1440), "hour": (0, 1 / 24),
    "day": (1, 1), "week": (7, 7), "month": (28, 31), "quarter": (89, 92),
    "year": (365, 366), "decade": (3652, 3653), "century": (36524, 36525),
}  # fmt: skip

# Whole months and years from an event are said rounded: "five years after" may be five years
# and eight months, "two years after" a year and 51 weeks. The range each may mean, as what is
# added to the number of units at its low and high end (days and weeks are counted exactly).
ROUNDED_UNITS: dict[str, tuple[float, float]] = {
    "month": (-0.5, 0.99), "year": (-0.5, 0.99), "decade": (-0.5, 0.99),
}  # fmt: skip

# How a quantity mod widens the days an event-relative length may mean, as factors of its low
# and high ends: "almost two years after" is between a year and a half and two years after,
# "more than a month after" from a month to six weeks. Unlisted mods leave the range as it is.
OFFSET_MODS: dict[str, tuple[float, float]] = {
    "LESS_THAN": (0.75, 1.0), "MORE_THAN": (1.0, 1.5), "APPROX": (0.85, 1.15),
    "EQUAL_OR_LESS": (0.0, 1.0), "EQUAL_OR_MORE": (1.0, 1.5),
}  # fmt: skip

# Fixed phrases that name a day relative to an event ("the next day") -> days after it.
EVENT_DAY_PHRASES: dict[str, int] = {
    "the next day": 1, "the following day": 1, "the day after": 1, "the previous day": -1,
    "the day before": -1, "the same day": 0, "that day": 0, "the next morning": 1,
    "the following morning": 1, "the next night": 1, "the previous night": -1,
    "the night before": -1, "that night": 0, "that morning": 0, "the same night": 0,
}  # fmt: skip

# Lengths that earnings reports give results for besides a quarter ("for the nine months",
# "the first half", "the year ended"): once one is named, "a year earlier" compares that
# period, so it is a year, no longer the quarter under discussion.
REPORTING_PERIODS: frozenset[str] = frozenset({"P6M", "P9M", "P1Y", "P2Q", "P3Q"})

# Words between a number and its unit that keep it a length of time ("eight trading days",
# "ten business days"): TimeML tags the whole phrase. The value -> whether the days counted
# skip weekends, so that "eight trading days after" the event lies 8 to 8 * 7 / 5 + 2
# calendar days after it (weekends and a holiday).
UNIT_QUALIFIERS: dict[str, bool] = {
    "trading": True, "business": True, "working": True, "school": True, "session": True,
    "calendar": False, "straight": False, "consecutive": False,
}  # fmt: skip

# Words right before "one day" that make it "some day in the future", not a length ("Islam
# will one day be the second religion"; "he hopes he one day follows").
SOMEDAY_INTRODUCERS: frozenset[str] = frozenset({
    "will", "would", "could", "may", "might", "can", "should", "must", "shall", "he", "she",
    "they", "we", "i", "you",
})  # fmt: skip

# Nouns after "today's" that make it "nowadays" (TimeML PRESENT_REF), not the published day:
# "today's youth", "in today's world".
GENERIC_TODAY_NOUNS: frozenset[str] = frozenset({
    "world", "youth", "society", "generation", "children", "kids", "teenagers", "families",
    "economy", "culture", "politics", "standards", "technology", "computers", "consumers",
    "young", "global",
})  # fmt: skip

# Lengths of time with no unit at all ("for a while"): TimeML writes them PXX.
VAGUE_DURATIONS: dict[str, str] = {"a while": "PXX", "a little while": "PXX"}

# Adverbs that make a unit a TimeML SET ("daily" is every day). "quarterly" is left out: in news
# it is nearly always the adjective of a report or dividend, which TimeML does not tag.
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M",
}  # fmt: skip

# Words before a bare "a year" / "a day" that make it a rate ("$5 million a year" is a SET).
RATE_CONTEXT_WORDS: frozenset[str] = frozenset({
    "million", "billion", "trillion", "thousand", "hundred", "percent", "times", "once", "twice",
    "cents", "dollars", "barrels", "tons", "people", "units", "shares", "%", "euros", "pounds",
})  # fmt: skip

# Nouns after "N-year-old" that make it the age of an event ("an 8-month-old truce"), which
# TimeML tags as a duration, unlike a person's age ("a 5-year-old boy").
AGE_OF_EVENTS: frozenset[str] = frozenset({
    "truce", "ceasefire", "cease-fire", "war", "conflict", "strike", "dispute", "boycott",
    "campaign", "siege", "blockade", "crisis", "insurgency", "occupation", "policy", "law",
    "ban", "embargo", "government", "regime", "standoff", "talks", "process", "uprising",
})  # fmt: skip

# Words before a bare plural unit that make it a length of time ("for weeks", "within days").
DURATION_INTRODUCERS: frozenset[str] = frozenset({
    "for", "within", "in", "over", "took", "after", "lasted", "last", "spent", "than", "of",
    "from", "takes",
})  # fmt: skip

# Words after "the year" / "the fiscal year" that, followed by a date, make it an accounting
# period ("net income for the year ended March 31"): TimeML tags that year as a length (P1Y),
# since it is not the calendar year of publication ("the year ended badly" stays a date).
PERIOD_END_WORDS: frozenset[str] = frozenset({"ended", "ending", "ends"})

# TimeML mods for words before an expression. Calendar mods ("early 2020") change which part of
# the interval is meant; quantity mods ("nearly two years") bound a length or distance.
CALENDAR_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the end of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID", "the turn of": "START", "the close of": "END",
    "the first half of": "START", "the second half of": "END",
}  # fmt: skip
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN",
}  # fmt: skip

# Words right before a date that make it a bound, not the day ("before January 3", "by 2020"),
# with the TimeML mod that records it. The span stays the date alone, as TimeML tags it. An
# adverb may come between ("shortly before", "just after"): BOUND_ADVERBS.
BOUND_SIGNALS: dict[str, str] = {
    "before": "BEFORE", "prior to": "BEFORE", "ahead of": "BEFORE", "after": "AFTER",
    "by": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
    "no earlier than": "ON_OR_AFTER", "not before": "ON_OR_AFTER", "run-up to": "BEFORE",
    "lead-up to": "BEFORE", "leading up to": "BEFORE", "build-up to": "BEFORE",
}  # fmt: skip
BOUND_ADVERBS: frozenset[str] = frozenset({
    "shortly", "just", "soon", "long", "well", "immediately", "right", "even",
})  # fmt: skip

# Quantity mods that TimeML annotators mostly leave outside the span ("about [five hours]"):
# their mod is still recorded. Measured on TempEval-3 training data: "about" 2 inside, 9
# outside; "almost" 3 inside, 5 outside.
MODS_OUTSIDE_SPAN: frozenset[str] = frozenset({"about", "almost", "roughly", "approximately"})

# Words after a bare four-digit number that make it a count, not a year ("1500 troops").
YEAR_BLOCKERS: frozenset[str] = frozenset({
    "people", "persons", "troops", "soldiers", "men", "women", "children", "killed", "dead",
    "died", "wounded", "injured", "deaths", "votes", "seats", "homes", "houses", "families",
    "refugees", "protesters", "police", "officers", "workers", "jobs", "cases", "tons",
    "barrels", "dollars", "euros", "pounds", "miles", "kilometers", "kilometres", "meters",
    "metres", "feet", "points", "shares", "units", "students", "members", "residents",
    "civilians", "fighters", "militants", "prisoners", "detainees", "rockets", "missiles",
    "others", "more", "voters", "ballots", "signatures", "participants",
    "delegates", "candidates", "patients", "victims", "casualties", "arrests", "vehicles",
    "cars", "trucks", "planes", "ships", "tanks", "guns", "weapons", "bombs", "shells",
})  # fmt: skip

# Words before a four-digit number that make it a name or a number, never a year
# ("Resolution 1441", "Flight 1549", "No. 1600").
YEAR_PREVENTERS: frozenset[str] = frozenset({
    "resolution", "article", "chapter", "paragraph", "section", "rule", "model", "number", "no",
    "flight", "route", "highway", "room", "page", "pages", "vol", "code", "bill", "law", "act",
    "decree", "order", "unit", "squad", "battalion", "brigade", "division", "regiment", "bus",
    "train", "exit", "interstate", "apartment", "suite", "box", "lot", "plot", "than", "least",
    "additional", "another",
})  # fmt: skip

# Words before a bare four-digit number that make it a year whatever follows ("in 1990").
YEAR_INTRODUCERS: frozenset[str] = frozenset({
    "in", "since", "until", "till", "by", "of", "from", "to", "during", "before", "after",
    "early", "late", "mid", "fiscal", "year", "through", "between", "the", "and", "around",
    "circa", "spring", "summer", "autumn", "fall", "winter", "election", "for", "its", "their",
})  # fmt: skip

# Words near a time that say its clause speaks of the future (weekdays and dates without a
# year go after the published date) or of the past (on or before it). The nearest cue before
# the expression decides, else the nearest after it; any other word ending in "-ed" is a past
# cue. Future cues come first, so "planned" and "expected" are not read as past participles.
# "until", "effective" and "payable" name deadlines and start dates, which news gives ahead.
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "won't", "would", "going to", "set to", "due to", "is to", "are to",
    "plans to", "plan to", "planned", "planning", "expected", "expects", "scheduled", "set for",
    "supposed to", "aims to", "intends to", "hopes to", "upcoming", "next", "tomorrow",
    "as soon as", "as early as", "await", "awaits", "until", "till", "effective", "payable",
    # the present tense of scheduled events: "the leaders meet Monday", "the trial opens Friday"
    "meet", "meets", "begins", "starts", "opens", "resume", "resumes", "arrives", "visits",
    "convenes",
})  # fmt: skip
# Words ending in "-ed" that are not past tenses ("will succeed", "the proceeds", "hundred").
NOT_PAST_ED: frozenset[str] = frozenset({
    "succeed", "proceed", "exceed", "need", "feed", "speed", "seed", "breed", "bleed", "heed",
    "indeed", "greed", "creed", "deed", "weed", "shed", "bed", "red", "wed", "embed",
    "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "crooked", "beloved",
    "learned", "aged", "blessed", "dogged",
})  # fmt: skip
# Phrases that begin with a cue but say nothing of time ("next to the embassy").
NOT_CUES: frozenset[str] = frozenset({"next to", "next door"})
# Words before an "-ed" word that make it an adjective, not a past tense ("a still
# unspecified date", "the expected rise", "its revised forecast").
ADJECTIVE_MARKERS: frozenset[str] = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "still", "newly", "recently", "previously", "so-called", "long-awaited",
})  # fmt: skip

# Future cues that only set a deadline or a plan ("until Thursday", "the service planned for
# Saturday"): when a past-tense verb other than a reporting verb ("..., Castro said") follows
# in the same clause, the clause is in the past.
WEAK_FUTURE_CUES: frozenset[str] = frozenset({"until", "till", "planned"})
REPORTING_VERBS: frozenset[str] = frozenset({"said", "told", "wrote"})
PAST_CUES: frozenset[str] = frozenset({
    "said", "was", "were", "had", "did", "told", "met", "took", "came", "went", "began", "made",
    "gave", "won", "lost", "fell", "rose", "saw", "held", "left", "sent", "got", "struck",
    "fought", "led", "ran", "spoke", "wrote", "became", "found", "hit", "shot", "broke", "brought",
    "bought", "sold", "paid", "thought", "knew", "felt", "heard", "chose", "drew", "flew", "fled",
    "grew", "kept", "meant", "stood", "swore", "taught", "threw", "understood", "woke", "wore",
    "ago", "last", "earlier", "since", "been", "yesterday",
})  # fmt: skip

# How far (days) the published year's date may lie on the "wrong" side of the published date
# before a date without a year moves to the year before or after. A past clause tolerates two
# months ahead ("was set for Feb. 10", written in January, is still this year's February) and
# never moves forward; a future clause the reverse. With no tense, news leans to the past: a
# date more than six months ahead is last year's ("Aug. 6" written in January), one more than
# nine months behind is next year's ("January" written in November), so "in March" written in
# late October is the March just gone.
YEAR_PLACEMENT_DAYS: dict[str, tuple[int, int]] = {
    # tense: (days ahead before going back a year, days behind before going forward a year)
    "past": (60, 100_000),
    "none": (180, 270),
    "future": (100_000, 60),
}  # fmt: skip

# Words that can begin a time expression besides the words of the tables above (months,
# weekdays, number words, units, seasons, day words, reference words, relative words, set
# adverbs, vague quantities, event phrases). The scan tries the rules only where a digit or
# one of these words starts, which keeps it fast; a rule whose first word is missing here is
# never tried, and the per-rule examples in the tests catch that.
FIRST_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "early", "late", "mid",
    "fiscal", "fy", "every", "each", "per", "recent", "noon", "midnight", "midday", "latest",
    "most", "comparable", "quarter", "year", "latter", "few", "nineteen", "eighteen", "half",
})  # fmt: skip

# --------------------------------------------------------------------------- pattern fragments
# ``{NAME}`` (upper case) stands for an alternation of the keys of the table of that name,
# longest first; ``{name}`` (lower case) for another fragment. ``claimcheck.times`` expands both.

FRAGMENTS: dict[str, str] = {
    "month": r"(?:{MONTHS})\b\.?",
    "weekday": r"(?:{WEEKDAYS})\b\.?",
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![:,.]\d)",
    "year4": r"(?:1[5-9]\d\d|20\d\d)(?!\d)",
    "tens": r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)",
    "digitword": r"(?:one|two|three|four|five|six|seven|eight|nine)",
    "teen": r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
    "spokenyear": (
        r"(?:nineteen|eighteen)[\s-]+(?:{tens}(?:[\s-]+{digitword})?|{teen}|hundred)"
        r"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{tens}|{teen}|{digitword}))?"
    ),
    "number": (
        r"(?:\d+(?:\.\d+)?(?:\s+1/2)?"
        r"|(?:{tens}(?:[\s-]+{digitword})?|{teen}|{digitword}|a|an)(?:[\s-]+(?:hundred|thousand))?"
        r"(?:\s+and\s+a\s+half)?|(?:a\s+)?couple\s+of|a\s+dozen|a\s+half|half\s+an?)"
    ),
    "vague": r"(?:{VAGUE_QUANTITIES})",
    "ordinal": r"(?:{ORDINALS})",
    # a day of the month said in words ("March eighth"), not an ordinal of something else
    "dayword_ord": (
        r"(?:{ORDINALS})(?![\w-])(?!\s+(?:quarter|half|largest|biggest|time|round|place|term"
        r"|day|week|month|year|of)\b)"
    ),
    "unit": r"(?:{UNITS})",
    "qunit": r"(?:(?P<qualifier>{UNIT_QUALIFIERS})\s+)?(?P<unit>{UNITS})",
    "unitsg": r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)",
    "unitpl": r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)",
    "season": r"(?:{SEASONS})",
    "partofday": r"(?:{PARTS_OF_DAY})",
    "clock": (
        r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
        r"|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s+(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)"
        # "2:00:35" (a race time) or "3:43.13" is a length, not a time of day, nor is a time
        # to beat ("the first woman to break 2:10", "a sub-2:10 run")
        r"|(?<!break )(?<!broke )(?<!breaking )(?<!beat )(?<!under )(?<!sub-)(?<!sub )"
        r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)|noon|midnight|midday)"
    ),
    "tz": r"(?:\s*\(?(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time)\b\)?)?",
    "rel": r"(?:{RELATIVE_WORDS})",
    "ref": r"(?:{REF_WORDS})",
    "dayword": r"(?:{DAY_WORDS})",
    "setadv": r"(?:{SET_ADVERBS})",
    "ago": r"(?:{AGO_WORDS})",
    "eventday": r"(?:{EVENT_DAY_PHRASES})",
}

# Time zones of universal time: a day a clock time gives in them ("01:54 GMT on 11 November")
# is the event's local day or the day either side of it, as a table that keeps local dates has.
UNIVERSAL_TIME_ZONES: frozenset[str] = frozenset({"gmt", "utc"})

# --------------------------------------------------------------------------- rules
# (name, kind, pattern). Longer forms first: the first rule that matches at a position wins.

RULES: tuple[tuple[str, str, str], ...] = (
    # Times of day, with their date when one follows ("5 p.m. EST, Nov. 6", "noon Thursday").
    ("clock_date", "clock",
     r"(?P<clock>{clock}){tz},?\s+(?:on\s+)?(?:(?P<weekday>{weekday}),?\s+)?"
     r"(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{year4}))?"),
    ("clock_day_month", "clock",
     r"(?P<clock>{clock}){tz},?\s+(?:on\s+)?(?:(?P<weekday>{weekday}),?\s+)?(?:the\s+)?"
     r"(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})(?:,?\s+(?P<year>{year4}))?"),
    ("clock_weekday", "clock",
     r"(?P<clock>{clock}){tz},?\s+(?:on\s+)?(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{weekday})"),
    ("clock_dayword", "clock",
     r"(?P<clock>{clock}){tz},?\s+(?P<dayword>today|yesterday|tomorrow|tonight)"),
    ("clock_alone", "clock", r"(?P<clock>{clock}){tz}"),
    # Named days ("Thanksgiving Day", "Christmas 2019", "last Easter").
    ("holiday", "holiday",
     r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{HOLIDAYS})(?:,?\s+(?:of\s+)?(?P<year>{year4}))?"),
    # Full dates.
    ("iso_date", "date",
     r"(?P<year>{year4})-(?P<monthnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
     r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?![\d-])"),
    ("numeric_date", "numeric",
     r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d\d)(?![\d/.-]?\d)"),
    ("month_day_year", "date",
     r"(?:(?P<weekday>{weekday}),?\s+)?(?P<month>{month})\s+(?P<day>{day}),?\s+(?P<year>{year4})"),
    ("day_month_year", "date",
     r"(?:(?P<weekday>{weekday}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month}),?"
     r"\s+(?P<year>{year4})"),
    ("month_day_relyear", "date",
     r"(?P<month>{month})\s+(?P<day>{day})\s+(?P<rel>last|this|next)\s+year"),
    ("month_relyear", "month",
     r"(?P<month>{month})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year"),
    ("month_year", "month",
     r"(?P<month>{month}),?\s+(?:of\s+)?(?P<year>{year4}|'\d\d|{spokenyear})(?![\w-])"),
    ("week_of", "date",
     r"(?P<weekof>the\s+week\s+of)\s+(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{year4}))?"),
    ("weekday_month_day", "date",
     r"(?:(?:this\s+coming|this\s+past|this|next|last|coming|past)\s+)?(?P<weekday>{weekday}),?\s+(?P<month>{month})\s+(?:(?P<day>{day})|(?P<dayord>{dayword_ord}))"),
    ("month_day", "date", r"(?P<month>{month})\s+(?P<day>{day})(?!\s*(?:%|percent))"),
    ("month_dayword", "date", r"(?P<month>{month})\s+(?:the\s+)?(?P<dayord>{dayword_ord})"),
    ("day_month", "date", r"(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})"),
    # Decades and centuries.
    ("decade", "decade",
     r"(?:the\s+)?(?:(?P<cmod>early|late|mid)[\s-]+)?(?P<decade>1[5-9]\d0|20[0-9]0|'\d0)'?s\b"),
    ("decade_words", "decade",
     r"the\s+(?:(?P<cmod>early|late|mid)[\s-]+)?(?P<decadeword>twenties|thirties|forties|fifties"
     r"|sixties|seventies|eighties|nineties)"),
    ("century", "century",
     r"(?:the\s+)?(?:(?P<cmod>early|late|mid)[\s-]+)?(?P<ordinal>{ordinal})[\s-]+century"),
    # Years said in words ("nineteen seventy-nine"), before "the year" alone can take them.
    ("spoken_year", "year",
     r"(?:the\s+year\s+)?(?P<spoken>{spokenyear})\b(?![\s-]+{unit}\b)"),
    # Quarters, halves and fiscal years.
    ("quarter_year", "quarter",
     r"(?:the\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd"
     r"|4th)[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?"
     r"(?:(?P<year>{year4})|(?:the\s+)?(?P<yrel>next|last|this|previous|current)\s+year\b)"),
    ("year_quarter", "quarter",
     r"(?:the\s+)?(?:fiscal\s+)?(?P<year>{year4})(?:'s)?\s+(?:(?P<ordinal>first|second|third|fourth)"
     r"[\s-]+)?(?:fiscal\s+)?quarter\b"),
    ("rel_quarter", "quarter",
     r"(?:(?P<det>the|this|that)\s+)?(?P<yearrel>(?:this|last|next)\s+year's|year-(?:ago|earlier)"
     r"|the\s+year-(?:ago|earlier)|(?:the\s+)?comparable\s+year-(?:ago|earlier))?\s*"
     r"(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)"
     r"(?:[\s-]+fiscal)?[\s-]+(?:-\s*)?quarter"),
    ("quarter_year_ago", "quarter",
     r"(?:the|that)\s+(?:fiscal\s+)?(?:quarter|period)\s+(?P<yearrel>a\s+year\s+(?:ago|earlier))\b"),
    ("named_quarter", "quarter",
     r"(?:(?:the|this|that)\s+)?(?P<yearrel>(?:this|last|next)\s+year's|year-(?:ago|earlier)"
     r"|the\s+year-(?:ago|earlier)|the\s+comparable\s+year-(?:ago|earlier)|the\s+comparable)?\s*"
     r"(?P<qrel>latest|last|current|previous|past|next|coming|recent|most\s+recent|same|"
     r"year-ago|year-earlier|comparable)?\s*(?:fiscal\s+)?quarter\b(?![s-])"),
    ("half_year", "half",
     r"(?:the\s+)?(?P<ordinal>first|second|1st|2nd|last|latter)\s+half\s+(?:of\s+)?"
     r"(?:(?P<year>{year4})|(?:the\s+)?(?P<yrel>next|last|this|previous|current)\s+year\b)"),
    ("rel_half", "half",
     r"(?:the\s+)?(?P<ordinal>first|second|latter|last)\s+half(?=\s+(?:of\s+)?(?:the\s+|this\s+|next\s+"
     r"|last\s+)?(?:year|fiscal|decade))"),
    ("fiscal_year", "year",
     r"(?:(?P<fiscal>fiscal)(?:\s+year)?\s+|FY\s*)(?P<year>{year4}|'?\d\d\b)"),
    ("fiscal_rel", "rel_unit",
     r"(?:the\s+)?(?P<rel>{rel})\s+(?:fiscal|financial|calendar|school|academic)\s+(?P<unit>year)\b"),
    ("fiscal_the", "rel_unit",
     r"the\s+(?P<full>full|fiscal|whole|entire|financial)\s+(?:fiscal\s+)?(?P<unit>year)\b"),
    # Seasons.
    ("season_year", "season",
     r"(?:the\s+)?(?P<season>{season})\s+(?:of\s+)?(?P<year>{year4}|{spokenyear})"),
    ("year_season", "season", r"(?P<year>{year4})(?:'s)?\s+(?P<season>{season})\b"),
    ("rel_season", "season",
     r"(?:(?P<rel>{rel})|the)\s+(?:(?P<cmod>early|late|mid)[\s-]+)?(?P<season>{season})\b"
     r"(?!\s+(?:of|season|semester|term|session"
     r"|offensive|campaign)\b)"),
    ("season_relyear", "season",
     r"(?P<season>{season})\s+(?:of\s+)?(?P<rel2>last|next|this)\s+year"),
    # Day words with parts of the day.
    ("edge_part", "dayword",
     r"(?P<cmod>mid|early|late)[\s-]+(?P<part>morning|afternoon|evening)"
     r"(?:\s+(?P<dayword>yesterday|today|tomorrow))?\b"),
    ("dayword_part", "dayword", r"(?P<dayword>yesterday|today|tomorrow)\s+(?P<part>{partofday})"),
    ("rel_part", "dayword", r"(?P<rel>last|this|tomorrow|yesterday)\s+(?P<part>{partofday})\b"),
    ("dayword", "dayword", r"(?P<dayword>{dayword})\b"),
    # Event-relative phrases ("the next day", "two weeks later").
    ("event_day", "event_phrase", r"(?P<phrase>{eventday})\b(?!\s+(?:of|that|when))"),
    ("event_rel_unit", "event_unit",
     r"the\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>week|month|year"
     r"|weekend|decade)\b"),
    ("event_same_unit", "event_unit",
     r"(?P<rel>that|the\s+same)\s+(?P<unit>week|month|year)\b(?!-)"),
    ("count_event", "count_event",
     r"(?P<number>{number}|{vague}|(?:a\s+)?few)[\s-]+{qunit}(?:\s+or\s+so)?\s+"
     r"(?P<direction>{EVENT_WORDS})\b"),
    ("units_event", "count_event",
     r"(?P<unit>{unitpl})\s+(?P<direction>{EVENT_WORDS})\b"),
    # Counted distances from now ("two years ago", "a week or so ago").
    ("count_ago", "ago",
     r"(?P<number>{number}|{vague}|(?:a\s+)?few)[\s-]+{qunit}(?:\s+or\s+so)?\s+"
     r"(?P<ago>{ago})(?P<today>\s+today)?\b"),
    ("units_ago", "ago", r"(?P<unit>{unitpl})\s+(?P<ago>ago)\b"),
    ("year_ago", "ago_adj",
     r"(?:the\s+)?(?P<unit>year|month|week|quarter)-(?:ago|earlier)(?:\s+(?P<noun>period|quarter"
     r"|month|year|week))?"),
    # Weekdays, alone or with a part of the day or a relative word.
    ("weekday_part", "weekday",
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<weekday>{weekday})\s+"
     r"(?P<part>{partofday}s?)\b"),
    ("weekday_weekend", "weekday", r"(?P<weekday>sat(?:urday)?|sun(?:day)?)\s*-\s*sun(?:day)?\b"),
    ("event_weekday", "weekday",
     r"the\s+(?P<rel>previous|preceding|following)\s+(?P<weekday>{weekday})(?!\s*,?\s*(?:{month}|\d))"),
    ("weekday", "weekday",
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|every|each)\s+)?(?P<weekday>{weekday})"
     r"(?P<plural>s)?\b(?!\s*,?\s*(?:{month}|\d))"),
    # Relative units ("last week", "earlier this month", "the past year", "this weekend").
    ("rel_month", "rel_month",
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+)(?P<month>{month})"
     r"(?!\.?\s+\d)"),
    ("end_of_unit", "rel_unit",
     r"the\s+(?P<edge>end|beginning|start|middle|rest|remainder|balance)\s+of\s+(?:the\s+)?"
     r"(?P<rel>{rel}\s+)?(?P<unit>week|month|year|quarter|decade|century)\b"),
    ("unit_beyond", "rel_unit",
     r"the\s+(?P<unit>week|weekend|month|year)\s+(?P<beyond>before\s+last|after\s+next)\b"),
    ("rel_unit", "rel_unit",
     r"(?:the\s+)?(?P<rel>{rel})\s+(?P<unit>week|weekend|month|year|quarter|decade|century|day)\b"
     r"(?!-)"),
    ("rel_count_unit", "duration",
     r"(?:the\s+)?(?P<rel>last|past|next|coming|previous|first|final|following|remaining"
     r"|latest|initial|ensuing|intervening)\s+(?:(?P<low>\d+|{number})\s+(?:to|or)\s+)?"
     r"(?P<number>{number}|{vague}|few)[\s-]+"
     r"(?:more\s+)?(?P<unit>{unit})\b"),
    ("units_ahead", "duration",
     r"the\s+(?P<unit>{unitpl})\s+(?P<rel>ahead|to\s+come)\b"),
    ("rel_units", "duration",
     r"(?:(?:the\s+)?(?P<rel>past|last|next|coming|recent|previous|following|ensuing))"
     r"\s+(?P<unit>{unitpl})\b"),
    ("the_units", "duration",
     r"the\s+(?:(?:early|first|last|final|initial|closing|opening)\s+)?(?P<unit>{unitpl})\b"
     r"(?!\s+(?:ago|before|after|later|earlier|ahead|to\s+come|when|that)\b"
     r"|\s+of\s+(?:{weekday}|{dayword}|{month}))"),
    ("the_unit", "the_unit",
     r"the\s+(?P<unit>week|weekend|month|year|day)\b(?!-|\s+(?:before|after|of|that|when|in"
     r"|earlier|later|to|as|with|ahead)\b)"),
    ("rate_unit", "rate",
     r"(?P<article>an?)\s+(?P<unit>year|month|week|day|hour|quarter)\b(?!-)"),
    # Counted durations and counted adjectives ("two years", "five-year", "8-month-old").
    ("duration_adj", "duration",
     r"(?P<number>\d+(?:\.\d+)?|{number})-(?P<unit>{unitsg})(?:-(?P<old>old|long))?\b(?!-)"),
    ("duration", "duration",
     r"(?:(?P<det>the|a|an)\s+)?(?:(?P<low>\d+|{number})\s+(?:to|or)\s+)?"
     r"(?P<number>{number}|{vague}|(?:a\s+)?few)[\s-]+(?:(?:more|additional|extra|further)\s+)?"
     r"{qunit}(?![\w-])"
     r"(?P<half>\s+and\s+a\s+half)?"),
    ("unit_long", "duration", r"(?P<unit>{UNITS})-long\b"),
    ("vague_duration", "vague_duration",
     r"(?P<phrase>{VAGUE_DURATIONS})\b(?!\s+(?:ago|back|later|earlier|longer)\b)"),
    ("vague_units", "duration", r"(?P<unit>{unitpl})(?:\s+or\s+(?P<unit2>{unitpl}))?"),
    # Sets ("every week", "each year", "daily", "$5 million a year").
    ("every_unit", "set",
     r"(?:every|each|per)\s+(?:(?P<number>{number}|other)\s+)?(?P<unit>{unit})\b"),
    ("every_month", "set", r"(?:every|each)\s+(?:(?P<month>{month})|(?P<season>{season}))\b"),
    ("set_adverb", "set", r"(?P<adverb>{setadv})\b"),
    # Months alone ("in March"), after every longer form that starts with a month.
    ("month_alone", "month", r"(?P<month>{month})(?!\s*\d|-)"),
    # Years alone.
    ("year_end", "year_end", r"(?:the\s+)?(?:(?P<year>{year4})\s+)?year(?:'s)?[\s-]end\b"),
    ("period", "quarter",
     r"the\s+(?P<qrel>latest|comparable|same)\s+period\b"),
    ("year_period", "quarter", r"the\s+(?P<year>{year4})\s+period\b"),
    ("year", "year",
     # after a hyphen only as the end of a range of years ("2019-2020"), never "555-1990"
     r"(?<![\w$£€#.,/])(?:(?<=(?:1[5-9]|20)\d\d-)|(?<!\d-))(?P<year>{year4})"
     r"(?![\w%]|[.,]\d|\s*(?:%|percent))"),
    # Words that refer to the present, past or future.
    ("ref", "ref", r"(?P<ref>{ref})\b(?!-)"),
)  # fmt: skip
