"""A fact-checker's own facts: a validated row appended to their CSV, never to the shipped one."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck import check, load_reference
from claimcheck.errors import OutputError, ReferenceDataError
from claimcheck.facts import PROVENANCE_COLUMNS, add_fact, load_with_facts
from claimcheck.seeds import DEFAULT_REFERENCE, SEEDS_DIR

# a missing fact a fact-checker adds, shared with the widget tests
FACT = json.loads((Path(__file__).parent / "data" / "beirut_fact.json").read_text(encoding="utf-8"))


def _clock() -> datetime:
    return datetime(2020, 8, 5, 9, 30, tzinfo=UTC)


def _rows(path):
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


@pytest.mark.parametrize("fact", [FACT])
def test_facts_add_creates_the_file_with_who_and_when(tmp_path, fact):
    path = tmp_path / "my-facts.csv"
    record = add_fact(path, fact, added_by="  night   desk ", now=_clock)
    assert record.id == fact["id"] and record.deaths == 218
    (row,) = _rows(path)
    assert {c: row[c] for c in fact} == fact
    assert (row["added_by"], row["added_at"]) == ("night desk", "2020-08-05T09:30:00+00:00")
    assert list(row)[-2:] == list(PROVENANCE_COLUMNS)
    assert load_reference(path).rows == 1


@pytest.mark.parametrize("second", [{"id": "x-2020", "statement": "X.", "date": "2020"}])
def test_facts_add_appends_and_keeps_earlier_rows_as_written(tmp_path, second):
    path = tmp_path / "my-facts.csv"
    add_fact(path, FACT, added_by="ed", now=_clock)
    first = path.read_text(encoding="utf-8")
    add_fact(path, second, added_by="amina", now=_clock)
    assert path.read_text(encoding="utf-8").startswith(first)
    assert [row["id"] for row in _rows(path)] == [FACT["id"], second["id"]]


@pytest.mark.parametrize("column", ["injuries"])
def test_facts_add_a_new_column_pads_the_earlier_rows(tmp_path, column):
    path = tmp_path / "my-facts.csv"
    add_fact(path, {"id": "a", "statement": "A.", "date": "2020"}, added_by="ed", now=_clock)
    add_fact(path, {"id": "b", "statement": "B.", "date": "2021", column: "7"}, added_by="ed")
    rows = _rows(path)
    assert [row[column] for row in rows] == ["", "7"]
    assert load_reference(path).record("b").injuries == 7


@pytest.mark.parametrize(
    ("change", "messages"),
    [
        ({"date": "2020-13-45"}, ["date '2020-13-45': no such day"]),
        (
            {"statement": "", "deaths": "-3", "date": "03/01/2020"},
            ["statement: say the fact", "deaths '-3': a count cannot be below 0", "date '03/01"],
        ),
        ({"id": "soleimani-strike-2020-01-03"}, ["events.csv already has a record with this id"]),
    ],
)
def test_facts_invalid_fact_names_every_problem_and_leaves_the_file(tmp_path, change, messages):
    path = tmp_path / "my-facts.csv"
    add_fact(path, {"id": "a", "statement": "A.", "date": "2020"}, added_by="ed", now=_clock)
    before = path.read_bytes()
    with pytest.raises(ReferenceDataError) as error:
        add_fact(path, {**FACT, **change}, added_by="ed", alongside=load_reference())
    for message in messages:
        assert message in str(error.value)
    assert "the file is unchanged" in str(error.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("duplicate", ["a"])
def test_facts_id_already_in_the_file_is_refused(tmp_path, duplicate):
    path = tmp_path / "my-facts.csv"
    add_fact(path, {"id": duplicate, "statement": "A.", "date": "2020"}, added_by="ed")
    with pytest.raises(
        ReferenceDataError, match=r"my-facts\.csv already has a record with this id"
    ):
        add_fact(path, {"id": duplicate, "statement": "B.", "date": "2021"}, added_by="ed")


@pytest.mark.parametrize("added_by", ["", "   "])
def test_facts_need_who_adds_them(tmp_path, added_by):
    with pytest.raises(ReferenceDataError, match="Name who adds the fact"):
        add_fact(tmp_path / "f.csv", FACT, added_by=added_by)
    assert not (tmp_path / "f.csv").exists()


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (lambda tmp: DEFAULT_REFERENCE, "shipped reference, which is never changed"),
        (lambda tmp: SEEDS_DIR / "reference" / "mine.csv", "shipped reference"),
        (lambda tmp: tmp / "facts.parquet", "not one. Give a path ending in .csv"),
        (lambda tmp: tmp, "not one"),
    ],
)
def test_facts_refuse_a_file_that_is_not_the_users_csv(tmp_path, where, message):
    before = DEFAULT_REFERENCE.read_bytes()
    with pytest.raises(OutputError, match=message):
        add_fact(where(tmp_path), FACT, added_by="ed")
    assert DEFAULT_REFERENCE.read_bytes() == before
    assert not (SEEDS_DIR / "reference" / "mine.csv").exists()


@pytest.mark.parametrize("broken", ["id,statement,date\nx,,2020\n"])
def test_facts_a_broken_file_is_refused_untouched(tmp_path, broken):
    path = tmp_path / "my-facts.csv"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="empty_statement"):
        add_fact(path, FACT, added_by="ed")
    assert path.read_text(encoding="utf-8") == broken


@pytest.mark.parametrize("text", ["The Beirut port explosion killed 218 people on August 4, 2020."])
def test_facts_turn_an_unverifiable_claim_into_a_decided_one(tmp_path, text):
    shipped = load_reference()
    assert check(text, shipped, published="2020-08-10").claims[0].verdict.label == "unverifiable"
    add_fact(tmp_path / "my-facts.csv", FACT, added_by="ed", alongside=shipped, now=_clock)
    combined = load_with_facts(shipped, tmp_path / "my-facts.csv")
    assert combined.name == "events.csv + my-facts.csv"
    assert combined.rows == shipped.rows + 1
    verdict = check(text, combined, published="2020-08-10").claims[0].verdict
    assert (verdict.label, verdict.record_id) == ("supported", FACT["id"])
    assert load_with_facts(shipped, tmp_path / "my-facts.csv").sha256 == combined.sha256
