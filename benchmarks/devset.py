"""Accuracy of claimcheck on a graded set of sentences and articles written apart from the code.

    python benchmarks/devset.py [--set DIR] [--reference CSV] [--show-misses] [--limit N]

The default set is ``shared/data/devset`` beside the repository (50 facts, 192 graded sentences,
two articles with planted errors; see its README). Any folder of the same shape can be scored:
``claims.jsonl`` (``id, text, article_date, expected_verdict, fact_id, wrong_field``),
``facts.csv`` (the reference, or ``--reference``) and, optionally, ``articles/*.md`` with
``articles/expected.csv`` (``article, fragment, expected_verdict, fact_id, wrong_field``).

A sentence's verdict is the verdict of its claims taken together, as a fact-checker rates a
sentence: contradicted if any claim is, else misleading if any is, else supported if any is
(and none is contradicted or misleading), else unverifiable if any claim is checkable, else
not_checkable. A decided verdict (supported, contradicted, misleading) counts as right only when
it rests on the expected record. Reported: accuracy, accuracy by expected verdict, the confusion
table, the wrong field of contradicted claims, false claims called supported (must be 0), and
the article fragments the same way (each fragment judged by the claims that overlap it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimcheck import check, load_reference, read_article

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "data" / "devset"
_DECIDED = {"supported", "contradicted", "misleading"}
_ORDER = ("contradicted", "misleading", "supported", "unverifiable", "not_checkable")


@dataclass
class Graded:
    """One graded item: what was expected, what claimcheck said, and whether it is right."""

    id: str
    text: str
    expected: str
    fact: str
    wrong_field: str
    got: str
    record: str | None
    claims: tuple

    @property
    def right(self) -> bool:
        if self.got != self.expected:
            return False
        return self.got not in _DECIDED or not self.fact or self.record == self.fact


def sentence_label(claims) -> tuple[str, str | None]:
    """The label of a sentence from its claims' labels, and the record the label rests on."""
    for label in _ORDER:
        deciding = [c for c in claims if str(c.verdict.label) == label]
        if deciding:
            if label == "unverifiable" or label == "not_checkable":
                return label, None
            return label, deciding[0].verdict.record_id
    return "not_checkable", None


def grade_sentences(folder: Path, reference) -> list[Graded]:
    out = []
    for line in (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        result = check(row["text"], reference, published=row["article_date"])
        got, record = sentence_label(result.claims)
        out.append(
            Graded(
                row["id"],
                row["text"],
                row["expected_verdict"],
                row.get("fact_id") or "",
                row.get("wrong_field") or "",
                got,
                record,
                result.claims,
            )
        )
    return out


def grade_articles(folder: Path, reference) -> list[Graded]:
    expected_path = folder / "articles" / "expected.csv"
    if not expected_path.exists():
        return []
    expected = pd.read_csv(expected_path, dtype=str, keep_default_na=False)
    out = []
    for name, rows in expected.groupby("article", sort=True):
        path = folder / "articles" / name
        article = read_article(path)
        result = check(article, reference)
        for row in rows.itertuples():
            at = article.text.find(row.fragment)
            end = at + len(row.fragment)
            overlapping = [c for c in result.claims if at >= 0 and c.start < end and c.end > at]
            got, record = sentence_label(overlapping)
            out.append(
                Graded(
                    f"{name}:{at}",
                    row.fragment,
                    row.expected_verdict,
                    row.fact_id,
                    row.wrong_field,
                    got if at >= 0 else "fragment not found",
                    record,
                    tuple(overlapping),
                )
            )
    return out


def describe(item: Graded) -> str:
    lines = [
        f"MISS {item.id}: expected {item.expected} ({item.fact} {item.wrong_field}), "
        f"got {item.got} ({item.record})",
        f"    {item.text}",
    ]
    for claim in item.claims:
        v = claim.verdict
        lines.append(
            f"  - {claim.id} [{v.label}] {claim.kind} type={claim.event_type} "
            f"record={v.record_id} {claim.text!r}"
        )
        lines.append(f"      {v.explanation}")
        lines += [
            f"      cmp {c.field}: {c.claimed!r} vs {c.reference[:60]!r} -> {c.agrees} ({c.note})"
            for c in v.comparisons
        ]
        lines += [f"      cand {c.record_id} {c.score:.1f}" for c in v.candidates[:3]]
    return "\n".join(lines)


def report(title: str, items: list[Graded], show_misses: bool, *, sealed: bool = False) -> None:
    if not items:
        return
    right = sum(i.right for i in items)
    print(f"{title}: {right}/{len(items)} right ({right / len(items):.1%})")
    by_expected = Counter(i.expected for i in items)
    right_by = Counter(i.expected for i in items if i.right)
    for label in _ORDER:
        if by_expected[label]:
            print(f"  {label:14} {right_by[label]:3d}/{by_expected[label]:3d}")
    confusion = Counter((i.expected, i.got) for i in items if i.got != i.expected)
    if confusion:
        print("  wrong labels (expected -> got):")
        for (expected, got), n in confusion.most_common():
            print(f"    {expected:14} -> {got:14} {n}")
    wrong_record = [i for i in items if i.got == i.expected and not i.right]
    print(f"  right label on the wrong record: {len(wrong_record)}")
    fields = Counter(i.wrong_field for i in items if i.expected == "contradicted")
    caught = Counter(i.wrong_field for i in items if i.expected == "contradicted" and i.right)
    print(
        "  contradicted, by wrong field: "
        + ", ".join(f"{f or '?'} {caught[f]}/{n}" for f, n in sorted(fields.items()))
    )
    false_supported = [
        i for i in items if i.expected in ("contradicted", "misleading") and i.got == "supported"
    ]
    false_supported += [
        i
        for i in items
        if i.expected == "unverifiable" and i.got == "supported" and i not in false_supported
    ]
    print(f"  FALSE OR UNDECIDABLE CLAIMS CALLED SUPPORTED: {len(false_supported)}")
    if sealed:
        return
    for item in false_supported:
        print(describe(item))
    if show_misses:
        for item in items:
            if not item.right and item not in false_supported:
                print(describe(item))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", type=Path, default=DEVSET, help=f"the set (default: {DEVSET})")
    parser.add_argument("--reference", type=Path, help="reference (default: the set's facts.csv)")
    parser.add_argument("--show-misses", action="store_true", help="explain every wrong item")
    # A set kept unseen as an end measure is scored without showing any of its items: once
    # its false claims are read, it is fitted to, and no longer measures.
    parser.add_argument(
        "--sealed", action="store_true", help="print the counts only, no item's text or id"
    )
    args = parser.parse_args(argv)
    if args.sealed and args.show_misses:
        parser.error("--sealed prints no item: leave out --show-misses")
    if not (args.set / "claims.jsonl").exists():
        print(f"no claims.jsonl in {args.set}: give the set's folder with --set", file=sys.stderr)
        return 2
    reference = load_reference(args.reference or args.set / "facts.csv")
    report("sentences", grade_sentences(args.set, reference), args.show_misses, sealed=args.sealed)
    report(
        "article fragments",
        grade_articles(args.set, reference),
        args.show_misses,
        sealed=args.sealed,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
