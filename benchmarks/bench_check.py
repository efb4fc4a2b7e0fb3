"""Benchmark the full check on one core: articles per second against a reference (goal: 100 at 1M rows).

    python3 benchmarks/bench_check.py --reference /tmp/ref-1m.parquet [--docs 80] [--repeat 3]

The articles are the TimeBank texts (``shared/data/tempeval3-train/timebank.jsonl``), each checked
with ``check(article, reference)``, the reference loaded once. First AQUAINT's texts are checked,
so that what a process pays once (the world gazetteer, the rule prefixes) is paid apart; then
the TimeBank texts, unseen by the process; then the same texts ``--repeat`` times (median),
faster by what claimcheck keeps from text to text (a word's close names, a cell's places). Reported:
articles per second of each pass, by wall clock and by this process's CPU time (on a shared
machine the CPU time says what the code costs; the wall clock what the machine gave).

To compare two versions side by side, run this file with each version on ``PYTHONPATH`` at the
same time, one process per core: both then meet the same load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from claimcheck import check, load_reference, read_article

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _articles(path: Path) -> list:
    docs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [read_article(d["text"], published=d["dct"]) for d in docs if d["text"].strip()]


def _timed(articles: list, reference) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        check(article, reference)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reference", help="reference file (default: the shipped one)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--docs", type=int, default=80, help="TimeBank documents")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    data = args.shared / "data" / "tempeval3-train"
    start = time.perf_counter()
    reference = load_reference(args.reference)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    for article in _articles(data / "aquaint.jsonl"):
        check(article, reference)
    warmed = time.perf_counter() - start
    articles = _articles(data / "timebank.jsonl")[: args.docs]
    unseen = _timed(articles, reference)
    again = [_timed(articles, reference) for _ in range(args.repeat)]
    n = len(articles)
    print(
        f"{reference.rows:,} rows, loaded in {loaded:.1f} s; AQUAINT checked first in {warmed:.1f} s"
    )
    for name, wall, cpu in (
        ("TimeBank texts, unseen", *unseen),
        ("the same again (median)", statistics.median(w for w, _ in again),
         statistics.median(c for _, c in again)),
    ):  # fmt: skip
        print(f"{name:<26}{n / wall:8.1f} articles/s wall {n / cpu:8.1f} articles/s CPU")
    print("goal: 100 articles/s on one core against 1M rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
