"""decide_verdict: slot-by-slot comparison with the best record, failing closed."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claimcheck import check
from claimcheck.models import (
    Anchor,
    Candidate,
    Claim,
    ClaimKind,
    CountMention,
    CountRole,
    EntityKind,
    EntityMention,
    Label,
    Precision,
    TimeMention,
    TimeType,
)
from claimcheck.reference import load_reference
from claimcheck.settings import Settings
from claimcheck.verdicts import decide_verdict

DATA = Path(__file__).parent / "data"

# fmt: off
RECORDS = pd.DataFrame(
    [
        # id, statement, date, type, location, country, actors, aliases, deaths, injuries, extras
        ["strike", "A drone strike kills General Karimi near Baghdad airport.", "2020-01-03",
         "air_drone_strike", "Baghdad", "Iraq", "General Karimi;United States", "Karimy", "10", "", "7", ""],
        ["attack", "Missiles hit Camp Delta; no one is killed, 110 are injured.", "2020-01-08",
         "missile_attack", "Camp Delta;Anbar", "Iraq", "Iran;United States", "", "0", "110", "", ""],
        ["vote", "Ruritania holds a general election; turnout 42.57%.", "2020-02-21",
         "election", "Ruritania", "Ruritania", "Ruritania", "", "", "", "", "42.57"],
        ["deal", "Ruritania leaves the trade pact.", "2018", "policy_announcement", "Strelsau",
         "Ruritania", "Ruritania;King Rudolf", "", "", "", "", ""],
        ["sanction", "Sanctions on Ruritania take effect.", "2018-08-07", "sanctions", "",
         "Ruritania", "Ruritania;Elphberg League", "", "", "", "", ""],
        ["tehran-talks", "Talks are held in Tehran.", "2019-05-01", "agreement", "Tehran", "Iran",
         "Iran", "", "", "", "", ""],
        ["quake", "A magnitude 7.8 earthquake strikes Zenda, killing nearly 9,000 people.",
         "2015-04-25", "earthquake", "Zenda", "Ruritania", "Ruritania", "", "", "", "", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases",
             "deaths", "injuries", "deaths_low", "turnout_percent"],
)
RECORDS["date_tolerance_days"] = ["0", "0", "0", "0", "1", "0", "0"]
RECORDS["other_dates"] = ["2020-01-02", "", "", "", "", "", ""]
# fmt: on


@pytest.fixture(scope="module")
def ref():
    return load_reference(RECORDS, name="test records")


def day(
    text: str, value: str, first: str, last: str | None = None, precision=Precision.DAY, mod=None
):
    return TimeMention(
        text,
        0,
        len(text),
        TimeType.DATE,
        value,
        precision,
        date.fromisoformat(first),
        date.fromisoformat(last or first),
        Anchor.NONE,
        mod=mod,
    )


def count(text, role, low, high, unit=""):
    return CountMention(text, 0, len(text), role, low, high, unit)


def entity(text, name, kind, *, demonym=False):
    return EntityMention(text, 0, len(text), name, kind, 100.0, demonym)


def claim(
    event_type="air_drone_strike",
    *,
    times=(),
    counts=(),
    entities=(),
    negated=False,
    checkworthy=True,
    named_events=(),
):
    return Claim(
        "c1",
        0,
        0,
        1,
        "x",
        ClaimKind.EVENT,
        event_type,
        checkworthy,
        "",
        tuple(times),
        tuple(counts),
        tuple(entities),
        negated=negated,
        named_events=tuple(named_events),
    )


KARIMI = entity("Karimi", "General Karimi", EntityKind.PERSON)


def verdict_for(the_claim, ref, record="strike", score=90.0, settings=None):
    return decide_verdict(the_claim, [Candidate(record, score)], ref, settings=settings)


@pytest.mark.parametrize(
    ("time", "agrees"),
    [
        # a date agrees at the claim's own precision
        (day("January 3", "2020-01-03", "2020-01-03"), True),
        (day("January 2020", "2020-01", "2020-01-01", "2020-01-31", Precision.MONTH), True),
        (day("2020", "2020", "2020-01-01", "2020-12-31", Precision.YEAR), True),
        (day("last week", "2019-W52", "2019-12-30", "2020-01-05", Precision.WEEK), True),
        # and disagrees outside it
        (day("January 4", "2020-01-04", "2020-01-04"), False),
        (day("2019", "2019", "2019-01-01", "2019-12-31", Precision.YEAR), False),
        (day("February 2020", "2020-02", "2020-02-01", "2020-02-29", Precision.MONTH), False),
    ],
)
def test_verdicts_date_at_the_claims_precision(time, agrees, ref):
    verdict = verdict_for(claim(times=[time], entities=[KARIMI]), ref)
    assert [c.agrees for c in verdict.comparisons if c.field == "date"] == [agrees]
    assert verdict.label is (Label.SUPPORTED if agrees else Label.CONTRADICTED)


@pytest.mark.parametrize(
    ("time", "label"),
    [
        # the record is dated to the year only: a day cannot be confirmed, a year can
        (day("May 8", "2018-05-08", "2018-05-08"), Label.UNVERIFIABLE),
        (day("2018", "2018", "2018-01-01", "2018-12-31", Precision.YEAR), Label.SUPPORTED),
        (day("2017", "2017", "2017-01-01", "2017-12-31", Precision.YEAR), Label.CONTRADICTED),
    ],
)
def test_verdicts_record_coarser_than_the_claim_cannot_confirm_it(time, label, ref):
    the_claim = claim(
        "policy_announcement",
        times=[time],
        entities=[entity("King Rudolf", "King Rudolf", EntityKind.PERSON)],
    )
    assert verdict_for(the_claim, ref, "deal").label is label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("August 6", Label.SUPPORTED),
        ("August 8", Label.SUPPORTED),
        ("August 9", Label.CONTRADICTED),
    ],
)
def test_verdicts_record_tolerance_allows_days_where_sources_disagree(text, label, ref):
    value = {"August 6": "2018-08-06", "August 8": "2018-08-08", "August 9": "2018-08-09"}[text]
    the_claim = claim(
        "sanctions",
        times=[day(text, value, value)],
        entities=[entity("Elphberg League", "Elphberg League", EntityKind.ORGANISATION)],
    )
    assert verdict_for(the_claim, ref, "sanction").label is label


@pytest.mark.parametrize("tolerance", [1])
def test_verdicts_settings_tolerance_applies_to_every_record(tolerance, ref):
    the_claim = claim(times=[day("January 4", "2020-01-04", "2020-01-04")], entities=[KARIMI])
    assert verdict_for(the_claim, ref).label is Label.CONTRADICTED
    relaxed = Settings(date_tolerance_days=tolerance)
    assert verdict_for(the_claim, ref, settings=relaxed).label is Label.SUPPORTED


@pytest.mark.parametrize(
    ("stated", "record", "label", "field"),
    [
        # deaths and injuries apart; ranges agree by overlap
        (count("no one was killed", CountRole.DEATHS, 0, 0), "attack", Label.SUPPORTED, "deaths"),
        (count("80 killed", CountRole.DEATHS, 80, 80), "attack", Label.CONTRADICTED, "deaths"),
        (count("110 killed", CountRole.DEATHS, 110, 110), "attack", Label.CONTRADICTED, "deaths"),
        (
            count("more than a hundred injured", CountRole.INJURIES, 101, None),
            "attack",
            Label.SUPPORTED,
            "injuries",
        ),
        (
            count("300 injured", CountRole.INJURIES, 300, 300),
            "attack",
            Label.CONTRADICTED,
            "injuries",
        ),
        # "no casualties" where no one died but 110 were hurt: partly right
        (
            count("no casualties", CountRole.CASUALTIES, 0, 0),
            "attack",
            Label.MISLEADING,
            "injuries",
        ),
        (
            count("110 casualties", CountRole.CASUALTIES, 110, 110),
            "attack",
            Label.SUPPORTED,
            "count",
        ),
        # several official tolls (7 to 10): any of them agrees
        (count("seven dead", CountRole.DEATHS, 7, 7), "strike", Label.SUPPORTED, "deaths"),
        (count("10 dead", CountRole.DEATHS, 10, 10), "strike", Label.SUPPORTED, "deaths"),
        (count("25 dead", CountRole.DEATHS, 25, 25), "strike", Label.CONTRADICTED, "deaths"),
        # a figure the record does not give cannot be confirmed
        (count("5 injured", CountRole.INJURIES, 5, 5), "strike", Label.UNVERIFIABLE, "injuries"),
    ],
)
def test_verdicts_counts_as_ranges(stated, record, label, field, ref):
    event_type = "air_drone_strike" if record == "strike" else "missile_attack"
    who = KARIMI if record == "strike" else entity("Camp Delta", "Camp Delta", EntityKind.PLACE)
    verdict = verdict_for(claim(event_type, counts=[stated], entities=[who]), ref, record)
    assert verdict.label is label, verdict.explanation
    assert field in {c.field for c in verdict.comparisons}


@pytest.mark.parametrize(
    ("stated", "label"),
    [
        (count("42.57%", CountRole.TURNOUT, 42.57, 42.57, "percent"), Label.SUPPORTED),
        (count("43 percent", CountRole.TURNOUT, 43, 43, "percent"), Label.SUPPORTED),
        (count("62 percent", CountRole.TURNOUT, 62, 62, "percent"), Label.CONTRADICTED),
        (count("290 seats", CountRole.SEATS, 290, 290), Label.UNVERIFIABLE),
    ],
)
def test_verdicts_other_counts_against_extra_columns(stated, label, ref):
    the_claim = claim(
        "election", counts=[stated], times=[day("February 21", "2020-02-21", "2020-02-21")]
    )
    assert verdict_for(the_claim, ref, "vote").label is label


@pytest.mark.parametrize(
    ("place", "label"),
    [
        (entity("Baghdad", "Baghdad", EntityKind.PLACE), Label.SUPPORTED),
        # a known place in another country contradicts
        (entity("Tehran", "Tehran", EntityKind.PLACE), Label.CONTRADICTED),
        # a place no record names, that the world gazetteer puts in another country, contradicts
        (entity("Damascus", None, EntityKind.PLACE), Label.CONTRADICTED),
        # a place nobody knows cannot be confirmed: never ignored
        (entity("Camp Zorgvlied", None, EntityKind.PLACE), Label.UNVERIFIABLE),
    ],
)
def test_verdicts_places(place, label, ref):
    the_claim = claim(
        times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI, place]
    )
    assert verdict_for(the_claim, ref).label is label


@pytest.mark.parametrize(
    ("actor", "label"),
    [
        (entity("the US", "United States", EntityKind.STATE), Label.SUPPORTED),
        (entity("Karimy", "General Karimi", EntityKind.PERSON), Label.SUPPORTED),
        # an actor the record does not name: not confirmed
        (entity("Israel", "Israel", EntityKind.STATE), Label.UNVERIFIABLE),
        (entity("Hezbollah", None, EntityKind.UNKNOWN), Label.UNVERIFIABLE),
        # a demonym says who someone is, not who acted
        (entity("Iranian", "Iran", EntityKind.STATE, demonym=True), Label.SUPPORTED),
    ],
)
def test_verdicts_actors(actor, label, ref):
    the_claim = claim(
        times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI, actor]
    )
    assert verdict_for(the_claim, ref).label is label


@pytest.mark.parametrize("score", [40.0, 60.0])
def test_verdicts_weak_candidates_leave_the_claim_unverifiable(score, ref):
    the_claim = claim(times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI])
    verdict = verdict_for(the_claim, ref, score=score)
    assert verdict.label is Label.UNVERIFIABLE and verdict.record_id is None
    assert [c.record_id for c in verdict.candidates] == (["strike"] if score >= 50 else [])


@pytest.mark.parametrize("candidates", [[]])
def test_verdicts_no_candidate_is_unverifiable_never_supported(candidates, ref):
    verdict = decide_verdict(claim(entities=[KARIMI]), candidates, ref)
    assert verdict.label is Label.UNVERIFIABLE and "No record" in verdict.explanation


@pytest.mark.parametrize("reason", ["a prediction or intention about the future"])
def test_verdicts_not_checkable_claims_keep_their_reason(reason, ref):
    the_claim = Claim("c1", 0, 0, 1, "x", ClaimKind.PREDICTION, checkworthy=False, reason=reason)
    verdict = decide_verdict(the_claim, [], ref)
    assert (
        verdict.label is Label.NOT_CHECKABLE and reason[:10].lower() in verdict.explanation.lower()
    )


@pytest.mark.parametrize("negated", [True])
def test_verdicts_a_denied_event_that_happened_is_contradicted(negated, ref):
    the_claim = claim(
        times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI], negated=negated
    )
    assert verdict_for(the_claim, ref).label is Label.CONTRADICTED


@pytest.mark.parametrize(
    ("time", "label"),
    [
        # only the kind of event and the country in common, dated far off: maybe another election
        (day("June 18, 2021", "2021-06-18", "2021-06-18"), Label.UNVERIFIABLE),
        # a week off: the same election misdated
        (day("February 28", "2020-02-28", "2020-02-28"), Label.CONTRADICTED),
    ],
)
def test_verdicts_contradiction_needs_the_same_event(time, label, ref):
    the_claim = claim(
        "election", times=[time], entities=[entity("Ruritania", "Ruritania", EntityKind.STATE)]
    )
    verdict = verdict_for(the_claim, ref, "vote")
    assert verdict.label is label
    if label is Label.UNVERIFIABLE:
        # the explanation gives the reason that held: nothing shared, dated far
        assert "shares no name or place with it and is dated far" in verdict.explanation


@pytest.mark.parametrize("claimed", ["missile_attack"])
def test_verdicts_another_kind_of_event_contradicts(claimed, ref):
    the_claim = claim(
        claimed, times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI]
    )
    verdict = verdict_for(the_claim, ref)
    assert verdict.label is Label.CONTRADICTED
    assert [c.field for c in verdict.comparisons if c.agrees is False] == ["event_type"]


@pytest.mark.parametrize(
    "unresolved",
    [
        TimeMention(
            "last month", 0, 10, TimeType.DATE, "XXXX-XX", Precision.MONTH, anchor=Anchor.PUBLISHED
        )
    ],
)
def test_verdicts_unresolved_date_cannot_be_confirmed(unresolved, ref):
    verdict = verdict_for(claim(times=[unresolved], entities=[KARIMI]), ref)
    assert verdict.label is Label.UNVERIFIABLE and "publication date" in verdict.explanation


@pytest.mark.parametrize(
    "fields", [("record_id", "source", "comparisons", "explanation", "candidates")]
)
def test_verdicts_carry_their_evidence(fields, ref):
    verdict = verdict_for(
        claim(times=[day("January 3", "2020-01-03", "2020-01-03")], entities=[KARIMI]), ref
    )
    assert all(getattr(verdict, name) for name in fields if name != "source")
    assert verdict.explanation.endswith(".")


ELECTIONS = pd.DataFrame(
    [
        [
            "vote-2017",
            "Alice Arden defeats Bob Brandt in the presidential election.",
            "2017-05-07",
            "election",
            "Ruritania",
            "Alice Arden;Bob Brandt",
            "Alice Arden",
            "",
        ],
        [
            "poll-2016",
            "Ruritania votes in a referendum to leave the League.",
            "2016-06-23",
            "referendum",
            "Ruritania",
            "Ruritania;League",
            "",
            "to leave the League",
        ],
        [
            "vote-2012",
            "Ruritania holds a presidential election.",
            "2012-05-06",
            "election",
            "Ruritania",
            "Carl Crane;Dora Dunn",
            "",
            "",
        ],
    ],
    columns=["id", "statement", "date", "event_type", "country", "actors", "winner", "result"],
)


@pytest.fixture(scope="module")
def elections():
    return load_reference(ELECTIONS, name="elections")


@pytest.mark.parametrize(
    ("text", "record", "label"),
    [
        # both candidates are in the record whoever won: only the winner column decides
        ("Alice Arden won the presidential election on May 7, 2017.", "vote-2017", Label.SUPPORTED),
        (
            "Bob Brandt defeated Alice Arden in the presidential election on May 7, 2017.",
            "vote-2017",
            Label.CONTRADICTED,
        ),
        (
            "Alice Arden lost the presidential election on May 7, 2017.",
            "vote-2017",
            Label.CONTRADICTED,
        ),
        # without a winner column, who won cannot be confirmed
        (
            "Carl Crane won the presidential election on May 6, 2012.",
            "vote-2012",
            Label.UNVERIFIABLE,
        ),
        # how a vote went, against the result column
        (
            "Ruritania voted to leave the League in a referendum on June 23, 2016.",
            "poll-2016",
            Label.SUPPORTED,
        ),
        (
            "Ruritania voted to stay in the League in a referendum on June 23, 2016.",
            "poll-2016",
            Label.UNVERIFIABLE,
        ),
    ],
)
def test_verdicts_outcomes_need_the_records_outcome(text, record, label, elections):
    from claimcheck import check

    claim = next(c for c in check(text, elections, published="2020-01-01").claims if c.checkworthy)
    assert claim.verdict.label is label, claim.verdict.explanation
    if label is not Label.UNVERIFIABLE:
        assert claim.verdict.record_id == record


@pytest.mark.parametrize("named", [entity("Flight 17", "Flight 17", EntityKind.EVENT)])
def test_verdicts_a_named_event_must_be_the_records(named, ref):
    the_claim = claim(
        times=[day("January 3", "2020-01-03", "2020-01-03")],
        entities=[KARIMI, named],
        named_events=[named.name],
    )
    verdict = verdict_for(the_claim, ref)
    assert verdict.label is Label.UNVERIFIABLE
    assert [c.field for c in verdict.comparisons if c.agrees is None] == ["event"]


@pytest.mark.parametrize(
    ("stated", "label"),
    [
        # a figure no column holds, given in the record's own statement
        (count("magnitude 7.8", CountRole.OTHER, 7.8, 7.8), Label.SUPPORTED),
        (count("magnitude 6.1", CountRole.OTHER, 6.1, 6.1), Label.UNVERIFIABLE),
        # an approximate figure in the statement confirms nothing exactly
        (count("8,500 people", CountRole.PEOPLE, 8500, 8500), Label.UNVERIFIABLE),
    ],
)
def test_verdicts_a_figure_may_stand_in_the_records_statement(stated, label, ref):
    the_claim = claim(
        "earthquake", counts=[stated], entities=[entity("Zenda", "Zenda", EntityKind.PLACE)]
    )
    assert verdict_for(the_claim, ref, "quake").label is label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # US-facing reports date the strike a day earlier: the record lists that date too
        ("January 2", "2020-01-02", Label.SUPPORTED),
        ("January 1", "2020-01-01", Label.CONTRADICTED),
    ],
)
def test_verdicts_other_dates_sources_give_agree(text, value, label, ref):
    the_claim = claim(times=[day(text, value, value)], entities=[KARIMI])
    verdict = verdict_for(the_claim, ref)
    assert verdict.label is label
    if label is Label.SUPPORTED:
        assert "sources also give" in verdict.comparisons[1].note


# fmt: off
ROLES = pd.DataFrame(
    [
        ["quit-1974", "President Arthur Adams resigns, and Vice President Bea Brook is sworn in.",
         "1974-08-09", "resignation", "Strelsau", "Ruritania", "Arthur Adams;Bea Brook", "", ""],
        ["strike-2020", "A drone strike by Ruritania kills General Karimi and his aide.",
         "2020-01-03", "air_drone_strike", "Zenda", "Ruritania", "General Karimi;Ruritania", "", ""],
        ["court-1973", "The Supreme Court rules in Smith v. Jones that the law stands.",
         "1973-01-22", "court_ruling", "Strelsau", "Ruritania", "Supreme Court", "Smith v. Jones", "7-2"],
        ["oath-1977", "Carl Crane is sworn in as president; Dora Dunn looks on.",
         "1977-01-20", "inauguration", "Strelsau", "Ruritania", "Carl Crane;Dora Dunn", "", ""],
        ["oath-1981", "Ruth Reed sworn in as president by Chief Justice Sam Stone.",
         "1981-01-20", "inauguration", "Strelsau", "Ruritania", "Ruth Reed;Sam Stone", "", ""],
        ["mall-2023", "Mall shooting: 8 killed and 7 injured in Hentzau on May 6, 2023.",
         "2023-05-06", "mass shooting", "Hentzau", "Ruritania", "Hugo Hale (shooter)", "", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases",
             "vote"],
)
# fmt: on


@pytest.fixture(scope="module")
def roles():
    return load_reference(ROLES, name="roles")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the name before the verb must do it in the record too, not merely be named there
        ("Arthur Adams resigned on August 9, 1974.", Label.SUPPORTED),
        ("Bea Brook resigned on August 9, 1974.", Label.UNVERIFIABLE),
        # passive and "died": the name undergoes the event
        ("General Karimi was killed in a drone strike on January 3, 2020.", Label.SUPPORTED),
        ("General Karimi died in a drone strike on January 3, 2020.", Label.SUPPORTED),
        # a state that acted in the record ("a drone strike by Ruritania")
        ("Ruritania killed General Karimi in a drone strike on January 3, 2020.", Label.SUPPORTED),
        # a headline's "sworn in", with no auxiliary, is passive too
        ("Ruth Reed was sworn in on January 20, 1981.", Label.SUPPORTED),
        # "is sworn in" names one party, its subject: the one who took the oath
        ("Carl Crane took the oath of office on January 20, 1977.", Label.SUPPORTED),
        ("Dora Dunn took the oath of office on January 20, 1977.", Label.UNVERIFIABLE),
        # someone the record does not name did it: another doer than the record's
        (
            "Edgar Ellis killed General Karimi in a drone strike on January 3, 2020.",
            Label.CONTRADICTED,
        ),
        # ... not a name a preposition governs (unconfirmed, not contradicted), nor who
        # underwent it
        (
            "A drone flying to Zenda Heights killed General Karimi on January 3, 2020.",
            Label.UNVERIFIABLE,
        ),
        ("Edgar Ellis was killed in a drone strike on January 3, 2020.", Label.UNVERIFIABLE),
        # who did it by the record's columns did it, past an apposition of age or of a noun
        ("Hugo Hale, 33, killed eight people in Hentzau on May 6, 2023.", Label.SUPPORTED),
        (
            "Hugo Hale, a former guard, killed eight people in Hentzau on May 6, 2023.",
            Label.SUPPORTED,
        ),
        ("Ivan Ives, 33, killed eight people in Hentzau on May 6, 2023.", Label.CONTRADICTED),
        # a name with or without its accents
        ("Árthur Adáms resigned on August 9, 1974.", Label.SUPPORTED),
        # a tally, digit for digit
        ("The Supreme Court ruled by a 7-2 vote in January 1973.", Label.SUPPORTED),
        ("The Supreme Court ruled by a 5-4 vote in January 1973.", Label.CONTRADICTED),
    ],
)
def test_verdicts_roles_and_tallies(text, label, roles):
    from claimcheck import check

    claim = next(c for c in check(text, roles, published="2024-01-01").claims if c.checkworthy)
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # dated from another event the check does not place: not confirmed
        (
            "General Karimi was killed in a drone strike after the Zenda elections in 2020.",
            Label.UNVERIFIABLE,
        ),
        ("General Karimi was killed in a drone strike on January 3, 2020.", Label.SUPPORTED),
    ],
)
def test_verdicts_a_claim_dated_from_another_event_needs_it(text, label, roles):
    from claimcheck import check

    claim = next(c for c in check(text, roles, published="2024-01-01").claims if c.checkworthy)
    assert claim.verdict.label is label, claim.verdict.explanation


def bound(mod: str, value: str, first: str, last: str | None = None, precision=Precision.DAY):
    return day(value, value, first, last, precision, mod=mod)


def part(text: str, mod: str, value: str, first: str, last: str, precision=Precision.MONTH):
    return TimeMention(
        text, 0, len(text), TimeType.DATE, value, precision,
        date.fromisoformat(first), date.fromisoformat(last), Anchor.NONE, mod=mod,
    )  # fmt: skip


JANUARY = ("2020-01", "2020-01-01", "2020-01-31")
YEAR_2020 = ("2020", "2020-01-01", "2020-12-31", Precision.YEAR)


@pytest.mark.parametrize(
    ("time", "record", "agrees"),
    [
        # bounds, against the attack record: 2020-01-08, no tolerance, no other dates
        (bound("BEFORE", "2020-01-09", "2020-01-09"), "attack", True),
        (bound("BEFORE", "2020-01-08", "2020-01-08"), "attack", False),
        (bound("AFTER", "2020-01-07", "2020-01-07"), "attack", True),
        (bound("AFTER", "2020-01-08", "2020-01-08"), "attack", False),
        (bound("ON_OR_BEFORE", "2020-01-08", "2020-01-08"), "attack", True),
        (bound("ON_OR_BEFORE", "2020-01-07", "2020-01-07"), "attack", False),
        (bound("ON_OR_AFTER", "2020-01-08", "2020-01-08"), "attack", True),
        (bound("ON_OR_AFTER", "2020-01-09", "2020-01-09"), "attack", False),
        (bound("BEFORE", "2021", "2021-01-01", "2021-12-31", Precision.YEAR), "attack", True),
        (bound("BEFORE", *YEAR_2020), "attack", False),
        # the strike record: 2020-01-03, and sources also give 2020-01-02 (US time)
        (bound("BEFORE", "2020-01-04", "2020-01-04"), "strike", True),
        (bound("BEFORE", "2020-01-03", "2020-01-03"), "strike", None),
        (bound("AFTER", "2020-01-02", "2020-01-02"), "strike", None),
        (bound("AFTER", "2020-01-03", "2020-01-03"), "strike", False),
        # the sanctions record: 2018-08-07 give or take a day
        (bound("BEFORE", "2018-08-08", "2018-08-08"), "sanction", None),
        (bound("BEFORE", "2018-08-09", "2018-08-09"), "sanction", True),
        # parts: the attack's January 8 is in the first third of January
        (part("early January", "START", *JANUARY), "attack", True),
        (part("mid-January", "MID", *JANUARY), "attack", None),
        (part("late January", "END", *JANUARY), "attack", False),
        (part("early 2020", "START", *YEAR_2020), "attack", True),
        (
            part("late 2019", "END", "2019", "2019-01-01", "2019-12-31", Precision.YEAR),
            "attack",
            False,
        ),
        # "earlier this year" is any time this year before the writing, not its first third
        (part("earlier this year", "START", *YEAR_2020), "vote", True),
    ],
)
def test_verdicts_a_bound_or_a_part_is_compared_as_what_it_says(time, record, agrees, ref):
    # "before January 3" and "the end of January" are not January 3: a claim that says so is false.
    verdict = verdict_for(claim(times=[time]), ref, record=record)
    assert [c.agrees for c in verdict.comparisons if c.field == "date"] == [agrees]


# -- lengths counted from another phase of the event ---------------------------------------

# fmt: off
PHASED = pd.DataFrame(
    [
        ["fell", "The Elm Tower collapsed.", "2021-06-24", "building collapse",
         "Elm Tower, Zenda", "Ruritania", "", "Elm Tower collapse"],
        ["razed", "What stood of the Elm Tower was demolished.", "2021-07-04",
         "controlled demolition", "Elm Tower, Zenda", "Ruritania", "", ""],
        ["other", "A bridge in Zenda collapsed.", "2021-06-30", "bridge collapse", "Zenda",
         "Ruritania", "", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases"],
)
# fmt: on


def counted(days: int, phase: str) -> TimeMention:
    return TimeMention(
        f"{days} days", 0, 0, TimeType.DURATION, f"P{days}D", anchor=Anchor.EVENT,
        offset_days=(days, days), anchor_phase=phase,
    )  # fmt: skip


@pytest.mark.parametrize(("days", "label"), [(10, Label.SUPPORTED), (12, Label.CONTRADICTED)])
def test_a_length_counts_from_the_record_of_its_events_other_phase(days: int, label: Label):
    ref = load_reference(PHASED, name="phases")
    text = f"The rest of the Elm Tower was demolished {days} days after the collapse."
    claim = Claim(
        "c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True,
        times=(counted(days, "event"),), phase="demolition",
    )  # fmt: skip
    verdict = decide_verdict(claim, [Candidate("razed", 90.0)], ref)
    assert verdict.label is label
    (date_cmp,) = [c for c in verdict.comparisons if c.field == "date"]
    # counted from the collapse of the same tower, never from the bridge of the same city
    assert "counted from record fell (2021-06-24)" in date_cmp.note


def test_a_length_from_a_phase_the_table_lacks_is_unconfirmed():
    ref = load_reference(PHASED, name="phases")
    text = "The Elm Tower was demolished ten days after its inauguration."
    claim = Claim(
        "c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True,
        times=(counted(10, "inauguration"),), phase="demolition",
    )  # fmt: skip
    verdict = decide_verdict(claim, [Candidate("razed", 90.0)], ref)
    assert verdict.label is Label.UNVERIFIABLE
    assert not any("counted from" in c.note for c in verdict.comparisons)


def test_a_length_from_the_records_own_event_is_of_something_after_it():
    # "for weeks after the collapse" against the collapse's record: not the collapse itself
    ref = load_reference(PHASED, name="phases")
    text = "The crew stayed aboard the Elm Tower for weeks after the collapse."
    weeks = dataclasses.replace(counted(7, "event"), text="weeks", offset_days=(7, 60))
    claim = Claim("c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True, times=(weeks,))
    verdict = decide_verdict(claim, [Candidate("fell", 90.0)], ref)
    assert verdict.label is Label.UNVERIFIABLE
    assert "this record's own event" in verdict.explanation


def test_names_alone_do_not_confirm_what_a_claim_says_happened(ref):
    # the record names the state and the place, but says nothing of a letter's length
    text = "Ruritania's envoy sent a letter about the trade pact from Strelsau."
    claim = Claim(
        "c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True,
        entities=(
            EntityMention("Ruritania", 0, 9, "Ruritania", EntityKind.STATE),
            EntityMention("Strelsau", 58, 66, "Strelsau", EntityKind.PLACE),
        ),
    )  # fmt: skip
    verdict = decide_verdict(claim, [Candidate("deal", 90.0)], ref)
    assert verdict.label is Label.UNVERIFIABLE
    assert "states no date, figure or kind of event" in verdict.explanation


# fmt: off
REVISED = pd.DataFrame(
    [
        ["blast", "Bombs killed 359 people.", "2019-04-21", "bombing", "359", "Easter bombings"],
        ["revision", "Officials cut the toll.", "2019-04-25", "death toll revision", "253",
         "Easter bombings"],
    ],
    columns=["id", "statement", "date", "event_type", "deaths", "aliases"],
)
# fmt: on


@pytest.mark.parametrize(("before", "agrees"), [(359, True), (400, None)])
def test_the_figure_a_revision_replaced_is_an_earlier_rows(before: int, agrees: bool | None):
    ref = load_reference(REVISED, name="revisions")
    text = f"Officials cut the death toll to 253 from {before}."
    counts = (
        CountMention("death toll to 253", 19, 36, CountRole.DEATHS, 253, 253),
        CountMention(str(before), 42, 45, CountRole.DEATHS, before, before, previous=True),
    )
    claim = Claim("c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True, counts=counts)
    verdict = decide_verdict(claim, [Candidate("revision", 90.0)], ref)
    (earlier,) = [c for c in verdict.comparisons if c.claimed.startswith(str(before))]
    assert earlier.agrees is agrees


@pytest.mark.parametrize(("day", "agrees"), [(date(2019, 4, 21), True), (date(2019, 4, 14), False)])
def test_a_date_of_another_phase_is_compared_with_that_phases_row(day: date, agrees: bool):
    """ "Cut the toll from Sunday's bombings": Sunday dates the bombings' row, not the revision."""
    ref = load_reference(REVISED, name="revisions")
    text = "On Thursday officials cut the toll from Sunday's bombings to 253."
    times = (
        TimeMention("Thursday", 3, 11, TimeType.DATE, "2019-04-25", Precision.DAY,
                    date(2019, 4, 25), date(2019, 4, 25)),
        TimeMention("Sunday", 39, 45, TimeType.DATE, day.isoformat(), Precision.DAY, day, day,
                    anchor_phase="event"),
    )  # fmt: skip
    counts = (CountMention("toll ... to 253", 30, 64, CountRole.DEATHS, 253, 253),)
    claim = Claim(
        "c1", 0, 0, len(text), text, ClaimKind.EVENT, checkworthy=True, times=times,
        counts=counts, phase="toll_revision",
    )  # fmt: skip
    verdict = decide_verdict(claim, [Candidate("revision", 90.0)], ref)
    dates = [c for c in verdict.comparisons if c.field == "date"]
    assert [c.agrees for c in dates] == [True, agrees]
    assert "record blast" in dates[1].note


# fmt: off
CONTESTS = pd.DataFrame(
    [
        ["final-2019", "Ruritania beat Borduria 3-1 in the cup final in Strelsau.", "2019-07-07",
         "football match", "Ruritania;Borduria"],
        ["runoff-2020", "In the runoff, Carl Crane was defeated by Dora Dunn.", "2020-05-10",
         "election", "Carl Crane;Dora Dunn"],
    ],
    columns=["id", "statement", "date", "event_type", "actors"],
)
# fmt: on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ruritania beat Borduria in the cup final on July 7, 2019.", Label.SUPPORTED),
        ("Borduria beat Ruritania in the cup final on July 7, 2019.", Label.CONTRADICTED),
        ("Dora Dunn won the runoff on May 10, 2020.", Label.SUPPORTED),
        ("Crane won the runoff on May 10, 2020.", Label.CONTRADICTED),
    ],
)
def test_verdicts_without_an_outcome_column_the_statement_says_who_won(text, label):
    """No winner column: the record's own sentence says who beat whom, in either voice."""
    from claimcheck import check

    ref = load_reference(CONTESTS, name="contests")
    claim = next(c for c in check(text, ref, published="2020-06-01").claims if c.checkworthy)
    assert claim.verdict.label is label, claim.verdict.explanation


def test_verdicts_a_state_the_records_sentence_names_is_in_the_record():
    from claimcheck import check

    frame = pd.DataFrame(
        [["record-2023", "Kenya's Kelvin Kiptum set a marathon world record in Chicago.",
          "2023-10-08", "sports record", "Kelvin Kiptum (runner)"]],
        columns=["id", "statement", "date", "event_type", "actors"],
    )  # fmt: skip
    ref = load_reference(frame, name="records")
    text = "Kelvin Kiptum of Kenya set a marathon world record on October 8, 2023."
    claim = next(c for c in check(text, ref, published="2023-10-09").claims if c.checkworthy)
    (kenya,) = [c for c in claim.verdict.comparisons if c.claimed == "Kenya"]
    assert kenya.agrees is True


# fmt: off
HARMS = pd.DataFrame(
    [
        ["blast-2013", "A fertiliser plant exploded in Westville, killing 15 people.",
         "2013-04-17", "industrial explosion", "Westville", "Ruritania", "Westville Fertiliser",
         "", "15"],
        ["shot-2024", "Prime Minister Anna Aberg was shot five times in Northtown and survived.",
         "2024-05-15", "assassination attempt (shooting)", "Northtown", "Ruritania",
         "Anna Aberg (prime minister)", "", "0"],
        ["fire-2018", "The Camp Fire burned through Paradise, killing 85 people.",
         "2018-11-08", "wildfire", "Paradise", "Ruritania", "", "Camp Fire", "85"],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases",
             "deaths"],
)
# fmt: on


@pytest.fixture(scope="module")
def harms():
    return load_reference(HARMS, name="harms")


@pytest.mark.parametrize(
    ("text", "label", "field"),
    [
        # another kind of harm on the identified event: the kind is wrong
        (
            "A toxic gas leak at the Westville Fertiliser plant killed 15 people.",
            Label.CONTRADICTED,
            "event_type",
        ),
        (
            "The Westville Fertiliser plant exploded on April 17, 2013, killing 15 people.",
            Label.SUPPORTED,
            None,
        ),
        # the people a claim names as killed are deaths: more than the record has is wrong
        (
            "Prime Minister Anna Aberg was shot dead in Northtown on May 15, 2024.",
            Label.CONTRADICTED,
            "deaths",
        ),
        ("Prime Minister Anna Aberg was shot in Northtown on May 15, 2024.", Label.SUPPORTED, None),
        # a name ending in a kind of event names an event, not who did it
        ("The Dixie Fire killed 85 people in Paradise in November 2018.", Label.UNVERIFIABLE, None),
        ("The Camp Fire killed 85 people in Paradise in November 2018.", Label.SUPPORTED, None),
        # "nobody was hurt" says nobody died either
        (
            "Nobody was hurt in the Camp Fire in Paradise in November 2018.",
            Label.MISLEADING,
            "deaths",
        ),
    ],
)
def test_verdicts_kinds_of_harm_and_the_named_dead(text, label, field, harms):
    from claimcheck import check

    claim = next(c for c in check(text, harms, published="2025-01-01").claims if c.checkworthy)
    assert claim.verdict.label is label, claim.verdict.explanation
    if field is not None:
        assert field in [c.field for c in claim.verdict.comparisons if c.agrees is False]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("One person was hurt in the Zarbutia shootings on 23 January 2023.", Label.SUPPORTED),
        # "only one hurt" says no one was killed either
        ("Only one person was hurt in the Zarbutia shootings on 23 January 2023.",
         Label.MISLEADING),
    ],
)  # fmt: skip
def test_verdicts_only_so_many_hurt_says_none_killed(text, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["zarbutia", "A gunman killed 7 people and injured 1 in Zarbutia.", "2023-01-23",
          "spree shooting", "Zarbutia", "Zarbutia shootings", "7", "1"]],
        columns=["id", "statement", "date", "event_type", "location", "aliases", "deaths",
                 "injuries"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="z"), published="2023-01-30").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


# fmt: off
FIGURES = pd.DataFrame(
    [["quake-2023", "A magnitude 7.8 earthquake struck Pazarcik, killing 100 people.",
      "2023-02-06", "earthquake", "Pazarcik", "Turkey", "", "", "100", "7.8", "10", "20000"],
     ["crash-2009", "A plane crashed into a house, killing all 49 aboard and one man on the ground.",
      "2009-02-12", "plane crash", "Clarence Center", "United States", "", "", "50", "", "", ""]],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases",
             "deaths", "magnitude", "depth_km", "houses_destroyed"],
)
FIGURES["fatalities_on_board"] = ["", "49"]
# fmt: on


@pytest.mark.parametrize(
    ("text", "column", "agrees"),
    [
        # a figure of no role meets the column its words name, and only that one
        ("A magnitude 7.8 earthquake struck Pazarcik on February 6, 2023.", "magnitude", True),
        (
            "The Pazarcik earthquake struck at a depth of 18 km on February 6, 2023.",
            "depth_km",
            False,
        ),
        (
            "The Pazarcik earthquake destroyed 20,000 houses on February 6, 2023.",
            "houses_destroyed",
            True,
        ),
        # the toll's subject: those aboard are the on-board column's, not all the dead
        (
            "All 50 people aboard were killed when the plane crashed in Clarence Center on "
            "February 12, 2009.",
            "fatalities_on_board",
            False,
        ),
        (
            "Fifty people were killed when the plane crashed in Clarence Center on February 12, "
            "2009.",
            "deaths",
            True,
        ),
    ],
)
def test_verdicts_a_figure_is_compared_with_the_column_its_words_name(text, column, agrees):
    from claimcheck import check

    reference = load_reference(FIGURES, name="figures")
    claim = next(c for c in check(text, reference, published="2024-01-01").claims if c.checkworthy)
    figures = [c for c in claim.verdict.comparisons if f"record's {column} of" in c.note]
    assert [c.agrees for c in figures] == [agrees], claim.verdict.comparisons


@pytest.mark.parametrize(
    ("text", "agrees"),
    [
        ("Alibaba raised $25 billion in its IPO on September 19, 2014.", True),
        ("Alibaba raised $25 million in its IPO on September 19, 2014.", False),
        ("Alibaba raised $21.8 billion in its IPO on September 19, 2014.", False),
    ],
)
def test_verdicts_a_columns_name_gives_the_scale_of_its_figures(text, agrees):
    """``value_usd_bn`` of 25 is $25 billion: the scale its name states multiplies it."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["alibaba-ipo", "Alibaba priced its IPO on the New York Stock Exchange.", "2014-09-19",
          "IPO", "New York", "United States", "Alibaba", "25"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "value_usd_bn"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="ipo"), published="2015-01-01").claims[0]
    figures = [c for c in claim.verdict.comparisons if "value_usd_bn of 25000000000" in c.note]
    assert [c.agrees for c in figures] == [agrees], claim.verdict.comparisons


@pytest.mark.parametrize(
    ("statement", "label"),
    [
        # the statement gives the sum with its scale: that decides
        ("Hurricane Ian struck Florida; cost $112,900 million.", Label.SUPPORTED),
        # nothing says the column is in millions: nothing is decided by it
        ("Hurricane Ian struck Florida.", Label.UNVERIFIABLE),
    ],
)
def test_verdicts_a_sum_fitting_a_money_column_only_scaled_is_not_contradicted(statement, label):
    """A cost column of 112900, kept in millions as NOAA's table is, against "$112.9 billion"."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["ian", statement, "2022-09-28", "hurricane", "Florida", "United States", "", "112900"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "cost"],
    )  # fmt: skip
    reference = load_reference(rows, name="ian")
    text = "Hurricane Ian caused $112.9 billion in damage in Florida on September 28, 2022."
    claim = check(text, reference, published="2022-10-01").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation
    # a sum no scale makes fit is contradicted, as before
    wrong = check(text.replace("112.9", "11.2"), reference, published="2022-10-01").claims[0]
    assert wrong.verdict.label is Label.CONTRADICTED, wrong.verdict.explanation


@pytest.mark.parametrize(
    ("figure", "label"),
    [
        ("Some 33,000", Label.SUPPORTED),  # as vague as the statement, and holding it
        ("About 33,000", Label.SUPPORTED),
        ("Exactly 31,000", Label.UNVERIFIABLE),  # an exact figure near a round one: undecided
        ("Thousands of", Label.UNVERIFIABLE),  # far vaguer: it may count something else
    ],
)
def test_verdicts_a_round_figure_in_a_statement_confirms_a_claim_as_vague(figure, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["boeing-strike", "About 33,000 Boeing machinists walked off the job on 13 September "
          "2024.", "2024-09-13", "strike", "Everett, Washington", "United States", "Boeing"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors"],
    )  # fmt: skip
    reference = load_reference(rows, name="strike")
    text = f"{figure} Boeing workers walked off the job on 13 September 2024."
    claim = check(text, reference, published="2024-09-20").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("share", "label"),
    [
        ("about 60 per cent voting No", Label.SUPPORTED),  # what the yes share leaves
        ("60.1% voting against", Label.SUPPORTED),
        ("about 40 per cent voting Yes", Label.SUPPORTED),
        ("about 70 per cent voting No", Label.CONTRADICTED),
        ("about 60 per cent voting Yes", Label.CONTRADICTED),
    ],
)
def test_verdicts_a_share_against_compares_with_what_a_yes_share_leaves(share, label):
    """A referendum's yes_pct of 39.94 against the share of the side a claim names."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["voice", "Australians voted in a referendum on an Indigenous Voice to Parliament.",
          "2023-10-14", "constitutional referendum (result: rejected)", "Australia", "Australia",
          "Australian electorate", "The Voice", "39.94"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "aliases", "yes_pct"],
    )  # fmt: skip
    text = f"Australians rejected the Voice on 14 October 2023, with {share}."
    claim = check(text, load_reference(rows, name="voice"), published="2023-10-20").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("figure", "label"),
    [
        ("33 miners", Label.SUPPORTED),
        ("34 miners", Label.CONTRADICTED),  # what the statement counts, another figure
        ("34 rescuers", Label.UNVERIFIABLE),  # something the statement does not count
    ],
)
def test_verdicts_a_figure_of_what_the_statement_counts_is_compared_with_it(figure, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["copiapo", "A cave-in at the San José mine near Copiapó trapped 33 miners.",
          "2010-08-05", "mine collapse", "San José mine, Copiapó", "Chile", "San José mine"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "aliases"],
    )  # fmt: skip
    text = f"The August 5, 2010 collapse at the San José mine trapped {figure}."
    claim = check(text, load_reference(rows, name="mine"), published="2010-08-10").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("toll", "label"),
    [
        ("killed 28 people", Label.SUPPORTED),
        # the whole toll given as people of one kind, which the statement counts fewer of
        ("killed 28 schoolchildren", Label.MISLEADING),
        ("killed 28 children", Label.MISLEADING),
        ("killed 22 children", Label.CONTRADICTED),  # the toll is 28
        # everyone on board: the statement's passengers are a part of them
        ("killed all 28 people on board", Label.SUPPORTED),
    ],
)
def test_verdicts_a_toll_given_as_people_of_one_kind_is_weighed_with_the_statement(toll, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["zarbutia-bus", "A coach crashed in the Zarbutia tunnel; 28 of the 52 people on board "
          "died (22 children and 6 adults) and 24 passengers were injured.", "2012-03-13",
          "bus crash", "Zarbutia tunnel", "Switzerland", "Zarbutia tunnel crash", "28", "24"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "aliases",
                 "deaths", "injuries"],
    )  # fmt: skip
    text = f"The Zarbutia tunnel crash on 13 March 2012 {toll}."
    claim = check(text, load_reference(rows, name="bus"), published="2012-03-20").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("statement", "toll", "label"),
    [
        ("killing 148 people, most of them students", "killed 148 people", Label.SUPPORTED),
        # the figure fits; whom it counts, only in part
        ("killing 148 people, most of them students", "killed 148 students", Label.MISLEADING),
        ("16 of the 29 on board were killed (10 of them players)",
         "killed 16 Zarbutia Hawks players", Label.MISLEADING),
    ],
)  # fmt: skip
def test_verdicts_a_toll_named_as_people_the_record_counts_only_some_of(statement, toll, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["attack", f"The Zarbutia attack: {statement}.", "2015-04-02", "attack", "Zarbutia",
          "Zarbutia attack", "148" if "148" in statement else "16"]],
        columns=["id", "statement", "date", "event_type", "location", "aliases", "deaths"],
    )  # fmt: skip
    claim = check(f"The Zarbutia attack {toll}.", load_reference(rows, name="z")).claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("statement", "toll", "label"),
    [
        ("killing 22 people", "killed 22 people", Label.SUPPORTED),
        # a table counts the victims: whether the bomber was among them it does not say
        ("killing 22 people", "killed 22 people, including the bomber", Label.UNVERIFIABLE),
        ("killing 23 people, including the bomber", "killed 23 people, including the bomber",
         Label.SUPPORTED),
    ],
)  # fmt: skip
def test_verdicts_a_toll_that_counts_its_doer(statement, toll, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["bombing", f"A suicide bomber struck the Zarbutia Arena, {statement}.", "2017-05-22",
          "suicide bombing", "Zarbutia Arena", "Zarbutia Arena bombing", toll.split()[1]]],
        columns=["id", "statement", "date", "event_type", "location", "aliases", "deaths"],
    )  # fmt: skip
    text = f"The Zarbutia Arena bombing {toll}."
    claim = check(text, load_reference(rows, name="z")).claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("same_day_elsewhere", "label"),
    [
        # the table's one quake that day: the place the claim gives is a slot under test
        (False, Label.CONTRADICTED),
        # another quake that day: the claim may be of an event the table does not hold
        (True, Label.UNVERIFIABLE),
    ],
)
def test_verdicts_a_wrong_place_contradicts_the_record_its_day_singles_out(
    same_day_elsewhere, label
):
    from claimcheck import check

    rows = [
        ["khoy", "A magnitude 5.9 earthquake struck Khoy, killing three people.", "2023-01-28",
         "earthquake", "Khoy, West Azerbaijan", "Iran"],
        ["malatya", "A magnitude 5.2 earthquake struck Malatya.", "2023-02-27", "earthquake",
         "Malatya", "Turkey"],
    ]  # fmt: skip
    if same_day_elsewhere:
        rows.append(["chile", "A magnitude 6.1 earthquake struck near Arica.", "2023-01-28",
                     "earthquake", "Arica", "Chile"])  # fmt: skip
    columns = ["id", "statement", "date", "event_type", "location", "country"]
    reference = load_reference(pd.DataFrame(rows, columns=columns), name="quakes")
    text = "The magnitude 5.9 quake that killed three people on January 28, 2023 struck Tabriz."
    claim = check(text, reference, published="2023-02-01").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("toll", "high", "label"),
    [
        ("Nobody was killed", "0", Label.SUPPORTED),
        # none is surer than a record whose high estimate is above none
        ("Nobody was killed", "28", Label.MISLEADING),
        # a figure claimed is the best estimate's
        ("Three people were killed", "28", Label.SUPPORTED),
    ],
)
def test_verdicts_a_claimed_none_against_a_high_estimate(toll, high, label):
    from claimcheck import check

    best = "3" if toll.startswith("Three") else "0"
    rows = pd.DataFrame(
        [["ged-1", "Fighting between the army and rebels in Zarbutia.", "2006-12-01",
          "state-based armed conflict", "Zarbutia", best, best, "0", high]],
        columns=["id", "statement", "date", "event_type", "location", "deaths", "best", "low",
                 "high"],
    )  # fmt: skip
    text = f"{toll} when the army retook Zarbutia on 1 December 2006."
    claim = check(text, load_reference(rows, name="ged"), published="2006-12-04").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("figure", "label"),
    [("714 mph", Label.SUPPORTED), ("714.1 mph", Label.SUPPORTED), ("713 mph", Label.CONTRADICTED)],
)
def test_verdicts_a_figure_is_compared_to_its_own_decimals(figure, label):
    """ "714 mph" is the record's 714.144 mph, stated to no decimals."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["ssc", "Andy Green drove Thrust SSC to a land speed record.", "1997-09-25",
          "speed record", "Black Rock Desert", "United States", "Andy Green", "714.144"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "speed_mph"],
    )  # fmt: skip
    text = f"Andy Green set a land speed record of {figure} on 25 September 1997."
    claim = check(text, load_reference(rows, name="ssc"), published="1997-10-01").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Colombian voters rejected the peace deal in the 2 October 2016 plebiscite.", "supported"),
        (
            "Colombian voters approved the peace deal in the 2 October 2016 plebiscite.",
            "contradicted",
        ),
    ],
)
def test_verdicts_which_way_a_vote_went_is_compared_with_the_yes_share(text, label):
    """A yes_pct of 49.78: the vote was lost, whatever share a claim gives."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["col-2016", "Colombians voted in a plebiscite on the peace agreement with the FARC.",
          "2016-10-02", "plebiscite", "Colombia", "Colombia", "Colombian electorate", "49.78"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "yes_pct"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="vote"), published="2016-10-05").claims[0]
    assert str(claim.verdict.label) == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rebels killed four soldiers in Bangassou on 11 March 2013.", "supported"),
        ("Seven soldiers were among the dead in Bangassou on 11 March 2013.", "contradicted"),
        ("Government troops killed one rebel in Bangassou on 11 March 2013.", "supported"),
        ("Seven people were killed in Bangassou on 11 March 2013.", "supported"),
    ],
)
def test_verdicts_a_toll_of_one_side_is_compared_with_that_sides_column(text, label):
    """UCDP's GED keeps tolls by side: deaths_a of side_a (the government), deaths_b of side_b."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["ged-45149", "Fighting between the government and Seleka in Bangassou.", "2013-03-11",
          "state-based conflict", "Bangassou", "Central African Republic", "Seleka",
          "Government of Central African Republic", "Seleka", "7", "4", "1", "2"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "side_a", "side_b", "deaths", "deaths_a", "deaths_b", "deaths_civilians"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="ged"), published="2013-03-20").claims[0]
    assert str(claim.verdict.label) == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("figure", "label"),
    [
        ("283 million guest records", "supported"),  # the statement gives it with its scale
        ("383 million guest records", "contradicted"),  # no scale makes it fit
    ],
)
def test_verdicts_a_count_column_kept_in_millions_is_read_with_its_scale(figure, label):
    """affected_m of 283 is 283 million records, not 283 metres: "records" names it."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["marriott", "Marriott cut its estimate of the breach to 283 million records.",
          "2019-01-04", "data breach (revised count)", "Bethesda", "United States", "Marriott",
          "283"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "affected_m"],
    )  # fmt: skip
    text = f"Marriott cut its estimate of the breach to {figure} on 4 January 2019."
    claim = check(text, load_reference(rows, name="breach"), published="2019-01-10").claims[0]
    assert str(claim.verdict.label) == label, claim.verdict.explanation


def test_verdicts_a_state_by_any_name_it_goes_by_is_the_records():
    """ "Britain's miners' strike" against a record whose country cell reads "UK"."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["strike", "The National Union of Mineworkers began a national strike.", "1984-03-06",
          "strike begins", "Cortonwood Colliery, South Yorkshire", "UK",
          "National Union of Mineworkers"],
         # another row names the state in full, so "Britain" links to it
         ["election", "The Conservatives won the general election.", "1983-06-09", "election",
          "London", "United Kingdom", "Conservative Party"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors"],
    )  # fmt: skip
    text = "Britain's year-long miners' strike began on 6 March 1984 at Cortonwood Colliery."
    claim = check(text, load_reference(rows, name="strike"), published="1984-03-10").claims[0]
    actors = [c for c in claim.verdict.comparisons if c.field == "actor"]
    assert actors and all(c.agrees for c in actors), claim.verdict.comparisons


@pytest.mark.parametrize(
    ("age", "column", "label"),
    [
        ("90", "90", "supported"),
        ("91", "90", "contradicted"),
        # a table without an age column says nothing of it: the age is not compared
        ("91", "", "supported"),
    ],
)
def test_verdicts_an_age_in_apposition_meets_only_an_age_column(age, column, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["vax", "Margaret Keenan received the first COVID-19 vaccine dose in Coventry.",
          "2020-12-08", "vaccination", "Coventry", "United Kingdom", "Margaret Keenan",
          column, "1"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "recipient_age", "doses"],
    )  # fmt: skip
    text = (
        f"Margaret Keenan, {age}, received the first vaccine dose in Coventry on 8 December 2020."
    )
    claim = check(text, load_reference(rows, name="vax"), published="2020-12-10").claims[0]
    assert str(claim.verdict.label) == label, claim.verdict.explanation


@pytest.mark.parametrize(("age", "label"), [("64", "supported"), ("46", "contradicted")])
def test_verdicts_the_doers_age_meets_the_age_column(age, label):
    from claimcheck import check

    rows = pd.DataFrame(
        [["zarbutia", "A gunman killed 58 people at a concert in Zarbutia.", "2017-10-01",
          "mass shooting", "Zarbutia", "Hugo Hale (shooter)", "58", "64"]],
        columns=["id", "statement", "date", "event_type", "location", "actors", "deaths",
                 "age_of_shooter"],
    )  # fmt: skip
    text = f"The Zarbutia massacre on 1 October 2017 was carried out by a {age}-year-old gunman."
    claim = check(text, load_reference(rows, name="z"), published="2017-10-05").claims[0]
    assert str(claim.verdict.label) == label, claim.verdict.explanation


def test_verdicts_a_name_opening_with_a_records_actor_is_that_actors():
    """ "A Yeti Airlines Twin Otter": the craft of the record's Yeti Airlines, not someone else."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["yeti-2008", "A Yeti Airlines plane crashed on landing at Lukla, killing 18.",
          "2008-10-08", "plane crash", "Lukla", "Nepal", "Yeti Airlines", "18"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "deaths"],
    )  # fmt: skip
    reference = load_reference(rows, name="yeti")
    claim = check(
        "A Yeti Airlines Twin Otter crashed at Lukla on October 8, 2008, killing 18 people.",
        reference,
        published="2008-10-09",
    ).claims[0]
    assert claim.verdict.label is Label.SUPPORTED, claim.verdict.explanation
    other = check(
        "A Tara Air Twin Otter crashed at Lukla on October 8, 2008, killing 18 people.",
        reference,
        published="2008-10-09",
    ).claims[0]
    assert other.verdict.label is not Label.SUPPORTED, other.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label", "record_id"),
    [
        # the deed itself is the deed's row, not the row announcing it
        ("Pope Pius XIII stepped down on 11 February 2013.", Label.CONTRADICTED, "pius-resigns"),
        ("Pope Pius XIII stepped down on 28 February 2013.", Label.SUPPORTED, "pius-resigns"),
        # the announcement is the announcement's
        ("Pope Pius XIII announced on 11 February 2013 that he would resign.", Label.SUPPORTED,
         "pius-announces"),
    ],
)  # fmt: skip
def test_verdicts_a_deed_is_not_decided_by_its_announcement(text, label, record_id):
    from claimcheck import check

    # two rows of one event (they share an alias): its announcement and the deed
    rows = pd.DataFrame(
        [["pius-announces", "Pope Pius XIII announced that he would resign on 28 February.",
          "2013-02-11", "papal resignation announced", "Vatican City", "Pope Pius XIII",
          "Pius XIII resignation"],
         ["pius-resigns", "Pope Pius XIII's resignation took effect.", "2013-02-28",
          "papal resignation (effective)", "Vatican City", "Pope Pius XIII",
          "Pius XIII resignation"]],
        columns=["id", "statement", "date", "event_type", "location", "actors", "aliases"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="pius"), published="2013-03-01").claims[0]
    assert (claim.verdict.label, claim.verdict.record_id) == (label, record_id), (
        claim.verdict.explanation
    )


# fmt: off
TWO_EVENTS = pd.DataFrame(
    [["spa-2021", "Spa shootings: 8 killed in Atlanta, Georgia.", "2021-03-16", "mass shooting",
      "Atlanta, Georgia", "United States"],
     ["market-2021", "Supermarket shooting: 10 killed in Boulder, Colorado.", "2021-03-22",
      "mass shooting", "Boulder, Colorado", "United States"]],
    columns=["id", "statement", "date", "event_type", "location", "country"],
)
# fmt: on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a length counted from another event the table records: placed from that record
        ("The Boulder supermarket shooting came six days after the Atlanta spa shootings.",
         Label.SUPPORTED),
        ("The Boulder supermarket shooting came two weeks after the Atlanta spa shootings.",
         Label.CONTRADICTED),
        # the other event's place is not this one's
        ("Ten people were killed in Boulder six days after the Atlanta spa shootings.",
         Label.SUPPORTED),
    ],
)  # fmt: skip
def test_verdicts_a_length_from_another_event_counts_from_its_record(text, label):
    from claimcheck import check

    reference = load_reference(TWO_EVENTS, name="two-events")
    claim = check(text, reference, published="2021-03-30").claims[0]
    assert claim.verdict.record_id == "market-2021", claim.verdict.explanation
    assert claim.verdict.label is label, claim.verdict.explanation


# fmt: off
MEASURES = pd.DataFrame(
    [["lytton-2021", "Lytton set Canada's national heat record.", "2021-06-29",
      "heat record", "Lytton, British Columbia", "Canada", "", "49.6"],
     ["schettino-2015", "Francesco Schettino was sentenced for the Costa Concordia wreck.",
      "2015-02-11", "court sentence", "Grosseto", "Italy", "16", ""]],
    columns=["id", "statement", "date", "event_type", "location", "country", "prison_years",
             "temperature_c"],
)
MEASURES["finish_time"] = ["", ""]
MEASURES.loc[len(MEASURES)] = [
    "kipchoge-2022", "Eliud Kipchoge won the Berlin Marathon in a world record.", "2022-09-25",
    "marathon world record", "Berlin", "Germany", "", "", "2:01:09",
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Lytton hit 49.6C on 29 June 2021.", Label.SUPPORTED),
        ("Lytton hit 47.9C on 29 June 2021.", Label.CONTRADICTED),
        ("Francesco Schettino was sentenced to 16 years in prison on 11 February 2015.",
         Label.SUPPORTED),
        ("Francesco Schettino was sentenced to 26 years in prison on 11 February 2015.",
         Label.CONTRADICTED),
        # a race time meets the table's one time column
        ("Eliud Kipchoge clocked 2:01:09 in Berlin on 25 September 2022.", Label.SUPPORTED),
        ("Eliud Kipchoge clocked 2:01:19 in Berlin on 25 September 2022.", Label.CONTRADICTED),
    ],
)  # fmt: skip
def test_verdicts_temperatures_and_prison_terms_meet_their_columns(text, label):
    from claimcheck import check

    reference = load_reference(MEASURES, name="measures")
    claim = check(text, reference, published="2022-01-01").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


# fmt: off
TALLIES = pd.DataFrame(
    [["strike-2023", "Actors of SAG-AFTRA went on strike.", "2023-07-14", "strike begins",
      "Los Angeles", "United States", "SAG-AFTRA", "160000", ""],
     ["vote-2018", "Ireland voted to repeal the Eighth Amendment.", "2018-05-25", "referendum",
      "Ireland", "Ireland", "", "", "66.4"]],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors",
             "strikers", "yes_percent"],
)
# fmt: on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # those on strike are people, as "members" and "writers" are
        ("Some 160,000 members of SAG-AFTRA went on strike on 14 July 2023.", Label.SUPPORTED),
        ("Some 60,000 members of SAG-AFTRA went on strike on 14 July 2023.", Label.CONTRADICTED),
        # a vote's share is the table's one share
        ("Ireland voted by 66.4% to repeal the Eighth Amendment on 25 May 2018.", Label.SUPPORTED),
        ("Ireland voted by 56.4% to repeal the Eighth Amendment on 25 May 2018.",
         Label.CONTRADICTED),
    ],
)  # fmt: skip
def test_verdicts_people_and_shares_meet_their_columns(text, label):
    from claimcheck import check

    claim = check(text, load_reference(TALLIES, name="tallies"), published="2024-01-01").claims[0]
    assert claim.verdict.label is label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        # a name without its middle names is the record's
        ("Gen. Brice Oligui Nguema was sworn in as president in Libreville on 4 September 2023.",
         True),
        ("Gen. Brice Ondimba Nguema was sworn in as president in Libreville on 4 September 2023.",
         False),
    ],
)  # fmt: skip
def test_verdicts_a_name_without_its_middle_names_is_the_records(text, supported):
    from claimcheck import check

    rows = pd.DataFrame(
        [["oath-2023", "General Brice Clotaire Oligui Nguema was sworn in as president.",
          "2023-09-04", "inauguration", "Libreville", "Gabon", "Brice Clotaire Oligui Nguema"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors"],
    )  # fmt: skip
    claim = check(text, load_reference(rows, name="oath"), published="2023-09-10").claims[0]
    assert (claim.verdict.label is Label.SUPPORTED) is supported, claim.verdict.explanation


def test_verdicts_a_state_its_words_and_its_day_identify_an_event():
    """A claim that names only a state is known by what else it shares: the record's words and
    its very day (the states then count in full), or nothing, and it stays unverifiable."""
    from claimcheck import check

    rows = pd.DataFrame(
        [
            ["samoa-2019", "Samoa declared a state of emergency as measles cases surged.",
             "2019-11-15", "state of emergency", "Apia", "Samoa"],
            ["samoa-2020", "Samoa held a national day of prayer for the measles victims.",
             "2019-12-06", "prayer", "Apia", "Samoa"],
        ],
        columns=["id", "statement", "date", "event_type", "location", "country"],
    )  # fmt: skip
    reference = load_reference(rows, name="samoa")

    def label(text: str) -> Label:
        return check(text, reference, published="2019-12-20").claims[0].verdict.label

    assert (
        label("Samoa declared a state of emergency on November 15 as measles cases surged.")
        is Label.SUPPORTED
    )
    assert (
        label("Samoa declared a state of emergency on November 2 as measles cases surged.")
        is Label.UNVERIFIABLE
    )


# --- kinds of craft ---------------------------------------------------------------------------

# fmt: off
CRAFTS = pd.DataFrame(
    [
        {"id": "glider", "statement": "A glider (SCHLEICHER ASW 28) crashed landing at Ephrata.",
         "date": "2017-05-26", "event_type": "Accident", "location": "Ephrata, Washington",
         "country": "United States", "deaths": "1"},
        {"id": "cessna", "statement": "A CESSNA 180 crashed at Ventura.", "date": "2017-06-01",
         "event_type": "Accident", "location": "Ventura, California", "country": "United States",
         "deaths": "1"},
        {"id": "huey", "statement": "A Bell UH-1N crashed in Panama City.", "date": "2008-05-29",
         "event_type": "Accident", "location": "Panama City", "country": "Panama", "deaths": "11",
         "Aircraft.Category": "Helicopter"},
    ]
)
# fmt: on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A glider crashed at Ephrata, Washington, on 26 May 2017, killing one person.", "supported"),
        ("A helicopter crashed at Ephrata, Washington, on 26 May 2017, killing one person.",
         "contradicted"),
        # a category column names the craft as well as the statement does
        ("A plane crashed in Panama City on 29 May 2008, killing 11 people.", "contradicted"),
        ("A chopper crashed in Panama City on 29 May 2008, killing 11 people.", "supported"),
        # a record that names no kind of craft says nothing of it
        ("A small plane crashed at Ventura, California, on 1 June 2017, killing one.", "supported"),
    ],
)  # fmt: skip
def test_verdicts_a_craft_of_another_kind_is_another_event(text: str, label: str) -> None:
    result = check(text, load_reference(CRAFTS, name="crafts"))
    [claim] = result.claims
    assert str(claim.verdict.label) == label, claim.verdict.explanation
    if label == "contradicted":
        assert [c.field for c in claim.verdict.comparisons if c.agrees is False] == ["event"]


def test_verdicts_the_craft_of_an_anchoring_event_is_not_the_claims() -> None:
    text = "The glider crash at Ephrata came a day after a helicopter crashed in Panama City."
    [claim] = check(text, load_reference(CRAFTS, name="crafts"), published="2008-06-05").claims
    assert claim.crafts == ("glider",)


@pytest.mark.parametrize(
    ("statement", "label"),
    [
        ("A Pitts crashed at Sheboygan Falls, killing two.", "unverifiable"),
        ("A Pitts crashed at Sheboygan Falls, killing a father and his son.", "supported"),
    ],
)
def test_verdicts_what_a_claim_says_its_event_was_stands_in_the_record(statement, label) -> None:
    row = {"id": "pitts", "statement": statement, "date": "2017-06-02", "event_type": "crash",
           "location": "Sheboygan Falls, Wisconsin", "country": "United States", "deaths": "2"}  # fmt: skip
    text = "The two people killed in Sheboygan Falls on 2 June 2017 were a father and son."
    [claim] = check(text, load_reference(pd.DataFrame([row]), name="pitts")).claims
    assert str(claim.verdict.label) == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # dated from the record's own event: what came of it, which the table does not hold
        ("A wildfire destroyed most of Ashcroft the day after the record was set.", "unverifiable"),
        # the record's own event, dated in its own right: compared
        ("The heatwave set a national temperature record at Ashcroft on 2 July.", "contradicted"),
    ],
)
def test_verdicts_a_claim_dated_from_its_records_event_speaks_of_what_came_of_it(
    text: str, label: str
) -> None:
    reference = load_reference(
        pd.DataFrame(
            [["heat", "Ashcroft recorded 49.6C, a national temperature record.", "2021-06-29",
              "heatwave", "Ashcroft, British Columbia", "Canada"]],
            columns=["id", "statement", "date", "event_type", "location", "country"],
        ),
        name="heat",
    )  # fmt: skip
    verdict = check(text, reference, published="2021-07-05").claims[0].verdict
    assert (verdict.label, verdict.record_id) == (label, "heat")


_QUAKES = pd.DataFrame(
    [
        ["oct", "A magnitude 7.5 earthquake struck the Hindu Kush.", "2015-10-26", "earthquake",
         "AFGHANISTAN: HINDU KUSH", "AFGHANISTAN", "", "Hindu Kush earthquake"],
        ["oct-toll", "The Hindu Kush earthquake's toll was revised to 399.", "2015-11-02",
         "toll revision", "AFGHANISTAN: HINDU KUSH", "AFGHANISTAN", "399",
         "Hindu Kush earthquake"],
        ["lake", "A magnitude 5.9 earthquake struck near Lake Victoria.", "2016-09-10",
         "earthquake", "TANZANIA: LAKE VICTORIA; UGANDA: RAKAI", "TANZANIA; UGANDA", "23", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "deaths",
             "aliases"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # each listed day must be of the record or of another row of its event (here the
        # revision of its toll): 25 November is neither
        (
            "An earthquake hit Afghanistan's Hindu Kush on 26 October 2015 and on 25 November 2015.",
            "misleading",
        ),
        (
            "The Hindu Kush earthquake struck on 26 October 2015 and on 2 November 2015.",
            "supported",
        ),
        # the event in one country alone, where the record places it in two
        (
            "The earthquake of 10 September 2016 struck only Tanzania, killing 23 people.",
            "misleading",
        ),
        ("The earthquake of 10 September 2016 struck Tanzania, killing 23 people.", "supported"),
    ],
)
def test_verdicts_every_day_and_the_only_place_a_claim_states_are_compared(
    text: str, label: str
) -> None:
    reference = load_reference(_QUAKES, name="quakes")
    [claim] = check(text, reference, published="2017-01-01").claims
    assert claim.verdict.label == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a bound on a moment of the day holds that day
        ("A quake struck the town shortly before 1 a.m. on 29 May 2016.", "supported"),
        ("A quake struck the town shortly after 11 p.m. on 29 May 2016.", "supported"),
        # a bound on a day does not
        ("A quake struck the town before 29 May 2016.", "contradicted"),
    ],
)
def test_verdicts_a_bound_on_a_moment_holds_its_day(text: str, label: str) -> None:
    reference = load_reference(
        pd.DataFrame(
            [["mihoub", "A magnitude 5.4 earthquake struck Mihoub.", "2016-05-29", "earthquake",
              "Mihoub", "Algeria", "Mihoub earthquake"]],
            columns=["id", "statement", "date", "event_type", "location", "country", "aliases"],
        ),
        name="mihoub",
    )  # fmt: skip
    text = text.replace("the town", "Mihoub")
    [claim] = check(text, reference, published="2016-06-01").claims
    assert claim.verdict.label == label, claim.verdict.explanation


def test_verdicts_a_record_of_another_event_is_no_rival() -> None:
    # the fire's own row decides the claim of its day; the row of its toll's revision, weeks
    # later and near in score, may be of another event, so it makes no reviewer's tie
    reference = load_reference(DATA / "probe4" / "facts.csv")
    text = "The fire that swept through Lahaina on Aug. 8, 2023, killed 115 people, officials say."
    [claim] = check(text, reference, published="2023-09-01").claims
    assert (claim.verdict.label, claim.verdict.record_id) == ("contradicted", "lahaina_fire")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the round figure of the record's day, claimed exactly on that day
        ("Samsung recalled 2.5 million Galaxy Note 7 phones on 2 September 2016.", "supported"),
        # undated, the exact figure may be a later one than the round report's
        ("Samsung recalled 2.5 million Galaxy Note 7 phones.", "unverifiable"),
    ],
)
def test_verdicts_a_round_figure_is_the_report_of_its_day(text: str, label: str) -> None:
    reference = load_reference(
        pd.DataFrame(
            [["recall", "Samsung announced a global recall of about 2.5 million Galaxy Note 7 "
              "smartphones.", "2016-09-02", "product recall", "Samsung"]],
            columns=["id", "statement", "date", "event_type", "actors"],
        ),
        name="recall",
    )  # fmt: skip
    [claim] = check(text, reference, published="2016-09-10").claims
    assert claim.verdict.label == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Bank of Japan cut interest rates on 19 March 2024.", "contradicted"),
        ("The Bank of Japan raised interest rates on 19 March 2024.", "supported"),
        # a rate the claim says nothing of the way of is not compared
        ("The Bank of Japan ended negative interest rates on 19 March 2024.", "supported"),
    ],
)
def test_verdicts_which_way_a_rate_moved(text: str, label: str) -> None:
    reference = load_reference(
        pd.DataFrame(
            [["boj", "The Bank of Japan ended negative interest rates, raising its short-term "
              "policy rate from -0.1% to a range of 0 to 0.1%, its first rate rise in 17 years.",
              "2024-03-19", "Bank of Japan"]],
            columns=["id", "statement", "date", "actors"],
        ),
        name="boj",
    )  # fmt: skip
    [claim] = check(text, reference, published="2024-03-25").claims
    assert claim.verdict.label == label, claim.verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Fed raised rates by 75 basis points on June 15, 2022.", "supported"),
        (
            "The Fed raised rates by three-quarters of a percentage point on June 15, 2022.",
            "supported",
        ),
        ("The Fed raised its key rate by half a point on June 15, 2022.", "contradicted"),
        ("The Fed delivered a quarter-point rate hike on June 15, 2022.", "contradicted"),
        # the way is the rate move's: a cut of the right size is still no cut
        ("The Fed cut rates by 0.75 percentage point on June 15, 2022.", "contradicted"),
    ],
)
def test_verdicts_a_rate_step_against_a_column_in_basis_points(text: str, label: str) -> None:
    reference = load_reference(
        pd.DataFrame(
            [["fed", "The Federal Reserve raised the federal funds target range to 1.50-1.75%.",
              "2022-06-15", "central bank decision (rate rise)", "Federal Reserve", "Fed", 75]],
            columns=["id", "statement", "date", "event_type", "actors", "aliases",
                     "rate_change_bp"],
        ),
        name="fed",
    )  # fmt: skip
    [claim] = check(text, reference, published="2022-06-20").claims
    assert claim.verdict.label == label, claim.verdict.explanation
    assert claim.verdict.record_id == "fed"


_NATO = pd.DataFrame(
    [["fi", "Finland joined NATO.", "2023-04-04", "accession", "Brussels", "Finland; NATO"],
     ["se", "Sweden joined NATO.", "2024-03-07", "accession", "Washington", "Sweden; NATO"]],
    columns=["id", "statement", "date", "event_type", "location", "actors"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "label", "record"),
    [
        # right for one, wrong for the other: partly right, on the record where it fails
        ("Finland and Sweden both joined NATO in 2023.", "misleading", "se"),
        ("Sweden and Finland both joined NATO in 2023.", "misleading", "se"),
        ("Finland and Sweden both joined NATO in 2022.", "contradicted", "fi"),
        ("Finland and Sweden both joined NATO after 2022.", "supported", "fi"),
        # a part the table cannot check keeps the whole from being confirmed
        ("Finland and Norway both joined NATO in 2023.", "unverifiable", None),
    ],
)
def test_verdicts_a_claim_of_each_of_several_names_holds_only_for_all(
    text: str, label: str, record: str | None
) -> None:
    [claim] = check(text, load_reference(_NATO, name="nato"), published="2024-05-01").claims
    assert (claim.verdict.label, claim.verdict.record_id) == (label, record), (
        claim.verdict.explanation
    )


def test_verdicts_a_length_from_another_event_in_a_clause_of_no_cue_word():
    """ "came two days after the Monterey Park massacre": the names of the phrase a length counts
    from are the other event's, in a clause whose verb no cue names as in any other."""
    rows = pd.DataFrame(
        [["mp", "Huu Can Tran, 72, killed 11 people at a ballroom dance studio.", "2023-01-21",
          "mass shooting", "Monterey Park, California", "Huu Can Tran", "Monterey Park massacre"],
         ["hmb", "Chunli Zhao, 66, killed 7 coworkers at two mushroom farms.", "2023-01-23",
          "mass shooting", "Half Moon Bay, California", "Chunli Zhao", "Half Moon Bay shootings"]],
        columns=["id", "statement", "date", "event_type", "location", "actors", "aliases"],
    )  # fmt: skip
    reference = load_reference(rows, name="two-shootings")
    text = "The Half Moon Bay shootings came two days after the Monterey Park massacre."
    [claim] = check(text, reference, published="2023-01-30").claims
    assert [t.anchor_names for t in claim.times] == [("Monterey Park massacre",)]
    assert (claim.verdict.label, claim.verdict.record_id) == ("supported", "hmb"), (
        claim.verdict.explanation
    )
    wrong = text.replace("two days", "a week")
    [claim] = check(wrong, reference, published="2023-01-30").claims
    assert claim.verdict.label != "supported", claim.verdict.explanation


@pytest.mark.parametrize(("side", "label"), [("after", "supported"), ("before", "unverifiable")])
def test_verdicts_the_other_event_a_claim_dates_by_is_on_the_side_the_record_says(side, label):
    rows = pd.DataFrame(
        [["riot", "On 8 January 2023, a week after Lula's inauguration, supporters of Jair "
          "Bolsonaro stormed the National Congress in Brasilia.", "2023-01-08", "riot",
          "Brasilia", "Brazil", "Supporters of Jair Bolsonaro"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors"],
    )  # fmt: skip
    text = f"Supporters of Jair Bolsonaro rioted in Brasilia {side} Lula's inauguration."
    [claim] = check(text, load_reference(rows, name="riot"), published="2023-01-20").claims
    assert claim.verdict.label == label, claim.verdict.explanation
