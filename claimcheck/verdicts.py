"""Step 5 of the flow: compare a claim slot by slot with its best record and give it a label.

Fails closed: a claim is ``supported`` only when a record matches its event well enough and
every slot the claim states (date, counts, places, actors, event type) agrees with that record at
the claim's own precision. A slot the record cannot confirm makes the claim ``unverifiable``.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, utils

from claimcheck.event_types import relate_event_types, relate_to_kinds
from claimcheck.models import (
    Anchor,
    Candidate,
    Claim,
    Comparison,
    CountMention,
    CountRole,
    EntityKind,
    EntityMention,
    Label,
    Precision,
    Quantity,
    Record,
    TimeMention,
    TimeType,
    Verdict,
    Wording,
    is_actor,
    is_place,
)
from claimcheck.places import (
    PlaceRelation,
    RecordPlaces,
    demonyms,
    place_kind,
    relate_landmark,
    relate_place,
)
from claimcheck.rules import counts as count_rules
from claimcheck.rules import entities as entity_rules
from claimcheck.rules import events as event_rules
from claimcheck.rules import numbers as number_rules
from claimcheck.rules import quantities as quantity_rules
from claimcheck.rules import verdicts as rules
from claimcheck.settings import Settings
from claimcheck.spelling import without_accents

if TYPE_CHECKING:
    from claimcheck.reference import Reference

# A comparison that is wrong only in part: "no casualties" where no one died but many were hurt.
_PARTLY = "partly right"


def decide_verdict(
    claim: Claim,
    candidates: list[Candidate],
    reference: Reference,
    *,
    settings: Settings | None = None,
) -> Verdict:
    """Give a claim its label by comparing what it states with the best candidate record.

    Parameters
    ----------
    claim
        A claim from :func:`claimcheck.claims.extract_claims`.
    candidates
        Records that may be what the claim speaks of, best first (from ``find_candidates``).
    reference
        The reference the candidates come from.
    settings
        Thresholds and tolerances.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in a drone strike in Baghdad on January 4.",
    ...                published="2020-02-05")
    >>> verdict = result.claims[0].verdict
    >>> str(verdict.label), [c.field for c in verdict.comparisons if c.agrees is False]
    ('contradicted', ['date'])
    """
    settings = settings or Settings()
    shown = tuple(c for c in candidates if c.score >= settings.suggest_threshold)
    if not claim.checkworthy:
        return Verdict(Label.NOT_CHECKABLE, explanation=_sentence(claim.reason), candidates=shown)
    matching = [c for c in shown if c.score >= settings.match_threshold]
    if not matching:
        if shown:
            best = shown[0]
            why = (
                f"The closest record, {best.record_id} (score {best.score:.0f}), is below the "
                f"match threshold of {settings.match_threshold:.0f}: shown as a suggestion only."
            )
        else:
            why = "No record in the reference matches this claim's event: nothing to check it against."
        return Verdict(Label.UNVERIFIABLE, explanation=why, candidates=shown)

    # A record of another phase of the event never decides the claim (rules.events).
    # A record of the claim's own phase comes before a record of the event of no stated phase;
    # for a claim of the deed, the deed's row before the row announcing it.
    fitting = [c for c in matching if _phase_fits(claim, reference.record(c.record_id))]
    announced = _announcing(claim, fitting, reference)
    phased = sorted(
        fitting,
        key=lambda c: (
            claim.phase not in reference.record(c.record_id).phases,
            c.record_id in announced,
        ),
    )
    if not phased:
        closest = reference.record(matching[0].record_id)
        why = rules.NO_PHASE_RECORD.format(
            phase=_phase_words(claim.phase),
            record=closest.id,
            other=", ".join(_phase_words(p) for p in closest.phases),
        )
        return Verdict(Label.UNVERIFIABLE, explanation=why, candidates=shown)
    matching = phased
    best = matching[0]
    verdict = _judge(claim, best, reference.record(best.record_id), reference, settings, shown)
    # The other rows of the best record's event (its phases, its revised tolls) are no rivals:
    # kind, phase and date have chosen among them. A near tie with another event is one.
    # A record that may be of another event than the claim's (dated far from it) is no rival.
    kin = set(reference.kin(best.record_id))
    judged = [
        _judge(claim, rival, reference.record(rival.record_id), reference, settings, shown)
        for rival in matching[1:]
        if best.score - rival.score < rules.AMBIGUITY_MARGIN and rival.record_id not in kin
    ]
    rivals = [
        v
        for v in judged
        if v.record_id is None
        or _maybe_another_event(
            claim, reference.record(v.record_id), list(v.comparisons), reference
        )
        is None
    ]
    if verdict.label is not Label.SUPPORTED:
        # A near-tied record that agrees on every stated slot shows the claim true of its event
        # ("Rouhani lashed out last week" when he spoke out twice, once last week).
        verdict = next((v for v in rivals if v.label is Label.SUPPORTED), verdict)
    disagreeing = [v for v in rivals if v.label is not verdict.label]
    if disagreeing and verdict.label is not Label.SUPPORTED:
        other = disagreeing[0]
        return Verdict(
            Label.UNVERIFIABLE,
            score=verdict.score,
            explanation=(
                f"Two records fit equally well and disagree: {verdict.record_id} makes it "
                f"{verdict.label}, {other.record_id} makes it {other.label}. A reviewer must decide."
            ),
            candidates=shown,
        )
    return verdict


def _phase_fits(claim: Claim, record: Record) -> bool:
    """A record may decide a claim of its own phase; a record of no stated phase, a claim of
    the event's beginning; a claim that states no phase, any record."""
    if claim.phase is None or claim.phase in record.phases:
        return True
    return not record.phases and claim.phase in event_rules.BEGINNING_PHASES


def _announcing(claim: Claim, fitting: list[Candidate], reference: Reference) -> set[str]:
    """The rows among these that only announce (or ask for) a deed another of them records,
    when the claim states no phase: "Margrethe abdicated" is the abdication's row, not the
    row of its announcement."""
    if claim.phase is not None:
        return set()
    ids = {c.record_id for c in fitting}

    def preliminary(record_id: str) -> bool:
        phases = reference.record(record_id).phases
        return bool(phases) and set(phases) <= event_rules.PRELIMINARY_PHASES

    return {
        i
        for i in ids
        if preliminary(i) and any(k in ids and not preliminary(k) for k in reference.kin(i))
    }


def _phase_words(phase: str | None) -> str:
    return str(phase).replace("_", " ")


def _judge(
    claim: Claim,
    candidate: Candidate,
    record: Record,
    reference: Reference,
    settings: Settings,
    shown: tuple[Candidate, ...],
) -> Verdict:
    comparisons = [
        *_compare_event_type(claim, record),
        *_compare_dates(claim, record, reference, settings),
        *_compare_counts(claim, record, reference),
        *_compare_named_dead(claim, record),
        *_compare_places(claim, record),
        *_compare_sole_places(claim, record),
        *_compare_actors(claim, record, reference),
        *_compare_outcome(claim, record),
        *_compare_roles(claim, record, reference),
        *_compare_perpetrators(claim, record, reference),
        *_compare_named_events(claim, record),
        *_compare_qualifiers(claim, record, reference),
        *_compare_crafts(claim, record),
        *_compare_rate_moves(claim, record),
        *_compare_attribute(claim, record),
    ]
    label, explanation = _label(claim, comparisons, record)
    other = _maybe_another_event(claim, record, comparisons, reference)
    if label is Label.CONTRADICTED and other is not None:
        label = Label.UNVERIFIABLE
        explanation = rules.MAYBE_ANOTHER_EVENT[other].format(
            record=record.id, why=explanation[:-1].lower()
        )
    return Verdict(
        label=label,
        score=candidate.score,  # 0-100, RapidFuzz's scale, as everywhere
        record_id=record.id,
        source=" ; ".join(record.sources),
        comparisons=tuple(comparisons),
        explanation=explanation,
        candidates=shown,
    )


def combine_each(claim: Claim, verdicts: list[Verdict]) -> Verdict:
    """The verdict on a claim made of each of several names (``Claim.conjuncts``), from the
    verdicts on each name's part: supported when it holds for every one; partly right
    (misleading) when it holds for some and not for others; contradicted when it holds for none
    it can be checked on; unverifiable when some part cannot be checked and none is wrong."""
    names = [_conjunct_text(claim, group) for group in claim.conjuncts]
    labels = [v.label for v in verdicts]
    wrong = [i for i, got in enumerate(labels) if got in (Label.CONTRADICTED, Label.MISLEADING)]
    if all(got is Label.SUPPORTED for got in labels):
        label, failing = Label.SUPPORTED, []
    elif wrong and Label.SUPPORTED in labels:
        label, failing = Label.MISLEADING, wrong
    elif wrong:
        label, failing = Label.CONTRADICTED, wrong
    else:
        label = Label.UNVERIFIABLE
        failing = [i for i, got in enumerate(labels) if got is not Label.SUPPORTED]
    deciding = verdicts[failing[0]] if failing else verdicts[0]
    opening = rules.EACH_NAME[str(label)].format(
        names=" and ".join(names), failing=" and ".join(names[i] for i in failing)
    )
    parts = " ".join(f"{name}: {v.explanation}" for name, v in zip(names, verdicts, strict=True))
    candidates = {c.record_id: c for v in verdicts for c in v.candidates}
    return Verdict(
        label,
        score=min(v.score for v in verdicts),
        record_id=deciding.record_id if label is not Label.UNVERIFIABLE else None,
        source=deciding.source if label is not Label.UNVERIFIABLE else "",
        comparisons=tuple(c for v in verdicts for c in v.comparisons),
        explanation=f"{opening} {parts}",
        candidates=tuple(candidates.values()),
    )


def _conjunct_text(claim: Claim, group: tuple[EntityMention, ...]) -> str:
    return claim.text[group[0].start - claim.start : group[-1].end - claim.start]


class OtherEvent(StrEnum):
    """Why a record that disagrees with a claim may be of another event than the claim's."""

    NAMES_WHAT_THE_RECORD_LACKS = "names_what_the_record_lacks"
    SHARES_NOTHING_DATED_APART = "shares_nothing_dated_apart"
    CAME_OF_IT = "came_of_it"


def _maybe_another_event(
    claim: Claim, record: Record, comparisons: list[Comparison], reference: Reference
) -> OtherEvent | None:
    """Why the claim may speak of another event than the record's, or ``None`` when it surely
    speaks of the record's, so a disagreement contradicts it.

    Events of one kind recur (elections, missile attacks): a claim that shares only the kind of
    event and the countries with a record, at a date far from it, may be about another event
    the reference does not hold. It needs a shared person, organisation, place or event name,
    or a date close to the record's. A claim dated from the record's own event ("a wildfire
    destroyed the town the day after the record was set") speaks of what came of it.
    """
    # the claim step puts the time that dates the event first
    own = next((t for t in claim.times if not t.of_another_phase), None)
    if own is not None and _counts_from_this(own, record, reference):
        return OtherEvent.CAME_OF_IT
    if any(
        c.agrees and c.field in ("location", "actor") and c.claimed not in _states(claim)
        for c in comparisons
    ):
        return None
    # A party or place the claim names that the record lacks says it may be another event:
    # then a date near the record's does not make it this one (identity is not the date).
    aliases = {a for i in reference.kin(record.id) for a in reference.record(i).aliases}
    if any(e.kind is EntityKind.EVENT and e.name in aliases for e in claim.entities):
        return None  # the claim names the record's own event ("the Brussels bombings", "AF447")
    lacking = [
        c
        for c in comparisons
        if c.agrees is not True
        and c.field in ("location", "actor")
        and c.claimed not in _states(claim)
        and not c.claimed.startswith(_WHO_DID_IT)
    ]
    if lacking and not (
        # a place is a slot under test when the claim's day and kind single out the record:
        # "a quake hit Tabriz on January 28" where the table's one quake that day is Khoy's
        all(c.field == "location" for c in lacking)
        and _singled_out_by_its_day(claim, record, reference)
    ):
        return OtherEvent.NAMES_WHAT_THE_RECORD_LACKS
    time = next((t for t in claim.times if not t.of_another_phase), None)
    if time is not None and time.first is None and time.anchor_phase is not None:
        anchor = _anchor_record(time, record, reference)
        time = _counted_from(time, anchor) if anchor is not None else None
    if time is None or time.first is None or time.last is None:
        return OtherEvent.SHARES_NOTHING_DATED_APART
    gap = max((record.first - time.last).days, (time.first - record.last).days, 0)
    return None if gap <= rules.SAME_EVENT_DAYS else OtherEvent.SHARES_NOTHING_DATED_APART


def _singled_out_by_its_day(claim: Claim, record: Record, reference: Reference) -> bool:
    """Whether the claim's own day and kind of event single out the record: the record is of
    that kind and dated that day, and no record of another event of its kind is."""
    own = next((t for t in claim.times if not t.of_another_phase), None)
    if (
        own is None
        or own.first is None
        or own.first != own.last
        or claim.event_type is None
        or record.first != record.last
        or not record.first <= own.first <= record.last
    ):
        return False
    day = own.first.toordinal()
    same_day = {
        reference.ids[i] for i in reference.rows_of_type_between(claim.event_type, day, day)
    }
    return record.id in same_day and same_day <= {record.id, *reference.kin(record.id)}


def _counts_from_this(time: TimeMention, record: Record, reference: Reference) -> bool:
    """Whether a length is counted from the record's own event ("the day after the record was
    set"), the table holding no other record of the phase it counts from."""
    return (
        time.first is None
        and time.anchor_phase is not None
        and not time.anchor_names
        and _fits_anchor(time, record)
        and _anchor_record(time, record, reference) is None
    )


def _states(claim: Claim) -> set[str]:
    return {e.name for e in claim.entities if e.kind is EntityKind.STATE and e.name}


def _label(claim: Claim, comparisons: list[Comparison], record: Record) -> tuple[Label, str]:
    wrong = [c for c in comparisons if c.agrees is False]
    unknown = [c for c in comparisons if c.agrees is None]
    slots = [c for c in comparisons if c.field != "event_type"]
    if wrong:
        fields = ", ".join(dict.fromkeys(c.field for c in wrong))
        if all(c.note.startswith(_PARTLY) for c in wrong) and any(c.agrees for c in slots):
            return Label.MISLEADING, f"Partly right against {record.id}: {wrong[0].note}."
        return (
            Label.CONTRADICTED,
            f"The {fields} disagree(s) with record {record.id}: {wrong[0].note}.",
        )
    if unknown:
        fields = ", ".join(dict.fromkeys(c.field for c in unknown))
        return (
            Label.UNVERIFIABLE,
            f"Record {record.id} matches the event but cannot confirm the {fields}: {unknown[0].note}.",
        )
    if not slots:
        return (
            Label.UNVERIFIABLE,
            f"Record {record.id} names the same kind of event, but the claim states nothing it can confirm.",
        )
    if claim.negated:
        return (
            Label.CONTRADICTED,
            f"The claim denies an event that record {record.id} shows did happen as described.",
        )
    if not _states_what_happened(claim, comparisons, record):
        return Label.UNVERIFIABLE, rules.ONLY_NAMES_AGREE.format(record=record.id)
    agreed = ", ".join(dict.fromkeys(c.field for c in slots))
    return Label.SUPPORTED, f"Record {record.id} agrees on every stated slot ({agreed})."


def _states_what_happened(claim: Claim, comparisons: list[Comparison], record: Record) -> bool:
    """Whether the record confirms more than the names: a date, a figure, who did it, or the
    kind or phase of event. Names alone ("parliament impeached the minister over the Itaewon
    crush") say the record is about them, not that what the claim says of them happened."""
    return any(
        c.agrees and (c.field not in _NAME_FIELDS or c.claimed.startswith(_WHO_DID_IT))
        for c in comparisons
    ) or (claim.phase is not None and claim.phase in record.phases)


_NAME_FIELDS = frozenset({"location", "actor"})


# -- event type ----------------------------------------------------------------------------


def _compare_event_type(claim: Claim, record: Record) -> list[Comparison]:
    if not claim.event_type or not record.event_type:
        return []
    claimed, recorded = claim.event_type, record.event_type
    agrees = relate_to_kinds(claimed, record.event_kinds)
    if agrees is None:
        # The reference's own vocabulary: the kinds cannot be compared, so they are not.
        return []
    note = "same kind of event" if agrees else f"the claim says {claimed}, the record {recorded}"
    return [Comparison("event_type", claimed, recorded, agrees, note)]


# -- dates ---------------------------------------------------------------------------------


def _compare_dates(
    claim: Claim, record: Record, reference: Reference, settings: Settings
) -> list[Comparison]:
    others = [
        c
        for other in claim.times
        if other.of_another_phase
        for c in _compare_other_phase(other, record, reference, settings)
    ]
    own = [t for t in claim.times if not t.of_another_phase]
    if not own:
        return others
    time = own[0]  # the claim step puts the time that dates the event first
    if time.anchor_phase is not None and time.first is None:
        return [*_compare_counted_from(time, record, reference, settings), *others]
    # a length from another phase beside the date ("freed on Monday, six days after it ran
    # aground") states a second date of the event: both must hold
    counted = [
        c
        for other in own[1:]
        if other.anchor_phase is not None and other.first is None
        for c in _compare_counted_from(other, record, reference, settings)
    ]
    counted += [
        c
        for other in own[1:]
        if other.listed and other.first is not None and other.anchor is not Anchor.EVENT
        for c in _compare_another_day(other, record, reference, settings)
    ]
    return [*_compare_time(time, record, settings), *counted, *others]


def _compare_another_day(
    time: TimeMention, record: Record, reference: Reference, settings: Settings
) -> list[Comparison]:
    """A second date the clause states ("struck on 26 October and on 25 November"): it must be
    the date of this record or of another record of its event (its phases, its revisions),
    or the claim speaks of more than this one event, and is at best partly right."""
    for kin in reference.kin(record.id):
        compared = _compare_time(time, reference.record(kin), settings)
        if all(c.agrees for c in compared):
            return compared if kin == record.id else []
    note = f"{_PARTLY}: the record is of one date; '{time.text}' ({time.value}) is another"
    return [Comparison("date", f"{time.text} ({time.value})", record.date, False, note)]


def _compare_other_phase(
    time: TimeMention, record: Record, reference: Reference, settings: Settings
) -> list[Comparison]:
    """The date a claim gives another phase of its event ("lowered the toll from last month's
    fire"): compared with that phase's record among the event's records, or with this record
    when it is of that phase; unconfirmed when the table has no such record."""
    anchor = _anchor_record(time, record, reference)
    if anchor is None and _fits_anchor(time, record):
        anchor = record
    if anchor is None:
        note = rules.NO_RECORD_OF_THE_OTHER_PHASE.format(text=time.text)
        return [Comparison("date", f"{time.text} ({time.value})", "", None, note)]
    counted = f"the date of record {anchor.id}"
    return [
        dataclasses.replace(c, note=f"{c.note}; {counted}")
        for c in _compare_time(time, anchor, settings)
    ]


def _compare_time(time: TimeMention, record: Record, settings: Settings) -> list[Comparison]:
    if time.first is None or time.last is None:
        return [
            Comparison(
                "date",
                f"{time.text} ({time.value})",
                record.date,
                None,
                f"'{time.text}' could not be placed on the calendar (no publication date or anchor)",
            )
        ]
    tolerance = timedelta(days=record.date_tolerance_days + settings.date_tolerance_days)
    try:
        return _compare_date(time, record, tolerance)
    except OverflowError:
        # At the ends of the calendar (years 1 and 9999) a tolerance reaches past what a date
        # can hold: the date is then left unconfirmed, with the reason, not raised.
        note = f"'{time.text}' lies too near the end of the calendar to apply the date tolerance"
        return [Comparison("date", time.value, record.date, None, note)]


def _compare_counted_from(
    time: TimeMention, record: Record, reference: Reference, settings: Settings
) -> list[Comparison]:
    """A length counted from another phase of the record's event ("demolished ten days after
    the collapse"): placed from the date of that phase's record, then compared as a date.
    Without such a record it is no date slot: the phrase it counts from stays a qualifier the
    claim states (``_compare_qualifiers``), which the record must confirm."""
    anchor = _anchor_record(time, record, reference)
    placed = _counted_from(time, anchor) if anchor is not None else None
    if anchor is None and time.anchor_names and _fits_anchor(time, record):
        note = rules.DATED_FROM_ANOTHER_EVENT.format(
            text=time.text, names=", ".join(time.anchor_names)
        )
        return [Comparison("date", f"{time.text} ({time.value})", record.date, None, note)]
    if anchor is None and _fits_anchor(time, record):
        # "for weeks after the collapse" against the record of the collapse: the claim speaks
        # of something that came after this record's event, not of the event itself
        note = rules.DATED_FROM_THIS_RECORD.format(text=time.text)
        return [Comparison("date", f"{time.text} ({time.value})", record.date, None, note)]
    if anchor is None or placed is None:
        return []
    counted = f"counted from record {anchor.id} ({anchor.date})"
    return [
        dataclasses.replace(c, note=f"{c.note}; {counted}")
        for c in _compare_time(placed, record, settings)
    ]


def _counted_from(time: TimeMention, anchor: Record) -> TimeMention | None:
    """The length placed on the calendar from its anchor record's date; None beyond the
    calendar."""
    low, high = time.offset_days or (0, 0)
    try:
        first, last = anchor.first + timedelta(days=low), anchor.last + timedelta(days=high)
    except OverflowError:
        return None
    return dataclasses.replace(
        time,
        value=_span(first, last).replace(" to ", "/"),
        first=first,
        last=last,
        precision=Precision.DAY,
        mod=None,
    )


def _anchor_record(time: TimeMention, record: Record, reference: Reference) -> Record | None:
    """The record of the phase a length counts from: the record of another event that names
    what the phrase names ("after the Atlanta-area spa shootings"), the nearest before (or
    after) this one; else among the records of the same event. Never the record under test
    itself (the claim's event comes after or before it)."""
    # "after" counts from an earlier row, "before" from a later one
    after = (time.offset_days or (0, 0))[0] >= 0
    kin = set(reference.kin(record.id)) | {record.id}
    if time.anchor_names and not _names(time.anchor_names) & _names(
        record.actors, record.aliases, record.places.names
    ):
        rows = {i for name in time.anchor_names for i in _rows_naming(name, reference)}
        others = [
            other
            for other in (reference.record_at(i) for i in sorted(rows))
            if other.id not in kin
            and _fits_anchor(time, other)
            and (other.first <= record.first if after else other.first >= record.first)
        ]
        # the nearest such event before (after) this one; else, as for a phrase of no names,
        # a row of this event's own (the Morandi collapse of the new bridge's record)
        nearest = min(
            others,
            key=lambda r: ((record.first - r.first) if after else (r.first - record.first), r.id),
            default=None,
        )
        if nearest is not None:
            return nearest
    found = [
        other
        for other in (reference.record(i) for i in kin - {record.id})
        if _fits_anchor(time, other)
        and (other.first <= record.last if after else other.first >= record.first)
    ]
    # the event itself is its earliest row of no phase or of a beginning phase
    return min(found, key=lambda r: (r.first, r.id), default=None)


def _rows_naming(name: str, reference: Reference) -> set[int]:
    """The rows that name a name: as a gazetteer name, or with each of its words in their
    statement (a name no gazetteer holds: "the Morandi collapse")."""
    rows = set(reference.rows_named(name).tolist())
    words = [w.casefold() for w in name.split()]
    if words:
        held = [set(reference.rows_with_word(w).tolist()) for w in words]
        rows |= set.intersection(*held)
    return rows


def _fits_anchor(time: TimeMention, record: Record) -> bool:
    """Whether a record is of the phase a length counts from."""
    if time.anchor_phase == event_rules.THE_EVENT:
        return not record.phases or bool(set(record.phases) & event_rules.BEGINNING_PHASES)
    return time.anchor_phase in record.phases


def _compare_date(time: TimeMention, record: Record, tolerance: timedelta) -> list[Comparison]:
    assert time.first is not None and time.last is not None
    if time.mod in rules.BOUND_MODS:
        return [_compare_bound(time, record, tolerance)]
    if time.mod in rules.PART_MODS and not time.text.lower().startswith(rules.NOT_PART_WORDS):
        return [_compare_part(time, record, tolerance)]
    low, high = time.first - tolerance, time.last + tolerance
    claimed = time.value
    if record.first >= low and record.last <= high:
        note = _date_note(time, record, tolerance)
        return [Comparison("date", claimed, record.date, True, note)]
    other = _other_date_within(record, low, high)
    if other is not None:
        return [
            Comparison(
                "date",
                claimed,
                record.date,
                True,
                f"{other} is a date sources also give for this event (the record: {record.date})",
            )
        ]
    if record.last < low or record.first > high:
        return [
            Comparison(
                "date",
                claimed,
                record.date,
                False,
                f"'{time.text}' is {_span(time.first, time.last)}, the record {_span(record.first, record.last)}",
            )
        ]
    return [
        Comparison(
            "date",
            claimed,
            record.date,
            None,
            f"the record gives the date only as {record.date} ({record.date_precision}), "
            f"too coarse to confirm '{time.text}'",
        )
    ]


def _other_date_within(record: Record, low: date, high: date) -> str | None:
    """One of the record's other reported dates (time zones, legal moments) inside low..high."""
    return next((d.isoformat() for d in record.other_dates if low <= d <= high), None)


def _compare_bound(time: TimeMention, record: Record, tolerance: timedelta) -> Comparison:
    """A date given as a bound ("before January 3", "by 2020"): which side the event lies on.

    Each date sources give for the event (the record's, widened by its tolerance, and its
    other dates) must lie wholly on the bound's side to confirm the claim, or wholly on the
    other side to contradict it; anything else leaves the date unconfirmed.
    """
    assert time.first is not None and time.last is not None and time.mod is not None
    mod = (
        rules.MOMENT_BOUND_MODS.get(time.mod, time.mod) if time.type is TimeType.TIME else time.mod
    )
    words = rules.BOUND_MODS[mod]
    bound = _span(time.first, time.last)
    claimed = f"{words} {time.value}"
    reported = [(record.first - tolerance, record.last + tolerance)]
    reported += [(other, other) for other in record.other_dates]
    sides = {
        _on_the_bounds_side(mod, time.first, time.last, first, last) for first, last in reported
    }
    if sides == {True}:
        note = f"{_span(record.first, record.last)} is {words} {bound} ('{time.text}')"
        return Comparison("date", claimed, record.date, True, note)
    if sides == {False}:
        note = f"the record's {_span(record.first, record.last)} is not {words} {bound}"
        return Comparison("date", claimed, record.date, False, note)
    note = (
        f"the dates sources give for the event ({record.date} and its tolerance or other "
        f"dates) are not all on one side of '{time.text}'"
    )
    return Comparison("date", claimed, record.date, None, note)


def _compare_part(time: TimeMention, record: Record, tolerance: timedelta) -> Comparison:
    """A date with a calendar mod ("early 2020", "the end of January"): the part it names.

    The event must fall in that part (give or take the record's tolerance) to confirm the
    claim; outside the whole interval, or in the far part ("late January" for an event on
    January 3), it contradicts the claim; anywhere else it is left unconfirmed.
    """
    assert time.first is not None and time.last is not None and time.mod is not None
    part_first, part_last = _part(time.first, time.last, time.mod)
    far_mod = rules.FAR_PARTS.get(time.mod)
    far = _part(time.first, time.last, far_mod) if far_mod else None
    reported = [(record.first, record.last)] + [(d, d) for d in record.other_dates]
    part = f"'{time.text}' ({_span(part_first, part_last)})"
    low, high = part_first - tolerance, part_last + tolerance
    if any(low <= first and last <= high for first, last in reported):
        return Comparison("date", time.value, record.date, True, f"{record.date} falls in {part}")
    if all(
        last < time.first - tolerance
        or first > time.last + tolerance
        or (far is not None and far[0] <= first and last <= far[1] and (last < low or first > high))
        for first, last in reported
    ):
        note = f"{_span(record.first, record.last)} is not in {part}"
        return Comparison("date", time.value, record.date, False, note)
    note = f"{_span(record.first, record.last)} is in '{time.text}' but not clearly in {part}"
    return Comparison("date", time.value, record.date, None, note)


def _part(first: date, last: date, mod: str) -> tuple[date, date]:
    """The days of first..last that a calendar mod names (``PART_MODS``)."""
    days = (last - first).days + 1
    start, stop = rules.PART_MODS[mod]
    return (
        first + timedelta(days=math.floor(days * start)),
        first + timedelta(days=math.ceil(days * stop) - 1),
    )


def _on_the_bounds_side(
    mod: str, bound_first: date, bound_last: date, first: date, last: date
) -> bool | None:
    """True if first..last lies wholly on the bound's side, False if wholly off it, else None."""
    if mod == "BEFORE":
        inside, outside = last < bound_first, first >= bound_first
    elif mod == "ON_OR_BEFORE":
        inside, outside = last <= bound_last, first > bound_last
    elif mod == "AFTER":
        inside, outside = first > bound_last, last <= bound_last
    else:  # ON_OR_AFTER
        inside, outside = first >= bound_first, last < bound_first
    return True if inside else False if outside else None


def _date_note(time: TimeMention, record: Record, tolerance: timedelta) -> str:
    if time.first == time.last == record.first == record.last:
        return "same day"
    if (
        time.first is not None
        and time.last is not None
        and time.first <= record.first
        and record.last <= time.last
    ):
        return f"{record.date} falls within '{time.text}' ({_span(time.first, time.last)})"
    return f"within the record's tolerance of {tolerance.days} day(s)"


def _span(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


# -- counts --------------------------------------------------------------------------------


def _compare_counts(claim: Claim, record: Record, reference: Reference) -> list[Comparison]:
    out: list[Comparison] = []
    dated = _dated_as(claim, record)
    for count in claim.counts:
        if count.previous:
            out.append(_compare_previous(count, record, reference))
        else:
            out.extend(_compare_count(count, record, dated=dated))
    out.extend(_compare_unhurt(claim, record))
    return out


def _compare_unhurt(claim: Claim, record: Record) -> list[Comparison]:
    """ "Nobody was hurt", or "only one person was hurt", says no one was killed either: where
    the record has deaths and the claim gives none, it is partly right at best."""
    if any(c.role is CountRole.DEATHS for c in claim.counts):
        return []
    unhurt = [
        c
        for c in claim.counts
        if c.role is CountRole.INJURIES
        and (c.high == 0 or c.text.split()[0].lower() in count_rules.SOLE_WORDS)
    ]
    deaths = _column_figure(record, CountRole.DEATHS)
    if not unhurt or deaths is None or deaths[0] == 0:
        return []
    note = f"{_PARTLY}: '{unhurt[0].text}', but the record has {_format_figure(deaths)} dead"
    return [Comparison("deaths", "0", _format_figure(deaths), False, note)]


def _compare_previous(count: CountMention, record: Record, reference: Reference) -> Comparison:
    """The figure a revision replaced ("cut the toll to 253 from 359"): given by an earlier
    row of the same event, or by the revision's own statement."""
    claimed = _format_range(count)
    name = str(count.role) if str(count.role) in rules.SCHEMA_COUNT_FIELDS else "count"
    earlier = [
        reference.record(i)
        for i in reference.kin(record.id)
        if i != record.id and reference.record(i).first <= record.first
    ]
    for other in earlier:
        figure = _column_figure(other, count.role)
        if figure is not None and _in_range(count, figure):
            note = (
                f"the figure before the revision: record {other.id} gives {_format_figure(figure)}"
            )
            return Comparison(name, claimed, other.id, True, note)
    for stated in record.quantities:
        if not stated.from_column and _in_range(count, (stated.low, stated.high)):
            note = f"the record's statement gives the figure before: '{stated.source}'"
            return Comparison(name, claimed, stated.source, True, note)
    return Comparison(name, claimed, "", None, rules.NO_PREVIOUS_FIGURE.format(text=count.text))


# The doers of a deed as counted words spell them ("bomber", "gunmen"): a toll that names one
# among its dead (count_rules.AGENT_NOUNS).
_DOER_WORDS = frozenset(filter(None, map(quantity_rules.counted_word, count_rules.AGENT_NOUNS)))
# Units a figure is compared in with its like only: a share ("51.9%"), a length of time in
# seconds (a race time): never with an absolute figure.
_LIKE_ONLY = frozenset({"percent", "percentage points", "s", "age"})
# Units of a person's attribute (an age): a table without a column of it says nothing of it, so
# the figure is not compared at all (not even with the statement's numbers).
_COLUMN_ONLY = frozenset({"age"})
# The units a claimed sum of money has: the ISO 4217 codes the numbers' rules write.
_CURRENCIES = frozenset(
    {*number_rules.CURRENCY_SIGNS.values(), *number_rules.CURRENCY_WORDS.values()}
)


def _same_measure(column_unit: str, claimed_unit: str) -> bool:
    """Whether a column's figure may be compared with a claimed one, by their units."""
    if column_unit in _LIKE_ONLY or claimed_unit in _LIKE_ONLY:
        return column_unit == claimed_unit
    return True


def _dated_as(claim: Claim, record: Record) -> bool:
    """Whether the claim dates its event when the record does (a time of its own that meets
    the record's dates)."""
    return any(
        t.first is not None
        and t.last is not None
        and t.first <= record.last
        and record.first <= t.last
        for t in claim.times
        if not t.of_another_phase
    )


def _compare_count(count: CountMention, record: Record, *, dated: bool = False) -> list[Comparison]:
    claimed = _format_range(count)
    if count.role is CountRole.CASUALTIES:
        return [_compare_casualties(count, record, claimed)]
    role = str(count.role)
    name = role if role in rules.SCHEMA_COUNT_FIELDS else "count"
    # A share ("by 51.9%") is never compared with an absolute figure (votes: 17,410,742).
    columns = [
        q
        for q in record.quantities
        if q.from_column
        # a figure of no known subject ("about 40", "3-3") is no column's: it may only
        # stand in the record's statement
        and q.role == count.role
        and _same_measure(q.unit, count.unit)
    ]
    if not columns and count.role is CountRole.VOTES and count.unit == "percent":
        # a vote's share ("voted by 66.4%") is the share a table keeps of no role of its own
        # (yes_percent), when it keeps one
        shares = [
            q
            for q in record.quantities
            if q.from_column and q.role is CountRole.OTHER and q.unit == "percent"
        ]
        columns = shares if len(shares) == 1 else []
    # the column the figure's words name ("passengers": fatalities_on_board, "18 km":
    # depth_km); a figure of no role is compared with such a column only
    # the words right after the number say what it counts before the words around it do
    # ("troops killed three rebels": the rebels' column, not the troops')
    named = [q for q in columns if set(q.names) & set(count.counted)] or [
        q for q in columns if set(q.names) & set(count.nouns)
    ]
    if not named and count.unit in _LIKE_ONLY and len(columns) == 1:
        # a share is the table's one share ("inflation reached 8.1%": its rate), a race time
        # its one time ("clocked 2:01:09": its finish_time)
        named = columns
    if named or count.role is CountRole.OTHER:
        columns = named
    if not columns and count.unit in _COLUMN_ONLY:
        return []
    if not columns:
        return [_compare_with_statement(count, record, name, claimed, role, dated=dated)]
    figure = (columns[0].low, columns[0].high)
    if count.unit == "percentage points":
        # a step's way (a cut, a rise) is the rate move's, compared on its own: the step is its size
        figure = (min(abs(figure[0]), abs(figure[1])), max(abs(figure[0]), abs(figure[1])))
    if _other_side(count, columns[0]):
        # "60 per cent voting No" against yes_pct: the share against is what the yes leaves
        figure = (100.0 - figure[1], 100.0 - figure[0])
    agrees = _in_range(count, figure)
    if not agrees and (scale := _unstated_scale(count, figure)):
        # "$4.3 billion" against a cost column of 4377.5: the table keeps money (or counts of
        # things) in thousands or millions and its column's name does not say so. The
        # statement may give the figure with its scale; else nothing is decided.
        from_statement = _compare_with_statement(count, record, name, claimed, role, dated=dated)
        if from_statement.agrees:
            return [from_statement]
        note = (
            f"'{count.text}' fits the record's {columns[0].source} of "
            f"{_format_figure(figure)} only if that column is in {scale}: a scale word in the "
            f"column's name (amount_usd_m, cost_bn) says so"
        )
        return [Comparison(name, claimed, _format_figure(figure), None, note)]
    reference = _format_figure(figure, columns[0].unit)
    note = (
        f"the record's {columns[0].source} of {reference} is within '{count.text}'"
        if agrees
        else f"'{count.text}' does not fit the record's {columns[0].source} of {reference}"
    )
    fits = Comparison(name, claimed, reference, agrees, note)
    doer = _doer_counted(count, record) if agrees else None
    if doer is not None:
        # tables count the victims; a toll "including the bomber" is confirmed only by a
        # record that counts him too
        note = (
            f"'{count.text}' counts the {doer} among them; the record does not say its "
            f"{columns[0].source} of {reference} does"
        )
        return [Comparison(name, claimed, reference, None, note)]
    most = _higher_estimate(count, record) if agrees else None
    if most is not None:
        # "nobody was killed" where the best estimate is 0 and the high one 28: none is surer
        # than the record is
        note = (
            f"{_PARTLY}: the record's {columns[0].source} of {reference} is its best estimate; "
            f"its {most.source} estimate is {_format_figure((most.low, most.high))}"
        )
        return [fits, Comparison(name, claimed, reference, False, note)]
    part = _fewer_of_its_subject(count, record) if agrees else None
    if part is not None:
        # "killed 28 schoolchildren" where the 28 dead were "22 children" and six adults: the
        # figure fits, whom it counts only in part
        note = (
            f"{_PARTLY}: the record gives {reference} {columns[0].source} in all, and its "
            f"statement '{part.source}'"
        )
        return [fits, Comparison(name, claimed, f"{reference}; {part.source}", False, note)]
    return [fits]


def _doer_counted(count: CountMention, record: Record) -> str | None:
    """The doer a claimed toll counts among its dead ("22 people, including the bomber") when
    no figure of the record's statement counts such a doer."""
    doers = [w for w in count.counted if w in _DOER_WORDS]
    if not doers or any(set(q.names) & _DOER_WORDS for q in record.quantities):
        return None
    return doers[0]


def _higher_estimate(count: CountMention, record: Record) -> Quantity | None:
    """A claimed none ("nobody was killed") against a record whose column of the highest
    estimate (rules.quantities.HIGH_ESTIMATE_WORDS: UCDP's ``high``) is above none."""
    if count.high != 0 or count.role not in (CountRole.DEATHS, CountRole.INJURIES):
        return None
    return next(
        (
            q
            for q in record.quantities
            if q.from_column
            and q.high > 0
            and set(q.names) & quantity_rules.HIGH_ESTIMATE_WORDS
            and q.role in (count.role, CountRole.OTHER)
        ),
        None,
    )


def _fewer_of_its_subject(count: CountMention, record: Record) -> Quantity | None:
    """A figure the record's statement gives of the very people the claimed count names, lower
    than the claim's: the whole toll is not all of them."""
    if not count.counted or count.high is None or count.counted[0] in quantity_rules.WHOLE_WORDS:
        return None
    for stated in record.quantities:
        if (
            not stated.from_column
            and not stated.approximate
            and stated.unit == count.unit
            # "22 children" counts people of the toll without saying they died
            and (_same_role(stated.role, count.role) or stated.role in _WEAK_ROLES)
            and count.counted[0] in stated.names
            and stated.high < count.low
        ):
            return stated
    return None


def _other_side(count: CountMention, column: Quantity) -> bool:
    """Whether a claimed share is of the side of a vote that a share column is not ("voting No"
    against ``yes_pct``)."""
    if count.unit != "percent" or column.unit != "percent":
        return False
    sides = quantity_rules.SHARE_SIDES
    said = [side for side, words in sides.items() if words & set(count.nouns)]
    kept = [side for side, words in sides.items() if words & set(column.names)]
    return len(said) == 1 and len(kept) == 1 and said != kept


def _unstated_scale(count: CountMention, figure: tuple[float, float]) -> str | None:
    """The scale (thousands, millions, billions) that would make a column's sum of money, or
    its count of things ("affected_m" of 8.5: millions, not metres), fit the claimed one, when
    the column's name states none."""
    if count.unit not in _CURRENCIES and (
        count.unit or count.role not in _WEAK_ROLES or count.high is None
    ):
        return None  # a toll, a measure, or "more than 42,000 houses" (fits any column scaled up)
    return next(
        (
            word
            for word, factor in rules.UNSTATED_SCALES
            if _in_range(count, (figure[0] * factor, figure[1] * factor))
        ),
        None,
    )


def _compare_named_dead(claim: Claim, record: Record) -> list[Comparison]:
    """People the claim names as killed ("Robert Fico was shot dead") are deaths: a record
    with fewer deaths shows the claim wrong. With as many or more, or no deaths column, it
    says nothing of who they were, so nothing is compared."""
    dead = claim.subject.dead if claim.subject is not None else 0
    deaths = _column_figure(record, CountRole.DEATHS)
    if not dead or deaths is None or deaths[1] >= dead:
        return []
    named = (
        claim.subject.entity.name or claim.subject.entity.text if dead == 1 else f"{dead} people"
    )
    note = f"the claim has {named} killed; the record's deaths are {_format_figure(deaths)}"
    return [Comparison("deaths", f"{dead} or more", _format_figure(deaths), False, note)]


def _same_role(recorded: CountRole, claimed: CountRole) -> bool:
    return recorded == claimed or {recorded, claimed} <= _WEAK_ROLES


def _compare_with_statement(
    count: CountMention,
    record: Record,
    name: str,
    claimed: str,
    role: str,
    *,
    dated: bool = False,
) -> Comparison:
    """A figure no column holds may still stand in the record's own statement
    ("a magnitude 7.8 earthquake", "239 people on board"), said of the same thing.

    A round figure ("about 143 million") is the report of its day: an exact claim of it agrees
    when the claim is dated so too; undated, it may quote a later, exact figure."""
    for stated in record.quantities:
        if stated.from_column or not _same_role(stated.role, count.role):
            continue
        # a round figure ("about 33,000 machinists") agrees only with a claim about as vague
        # that holds all of it ("some 33,000"): an exact one may be any figure near it, and a
        # far vaguer one ("thousands of hopefuls") may count something else
        if stated.approximate and not (
            _as_vague(count, stated) or (dated and _its_round_figure(count, stated))
        ):
            continue
        if _in_range(count, (stated.low, stated.high)):
            note = f"the record's statement gives '{stated.source}'"
            return Comparison(name, claimed, stated.source, True, note)
    # a figure of what the statement counts too ("trapped 34 miners" against its "33 miners";
    # not "48 gold medals" against its "112 medals overall") that the statement's does not fit
    for stated in record.quantities:
        if (
            not stated.from_column
            and not stated.approximate
            and _same_role(stated.role, count.role)
            and stated.unit == count.unit
            and count.counted
            and set(count.counted) <= set(stated.names)
        ):
            note = f"'{count.text}' does not fit the record's statement '{stated.source}'"
            return Comparison(name, claimed, stated.source, False, note)
    return Comparison(name, claimed, "", None, f"the record does not give the {role}")


def _its_round_figure(count: CountMention, stated: Quantity) -> bool:
    """Whether an exact claimed figure is the round one the statement gives "about" ("2.5
    million" of "about 2.5 million"): the middle of its range."""
    return (
        count.high == count.low
        and stated.high is not None
        and math.isclose(count.low, (stated.low + stated.high) / 2)
    )


def _as_vague(count: CountMention, stated: Quantity) -> bool:
    """Whether a claimed range holds a round figure's and is at most twice as wide."""
    if count.high is None:
        return False
    holds = count.low <= stated.low and stated.high <= count.high
    return holds and count.high - count.low <= 2 * (stated.high - stated.low)


def _compare_casualties(count: CountMention, record: Record, claimed: str) -> Comparison:
    deaths, injuries = (
        _column_figure(record, CountRole.DEATHS),
        _column_figure(record, CountRole.INJURIES),
    )
    if deaths is None or injuries is None:
        return Comparison(
            "count", claimed, "", None, "the record does not give both deaths and injuries"
        )
    total = (deaths[0] + injuries[0], deaths[1] + injuries[1])
    reference = f"{_format_figure(deaths)} dead, {_format_figure(injuries)} injured"
    if _in_range(count, total):
        return Comparison("count", claimed, reference, True, f"'{count.text}' fits {reference}")
    if _in_range(count, deaths):
        return Comparison(
            "injuries",
            claimed,
            reference,
            False,
            f"{_PARTLY}: '{count.text}' fits the deaths ({_format_figure(deaths)}) "
            f"but {_format_figure(injuries)} were injured",
        )
    return Comparison(
        "count", claimed, reference, False, f"'{count.text}' does not fit {reference}"
    )


def _column_figure(record: Record, role: CountRole) -> tuple[float, float] | None:
    """The record's figure of a role from its columns, as (lowest official figure, highest)."""
    return next(
        ((q.low, q.high) for q in record.quantities if q.from_column and q.role == role), None
    )


def _in_range(count: CountMention, figure: tuple[float, float]) -> bool:
    slack = rules.PERCENT_TOLERANCE if count.unit == "percent" else 0.0
    if count.high == count.low and not slack:
        # a figure is stated to its own decimals: "714 mph" is the record's 714.144
        places = _decimals(count.low)
        figure = (round(figure[0], places), round(figure[1], places))
    low = count.low - slack
    high = (count.high if count.high is not None else float("inf")) + slack
    return figure[1] >= low and figure[0] <= high


def _decimals(value: float) -> int:
    """How many decimals a stated figure has (9.58: 2; 714: 0)."""
    return 0 if float(value).is_integer() else len(repr(float(value)).partition(".")[2])


def _format_range(count: CountMention) -> str:
    if count.unit == "s" and count.high == count.low:
        return _format_figure((count.low, count.low), "s")
    # Percentages read "42.57%"; other units (a currency code, "percentage points") follow a space.
    unit = "%" if count.unit == "percent" else f" {count.unit}" if count.unit else ""
    if count.high is None:
        return f"{_format_number(count.low)}{unit} or more"
    if count.high == count.low:
        return f"{_format_number(count.low)}{unit}"
    return f"{_format_number(count.low)}-{_format_number(count.high)}{unit}"


def _format_figure(figure: tuple[float, float], unit: str = "") -> str:
    low, high = figure
    number = _format_seconds if unit == "s" else _format_number
    text = number(high) if low == high else f"{number(low)}-{number(high)}"
    # a column in basis points is shown in the claim's points: "0.75 percentage points", not "0.75"
    return f"{text} {unit}" if unit == "percentage points" else text


def _format_seconds(value: float) -> str:
    """A length of time as a race is timed: 7269 seconds is "2:01:09"."""
    minutes, seconds = divmod(value, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{_format_number(seconds).zfill(2)}"


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# -- places and actors ---------------------------------------------------------------------


def _names(*groups: tuple[str, ...] | list[str]) -> set[str]:
    return {_key(name) for group in groups for name in group if name}


def _key(name: str) -> str:
    """A name compared without case, punctuation or accents ("Londoño" is "Londono")."""
    return utils.default_process(without_accents(name))


def _compare_places(claim: Claim, record: Record) -> list[Comparison]:
    """Each place the claim states against the record's, by containment (``places``)."""
    places = "; ".join(record.places.names)
    out = []
    for entity in dict.fromkeys(e for e in claim.entities if is_place(e)):
        stated = entity.name or entity.text
        relation = relate_place(stated, record.places)
        if relation is PlaceRelation.UNKNOWN and (
            any(_named_in(form, _names(record.aliases)) for form in {stated, entity.text})
            or (entity.name is None and _grounded(stated, record))
        ):
            relation = PlaceRelation.SAME
        agrees = rules.PLACE_AGREEMENT[relation]
        note = rules.PLACE_NOTES[relation].format(place=stated, record=places or "nowhere")
        out.append(Comparison("location", stated, places, agrees, note))
    for entity in dict.fromkeys(claim.landmarks):
        stated = entity.name or entity.text
        relation = relate_landmark(stated, record.places)
        agrees = rules.PLACE_AGREEMENT[relation]
        note = rules.PLACE_NOTES[relation].format(place=stated, record=places or "nowhere")
        out.append(Comparison("location", f"near {stated}", places, agrees, note))
    return out


def _compare_sole_places(claim: Claim, record: Record) -> list[Comparison]:
    """A place the claim says the event was in alone ("struck only Tanzania") against each of
    the record's places: one in another country, region or city makes the claim partly right."""
    out = []
    for entity in claim.sole_places:
        stated = entity.name or entity.text
        elsewhere = [
            place
            for path in record.places.paths
            if relate_place(stated, RecordPlaces((path,))) in _ELSEWHERE
            for place in path[:1]
        ] + [
            country
            for country in record.places.countries
            if relate_place(stated, RecordPlaces((), (country,))) in _ELSEWHERE
        ]
        if elsewhere:
            note = f"{_PARTLY}: the record places it in {'; '.join(dict.fromkeys(elsewhere))} too"
            out.append(Comparison("location", f"only {stated}", stated, False, note))
    return out


_ELSEWHERE = frozenset(
    {PlaceRelation.OTHER_COUNTRY, PlaceRelation.OTHER_REGION, PlaceRelation.OTHER_CITY}
)


_WHO_DID_IT = "who did it: "


def _compare_perpetrators(claim: Claim, record: Record, reference: Reference) -> list[Comparison]:
    """Who the claim says did it ("claimed by the Taliban") against who the record says did
    (a perpetrator column, or an actor's role): another name contradicts the claim."""
    if not record.perpetrators:
        return []
    known = _names(record.perpetrators)
    out = []
    for agent in claim.agents:
        forms = _surface_forms(agent, reference)
        said = "; ".join(record.perpetrators)
        stated = agent.name or agent.text
        if any(_named_in(form, known) for form in forms):
            note = f"the record names {stated} as who did it"
            out.append(Comparison("actor", f"{_WHO_DID_IT}{stated}", said, True, note))
        else:
            note = f"the record says {said} did it, not {stated}"
            out.append(Comparison("actor", f"{_WHO_DID_IT}{stated}", said, False, note))
    return out


def _compare_actors(claim: Claim, record: Record, reference: Reference) -> list[Comparison]:
    # a state takes part through its organisations ("the Pentagon": United States Central Command)
    known = _names(record.actors, record.aliases, record.places.names, record.parties)
    actors = "; ".join(record.actors)
    out = []
    # who the claim says did it is compared with who the record says did (perpetrators)
    agents = set(claim.agents) if record.perpetrators else set()
    for entity in dict.fromkeys(e for e in claim.entities if is_actor(e) and e not in agents):
        stated = entity.name or entity.text
        # a name the record's sentence holds whole is in the record ("Kenya's Kelvin Kiptum");
        # a state by any name it goes by ("Britain's" for a record in the "UK")
        forms = _surface_forms(entity, reference) if entity.kind is EntityKind.STATE else set()
        # the name as the claim wrote it too: another row may give it to someone else ("PHI")
        if (
            _named_in(stated, known)
            or _named_in(entity.text, known)
            or _grounded(stated, record)
            or any(_named_in(form, known) for form in forms)
        ):
            out.append(
                Comparison("actor", stated, actors, True, f"{stated} is involved in the record")
            )
        elif entity.name is None and (owner := _owner(stated, record)):
            note = f"{stated} is {owner}'s, which the record names"
            out.append(Comparison("actor", stated, actors, True, note))
        elif record.actors and _names_another_doer(entity, claim, record):
            note = f"the record names {actors}, not {stated}"
            out.append(Comparison("actor", stated, actors, False, note))
        else:
            out.append(
                Comparison("actor", stated, actors, None, f"the record does not name {stated}")
            )
    return out


def _owner(stated: str, record: Record) -> str | None:
    """The record's actor an unknown name opens with: what follows is the actor's own (its
    craft, its plant): "Yeti Airlines Twin Otter", "Aeroflot Boeing" of Yeti Airlines,
    Aeroflot."""
    key = f"{_key(stated)} "
    return next(
        (a for a in record.actors if len(_key(a)) > 2 and key.startswith(f"{_key(a)} ")), None
    )


def _names_another_doer(entity: EntityMention, claim: Claim, record: Record) -> bool:
    """Whether the claim says someone the record does not name did its deed: the name does
    its verb or follows an agent's "by", and it is someone's. (Who underwent it is not asked:
    a record's actors are often only who did it, "Shinzo Abe was shot" against its attacker.)
    A name of
    the gazetteer's kinds is; an unknown one is when it is several plain words that are no
    place and hold none of the record's actors ("Matteo Renzi" is someone; "Boeing 737" and
    "Mimika Air Pilatus Porter", the record's Mimika Air and its craft, are not)."""
    subject = claim.subject
    does = subject is not None and subject.entity == entity and not subject.passive
    if not (does or entity in claim.agents):
        return False
    if entity.kind in _SOMEONE or place_kind(entity.text) == "country":
        return True
    stated = entity.name or entity.text
    words = stated.split()
    key = f" {_key(stated)} "
    return (
        entity.kind is EntityKind.UNKNOWN
        and len(words) > 1
        and all(word.isalpha() for word in words)
        and place_kind(stated) is None
        and not any(f" {_key(actor)} " in key for actor in record.actors)
    )


_SOMEONE = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.STATE})


# Roles that say little of what is counted: such figures compare with each other.
_WEAK_ROLES = frozenset({CountRole.PEOPLE, CountRole.OTHER})


def _compare_outcome(claim: Claim, record: Record) -> list[Comparison]:
    """Who won, who lost, how a vote went: confirmed only by the record's outcome column."""
    extra = {name.lower(): value for name, value in record.extra}
    wordings = dict(record.outcome_wordings)
    out = []
    for outcome in claim.outcomes:
        role, stated = outcome.role, outcome.stated
        if role in rules.VOTE_SIDES:
            out.extend(_compare_vote_side(role, stated, record))
            continue
        column = next((c for c in rules.OUTCOME_COLUMNS[role] if extra.get(c, "").strip()), None)
        winners = [c for c in rules.OUTCOME_COLUMNS["winner"] if extra.get(c, "").strip()]
        if column is None and role == "loser" and winners:
            # No loser column, but the claimed loser is the record's winner: plainly wrong.
            winner = extra[winners[0]]
            if _named_in(stated, _names(winner.split(";"))) or wordings[winners[0]].holds(stated):
                out.append(
                    Comparison(
                        "actor",
                        f"loser: {stated}",
                        f"{winners[0]}: {winner}",
                        False,
                        f"{stated} is the record's {winners[0]}, not the loser",
                    )
                )
                continue
        field = "count" if role == "tally" else "actor"
        # the name as the claim wrote it too ("Lula" for Luiz Inácio Lula da Silva)
        written = [e.text for e in claim.entities if (e.name or e.text) == stated]
        told = _outcome_in_statement([stated, *written], role, record) if column is None else None
        if told is not None:
            # no outcome column, but the record's own sentence says who beat whom
            note = (
                f"the record's statement has {stated} as the {role if told else _OTHER_SIDE[role]}"
            )
            out.append(Comparison(field, f"{role}: {stated}", record.statement, told, note))
            continue
        if column is None:
            out.append(
                Comparison(
                    field,
                    f"{role}: {stated}",
                    "",
                    None,
                    f"the record does not say who won or how the vote went ({role})",
                )
            )
            continue
        recorded = extra[column]
        agrees: bool | None
        if role == "tally":
            agrees = outcome.digits == dict(record.tallies)[column]
        elif role == "result":
            agrees = utils.default_process(stated) in utils.default_process(recorded) or None
        else:
            agrees = _named_in(stated, _names(recorded.split(";"))) or wordings[column].holds(
                stated
            )
        out.append(
            Comparison(
                field,
                f"{role}: {stated}",
                f"{column}: {recorded}",
                agrees,
                f"{stated} {'is' if agrees else 'is not'} the record's {column}",
            )
        )
    return out


_OTHER_SIDE = {"winner": "loser", "loser": "winner"}


def _compare_vote_side(role: str, stated: str, record: Record) -> list[Comparison]:
    """Which way a vote went ("voters approved the accord") against the record's share of the
    side for (``yes_pct``): approved when it is over half. A record without one says nothing."""
    shares = [
        q
        for q in record.quantities
        if q.from_column
        and q.unit == "percent"
        and set(q.names) & quantity_rules.SHARE_SIDES["for"]
    ]
    if len(shares) != 1:
        return []
    share = shares[0]
    went = "approved" if share.low > 50 else "rejected" if share.high < 50 else None
    if went is None:
        return []
    figure = _format_figure((share.low, share.high))
    note = f"the record's {share.source} of {figure} says it was {went}"
    return [Comparison("event", f"vote: {stated}", share.source, went == role, note)]


def _outcome_in_statement(names: list[str], role: str, record: Record) -> bool | None:
    """Whether the record's statement has the claimed winner (or loser), by any of its
    ``names``, on that side of a verb of winning or losing ("Lula defeated Bolsonaro"); None
    when it says neither."""
    if role not in _OTHER_SIDE:
        return None
    # "Jair Bolsonaro" is "Bolsonaro" in a second mention
    forms = [*names, *(name.split()[-1] for name in names if len(name.split()) > 1)]
    for verb in record.verbs:
        won = verb.word in rules.WINNING_VERBS
        if not won and verb.word not in rules.LOSING_VERBS:
            continue
        # "was defeated by Lula": its subject lost
        doer_won = won != verb.passive
        winners, losers = (
            (verb.agent_side, verb.patient_side)
            if doer_won
            else (verb.patient_side, verb.agent_side)
        )
        if any(winners.holds(form) for form in forms):
            return role == "winner"
        if any(losers.holds(form) for form in forms):
            return role == "loser"
    return None


def _compare_roles(claim: Claim, record: Record, reference: Reference) -> list[Comparison]:
    """The name a claim puts right before its verb must do (or undergo) it in the record too.

    "Gerald Ford resigned" against "Richard Nixon resigns, and Gerald Ford is sworn in": Ford is
    in the record, but not as the one who resigned. Checked only where the record's statement
    has a verb of the same kind; it can only withhold support, never give it.
    """
    subject = claim.subject
    if subject is None:
        return []
    if subject.event_type is not None:
        kind = subject.event_type
        related = [v for v in record.verbs if any(relate_event_types(k, kind) for k in v.kinds)]
    elif subject.stem is not None:
        # A verb the rules do not know ("walked on the Moon"): the record's words of its stem.
        forms = {subject.stem + ending for ending in _VERB_ENDINGS}
        related = [v for v in record.verbs if v.word in forms]
    else:
        return []
    if not related:
        return []
    entity, passive = subject.entity, subject.passive
    names = _surface_forms(entity, reference)
    # "a Yeti Airlines Twin Otter crashed": the record's Yeti Airlines stands for its craft
    owner = _owner(entity.text, record) if entity.name is None else None
    names = names | {owner} if owner else names
    # the record's actor the name is without its middle names ("Brice Oligui Nguema")
    names |= {a for a in record.actors if _named_in(entity.name or entity.text, {_key(a)})}
    role = "the one it happened to" if passive else "the one who did it"
    # who did the deed by the record's columns ("Salvador Ramos (shooter)") did it
    if not passive and _names(record.perpetrators) & _names(names):
        note = f"the record names {entity.name or entity.text} as {role}"
        return [Comparison("actor", f"{role}: {entity.name or entity.text}", "", True, note)]
    # Only verbs give roles: "the first summit", "a drone strike" name an event, not who did it.
    # Where the record's sentence has no such verb, the name must at least stand in it.
    verbs = [v for v in related if not v.determined]
    if not verbs:
        if any(record.wordings[0].holds(name) for name in names):
            return []
        verbs = related
    for verb in verbs:
        wanted: Wording
        if passive == verb.passive:
            wanted = verb.agent_side
        elif verb.passive and not verb.by_agent:
            # "Bush is sworn in" names one party, its subject: "Bush took the oath" is the same
            wanted = verb.agent_side
        else:
            wanted = verb.patient_side
        if any(wanted.holds(name) for name in names):
            return [
                Comparison(
                    "actor",
                    f"{role}: {entity.name or entity.text}",
                    record.statement,
                    True,
                    f"the record names {entity.name or entity.text} as {role}",
                )
            ]
    return [
        Comparison(
            "actor",
            f"{role}: {entity.name or entity.text}",
            record.statement,
            None,
            f"the record names {entity.name or entity.text}, but not as {role}",
        )
    ]


# The endings a verb's stem takes ("land": lands, landed, landing).
_VERB_ENDINGS = ("", "e", "es", "ed", "s", "ing")


def _surface_forms(entity: EntityMention, reference: Reference) -> set[str]:
    """The ways a record may write a name: as the claim did, canonically, and its aliases."""
    forms = {entity.text, entity.name or entity.text}
    if entity.name and entity.name in reference.gazetteer:
        forms.update(reference.gazetteer.entry(entity.name).aliases)
    # A person's surname alone ("Nixon resigns") stands for them; a state its short names and
    # its people's word ("a US drone strike", "Iranian missiles").
    if entity.kind is EntityKind.PERSON and entity.name:
        forms.add(entity.name.split()[-1])
    if entity.kind is EntityKind.STATE and entity.name:
        forms.update(entity_rules.STATE_ALIASES.get(entity.name, ()))
        forms.update(d for d, state in demonyms().items() if state == entity.name)
    return {form for form in forms if len(form) > 1}


def _compare_qualifiers(claim: Claim, record: Record, reference: Reference) -> list[Comparison]:
    """A claim dated by another event ("resigned after the 2016 general election") states that
    other event too; unless a length places it from a known date ("five days after the January 3
    strike") or from a record of that event ("ten days after the collapse"), or the record says
    the same ("a week after Lula's inauguration"), nothing here confirms it, so it cannot be
    supported."""
    if any(
        t.anchor == "event"
        and (t.first is not None or (t.anchor_phase and _anchor_record(t, record, reference)))
        for t in claim.times
    ):
        return []
    out = []
    for qualifier in claim.qualifiers:
        # the record holds the content words of the phrase (all, in any form of ending)
        if qualifier.stems and all(stem in record.stems for stem in qualifier.stems):
            note = f"the record too dates it '{qualifier.text}'"
            out.append(Comparison("event", qualifier.text, record.statement, True, note))
            continue
        note = f"the claim dates it '{qualifier.text}', another event this check does not place"
        out.append(Comparison("event", qualifier.text, "", None, note))
    return out


def _compare_attribute(claim: Claim, record: Record) -> list[Comparison]:
    """What a claim says its event or someone in it was ("the two killed were a father and son")
    is confirmed only by a record that holds its words; else nothing decides it."""
    attribute = claim.attribute
    if attribute is None or all(stem in record.cell_stems for stem in attribute.stems):
        return []
    note = f"the claim says it was '{attribute.text}'; the record does not say so"
    return [Comparison("event", attribute.text, "", None, note)]


def _compare_crafts(claim: Claim, record: Record) -> list[Comparison]:
    """A craft of another kind than any the record names ("a helicopter crashed" against a
    glider's accident) is another event's. Where either names none, nothing is compared."""
    if not claim.crafts or not record.crafts or set(claim.crafts) & set(record.crafts):
        return []
    claimed, kept = " or ".join(claim.crafts), " or ".join(record.crafts)
    note = f"the claim's craft is a {claimed}; the record's is a {kept}"
    return [Comparison("event", claimed, kept, False, note)]


def _compare_rate_moves(claim: Claim, record: Record) -> list[Comparison]:
    """A rate the claim says went one way ("cut interest rates") against a record that says it
    went the other ("raising its policy rate"). Where either says none, or both, nothing is
    compared."""
    if len(claim.rate_moves) != 1 or len(record.rate_moves) != 1:
        return []
    claimed, kept = claim.rate_moves[0], record.rate_moves[0]
    note = f"the claim says the rate went {claimed}; the record, {kept}"
    return [Comparison("event", f"rate {claimed}", f"rate {kept}", claimed == kept, note)]


def _compare_named_events(claim: Claim, record: Record) -> list[Comparison]:
    """An event named in the claim ("Flight MH370") must be the record's own event.

    Statements are the exception: what a speaker reacts to ("Abbas rejected the Trump plan")
    is another event, named as the object of theirs.
    """
    if claim.event_type in rules.REACTION_TYPES:
        return []
    known = _names(record.aliases, record.actors, [record.id])
    return [
        Comparison(
            "event",
            name,
            "; ".join(record.aliases),
            None,
            f"the claim names {name}, which is not record {record.id}'s event",
        )
        for name in claim.named_events
        if not _named_in(name, known)
        # a later phase's record names its event in its statement ("raised the Hurricane
        # Maria death toll")
        and not record.wordings[0].holds(name)
    ]


def _grounded(name: str, record: Record) -> bool:
    """Whether a name the gazetteer does not know stands whole in the record's own words
    (statement, actors, aliases, locations, country).

    Whole means not glued to a longer name: "Quds Force" stands in "kills Quds Force
    commander", but "Hezbollah" does not stand in "Kataib Hezbollah".
    """
    return any(wording.holds(name) for wording in record.wordings)


def _named_in(name: str, known: set[str]) -> bool:
    key = _key(name)
    if key in known:
        return True
    # a name without its middle names ("Brice Oligui Nguema" of "Brice Clotaire Oligui
    # Nguema"): its first and last words the other's, the rest in their order
    words = key.split()
    if len(words) >= 2 and any(_within(words, other.split()) for other in known):
        return True
    # Spelling variants of the same name (Suleimani / Soleimani); short names must match exactly.
    return len(key) > 5 and any(fuzz.ratio(key, other) >= 90 for other in known if len(other) > 5)


def _within(words: list[str], other: list[str]) -> bool:
    """Whether ``words`` are ``other`` with some middle words left out."""
    if len(other) <= len(words) or words[0] != other[0] or words[-1] != other[-1]:
        return False
    rest = iter(other[1:-1])
    return all(word in rest for word in words[1:-1])


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".") if text else ""
