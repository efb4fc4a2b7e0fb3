"""check(): the whole flow on the seed article, provenance, determinism and offsets."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimcheck import check
from claimcheck.models import Label
from claimcheck.result import CheckResult
from claimcheck.seeds import SEED_ARTICLE

# The seed article's checkable claims and the records that support them.
SEED_SUPPORTED = [
    (
        "Soleimani was killed in a drone strike in Baghdad on January 3",
        "soleimani-strike-2020-01-03",
    ),
    (
        "retaliate with a missile attack against a US base in Iraq days later",
        "ain-al-asad-attack-2020-01-08",
    ),
    ("Trump announced a US plan last month", "us-peace-plan-2020-01-28"),
    ("parliamentary elections on February 21", "iran-majlis-election-2020-02-21"),
    ("Last week, Iranian President Hassan Rouhani lashed out", "rouhani-governors-2020-01-27"),
    ("pulled out of a multilateral nuclear deal", "us-jcpoa-withdrawal-2018-05-08"),
]


@pytest.mark.parametrize(("words", "record"), SEED_SUPPORTED)
def test_pipeline_seed_claims_are_supported_citing_their_record(words, record, seed_result):
    claim = next(c for c in seed_result.claims if words in c.text)
    assert claim.verdict.label is Label.SUPPORTED, claim.verdict.explanation
    assert claim.verdict.record_id == record
    assert claim.verdict.source.startswith("http")


@pytest.mark.parametrize("label", [Label.CONTRADICTED, Label.MISLEADING])
def test_pipeline_seed_has_nothing_contradicted(label, seed_result):
    assert [c.text for c in seed_result.claims if c.verdict.label is label] == []


@pytest.mark.parametrize("kinds", [("quote", "characterisation")])
def test_pipeline_seed_quotes_and_characterisations_are_not_checkable(kinds, seed_result):
    found = {str(c.kind) for c in seed_result.claims if c.verdict.label is Label.NOT_CHECKABLE}
    assert set(kinds) <= found


@pytest.mark.parametrize("mention_kinds", [("times", "counts", "entities")])
def test_pipeline_offsets_hold_for_every_span(mention_kinds, seed_result):
    text = seed_result.article.text
    for claim in seed_result.claims:
        assert text[claim.start : claim.end] == claim.text
        for kind in mention_kinds:
            for mention in getattr(claim, kind):
                if hasattr(mention, "start"):
                    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("indent", [2, None])
def test_pipeline_json_round_trips(indent, seed_result):
    document = seed_result.to_json(indent=indent)
    assert CheckResult.from_json(document) == seed_result
    assert CheckResult.from_json(document).to_json(indent=indent) == document


@pytest.mark.parametrize("columns", [("id", "text", "label", "record_id", "explanation")])
def test_pipeline_frame_has_one_row_per_claim(columns, seed_result):
    frame = seed_result.to_frame()
    assert len(frame) == len(seed_result.claims)
    assert set(columns) <= set(frame.columns)


@pytest.mark.parametrize("seeds", [("1", "4242")])
def test_pipeline_json_is_byte_identical_across_processes(seeds):
    outputs = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimcheck.cli",
                "check",
                str(SEED_ARTICLE),
                "--format",
                "json",
            ],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


@pytest.mark.parametrize(
    "provenance", [("claimcheck_version", "rules_version", "reference", "settings")]
)
def test_pipeline_result_carries_provenance_and_no_clock(provenance, seed_result):
    document = seed_result.to_dict()
    assert all(document[key] for key in provenance)
    assert document["article"]["sha256"] == seed_result.article.sha256
    assert document["settings"]["check_date"] is None


@pytest.mark.parametrize("published", [None])
def test_pipeline_without_publication_date_fails_closed(published, reference):
    result = check(
        "Soleimani was killed in a drone strike in Baghdad last month.",
        reference,
        published=published,
    )
    verdict = result.claims[0].verdict
    assert verdict.label is Label.UNVERIFIABLE
    assert "publication date" in verdict.explanation


STRIKE = "A US drone strike in Baghdad killed Qassem Soleimani {}."  # 2020-01-03; US: 01-02
ATTACK = "Iran fired missiles at the Ain al-Asad air base in Iraq {}."  # 2020-01-08; US: 01-07


@pytest.mark.parametrize(
    ("sentence", "when", "label"),
    [
        # a day counted from the date that follows is the claim's date, not that date
        (STRIKE, "the day after January 2", Label.SUPPORTED),
        (STRIKE, "the day before January 2", Label.CONTRADICTED),
        (STRIKE, "two days before January 3", Label.CONTRADICTED),
        # a bound: every date sources give must lie on its side
        (ATTACK, "after January 8", Label.CONTRADICTED),
        (ATTACK, "before January 9", Label.SUPPORTED),
        (ATTACK, "by January 8", Label.SUPPORTED),
        (ATTACK, "in the run-up to January 9", Label.SUPPORTED),
        (ATTACK, "before January 8", Label.UNVERIFIABLE),  # US-facing reports say January 7
        # a part of a month is that part
        (ATTACK, "in early January", Label.SUPPORTED),
        (ATTACK, "at the end of January", Label.CONTRADICTED),
        (ATTACK, "in mid-January", Label.UNVERIFIABLE),
    ],
)
def test_pipeline_a_date_is_checked_as_what_the_words_around_it_make_it(
    sentence, when, label, reference
):
    result = check(sentence.format(when), reference, published="2020-02-05")
    assert result.claims[0].verdict.label is label


# -- a reviewer's search and chosen record ------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Soleimani drone strike", "soleimani-strike-2020-01-03"),
        ("Trump withdrew from the nuclear deal in 2018", "us-jcpoa-withdrawal-2018-05-08"),
    ],
)
def test_pipeline_search_reference_ranks_records(reference, query, first):
    from claimcheck.pipeline import search_reference

    found = search_reference(query, reference, published="2020-02-05", limit=3)
    assert found[0].record_id == first
    assert len(found) <= 3
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert all(0 <= c.score <= 100 for c in found)
    assert search_reference(query, reference, published="2020-02-05", limit=3) == found


@pytest.mark.parametrize("query", ["", "   ", "qqqxxz zzyyww"])
def test_pipeline_search_reference_finds_nothing_quietly(reference, query):
    from claimcheck.pipeline import search_reference

    assert search_reference(query, reference) == []


@pytest.mark.parametrize(
    ("text", "label", "disagreeing"),
    [
        ("The commander died in the attack in January.", Label.SUPPORTED, []),
        ("The commander died in the attack on January 9.", Label.CONTRADICTED, ["date"]),
    ],
)
def test_pipeline_judge_with_record_decides_an_unmatched_claim(reference, text, label, disagreeing):
    from claimcheck.models import Candidate
    from claimcheck.pipeline import judge_with_record

    claim = check(text, reference, published="2020-02-05").claims[0]
    assert claim.verdict.label == Label.UNVERIFIABLE
    chosen = Candidate("soleimani-strike-2020-01-03", 42.0)
    verdict = judge_with_record(claim, chosen, reference)
    assert (verdict.label, verdict.record_id, verdict.score) == (label, chosen.record_id, 42.0)
    assert [c.field for c in verdict.comparisons if c.agrees is False] == disagreeing


@pytest.mark.parametrize("record_id", ["no-such-record"])
def test_pipeline_judge_with_record_refuses_an_unknown_record(reference, record_id):
    from claimcheck.models import Candidate
    from claimcheck.pipeline import judge_with_record

    claim = check("The commander died on January 3.", reference, published="2020-02-05").claims[0]
    with pytest.raises(KeyError, match=record_id):
        judge_with_record(claim, Candidate(record_id, 50.0), reference)


def test_pipeline_a_clause_that_names_nothing_is_judged_with_its_sentence():
    """ "...; forty people were killed": the second clause names nothing, so it is judged with
    the first against the record the first decided on, and its toll contradicts it."""
    import pandas as pd

    from claimcheck import check, load_reference

    rows = pd.DataFrame(
        [["birao", "Rebels took Birao, Vakaga, from the army.", "2006-10-30", "armed clash",
          "Birao, Vakaga", "Central African Republic", "UFDR (rebels)", "15"]],
        columns=["id", "statement", "date", "event_type", "location", "country", "actors",
                 "deaths"],
    )  # fmt: skip
    text = "UFDR rebels overran Birao on 30 October 2006; forty people were killed."
    result = check(text, load_reference(rows, name="birao"), published="2006-11-01")
    toll = next(c for c in result.claims if "forty" in c.text)
    assert str(toll.verdict.label) == "contradicted", toll.verdict.explanation
    assert toll.verdict.record_id == "birao"
    assert "judged with its sentence" in toll.verdict.explanation
