"""Tests for claimcheck.reference: loading, validation, hashing and indexes of the reference data."""

from __future__ import annotations

import csv
import json
import pickle
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.entities import find_entities
from claimcheck.errors import ReferenceDataError
from claimcheck.models import CountRole, EntityKind, Precision
from claimcheck.reference import COLUMNS, load_reference
from claimcheck.seeds import DEFAULT_REFERENCE

# The event types of the shipped data (DESIGN.md's names, plus "disqualification").
_EVENT_TYPES = {
    "speech",
    "statement",
    "policy_announcement",
    "air_drone_strike",
    "missile_attack",
    "casualty_report",
    "election",
    "disqualification",
    "sanctions",
    "aircraft_shootdown",
}

_ROWS = [
    {
        "id": "soleimani-strike",
        "statement": "A US drone strike kills Qassem Soleimani near Baghdad airport.",
        "date": "2020-01-03",
        "event_type": "air_drone_strike",
        "location": "Baghdad International Airport;Baghdad",
        "country": "Iraq",
        "actors": "Qassem Soleimani;United States",
        "aliases": "Qasem Soleimani;Suleimani",
        "deaths": "10",
        "injuries": "",
        "source": "https://example.org/a ; https://example.org/b",
        "deaths_low": "7",
    },
    {
        "id": "ain-al-asad",
        "statement": "Iran fires ballistic missiles at the Ain al-Asad air base in Iraq.",
        "date": "2020-01",
        "event_type": "missile_attack",
        "location": "Ain al-Asad Air Base",
        "country": "Iraq",
        "actors": "Islamic Revolutionary Guard Corps;Iran",
        "aliases": "Al Asad Air Base;Operation Martyr Soleimani",
        "deaths": "0",
        "injuries": "110",
        "source": "https://example.org/c",
        "deaths_low": "",
    },
    {
        "id": "jcpoa-withdrawal",
        "statement": "Trump announces the US withdrawal from the Iran nuclear deal.",
        "date": "2018",
        "event_type": "policy_announcement",
        "location": "",
        "country": "United States",
        "actors": "Donald Trump",
        "aliases": "JCPOA",
        "deaths": "",
        "injuries": "",
        "source": "",
        "deaths_low": "",
    },
]


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _problems(excinfo: pytest.ExceptionInfo[ReferenceDataError]) -> set[tuple[int | None, str]]:
    return {(p.row, p.code) for p in excinfo.value.problems}


# --- the same facts in every format ------------------------------------------------------------


@pytest.mark.parametrize("form", ["csv", "parquet", "jsonl", "dataframe"])
def test_reference_every_format_gives_the_same_records(tmp_path: Path, form: str) -> None:
    frame = pd.DataFrame(_ROWS)
    expected = load_reference(_write_csv(tmp_path / "base.csv", _ROWS))
    if form == "csv":
        ref = load_reference(_write_csv(tmp_path / "events.csv", _ROWS))
    elif form == "parquet":
        typed = frame.assign(deaths=pd.array([10, 0, None], dtype="Int64"))
        typed.to_parquet(tmp_path / "events.parquet")
        ref = load_reference(tmp_path / "events.parquet")
    elif form == "jsonl":
        with (tmp_path / "events.jsonl").open("w", encoding="utf-8") as fh:
            for row in _ROWS:
                fh.write(json.dumps({k: v for k, v in row.items() if v}) + "\n")
        ref = load_reference(tmp_path / "events.jsonl")
    else:
        ref = load_reference(frame)
    assert list(ref.records) == list(expected.records)
    assert ref.sha256 == expected.sha256
    assert ref.rows == 3


@pytest.mark.parametrize(
    ("record_id", "precision", "first", "last"),
    [
        ("soleimani-strike", Precision.DAY, date(2020, 1, 3), date(2020, 1, 3)),
        ("ain-al-asad", Precision.MONTH, date(2020, 1, 1), date(2020, 1, 31)),
        ("jcpoa-withdrawal", Precision.YEAR, date(2018, 1, 1), date(2018, 12, 31)),
    ],
)
def test_reference_date_precision_is_inferred_and_bounds_the_interval(
    record_id: str, precision: Precision, first: date, last: date
) -> None:
    record = load_reference(pd.DataFrame(_ROWS)).record(record_id)
    assert (record.date_precision, record.first, record.last) == (precision, first, last)


@pytest.mark.parametrize(
    ("record_id", "deaths", "injuries", "sources", "extra"),
    [
        (
            "soleimani-strike",
            10,
            None,
            ("https://example.org/a", "https://example.org/b"),
            (("deaths_low", "7"),),
        ),
        ("ain-al-asad", 0, 110, ("https://example.org/c",), (("deaths_low", ""),)),
    ],
)
def test_reference_counts_sources_and_extra_columns_are_typed(
    record_id: str, deaths: int | None, injuries: int | None, sources: tuple, extra: tuple
) -> None:
    record = load_reference(pd.DataFrame(_ROWS)).record(record_id)
    assert (record.deaths, record.injuries, record.sources, record.extra) == (
        deaths,
        injuries,
        sources,
        extra,
    )


@pytest.mark.parametrize("change", ["value", "order"])
def test_reference_hash_changes_with_content(change: str) -> None:
    frame = pd.DataFrame(_ROWS)
    changed = frame.copy()
    if change == "value":
        changed.loc[0, "deaths"] = "8"
    else:
        changed = changed.iloc[::-1].reset_index(drop=True)
    assert load_reference(frame).sha256 != load_reference(changed).sha256


# --- one error listing every problem -------------------------------------------------------------


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        # duplicate id AND an impossible date, reported together (CSV rows: header is row 1)
        (
            {1: {"id": "soleimani-strike"}, 2: {"date": "2020-02-30"}},
            {(3, "duplicate_id"), (4, "impossible_date")},
        ),
        ({0: {"id": ""}}, {(2, "empty_id")}),
        ({0: {"statement": ""}}, {(2, "empty_statement")}),
        ({0: {"date": "3 January 2020"}}, {(2, "malformed_date")}),
        ({0: {"date": "2020-13"}}, {(2, "impossible_date")}),
        ({0: {"date": ""}}, {(2, "empty_date")}),
        (
            {0: {"deaths": "ten"}, 1: {"injuries": "-3"}},
            {(2, "not_an_integer"), (3, "negative_count")},
        ),
        ({0: {"deaths": "7.5"}}, {(2, "fractional_count")}),
    ],
)
def test_reference_csv_problems_are_all_listed(
    tmp_path: Path, edits: dict[int, dict[str, str]], expected: set
) -> None:
    rows = [dict(row) for row in _ROWS]
    for index, change in edits.items():
        rows[index].update(change)
    with pytest.raises(ReferenceDataError) as excinfo:
        load_reference(_write_csv(tmp_path / "bad.csv", rows))
    assert _problems(excinfo) == expected
    message = str(excinfo.value)
    assert "bad.csv" in message and "Fix every row" in message
    for row, code in expected:
        assert code in message and str(row) in message


@pytest.mark.parametrize(
    ("precision", "date_text", "code"),
    [
        ("day", "2020-01", "precision_mismatch"),
        ("year", "2020-01-03", "precision_mismatch"),
        ("week", "2020-01-03", "unknown_precision"),
    ],
)
def test_reference_precision_must_agree_with_the_date(
    precision: str, date_text: str, code: str
) -> None:
    frame = pd.DataFrame(_ROWS).assign(date_precision=["", "", ""])
    frame.loc[0, ["date", "date_precision"]] = [date_text, precision]
    with pytest.raises(ReferenceDataError) as excinfo:
        load_reference(frame)
    assert _problems(excinfo) == {(1, code)}


@pytest.mark.parametrize("column", ["id", "statement", "date"])
def test_reference_missing_required_column_is_named(column: str) -> None:
    with pytest.raises(ReferenceDataError, match=f"required column '{column}'") as excinfo:
        load_reference(pd.DataFrame(_ROWS).drop(columns=[column]))
    assert _problems(excinfo) == {(None, "missing_column")}


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.csv", "id,statement,date\n", "empty_file"),
        ("blank.csv", "", "empty_file"),
        ("binary.csv", b"\xff\xfe\x00\x81id", "unreadable_file"),
        ("events.xlsx", "id", "unknown_format"),
        (
            "broken.jsonl",
            '{"id": "a", "statement": "x", "date": "2020"}\n{"id": \n',
            "malformed_json",
        ),
        ("short.csv", "id,statement,date\na,b\n", "wrong_field_count"),
    ],
)
def test_reference_unreadable_files_raise_one_clear_error(
    tmp_path: Path, name: str, content: str | bytes, code: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as excinfo:
        load_reference(path)
    assert code in {p.code for p in excinfo.value.problems}


@pytest.mark.parametrize("path", ["no/such/events.csv"])
def test_reference_missing_file_says_so(path: str) -> None:
    with pytest.raises(ReferenceDataError, match="no such file"):
        load_reference(path)


# --- the shipped dataset -------------------------------------------------------------------------


@pytest.mark.parametrize("source", [None, DEFAULT_REFERENCE])
def test_reference_shipped_file_validates(source: Path | None) -> None:
    ref = load_reference(source)
    assert ref.name == "events.csv"
    assert ref.rows >= 14
    assert set(COLUMNS) <= set(ref.frame.columns)


@pytest.mark.parametrize("record", list(load_reference().records), ids=lambda r: r.id)
def test_reference_shipped_records_are_complete(record) -> None:
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", record.id)
    assert record.event_type in _EVENT_TYPES
    assert record.sources and all(url.startswith(("http://", "https://")) for url in record.sources)
    assert record.actors or record.locations or record.country


@pytest.mark.parametrize("rows", [1])
def test_reference_iterates_records_in_file_order(rows: int) -> None:
    ref = load_reference(pd.DataFrame(_ROWS))
    assert [r.id for r in ref] == [r["id"] for r in _ROWS] == list(ref.ids)
    assert len(ref) == ref.rows == len(_ROWS)
    assert ref.record_at(rows).id == _ROWS[rows]["id"]


# One row per fact of the seed's fact sheet (FACTS.md), with its exact source URLs.
@pytest.mark.parametrize(
    ("record_id", "day", "deaths", "injuries", "source"),
    [
        (
            "khamenei-speech-2020-02-05",
            "2020-02-05",
            None,
            None,
            "https://www.tehrantimes.com/news/444864/Leader-Deal-of-the-Century-will-die-prior-to-Trump-s-death",
        ),
        (
            "us-peace-plan-2020-01-28",
            "2020-01-28",
            None,
            None,
            "https://www.lawfareblog.com/white-house-releases-middle-east-peace-plan",
        ),
        (
            "abbas-rejects-plan-2020-01-28",
            "2020-01-28",
            None,
            None,
            "https://business.financialpost.com/pmn/business-pmn/palestinian-president-abbas-calls-trump-mideast-plan-a-conspiracy",
        ),
        (
            "soleimani-strike-2020-01-03",
            "2020-01-03",
            10,
            None,
            "https://www.egypttoday.com/Article/2/79281/Top-Iran-commander-Qasem-Soleimani-killed-in-Baghdad",
        ),
        (
            "ain-al-asad-attack-2020-01-08",
            "2020-01-08",
            0,
            110,
            "https://www.forces.net/news/us-confirms-109-brain-injury-cases-after-military-base-attack",
        ),
        (
            "tbi-report-2020-01-24",
            "2020-01-24",
            None,
            34,
            "https://www.theepochtimes.com/34-us-troops-suffered-traumatic-brain-injuries-in-iranian-missile-strike-pentagon_3214748.html",
        ),
        (
            "tbi-report-2020-02-10",
            "2020-02-10",
            None,
            109,
            "https://www.upi.com/Top_News/US/2020/02/10/109-US-service-members-diagnosed-with-brain-injuries-after-Iran-strike/1751581382887/",
        ),
        (
            "iran-majlis-election-2020-02-21",
            "2020-02-21",
            None,
            None,
            "https://data.ipu.org/node/79/elections/election-results?chamber_id=13421&election_id=69837",
        ),
        (
            "guardian-council-disqualifications-2020-01-13",
            "2020-01-13",
            None,
            None,
            "https://en.radiofarda.com/amp/rouhani-and-hardliner-watchdog-spar-over-mass-disqualification-of-candidates-/30379115.html",
        ),
        (
            "rouhani-criticises-disqualifications-2020-01-15",
            "2020-01-15",
            None,
            None,
            "http://www.kurv.com/iran-president-slams-removal-of-candidates-from-elections/",
        ),
        (
            "rouhani-governors-2020-01-27",
            "2020-01-27",
            None,
            None,
            "https://president.ir/en/113550",
        ),
        (
            "us-jcpoa-withdrawal-2018-05-08",
            "2018-05-08",
            None,
            None,
            "https://www.cnbc.com/2018/05/08/trump-to-announce-he-will-withdraw-us-from-iran-nuclear-deal.html",
        ),
        (
            "us-sanctions-first-tranche-2018-08-07",
            "2018-08-07",
            None,
            None,
            "https://www.trackpersia.com/u-s-sanctions-iran-take-effect/",
        ),
        (
            "us-sanctions-second-tranche-2018-11-05",
            "2018-11-05",
            None,
            None,
            "https://www.neweurope.eu/article/us-oil-sanctions-against-iran-come-into-effect/",
        ),
    ],
)
def test_reference_shipped_file_holds_every_seed_fact(
    record_id: str, day: str, deaths: int | None, injuries: int | None, source: str
) -> None:
    record = load_reference().record(record_id)
    assert (record.date, record.date_precision) == (day, Precision.DAY)
    assert (record.deaths, record.injuries) == (deaths, injuries)
    assert source in record.sources


@pytest.mark.parametrize(
    ("record_id", "tolerance", "extra"),
    [
        ("soleimani-strike-2020-01-03", 0, {"deaths_low": "7", "other_dates": "2020-01-02"}),
        ("us-sanctions-first-tranche-2018-08-07", 1, {"other_dates": "2018-08-06"}),
        ("tbi-report-2020-01-24", 0, {"related": "ain-al-asad-attack-2020-01-08"}),
    ],
)
def test_reference_shipped_file_records_disagreeing_sources(
    record_id: str, tolerance: int, extra: dict[str, str]
) -> None:
    record = load_reference().record(record_id)
    assert record.date_tolerance_days == tolerance
    assert extra.items() <= dict(record.extra).items()


# --- indexes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2020, 1, 3), date(2020, 1, 3), {"soleimani-strike", "ain-al-asad"}),
        (date(2018, 6, 1), date(2018, 6, 30), {"jcpoa-withdrawal"}),
        (date(2019, 1, 1), date(2019, 12, 31), set()),
    ],
)
def test_reference_rows_between_overlaps_at_every_precision(
    first: date, last: date, expected: set[str]
) -> None:
    ref = load_reference(pd.DataFrame(_ROWS))
    assert {ref.ids[i] for i in ref.rows_between(first, last)} == expected


@settings(max_examples=60, deadline=None)
@given(st.dates(date(2015, 1, 1), date(2025, 12, 31)), st.integers(0, 800))
def test_reference_rows_of_type_between_are_the_type_within_the_dates(
    first: date, days: int
) -> None:
    ref = load_reference()
    last = first.toordinal() + days
    for event_type in {k for i in range(len(ref)) for k in ref.event_kinds_at([i])[0]} - {""}:
        expected = np.intersect1d(
            ref.rows_of_type(event_type), ref.rows_between(first, date.fromordinal(last))
        )
        found = ref.rows_of_type_between(event_type, first.toordinal(), last)
        assert found.tolist() == expected.tolist(), event_type


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Qassem Soleimani", {"soleimani-strike"}),
        ("Iraq", {"soleimani-strike", "ain-al-asad"}),
        ("Operation Martyr Soleimani", {"ain-al-asad"}),
        ("Suleimani", set()),  # an alias, not a canonical name
    ],
)
def test_reference_rows_named_follow_canonical_names(name: str, expected: set[str]) -> None:
    ref = load_reference(pd.DataFrame(_ROWS))
    assert {ref.ids[i] for i in ref.rows_named(name)} == expected


@pytest.mark.parametrize(
    ("alias", "owner"),
    [
        ("Qasem Soleimani", "Qassem Soleimani"),
        ("Al Asad Air Base", "Ain al-Asad Air Base"),
    ],
)
def test_reference_aliases_attach_to_the_name_they_vary(alias: str, owner: str) -> None:
    ref = load_reference(pd.DataFrame(_ROWS))
    assert alias in ref.gazetteer.entry(owner).aliases


def test_reference_one_name_however_the_rows_spell_it() -> None:
    # NOAA's tables write places in capitals, the country cell and aliases as people do: the
    # three spellings are one state, linked in a claim and naming both rows
    rows = [
        {"id": "q1", "statement": "Magnitude 7.2 earthquake: HAITI", "date": "2021-08-14",
         "event_type": "earthquake", "location": "HAITI", "country": "Haiti", "aliases": "Haïti"},
        {"id": "q2", "statement": "Magnitude 4.9 earthquake", "date": "2023-06-06",
         "event_type": "earthquake", "location": "", "country": "Haiti", "aliases": ""},
    ]  # fmt: skip
    ref = load_reference(pd.DataFrame(rows))
    [mention] = find_entities("An earthquake struck Haiti on Tuesday.", ref.gazetteer)
    assert (mention.name, mention.kind) == ("HAITI", EntityKind.STATE)
    assert {ref.ids[i] for i in ref.rows_named("HAITI")} == {"q1", "q2"}
    assert "Haïti" in ref.gazetteer.entry("HAITI").aliases


def test_reference_an_alias_of_anothers_place_is_that_place() -> None:
    # one row spells a town "T'AIT-TUNG" and gives "Taitung" as its variant; another row gives
    # "Taitung" among its aliases: one place in both rows, not an event tied with the place
    rows = [
        {"id": "a", "statement": "Magnitude 6.7 earthquake", "date": "2022-03-22",
         "event_type": "earthquake", "location": "TAIWAN: HUALIEN, T'AIT-TUNG",
         "country": "Taiwan", "aliases": "Taitung"},
        {"id": "b", "statement": "Magnitude 6.9 earthquake", "date": "2022-09-18",
         "event_type": "earthquake", "location": "TAIWAN: HUALIEN", "country": "Taiwan",
         "aliases": "Chishang; Taitung"},
    ]  # fmt: skip
    ref = load_reference(pd.DataFrame(rows))
    [mention] = find_entities("A quake struck Taitung on Sunday.", ref.gazetteer)
    assert (mention.name, mention.kind) == ("T'AIT-TUNG", EntityKind.PLACE)
    assert {ref.ids[i] for i in ref.rows_named("T'AIT-TUNG")} == {"a", "b"}


def test_reference_an_event_name_that_holds_another_names_it_too() -> None:
    # "QM2 maiden voyage" speaks of QM2: a claim naming QM2 finds both rows, and its words tell
    # them apart; "Queen Mary 2" is another ship than "Queen Mary", and a name holds itself once
    rows = [
        {"id": "naming", "statement": "The Queen named the liner.", "date": "2004-01-08",
         "aliases": "QM2; Queen Mary 2"},
        {"id": "voyage", "statement": "The liner left on her maiden voyage.",
         "date": "2004-01-12", "aliases": "QM2 maiden voyage; Queen Mary inaugural voyage"},
        {"id": "other", "statement": "Another liner.", "date": "2004-02-01",
         "aliases": "Queen Mary"},
    ]  # fmt: skip
    ref = load_reference(pd.DataFrame(rows))
    assert {ref.ids[i] for i in ref.rows_named("QM2")} == {"naming", "voyage"}
    assert {ref.ids[i] for i in ref.rows_named("Queen Mary 2")} == {"naming"}
    assert {ref.ids[i] for i in ref.rows_named("Queen Mary")} == {"other", "voyage"}
    assert {ref.ids[i] for i in ref.rows_named("QM2 maiden voyage")} == {"voyage"}


@pytest.mark.parametrize("record_id", ["no-such-record"])
def test_reference_unknown_record_id_is_a_key_error(record_id: str) -> None:
    with pytest.raises(KeyError, match=record_id):
        load_reference(pd.DataFrame(_ROWS)).record(record_id)


# --- invariants --------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(0, 10**6)), min_size=1, max_size=5))
def test_reference_counts_round_trip_through_csv(
    tmp_path_factory, deaths: list[int | None]
) -> None:
    rows = [
        {
            "id": f"r{i}",
            "statement": "A strike.",
            "date": "2020-01-03",
            "deaths": "" if d is None else str(d),
        }
        for i, d in enumerate(deaths)
    ]
    path = _write_csv(tmp_path_factory.mktemp("ref") / "events.csv", rows)
    ref = load_reference(path)
    assert [r.deaths for r in ref.records] == deaths
    assert ref.sha256 == load_reference(pd.DataFrame(rows)).sha256


def test_reference_kin_joins_the_rows_of_one_event_by_alias_or_site() -> None:
    frame = pd.DataFrame(
        {
            "id": ["collapse", "toll", "demolition", "elsewhere", "again"],
            "statement": [
                "A tower fell.",
                "The toll rose.",
                "The rest was razed.",
                "A fire.",
                "Another tower fell.",
            ],
            "date": ["2021-06-24", "2021-07-26", "2021-07-04", "2021-06-25", "2022-01-02"],
            "event_type": ["collapse", "toll revision", "demolition", "fire", "collapse"],
            "location": ["Elm Tower, Zenda", "Zenda", "Elm Tower, Zenda", "Zenda", "Zenda"],
            "aliases": ["Elm collapse", "elm collapse", "", "", "Elm collapse"],
        }
    )
    ref = load_reference(frame, name="kin")
    # an alias (any case) or a named site joins rows of other kinds; a city alone does not,
    # and a row of the same kind that shares a name is another event of that kind
    assert ref.kin("collapse") == ("collapse", "toll", "demolition")
    assert ref.kin("toll") == ("collapse", "toll", "again")
    assert ref.kin("elsewhere") == ("elsewhere",)
    assert "collapse" not in ref.kin("again")


def test_reference_records_are_read_once_for_the_verdict():
    """What a record's texts say is read at load: its verbs with who stands on either side,
    its word stems, the names standing whole in its texts, its outcome columns, other dates."""
    frame = pd.DataFrame(
        {
            "id": ["vote"],
            "statement": ["Ruritania votes to leave the Union; Arthur Adams wins."],
            "date": ["2016-06-23"],
            "actors": ["Arthur Adams"],
            "winner": ["Arthur Adams"],
            "vote": ["52-48"],
            "other_dates": ["2016-06-24; not a day"],
        }
    )
    record = load_reference(frame).record("vote")
    wins = next(v for v in record.verbs if v.word == "wins")
    assert wins.agent_side.holds("Arthur Adams") and not wins.patient_side.holds("Arthur Adams")
    assert {"union", "leave", "votes"} <= record.stems
    assert record.wordings[0].holds("Ruritania") and record.wordings[1].holds("Arthur Adams")
    assert dict(record.outcome_wordings)["winner"].holds("arthur adams")
    assert dict(record.tallies) == {"vote": ("52", "48")}
    assert record.other_dates == (date(2016, 6, 24),)
    # records are built from the stored columns, so a pickled reference keeps them whole
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize(
    ("statement", "on_board"),
    [
        ("The jet crashed into the Atlantic, killing all 228 people on board.", [228.0]),
        ("The shuttle broke apart, killing all seven astronauts aboard.", [7.0]),
        # a part of those on board is no count of them
        ("The plane crashed, killing 12 of the people aboard.", []),
    ],
)
def test_reference_a_toll_of_everyone_on_board_is_how_many_were_on_board(statement, on_board):
    rows = pd.DataFrame([["crash", statement, "2009-06-01"]], columns=["id", "statement", "date"])
    record = load_reference(rows, name="crash").record("crash")
    people = [q.low for q in record.quantities if q.role is CountRole.PEOPLE and not q.from_column]
    assert people == on_board


def test_reference_a_person_a_role_names_stands_in_the_records_words():
    """ "World Health Organization (Tedros Adhanom Ghebreyesus, Director-General)": the actor is
    the organisation, and the record names Tedros too, in its role."""
    rows = pd.DataFrame(
        [["pandemic", "The WHO characterised COVID-19 as a pandemic.", "2020-03-11",
          "World Health Organization (Tedros Adhanom Ghebreyesus, Director-General)"]],
        columns=["id", "statement", "date", "actors"],
    )  # fmt: skip
    record = load_reference(rows, name="who").record("pandemic")
    assert record.actors == ("World Health Organization",)
    assert any(w.holds("Tedros Adhanom Ghebreyesus") for w in record.wordings)
    assert not any(w.holds("Margaret Chan") for w in record.wordings)


def test_reference_a_span_of_days_narrows_a_date_of_a_month_and_never_a_day():
    rows = pd.DataFrame(
        [["month", "Fighting in Bangui.", "2001-05", "2001-05-27", "2001-05-28"],
         ["day", "Hurricane Ida made landfall.", "2021-08-29", "2021-08-29", "2021-09-04"],
         ["outside", "Fighting in Bria.", "2001-05", "2001-04-30", "2001-05-02"]],
        columns=["id", "statement", "date", "date_start", "date_end"],
    )  # fmt: skip
    reference = load_reference(rows, name="spans")
    spans = {i: (str(reference.record(i).first), str(reference.record(i).last)) for i in
             ("month", "day", "outside")}  # fmt: skip
    assert spans == {
        "month": ("2001-05-27", "2001-05-28"),
        "day": ("2021-08-29", "2021-08-29"),
        "outside": ("2001-05-01", "2001-05-31"),
    }


def test_reference_a_scale_word_alone_names_a_column() -> None:
    # "Mn" is the minute of a seismic table's time, not millions; "damage_usd_mn" is millions
    rows = [
        {"id": "q", "statement": "A magnitude 6.6 earthquake struck.", "date": "2015-09-24",
         "event_type": "earthquake", "Mn": "53", "damage_usd_mn": "12"},
    ]  # fmt: skip
    figures = {q.source: q.high for q in load_reference(pd.DataFrame(rows)).record("q").quantities}
    assert (figures["Mn"], figures["damage_usd_mn"]) == (53, 12e6)
