"""Candidates step: the reference records a claim may speak of, found by blocking, scored with rapidfuzz.

The score says "is this the same event", not "is the claim true": a claim with a wrong date,
count, place or actor about a known event still finds that event's record, so the verdict can
say it is contradicted. Names carry the most weight, because a record shares its event type and
its dates with many other events; date closeness helps rank but is never required.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process, utils

from claimcheck.event_types import relate_to_kinds
from claimcheck.events import phase_words
from claimcheck.models import Candidate, Claim, EntityKind, EntityMention, is_place
from claimcheck.places import holds_place, place_kind
from claimcheck.reference import Reference, label_phases
from claimcheck.rules import claims as claim_rules
from claimcheck.rules import entities as entity_rules
from claimcheck.settings import Settings
from claimcheck.times import shift_date

__all__ = ["candidate_rows", "find_candidates"]

# How much each part of the score counts; a part the claim does not state (no date) drops out
# and the others are scaled up.
_WEIGHTS = {"entities": 0.35, "event_type": 0.2, "text": 0.25}
# Records scoring within this much of the best are taken for the same event (its phases, its
# revised tolls): among them the one whose date meets the claim's comes first.
_SAME_IDENTITY = 5.0
# An event-type part this high: the same kind of event or one of its family.
_SAME_FAMILY = 70.0
_SAME_WORDS = 30.0
# A state is named by many records, a person or an event by few: a state alone is weak evidence.
_KIND_WEIGHTS = {EntityKind.STATE: 0.35}
# An unlinked capitalised name in the claim may be a different actor: it counts a little against.
_UNKNOWN_WEIGHT = 0.3
# A claim naming only states can at best half-match a record on names.
_STATES_ONLY_CAP = 50.0
# Two different event types stated on both sides mean two different events: such a record can be
# suggested but never reach the match threshold, whatever else agrees.
_TYPE_CONFLICT_CAP = 65.0
# A text part this high says as much of the event as its kind does: with a date that meets
# the record's, the states a claim names count in full.
_PINNING_TEXT = 75.0
# An entities part this high means the claim names what the record names (not only states).
_NAMED_EVENT = 80.0
# How much the very day a claim states counts when it singles out one record (``_with_the_day``).
_DAY_WEIGHT = 0.25
# The event-type part of a kind either side does not state.
_UNSTATED = 50.0
# A name, a type or a word with more rows than this is searched only within the date window.
_BLOCK_ROWS = 1000
# A word in at most this many statements finds records even without a date.
_RARE_WORD_ROWS = 50
_RARE_WORDS_PER_CLAIM = 3
_WORD = re.compile(r"[^\W\d_]{3,}")
_LETTER = re.compile(r"[^\W\d_]")


def find_candidates(
    claim: Claim, reference: Reference, *, settings: Settings | None = None
) -> list[Candidate]:
    """The records a claim may speak of, best first, each with its score breakdown.

    Parameters
    ----------
    claim
        A claim with its slots: linked ``entities``, ``event_type``, ``times``, ``text``.
    reference
        The reference dataset to search.
    settings
        ``suggest_threshold`` drops weaker records, ``max_candidates`` keeps the best few,
        ``date_window_days`` widens the claim's dates when blocking, ``date_tolerance_days``
        lets any record's date agree a few days away.

    Returns
    -------
    list[Candidate]
        Sorted by score (0-100) descending, then record id. Each breakdown holds the parts
        ``("entities", x)``, ``("event_type", y)``, ``("date", z)`` (only when the claim states
        a date) and ``("text", w)``, each 0-100, and ``("margin", m)``: the lead of this
        record's score over the best other record's (negative when another scores higher).
        Near-ties are left to the verdict, which compares the tied records slot by slot.

    Notes
    -----
    The score is a weighted mean of what identifies an event (entities 0.35, event type 0.2,
    text 0.25; a part the claim does not state drops out). The date, a slot under test, is not
    part of it: it only orders the records of about the same identity (``_same_identity``).
    Caps keep different events from matching: names that are all states count at most 50 on
    the entities part; a record of a different event type than the claim's, or a claim that
    names nothing dated away from the record, scores at most 65.

    Examples
    --------
    >>> from claimcheck.reference import load_reference
    >>> from claimcheck.models import Claim, ClaimKind, EntityMention, EntityKind
    >>> text = "Qassem Soleimani was killed in a drone strike in Baghdad."
    >>> claim = Claim("c1", 0, 0, len(text), text, ClaimKind.EVENT, event_type="air_drone_strike",
    ...     entities=(EntityMention("Qassem Soleimani", 0, 16, "Qassem Soleimani",
    ...                             EntityKind.PERSON),))
    >>> find_candidates(claim, load_reference())[0].record_id
    'soleimani-strike-2020-01-03'
    """
    settings = settings or Settings()
    rows = _with_kin(candidate_rows(claim, reference, settings=settings), reference)
    if len(rows) == 0:
        return []
    parts = _score_parts(claim, reference, rows, settings)
    # The names identify the event, not one row of it: each record of an event (its phases,
    # its revised tolls) is named as well as the best named of them; then the kind of event,
    # the phase and the words tell the rows apart, and the date orders the closest. Which rows
    # are alike enough for the date to choose goes by each row's own names and kind (``alike``).
    # The phase a claim states is a kind of event too, and counts as such in the score.
    alike = {**parts}
    parts["entities"] = _kin_best(parts["entities"], rows, reference)
    parts["event_type"] = np.where(
        _of_the_phase(claim, reference, rows), 100.0, parts["event_type"]
    )
    spans = _claim_days(claim)
    meets = _date_meets(spans, reference, rows, settings) if spans else np.zeros(len(rows), bool)
    # When the names say which event it is, a kind of event that differs is a slot under test
    # (the verdict says the kind is wrong), not evidence that the claim speaks of another event.
    parts["event_type"] = np.where(
        _misdescribed(claim, reference, rows, parts["entities"], meets),
        np.maximum(parts["event_type"], _UNSTATED),
        parts["event_type"],
    )
    # What identifies the event makes the score; the date, a slot under test, does not: it only
    # orders records of about the same identity (the phases and revisions of one event).
    names = [name for name in parts if name in _WEIGHTS]
    # places that no record holds (a wrong province, "in the Swiss Alps") tell no record from
    # another: like no names, they drop out, and the kind and the words find the event; a
    # party no record holds ("North Korea fired missiles") says it is another event
    if not _names_anything(claim) or (
        not parts["entities"].any() and all(is_place(e) for e in _named(claim))
    ):
        # a claim that names nothing ("the still-standing part of the building was demolished")
        # is known by its kind of event, its phase and its words: no names is no evidence
        # against a record, so that part drops out as an unstated one does
        names.remove("entities")
    weights = np.array([_WEIGHTS[name] for name in names])
    matrix = np.vstack([parts[name] for name in names])
    totals = weights @ matrix / weights.sum()
    # A different kind of event is another event, unless the names say it is this one: then the
    # verdict says the kind is wrong ("a fire gutted" a tower that collapsed).
    conflict = (parts["event_type"] == 0.0) & (parts["entities"] < _NAMED_EVENT)
    totals = np.where(conflict, np.minimum(totals, _TYPE_CONFLICT_CAP), totals)
    if spans and not _names_anything(claim):
        # a claim that names nothing and is dated elsewhere may be of any other event of its
        # kind: with so little to know it by, its date must meet the record's to match
        totals = np.where(meets, totals, np.minimum(totals, _TYPE_CONFLICT_CAP))
    totals = _with_the_day(totals, weights.sum(), claim, reference, rows, parts, settings)
    margins = _margins(totals)
    same = _same_identity(totals, alike, settings, _kin_of_best(totals, rows, reference))
    labelled = _label_overlap(claim, reference, rows)
    order = sorted(
        (i for i in range(len(rows)) if totals[i] >= settings.suggest_threshold),
        key=lambda i: (
            not same[i],
            -labelled[i] if same[i] else 0,
            not (same[i] and meets[i]),
            -round(float(totals[i]), 6),
            reference.ids[rows[i]],
        ),
    )[: settings.max_candidates]
    return [
        Candidate(
            record_id=reference.ids[rows[i]],
            score=round(float(totals[i]), 2),
            breakdown=(
                *((name, round(float(parts[name][i]), 2)) for name in parts),
                ("margin", round(float(margins[i]), 2)),
            ),
        )
        for i in order
    ]


def candidate_rows(
    claim: Claim, reference: Reference, *, settings: Settings | None = None
) -> np.ndarray:
    """Row positions of the records worth scoring for a claim (blocking), sorted.

    A record is kept when it names one of the claim's linked entities, or shares its event
    type or a rare word within the claim's date window, or (for claims without a date) shares
    a rare word. Names and words found in very many records are only searched within the
    date window or together with another of the claim's names.

    >>> from claimcheck.reference import load_reference
    >>> from claimcheck.models import Claim, ClaimKind
    >>> text = "Trump withdrew from the Joint Comprehensive Plan of Action."
    >>> ref = load_reference()
    >>> [ref.ids[i] for i in candidate_rows(Claim("c1", 0, 0, len(text), text, ClaimKind.EVENT), ref)]
    ['us-jcpoa-withdrawal-2018-05-08']
    """
    settings = settings or Settings()
    window = _window(claim, settings.date_window_days)
    blocks: list[np.ndarray] = []
    named = [reference.rows_named(name) for name in _linked_names(claim)]
    for i, rows in enumerate(named):
        if len(rows) <= _BLOCK_ROWS:
            blocks.append(rows)
            continue
        if window is not None:
            blocks.append(_within(rows, window, reference))
        for other in named[i + 1 :]:
            both = rows[_member(rows, other)]
            if len(both) <= _BLOCK_ROWS:
                blocks.append(both)
    if claim.event_type and window is not None:
        blocks.extend(reference.rows_of_type_between(claim.event_type, *days) for days in window)
    for word in _rare_words(claim.text, reference):
        rows = reference.rows_with_word(word)
        if len(rows) <= _RARE_WORD_ROWS:
            blocks.append(rows)
        elif window is not None:
            blocks.append(_within(rows, window, reference))
    if not blocks:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate([b.astype(np.int64) for b in blocks]))


def _with_kin(rows: np.ndarray, reference: Reference) -> np.ndarray:
    """The rows (sorted, unique) and the other rows of their events (``Reference.kin``)."""
    kindred = rows[reference.has_kin(rows)]
    if len(kindred) == 0:
        return rows
    return np.union1d(rows, np.concatenate([reference.kin_at(row) for row in kindred.tolist()]))


def _kin_best(scores: np.ndarray, rows: np.ndarray, reference: Reference) -> np.ndarray:
    """Each row's score raised to the best of its event's rows among ``rows``."""
    best = scores.copy()
    kindred = np.flatnonzero(reference.has_kin(rows))
    if len(kindred) == 0:
        return best
    at = {row: k for k, row in enumerate(rows.tolist())}
    for k in kindred.tolist():
        others = [at[i] for i in reference.kin_at(int(rows[k])).tolist() if i in at]
        best[k] = max(scores[j] for j in others)
    return best


def _same_identity(
    totals: np.ndarray, parts: dict[str, np.ndarray], settings: Settings, kin: np.ndarray
) -> np.ndarray:
    """The records taken for the best one's event or its recurrences: they score about as well,
    or match as well on names and the kind of event, in about the same words or as rows of
    its event (a speaker's two speeches, a disaster's revised tolls). Among them the claim's
    date chooses; it never makes a record match."""
    best = int(np.argmax(totals))
    matches = totals >= settings.match_threshold
    close = totals >= totals[best] - _SAME_IDENTITY
    # told of in far other words, a record of the same names and kind is another event (two
    # firebombings in one town the same week, of an armory and of a court), unless the table
    # keeps it as a row of the same event
    alike = (
        (parts["entities"] >= parts["entities"][best])
        & (parts["event_type"] >= _SAME_FAMILY)
        & ((parts["text"] >= parts["text"][best] - _SAME_WORDS) | kin)
    )
    return matches & (close | alike)


def _with_the_day(
    totals: np.ndarray,
    weight: float,
    claim: Claim,
    reference: Reference,
    rows: np.ndarray,
    parts: dict[str, np.ndarray],
    settings: Settings,
) -> np.ndarray:
    """The scores with the claim's very day counted for the one record it singles out.

    A day that one record alone of those that may be the claim's event falls on says which
    event it is as a name does: a shooting "at a Walmart in El Paso on Saturday". A wrong day
    takes nothing from a record (the date is a slot under test), and a day that two records
    share, or a claim dated only to a month or a year, singles out none.
    """
    days = [(first, last) for first, last in _claim_days(claim) if first == last]
    if not days or (totals >= settings.match_threshold).any():
        return totals
    plausible = (totals >= settings.suggest_threshold) & (parts["event_type"] > 0.0)
    dated = _date_meets(days, reference, rows, settings) & plausible
    if dated.sum() != 1:
        return totals
    # the day must not choose among the phases of one event, nor among the events of one named
    # thing (a liner's naming and its maiden voyage): there the date is the slot under test
    at = int(np.flatnonzero(dated)[0])
    kin = _member(rows, reference.kin_at(int(rows[at])))
    named = parts["entities"]
    same_names = (named >= named[at]) if named[at] > 0 else np.zeros(len(rows), dtype=bool)
    if (plausible & (kin | same_names)).sum() > 1:
        return totals
    raised = (totals * weight + _DAY_WEIGHT * 100.0) / (weight + _DAY_WEIGHT)
    return np.where(dated, raised, totals)


def _kin_of_best(totals: np.ndarray, rows: np.ndarray, reference: Reference) -> np.ndarray:
    """Which rows are rows of the best-scoring row's event (``Reference.kin``)."""
    return _member(rows, reference.kin_at(int(rows[int(np.argmax(totals))])))


# --- blocking --------------------------------------------------------------------------------


def _names_anything(claim: Claim) -> bool:
    """Whether the claim or its article names someone, something or somewhere."""
    return bool(claim.entities or claim.context or claim.landmarks)


def _margins(totals: np.ndarray) -> np.ndarray:
    """Each score's lead over the best other record's (100 when there is no other)."""
    if len(totals) < 2:
        return np.full(len(totals), 100.0)
    top_two = np.sort(totals)[-2:]
    rival = np.where(totals >= top_two[1], top_two[0], top_two[1])
    return totals - rival


def _linked_names(claim: Claim) -> list[str]:
    return list(dict.fromkeys(e.name for e in _named(claim) if e.name))


def _misdescribed(
    claim: Claim,
    reference: Reference,
    rows: np.ndarray,
    entities: np.ndarray,
    meets: np.ndarray,
) -> np.ndarray:
    """Which rows the claim names as its event but describes as another kind of incident ("a
    bomb brought down" a bridge that collapsed, "a fire destroyed" a hotel an avalanche hit).

    Only incidents on both sides: a lawsuit "over the Morandi collapse" is another event. A
    claim that names only towns, regions and countries ("tornadoes in Kentucky") names the
    event with its day: many events happen in one place, few on one day there.
    """
    if claim.event_type not in claim_rules.INCIDENTS:
        return np.zeros(len(rows), dtype=bool)
    incidents = np.array(
        [not claim_rules.INCIDENTS.isdisjoint(kinds) for kinds in reference.event_kinds_at(rows)]
    )
    named = (entities >= _NAMED_EVENT) & incidents
    if not named.any():
        return named
    return named & (meets | _hold_a_name(claim, reference, rows))


def _hold_a_name(claim: Claim, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Which rows hold one of the names the claim states, other than a town, a region or a
    country (a volcano, a mine or a plant names its event; a state names many)."""
    held = np.zeros(len(rows), dtype=bool)
    for entity in claim.entities:
        if entity.kind is EntityKind.STATE or place_kind(entity.name or entity.text):
            continue
        if entity.name is not None:
            held |= _member(rows, reference.rows_named(entity.name))
        held |= _rows_with_words(entity.name or entity.text, reference, rows)
    return held


def _named(claim: Claim) -> tuple[EntityMention, ...]:
    """Every name that helps find the record: the stated ones, the article's context, and the
    landmarks the event happened near ("near Balasore")."""
    return (*claim.entities, *claim.context, *claim.landmarks)


def _claim_days(claim: Claim) -> list[tuple[date, date]]:
    # a date of another phase ("from last month's fire") is not the date of the claim's event
    return [
        (t.first, t.last)
        for t in claim.times
        if t.first is not None and t.last is not None and not t.of_another_phase
    ]


def _window(claim: Claim, days: int) -> list[tuple[int, int]] | None:
    """The claim's dates widened by ``days``, as day ordinals; ``None`` when it states none."""
    spans = _claim_days(claim)
    if not spans:
        return None
    # The window is a search range: at the ends of the calendar it stops there.
    return [
        (
            shift_date(first, -days, clamp=True).toordinal(),
            shift_date(last, days, clamp=True).toordinal(),
        )
        for first, last in spans
    ]


def _within(rows: np.ndarray, window: list[tuple[int, int]], reference: Reference) -> np.ndarray:
    """Those of these rows whose dates overlap the window (as ``Reference.rows_between``).

    Filtering a block's rows costs their number; listing every row of the window first cost
    hundreds of thousands of rows on a million for a claim of "the past twenty years".
    """
    firsts, lasts = reference.bounds_at(rows)
    keep = np.zeros(len(rows), dtype=bool)
    for lo, hi in window:
        keep |= (firsts <= hi) & (lasts >= lo)
    return rows[keep]


def _member(rows: np.ndarray, posting: np.ndarray) -> np.ndarray:
    """Which of these rows are in a posting (row positions, sorted): a binary search per row,
    where ``np.isin`` would sort the posting, tens of thousands of rows for a country."""
    if len(posting) == 0:
        return np.zeros(len(rows), dtype=bool)
    at = np.minimum(np.searchsorted(posting, rows), len(posting) - 1)
    return posting[at] == rows


def _rare_words(text: str, reference: Reference) -> list[str]:
    """The claim's rarest words that some statements hold (never function words)."""
    words = {w for w in _WORD.findall(text.casefold()) if w not in entity_rules.NOT_NAME_WORDS}
    counted = sorted((reference.word_rows(w), w) for w in words if reference.word_rows(w) > 0)
    return [w for rows, w in counted[:_RARE_WORDS_PER_CLAIM] if rows <= _BLOCK_ROWS]


# --- scoring ---------------------------------------------------------------------------------


def _score_parts(
    claim: Claim, reference: Reference, rows: np.ndarray, settings: Settings
) -> dict[str, np.ndarray]:
    event_type = _event_type_scores(claim, reference, rows)
    spans = _claim_days(claim)
    dates = _date_scores(spans, reference, rows, settings) if spans else None
    # The kind of event and its very day, stated to the day, pin an event down as a name does:
    # then the states a claim names count in full ("Iran held elections on February 21").
    # So does the kind of event (or its family) with a date that meets it, stated to the month
    # or finer ("the earthquakes that struck Turkey last February").
    text = _text_scores(claim.text, reference, rows)
    pinned = (
        ((event_type >= _SAME_FAMILY) | (text >= _PINNING_TEXT)) & (dates == 100.0)
        if dates is not None
        else None
    )
    if pinned is not None and not any((last - first).days <= 31 for first, last in spans):
        pinned = None
    parts = {
        "entities": _entity_scores(claim, reference, rows, pinned=pinned),
        "event_type": event_type,
    }
    if dates is not None:
        parts["date"] = dates
    parts["text"] = text
    return parts


def _entity_scores(
    claim: Claim, reference: Reference, rows: np.ndarray, *, pinned: np.ndarray | None = None
) -> np.ndarray:
    """How much of what the claim names the record names too, strong names weighing more.

    ``pinned`` rows (same kind of event, same day) are not held to the states-only cap.
    """
    matched = np.zeros(len(rows))
    unmatched = np.zeros(len(rows))
    strong = np.zeros(len(rows), dtype=bool) if pinned is None else pinned.copy()
    kinds = {e.name: e.kind for e in _named(claim) if e.name}
    stated = {e.name for e in claim.entities if e.name}
    for name in _linked_names(claim):
        weight = _KIND_WEIGHTS.get(kinds[name], 1.0)
        hit = _member(rows, reference.rows_named(name))
        if kinds[name] is not EntityKind.STATE:
            # a record names what its statement names: a later phase its event ("raised the
            # official Hurricane Maria death toll"), an inquiry its site ("the Grenfell Tower
            # Inquiry published its final report"), not always among its aliases
            hit |= _rows_with_words(name, reference, rows)
        matched += np.where(hit, weight, 0.0)
        # What the article is about may help find a record, never count against one.
        if name in stated:
            unmatched += np.where(hit, 0.0, weight)
        if kinds[name] is not EntityKind.STATE:
            strong |= hit
    # A name no gazetteer entry holds whole may still stand in a record's statement ("the
    # Morandi viaduct"): it counts for the records that have every word of it.
    for entity in claim.entities:
        # who the claim says did it is a slot under test, not what identifies the event
        if entity.name is not None or entity in claim.agents:
            continue
        hit = _rows_with_words(entity.text, reference, rows)
        if entity.kind is EntityKind.PLACE:
            # a place no record names as written ("Buffalo, N.Y.") may still be one of its
            # places, or hold them
            hit |= _rows_placing(entity.text, reference, rows)
        matched += np.where(hit, 1.0, 0.0)
        unmatched += np.where(hit, 0.0, _UNKNOWN_WEIGHT)
        strong |= hit
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = np.where(matched > 0, 100.0 * matched / (matched + 0.5 * unmatched), 0.0)
    # A record that lacks an event the claim names ("the Iran nuclear deal") is another event.
    for name in stated:
        if kinds[name] is EntityKind.EVENT:
            strong &= _member(rows, reference.rows_named(name)) | _rows_with_words(
                name, reference, rows
            )
    return np.where(strong, scores, np.minimum(scores, _STATES_ONLY_CAP))


def _rows_placing(place: str, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Which of these rows' records place their event in (or at) a place."""
    places = reference.places_at(rows)
    related = {p: _places_in(place, p) for p in set(places)}
    return np.array([related[p] for p in places], dtype=bool)


# A claim's unknown place is met again by claim after claim of its article, against the same
# records' places: each pair is related once.
_places_in = functools.lru_cache(maxsize=1 << 16)(holds_place)


def _rows_with_words(name: str, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Which of these rows' statements hold the name as written, capitals and all (a word that
    only opens the claim's sentence, "Parliamentary elections...", is no name there)."""
    words = [w for w in _WORD.findall(name.casefold()) if w not in entity_rules.NOT_NAME_WORDS]
    hit = np.ones(len(rows), dtype=bool) if words else np.zeros(len(rows), dtype=bool)
    for word in words:
        hit &= _member(rows, reference.rows_with_word(word))
    if hit.any():
        statements = reference.statements_at(rows[hit])
        hit[hit] = [_holds_name(statement, name.strip()) for statement in statements]
    return hit


def _holds_name(statement: str, name: str) -> bool:
    r"""Whether the name stands in the statement as written, no word character on either side
    (as ``(?<!\w)name(?!\w)``, without compiling a pattern for every name: a million rows
    have a million names, and compiling one cost more than searching the few statements)."""
    at = statement.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _is_word_character(statement[at - 1])) and (
            end == len(statement) or not _is_word_character(statement[end])
        ):
            return True
        at = statement.find(name, at + 1)
    return False


def _is_word_character(character: str) -> bool:
    # what ``\w`` matches in a str pattern: str.isalnum(), and the underscore
    return character.isalnum() or character == "_"


def _event_type_scores(claim: Claim, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Same type 100 (among the kinds the record's label names); a type whose family covers
    one of them ("killing" of a drone strike) 70; only different known types 0 (and the total
    is capped, see ``_TYPE_CONFLICT_CAP``); a type either side does not state, or that the
    rules do not know, 50."""
    stated = claim.event_type
    kinds = reference.event_kinds_at(rows)
    # a reference has few kinds of event: each is related to the claim's once
    score_of = {}
    for held in set(kinds):
        related = relate_to_kinds(stated, held) if stated else None
        if related is None:
            score_of[held] = 50.0
        elif related:
            score_of[held] = 100.0 if stated in held else 70.0
        else:
            score_of[held] = 0.0
    return np.array([score_of[held] for held in kinds])


def _of_the_phase(claim: Claim, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Which rows are of the phase the claim states ("found the wreckage": the row of the
    wreckage found), whatever the rules call the kind of either (``Record.phases``)."""
    if claim.phase is None:
        return np.zeros(len(rows), dtype=bool)
    # a label that names phases gives them all (read at load); a row whose label names none
    # takes the first its statement states, and only a statement holding the phase's words can
    # state it
    of_label = reference.label_phases_at(rows)
    of_phase = np.array([claim.phase in phases for phases in of_label], dtype=bool)
    unnamed = [k for k, phases in enumerate(of_label) if not phases]
    if unnamed:
        words = phase_words(claim.phase)
        labels = reference.labels_at(rows[unnamed])
        statements = reference.statements_at(rows[unnamed])
        for k, label, statement in zip(unnamed, labels, statements, strict=True):
            if words.search(statement):
                of_phase[k] = claim.phase in label_phases(label, statement)
    return of_phase


def _date_scores(
    spans: list[tuple[date, date]], reference: Reference, rows: np.ndarray, settings: Settings
) -> np.ndarray:
    """100 when a claimed date meets the record's (with tolerance), falling to 0 two windows away.

    A date stated to the year (by the claim or the record) says less than a day, so meeting
    it counts less.
    """
    firsts, lasts = reference.spans_at(rows)
    firsts, lasts = firsts - settings.date_tolerance_days, lasts + settings.date_tolerance_days
    reach = 2 * settings.date_window_days + 1
    best = np.zeros(len(rows))
    for first, last in spans:
        lo, hi = first.toordinal(), last.toordinal()
        gap = np.maximum(0, np.maximum(firsts - hi, lo - lasts))
        # the coarser of the two dates says how much meeting means: a day within a year is weak
        width = np.maximum(hi - lo + 1, lasts - firsts + 1)
        top = np.where(width <= 31, 100.0, np.where(width <= 366, 80.0, 60.0))
        best = np.maximum(best, top * np.clip(1.0 - gap / reach, 0.0, 1.0))
    return best


def _label_overlap(claim: Claim, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """How many of the claim's words stand in each record's own ``event_type`` label: what the
    table says the row is ("pandemic characterisation", "emergency declaration") tells records
    of one actor and kind apart before the date does."""
    words = _content_words(claim.text)
    labels = reference.labels_at(rows)
    # a reference has few distinct labels: each is read once, not once per row
    overlap = {label: len(words & _content_words(label)) for label in set(labels)}
    return np.array([overlap[label] for label in labels])


def _date_meets(
    spans: list[tuple[date, date]], reference: Reference, rows: np.ndarray, settings: Settings
) -> np.ndarray:
    """Whether a claimed date meets the record's (with tolerance)."""
    firsts, lasts = reference.spans_at(rows)
    firsts, lasts = firsts - settings.date_tolerance_days, lasts + settings.date_tolerance_days
    meets = np.zeros(len(rows), dtype=bool)
    for first, last in spans:
        meets |= (firsts <= last.toordinal()) & (lasts >= first.toordinal())
    return meets


def _text_scores(text: str, reference: Reference, rows: np.ndarray) -> np.ndarray:
    """Half ``token_set_ratio``, half the share of the claim's word weight (rare words weigh
    more) that the statement holds: words alone look alike across events, rare words do not."""
    statements = reference.statements_at(rows)
    fuzzy = process.cdist(
        [text], statements, scorer=fuzz.token_set_ratio, processor=utils.default_process
    )[0].astype(float)
    weights = {w: _idf(reference, w) for w in _content_words(text)}
    weights = {w: x for w, x in weights.items() if x > 0}
    total = sum(weights.values())
    if not total:
        return fuzzy
    held = _statements_holding(weights, reference, rows, statements)
    # summed word by word in the weights' order, as a sum over each statement's words would be
    shared = np.zeros(len(rows))
    for word, weight in weights.items():
        shared += np.where(held[word], weight, 0.0)
    return 0.5 * fuzzy + 50.0 * shared / total


def _statements_holding(
    words: Iterable[str], reference: Reference, rows: np.ndarray, statements: list[str]
) -> dict[str, np.ndarray]:
    """For each word, which of these rows' statements hold it as one of their words.

    A word rare enough to have postings is looked up in them; the common ones are found by
    patterns run over the statements, not by reading every statement's words in Python.
    """
    held = {}
    common = []
    for word in words:
        posting = reference.rows_with_word(word)
        if len(posting):
            held[word] = _member(rows, posting)
        else:
            held[word] = np.zeros(len(rows), dtype=bool)
            common.append(word)
    if common and "".join(statements).isascii():
        # In ASCII text a letter is a-z once lower-cased (as casefold() does it there): Arrow's
        # regex engine (RE2) then tests each word on every statement at once, in C.
        lowered = pc.ascii_lower(pa.array(statements, type=pa.large_string()))
        for word in common:
            found = pc.match_substring_regex(lowered, rf"(?:^|[^a-z]){word}(?:[^a-z]|$)")
            held[word] = found.to_numpy(zero_copy_only=False)
    elif common:
        folded = [statement.casefold() for statement in statements]
        starts = np.cumsum([0, *(len(statement) + 1 for statement in folded)])
        joined = "\n".join(folded)
        alternatives = "|".join(map(re.escape, sorted(common, key=len, reverse=True)))
        # The letter before a word is tested on each match, not by a lookbehind at every
        # position: a pattern that opens with its words lets the regex engine skip ahead to
        # their first letters. A match inside a longer word is dropped; being all letters, it
        # cannot hide a match that starts after a non-letter.
        pattern = re.compile(rf"(?:{alternatives})(?![^\W\d_])")
        found: dict[str, list[int]] = {word: [] for word in common}
        for match in pattern.finditer(joined):
            at = match.start()
            if at == 0 or _LETTER.match(joined, at - 1) is None:
                found[match.group()].append(at)
        for word, at in found.items():
            held[word][np.searchsorted(starts, at, side="right") - 1] = True
    return held


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in entity_rules.NOT_NAME_WORDS}


def _idf(reference: Reference, word: str) -> float:
    """Inverse document frequency of a word among the statements; 0 when no statement has it."""
    rows = reference.word_rows(word)
    return math.log((reference.rows + 1) / (rows + 0.5)) if rows else 0.0
