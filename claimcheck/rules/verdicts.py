"""Rules for comparing a claim with a reference record: tolerances and thresholds as data."""

# Two candidates whose scores differ by less than this (0-100) are equally good matches; when
# they would give different labels the claim is unverifiable rather than decided by a coin toss.
AMBIGUITY_MARGIN = 3.0

# A percentage stated without decimals ("turnout of 43 percent") agrees with a record within
# rounding: half a percentage point each way.
PERCENT_TOLERANCE = 0.5

# Fields of the schema itself; other count roles are reported under the field "count".
SCHEMA_COUNT_FIELDS: tuple[str, ...] = ("deaths", "injuries")

# Scales a table may keep sums of money or counts of things in without its column's name
# saying so ("costs are in millions of dollars", in a preamble; "affected_m"): a claimed figure
# that fits a column only so scaled is not contradicted by it.
UNSTATED_SCALES: tuple[tuple[str, float], ...] = (
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
)

# Entity kinds compared as actors; places are compared as locations.
ACTOR_KINDS: tuple[str, ...] = ("person", "organisation", "state")

# A claim that shares no name or place with a record, only the kind of event and countries,
# is taken to be about that record's event only when its date is within this many days of it;
# further off it may be another event of the same kind (elections, attacks recur).
SAME_EVENT_DAYS = 31

# How a claimed place standing so to the record's places (``places.PlaceRelation``) decides the
# comparison (True agrees, False differs, None cannot say), and the note that says why.
PLACE_AGREEMENT: dict[str, bool | None] = {
    "same_place": True, "contains_record_place": True, "other_country": False,
    "other_region": False, "other_city": False, "other_site": False, "place_not_placed": None,
    "near_record_place": True, "far_from_record_place": False,
}  # fmt: skip
PLACE_NOTES: dict[str, str] = {
    "same_place": "{place} is among the record's places ({record})",
    "contains_record_place": "the record's places ({record}) lie in {place}",
    "other_country": "{place} is in another country than the record's places ({record})",
    "other_region": "{place} is another state than the record's ({record})",
    "other_city": "{place} is another city than the record's ({record})",
    "other_site": "{place} is another site than the record's ({record})",
    "place_not_placed": "the record does not place the event in {place} ({record})",
    "near_record_place": "the record's places ({record}) lie near {place}",
    "far_from_record_place": "the record's places ({record}) lie far from {place}",
}

# Claims of an outcome: who won or lost, how a vote went. Each pattern gives the role of the
# name just before it ("Macron won": the winner; "Le Pen lost": the loser) or, for a vote, the
# words it captures ("voted to leave"). Such a claim is confirmed only by a record column
# that says the outcome; without one it is unverifiable, whatever else agrees: the names of both
# candidates are in an election's record whoever won.
OUTCOME_PATTERNS: tuple[tuple[str, str], ...] = (
    # "X beat Y to win": the finite verb names the winner, the infinitive does not
    (
        # "won 48.4% of the vote" states a share, not a victory
        r"(?<!\bto )\b(?:won|wins|win|defeated|defeats|beat|beats|ousted|(?:was |were )?(?:re-?)?elected)\b(?!\s+(?:(?:about|around|nearly|almost|just|over|more than|some) )?\d)",
        "winner",
    ),
    (r"\b(?:lost|loses|lose|conceded|concedes|was defeated|were defeated)\b", "loser"),
    (
        r"\bvoted (?P<result>(?:to|for|against|in favou?r of) (?!\d)(?:\w+ ){0,3}?\w+)(?=\s+(?:in|on|at|by|with|after|before|last|this|\d)\b|[,.;:]|$)",
        "result",
    ),
)
# Which way a vote went, read only in a claim of a vote (VOTE_TYPES: "voters approved the
# accord", "Australians rejected the Voice"): no outcome column says it, a share column of the
# side for does (rules.quantities SHARE_SIDES).
VOTE_SIDE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(?:approved|backed|endorsed|said yes to)\b", "approved"),
    (r"\b(?:rejected|voted down|turned down|said no to)\b", "rejected"),
)
VOTE_SIDES: frozenset[str] = frozenset(role for _, role in VOTE_SIDE_PATTERNS)
VOTE_TYPES: frozenset[str] = frozenset({"election", "referendum"})
# Verbs of a record's statement that say who won or lost ("Lula defeated Bolsonaro"): read
# where the record has no outcome column.
WINNING_VERBS: frozenset[str] = frozenset({
    "won", "wins", "defeated", "defeats", "beat", "beats", "ousted", "elected", "re-elected",
})  # fmt: skip
LOSING_VERBS: frozenset[str] = frozenset({"lost", "loses", "conceded", "concedes"})

# A tally ("by a 5-4 vote", "won 4-2") is an outcome too, compared digit for digit.
OUTCOME_PATTERNS += (
    (
        r"\b(?P<tally>\d{1,3}\s*[-–]\s*\d{1,3})\s+(?:vote|votes|decision|ruling|majority|margin|verdict|win|victory|defeat)\b",
        "tally",
    ),
    (
        r"\b(?:won|lost|(?:beat|beats|defeated|defeats|edged|edges|overcame|thrashed|routed) \w+)\s+(?:by\s+)?(?P<tally>\d{1,3}\s*[-–]\s*\d{1,3})\b",
        "tally",
    ),
)
# Record columns that may hold each outcome, first found wins. A vote's result agrees only when
# the claim's words ("to leave the European Union") stand in the column; otherwise it is left
# unconfirmed, never guessed: "for independence" and "against independence" share a word.
OUTCOME_COLUMNS: dict[str, tuple[str, ...]] = {
    "winner": ("winner", "winners", "elected"),
    "loser": ("loser", "losers", "runner_up"),
    "result": ("result", "outcome"),
    "tally": ("vote", "tally", "score"),
}

# An extra column of other dates reliable sources give for the same event (`;`-separated ISO
# days): US-facing reports date an event abroad a day earlier. A claimed date that meets one agrees.
OTHER_DATES_COLUMN = "other_dates"

# Columns a table gives the first and last day of an event in, besides a date of its month or
# year (UCDP's date_start and date_end for a date "2001-05"): the days the record covers.
SPAN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("date_start", "date_end"),
    ("start_date", "end_date"),
    ("begin_date", "end_date"),
)

# The part of its interval a date with a calendar mod names ("early 2020", "mid-January", "the
# end of January"), as fractions of the interval: an event in that part confirms the claim, one
# in the far part ("late January" for January 3) contradicts it, one between is not confirmed.
PART_MODS: dict[str, tuple[float, float]] = {"START": (0, 1 / 3), "MID": (1 / 3, 2 / 3),
                                             "END": (2 / 3, 1)}  # fmt: skip
# The part farthest from each: an event there contradicts the claim ("MID" has none).
FAR_PARTS: dict[str, str] = {"START": "END", "END": "START"}
# Words whose TimeML mod (START, END) places the time against the writing, not inside the
# interval: "earlier this year" is any time this year before the article, not its first third.
NOT_PART_WORDS: tuple[str, ...] = ("earlier", "later")

# A date the claim gives as a bound ("before January 3": the TimeML mod find_times records),
# and how a note says it. Every date sources give for the event must lie on the bound's side
# to confirm the claim, and on the other side to contradict it.
BOUND_MODS: dict[str, str] = {
    "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
}  # fmt: skip
# A bound on a moment of a day ("shortly before 1 a.m. on Friday") holds the day itself.
MOMENT_BOUND_MODS: dict[str, str] = {"BEFORE": "ON_OR_BEFORE", "AFTER": "ON_OR_AFTER"}

# Who did (or underwent) what: the name right before a verb cue in a claim ("Ford resigned",
# "Soleimani was killed") must stand in the same role by a cue of the same kind in the record's
# statement ("Nixon resigns", "kills ... Soleimani"). Auxiliaries that may stand between the name
# and its verb, and the ones that make the verb passive:
AUXILIARIES: tuple[str, ...] = (
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "been",
    "be",
    "being",
    "also",
    "later",
    "then",
)
PASSIVE_AUXILIARIES: tuple[str, ...] = ("was", "were", "is", "are", "been", "being", "be")
# Verbs whose subject is the one it happens to, in the active voice ("Soleimani died").
UNDERGOING_VERBS: tuple[str, ...] = (
    "died",
    "dies",
    "die",
    "perished",
    "drowned",
    "crashed",
    "disappeared",
    "vanished",
    "went down",
    "lost their lives",
    "lost his life",
    "lost her life",
    # a headline's "Narendra Modi sworn in" has no auxiliary, and no one swears in himself
    "sworn in",
)
# Where a role's words end in a statement: the doer stands after the last of these before the
# verb, the one acted on before the first of these after it.
ROLE_BOUNDARIES = r"[,;:.()]|\b(?:after|before|while|when|as|in retaliation for)\b"

# Words by which a claim dates its event from another one ("after the 2016 general election").
QUALIFYING_PREPOSITIONS: tuple[str, ...] = (
    "after", "before", "since", "following", "ahead of", "and then", "then",
)  # fmt: skip
# What makes the phrase after one of those words a clause of its own: a subject pronoun or a
# verb in -ing/-ed first ("before he was taken into custody", "before turning the gun on himself"),
# or an object pronoun.
QUALIFYING_CLAUSE = (
    r"(?:he|she|they|it|police|officers)\b|\w+ing\b|\w+ed\b"
    # "before an armed bystander shot him": an object pronoun shows a clause with its own verb
    r"|.*\b(?:him|her|them|himself|herself|themselves)\b"
)

# Events in which someone reacts to another event ("Abbas rejected the Trump plan"): the event they
# name is the object of theirs, not their own.
REACTION_TYPES: frozenset[str] = frozenset({"statement", "speech"})

# Why a claim about one phase of an event is left unverifiable when the table holds only records
# of its other phases (rules.events).
DATED_FROM_THIS_RECORD = (
    "the claim dates its event '{text}' from this record's own event: it speaks of something "
    "that came of it, which the table does not record"
)
DATED_FROM_ANOTHER_EVENT = (
    "the claim dates its event '{text}' from another event ({names}), which the table does not "
    "record before this one"
)
NO_RECORD_OF_THE_OTHER_PHASE = (
    "the claim dates another phase of the event '{text}', and no record of that phase places it"
)
NO_PREVIOUS_FIGURE = (
    "'{text}' is the figure before the revision, and no earlier row of the event nor the "
    "record's statement gives it"
)
# Why a disagreeing record may be of another event, by reason code (verdicts.OtherEvent).
MAYBE_ANOTHER_EVENT: dict[str, str] = {
    "names_what_the_record_lacks": (
        "Record {record} is the closest event, but it may be another one: the claim names a "
        "party or place the record does not ({why})."
    ),
    "shares_nothing_dated_apart": (
        "Record {record} is the closest event, but it may be another one: the claim shares no "
        "name or place with it and is dated far from it, or not at all ({why})."
    ),
    "came_of_it": (
        "Record {record} is the event the claim dates its own from: the claim speaks of "
        "something that came of it, which the table does not record ({why})."
    ),
}
ONLY_NAMES_AGREE = (
    "Record {record} names who and where the claim names, but states no date, figure or kind "
    "of event that confirms what the claim says happened."
)
# A claim of several names each ("Finland and Sweden both joined NATO in 2023"), checked for
# each name on its own: the sentence before what each check found, by the combined label.
EACH_NAME = {
    "supported": "Checked for each of {names}: it holds for each.",
    "misleading": "Checked for each of {names}: partly right, it does not hold for {failing}.",
    "contradicted": "Checked for each of {names}: it does not hold for {failing}.",
    "unverifiable": "Checked for each of {names}: the table cannot confirm it for {failing}.",
}
NO_PHASE_RECORD = (
    "The claim is about the {phase} of the event; the table has no record of that phase, only of "
    "others (closest: {record}, a record of the {other}): a record of another phase never "
    "confirms or contradicts it."
)
