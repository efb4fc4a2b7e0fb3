"""Tests for claimcheck.candidates: blocking and scoring reference records for a claim."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.articles import read_article
from claimcheck.candidates import (
    _content_words,
    _holds_name,
    _member,
    _of_the_phase,
    _statements_holding,
    _within,
    candidate_rows,
    find_candidates,
)
from claimcheck.claims import extract_claims
from claimcheck.entities import find_entities
from claimcheck.models import Claim, ClaimKind, Precision, TimeMention, TimeType
from claimcheck.reference import load_reference
from claimcheck.settings import Settings

_REF = load_reference()
_MATCH = Settings().match_threshold

_Days = tuple[date, date] | None


def _claim(text: str, event_type: str | None, days: _Days, reference=_REF) -> Claim:
    """A claim as extract_claims would build it: names from the gazetteer, one stated time."""
    times = ()
    if days is not None:
        first, last = days
        precision = Precision.DAY if first == last else Precision.MONTH
        times = (TimeMention("", 0, 0, TimeType.DATE, first.isoformat(), precision, first, last),)
    return Claim(
        id="c1",
        sentence=0,
        start=0,
        end=len(text),
        text=text,
        kind=ClaimKind.EVENT,
        event_type=event_type,
        checkworthy=True,
        times=times,
        entities=tuple(find_entities(text, reference.gazetteer)),
    )


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _score_of(candidates, record_id: str) -> float:
    return next((c.score for c in candidates if c.record_id == record_id), 0.0)


# --- true claims find their record -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "days", "record_id"),
    [
        (
            "Khamenei said in a speech that Iran will support Palestinian armed groups.",
            "speech",
            _day(2020, 2, 5),
            "khamenei-speech-2020-02-05",
        ),
        (
            "Trump unveiled his Middle East peace plan at the White House with Netanyahu.",
            "policy_announcement",
            _day(2020, 1, 28),
            "us-peace-plan-2020-01-28",
        ),
        (
            "Palestinian President Mahmoud Abbas rejected the Trump plan.",
            "statement",
            _day(2020, 1, 28),
            "abbas-rejects-plan-2020-01-28",
        ),
        (
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.",
            "air_drone_strike",
            _day(2020, 1, 3),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Iran fired ballistic missiles at the Ain al-Asad air base in Iraq.",
            "missile_attack",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        (
            "The Pentagon said 34 service members were diagnosed with traumatic brain injury.",
            "casualty_report",
            _day(2020, 1, 24),
            "tbi-report-2020-01-24",
        ),
        (
            "The Pentagon said 109 service members were diagnosed with traumatic brain injury.",
            "casualty_report",
            _day(2020, 2, 10),
            "tbi-report-2020-02-10",
        ),
        (
            "Iran held parliamentary elections on February 21.",
            "election",
            _day(2020, 2, 21),
            "iran-majlis-election-2020-02-21",
        ),
        (
            "The Guardian Council disqualified thousands of election candidates.",
            "disqualification",
            _day(2020, 1, 13),
            "guardian-council-disqualifications-2020-01-13",
        ),
        (
            "Rouhani criticised the mass disqualification of candidates.",
            "statement",
            _day(2020, 1, 15),
            "rouhani-criticises-disqualifications-2020-01-15",
        ),
        (
            "Rouhani told provincial governors that elections must not become a formality.",
            "speech",
            _day(2020, 1, 27),
            "rouhani-governors-2020-01-27",
        ),
        (
            "Trump pulled out of the Iran nuclear deal in 2018.",
            "policy_announcement",
            _year(2018),
            "us-jcpoa-withdrawal-2018-05-08",
        ),
        (
            "The first US sanctions on Iran took effect after a 90-day wind-down.",
            "sanctions",
            _day(2018, 8, 7),
            "us-sanctions-first-tranche-2018-08-07",
        ),
        (
            "US sanctions on Iran's oil and central bank took effect.",
            "sanctions",
            _day(2018, 11, 5),
            "us-sanctions-second-tranche-2018-11-05",
        ),
        (
            "Rockets hit the K-1 base near Kirkuk, killing a US contractor.",
            "missile_attack",
            _day(2019, 12, 27),
            "k1-air-base-attack-2019-12-27",
        ),
        (
            "The IRGC shot down a Ukrainian airliner after take-off from Tehran.",
            "aircraft_shootdown",
            _day(2020, 1, 8),
            "ps752-shootdown-2020-01-08",
        ),
    ],
)
def test_candidates_true_claims_find_their_record_first(
    text: str, event_type: str, days: _Days, record_id: str
) -> None:
    found = find_candidates(_claim(text, event_type, days), _REF)
    assert found[0].record_id == record_id
    assert found[0].score >= _MATCH


# --- a wrong slot still finds the event, so the verdict can contradict it -----------------------


@pytest.mark.parametrize(
    ("text", "event_type", "days", "record_id"),
    [
        # wrong day, wrong year
        (
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 5.",
            "air_drone_strike",
            _day(2020, 1, 5),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Qassem Soleimani was killed in a drone strike in Baghdad in 2019.",
            "air_drone_strike",
            _year(2019),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Trump pulled out of the Iran nuclear deal in 2017.",
            "policy_announcement",
            _year(2017),
            "us-jcpoa-withdrawal-2018-05-08",
        ),
        (
            "The Guardian Council disqualified thousands of election candidates in March.",
            "disqualification",
            (date(2020, 3, 1), date(2020, 3, 31)),
            "guardian-council-disqualifications-2020-01-13",
        ),
        (
            "Khamenei said in a speech that Iran will support Palestinian armed groups.",
            "speech",
            _day(2019, 2, 5),
            "khamenei-speech-2020-02-05",
        ),
        # wrong place
        (
            "Qassem Soleimani was killed in a drone strike in Tehran on January 3.",
            "air_drone_strike",
            _day(2020, 1, 3),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Iran fired ballistic missiles at the Ain al-Asad air base in Syria.",
            "missile_attack",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        # wrong actor
        (
            "A US drone strike near Baghdad International Airport killed Abu Bakr al-Baghdadi.",
            "air_drone_strike",
            _day(2020, 1, 3),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Mahmoud Abbas unveiled the Deal of the Century at the White House.",
            "policy_announcement",
            _day(2020, 1, 28),
            "us-peace-plan-2020-01-28",
        ),
        # wrong count
        (
            "Iran's missile attack on Ain al-Asad killed 80 American soldiers.",
            "missile_attack",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        # wrong date and a generic event type
        (
            "Soleimani was killed in Baghdad on January 2.",
            "killing",
            _day(2020, 1, 2),
            "soleimani-strike-2020-01-03",
        ),
    ],
)
def test_candidates_a_wrong_slot_still_finds_the_event(
    text: str, event_type: str, days: _Days, record_id: str
) -> None:
    found = find_candidates(_claim(text, event_type, days), _REF)
    assert found[0].record_id == record_id
    assert found[0].score >= _MATCH


# --- look-alikes and different events do not match -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "days", "not_record"),
    [
        (
            "Kataib Hezbollah fired rockets at the K-1 base on December 27.",
            "missile_attack",
            _day(2019, 12, 27),
            "ain-al-asad-attack-2020-01-08",
        ),
        (
            "Hezbollah fired rockets at Israel on January 8.",
            "missile_attack",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        (
            "North Korea fired ballistic missiles on January 8.",
            "missile_attack",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        (
            "The IRGC shot down a Ukrainian airliner near Tehran on January 8.",
            "aircraft_shootdown",
            _day(2020, 1, 8),
            "ain-al-asad-attack-2020-01-08",
        ),
        (
            "The Assembly of Experts disqualified thousands of candidates on January 13.",
            "disqualification",
            _day(2020, 1, 13),
            "guardian-council-disqualifications-2020-01-13",
        ),
        (
            "Rouhani criticised the mass disqualification of candidates.",
            "statement",
            _day(2020, 1, 15),
            "guardian-council-disqualifications-2020-01-13",
        ),
        (
            "Iran held a presidential election on June 18, 2021.",
            "election",
            _day(2021, 6, 18),
            "iran-majlis-election-2020-02-21",
        ),
        (
            "A US drone strike killed Abu Bakr al-Baghdadi in Syria in October 2019.",
            "air_drone_strike",
            (date(2019, 10, 1), date(2019, 10, 31)),
            "soleimani-strike-2020-01-03",
        ),
        (
            "Trump pulled out of the Iran nuclear deal in 2018.",
            "policy_announcement",
            _year(2018),
            "us-peace-plan-2020-01-28",
        ),
    ],
)
def test_candidates_look_alikes_stay_below_the_match_threshold(
    text: str, event_type: str, days: _Days, not_record: str
) -> None:
    found = find_candidates(_claim(text, event_type, days), _REF)
    assert _score_of(found, not_record) < _MATCH


@pytest.mark.parametrize(
    ("text", "event_type", "days", "matched"),
    [
        # a claim that names nothing is known by its kind, its words and a date that meets
        (
            "Sanctions took effect in August 2018.",
            "sanctions",
            (date(2018, 8, 1), date(2018, 8, 31)),
            "us-sanctions-first-tranche-2018-08-07",
        ),
        # ... and never by the kind alone, nor at a date of another event of its kind
        ("A missile attack injured 40 fishermen on January 8.", "missile_attack",
         _day(2020, 1, 8), None),
        ("Parliamentary elections were held on February 21.", "election", _day(2020, 2, 21),
         None),
        ("Sanctions took effect in March 2018.", "sanctions",
         (date(2018, 3, 1), date(2018, 3, 31)), None),
    ],
)  # fmt: skip
def test_candidates_without_a_name_match_only_by_kind_words_and_date(
    text: str, event_type: str, days: _Days, matched: str | None
) -> None:
    found = [c for c in find_candidates(_claim(text, event_type, days), _REF) if c.score >= _MATCH]
    assert (found[0].record_id if found else None) == matched


# --- the shape of the answer -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("max_candidates", "suggest_threshold"),
    [(5, 50.0), (1, 50.0), (3, 0.0), (10, 0.0)],
)
def test_candidates_are_sorted_limited_and_above_the_suggest_threshold(
    max_candidates: int, suggest_threshold: float
) -> None:
    custom = Settings(max_candidates=max_candidates, suggest_threshold=suggest_threshold)
    claim = _claim(
        "Trump said Iran would pay for attacking US troops.", "statement", _day(2020, 1, 8)
    )
    found = find_candidates(claim, _REF, settings=custom)
    assert 0 < len(found) <= max_candidates
    assert all(c.score >= suggest_threshold for c in found)
    assert found == sorted(found, key=lambda c: (-c.score, c.record_id))


@pytest.mark.parametrize(
    ("days", "parts"),
    [
        (_day(2020, 1, 3), ["entities", "event_type", "date", "text", "margin"]),
        (None, ["entities", "event_type", "text", "margin"]),
    ],
)
def test_candidates_breakdown_names_every_part_scored(days: _Days, parts: list[str]) -> None:
    claim = _claim("Qassem Soleimani was killed in Baghdad.", "killing", days)
    for candidate in find_candidates(claim, _REF):
        assert [name for name, _ in candidate.breakdown] == parts
        assert all(0.0 <= value <= 100.0 for name, value in candidate.breakdown if name != "margin")


@pytest.mark.parametrize(
    ("tolerance", "claimed", "expected_date_score"),
    [(0, _day(2018, 8, 6), None), (1, _day(2018, 8, 6), 100.0), (1, _day(2018, 8, 8), 100.0)],
)
def test_candidates_record_tolerance_widens_the_date(
    tolerance: int, claimed: _Days, expected_date_score: float | None
) -> None:
    frame = _REF.frame.copy()
    row = frame.index[frame["id"] == "us-sanctions-first-tranche-2018-08-07"][0]
    frame.loc[row, "date_tolerance_days"] = tolerance
    ref = load_reference(frame)
    claim = _claim("US sanctions on Iran took effect.", "sanctions", claimed, ref)
    candidate = next(
        c
        for c in find_candidates(claim, ref, settings=Settings(suggest_threshold=0))
        if c.record_id == "us-sanctions-first-tranche-2018-08-07"
    )
    date_score = dict(candidate.breakdown)["date"]
    if expected_date_score is None:
        assert date_score < 100.0
    else:
        assert date_score == expected_date_score


@pytest.mark.parametrize(
    ("record_date", "expected"),
    [("2020-01-03", 100.0), ("2020-01", 100.0), ("2020", 80.0)],
)
def test_candidates_a_coarse_record_date_meets_a_claimed_day_with_less_weight(
    record_date: str, expected: float
) -> None:
    frame = _REF.frame.copy()
    frame.loc[frame["id"] == "soleimani-strike-2020-01-03", ["date", "date_precision"]] = [
        record_date,
        "",
    ]
    ref = load_reference(frame)
    claim = _claim("Qassem Soleimani was killed.", "killing", _day(2020, 1, 3), ref)
    best = find_candidates(claim, ref)[0]
    assert best.record_id == "soleimani-strike-2020-01-03"
    assert dict(best.breakdown)["date"] == expected


# --- blocking ----------------------------------------------------------------------------------


def _big_reference(rows: int) -> pd.DataFrame:
    """The shipped facts among many unrelated ones, to see blocking skip what cannot match."""
    filler = pd.DataFrame(
        {
            "id": [f"filler-{i}" for i in range(rows)],
            "statement": [
                f"Officials in town number {i} opened a new bridge." for i in range(rows)
            ],
            "date": [f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(rows)],
            "event_type": ["infrastructure"] * rows,
            "actors": [f"Mayor {i}" for i in range(rows)],
        }
    )
    return pd.concat([_REF.frame, filler], ignore_index=True).astype("string").fillna("")


_BIG = load_reference(_big_reference(3000))


@pytest.mark.parametrize(
    ("text", "event_type", "days", "record_id"),
    [
        (
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.",
            "air_drone_strike",
            _day(2020, 1, 3),
            "soleimani-strike-2020-01-03",
        ),
        (
            "The Guardian Council disqualified thousands of election candidates.",
            "disqualification",
            None,
            "guardian-council-disqualifications-2020-01-13",
        ),
    ],
)
def test_candidates_blocking_keeps_the_record_and_skips_the_rest(
    text: str, event_type: str, days: _Days, record_id: str
) -> None:
    claim = _claim(text, event_type, days, _BIG)
    rows = candidate_rows(claim, _BIG)
    assert record_id in {_BIG.ids[i] for i in rows}
    assert len(rows) < 100
    assert find_candidates(claim, _BIG)[0].record_id == record_id


@pytest.mark.parametrize("copy_id", ["soleimani-strike-copy"])
def test_candidates_two_records_fitting_alike_tie_with_no_margin(copy_id: str) -> None:
    frame = _REF.frame.copy()
    twin = frame[frame["id"] == "soleimani-strike-2020-01-03"].assign(id=copy_id)
    ref = load_reference(pd.concat([frame, twin], ignore_index=True))
    claim = _claim(
        "Qassem Soleimani was killed in a drone strike in Baghdad.", "air_drone_strike", None, ref
    )
    found = find_candidates(claim, ref)
    assert [c.record_id for c in found[:2]] == sorted([copy_id, "soleimani-strike-2020-01-03"])
    assert found[0].score == found[1].score
    assert dict(found[0].breakdown)["margin"] == dict(found[1].breakdown)["margin"] == 0.0


@pytest.mark.parametrize("text", ["", "and the of", "Zzyzx qwerty"])
def test_candidates_claims_with_nothing_to_block_on_find_nothing(text: str) -> None:
    assert find_candidates(_claim(text, None, None), _REF) == []


# --- invariants --------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("Soleimani Baghdad Iran Trump deal strike killed ."), max_size=80
    ),
    st.sampled_from([None, "air_drone_strike", "statement", "killing"]),
    st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
)
def test_candidates_are_deterministic_and_well_formed(
    text: str, event_type: str | None, day: date | None
) -> None:
    claim = _claim(text, event_type, (day, day) if day else None)
    found = find_candidates(claim, _REF)
    assert found == find_candidates(dataclasses.replace(claim), _REF)
    assert len(found) <= Settings().max_candidates
    assert len({c.record_id for c in found}) == len(found)
    assert all(Settings().suggest_threshold <= c.score <= 100.0 for c in found)


# fmt: off
_PHASES = load_reference(pd.DataFrame(
    [
        ["crash", "Air Zenda Flight 9 crashed into the sea.", "2009-06-01", "airliner crash",
         "ZA9; Air Zenda disaster"],
        ["found", "Searchers located the wreckage on the sea floor.", "2011-04-03",
         "wreckage located", "Air Zenda disaster"],
    ],
    columns=["id", "statement", "date", "event_type", "aliases"],
), name="phases")
# fmt: on


@pytest.mark.parametrize("day", [date(2011, 4, 3), date(2010, 4, 3)])
def test_candidates_the_events_name_finds_the_row_of_the_phase_claimed(day: date) -> None:
    # the name (of the crash row only) identifies the event; the phase ("found") its row of the
    # wreckage found, which shares an alias with it; the date is not asked
    claim = dataclasses.replace(
        _claim("Searchers found the wreckage of ZA9 on the seabed.", None, (day, day), _PHASES),
        phase="found",
    )
    best = find_candidates(claim, _PHASES)[0]
    assert (best.record_id, best.score >= _MATCH) == ("found", True)


def test_candidates_a_claim_that_names_nothing_is_known_by_its_phase_and_words() -> None:
    # no name is no evidence against a record: the phase and the words find the demolition
    reference = load_reference(
        pd.DataFrame(
            [
                ["fell", "Part of the Elm Tower condominium collapsed.", "2021-06-24",
                 "building collapse"],
                ["razed", "The still-standing remainder of the Elm Tower was demolished.",
                 "2021-07-04", "controlled demolition"],
            ],
            columns=["id", "statement", "date", "event_type"],
        ),
        name="nameless",
    )  # fmt: skip
    text = "The still-standing part of the building was demolished."
    claim = dataclasses.replace(_claim(text, None, None, reference), phase="demolition")
    assert not claim.entities
    best = find_candidates(claim, reference)[0]
    assert (best.record_id, best.score >= _MATCH) == ("razed", True)


def test_candidates_a_record_names_what_its_statement_names() -> None:
    """An inquiry's row names its site in its statement only ("the Grenfell Tower Inquiry
    published..."): the claim's linked name finds it there as among the aliases."""
    frame = pd.DataFrame(
        [
            ["fire", "A fire destroyed Grenfell Tower.", "2017-06-14", "building fire",
             "Grenfell Tower, London", "Grenfell Tower"],
            ["report", "The Grenfell Tower Inquiry published its final report.", "2024-09-04",
             "inquiry report", "London", ""],
        ],
        columns=["id", "statement", "date", "event_type", "location", "aliases"],
    )  # fmt: skip
    ref = load_reference(frame)
    claim = _claim("The Grenfell Tower inquiry published its report.", None, None, ref)
    scores = {c.record_id: dict(c.breakdown)["entities"] for c in find_candidates(claim, ref)}
    assert scores["report"] == scores["fire"] > 0


# --- fast paths: each gives what the plain way gives ------------------------------------------

_ROW_SETS = st.lists(st.integers(0, len(_REF) - 1), unique=True).map(
    lambda rows: np.array(sorted(rows), dtype=np.int64)
)


@settings(max_examples=80, deadline=None)
@given(_ROW_SETS, _ROW_SETS)
def test_candidates_member_is_isin_of_sorted_rows(rows: np.ndarray, posting: np.ndarray) -> None:
    assert _member(rows, posting.astype(np.int32)).tolist() == np.isin(rows, posting).tolist()


@settings(max_examples=80, deadline=None)
@given(
    _ROW_SETS,
    st.lists(st.tuples(st.dates(date(1950, 1, 1), date(2030, 12, 31)), st.integers(0, 400))),
)
def test_candidates_window_filter_is_the_rows_between_its_days(
    rows: np.ndarray, spans: list[tuple[date, int]]
) -> None:
    window = [(first.toordinal(), first.toordinal() + days) for first, days in spans]
    between = [_REF.rows_between(date.fromordinal(lo), date.fromordinal(hi)) for lo, hi in window]
    expected = np.intersect1d(rows, np.concatenate([np.zeros(0, np.int64), *between]))
    assert _within(rows, window, _REF).tolist() == expected.tolist()


@pytest.mark.parametrize("rare_rows", [1, 2, 2000])
def test_candidates_statement_words_are_found_as_each_statements_words(
    rare_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with few rows allowed postings, most words are found by the pattern over the statements
    monkeypatch.setattr("claimcheck.reference._RARE_WORD_ROWS", rare_rows)
    statements = [
        "Strike kills 3 in Baghdad; the strike_force left.",
        "STRAẞE strikes: strasse closed, 12strike and strikes2 not words",
        "Airstrike near Baghdad",
        "a strike, a STRIKE, a Strike.",
        "kills",
    ]
    reference = load_reference(
        pd.DataFrame(
            {"id": [f"r{i}" for i in range(len(statements))], "statement": statements,
             "date": "2020-01-03"}
        )
    )  # fmt: skip
    rows = np.arange(len(statements))
    words = ["strike", "strasse", "baghdad", "kills", "strikes", "airstrike", "closed"]
    held = _statements_holding(words, reference, rows, reference.statements_at(rows))
    for word in words:
        expected = [word in _content_words(statement) for statement in statements]
        assert held[word].tolist() == expected, word


_STATEMENT_TEXT = st.text(alphabet="aksitr _-1ẞßA\u0301é", max_size=40)


# words that open, end and hold one another, and what may stand between them
_PIECES = ["kit", "kits", "skit", "Kit", "sit", "tri", "KITS", " ", " ", "-", "_", "1", "\n"]


# statements all in ASCII are searched by Arrow's regex engine, others by Python's
@pytest.mark.parametrize("pieces", [_PIECES, [*_PIECES, "é", "ẞ", "\u0301", "ǰ"]])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_candidates_common_words_are_found_as_each_statements_words(pieces, data) -> None:
    texts = st.lists(st.sampled_from(pieces), max_size=12).map("".join)
    statements = data.draw(st.lists(texts, min_size=1, max_size=6))
    # a word of two statements or more has no postings: it is found by the patterns
    frame = pd.DataFrame(
        {"id": [f"r{i}" for i in range(len(statements))],
         "statement": [f"x {s}" for s in statements], "date": "2020-01-03"}
    )  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("claimcheck.reference._RARE_WORD_ROWS", 1)
        reference = load_reference(frame)
    rows = np.arange(len(statements))
    texts = reference.statements_at(rows)
    words = sorted(set().union(*(_content_words(t) for t in texts)) | {"kit", "sit", "tri"})
    held = _statements_holding(words, reference, rows, texts)
    for word in words:
        assert held[word].tolist() == [word in _content_words(t) for t in texts], word


@settings(max_examples=200, deadline=None)
@given(statement=_STATEMENT_TEXT, name=st.text(alphabet="aksA_ 1é", min_size=1, max_size=4))
def test_candidates_a_name_stands_in_a_statement_as_the_word_pattern_says(
    statement: str, name: str
) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    assert _holds_name(statement, name) is (pattern.search(statement) is not None)


@pytest.mark.parametrize("facts", ["probe4", "probe7", "probe8"])
def test_candidates_rows_of_a_phase_are_the_records_of_that_phase(facts: str) -> None:
    reference = load_reference(Path(__file__).parent / "data" / facts / "facts.csv")
    rows = np.arange(len(reference))
    phases = {p for record in reference.records for p in record.phases}
    assert phases  # the sets have rows of phases, named by their labels or their statements
    for phase in sorted(phases | {"found", "no_such_phase"}):
        claim = dataclasses.replace(_claim("", None, None), phase=phase)
        expected = [phase in reference.record_at(i).phases for i in rows]
        assert _of_the_phase(claim, reference, rows).tolist() == expected, phase


def test_candidates_names_no_record_holds_tell_nothing():
    """A claim whose only name is a wrong place ("in Chiang Rai province" for a cave in
    Chiang Mai) is found by its kind and its words, and then contradicted on the place."""
    from claimcheck import check
    from claimcheck.models import Label

    rows = pd.DataFrame(
        [["cave-2018", "Twelve boys and their coach were trapped in the Tham Luang cave.",
          "2018-06-23", "cave rescue", "Tham Luang cave, Mae Sai, Chiang Rai", "Thailand"]],
        columns=["id", "statement", "date", "event_type", "location", "country"],
    )  # fmt: skip
    reference = load_reference(rows, name="cave")
    claim = check(
        "Twelve boys and their coach were trapped in a cave in Zorbania in June 2018.",
        reference,
        published="2018-07-10",
    ).claims[0]
    assert claim.verdict.record_id == "cave-2018", claim.verdict.explanation
    assert claim.verdict.label is not Label.SUPPORTED


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a label of several kinds is each of them, not only its main one
        ("The Deepwater Horizon rig exploded on April 20, 2010, killing 11 workers.",
         ["dwh", "The Deepwater Horizon rig blew out and sank, and oil spilled for 87 days.",
          "2010-04-20", "offshore drilling rig explosion / oil spill", "Gulf of Mexico", 11]),
        ("A stampede at the Kiss nightclub in Santa Maria on 27 January 2013 killed 242 people.",
         ["kiss", "Fire swept through the Kiss nightclub in Santa Maria, Brazil.",
          "2013-01-27", "nightclub fire; stampede", "Santa Maria, Rio Grande do Sul", 242]),
    ],
)  # fmt: skip
def test_candidates_a_claim_of_any_kind_a_label_names_is_of_its_kind(text: str, row: list):
    from claimcheck import check
    from claimcheck.models import Label

    columns = ["id", "statement", "date", "event_type", "location", "deaths"]
    reference = load_reference(pd.DataFrame([row], columns=columns), name="kinds")
    verdict = check(text, reference, published="2014-01-01").claims[0].verdict
    assert verdict.label is Label.SUPPORTED, verdict.explanation
    assert any(c.field == "event_type" and c.agrees for c in verdict.comparisons)


def test_candidates_the_date_does_not_choose_between_events_told_of_in_other_words():
    """Two firebombings in one town a day apart, of an armory and of a court: a claim of the
    court's on the armory's day finds the court's record first (and is contradicted by its
    date), not the armory's because the day meets."""
    from claimcheck import check

    rows = pd.DataFrame(
        [["armory", "Unknown perpetrators firebombed the National Guard Armory in Walnut Creek, "
          "California.", "1970-08-28", "Facility/Infrastructure Attack", "Walnut Creek, California",
          "United States"],
         ["court", "Unknown perpetrators firebombed a municipal court building in Walnut Creek, "
          "California.", "1970-08-29", "Facility/Infrastructure Attack", "Walnut Creek, California",
          "United States"]],
        columns=["id", "statement", "date", "event_type", "location", "country"],
    )  # fmt: skip
    text = "The Walnut Creek municipal court building was firebombed on Friday, Aug. 28."
    claim = check(text, load_reference(rows, name="gtd"), published="1970-09-01").claims[0]
    assert claim.verdict.candidates[0].record_id == "court"
    assert str(claim.verdict.label) == "contradicted", claim.verdict.explanation


_INCIDENTS = pd.DataFrame(
    [
        ["span", "The Harrow River Bridge collapsed during the evening rush hour.", "2011-03-02",
         "bridge collapse", "Dunmore, Ohio", "Harrow River Bridge", "9"],
        ["storm", "Flash floods swept through eastern Kentucky.", "2012-07-27", "flooding",
         "Kentucky", "", "14"],
        ["suit", "Families of the victims sued the state over the bridge.", "2012-05-01",
         "lawsuit", "Dunmore, Ohio", "", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "aliases", "deaths"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the name says which event: the kind of incident is a slot the verdict compares
        ("A bomb brought down the Harrow River Bridge in March 2011.", "span"),
        ("An explosion destroyed the Harrow River Bridge.", "span"),
        # towns and states name many events: with the day that meets, they name this one
        ("A tornado killed 14 people in Kentucky on July 27, 2012.", "storm"),
    ],
)
def test_candidates_an_incident_named_but_misdescribed_is_found(text: str, found: str) -> None:
    ref = load_reference(_INCIDENTS, name="incidents")
    claim = extract_claims(read_article(text, published="2013-01-01"), ref)[0]
    best = find_candidates(claim, ref)[0]
    assert (best.record_id, best.score >= _MATCH) == (found, True)


@pytest.mark.parametrize(
    ("text", "record", "kind_part"),
    [
        # a named incident misdescribed: its kind is left to the verdict (neutral here)
        ("A bomb brought down the Harrow River Bridge in March 2011.", "span", 50.0),
        # a state alone, on another day, is no name of this event: the kinds still differ
        ("A tornado killed 14 people in Kentucky in May 2013.", "storm", 0.0),
        # what followed the incident is another kind of event altogether, not a misdescription
        ("Prosecutors charged two engineers over the Harrow River Bridge collapse.", "span", 0.0),
    ],
)
def test_candidates_only_a_named_incident_leaves_its_kind_to_the_verdict(
    text: str, record: str, kind_part: float
) -> None:
    ref = load_reference(_INCIDENTS, name="incidents")
    claim = extract_claims(read_article(text, published="2014-01-01"), ref)[0]
    parts = {c.record_id: dict(c.breakdown) for c in find_candidates(claim, ref)}
    assert parts[record]["event_type"] == kind_part


# --- a day that singles out one record ------------------------------------------------------


def _shootings(*extra: list[str]):
    rows = [
        ["el-paso", "Patrick Crusius, 21, posted a manifesto online shortly before the attack.",
         "2019-08-03", "workplace mass shooting", "El Paso, Texas", "Patrick Crusius", "22", "26"],
        ["thornton", "Scott Ostrem, 47, walked into the store and opened fire.",
         "2017-11-01", "mass shooting", "Thornton, Colorado", "Scott Ostrem", "3", "0"],
        *extra,
    ]  # fmt: skip
    columns = ["id", "statement", "date", "event_type", "location", "actors", "deaths", "injuries"]
    return load_reference(pd.DataFrame(rows, columns=columns))


_EL_PASO = (
    "A man killed 22 people and wounded more than two dozen at a store in El Paso "
    "on Saturday morning."
)


def test_candidates_a_day_one_record_alone_falls_on_names_the_event():
    """Told in other words than the record's, the claim's town, kind and very day say which
    shooting it is: it matches, and is checked."""
    from claimcheck import check
    from claimcheck.models import Label

    verdict = check(_EL_PASO, _shootings(), published="2019-08-05").claims[0].verdict
    assert (verdict.record_id, verdict.label) == ("el-paso", Label.SUPPORTED), verdict.explanation


@pytest.mark.parametrize(
    ("published", "twin"),
    [
        # a week later "on Saturday" is another day: the day takes nothing away, and adds nothing
        ("2019-08-12", None),
        # two records of the day: the day singles out neither
        ("2019-08-05", ["twin", "Another man opened fire in a mall the same morning.",
                        "2019-08-03", "mass shooting", "El Paso, Texas", "John Doe", "1", "0"]),
        # a row of the same event on that day (its toll revised): the day must not choose
        # among an event's rows, whose dates are under test
        ("2019-08-05", ["toll", "Patrick Crusius: the toll rose to 23.",
                        "2019-08-03", "death toll update", "El Paso, Texas", "Patrick Crusius",
                        "23", ""]),
    ],
)  # fmt: skip
def test_candidates_a_day_that_singles_out_no_record_adds_nothing(published, twin):
    from claimcheck import check
    from claimcheck.models import Label

    reference = _shootings(*([twin] if twin else []))
    verdict = check(_EL_PASO, reference, published=published).claims[0].verdict
    assert verdict.label is not Label.SUPPORTED, verdict.explanation
