"""The claim table: news sentences about the shipped facts, true and false, with their verdicts.

`tests/data/claim_table.csv` holds the sentences; `benchmarks/claim_table.py` reports accuracy.
The hard rule is the first test: no false sentence is ever called supported.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from claimcheck import check

TABLE = pd.read_csv(
    Path(__file__).parent / "data" / "claim_table.csv",
    comment="#",
    dtype=str,
    keep_default_na=False,
)
FALSE_ROWS = TABLE[TABLE.truth == "false"]
ROW_IDS = [text[:60] for text in TABLE.text]


def _labels(result):
    return [str(claim.verdict.label) for claim in result.claims if claim.checkworthy] or [
        "not_checkable"
    ]


@pytest.mark.parametrize(
    ("published", "text"),
    list(zip(FALSE_ROWS.published, FALSE_ROWS.text, strict=True)),
    ids=[text[:60] for text in FALSE_ROWS.text],
)
def test_claim_table_false_claim_is_never_supported(published, text, reference):
    result = check(text, reference, published=published)
    assert "supported" not in _labels(result)


@pytest.mark.parametrize(
    ("published", "verdict", "record", "field", "text"),
    [
        # A row with a known gap is an expected failure, named, and strict: when the rules
        # catch up, the test says so and the gap is struck from the table.
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=gap) if gap else ())
        for *row, gap in zip(
            TABLE.published,
            TABLE.verdict,
            TABLE.record,
            TABLE.field,
            TABLE.text,
            TABLE.known_gap,
            strict=True,
        )
    ],
    ids=ROW_IDS,
)
def test_claim_table_verdict(published, verdict, record, field, text, reference):
    result = check(text, reference, published=published)
    checked = [claim for claim in result.claims if claim.checkworthy] or list(result.claims)
    for claim in checked:
        assert str(claim.verdict.label) == verdict, claim.verdict.explanation
        if record and verdict != "unverifiable":
            assert claim.verdict.record_id == record
        if field:
            assert field in {c.field for c in claim.verdict.comparisons if c.agrees is False}
