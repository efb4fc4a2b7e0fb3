"""Benchmark: claim extraction and the full check, side by side with dateparser's search_dates.

    python3 benchmarks/bench_extraction.py [--shared PATH] [--repeat 3] [--sample-docs 40]

Measured in one run, on the same texts:
- extraction (sentences, times, counts, entities, claims) on the seed article and on the
  TimeBank texts, in characters per second, against ``dateparser.search.search_dates`` on the
  same texts; goal: extraction >= 20x faster;
- the full check (extraction + candidates + verdicts) of the seed article and of the TimeBank
  texts against ``search_dates`` on the same texts; goal: the full check <= 1/20 of its time.
Timings are the best of ``--repeat`` runs; the machine is small and shared, so read the ratios.
dateparser is a benchmark-only dependency (``pip install claimcheck-workbench[bench]``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from claimcheck import check, load_reference, read_article
from claimcheck.claims import extract_claims
from claimcheck.seeds import SEED_ARTICLE

DEFAULT_SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample-docs", type=int, default=40, help="TimeBank documents to time")
    args = parser.parse_args(argv)
    try:
        from dateparser.search import search_dates
    except ImportError:
        sys.exit(
            "dateparser is needed for the comparison: pip install 'claimcheck-workbench[bench]'"
        )

    reference = load_reference(None)
    seed = read_article(SEED_ARTICLE)
    timebank = args.shared / "data" / "tempeval3-train" / "timebank.jsonl"
    docs = [json.loads(line) for line in timebank.read_text().splitlines() if line.strip()]
    docs = docs[: args.sample_docs]
    articles = [read_article(d["text"], published=d["dct"]) for d in docs if d["text"].strip()]
    settings = {"PREFER_DATES_FROM": "past"}

    def extract(texts):
        for article in texts:
            extract_claims(article, reference)

    def search(texts):
        for article in texts:
            search_dates(article.text, settings={**settings, "RELATIVE_BASE": _base(article)})

    print(f"{'texts':<28}{'chars':>10}{'claimcheck c/s':>16}{'search_dates c/s':>18}{'ratio':>8}")
    for name, texts in (("seed article", [seed]), (f"TimeBank ({len(articles)} docs)", articles)):
        chars = sum(len(a.text) for a in texts)
        ours = best_of(args.repeat, lambda texts=texts: extract(texts))
        theirs = best_of(args.repeat, lambda texts=texts: search(texts))
        print(
            f"{name:<28}{chars:>10,}{chars / ours:>16,.0f}{chars / theirs:>18,.0f}{theirs / ours:>7.1f}x"
        )

    print()
    for name, texts in (
        ("the seed article", [seed]),
        (f"TimeBank ({len(articles)} docs)", articles),
    ):
        full = best_of(args.repeat, lambda texts=texts: [check(a, reference) for a in texts])
        dates = best_of(args.repeat, lambda texts=texts: search(texts))
        print(
            f"full check of {name}: {full * 1000:.1f} ms; search_dates on it: {dates * 1000:.1f} ms;"
            f" full check / search_dates = {full / dates:.3f} (goal <= 0.05)"
        )
    return 0


def _base(article):
    from datetime import datetime

    return datetime.combine(article.published, datetime.min.time()) if article.published else None


if __name__ == "__main__":
    sys.exit(main())
