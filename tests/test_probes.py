"""The worst failure, guarded on data nobody tuned the rules to first: no false claim is supported.

The probes (tests/data/probe*) were written as independent tests of generality: facts from other
domains, sentences and whole articles. Their accuracy is reported by benchmarks/probe*.py; here
only the hard rule is asserted, so a change that calls one of their false claims true fails.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from claimcheck import check, load_reference, read_article

DATA = Path(__file__).parent / "data"
TABLES = [
    ("probe_claims.csv", "probe_reference.csv"),
    ("probe2_claims.csv", "probe2_reference.csv"),
]


def _false_rows():
    for table, reference in TABLES:
        rows = pd.read_csv(DATA / table, comment="#", dtype=str, keep_default_na=False)
        for row in rows[rows.truth == "false"].itertuples():
            yield pytest.param(
                reference, row.published, row.text, id=f"{table[:6]}:{row.text[:50]}"
            )


@pytest.fixture(scope="module")
def references():
    names = {reference for _, reference in TABLES} | {"probe3_reference.csv"}
    return {name: load_reference(DATA / name) for name in names}


@pytest.mark.parametrize(("reference", "published", "text"), list(_false_rows()))
def test_probes_false_sentence_is_never_supported(reference, published, text, references):
    result = check(text, references[reference], published=published)
    assert "supported" not in [str(c.verdict.label) for c in result.claims]


EXPECTED = pd.read_csv(DATA / "probe3" / "expected.csv", dtype=str, keep_default_na=False)
# False statements: those the probe expects contradicted or misleading (alone or as one option).
FALSE_STATEMENTS = EXPECTED[
    EXPECTED.verdict.str.split("|").map(
        lambda options: options[0] in ("contradicted", "misleading")
    )
]


@pytest.mark.parametrize("article", sorted(set(EXPECTED.article)))
def test_probes_false_statement_in_an_article_is_never_supported(article, references):
    path = next((DATA / "probe3").glob(f"{article}*.txt"))
    result = check(read_article(path), references["probe3_reference.csv"])
    quotes = FALSE_STATEMENTS[FALSE_STATEMENTS.article == article].quote
    supported = [c.text for c in result.claims if str(c.verdict.label) == "supported"]
    for quote in quotes:
        # A false statement cut into pieces must not have any piece called supported either.
        assert not [text for text in supported if quote in text or text in quote], quote
