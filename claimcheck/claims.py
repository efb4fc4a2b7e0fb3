"""Step 3 of the flow: cut an article's sentences into claims, each typed and with its slots.

A claim is a clause that asserts an event (its type from cue words) with the times, counts,
places and actors stated in that clause, or a clause that cannot be checked (a quotation, an
opinion, a prediction, a call to act, a characterisation), with the reason.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from claimcheck._patterns import (
    LISTED_DATE,
    SIGNAL_TO_A_FOLLOWING_DATE,
    patterns_needing,
    required_words,
)
from claimcheck.counts import find_counts, find_numbers
from claimcheck.entities import find_entities, is_common_opener, is_demonym
from claimcheck.event_types import KNOWN_EVENT_TYPES, relate_event_types, type_key
from claimcheck.events import (
    anchor_phase,
    anchor_span,
    anchors_another_event,
    claim_phase,
    possessed_phase,
)
from claimcheck.models import (
    Anchor,
    Article,
    Claim,
    ClaimKind,
    CountMention,
    CountRole,
    EntityKind,
    EntityMention,
    Outcome,
    Precision,
    Qualifier,
    Sentence,
    Subject,
    TimeMention,
    TimeType,
    is_actor,
    is_place,
)
from claimcheck.places import expand_abbreviation, place_kind, site_kind
from claimcheck.rules import claims as rules
from claimcheck.rules import counts as count_rules
from claimcheck.rules import entities as entity_rules
from claimcheck.rules import numbers as number_rules
from claimcheck.rules import places as place_rules
from claimcheck.rules import times as time_rules
from claimcheck.rules import verdicts as verdict_rules
from claimcheck.sentences import split_sentences
from claimcheck.settings import Settings
from claimcheck.times import find_times, join_day_ranges, shift_date
from claimcheck.wording import (
    content_words,
    digit_runs,
    read_crafts,
    read_rate_moves,
    undergoes,
)

if TYPE_CHECKING:
    from claimcheck.reference import Reference


def _words(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_CUES = [
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), event_type, priority)
    for pattern, event_type, priority in rules.EVENT_CUES
]
# The cue patterns are written in lower case (a rules test holds them to it), so ASCII text
# lower-cased matches them alike without IGNORECASE, three times faster; and most clauses hold
# few cues, so each pattern is scanned only where a word it needs is in the clause (five times
# faster than scanning them all, twice as fast as one pattern of them all telling "none").
_LOWER_CUES = [
    (compiled, event_type, priority, required_words(compiled))
    for pattern, event_type, priority in rules.EVENT_CUES
    for compiled in [re.compile(rf"\b(?:{pattern})\b")]
]
# The few words a clause holds give the patterns to scan, without a test of each pattern.
_CUES_NEEDING = patterns_needing([needed for *_, needed in _LOWER_CUES])
_CUE_WORDS = tuple(_CUES_NEEDING)
_UNGATED_CUES = frozenset(i for i, (*_, needed) in enumerate(_LOWER_CUES) if not needed)
_BOUNDARIES = [(re.compile(p, re.IGNORECASE), None, ()) for p in rules.CLAUSE_BOUNDARIES] + [
    (re.compile(p, re.IGNORECASE), kind, ()) for p, kind in rules.MARKED_CLAUSE_BOUNDARIES
]
# Written in lower case too (a rules test holds them to it): ASCII text is cut lower-cased, each
# pattern only where a word it needs is in the sentence ("because", "noting").
_LOWER_BOUNDARIES = [
    (compiled, kind, required_words(compiled))
    for p, kind in [*((p, None) for p in rules.CLAUSE_BOUNDARIES), *rules.MARKED_CLAUSE_BOUNDARIES]
    for compiled in [re.compile(p)]
]
_PREDICTION = re.compile(
    rf"\b(?i:{_words(rules.PREDICTION_MARKERS)})\b|\b(?:{_words(rules.CASE_SENSITIVE_PREDICTION_MARKERS)})\b"
)
_JUDGEMENT = re.compile(rules.COPULAR_JUDGEMENT, re.IGNORECASE)
_SCHEDULE = re.compile(rf"\b(?:{_words(rules.SCHEDULE_MARKERS)})\b", re.IGNORECASE)
_PROXIMITY = re.compile(
    rf"\b(?:{_words(place_rules.PROXIMITY_WORDS)})\s+(?:the\s+)?"
    rf"(?:(?:town|city|village|coast|port|island)\s+of\s+)?$",
    re.IGNORECASE,
)
_SOLE = re.compile(
    rf"\b(?:{_words(place_rules.SOLE_WORDS)})\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(rf",\s+(?:{'|'.join(rules.RELATIVE_PRONOUNS)})\b", re.IGNORECASE)
_RELATIVE = re.compile(rf"\b(?:{'|'.join(rules.RELATIVE_PRONOUNS)})\s+(?:\w+\s+)?$", re.IGNORECASE)
_EXHORTATION = re.compile(rf"\b(?:{_words(rules.EXHORTATION_MARKERS)})\b", re.IGNORECASE)
_CHARACTERISATION = re.compile(rf"\b(?:{_words(rules.CHARACTERISATION_MARKERS)})\b", re.IGNORECASE)
_OPINION = re.compile(rf"\b(?:{_words(rules.OPINION_MARKERS)})\b", re.IGNORECASE)
_NEGATION = re.compile(rf"(?:\b(?:{_words(rules.NEGATION_MARKERS)})\b|n't\b)", re.IGNORECASE)
_REPORTED_DECISION = re.compile(rf"\b(?:{_words(rules.REPORTED_DECISION_VERBS)})\b", re.IGNORECASE)
_SPEAKER = re.compile(rf"\b(?:{_words(rules.SPEAKER_VERBS)})\b", re.IGNORECASE)


def _place_opening(prepositions: tuple[str, ...]) -> re.Pattern[str]:
    """One of these prepositions right before a name, with "the" and a designator of a place
    between ("near the northern city of Arecibo", "off the coast of Senegal")."""
    return re.compile(
        rf"\b(?:{'|'.join(prepositions)})\s+(?:the\s+)?"
        rf"(?:(?:[a-z]+\s+)?(?:{'|'.join((*place_rules.DESIGNATORS, *rules.PLACE_KIND_WORDS))})"
        r"\s+of\s+)?$",
        re.IGNORECASE,
    )


_LOCATIVE = _place_opening(rules.LOCATIVE_PREPOSITIONS)
# "sank off Dakar", "capsized on Lake Tanganyika": a place if it is known as one
_KNOWN_PLACE_BEFORE = _place_opening(rules.KNOWN_PLACE_PREPOSITIONS)
# "a Shanghai court", "a Glasgow shipyard"
_LOCAL_NOUN = re.compile(rf" (?:{'|'.join(rules.LOCAL_NOUNS)})\b")
# What a disaster struck is where it happened: "a quake struck Fiji", "floods swept Kerala"
_PLACE_OBJECT = re.compile(
    rf"\b(?:{'|'.join(rules.PLACE_OBJECT_VERBS)})\s+(?:the\s+)?$", re.IGNORECASE
)
# A kind of place before a name says it is one, whatever comes before ("destroyed the town of
# Kihei", "struck the island of Rhodes", "the Slovak capital, Bratislava")
_DESIGNATED = re.compile(
    rf"\b(?:{'|'.join((*place_rules.DESIGNATORS, *rules.PLACE_KIND_WORDS))})(?:\s+of|,)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# What joins the names of a list: "in Colombo, Negombo and Jaffna"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_WORD = re.compile(r"\S+")
_MASK = "\x00"
_CALENDAR_TYPES = (TimeType.DATE, TimeType.TIME)
_M = TypeVar("_M", TimeMention, CountMention, EntityMention)
# A lower-case noun right after a named day makes it a label: "Bastille Day crowds".
_LABEL_USE = re.compile(r" (?!of\b|in\b|on\b|at\b|and\b|to\b|was\b|is\b)[a-z]+")
# A lower-case noun right after a country makes it a qualifier: "the US drone strike".
_AGENT_BY = re.compile(rf"\b(?:{_words(rules.AGENT_VERBS)})\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_CLAIMED = re.compile(rf"\s+(?:{_words(rules.RESPONSIBILITY_PHRASES)})\b", re.IGNORECASE)
_NUMBERED = re.compile(r"\s+\d")
_FACILITY = re.compile(
    rf"(?:['’]s)?(?:\s+(?:{'|'.join(rules.FACILITY_QUALIFIERS)}))*\s+(?:{_words(rules.FACILITY_NOUNS)})\b",
    re.IGNORECASE,
)
_REGION = re.compile(rf"(?:['’]s)?\s+(?:{_words(rules.REGION_NOUNS)})\b", re.IGNORECASE)
_COAST_OF = re.compile(rf"\b(?:{_words(rules.COAST_NOUNS)})\s+of\s+$", re.IGNORECASE)
_COAST = re.compile(rf"\s+(?:{_words(rules.COAST_NOUNS)})\b", re.IGNORECASE)
_POSSESSED_PLACE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
_AREA = re.compile(rf"(?:['’]s)?\s+(?:{_words(rules.AREA_NOUNS)})\b", re.IGNORECASE)
_DOCUMENT = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:{_words(rules.DOCUMENT_NOUNS)})\b", re.IGNORECASE
)
# A place before a noun of people says where they are from, not where it happened
# ("Liverpool supporters died at Hillsborough").
_PEOPLE_FROM = re.compile(rf"\s+(?:{'|'.join(map(re.escape, count_rules.PEOPLE_NOUNS))})\b")
_QUALIFIED_NOUN = re.compile(rf" (?!(?:{'|'.join(rules.NOT_QUALIFIED_NOUNS)})\b)[a-z]+")
_ANAPHORIC = re.compile(r"\b(?:that|the same)\s+$", re.IGNORECASE)
_WEAK_ROLES = (CountRole.PEOPLE, CountRole.OTHER)
_DATELINE = re.compile(rules.DATELINE)
_SUBORDINATE = re.compile(rules.SUBORDINATE_BOUNDARY, re.IGNORECASE)
_SUBORDINATE_WORDS = required_words(_SUBORDINATE) or ("",)
_FINITE_VERB = re.compile(rules.FINITE_VERB, re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:.!?]")
_PARENTHESIS = re.compile(r"\([^()]*\)")


@dataclasses.dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    event_type: str
    priority: int


def event_kinds(label: str) -> tuple[str, ...]:
    """The event types the rules know that a reference's own ``event_type`` label names, its
    main one first.

    A known type is itself; a label in the reference's own words ("suicide bombings", "bridge
    collapse (ship strike)") names the type of its main cue word first, then every other kind
    it names outside parentheses (a parenthesis qualifies: "summit (ended without agreement)"
    is no agreement); a label with none stays as it is (and is then not compared).

    >>> event_kinds("air_drone_strike"), event_kinds("suicide bombings")
    (('air_drone_strike',), ('bombing',))
    >>> event_kinds("ship refloated"), event_kinds("bridge collapse (ship strike)")
    (('ship_refloated',), ('collapse',))
    >>> event_kinds("dam failure; tailings dam collapse; mudflow")
    ('collapse', 'landslide')
    >>> event_kinds("offshore drilling rig explosion / oil spill")
    ('spill', 'explosion')
    """
    key = type_key(label)
    if not key or key in KNOWN_EVENT_TYPES:
        return (key,)
    # a label of several kinds names its main one first ("dam failure; mudflow")
    parts = [cues for kind in label.split(";") if (cues := _cues(kind, 0))]
    if not parts:
        return (key,)
    main = min(parts[0], key=lambda c: (-c.priority, c.start)).event_type
    others = (
        cue.event_type
        for kind in label.split(";")
        for cue in _distinct_cues(_cues(_PARENTHESIS.sub(" ", kind), 0))
    )
    return tuple(dict.fromkeys((main, *others)))


def _distinct_cues(cues: list[_Cue]) -> list[_Cue]:
    """The cues of distinct words, the highest priority first: in "airliner crash" the plane
    crash, not also the bare crash within it."""
    kept: list[_Cue] = []
    for cue in sorted(cues, key=lambda c: (-c.priority, c.start)):
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return kept


def extract_claims(
    article: Article,
    reference: Reference | None = None,
    *,
    settings: Settings | None = None,
) -> list[Claim]:
    """Cut an article into claims: one per clause, typed, with the slots stated in it.

    Parameters
    ----------
    article
        The article; relative dates resolve against ``article.published``.
    reference
        Gives the names (actors, places, aliases) that entities are linked to; ``None`` uses
        the shipped reference.
    settings
        Options (e.g. ``day_first`` for numeric dates).

    Examples
    --------
    >>> from claimcheck import read_article
    >>> article = read_article("Soleimani was killed in a drone strike in Baghdad on January 3.",
    ...                        published="2020-02-05")
    >>> [(c.event_type, c.times[0].value) for c in extract_claims(article)]
    [('air_drone_strike', '2020-01-03')]
    """
    if reference is None:
        from claimcheck.reference import load_reference

        reference = load_reference(None)
    settings = settings or Settings()
    text = article.text
    sentences = split_sentences(article)
    datelines = _dateline_spans(sentences)
    # the day a dateline gives is the day the story was filed, not the day of its event
    times = _resolve_event_anchors(
        join_day_ranges(
            text,
            [
                t
                for t in find_times(text, article.published, settings=settings)
                if not any(start <= t.start < end for start, end in datelines)
            ],
        ),
        sentences,
        text,
    )
    # "ten days after the collapse" with no date of the collapse in the text: the verdict
    # counts from the record of the phase the phrase names, among the event's own records
    times = [
        dataclasses.replace(t, anchor_phase=anchor_phase(text, t.end))
        if t.anchor is Anchor.EVENT and t.first is None and t.offset_days is not None
        else t
        for t in times
    ]
    # A named day used as a label names an event, not a day: it is no time of the claim, and
    # the name it is part of ("the Easter Sunday bombings") stays a name.
    labels = [t for t in times if _is_a_label(text, t)]
    times = [t for t in times if t not in labels]
    found_counts = find_counts(text)
    # a prison term ("sentenced to 26 years") is a figure of the case, not a length of time
    terms = [c for c in found_counts if c.unit == "years"]
    times = [t for t in times if not any(c.start <= t.start and t.end <= c.end for c in terms)]
    counts = [c for c in found_counts if c in terms or not _within_a_time(c, times)]
    # a state named by its people's word says who someone is, not who acted or where
    found = [
        dataclasses.replace(e, demonym=True) if is_demonym(e) else e
        for e in find_entities(text, reference.gazetteer)
    ]
    # an unknown word of a label ("a Fourth of July parade") is no name either, nor a word
    # opening a sentence that names a kind of event or of people ("Explosions at a warehouse
    # killed 173", "Militants seized a school")
    # (a dateline ends where its sentence's first word begins: "GENEVA (AP) - Scientists at CERN")
    openings = {sentence.start for sentence in sentences} | {end for _, end in datelines}
    found = [
        e
        for e in found
        if e.name
        or not (
            any(_overlaps(e, t) for t in labels)
            or (e.start in openings and (_common(e.text) or is_common_opener(e.text)))
        )
    ]
    entities = _mark_unknown_places(
        text,
        _mark_event_names(_without_models(_outside_dates_and_datelines(found, times, datelines))),
    )
    # A dateline names where the story was filed, most often where its event happened: it
    # helps find the records of the article's claims, and is never compared as a stated place.
    datelined = tuple(
        e for e in found if e.name and any(s <= e.start and e.end <= t for s, t in datelines)
    )

    mentions = (times, counts, entities)
    offsets = [[m.start for m in found] for found in mentions]
    claims: list[Claim] = []
    for sentence in sentences:
        quotes = _quoted_spans(sentence)
        # Each clause looks only at its sentence's mentions: linear in the article, not quadratic.
        here = [
            _starting_in(found, starts, sentence.start, sentence.end)
            for found, starts in zip(mentions, offsets, strict=True)
        ]
        for start, end, marked in _clauses(sentence, quotes):
            claim_id = f"c{len(claims) + 1}"
            claims.append(_make_claim(text, claim_id, sentence, start, end, marked, quotes, *here))
    if datelined:
        claims = [
            dataclasses.replace(c, context=(*c.context, *datelined)) if c.checkworthy else c
            for c in claims
        ]
    return _with_article_context(claims, entities)


def _starting_in(mentions: Sequence[_M], starts: list[int], start: int, end: int) -> list[_M]:
    """The mentions (sorted by ``starts``) that start within ``start..end``."""
    return list(mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


def _with_article_context(claims: list[Claim], entities: list[EntityMention]) -> list[Claim]:
    """Give claims that name no one the state the article is mostly about, as context.

    News leaves the country of a report implicit ("parliamentary elections on February 21" in a
    report on Iran). The most-named state helps find the record; it is never a stated slot.
    """
    # Named outright ("Iran", "the Islamic Republic"), not by a demonym ("Palestinian groups").
    states = Counter(
        e.name for e in entities if e.kind is EntityKind.STATE and e.name and not e.demonym
    )
    if not states:
        return claims
    top = max(states.values())
    if top < rules.CONTEXT_STATE_MENTIONS:
        return claims
    context = tuple(
        next(e for e in entities if e.name == name)
        for name, n in sorted(states.items())
        if n == top
    )
    return [
        dataclasses.replace(claim, context=(*claim.context, *context))
        if claim.checkworthy and not any(e.name for e in claim.entities)
        else claim
        for claim in claims
    ]


def _make_claim(
    text: str,
    claim_id: str,
    sentence: Sentence,
    start: int,
    end: int,
    marked: str | None,
    quotes: list[tuple[int, int]],
    times: list[TimeMention],
    counts: list[CountMention],
    entities: list[EntityMention],
) -> Claim:
    span = text[start:end]
    inside = lambda m: start <= m.start and m.end <= end  # noqa: E731
    # Times that place the event on the calendar: dates, clock times, and durations that an
    # event anchored ("five days after the strike").
    claim_times = tuple(
        t for t in times if inside(t) and (t.type in _CALENDAR_TYPES or t.first or t.anchor_phase)
    )
    claim_counts = tuple(c for c in counts if inside(c))
    where = {"id": claim_id, "sentence": sentence.index, "start": start, "end": end, "text": span}

    quoted = sum(min(end, qe) - max(start, qs) for qs, qe in quotes if qs < end and qe > start)
    if quoted >= rules.QUOTE_SHARE * (end - start):
        return _not_checkable(Claim(**where, kind=ClaimKind.OTHER), ClaimKind.QUOTE, "quote")

    unquoted = _blank_quotes(text, start, end, quotes)
    agents = _agents(text, entities, start, end)
    # a cue in a phrase that dates the claim by another event ("for weeks after the collapse")
    # names that other event, not the claim's own
    found_cues = _cues(unquoted, start)
    cues = [c for c in found_cues if not anchors_another_event(unquoted, c.start - start)]
    # who does the clause's verb is read from all its cues, quoted words too: those found
    # here, unless a quotation hid some
    clause_cues = (
        [(c.start - start, c.end - start, c.event_type) for c in found_cues]
        if unquoted == span
        else None
    )
    cue = min(cues, key=lambda c: (-c.priority, c.start)) if cues else None
    fits = (lambda family: relate_event_types(cue.event_type, family) is not False) if cue else None
    base = Claim(
        **where, kind=ClaimKind.OTHER, agents=agents, phase=claim_phase(unquoted, fits=fits)
    )
    claim_times = _dates_of_other_phases(text, claim_times, base.phase)
    if cue is None:
        kind = marked or _marker_kind(unquoted)
        # without a verb the rules know, the modal must govern the day itself ("will reopen
        # on Dec. 14")
        days = [t for t in claim_times if t.first is not None and t.first == t.last]
        if kind == "prediction" and days:
            before_day = unquoted[: days[0].start - start]
            modal = any(
                not _after_relative_pronoun(before_day, m.start())
                for m in _SCHEDULE.finditer(before_day)
            )
            if _schedules(unquoted, modal, days):
                kind = None
        claim_times, anchored = _anchor_names(text, claim_times, [e for e in entities if inside(e)])
        slots = tuple(e for e in entities if inside(e) and e not in anchored)
        firm = [c for c in claim_counts if not (c.approximate and c.role in _WEAK_ROLES)]
        # a number of any kind about a named thing ("the Pragyan rover travelled about 100
        # metres") is a statement of fact as much as a date is; numbers are read last, and
        # only in a clause no marker word made uncheckable: reading them costs the most
        stated = kind is None and (
            claim_times
            or firm
            or (_about_a_named_thing(slots) and (base.phase or _numbered(unquoted, start, times)))
            or _places_or_parties_a_named_thing(slots, unquoted)
        )
        if stated:
            # No cue word the rules know, but the clause dates or counts something ("The Iran
            # nuclear deal was reached on July 14, 2015", "the rescue ended on 11 July"), or
            # names the phase of a named thing ("Sweden joined the alliance"): a statement of
            # fact, checked against the records; with none to decide it, it is unverifiable.
            asides = _relative_clauses(text, start, end)
            checkable = dataclasses.replace(
                base,
                kind=ClaimKind.EVENT,
                checkworthy=True,
                times=tuple(
                    sorted(claim_times, key=lambda t: _dates_something_else(text, t, asides))
                ),
                counts=claim_counts,
                entities=tuple(
                    e
                    for e in slots
                    if e not in _landmarks(text, slots) and not _in_passing(text, e)
                ),
                context=(*(e for e in slots if _in_passing(text, e)), *anchored),
                landmarks=_landmarks(text, slots),
            )
            return _with_readings(checkable, clause_cues)
        kind = kind or "other"
        return _not_checkable(base, _KIND_OF_REASON.get(kind, ClaimKind.OTHER), kind)

    before_cue = unquoted[: cue.start - start]
    predicted = _governs(_PREDICTION, before_cue) or any(
        _modal_follows(unquoted[c.end - start :]) for c in cues
    )
    scheduled = _schedules(unquoted, _governs(_SCHEDULE, before_cue), claim_times)
    if not scheduled and (
        marked == "prediction" or (predicted and not _REPORTED_DECISION.search(before_cue))
    ):
        return _not_checkable(
            dataclasses.replace(base, event_type=cue.event_type), ClaimKind.PREDICTION, "prediction"
        )

    speakers = tuple(e for e in entities if inside(e) and _is_speaker(e, cue, unquoted, start))
    # a place that names a facility of its own ("the Kabul airport") says near where it
    # happened, a landmark; one that names an area ("this Chicago suburb", "the Everest
    # region") where to look, one before people ("Liverpool supporters") where they are from,
    # one before a text ("the Paris accord") which text
    near = tuple(
        e
        for e in entities
        if inside(e) and e.kind is EntityKind.PLACE and _FACILITY.match(text, e.end)
    )
    areas = tuple(
        e
        for e in entities
        if inside(e)
        and (
            (
                e.kind is EntityKind.PLACE
                and (
                    _AREA.match(text, e.end)
                    or (_REGION.match(text, e.end) and place_kind(e.name or e.text) is None)
                    or (
                        _COAST.match(text, e.end)
                        and _POSSESSED_PLACE.search(text, max(0, e.start - 40), e.start)
                    )
                )
            )
            # a text is named for its place, known as one or not
            or ((e.kind is EntityKind.PLACE or e.name is None) and _DOCUMENT.match(text, e.end))
        )
    )
    # a relative clause the cue is not in says who or what someone is ("Devine, who was
    # injured at Hillsborough in 1989, died on Tuesday"): its names and times are not the event's
    asides = [(a, b) for a, b in _relative_clauses(text, start, end) if not a <= cue.start < b]
    aside = tuple(
        e for e in entities if inside(e) and any(a <= e.start and e.end <= b for a, b in asides)
    )
    claim_times, anchored = _anchor_names(text, claim_times, [e for e in entities if inside(e)])
    listed = {
        following
        for time, following in itertools.pairwise(sorted(claim_times, key=lambda t: t.start))
        if LISTED_DATE.fullmatch(text, time.end, following.start)
    }
    claim_times = tuple(
        dataclasses.replace(t, listed=True) if t in listed else t for t in claim_times
    )
    areas = (
        *areas,
        *aside,
        *anchored,
        *(e for e in entities if inside(e) and _in_passing(text, e)),
    )
    landmarks = (
        *_landmarks(text, [e for e in entities if inside(e) and e not in areas + near]),
        *near,
    )
    claim_entities = tuple(
        e for e in entities if inside(e) and e not in speakers + areas + landmarks
    )
    base = dataclasses.replace(
        base,
        # who speaks of the event helps find its record (a minister announcing a toll), but
        # is not a stated party of it
        context=speakers + areas,
        landmarks=landmarks,
        event_type=cue.event_type,
        times=_event_time_first(claim_times, cue, text, asides),
        counts=claim_counts,
        entities=claim_entities,
        negated=_governs(_NEGATION, before_cue),
    )
    if _OPINION.search(unquoted, cue.end - start):
        # the event names what the clause judges ("Everyone charged over January 6 deserves a
        # pardon"): the clause says what ought to be, however it dates the event
        return _not_checkable(base, ClaimKind.OPINION, "opinion")
    # A vague head count ("millions of women") does not make a judgement checkable.
    firm_counts = [c for c in claim_counts if not (c.approximate and c.role in _WEAK_ROLES)]
    if claim_times or firm_counts or (claim_counts and not _marker_kind(unquoted)):
        return _with_readings(
            dataclasses.replace(base, kind=ClaimKind.EVENT, checkworthy=True), clause_cues
        )
    kind = marked or _marker_kind(unquoted)
    if kind is not None:
        return _not_checkable(base, _KIND_OF_REASON[kind], kind)
    if any(
        e.name is not None or e.kind is EntityKind.PLACE for e in claim_entities
    ) or _places_or_parties_a_named_thing((*claim_entities, *landmarks), unquoted):
        return _with_readings(
            dataclasses.replace(base, kind=ClaimKind.EVENT, checkworthy=True), clause_cues
        )
    return _not_checkable(
        dataclasses.replace(base, kind=ClaimKind.EVENT), ClaimKind.EVENT, "no_slot"
    )


def _anchor_names(
    text: str, times: tuple[TimeMention, ...], entities: list[EntityMention]
) -> tuple[tuple[TimeMention, ...], tuple[EntityMention, ...]]:
    """The times with the names of the phrase each length counts from ("six days after the
    Atlanta-area spa shootings"), and those names: the other event's, context of this one's
    that find the other's record, never the clause's own."""
    anchors = {
        t: span
        for t in times
        if t.anchor_phase is not None and (span := anchor_span(text, t.end)) is not None
    }
    named_in = {
        t: tuple(e for e in entities if a <= e.start and e.end <= b)
        for t, (a, b) in anchors.items()
    }
    # a state names too many events to tell which ("after winning the blessing of Britain's
    # competition watchdog"): only the other names find it
    finding = {
        t: tuple(e.name or e.text for e in names if e.kind is not EntityKind.STATE)
        for t, names in named_in.items()
    }
    return (
        tuple(
            dataclasses.replace(t, anchor_names=finding[t]) if finding.get(t) else t for t in times
        ),
        tuple(e for names in named_in.values() for e in names),
    )


def _agents(
    text: str, entities: list[EntityMention], start: int, end: int
) -> tuple[EntityMention, ...]:
    """The names a clause says did the deed: after an agent's "by" ("carried out by the
    Liberation Tigers", "claimed by the Taliban"), or before "claimed responsibility"."""
    found = []
    for entity in entities:
        if not (start <= entity.start and entity.end <= end) or entity.kind is EntityKind.PLACE:
            continue
        before = text[max(start, entity.start - 40) : entity.start]
        after = text[entity.end : min(end, entity.end + 40)]
        if _AGENT_BY.search(before) or _CLAIMED.match(after):
            found.append(entity)
    return tuple(found)


def _in_passing(text: str, entity: EntityMention) -> bool:
    """Whether a place is said in passing, not as a slot: the end of a journey ("a Boeing
    carrying 90 people to Tehran", "bound for Paris"), or where people are from ("Liverpool
    supporters died at Hillsborough", "82 Chibok schoolgirls were freed" near Banki)."""
    unknown = entity.name is None and entity.kind is EntityKind.UNKNOWN
    place = entity.kind is EntityKind.PLACE or (unknown and place_kind(entity.text) is not None)
    before = text[max(0, entity.start - 40) : entity.start]
    return (
        bool((place or unknown) and _JOURNEY.search(before))
        or bool(place and _JOURNEY_TO.search(before))
        or bool(entity.kind is EntityKind.PLACE and _PEOPLE_FROM.match(text, entity.end))
    )


def _places_or_parties_a_named_thing(slots: Sequence[EntityMention], clause: str) -> bool:
    """Whether a clause states a place or a party of a named thing ("the Cutro shipwreck
    happened off Sicily", "Colonial Pipeline was hit by REvil"): as checkable as a date. States
    alone are the parties of a mood ("tensions spiked between Iran and the US")."""
    named = {e.name or e.text for e in slots if not is_demonym(e)}
    things = [e for e in slots if not is_demonym(e) and e.kind is not EntityKind.STATE]
    return len(named) >= 2 and bool(things) and not _JUDGEMENT.search(clause)


def _numbered(unquoted: str, start: int, times: list[TimeMention]) -> bool:
    """Whether a clause (at ``start``) holds a number that is no part of a time."""
    return any(
        not any(t.start <= start + s and start + e <= t.end for t in times)
        for s, e in find_numbers(unquoted)
    )


def _about_a_named_thing(entities: tuple[EntityMention, ...]) -> bool:
    """Whether a clause names something a record could be about (not only a demonym)."""
    return any(not e.demonym for e in entities)


_KIND_OF_REASON = {
    "quote": ClaimKind.QUOTE,
    "opinion": ClaimKind.OPINION,
    "prediction": ClaimKind.PREDICTION,
    "exhortation": ClaimKind.EXHORTATION,
    "characterisation": ClaimKind.CHARACTERISATION,
    "reported": ClaimKind.OTHER,
    "other": ClaimKind.OTHER,
    "no_slot": ClaimKind.EVENT,
}


def _dates_of_other_phases(
    text: str, times: tuple[TimeMention, ...], phase: str | None
) -> tuple[TimeMention, ...]:
    """A possessive time dates the noun after it ("last month's Lahaina fire"): in a clause of
    another phase (the toll's revision) it is the date of that other phase, which the verdict
    compares with that phase's record."""
    if phase is None:
        return times
    out = []
    for time in times:
        possessed = possessed_phase(text, time.end)
        if possessed is not None and possessed != phase and time.first is not None:
            time = dataclasses.replace(time, anchor_phase=possessed)
        out.append(time)
    return tuple(out)


def _event_time_first(
    times: tuple[TimeMention, ...], cue: _Cue, text: str, asides: list[tuple[int, int]]
) -> tuple[TimeMention, ...]:
    """Order a clause's times so the first dates its event: a written date before a named day,
    then the nearest after the cue ("urged Iranians on February 5 to vote in the elections on
    February 21"), then the nearest before it ("On January 3, a drone strike killed...")."""
    counted_from_next = {
        id(time)
        for time, following in itertools.pairwise(times)
        if SIGNAL_TO_A_FOLLOWING_DATE.fullmatch(text, time.end, following.start)
    }

    def distance(time: TimeMention) -> tuple[int, int, int, int]:
        # A date computed from the date named after it ("five days after the January 3
        # strike", "the day before January 2") is the claim's own; then a date written out
        # ("July 14, 2016") outranks a named or relative day beside it ("on Bastille Day",
        # "seven years earlier").
        counted = time.anchor is Anchor.EVENT and time.type is TimeType.DURATION and time.first
        if counted or id(time) in counted_from_next:
            written = 0
        else:
            written = 1 if any(char.isdigit() for char in time.text) else 2
        # a time that dates something else comes last: another phase ("from Friday's crash"),
        # the start of a state ("the majority it had held since 1994"), or the time of a
        # clause about someone ("Devine, who was injured at Hillsborough in 1989, died")
        aside = int(_dates_something_else(text, time, asides))
        if time.start >= cue.end:
            return (aside, written, 0, time.start - cue.end)
        return (aside, written, 1, cue.start - time.end)

    return tuple(sorted(times, key=distance))


def _schedules(clause: str, modal: bool, times: Sequence[TimeMention]) -> bool:
    """Whether a clause in the future tense states a schedule: a firm modal governs its event
    ("will hold", "is due to take effect"), nothing hedges it, and it names a day."""
    return (
        modal
        and not _OPINION.search(clause)
        and any(t.first is not None and t.first == t.last for t in times)
    )


def _landmarks(text: str, entities: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    """The places a clause puts its event near, not in ("near the Pennsylvania line"). Off the
    coast of a place is in its waters: that place is where ("off the coast of Norway")."""
    return tuple(
        e
        for e in entities
        if e.kind is EntityKind.PLACE
        and _PROXIMITY.search(text, max(0, e.start - 40), e.start)
        and not _COAST_OF.search(text, max(0, e.start - 40), e.start)
    )


def _dates_something_else(text: str, time: TimeMention, asides: list[tuple[int, int]]) -> bool:
    """Whether a time dates something other than the clause's event: another phase ("from
    Friday's crash"), the start of a state ("the majority it had held since 1994"), or a
    clause about someone ("Devine, who was injured at Hillsborough in 1989, died")."""
    return (
        time.of_another_phase
        or _SINCE.search(text, max(0, time.start - 20), time.start) is not None
        or any(a <= time.start and time.end <= b for a, b in asides)
    )


def _relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in ``text[start:end]`` (", who was injured in
    1989,"): from the pronoun to the next comma or the end."""
    spans = []
    for match in _RELATIVE_CLAUSE.finditer(text, start, end):
        closing = text.find(",", match.end(), end)
        spans.append((match.start(), closing if closing >= 0 else end))
    return spans


def _not_checkable(claim: Claim, kind: ClaimKind, reason: str) -> Claim:
    return dataclasses.replace(
        claim, kind=kind, checkworthy=False, reason=rules.NOT_CHECKABLE_REASONS[reason]
    )


def _marker_kind(text: str) -> str | None:
    """The kind a clause without a checkable slot has, from its marker words, if any."""
    lowered = text.lower() if text.isascii() else None
    if _may_hold(_OPINION, lowered) and _OPINION.search(text):
        return "opinion"
    if any(not _after_relative_pronoun(text, m.start()) for m in _PREDICTION.finditer(text)):
        return "prediction"
    if _may_hold(_EXHORTATION, lowered) and _EXHORTATION.search(text):
        return "exhortation"
    if _may_hold(_CHARACTERISATION, lowered) and _CHARACTERISATION.search(text):
        return "characterisation"
    return None


# Most clauses hold no marker word: looked for in the lower-cased clause, their absence is told
# faster than a scan that opens with \b at every position.
_MARKER_WORDS = {
    pattern: required_words(pattern) for pattern in (_OPINION, _EXHORTATION, _CHARACTERISATION)
}


def _may_hold(marker: re.Pattern[str], lowered: str | None) -> bool:
    """Whether a clause (lower-cased; ``None`` when not ASCII) may hold a marker's words."""
    words = _MARKER_WORDS[marker]
    return lowered is None or not words or any(map(lowered.__contains__, words))


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """Every event cue in a text: ``(start, end, event type)``, in rule order.

    >>> [event_type for _, _, event_type in find_cues("A drone strike kills the commander.")]
    ['air_drone_strike', 'attack', 'killing']
    """
    return [(c.start, c.end, c.event_type) for c in _cues(text, 0)]


def _cues(unquoted: str, offset: int) -> list[_Cue]:
    """Every event cue in a clause; the main one has the highest priority, then comes first."""
    if not unquoted.isascii():
        return [
            _Cue(offset + m.start(), offset + m.end(), event_type, priority)
            for pattern, event_type, priority in _CUES
            for m in pattern.finditer(unquoted)
        ]
    text = unquoted.lower()  # lower() keeps every offset of ASCII text
    due = {i for word in filter(text.__contains__, _CUE_WORDS) for i in _CUES_NEEDING[word]}
    return [
        _Cue(offset + m.start(), offset + m.end(), event_type, priority)
        for i in sorted(due.union(_UNGATED_CUES))
        for pattern, event_type, priority, _ in [_LOWER_CUES[i]]
        for m in pattern.finditer(text)
    ]


def _modal_follows(after_cue: str) -> bool:
    """Whether a modal stands right after a cue: "sanctions will not work"."""
    words = list(_WORD.finditer(after_cue))[: rules.MODAL_AFTER_CUE_WORDS]
    return bool(words) and _PREDICTION.search(after_cue, 0, words[-1].end()) is not None


def _governs(marker: re.Pattern[str], before_cue: str) -> bool:
    """Whether a marker stands within reach of the cue, outside a relative clause."""
    words = list(_WORD.finditer(before_cue))[-rules.MARKER_REACH_WORDS :]
    if not words:
        return False
    window_start = words[0].start()
    return any(
        m.end() > window_start and not _after_relative_pronoun(before_cue, m.start())
        for m in marker.finditer(before_cue)
    )


def _after_relative_pronoun(text: str, position: int) -> bool:
    """Whether a modal at ``position`` opens a relative clause ("a plan which would...")."""
    # The pronoun stands at most two words back: look at a short tail, not the whole prefix.
    return _RELATIVE.search(text[max(0, position - 40) : position]) is not None


def _is_speaker(entity: EntityMention, cue: _Cue, unquoted: str, offset: int) -> bool:
    """Whether a name belongs to whoever speaks about the event rather than to the event.

    Before a speaker verb that precedes the cue ("Khamenei called for ... elections"), or in a
    trailing attribution after the event (", Rouhani said"), a name is the speaker. When the
    event is itself a statement, its speaker is its actor.
    """
    if cue.event_type in rules.SPEAKER_IS_ACTOR_TYPES:
        return False
    for m in _SPEAKER.finditer(unquoted):
        verb_start = offset + m.start()
        if verb_start < cue.start and entity.end <= verb_start:
            return True
        if verb_start > cue.end:
            clause_start = offset + unquoted.rfind(",", 0, m.start()) + 1
            if entity.start >= clause_start and entity.start > cue.end:
                return True
    return False


_QUOTE_CHARS = {*rules.QUOTE_PAIRS, *rules.QUOTE_PAIRS.values(), *rules.UNAMBIGUOUS_CLOSING_QUOTES}
_QUOTE_MARKS = re.compile(f"[{re.escape(''.join(sorted(_QUOTE_CHARS)))}]")


def _quoted_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Character ranges (absolute) inside quotation marks, marks included."""
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    # only quotation marks open or close a quotation: the other characters are passed over
    for mark in _QUOTE_MARKS.finditer(sentence.text):
        i, char = mark.start(), mark.group()
        if opened is None and not spans and char in rules.UNAMBIGUOUS_CLOSING_QUOTES:
            spans.append((sentence.start, sentence.start + i + 1))
        elif opened is None:
            # A straight apostrophe-like quote inside a word is an apostrophe, not a quote.
            if char in rules.QUOTE_PAIRS and not (
                char == "‘" and i and sentence.text[i - 1].isalpha()
            ):
                opened = (char, i)
        elif char == rules.QUOTE_PAIRS[opened[0]]:
            spans.append((sentence.start + opened[1], sentence.start + i + 1))
            opened = None
    if opened is not None:
        # An unclosed quotation runs to the end of the sentence (news quotes span paragraphs).
        spans.append((sentence.start + opened[1], sentence.end))
    return spans


def _blank_quotes(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """The clause with quoted text masked, keeping offsets.

    The mask is a character no rule matches and that is not white space: a long run of spaces
    would make every boundary pattern that starts with ``\\s+`` scan it again from each position.
    """
    if not quotes:
        return text[start:end]
    chars = list(text[start:end])
    for qs, qe in quotes:
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = _MASK
    return "".join(chars)


def _clauses(
    sentence: Sentence, quotes: list[tuple[int, int]]
) -> list[tuple[int, int, str | None]]:
    """Cut a sentence at clause boundaries outside quotations; each piece with its marked kind."""
    unquoted = _blank_quotes(
        sentence.text,
        0,
        len(sentence.text),
        [(qs - sentence.start, qe - sentence.start) for qs, qe in quotes],
    )
    cuts: dict[int, str | None] = {}
    boundaries, scanned = _BOUNDARIES, unquoted
    if unquoted.isascii():  # lower() keeps every offset of ASCII text
        boundaries, scanned = _LOWER_BOUNDARIES, unquoted.lower()
    for pattern, kind, needed in boundaries:
        if needed and not any(map(scanned.__contains__, needed)):
            continue
        for m in pattern.finditer(scanned):
            if 0 < m.end() < len(unquoted):
                cuts.setdefault(m.end(), kind)
    # "after", "before", "since" are the words a subordinate clause opens with: without them
    # (most ASCII sentences) there is none to look for
    subordinates = (
        _SUBORDINATE.finditer(unquoted)
        if scanned is unquoted or any(map(scanned.__contains__, _SUBORDINATE_WORDS))
        else ()
    )
    for m in subordinates:
        rest = unquoted[m.end() :]
        stop = _PHRASE_END.search(rest)
        if 0 < m.end() < len(unquoted) and _FINITE_VERB.search(
            rest[: stop.start() if stop else len(rest)]
        ):
            cuts.setdefault(m.end(), None)
    pieces: list[tuple[int, int, str | None]] = []
    bounds = [0, *sorted(cuts), len(sentence.text)]
    for a, b in itertools.pairwise(bounds):
        start, end = _trim(sentence.text, a, b)
        if end > start:
            pieces.append((sentence.start + start, sentence.start + end, cuts.get(a)))
    return pieces or [(sentence.start, sentence.end, None)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _overlaps(a: EntityMention, b: TimeMention) -> bool:
    return a.start < b.end and b.start < a.end


def _dateline_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Where the datelines opening sentences stand ("WASHINGTON (Reuters) -")."""
    spans = []
    for sentence in sentences:
        match = _DATELINE.match(sentence.text)
        if match:
            spans.append((sentence.start, sentence.start + match.end()))
    return spans


def _outside_dates_and_datelines(
    entities: list[EntityMention], times: list[TimeMention], datelines: list[tuple[int, int]]
) -> list[EntityMention]:
    """Names that are part of a date ("Christmas Day") or of a dateline ("WASHINGTON (Reuters)
    -") are no places or actors of the claims."""
    spans = sorted([(t.start, t.end) for t in times] + datelines)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))

    def covered(entity: EntityMention) -> bool:
        # The spans starting before the entity ends reach furthest at ``reach[i]``.
        i = bisect.bisect_left(starts, entity.end) - 1
        return i >= 0 and reach[i] > entity.start

    return [e for e in entities if not covered(e)]


def _is_a_label(text: str, time: TimeMention) -> bool:
    """Whether a named day is used as a label ("a Halloween crowd crush", "the Boxing Day
    tsunami"): it names an event, not a day of the published year, so it neither confirms nor
    contradicts a date."""
    named = time.text.lower().replace("’", "'") in time_rules.HOLIDAYS
    if named and not any(c.isdigit() for c in time.text) and _LABEL_USE.match(text, time.end):
        return True
    # a year written right after a name is part of it ("Euro 2020", played in 2021; "Rio 2016
    # closed"); not after a word that is no name ("In 2020") or a month
    word = _NAME_BEFORE.search(text, max(0, time.start - 40), time.start)
    return (
        time.text.isdigit()
        and word is not None
        and word.group(1).lower() not in entity_rules.NOT_NAME_WORDS
        and word.group(1) not in count_rules.MONTHS
        and not word.group(1).endswith(("'s", "’s"))  # "Hollywood's 2023 strikes"
    )


def _within_a_time(count: CountMention, times: list[TimeMention]) -> bool:
    """Whether a count is only part of a date ("the 3 in January 3"): then it is no count.

    A count whose phrase merely contains a date ("turnout in the February 21 election was 62
    percent") stays: dropping it would leave a stated figure unchecked.
    """
    return any(t.start <= count.start and count.end <= t.end for t in times)


def _common(word: str) -> bool:
    """Whether a word is a common noun of the rules: a kind of event or of people counted."""
    if " " in word:
        return False
    return word.lower() in count_rules.ROLE_CUES or any(
        start == 0 and end == len(word) for start, end, _ in find_cues(word)
    )


def _without_models(entities: list[EntityMention]) -> list[EntityMention]:
    """A name no record knows that ends in a craft's model ("a Hewa Bora Airways DC-9", "a UPS
    MD-11") names its operator by the words before; the model is no one."""
    out = []
    for entity in entities:
        model = _MODEL.search(entity.text) if entity.name is None else None
        # a flight's number names it ("Flight MH370"): no model
        if model is not None and _FLIGHT.search(entity.text, 0, model.start()):
            model = None
        if model is not None and entity.kind is EntityKind.UNKNOWN:
            kept = entity.text[: model.start()].rstrip()
            if " " not in entity.text or not kept:
                out.append(entity)
                continue
            entity = dataclasses.replace(entity, text=kept, end=entity.start + len(kept))
        out.append(entity)
    return out


def _mark_event_names(entities: list[EntityMention]) -> list[EntityMention]:
    """A name no record knows that ends in a word of a kind of event names an event ("the
    Dixie Fire"; "Hurricane Irma" aside): it says which event, never who did it."""
    out = []
    for entity in entities:
        # most unknown names are one word: told by a space, before any cue is looked for
        if entity.name is None and entity.kind is EntityKind.UNKNOWN and " " in entity.text:
            ends = [end for _, end, _ in find_cues(entity.text)]
            if len(entity.text) in ends:
                entity = dataclasses.replace(entity, kind=EntityKind.EVENT)
        out.append(entity)
    return out


def _mark_unknown_places(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """Names after "in", "at", "near"... are stated places, even if no record knows them.

    Keeping them as places lets the verdict refuse to confirm a claim whose place it cannot
    check ("killed in Damascus" against a record in Baghdad), instead of ignoring the place. A
    country named so is a place too ("a base in Iraq"), unless it qualifies a noun ("in the US
    drone strike", "in Iran's attack"); elsewhere it is a party ("Iran fired").
    """
    marked: list[EntityMention] = []
    for entity in entities:
        qualifies = _QUALIFIED_NOUN.match(text, entity.end) or text.startswith(
            ("'s", "’s"), entity.end
        )
        # a name with a number after it is a thing of a series ("Line 5", "Terminal 2")
        numbered = _NUMBERED.match(text, entity.end) is not None
        placeable = (entity.name is None and not numbered) or (
            entity.kind is EntityKind.STATE and not qualifies
        )
        # a name the world gazetteer knows as a region ("Half Moon Bay, Calif.", "struck
        # Michoacán") is a place, unless a number makes it a thing of a series ("Line 5")
        unknown = entity.name is None and not numbered
        gazetteer = place_kind(expand_abbreviation(entity.text)) if unknown else None
        before = text[max(0, entity.start - 40) : entity.start]
        located = _LOCATIVE.search(before) or _DESIGNATED.search(before)
        if (
            gazetteer == "region"
            or (placeable and (located or _PLACE_OBJECT.search(before)))
            or (unknown and _designates(text, entity))
            or (
                (gazetteer is not None or (unknown and site_kind(entity.text) is not None))
                and _KNOWN_PLACE_BEFORE.search(before)
            )
            or (gazetteer in ("city", "region") and _LOCAL_NOUN.match(text, entity.end))
        ):
            entity = dataclasses.replace(entity, kind=EntityKind.PLACE)
        marked.append(entity)
    return _places_of_places(text, _places_listed_with_places(text, marked))


def _designates(text: str, entity: EntityMention) -> bool:
    """Whether a name says it is a place by its last word or the word after it ("Kenai
    Peninsula", "Kagoshima prefecture"); "State" ends the names of teams and schools too, and
    a designator with "of" names the place after it ("the Tuscan island of Giglio")."""
    last = entity.text.split()[-1].lower()
    following = _DESIGNATOR_AFTER.match(text, entity.end)
    return (" " in entity.text and last in _DESIGNATOR_WORDS and last != "state") or (
        following is not None and following["word"].lower() in _DESIGNATOR_WORDS
    )


_DESIGNATOR_AFTER = re.compile(r" (?P<word>[a-z]+)\b(?! of\b)")
# a coast is named for its place too ("Kenai Peninsula", "the Chittagong coast")
_DESIGNATOR_WORDS = place_rules.DESIGNATORS | {"coast"}


def _places_of_places(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """A state whose possessive opens a place is where the event was, not a party to it:
    "Iran's Hindu Kush region", "Japan's Kagoshima prefecture"."""
    out = list(entities)
    for i, (entity, following) in enumerate(itertools.pairwise(entities)):
        state = entity.kind is EntityKind.STATE or (
            entity.name is None and place_kind(entity.text) == "country"
        )
        if (
            state
            and not entity.demonym
            and is_place(following)
            and _POSSESSIVE_GAP.fullmatch(text, entity.end, following.start)
        ):
            out[i] = dataclasses.replace(entity, kind=EntityKind.PLACE)
    return out


# "Iran's Hindu Kush", "Japan's southern Kagoshima"
_POSSESSIVE_GAP = re.compile(rf"['’]s\s+(?:(?:{'|'.join(sorted(place_rules.PART_WORDS))})\s+)?")


def _places_listed_with_places(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """An unknown name in a list with a place is one more ("in Colombo, Negombo and Jaffna"); a
    list is names joined by commas that ends in "and" or "or" ("In Colombo, Hamas fired" is
    none)."""
    lists: list[list[int]] = []
    for i, entity in enumerate(entities):
        joined = i > 0 and _LIST_JOIN.fullmatch(text, entities[i - 1].end, entity.start)
        if joined:
            lists[-1].append(i)
        else:
            lists.append([i])
    out = list(entities)
    for members in lists:
        closed = any(
            set(text[entities[a].end : entities[b].start].split()) & {"and", "or"}
            for a, b in itertools.pairwise(members)
        )
        if closed and any(entities[i].kind is EntityKind.PLACE for i in members):
            for i in members:
                if entities[i].name is None:
                    out[i] = dataclasses.replace(entities[i], kind=EntityKind.PLACE)
    return out


def _resolve_event_anchors(
    times: list[TimeMention], sentences: list[Sentence], text: str
) -> list[TimeMention]:
    """Give "days later" / "five days after the strike" the dates they mean.

    "days later", "a week earlier" lean on the latest date named before them in the article;
    "N days after <event>" (a duration, in TimeML) on the date named after it in the same
    sentence; "that March" is March of the year last named. Without such a date they stay
    unresolved, and a claim that rests on them cannot be confirmed.
    """
    ends = [sentence.end for sentence in sentences]
    placed = [
        t
        for t in times
        if t.type is TimeType.DATE and t.anchor is not Anchor.EVENT and t.first and t.last
    ]
    starts, stops = [t.start for t in placed], [t.end for t in placed]

    def latest_before(position: int) -> TimeMention | None:
        i = bisect.bisect_right(stops, position) - 1
        return placed[i] if i >= 0 else None

    def first_after(position: int, limit: int) -> TimeMention | None:
        i = bisect.bisect_left(starts, position)
        return placed[i] if i < len(placed) and placed[i].start < limit else None

    resolved: list[TimeMention] = []
    for time in times:
        anchor = None
        if time.anchor is Anchor.EVENT and time.offset_days is not None:
            if time.type is TimeType.DURATION:
                # Sentences cover the text, so a mention always ends inside one.
                sentence_end = ends[min(bisect.bisect_left(ends, time.end), len(ends) - 1)]
                anchor = first_after(time.end, sentence_end)
            else:
                anchor = latest_before(time.start)
        if _ANAPHORIC.search(text[max(0, time.start - 12) : time.start]) and time.first:
            # "That March" (after "2014") is March of the year the story is in, not of the year
            # the article is published in.
            before = latest_before(time.start)
            if (
                before is not None
                and before.first is not None
                and time.precision is Precision.MONTH
            ):
                year, month = before.first.year, time.first.month
                first = date(year, month, 1)
                last = date(year, month, calendar.monthrange(year, month)[1])
                time = dataclasses.replace(
                    time, value=f"{year:04d}-{month:02d}", first=first, last=last
                )
        if anchor is not None and anchor.first is not None and anchor.last is not None:
            low, high = time.offset_days or (0, 0)
            first = shift_date(anchor.first, low)
            last = shift_date(anchor.last, high)
            if first is None or last is None:
                # Beyond the calendar ("130473.811 weeks earlier"): the time stays unplaced.
                resolved.append(time)
                continue
            value = (
                first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
            )
            time = dataclasses.replace(
                time, value=value, first=first, last=last, precision=Precision.DAY
            )
        resolved.append(time)
    return resolved


# -- what the verdict compares besides the slots ------------------------------------------

_AUXILIARY = "|".join(verdict_rules.AUXILIARIES)
_FATAL = re.compile(_words(rules.FATAL_VERBS), re.IGNORECASE)
# Names in one list, or a name and a relative of theirs: "Moïse and his wife Martine".
_FELLOW_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+\w+\s+)?")
# A model's designation: letters and figures in one word ("A320", "DC-9", "Il-76", "S-92").
_MODEL = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z]*-?\d+[\w-]*\b")
# Words before the end of a journey: "bound for Tehran", "from Rio to Paris".
_JOURNEY = re.compile(rf"\b(?:{_words(rules.JOURNEY_WORDS)})\s+(?:the\s+)?$", re.IGNORECASE)
_JOURNEY_TO = re.compile(rf"\b{rules.JOURNEY_TO}\s+(?:the\s+)?$", re.IGNORECASE)
_FLIGHT = re.compile(r"\bflight\s*$", re.IGNORECASE)
# What joins the names of one phrase: a list, a possessive, a space ("Binhai New Area").
_NAME_CHAIN = re.compile(rf"{_LIST_JOIN.pattern}|['’]s\s+|\s+")
_GOVERNED = re.compile(
    rf"\b(?:{_words(rules.GOVERNING_PREPOSITIONS)})\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)
# "were both killed", "had all died": a floating quantifier stands among the auxiliaries
# an apposition after the name may stand between: its age ("Aaron Alexis, 21, killed") or a
# noun phrase ("D'Sean Perry, a former player, shot")
_SUBJECT_GAP = re.compile(
    r"^(?:,\s*(?:\d{1,3}|(?:an?|the|his|her|their|its)\s+[^,;:.()]{1,60}),)?"
    rf"\s*(?:(?:{_AUXILIARY}|both|all|each)\s+){{0,3}}$",
    re.IGNORECASE,
)
_PLAIN_VERB = re.compile(rf"\s+(?P<aux>(?:{_AUXILIARY})\s+)?(?P<verb>[a-z]{{4,}})\b")
_QUALIFIER = re.compile(
    rf"\b(?:{'|'.join(verdict_rules.QUALIFYING_PREPOSITIONS)})\s+(?P<phrase>[^,;:.]+)",
    re.IGNORECASE,
)
# A phrase that is a clause of its own ("he was taken into custody", "turning the gun on
# himself"): a further event the claim states, to be confirmed like the others.
_CLAUSE = re.compile(verdict_rules.QUALIFYING_CLAUSE, re.IGNORECASE)
# "the day after the Brexit vote": a named event after these words dates the claim.
_TIME_ANCHOR = re.compile(
    rf"\b(?:{'|'.join(rules.TEMPORAL_PREPOSITIONS)})\s+(?:the\s+)?(?:\S+\s+){{0,2}}$",
    re.IGNORECASE,
)
_OUTCOMES = [
    (re.compile(pattern, re.IGNORECASE), role)
    for pattern, role in (*verdict_rules.OUTCOME_PATTERNS, *verdict_rules.VOTE_SIDE_PATTERNS)
]


def _with_readings(claim: Claim, cues: list[tuple[int, int, str]] | None) -> Claim:
    """A checkable claim with what its words say beyond the slots, read once: who does or
    undergoes its verb, the outcomes it states, the other events it dates itself by, and the
    events it names as its own. ``cues``: the claim's cues if known (``find_cues`` of its text)."""
    qualifiers = _qualifiers(claim)
    # the craft of the event it dates itself by ("a day after a helicopter crashed") is not its own
    own = functools.reduce(lambda text, q: text.replace(q.text, " "), qualifiers, claim.text)
    return dataclasses.replace(
        claim,
        subject=_subject(claim, find_cues(claim.text) if cues is None else cues),
        outcomes=_outcomes(claim),
        qualifiers=qualifiers,
        named_events=_named_events(claim),
        crafts=read_crafts(own),
        rate_moves=read_rate_moves(own),
        attribute=_attribute(claim),
        conjuncts=_conjuncts(claim),
        sole_places=tuple(
            e
            for e in claim.entities
            if (is_place(e) or e.kind is EntityKind.STATE or place_kind(e.text))
            and _SOLE.search(claim.text, max(0, e.start - claim.start - 30), e.start - claim.start)
        ),
    )


# Names that make one phrase ("Japan's Kumamoto"), and the "and" between two such phrases.
_IN_PHRASE = re.compile(r"(?:['’]s)?\s+(?:the\s+)?")
_JOINED = re.compile(r",?\s+and\s+(?:the\s+)?")
# After the second phrase, its noun and the auxiliaries before the distributive word ("the El
# Paso and Dayton shootings both", "Silicon Valley Bank and Signature Bank were both"); before
# the first, the word itself ("both Kipchoge and Kiptum"). "Each other" is no such word.
_EACH_AFTER = re.compile(
    rf"(?:['’]s)?(?:\s+[\w’'-]+){{0,3}}?\s+(?:{_words(rules.DISTRIBUTIVE_WORDS)})\b(?!\s+other\b)",
    re.IGNORECASE,
)
_EACH_BEFORE = re.compile(
    rf"\b(?:{_words(rules.DISTRIBUTIVE_WORDS)})\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _conjuncts(claim: Claim) -> tuple[tuple[EntityMention, ...], ...]:
    """The names of each one the clause gives its verb to on its own: two phrases of names
    joined by "and", with "both" or "each" before the first or after the second."""
    names = sorted(claim.entities, key=lambda e: e.start)
    text, at = claim.text, claim.start

    def phrase(i: int, step: int) -> list[EntityMention]:
        # the names that run on from names[i] with only a possessive or a space between
        out = [names[i]]
        j = i + step
        while 0 <= j < len(names):
            left, right = (names[j], out[-1]) if step < 0 else (out[-1], names[j])
            if not _IN_PHRASE.fullmatch(text, left.end - at, right.start - at):
                break
            out.append(names[j])
            j += step
        return sorted(out, key=lambda e: e.start)

    for i in range(len(names) - 1):
        if not _JOINED.fullmatch(text, names[i].end - at, names[i + 1].start - at):
            continue
        first, second = phrase(i, -1), phrase(i + 1, 1)
        if _EACH_AFTER.match(text, second[-1].end - at) or _EACH_BEFORE.search(
            text, 0, first[0].start - at
        ):
            return (tuple(first), tuple(second))
    return ()


def each_conjunct(claim: Claim) -> tuple[Claim, ...]:
    """The claim once for each of the names it gives its verb to on its own, without the
    others' names: "Finland and Sweden both joined NATO" as "Finland joined" and "Sweden
    joined". A subject among the others' names becomes this one's."""
    out = []
    for k, group in enumerate(claim.conjuncts):
        others = {e for j, g in enumerate(claim.conjuncts) if j != k for e in g}
        subject = claim.subject
        if subject is not None and subject.entity in others:
            subject = dataclasses.replace(subject, entity=group[-1])
        out.append(
            dataclasses.replace(
                claim,
                entities=tuple(e for e in claim.entities if e not in others),
                agents=tuple(e for e in claim.agents if e not in others),
                sole_places=tuple(e for e in claim.sole_places if e not in others),
                subject=subject,
                conjuncts=(),
            )
        )
    return tuple(out)


def _subject(claim: Claim, cues: list[tuple[int, int, str]]) -> Subject | None:
    """The name right before a verb cue of the claim ("Ford resigned", "Soleimani was
    killed"); for a claim of no event type the rules know, the name right before a verb no cue
    names ("Armstrong walked on the Moon")."""
    for start, end, kind in cues:
        before = [e for e in claim.entities if e.end - claim.start <= start and is_actor(e)]
        if not before:
            continue
        entity = max(before, key=lambda e: e.end)
        gap = claim.text[entity.end - claim.start : start]
        # a state right before the event's noun says whose it is, wherever the phrase
        # stands ("the second round of US sanctions took effect")
        qualifies = (
            entity.kind is EntityKind.STATE
            and not gap.strip()
            and not claim.text[start:end].split()[0].endswith("ed")
        )
        if _SUBJECT_GAP.match(gap) and (qualifies or not _governed(claim, entity)):
            passive = undergoes(claim.text, start, end)
            dead = _FATAL.fullmatch(claim.text, start, end) is not None and passive
            return Subject(
                entity, passive, event_type=kind, dead=len(_fellows(claim, entity)) if dead else 0
            )
    if claim.event_type is not None:
        return None
    for entity in claim.entities:
        if not is_actor(entity):
            continue
        match = _PLAIN_VERB.match(claim.text, entity.end - claim.start)
        if match is None or match.group("verb") in entity_rules.NOT_NAME_WORDS:
            continue
        verb = match.group("verb")
        if not verb.endswith(("ed", "es")):
            continue  # a noun after a name ("US base") is no verb
        stem = verb[:-2] if verb.endswith("ed") else verb[:-1] if verb.endswith("s") else verb
        passive = match.group("aux") is not None and verb.endswith("ed")
        return Subject(entity, passive, stem=stem)
    return None


def _fellows(claim: Claim, entity: EntityMention) -> list[EntityMention]:
    """The names of the list a subject ends ("Moïse and his wife Martine", "Ali, Sara and
    Omar"), itself included."""
    fellows = [entity]
    while True:
        listed = [
            e
            for e in claim.entities
            if e.end <= entity.start
            and is_actor(e)
            and _FELLOW_JOIN.fullmatch(claim.text, e.end - claim.start, entity.start - claim.start)
        ]
        if not listed:
            return fellows
        entity = listed[-1]
        fellows.append(entity)


def _governed(claim: Claim, entity: EntityMention) -> bool:
    """Whether a name is the object of a preposition, itself or as the last of a list or of
    a possessor's names whose first name is ("the leaders of the U.S., Mexico and Canada", "in
    Tianjin's Binhai New Area")."""
    while True:
        before = claim.text[: entity.start - claim.start]
        if _GOVERNED.search(before):
            return True
        listed = [
            e
            for e in claim.entities
            if e.end <= entity.start
            and _NAME_CHAIN.fullmatch(claim.text, e.end - claim.start, entity.start - claim.start)
        ]
        if not listed:
            return False
        entity = listed[-1]


def _outcomes(claim: Claim) -> tuple[Outcome, ...]:
    """Who the claim says won or lost (the name before the verb), how a vote went, a tally."""
    found = []
    for pattern, role in _OUTCOMES:
        if role in verdict_rules.VOTE_SIDES and claim.event_type not in verdict_rules.VOTE_TYPES:
            continue  # "the board approved the deal" is no vote's outcome
        for match in pattern.finditer(claim.text):
            if role in verdict_rules.VOTE_SIDES:
                stated = match.group()
            elif role in ("result", "tally"):
                stated = match.group(role)
            else:
                subject = [
                    e
                    for e in claim.entities
                    if is_actor(e) and e.end <= claim.start + match.start()
                ]
                if not subject:
                    continue
                stated = subject[-1].name or subject[-1].text
            found.append(Outcome(role, stated, digit_runs(stated) if role == "tally" else ()))
    return tuple(found)


def _qualifiers(claim: Claim) -> tuple[Qualifier, ...]:
    """The phrases by which the claim dates its event from another one ("resigned after the
    2016 general election"): a phrase after one of the words that names an event or is a
    clause of its own."""
    found = []
    for match in _QUALIFIER.finditer(claim.text):
        phrase = match.group("phrase")
        if match.start() > 0 and (find_cues(phrase) or _CLAUSE.match(phrase)):
            qualifier = match.group(0).strip()
            words = [w for w in content_words(qualifier) if w not in entity_rules.NOT_NAME_WORDS]
            # which side of the other event it stands ("before" Lula's inauguration, not
            # "after" it) is part of what the record must say too
            relation = content_words(match.group(0)[: match.start("phrase") - match.start()])
            found.append(Qualifier(qualifier, tuple(w[:5] for w in (*relation, *words))))
    return tuple(found)


_ATTRIBUTE = re.compile(
    rf"^(?P<subject>[^;:—–]+?)\s(?P<verb>{'|'.join(rules.ATTRIBUTE_VERBS + rules.POSSESSION_VERBS)})"
    rf"\s(?P<attribute>.+?)(?={rules.ATTRIBUTE_END}|[.!?]?$)",
    re.IGNORECASE,
)


def _attribute(claim: Claim) -> Qualifier | None:
    """What the clause says its event, or someone in it, was ("the two killed were a father and
    son"), with the stems of the words no slot reads: not a passive ("were killed"), a figure
    ("turnout was 72.2%"), a date or a name, which the slots compare."""
    match = _ATTRIBUTE.match(claim.text)
    if match is None:
        return None
    words = match.group("attribute").split()
    opener = next((w.lower() for w in words if not w.lower().endswith("ly")), "")
    if match.group("verb").lower() in rules.POSSESSION_VERBS:
        if opener not in rules.DETERMINERS:
            return None
    elif (
        opener.endswith(("ed", "ing"))
        or opener in rules.IRREGULAR_PARTICIPLES
        or opener in rules.NOT_ATTRIBUTE_OPENERS
    ):
        return None
    start, end = match.span("attribute")
    # a figure or a date in it is a slot the verdict compares ("turnout was 72.2%")
    if any(
        m.start - claim.start < end and m.end - claim.start > start
        for m in (*claim.counts, *claim.times)
    ):
        return None
    named = {w for e in claim.entities for w in content_words(e.text)}
    stems = tuple(
        dict.fromkeys(
            w[:5]
            for w in content_words(match.group("attribute"))
            if w not in entity_rules.NOT_NAME_WORDS
            and w not in number_rules.NUMBER_WORDS
            and w not in named
        )
    )
    return Qualifier(match.group("attribute"), stems) if stems else None


def _named_events(claim: Claim) -> tuple[str, ...]:
    """The events the claim names as its own: not one after a temporal preposition, which
    dates the claim ("the day after the Brexit vote")."""
    return tuple(
        e.name or e.text
        for e in dict.fromkeys(claim.entities)
        if e.kind is EntityKind.EVENT
        and not _TIME_ANCHOR.search(claim.text[: e.start - claim.start])
    )
