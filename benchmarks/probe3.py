"""Accuracy of claimcheck on whole news articles (the third probe).

    python benchmarks/probe3.py [--show-misses] [--show-unexpected]

The articles (tests/data/probe3/*.txt, with front matter) are a wire report with a dateline, an
explainer, an anniversary piece, a report full of quotes and an opinion column, about events of the
first two probes; the reference (tests/data/probe3_reference.csv) is the union of those probes'
references. tests/data/probe3/expected.csv gives, per article, a distinctive substring of each
claim-worthy clause (`quote`), the verdict a careful fact-checker wants (`a|b`: either is right),
the record it should be matched to (for supported / contradicted / misleading) and a note.

Each expected row is matched to the claim whose text contains the quote. Reported: per-article and
overall accuracy; false statements (expected contradicted or misleading) called supported, also when
the statement was cut into several claims and one of its pieces was called supported; expected rows
not found inside one claim (a bad sentence split or clause cut); claims called supported or
contradicted that no expected row covers (to review by hand).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimcheck import check, load_reference, read_article

DATA = Path(__file__).parents[1] / "tests" / "data"
ARTICLES = DATA / "probe3"
REFERENCE = DATA / "probe3_reference.csv"
_FALSE = {"contradicted", "misleading"}
_RECORDED = {"supported", "contradicted", "misleading"}


@dataclass
class _Row:
    article: str
    quote: str
    accepted: tuple[str, ...]
    record: str
    note: str
    claim: object | None = None  # the matched claim
    pieces: tuple = ()  # claims overlapping the quote when no single claim holds it
    ok: bool = False


def _describe(claim) -> str:
    """Everything that explains a claim's verdict, on a few indented lines."""
    v = claim.verdict
    lines = [
        f"    claim: {claim.text!r}",
        f"    kind={claim.kind} event_type={claim.event_type} checkworthy={claim.checkworthy}"
        f" reason={claim.reason!r}",
        f"    times={[(t.text, t.value) for t in claim.times]}",
        f"    counts={[(n.text, str(n.role), n.low, n.high) for n in claim.counts]}",
        f"    entities={[(e.text, e.name, str(e.kind)) for e in claim.entities]}",
        f"    verdict={v.label} record={v.record_id} score={v.score}",
    ]
    lines += [
        f"      cmp {c.field}: claimed={c.claimed!r} ref={c.reference!r} agrees={c.agrees} {c.note}"
        for c in v.comparisons
    ]
    lines += [
        f"      cand {c.record_id} {c.score:.1f} {dict(c.breakdown)}" for c in v.candidates[:3]
    ]
    if v.explanation:
        lines.append(f"    explanation: {v.explanation}")
    return "\n".join(lines)


def _judge(row: _Row, claims: list, text: str) -> None:
    """Match an expected row to its claim and say whether the claim got the expected verdict."""
    holding = [c for c in claims if row.quote in c.text]
    if holding:
        row.claim = holding[0]
        v = row.claim.verdict
        row.ok = str(v.label) in row.accepted and (
            not row.record or str(v.label) not in _RECORDED or v.record_id == row.record
        )
        return
    at = text.find(row.quote)
    if at >= 0:
        end = at + len(row.quote)
        row.pieces = tuple(c for c in claims if c.start < end and c.end > at)


def main(argv: list[str] | None = None) -> int:
    """Run the probe and print its report; exit 1 when a false statement is called supported."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show-misses", action="store_true", help="explain every wrong row")
    parser.add_argument(
        "--show-unexpected", action="store_true", help="explain claims no expected row covers"
    )
    args = parser.parse_args(argv)

    reference = load_reference(REFERENCE)
    expected = pd.read_csv(ARTICLES / "expected.csv", dtype=str, keep_default_na=False)
    rows: list[_Row] = []
    unexpected: list[tuple[str, object]] = []
    for path in sorted(ARTICLES.glob("*.txt")):
        article = read_article(path)
        result = check(path, reference)
        claims = list(result.claims)
        mine = [
            _Row(r.article, r.quote, tuple(r.verdict.split("|")), r.record, r.note)
            for r in expected.itertuples()
            if r.article == path.stem
        ]
        for row in mine:
            _judge(row, claims, article.text)
        covered = {id(r.claim) for r in mine} | {id(c) for r in mine for c in r.pieces}
        unexpected += [
            (path.stem, c)
            for c in claims
            if id(c) not in covered and str(c.verdict.label) in {"supported", "contradicted"}
        ]
        rows += mine
    unknown = set(expected.article) - {r.article for r in rows}
    if unknown:
        print(f"expected.csv names articles with no file: {sorted(unknown)}")

    print("accuracy by article (rows right / rows):")
    for name in sorted({r.article for r in rows}):
        mine = [r for r in rows if r.article == name]
        right = sum(r.ok for r in mine)
        print(f"  {name:40s} {right:3d}/{len(mine):3d}  {right / len(mine):6.1%}")
    right = sum(r.ok for r in rows)
    print(f"  {'overall':40s} {right:3d}/{len(rows):3d}  {right / len(rows):6.1%}")
    false_rows = [r for r in rows if set(r.accepted) <= _FALSE | {"unverifiable"}]
    false_rows = [r for r in false_rows if _FALSE & set(r.accepted)]
    caught = sum(r.ok for r in false_rows)
    print(f"  false statements given an accepted verdict: {caught}/{len(false_rows)}")

    worst = [
        (r, c)
        for r in false_rows
        for c in ((r.claim,) if r.claim else r.pieces)
        if str(c.verdict.label) == "supported"
    ]
    print(f"\nFALSE STATEMENTS CALLED SUPPORTED: {len(worst)}")
    for r, c in worst:
        whole = "whole clause" if r.claim else "a piece of the cut statement"
        print(f"  [{r.article}] {r.quote!r} ({whole}; {r.note})")
        print(_describe(c))

    missing = [r for r in rows if r.claim is None]
    print(f"\nexpected statements not found inside one claim (split/cut): {len(missing)}")
    for r in missing:
        print(f"  [{r.article}] {r.quote!r}")
        for c in r.pieces:
            print(f"      piece [{c.verdict.label}] {c.text!r}")
        if not r.pieces:
            print("      (quote not found in the article text: fix expected.csv)")

    wrong = [r for r in rows if r.claim is not None and not r.ok]
    print(f"\nwrong verdicts on found claims: {len(wrong)}")
    for r in wrong:
        v = r.claim.verdict
        print(
            f"  [{r.article}] {r.quote!r}: got {v.label} ({v.record_id}),"
            f" expected {'|'.join(r.accepted)} ({r.record or '-'})"
        )
        if args.show_misses:
            print(f"    note: {r.note}")
            print(_describe(r.claim))

    print(f"\nclaims called supported/contradicted with no expected row: {len(unexpected)}")
    for name, c in unexpected:
        print(f"  [{name}] [{c.verdict.label} {c.verdict.record_id}] {c.text!r}")
        if args.show_unexpected:
            print(_describe(c))
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())
