"""Rules for comparing a claim with a reference record: tolerances and thresholds as data."""

# Two candidates whose scores differ by less than this (0-100) are equally good matches; when
# they would give different labels the claim is unverifiable rather than decided by a coin toss.
AMBIGUITY_MARGIN = 3.0

# A percentage stated without decimals ("turnout of 43 percent") agrees with a record within
# rounding: half a percentage point each way.
PERCENT_TOLERANCE = 0.5

# Counts a claim may state, by role, and the record columns that may hold the figure, first
# found wins. Roles not listed are compared with an extra column named like the role, if any.
COUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "deaths": ("deaths",),
    "injuries": ("injuries",),
    "turnout": ("turnout_percent", "turnout"),
    "votes": ("votes",),
    "seats": ("seats",),
    "candidates": ("candidates",),
    "missiles": ("missiles",),
}
# Fields of the schema itself; other count roles are reported under the field "count".
SCHEMA_COUNT_FIELDS: tuple[str, ...] = ("deaths", "injuries")

# A record can give the lowest of several official figures in a `<column>_low` column
# (e.g. deaths 10, deaths_low 7): any claimed figure in that range agrees.
LOW_COLUMN_SUFFIX = "_low"

# Entity kinds compared as actors; places are compared as locations.
ACTOR_KINDS: tuple[str, ...] = ("person", "organisation", "state")

# A claim that shares no name or place with a record, only the kind of event and countries,
# is taken to be about that record's event only when its date is within this many days of it;
# further off it may be another event of the same kind (elections, attacks recur).
SAME_EVENT_DAYS = 31

# How many records naming a place are read to learn which country it is in.
PLACE_LOOKUP_ROWS = 50

# Claims of an outcome: who won or lost, how a vote went. Each pattern gives the role of the
# name just before it ("Macron won": the winner; "Le Pen lost": the loser) or, for a vote, the
# words it captures ("voted to leave"). Such a claim is confirmed only by a record column
# that says the outcome; without one it is unverifiable, whatever else agrees: the names of both
# candidates are in an election's record whoever won.
OUTCOME_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(?:won|wins|win|defeated|defeats|beat|beats|ousted|(?:was |were )?(?:re-?)?elected)\b", "winner"),
    (r"\b(?:lost|loses|lose|conceded|concedes|was defeated|were defeated)\b", "loser"),
    (r"\bvoted (?P<result>(?:to|for|against|in favou?r of) (?!\d)(?:\w+ ){0,3}?\w+)(?=\s+(?:in|on|at|by|with|after|before|last|this|\d)\b|[,.;:]|$)", "result"),
)
# Record columns that may hold each outcome, first found wins. A vote's result agrees only when
# the claim's words ("to leave the European Union") stand in the column; otherwise it is left
# unconfirmed, never guessed: "for independence" and "against independence" share a word.
OUTCOME_COLUMNS: dict[str, tuple[str, ...]] = {
    "winner": ("winner", "winners", "elected"),
    "loser": ("loser", "losers", "runner_up"),
    "result": ("result", "outcome"),
}

# An extra column of other dates reliable sources give for the same event (`;`-separated ISO
# days): US-facing reports date an event abroad a day earlier. A claimed date that meets one agrees.
OTHER_DATES_COLUMN = "other_dates"
