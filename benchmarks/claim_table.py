"""Accuracy of claimcheck on the claim table (tests/data/claim_table.csv).

    python benchmarks/claim_table.py [--show-misses] [--table CSV] [--reference PATH]

Reports accuracy (the share of sentences whose every checkable claim gets the expected label),
accuracy by kind of sentence, and the count of false sentences called supported (must be 0).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from claimcheck import check, load_reference

TABLE = Path(__file__).parents[1] / "tests" / "data" / "claim_table.csv"


def main(
    argv: list[str] | None = None,
    *,
    table: Path = TABLE,
    reference: Path | None = None,
    description: str | None = None,
) -> int:
    """Run the benchmark; ``table`` and ``reference`` are the defaults of their options."""
    parser = argparse.ArgumentParser(
        description=description or __doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--show-misses", action="store_true", help="print every sentence judged wrongly"
    )
    parser.add_argument(
        "--table", type=Path, default=table, help=f"claim table CSV (default: {table})"
    )
    parser.add_argument(
        "--reference",
        type=Path,
        default=reference,
        help="reference dataset (default: the shipped one)"
        if reference is None
        else f"reference dataset (default: {reference})",
    )
    args = parser.parse_args(argv)

    table = pd.read_csv(args.table, comment="#", dtype=str, keep_default_na=False)
    reference = load_reference(args.reference)
    right, total, false_supported = Counter(), Counter(), 0
    for row in table.itertuples():
        result = check(row.text, reference, published=row.published)
        claims = [c for c in result.claims if c.checkworthy] or list(result.claims)
        labels = [str(c.verdict.label) for c in claims]
        ok = all(label == row.verdict for label in labels)
        total[row.truth] += 1
        right[row.truth] += ok
        if row.truth == "false" and "supported" in labels:
            false_supported += 1
        if not ok and args.show_misses:
            print(f"MISS [{row.truth}] expected {row.verdict}, got {labels}: {row.text}")
            for claim in claims:
                print(f"     {claim.verdict.label}: {claim.verdict.explanation}")
    n = sum(total.values())
    print(f"sentences: {n}  accuracy: {sum(right.values()) / n:.1%} ({sum(right.values())}/{n})")
    for truth in sorted(total):
        print(f"  {truth:8} {right[truth] / total[truth]:.1%} ({right[truth]}/{total[truth]})")
    print(f"false sentences called supported: {false_supported}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
