"""The values passed between the steps of a check: article -> sentences -> mentions -> claims -> verdicts.

Every value is a frozen dataclass so a step can never change what an earlier step produced, and
every span keeps ``start``/``end`` character offsets into the article text, with
``text[start:end] == span.text``.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from claimcheck.places import RecordPlaces
from claimcheck.rules.verdicts import ACTOR_KINDS
from claimcheck.spelling import without_accents


class Label(StrEnum):
    """A verdict label; the values are the contract of DESIGN.md and never change."""

    SUPPORTED = "supported"
    MISLEADING = "misleading"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    NOT_CHECKABLE = "not_checkable"


class Precision(StrEnum):
    """How finely a time or a reference date is stated, from finest to coarsest."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class TimeType(StrEnum):
    """The TimeML TIMEX3 type of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Anchor(StrEnum):
    """What a time expression's value is resolved against.

    ``published``: the article's publication date ("last month"); ``event``: an event named
    nearby ("days later", "a week earlier"); ``none``: the expression is absolute ("2018").
    """

    NONE = "none"
    PUBLISHED = "published"
    EVENT = "event"


class CountRole(StrEnum):
    """What a number counts, taken from the words around it."""

    DEATHS = "deaths"
    INJURIES = "injuries"
    CASUALTIES = "casualties"  # deaths and injuries together
    VOTES = "votes"
    TURNOUT = "turnout"
    CANDIDATES = "candidates"
    SEATS = "seats"
    MISSILES = "missiles"
    PEOPLE = "people"
    MONEY = "money"
    OTHER = "other"


class EntityKind(StrEnum):
    """The kind of thing an entity mention names."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    STATE = "state"
    EVENT = "event"
    UNKNOWN = "unknown"


class ClaimKind(StrEnum):
    """What a claim sentence does: assert an event, or something that cannot be checked."""

    EVENT = "event"
    QUOTE = "quote"
    OPINION = "opinion"
    PREDICTION = "prediction"
    EXHORTATION = "exhortation"
    CHARACTERISATION = "characterisation"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and what is known about it. ``published`` may be unknown."""

    text: str
    published: date | None = None
    title: str = ""
    source: str = ""
    url: str = ""
    outlet: str = ""
    dateline: str = ""
    # Where the text was read from: not part of the article's identity, nor of a result's JSON,
    # so the same article checked from another folder gives the same result.
    path: str = field(default="", compare=False)

    @property
    def sha256(self) -> str:
        """The hash of the text alone, so metadata edits do not change a check's identity."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a view into the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression with its TimeML value and the calendar interval it covers.

    ``value`` is a TIMEX3 value (``2020-01-03``, ``2020-01``, ``2020-W05``, ``P3D``,
    ``PRESENT_REF``...). ``first``/``last`` bound the days the expression can mean (inclusive);
    both are ``None`` when it names no calendar interval (a duration, a set, "recently").
    For ``anchor == Anchor.EVENT`` the value is unresolved until the claim knows the event's date:
    ``offset_days`` then gives the range of days after (positive) or before (negative) it.
    """

    text: str
    start: int
    end: int
    type: TimeType
    value: str
    precision: Precision | None = None
    first: date | None = None
    last: date | None = None
    anchor: Anchor = Anchor.NONE
    offset_days: tuple[int, int] | None = None
    mod: str | None = None
    # For a length counted from another event that no date in the text places ("ten days after
    # the collapse"): the phase of that event it counts from ("event" for the event itself),
    # set by the claim step; the verdict finds that phase's record among the event's records.
    anchor_phase: str | None = None
    # The names that phrase gives the other event when it is not this one's ("six days after
    # the Atlanta-area spa shootings": Atlanta): the verdict counts from the record naming them.
    anchor_names: tuple[str, ...] = ()
    # Listed beside another date of the clause ("on 26 October and on 25 November"), set by the
    # claim step: a day of its own, which the record (or another of its event) must hold too.
    listed: bool = False

    @property
    def of_another_phase(self) -> bool:
        """A date of another phase of the event ("last month's fire" in a claim about the
        toll's revision): compared with that phase's record, never the claim's own date."""
        return self.anchor_phase is not None and self.first is not None


@dataclass(frozen=True, slots=True)
class CountMention:
    """A stated number as a range: ``low <= n <= high``; ``high`` is ``None`` when open-ended."""

    text: str
    start: int
    end: int
    role: CountRole
    low: float
    high: float | None
    unit: str = ""  # "percent" for percentages, "" for plain counts
    approximate: bool = False
    # the figure a revision replaced ("cut the toll to 253 from 359"): of the count before it
    previous: bool = False
    # the words either side of the number that may say what it counts ("houses", "km",
    # "magnitude", "board" for passengers), as ``rules.quantities.counted_word`` spells them
    nouns: tuple[str, ...] = ()
    # of them, the words right after the number ("48 gold medals": gold, medal)
    counted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A name in the text; ``name`` is the gazetteer's canonical name, or ``None`` when unlinked."""

    text: str
    start: int
    end: int
    name: str | None
    kind: EntityKind
    score: float = 0.0
    # a state named by its people's word ("Iranian"): says who someone is, not who acted
    demonym: bool = False


def is_actor(entity: EntityMention) -> bool:
    """Whether a mention names someone who may act: a named person, organisation or state,
    or a name the reference does not know.

    A demonym ("an Iranian commander") says who someone is, not who acted. An unknown name is
    kept: "Hezbollah fired rockets" must not pass as the record of a Kataib Hezbollah attack.

    >>> is_actor(EntityMention("Iranian", 0, 7, "Iran", EntityKind.STATE, demonym=True))
    False
    """
    if entity.kind is EntityKind.PLACE or entity.kind is EntityKind.EVENT:
        return False
    if entity.name is None:
        return entity.kind is EntityKind.UNKNOWN
    if str(entity.kind) not in ACTOR_KINDS:
        return False
    return not entity.demonym


def is_place(entity: EntityMention) -> bool:
    """Whether a mention states a place (a demonym says who, not where)."""
    return entity.kind is EntityKind.PLACE and not entity.demonym


@dataclass(frozen=True, slots=True)
class Subject:
    """The name a claim puts right before its verb, and how it stands to that verb.

    ``event_type`` is the kind of the verb's event cue; for a verb no cue names ("walked on
    the Moon"), ``stem`` is the verb without its ending. ``passive``: the name undergoes the
    verb ("was killed", "died") rather than doing it.
    """

    entity: EntityMention
    passive: bool
    event_type: str | None = None
    stem: str | None = None
    # How many named people the verb says died ("Moïse and his wife Martine were killed": 2).
    dead: int = 0


@dataclass(frozen=True, slots=True)
class Outcome:
    """An outcome a claim states: who won or lost (``role`` winner or loser, ``stated`` the
    name before the verb), how a vote went (result: "to leave the European Union"), or a tally
    ("5-4", with its numbers in ``digits``)."""

    role: str
    stated: str
    digits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A phrase a claim states beyond its slots, with the stems of its content words (their
    first five letters): another event it dates its own by ("after the 2016 general
    election"), or what it says its event or someone in it was ("a father and son")."""

    text: str
    stems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Comparison:
    """One slot of a claim set against the matched record."""

    field: str  # date, deaths, injuries, count, location, actor, event_type
    claimed: str
    reference: str
    agrees: bool | None  # None: the record does not say, so the slot cannot be compared
    note: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A reference record that may be what a claim speaks of, with how its score was made."""

    record_id: str
    score: float  # 0-100
    breakdown: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The label a claim gets, and the evidence for it."""

    label: Label
    score: float = 0.0
    record_id: str | None = None
    source: str = ""
    comparisons: tuple[Comparison, ...] = ()
    explanation: str = ""
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's override of a computed label. Reviews are appended, never edited."""

    label: Label
    note: str = ""
    reviewer: str = ""
    reviewed_at: str = ""  # ISO 8601, given by whoever records the review
    # "Use this record": the record the reviewer chose, and claimcheck's verdict of the claim
    # against it (pipeline.judge_with_record), kept as judged so exports show that evidence.
    record_id: str = ""
    verdict: Verdict | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence's checkable (or not checkable) assertion, with its slots.

    ``verdict`` and ``review`` stay ``None`` until the check and a reviewer fill them in.
    """

    id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: ClaimKind
    event_type: str | None = None
    checkworthy: bool = False
    reason: str = ""  # why a claim is not checkable
    times: tuple[TimeMention, ...] = ()
    counts: tuple[CountMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    verdict: Verdict | None = None
    review: Review | None = None
    negated: bool = False  # the claim denies its event ("did not attack")
    # Names the claim does not state but its article is about ("elections on February 21" in a
    # report on Iran): they help find the record, and are never compared as stated slots.
    context: tuple[EntityMention, ...] = ()
    # The phase of its event the claim speaks of ("took effect", "was sworn in"), or None.
    phase: str | None = None
    # The names the clause says did it: "carried out by X", "X claimed responsibility".
    agents: tuple[EntityMention, ...] = ()
    # Who does or undergoes the claim's verb, the outcomes it states, the other events it
    # dates itself by, and the events it names as its own (not "the day after the Brexit
    # vote"): read with the claim, so the verdict compares them as data.
    subject: Subject | None = None
    outcomes: tuple[Outcome, ...] = ()
    qualifiers: tuple[Qualifier, ...] = ()
    named_events: tuple[str, ...] = ()
    # Places the clause puts the event near, not in: "just north of Dallas", "off Sicily".
    landmarks: tuple[EntityMention, ...] = ()
    # Places the clause says the event was in alone: "struck only Tanzania".
    sole_places: tuple[EntityMention, ...] = ()
    # The kinds of craft the clause names ("a helicopter crashed"): rules.claims.CRAFT_KINDS.
    crafts: tuple[str, ...] = ()
    # Which way the clause says a rate moved ("cut its deposit rate": down): RATE_MOVES.
    rate_moves: tuple[str, ...] = ()
    # What the clause says its event, or someone in it, was ("were a father and son").
    attribute: Qualifier | None = None
    # The names of each one the clause gives its verb to on its own ("Finland and Sweden both
    # joined NATO": Finland, then Sweden): the claim holds only if it holds of each.
    conjuncts: tuple[tuple[EntityMention, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure a record gives, as a range, with what it counts: read at load from a column
    (``source`` is its name, which gives the role) or from the statement (its words)."""

    role: CountRole
    low: float
    high: float
    source: str
    unit: str = ""  # "percent" for shares
    from_column: bool = True
    approximate: bool = False
    # the words of a column's name as ``rules.quantities.counted_word`` spells them
    # ("depth_km": depth, km): what a claimed figure's words must meet to be compared with it
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Wording:
    """A text read once for the names that stand whole in it: not glued to a longer word, nor
    to a capitalised word before ("Hezbollah" stands in "fired by Hezbollah", not in "Kataib
    Hezbollah"). ``folded`` is the text in lower case, one character for each of the text's;
    ``marks[i]`` holds the ``NAME_*`` flags of position ``i`` (``len(marks) == len(folded) + 1``).
    """

    folded: str = ""
    marks: bytes = b"\x07"

    def holds(self, name: str) -> bool:
        """Whether ``name`` (any case, spaces around it aside) stands whole in the text.

        >>> from claimcheck.wording import read_wording
        >>> [read_wording(t).holds("Hezbollah") for t in ("fired by Hezbollah", "Kataib Hezbollah")]
        [True, False]
        """
        key = fold(name.strip())
        folded, marks = self.folded, self.marks
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            if marks[at] & NAME_FREE_BEFORE and marks[end] & NAME_FREE_AFTER:
                if marks[at] & NAME_UNJOINED:
                    return True
                # the next place it may stand begins after this one, as a regular search goes
                at = folded.find(key, end if end > at else at + 1)
            else:
                at = folded.find(key, at + 1)
        return False


def fold(text: str) -> str:
    """A text in lower case and without accents, one character for each of its own
    (``Wording.folded``): "Londono" stands in "Rodrigo Londoño".

    >>> fold("Rodrigo Londoño, İzmir")
    'rodrigo londono, izmir'
    """
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # "İ" lowers to two characters: keep positions by taking the first
    return (without_accents(char) or char)[0].lower()[0]


# Flags of a position of a Wording: nothing word-like before it, nothing word-like after it,
# and no capitalised word joined to a name that would begin there.
NAME_FREE_BEFORE = 1
NAME_FREE_AFTER = 2
NAME_UNJOINED = 4


@dataclass(frozen=True, slots=True)
class StatementVerb:
    """A word of a record's statement that may be its verb (or an event cue), read at load
    with who stands on either side of it.

    ``word`` is the word in lower case ("" for a cue of several words); ``kinds`` the event
    types of the cues found at it. ``determined``: it follows an article or a possessive ("a
    drone strike"), so it names an event rather than saying who did it. ``passive``: its
    subject undergoes it. ``agent_side`` holds the words before it back to a role boundary,
    ``patient_side`` the words after it up to one; ``by_agent``: those name a doer ("by").
    """

    word: str
    kinds: tuple[str, ...]
    determined: bool
    passive: bool
    agent_side: Wording
    patient_side: Wording
    by_agent: bool


@dataclass(frozen=True, slots=True)
class Record:
    """One row of the reference dataset, validated and typed.

    ``first``/``last`` are the days the record's date covers at its precision (a ``2018``
    record covers 2018-01-01..2018-12-31). ``deaths``/``injuries`` are ``None`` when unknown and
    ``0`` for a verified zero. ``extra`` keeps unknown columns, in file order, as text.
    """

    id: str
    statement: str
    date: str
    date_precision: Precision
    first: date
    last: date
    event_type: str = ""
    locations: tuple[str, ...] = ()
    country: str = ""
    actors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    deaths: int | None = None
    injuries: int | None = None
    sources: tuple[str, ...] = ()
    date_tolerance_days: int = 0
    extra: tuple[tuple[str, str], ...] = ()
    # the location and country cells read at load: paths of names and countries
    places: RecordPlaces = field(default_factory=RecordPlaces)
    # the phases of its event the record is of (from event_type); empty: the event itself
    phases: tuple[str, ...] = ()
    # the event types the rules know that the record's own event_type label names, main first
    event_kinds: tuple[str, ...] = ("",)
    # its figures by role, columns first, then those its statement gives
    quantities: tuple[Quantity, ...] = ()
    # who did the deed: a perpetrator column, or actors whose role says so
    perpetrators: tuple[str, ...] = ()
    # the states its actors are part of ("United States Central Command": United States)
    parties: tuple[str, ...] = ()
    # other dates sources give for the event (rules.verdicts.OTHER_DATES_COLUMN)
    other_dates: tuple[date, ...] = ()
    # its statement's words that may be verbs, with who stands on either side
    verbs: tuple[StatementVerb, ...] = ()
    # the first five letters of its statement's words (rules.verdicts.QUALIFYING_PREPOSITIONS)
    stems: frozenset[str] = frozenset()
    # its texts read for whole names: the statement first, then actors, aliases, locations,
    # country, and the actors cell as written (with the roles)
    wordings: tuple[Wording, ...] = ()
    # its outcome columns (rules.verdicts.OUTCOME_COLUMNS, lower case) read for whole names,
    # and the numbers of its tally columns
    outcome_wordings: tuple[tuple[str, Wording], ...] = ()
    tallies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the kinds of craft any of its cells names (rules.claims.CRAFT_KINDS)
    crafts: tuple[str, ...] = ()
    # which ways its statement and event type say a rate moved (``wording.read_rate_moves``)
    rate_moves: tuple[str, ...] = ()
    # the first five letters of the words of all its cells
    cell_stems: frozenset[str] = frozenset()
